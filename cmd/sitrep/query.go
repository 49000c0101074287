package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/reconcile"
)

func (e *env) incidents(ctx context.Context, args []string) error {
	fs := e.newFlags("incidents")
	var f sitrep.IncidentFilter
	since := fs.String("since", "", "only incidents on or after YYYY-MM-DD")
	until := fs.String("until", "", "only incidents on or before YYYY-MM-DD")
	fs.StringVar(&f.Country, "country", "", "ISO 3166-1 alpha-2 country code")
	fs.StringVar(&f.Place, "place", "", "place name contains")
	fs.StringVar(&f.Actor, "actor", "", "claimant, perpetrator, target or vessel contains")
	fs.StringVar(&f.Category, "category", "", "drone, missile, rocket, airstrike...")
	fs.StringVar(&f.Status, "status", "", "claimed, reported, unverified, disputed, confirmed, debunked")
	fs.StringVar(&f.Grade, "grade", "", "claimed_only, single_source, corroborated, confirmed, contested, discounted")
	fs.BoolVar(&f.Rejected, "rejected", false, "also list the incidents an analyst rejected")
	fs.BoolVar(&f.Newest, "newest", false, "latest first (dated ones; then those without year, then undated)")
	fs.IntVar(&f.Limit, "limit", 0, "at most this many")
	format := fs.String("format", "table", "table, json, jsonl, csv or geojson")
	if err := parse(fs, args); err != nil {
		return err
	}
	var err error
	if f.Since, err = sitrep.ParseDate(*since); err != nil {
		return &exitError{2, "incidents --since: " + err.Error()}
	}
	if f.Until, err = sitrep.ParseDate(*until); err != nil {
		return &exitError{2, "incidents --until: " + err.Error()}
	}
	f.Country = strings.ToUpper(f.Country)
	f.Category, f.Status, f.Grade = trimLower(f.Category), trimLower(f.Status), trimLower(f.Grade)
	store, err := e.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	incs, err := store.Incidents(ctx, f)
	if err != nil {
		return err
	}
	return writeIncidents(e.stdout, *format, incs)
}

