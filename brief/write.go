package brief

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/reconcile"
)

// Figures names the files a Markdown brief shows its chart and map from,
// relative to the brief; empty names leave the figures out.
type Figures struct{ Chart, Map string }

// Title returns the brief's title.
func (b *Brief) Title() string {
	t := fmt.Sprintf("Situation brief, %s to %s", b.Since, b.Until)
	if b.Country != "" {
		t += " (" + export.CountryName(b.Country) + ")"
	}
	return t
}

// item is an incident as the brief lists it.
type item struct {
	ID, When, Where, Category, Grade, GradeText, Summary string
	Sources                                              []source
}

type source struct{ Name, URL, Note string }

func items(incs []sitrep.Incident) []item {
	out := make([]item, 0, len(incs))
	for _, inc := range incs {
		it := item{ID: inc.ID, When: when(inc.When), Category: inc.Category, Grade: inc.Grade,
			GradeText: strings.ReplaceAll(inc.Grade, "_", " "), Summary: export.Notes(inc)}
		it.Where = inc.Place.Name
		if inc.Place.Admin1 != "" && inc.Place.Admin1 != inc.Place.Name {
			it.Where += ", " + inc.Place.Admin1
		}
		if inc.Place.Country != "" && inc.Place.Precision != sitrep.GeoCountry {
			it.Where += ", " + inc.Place.Country
		}
		for _, s := range inc.Sources {
			src := source{Name: s.Outlet, URL: webURL(s.URL)}
			if src.Name == "" {
				src.Name = s.Doc
			}
			if s.CopyOf != "" {
				src.Note = "copy of " + s.CopyOf
			}
			it.Sources = append(it.Sources, src)
		}
		out = append(out, it)
	}
	return out
}

func when(w sitrep.When) string {
	if w.Start == w.End || w.End.IsZero() {
		return w.Start.String()
	}
	return w.Start.String() + " to " + w.End.String()
}

// webURL returns u when it is an http or https URL, else "".
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// headline lines: this period against the previous one.
func (b *Brief) headline() []string {
	now, prev := Count(b.Incidents), Count(b.Previous)
	var out []string
	out = append(out, fmt.Sprintf("%d incidents (previous %d days: %d, %s)", now.Incidents, b.Days, prev.Incidents,
		delta(now.Incidents, prev.Incidents)))
	out = append(out, fmt.Sprintf("%d killed, %d injured as stated, at the lowest figure (previous: %d, %d)",
		now.Killed, now.Injured, prev.Killed, prev.Injured))
	for _, part := range []struct {
		name string
		m    map[string]int
		fmt  func(string) string
	}{
		{"by grade", now.ByGrade, func(k string) string { return strings.ReplaceAll(k, "_", " ") }},
		{"by country", now.ByCountry, export.CountryName},
		{"by category", now.ByCategory, func(k string) string { return k }},
	} {
		if len(part.m) == 0 {
			continue
		}
		var xs []string
		for _, k := range sortedKeys(part.m) {
			xs = append(xs, fmt.Sprintf("%s %d", part.fmt(k), part.m[k]))
		}
		out = append(out, part.name+": "+strings.Join(xs, ", "))
	}
	return out
}

func delta(now, prev int) string {
	switch {
	case now == prev:
		return "no change"
	case now > prev:
		return fmt.Sprintf("+%d", now-prev)
	}
	return fmt.Sprintf("%d", now-prev)
}

// contradiction lines of an incident: "outcome: hit (X, claims) against
// intercepted (Y, confirms)".
func contradictions(inc sitrep.Incident) []string {
	var out []string
	for _, c := range inc.Contradictions {
		var vs []string
		for _, v := range c.Values {
			who := v.Source
			if v.Stance != "" {
				who += ", " + v.Stance
			}
			vs = append(vs, fmt.Sprintf("%s (%s; %s)", v.Value, strings.TrimPrefix(who, ", "), v.Doc))
		}
		out = append(out, c.Field+": "+strings.Join(vs, " against "))
	}
	return out
}