func writeIncidents(w io.Writer, format string, incs []sitrep.Incident) error {
	switch format {
	case "table":
		return writeTable(w, incs)
	case "jsonl":
		return export.WriteJSONL(w, incs)
	case "json":
		var b strings.Builder
		if err := export.WriteJSONL(&b, incs); err != nil {
			return err
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if b.Len() == 0 {
			lines = nil
		}
		_, err := fmt.Fprintf(w, "[%s]\n", strings.Join(lines, ",\n"))
		return err
	case "csv":
		return export.WriteCSV(w, incs)
	case "geojson":
		return export.WriteGeoJSON(w, incs)
	}
	return &exitError{2, fmt.Sprintf("unknown format %q: want table, json, jsonl, csv or geojson", format)}
}

func writeTable(w io.Writer, incs []sitrep.Incident) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tPLACE\tCC\tGEO\tCATEGORY\tSTATUS\tGRADE\tCLAIMED BY\tKILLED\tINJURED\tSOURCES")
	for _, inc := range incs {
		date := inc.When.Start.String()
		if date == "" {
			date = "undated"
		} else if inc.When.End != inc.When.Start {
			date += ".." + inc.When.End.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", inc.ID, date, inc.Place.Name, inc.Place.Country,
			inc.Place.Precision, inc.Category, inc.Status, dash(inc.Grade), dash(strings.Join(inc.ClaimedBy, "; ")),
			intOrDash(inc.Fatalities), intOrDash(inc.Injuries), len(inc.Sources))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d incidents\n", len(incs))
	return err
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func intOrDash(p *int) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprint(*p)
}

func (e *env) show(ctx context.Context, args []string) error {
	fs := e.newFlags("show")
	asJSON := fs.Bool("json", false, "print the incident as a JSON line")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return &exitError{2, "show: give one incident ID"}
	}
	store, err := e.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	inc, err := e.incident(ctx, store, fs.Arg(0))
	if err != nil {
		return err
	}
	if *asJSON {
		return export.WriteJSONL(e.stdout, []sitrep.Incident{inc})
	}
	w := e.stdout
	date := inc.When.Start.String()
	if date == "" {
		date = "undated"
	} else if inc.When.End != inc.When.Start {
		date += " .. " + inc.When.End.String()
	}
	fmt.Fprintf(w, "%s  %s (%s)\n", inc.ID, inc.Category, inc.Status)
	if inc.Rejected {
		fmt.Fprintln(w, "  REJECTED by an analyst (see sitrep history)")
	}
	fmt.Fprintf(w, "  grade:       %s\n", dash(inc.Grade))
	for _, r := range inc.GradeReasons {
		fmt.Fprintf(w, "               - %s\n", r)
	}
	fmt.Fprintf(w, "  when:        %s (precision %s)\n", date, dash(inc.When.Precision))
	fmt.Fprintf(w, "  where:       %s, %s, %s  [%.4f, %.4f] geo_precision %d\n", inc.Place.Name, dash(inc.Place.Admin1), inc.Place.Country, inc.Place.Lat, inc.Place.Lon, inc.Place.Precision)
	fmt.Fprintf(w, "  claimed by:  %s\n", dash(strings.Join(inc.ClaimedBy, "; ")))
	fmt.Fprintf(w, "  perpetrator: %s\n", dash(inc.Perpetrator))
	if inc.Vessel != "" {
		fmt.Fprintf(w, "  vessel:      %s\n", inc.Vessel)
	}
	for _, wp := range inc.Weapons {
		sys := ""
		if wp.System != "" {
			sys = " (" + wp.System + ")"
		}
		fmt.Fprintf(w, "  weapon:      %s x%d%s\n", wp.Kind, wp.Count, sys)
	}
	fmt.Fprintf(w, "  killed:      %s%s\n  injured:     %s%s\n", intOrDash(inc.Fatalities), rangeNote(inc.FatalitiesRange),
		intOrDash(inc.Injuries), rangeNote(inc.InjuriesRange))
	fmt.Fprintf(w, "  outcome:     %s\n  damage:      %s\n", dash(inc.Outcome), dash(inc.Damage))
	for _, c := range inc.Contradictions {
		var vs []string
		for _, v := range c.Values {
			if v.Source != "" {
				vs = append(vs, fmt.Sprintf("%s (%s %s, %s)", v.Value, v.Source, v.Stance, v.Doc))
			} else {
				vs = append(vs, fmt.Sprintf("%s (%s)", v.Value, v.Doc))
			}
		}
		fmt.Fprintf(w, "  contradiction on %s: %s\n", c.Field, strings.Join(vs, " vs "))
	}
	for _, rv := range inc.Reviews {
		fmt.Fprintf(w, "  reviewed:    #%d %s %s", rv.Seq, rv.At, rv.Action)
		switch rv.Action {
		case sitrep.ReviewMerge:
			fmt.Fprintf(w, " %s", rv.Other)
		case sitrep.ReviewSplit:
			fmt.Fprintf(w, " %s", rv.Doc)
		case sitrep.ReviewSet:
			fmt.Fprintf(w, " %s=%s", rv.Field, rv.Value)
		}
		if rv.Note != "" {
			fmt.Fprintf(w, " (%s)", rv.Note)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "sources (%d):\n", len(inc.Sources))
	for _, s := range inc.Sources {
		copyOf := ""
		if s.CopyOf != "" {
			copyOf = " copies " + s.CopyOf
		}
		fmt.Fprintf(w, "  [%s]%s %s %s %s bytes %d-%d\n    %q\n", s.Doc, copyOf, dash(s.Outlet), dash(s.Published), dash(s.URL), s.Start, s.End, s.Quote)
	}
	fmt.Fprintln(w, "evidence (field, value, stance, who says so, document, bytes, words):")
	texts := map[string]string{}
	for _, r := range inc.Reports {
		if _, ok := texts[r.Doc]; !ok {
			if d, err := store.Document(ctx, r.Doc); err == nil {
				texts[r.Doc] = d.Text
			}
		}
		text := texts[r.Doc]
		for _, a := range r.Assertions {
			words := ""
			if a.Evidence.End <= len(text) && a.Evidence.Start < a.Evidence.End {
				words = text[a.Evidence.Start:a.Evidence.End]
			}
			who := a.Source
			if len(a.Via) > 0 {
				who += " via " + strings.Join(a.Via, " via ")
			}
			value := a.Value
			if a.Qualifier != "" {
				value = a.Qualifier + " " + value
			}
			fmt.Fprintf(w, "  %-11s %-28q %-9s by %s in %s [%d-%d] %q\n", a.Field, value, a.Stance, who, a.Doc, a.Evidence.Start, a.Evidence.End, words)
		}
	}
	return nil
}

func (e *env) tallies(ctx context.Context, args []string) error {
	fs := e.newFlags("tallies")
	format := fs.String("format", "table", "table or jsonl")
	check := fs.Bool("check", false, "judge each stated total against the store: matches, covered, gap (how many missing), more")
	if err := parse(fs, args); err != nil {
		return err
	}
	store, err := e.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	ts, err := store.Tallies(ctx)
	if err != nil {
		return err
	}
	incs, err := store.Incidents(ctx, sitrep.IncidentFilter{})
	if err != nil {
		return err
	}
	checks := reconcile.Tallies(ts, incs)
	if *format == "jsonl" {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, c := range checks {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	head := "DOC\tSTATED\tSTORED\tKIND\tREGION\tPERIOD\tSAID BY\tWHAT"
	if *check {
		head = "DOC\tSTATED\tSTORED\tVERDICT\tKIND\tREGION\tPERIOD\tSAID BY\tWHAT"
	}
	fmt.Fprintln(tw, head)
	counts := map[string]int{}
	for _, c := range checks {
		stored := "-"
		if !c.Unchecked {
			stored = strconv.Itoa(c.Stored)
			if c.Undated > 0 {
				stored += fmt.Sprintf(" (+%d undated)", c.Undated)
			}
		}
		v := ""
		if *check {
			v = dash(c.Verdict)
			if c.Verdict == "gap" {
				v = fmt.Sprintf("gap: %d missing", c.Missing)
			}
			counts[dash(c.Verdict)]++
			v += "\t"
		}
		fmt.Fprintf(tw, "%s\t%s%d\t%s\t%s%s\t%s\t%s..%s\t%s\t%s\n", c.Doc, qualifierSign[c.Qualifier], c.Count, stored, v, c.Kind, dash(strings.Join(c.Region, ",")), c.PeriodStart, c.PeriodEnd, dash(c.SaidBy), clip(c.What, 48))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if *check {
		fmt.Fprintf(e.stdout, "%d stated totals: %d match, %d covered, %d with a gap, %d where the store holds more, %d unchecked\n",
			len(checks), counts["matches"], counts["covered"], counts["gap"], counts["more"], counts["-"])
	}
	return nil
}

// qualifierSign prints a stated count's qualifier before it.
var qualifierSign = map[string]string{"at least": ">=", "at most": "<=", "approximately": "~"}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func (e *env) export(ctx context.Context, args []string) error {
	fs := e.newFlags("export")
	format := fs.String("format", "jsonl", "jsonl, csv or geojson")
	out := fs.String("o", "", "write to FILE instead of stdout")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "jsonl" && *format != "csv" && *format != "geojson" {
		return &exitError{2, fmt.Sprintf("export: unknown format %q: want jsonl, csv or geojson", *format)}
	}
	store, err := e.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	incs, err := store.Incidents(ctx, sitrep.IncidentFilter{})
	if err != nil {
		return err
	}
	w := e.stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	if err := writeIncidents(w, *format, incs); err != nil {
		return err
	}
	if f, ok := w.(*os.File); ok && *out != "" {
		return f.Close()
	}
	return nil
}

func (e *env) eval(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "geo" {
		return e.evalGeo(ctx, args[1:])
	}
	if len(args) > 0 && args[0] == "timex" {
		return e.evalTimex(ctx, args[1:])
	}
	if len(args) == 0 || args[0] != "incidents" {
		return &exitError{2, "eval: want 'eval incidents --gold FILE [--pred FILE]', 'eval geo [--corpus NAME] [--dir DIR] [--json]' or 'eval timex [--json] DIR...'"}
	}
	fs := e.newFlags("eval incidents")
	goldPath := fs.String("gold", "", "gold incidents (JSON Lines, seed gold format)")
	predPath := fs.String("pred", "", "predicted incidents as exported JSONL (default: the store's)")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if *goldPath == "" {
		return &exitError{2, "eval incidents: --gold FILE is required"}
	}
	gf, err := os.Open(*goldPath)
	if err != nil {
		return err
	}
	defer gf.Close()
	gold, err := eval.ReadGold(gf)
	if err != nil {
		return fmt.Errorf("%s: %w", *goldPath, err)
	}
	var pred []sitrep.Incident
	if *predPath != "" {
		pf, err := os.Open(*predPath)
		if err != nil {
			return err
		}
		defer pf.Close()
		if pred, err = export.ReadJSONL(pf); err != nil {
			return fmt.Errorf("%s: %w", *predPath, err)
		}
	} else {
		store, err := e.open(ctx)
		if err != nil {
			return err
		}
		defer store.Close()
		if pred, err = store.Incidents(ctx, sitrep.IncidentFilter{}); err != nil {
			return err
		}
	}
	res := eval.Score(gold, pred)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	res.WriteText(e.stdout)
	return nil
}

// rangeNote describes the spread of counts the sources give, when they
// differ.
func rangeNote(r *sitrep.Range) string {
	if r == nil || r.Low == r.High {
		return ""
	}
	return fmt.Sprintf("  (sources give %d to %d)", r.Low, r.High)
}