// mdEsc escapes text for Markdown: the characters that make markup, and
// HTML, which Markdown passes through.
func mdEsc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdURL makes u safe inside a Markdown link's parentheses.
func mdURL(u string) string {
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(u)
}

// Markdown writes the brief as Markdown, showing the figures from fig.
func (b *Brief) Markdown(w io.Writer, fig Figures) error {
	var s strings.Builder
	fmt.Fprintf(&s, "# %s\n\n", mdEsc(b.Title()))
	s.WriteString("## Headline\n\n")
	for _, l := range b.headline() {
		fmt.Fprintf(&s, "- %s\n", mdEsc(l))
	}
	if fig.Chart != "" {
		fmt.Fprintf(&s, "\n## Incidents per day\n\n![Incidents per day](%s)\n", mdURL(fig.Chart))
	}
	if fig.Map != "" {
		fmt.Fprintf(&s, "\n## Map\n\n![Map of the incidents](%s)\n", mdURL(fig.Map))
	}
	fmt.Fprintf(&s, "\n## Incidents (%d)\n\n", len(b.Incidents))
	if len(b.Incidents) == 0 {
		s.WriteString("None stored for this period.\n")
	}
	for i, it := range items(b.Incidents) {
		fmt.Fprintf(&s, "%d. **%s, %s**: %s, *%s*. %s", i+1, mdEsc(it.When), mdEsc(it.Where), mdEsc(it.Category),
			mdEsc(it.GradeText), mdEsc(it.Summary))
		var srcs []string
		for _, src := range it.Sources {
			x := mdEsc(src.Name)
			if src.URL != "" {
				x = "[" + x + "](" + mdURL(src.URL) + ")"
			}
			if src.Note != "" {
				x += " (" + mdEsc(src.Note) + ")"
			}
			srcs = append(srcs, x)
		}
		fmt.Fprintf(&s, " Sources: %s. `%s`\n", strings.Join(srcs, "; "), strings.ReplaceAll(it.ID, "`", ""))
	}
	s.WriteString("\n## Open contradictions\n\n")
	contested := b.Contested()
	if len(contested) == 0 {
		s.WriteString("None.\n")
	}
	for _, inc := range contested {
		fmt.Fprintf(&s, "- **%s, %s** `%s`\n", mdEsc(when(inc.When)), mdEsc(inc.Place.Name), strings.ReplaceAll(inc.ID, "`", ""))
		for _, l := range contradictions(inc) {
			fmt.Fprintf(&s, "  - %s\n", mdEsc(l))
		}
	}
	s.WriteString("\n## Official counts against the store\n\n")
	if len(b.Tallies) == 0 {
		s.WriteString("No official running count covers this period.\n")
	} else {
		s.WriteString("| Said by | Count | Period | Region | Stored | Verdict |\n|---|---|---|---|---|---|\n")
		for _, c := range b.Tallies {
			r := tallyRow(c)
			fmt.Fprintf(&s, "| %s | %s | %s | %s | %s | %s |\n", mdEsc(r[0]), mdEsc(r[1]), mdEsc(r[2]), mdEsc(r[3]), mdEsc(r[4]), mdEsc(r[5]))
		}
	}
	_, err := io.WriteString(w, s.String())
	return err
}

// tallyRow returns the cells of a tally check: said by, count, period,
// region, stored, verdict.
func tallyRow(c reconcile.Check) [6]string {
	count := fmt.Sprintf("%d %s", c.Count, c.What)
	if c.Qualifier != "" && c.Qualifier != "exact" {
		count = c.Qualifier + " " + count
	}
	period := c.PeriodStart.String() + " to " + c.PeriodEnd.String()
	stored := fmt.Sprint(c.Stored)
	if c.Undated > 0 {
		stored += fmt.Sprintf(" (+%d undated)", c.Undated)
	}
	verdict := c.Verdict
	switch {
	case c.Unchecked:
		verdict = "cannot be checked"
	case c.Verdict == "gap":
		verdict = fmt.Sprintf("gap: %d not in the store", c.Missing)
	}
	return [6]string{c.SaidBy, count, period, strings.Join(c.Region, ", "), stored, verdict}
}

// style is the HTML brief's style sheet, inline so that the file stands
// alone; StyleHash lets a strict Content-Security-Policy allow it.
const style = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2327;max-width:900px;margin:24px auto;padding:0 16px}
h1{font-size:22px}h2{font-size:17px;border-bottom:1px solid #ddd;padding-bottom:3px;margin-top:28px}
ol li{margin:6px 0}.meta{color:#555;font-size:12px}.grade{display:inline-block;padding:0 5px;border-radius:3px;background:#e8ecef;font-size:12px}
.g-confirmed{background:#cdebd3}.g-corroborated{background:#d9ecf7}.g-contested{background:#f9dcc4}.g-claimed_only{background:#f4e4f7}.g-single_source{background:#f3f3d6}.g-discounted{background:#eee;text-decoration:line-through}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
.gap{color:#b03a00;font-weight:600}svg{max-width:100%;height:auto}code{font-size:12px;color:#555}`

// StyleHash is the CSP source of the HTML brief's style element.
func StyleHash() string {
	sum := sha256.Sum256([]byte(style))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

var page = template.Must(template.New("brief").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title><style>{{.Style}}</style></head><body>
<h1>{{.Title}}</h1>
<h2>Headline</h2><ul>{{range .Headline}}<li>{{.}}</li>{{end}}</ul>
<h2>Incidents per day</h2>{{.Chart}}
<h2>Map</h2>{{.Map}}
<h2>Incidents ({{len .Items}})</h2>{{if not .Items}}<p>None stored for this period.</p>{{end}}
<ol>{{range .Items}}<li><b>{{.When}}, {{.Where}}</b>: {{.Category}}, <span class="grade g-{{.Grade}}">{{.GradeText}}</span>. {{.Summary}}
<div class="meta">Sources: {{range $i, $s := .Sources}}{{if $i}}; {{end}}{{if $s.URL}}<a href="{{$s.URL}}" rel="noopener noreferrer">{{$s.Name}}</a>{{else}}{{$s.Name}}{{end}}{{if $s.Note}} ({{$s.Note}}){{end}}{{end}} · <code>{{.ID}}</code></div></li>{{end}}</ol>
<h2>Open contradictions</h2>{{if not .Contested}}<p>None.</p>{{end}}
<ul>{{range .Contested}}<li><b>{{.When}}, {{.Where}}</b> <code>{{.ID}}</code><ul>{{range .Lines}}<li>{{.}}</li>{{end}}</ul></li>{{end}}</ul>
<h2>Official counts against the store</h2>{{if not .Tallies}}<p>No official running count covers this period.</p>{{else}}
<table><tr><th>Said by</th><th>Count</th><th>Period</th><th>Region</th><th>Stored</th><th>Verdict</th></tr>
{{range .Tallies}}<tr>{{range $i, $c := .}}<td{{if and (eq $i 5) (gt (len $c) 3)}}{{if eq (slice $c 0 3) "gap"}} class="gap"{{end}}{{end}}>{{$c}}</td>{{end}}</tr>{{end}}</table>{{end}}
<p class="meta">Written by sitrep. Counts are of incidents fused from the stored reports; each incident's evidence is in sitrep show ID.</p>
</body></html>
`))

// HTML writes the brief as one HTML page, figures inline.
func (b *Brief) HTML(w io.Writer) error {
	m, err := b.MapSVG()
	if err != nil {
		return err
	}
	type contested struct {
		When, Where, ID string
		Lines           []string
	}
	var cs []contested
	for _, inc := range b.Contested() {
		cs = append(cs, contested{when(inc.When), inc.Place.Name, inc.ID, contradictions(inc)})
	}
	var rows [][]string
	for _, c := range b.Tallies {
		r := tallyRow(c)
		rows = append(rows, r[:])
	}
	return page.Execute(w, map[string]any{
		"Title": b.Title(), "Style": template.CSS(style), "Headline": b.headline(),
		// The figures are built here with every text escaped.
		"Chart": template.HTML(b.ChartSVG()), "Map": template.HTML(m),
		"Items": items(b.Incidents), "Contested": cs, "Tallies": rows,
	})
}
