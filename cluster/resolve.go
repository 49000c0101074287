package cluster

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
)

// resolve builds one incident from its reports (sorted by doc, seq).
func resolve(rs []sitrep.Report, docs map[string]sitrep.Document, areas sitrep.Areas) sitrep.Incident {
	inc := sitrep.Incident{ID: incidentID(rs[0]), Reports: rs, ClaimedBy: []string{}, Weapons: []sitrep.Weapon{},
		Sources: make([]sitrep.Source, 0, len(rs)), Contradictions: []sitrep.Contradiction{}}
	// When: the narrowest interval. A report told at a country dates the
	// incident only when no report at a precise place dates it: "strikes
	// on seven facilities in Iraq and Syria this afternoon", by
	// Washington's clock, do not move the strike at al-Qaim.
	pointDated := false
	for _, r := range rs {
		if !r.When.IsZero() && r.Place.Precision > 0 && r.Place.Precision <= sitrep.GeoNear {
			pointDated = true
		}
	}
	dates := func(r sitrep.Report) bool {
		return !r.When.IsZero() && !(pointDated && r.Place.Precision == sitrep.GeoCountry)
	}
	best := -1
	for i, r := range rs {
		if !dates(r) {
			continue
		}
		if best < 0 || span(r.When) < span(rs[best].When) ||
			span(r.When) == span(rs[best].When) && r.When.Start.HasYear() && !rs[best].When.Start.HasYear() {
			best = i
		}
	}
	if best >= 0 {
		inc.When = narrowest(rs, docs, span(rs[best].When), rs[best].When, dates)
	}
	// Place: the most precise; among the most precise, the one most
	// reports give (a claim's "al-Rukban" against four reports of Tower
	// 22), then the first.
	// A place far from every other report's is one report's slip (a
	// recap that lists a shepherd hit at Khiam and a missile into a
	// tanker in the Red Sea in one sentence): it places the incident only
	// when nothing else does.
	far := farPlaces(rs, areas)
	for i, r := range rs {
		if !far[i] && r.Place.Precision > 0 && (inc.Place.Precision == 0 || r.Place.Precision < inc.Place.Precision) {
			inc.Place = r.Place
		}
	}
	if inc.Place.Precision == 0 {
		inc.Place = rs[0].Place
	}
	if best := inc.Place; best.ID != "" && placesDiffer(rs, best) {
		count := map[string]int{}
		for _, r := range rs {
			if r.Place.Precision == best.Precision && r.Place.ID != "" {
				count[r.Place.ID]++
			}
		}
		most := 0
		for _, r := range rs {
			if n := count[r.Place.ID]; r.Place.Precision == best.Precision && r.Place.ID != "" && n > most {
				most, inc.Place = n, r.Place
			}
		}
	}
	inc.Category = majority(rs, func(r sitrep.Report) string {
		if r.Category == sitrep.CategoryUnknown {
			return ""
		}
		return r.Category
	})
	if inc.Category == "" {
		inc.Category = sitrep.CategoryUnknown
	}
	inc.Status = status(rs)
	inc.Vessel = majority(rs, func(r sitrep.Report) string { return r.Vessel })
	weapons := map[string]int{}
	systems := map[string]string{}
	var kinds []string
	for _, r := range rs {
		for _, c := range r.ClaimedBy {
			if !contains(inc.ClaimedBy, c) {
				inc.ClaimedBy = append(inc.ClaimedBy, c)
			}
		}
		if inc.Perpetrator == "" {
			inc.Perpetrator = r.Perpetrator
		}
		if inc.Target == "" {
			inc.Target = r.Target
		}
		for _, w := range r.Weapons {
			if _, ok := weapons[w.Kind]; !ok {
				kinds = append(kinds, w.Kind)
				weapons[w.Kind] = w.Count
			}
			if systems[w.Kind] == "" {
				systems[w.Kind] = w.System
			}
		}
		d := docs[r.Doc]
		inc.Sources = append(inc.Sources, sitrep.Source{Doc: r.Doc, CopyOf: d.CopyOf, Outlet: d.Outlet, URL: d.URL,
			Published: d.Published.String(), Quote: r.Quote, Start: r.Span.Start, End: r.Span.End})
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		inc.Weapons = append(inc.Weapons, sitrep.Weapon{Kind: k, Count: weapons[k], System: systems[k]})
	}
	inc.Fatalities = casualties(rs, docs, sitrep.FieldFatalities, func(r sitrep.Report) *int { return r.Fatalities })
	inc.Injuries = casualties(rs, docs, sitrep.FieldInjuries, func(r sitrep.Report) *int { return r.Injuries })
	inc.FatalitiesRange = countRange(rs, sitrep.FieldFatalities)
	inc.InjuriesRange = countRange(rs, sitrep.FieldInjuries)
	// Sources that count the wounded and tell of no one dead report no
	// death: 0, as ACLED codes it. No source states it, so there is no
	// range (fatalities_range stays empty).
	if inc.Fatalities == nil && inc.Injuries != nil && *inc.Injuries > 0 && !deathTold(rs) {
		none := 0
		inc.Fatalities = &none
	}
	inc.Outcome = trustedValue(rs, sitrep.FieldOutcome)
	inc.Damage = trustedValue(rs, sitrep.FieldDamage)
	inc.Contradictions = contradictions(rs)
	grade(&inc, rs, docs)
	return inc
}

// stanceRank orders stances by trust: the target side's confirmation, a
// plain statement or a denial, a hedged report, the perpetrator's claim, a
// doubted one.
var stanceRank = map[string]int{sitrep.StanceConfirms: 0, sitrep.StanceDenies: 1, sitrep.StanceStates: 1,
	sitrep.StanceReports: 2, sitrep.StanceClaims: 3, sitrep.StanceDoubts: 4}

// trustedValue returns the value of field that the most trusted account
// of the reports gives, the first on ties, or "".
func trustedValue(rs []sitrep.Report, field string) string {
	best, rank := "", 99
	for _, r := range rs {
		for _, a := range r.Accounts {
			if a.Field != field {
				continue
			}
			if k, ok := stanceRank[a.Stance]; ok && k < rank {
				best, rank = a.Value, k
			}
		}
	}
	return best
}

// assertedContradictions lists, for fields told by accounts (outcome,
// damage), the values that different sources give, each source's once:
// "hit" claimed by the group beside "intercepted" stated by the Pentagon.
func assertedContradictions(rs []sitrep.Report, field string) []sitrep.FieldValue {
	var vals []sitrep.FieldValue
	seen := map[sitrep.FieldValue]bool{}
	distinct := map[string]bool{}
	for _, r := range rs {
		for _, a := range r.Accounts {
			if a.Field != field {
				continue
			}
			value := a.Value
			if a.Qualifier != "" && a.Qualifier != sitrep.QualifierNamed {
				value = a.Qualifier + " " + value
			}
			v := sitrep.FieldValue{Value: value, Doc: r.Doc, Source: a.Source, Stance: a.Stance}
			if seen[v] {
				continue
			}
			seen[v] = true
			distinct[value] = true
			vals = append(vals, v)
		}
	}
	if len(distinct) < 2 {
		return nil
	}
	return vals
}

// placesDiffer reports whether two reports give places of best's
// precision with different ids.
func placesDiffer(rs []sitrep.Report, best sitrep.Place) bool {
	for _, r := range rs {
		if r.Place.Precision == best.Precision && r.Place.ID != "" && r.Place.ID != best.ID {
			return true
		}
	}
	return false
}

// narrowest returns, among the reports' intervals of n days, the one the
// most documents give, first is the first of them: six reports of a drone
// "on Friday" outweigh one that dates it Thursday, whichever document
// sorts first. A document and its copies give one. Only the reports dates
// says date the incident count.
func narrowest(rs []sitrep.Report, docs map[string]sitrep.Document, n int, first sitrep.When, dates func(sitrep.Report) bool) sitrep.When {
	type vote struct {
		when sitrep.When
		doc  string
	}
	seen := map[vote]bool{}
	count := map[sitrep.When]int{}
	best := first
	for _, r := range rs {
		if !dates(r) || span(r.When) != n {
			continue
		}
		origin := r.Doc
		if o := docs[r.Doc].CopyOf; o != "" {
			origin = o
		}
		v := vote{r.When, origin}
		if seen[v] {
			continue
		}
		seen[v] = true
		count[r.When]++
	}
	for _, r := range rs {
		if count[r.When] > count[best] {
			best = r.When
		}
	}
	return best
}

// span returns the length of an interval in days; dates without year
// count within one year.
func span(w sitrep.When) int {
	return w.End.Days() - w.Start.Days()
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// majority returns the most frequent non-empty value, the first on ties.
func majority(rs []sitrep.Report, get func(sitrep.Report) string) string {
	count := map[string]int{}
	best := ""
	for _, r := range rs {
		v := get(r)
		if v == "" {
			continue
		}
		count[v]++
		if best == "" || count[v] > count[best] {
			best = v
		}
	}
	return best
}

// casualties prefers the count of a confirmed report, then any, and among
// those the one of the latest document: tolls are revised as the dead are
// counted and corrections come after the first accounts ("the toll rose to
// 42"; "a U.S. official later said one service member, not two, was
// hurt"). A copy counts as of its origin's day. On the same day, the fuller
// of two confirmed counts stands, else the first report's. A count of the
// victims a text names (sitrep.QualifierNamed) is not a confirmed one.
func casualties(rs []sitrep.Report, docs map[string]sitrep.Document, field string, get func(sitrep.Report) *int) *int {
	var best *int
	bestConfirmed := false
	bestDay := 0
	for _, r := range rs {
		v := get(r)
		if v == nil {
			continue
		}
		// A count of the victims named ("killed a commander") is no
		// confirmed toll: a fuller count outranks it.
		confirmed := r.Status == sitrep.StatusConfirmed && confirms(r, field) && !namedCount(r, field, *v)
		day := docs[r.Doc].Published.Days()
		if o, ok := docs[docs[r.Doc].CopyOf]; ok {
			day = o.Published.Days() // a copy tells what its origin told, when it told it
		}
		// On the same day, the fuller of two confirmed counts: tolls rise
		// as the dead are counted ("killed nine ..., raising an earlier
		// figure of six").
		if best == nil || confirmed && !bestConfirmed || confirmed == bestConfirmed && (day > bestDay || day == bestDay && confirmed && *v > *best) {
			n := *v
			best, bestConfirmed, bestDay = &n, confirmed, day
		}
	}
	return best
}

// status grades the incident from its reports' statuses: disputed, then
// confirmed, then unverified (a doubt an outlet states outweighs another's
// plain report), reported, claimed, debunked. When the side said to have
// struck only looks into the report, and no report has it or an official
// acknowledge the attack, the others' confirmations are reports.
func status(rs []sitrep.Report) string {
	unacknowledged, acknowledged := false, false
	for _, r := range rs {
		unacknowledged = unacknowledged || slices.Contains(r.Stances, sitrep.StanceUnacknowledged)
		acknowledged = acknowledged || slices.Contains(r.Stances, sitrep.StanceAcknowledged)
	}
	unacknowledged = unacknowledged && !acknowledged
	has := map[string]bool{}
	for _, r := range rs {
		st := r.Status
		if unacknowledged && st == sitrep.StatusConfirmed {
			st = sitrep.StatusReported
		}
		has[st] = true
	}
	for _, s := range []string{sitrep.StatusDisputed, sitrep.StatusConfirmed, sitrep.StatusUnverified,
		sitrep.StatusReported, sitrep.StatusClaimed, sitrep.StatusDebunked} {
		if has[s] {
			return s
		}
	}
	return sitrep.StatusReported
}

// contradictions lists the fields on which the reports disagree. Most
// incidents have none: a field's values are collected only once two
// reports are seen to differ on it.
func contradictions(rs []sitrep.Report) []sitrep.Contradiction {
	out := []sitrep.Contradiction{}
	// The date: the days of the reports dated to a day, compared as dates
	// before any is written out.
	var day sitrep.Date
	for _, r := range rs {
		if r.When.Precision != sitrep.PrecisionDay {
			continue
		}
		if day.IsZero() {
			day = r.When.Start
		} else if r.When.Start != day {
			out = append(out, sitrep.Contradiction{Field: sitrep.FieldDate, Values: values(rs, func(r sitrep.Report) string {
				if r.When.Precision != sitrep.PrecisionDay {
					return ""
				}
				return r.When.Start.String()
			})})
			break
		}
	}
	fields := [...]struct {
		name string
		get  func(sitrep.Report) string
		skip bool
	}{
		{name: sitrep.FieldCategory, get: func(r sitrep.Report) string {
			if r.Category == sitrep.CategoryUnknown {
				return ""
			}
			return r.Category
		}},
		{name: sitrep.FieldStatus, get: func(r sitrep.Report) string { return r.Status }},
		// Casualty counts: by source when the reports carry accounts of
		// them (below), else by report.
		{name: sitrep.FieldFatalities, get: func(r sitrep.Report) string { return intString(r.Fatalities) },
			skip: hasAccounts(rs, sitrep.FieldFatalities)},
		{name: sitrep.FieldInjuries, get: func(r sitrep.Report) string { return intString(r.Injuries) },
			skip: hasAccounts(rs, sitrep.FieldInjuries)},
	}
	for _, f := range fields {
		if !f.skip && differ(rs, f.get) {
			out = append(out, sitrep.Contradiction{Field: f.name, Values: values(rs, f.get)})
		}
	}
	for _, f := range []string{sitrep.FieldFatalities, sitrep.FieldInjuries, sitrep.FieldOutcome, sitrep.FieldDamage} {
		if vals := assertedContradictions(rs, f); vals != nil {
			out = append(out, sitrep.Contradiction{Field: f, Values: vals})
		}
	}
	// Weapon counts that differ between reports, by kind of weapon.
	var checked, kinds []string
	for _, r := range rs {
		for _, w := range r.Weapons {
			if w.Count == 0 || contains(checked, w.Kind) {
				continue
			}
			checked = append(checked, w.Kind)
			if differ(rs, countOf(w.Kind)) {
				kinds = append(kinds, w.Kind)
			}
		}
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		var vs []sitrep.FieldValue
		for _, r := range rs {
			for _, w := range r.Weapons {
				if w.Kind == k && w.Count != 0 {
					vs = append(vs, sitrep.FieldValue{Value: strconv.Itoa(w.Count), Doc: r.Doc})
				}
			}
		}
		out = append(out, sitrep.Contradiction{Field: sitrep.FieldWeapon + ":" + k, Values: vs})
	}
	return out
}

// differ reports whether two reports give different non-empty values of
// get.
func differ(rs []sitrep.Report, get func(sitrep.Report) string) bool {
	first := ""
	for _, r := range rs {
		switch v := get(r); {
		case v == "":
		case first == "":
			first = v
		case v != first:
			return true
		}
	}
	return false
}

// countOf returns the count a report gives of weapons of kind, "" when
// none.
func countOf(kind string) func(sitrep.Report) string {
	return func(r sitrep.Report) string {
		for _, w := range r.Weapons {
			if w.Kind == kind && w.Count != 0 {
				return strconv.Itoa(w.Count)
			}
		}
		return ""
	}
}

// values lists the non-empty values of get, one per report.
func values(rs []sitrep.Report, get func(sitrep.Report) string) []sitrep.FieldValue {
	var vals []sitrep.FieldValue
	for _, r := range rs {
		if v := get(r); v != "" {
			vals = append(vals, sitrep.FieldValue{Value: v, Doc: r.Doc})
		}
	}
	return vals
}

func intString(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

// countRange returns the least and greatest count of field that the
// reports' accounts state, or nil.
func countRange(rs []sitrep.Report, field string) *sitrep.Range {
	var out *sitrep.Range
	for _, r := range rs {
		for _, a := range r.Accounts {
			if a.Field != field {
				continue
			}
			n, err := strconv.Atoi(a.Value)
			if err != nil {
				continue
			}
			if out == nil {
				out = &sitrep.Range{Low: n, High: n}
			}
			out.Low, out.High = min(out.Low, n), max(out.High, n)
		}
	}
	return out
}

// hasAccounts reports whether a report has an account of field.
func hasAccounts(rs []sitrep.Report, field string) bool {
	for _, r := range rs {
		for _, a := range r.Accounts {
			if a.Field == field {
				return true
			}
		}
	}
	return false
}

// namedCount reports whether r's accounts give count n of field only as the
// victims a text names (sitrep.QualifierNamed).
func namedCount(r sitrep.Report, field string, n int) bool {
	named := false
	for _, a := range r.Accounts {
		if a.Field != field || a.Value != strconv.Itoa(n) {
			continue
		}
		if a.Qualifier != sitrep.QualifierNamed {
			return false
		}
		named = true
	}
	return named
}

// confirms reports whether a confirmed report's count of field is
// confirmed too, by its accounts: a state's strike told as a fact is
// confirmed, its toll from a hedged source is not. A report without
// accounts of the field is taken at its status.
func confirms(r sitrep.Report, field string) bool {
	found := false
	for _, a := range r.Accounts {
		if a.Field != field {
			continue
		}
		found = true
		if a.Stance == sitrep.StanceConfirms {
			return true
		}
	}
	return !found
}

// farKm is how far from a precise place another report's precise place
// may be and still vouch for it.
const farKm = 300.0

// farPlaces reports, for each report of rs, whether it is at a precise
// place that no report of another document vouches for (a precise place
// within farKm, an area that holds it, as areas or the country tell),
// while another report's precise place is vouched for.
func farPlaces(rs []sitrep.Report, areas sitrep.Areas) []bool {
	point := func(p sitrep.Place) bool { return p.Precision == sitrep.GeoSite || p.Precision == sitrep.GeoNear }
	far := make([]bool, len(rs))
	some := false
	for i, r := range rs {
		if !point(r.Place) {
			continue
		}
		vouched := false
		for _, o := range rs {
			if o.Doc == r.Doc || o.Place.Precision == 0 {
				continue
			}
			if point(o.Place) {
				vouched = sitrep.DistanceKm(r.Place.Lat, r.Place.Lon, o.Place.Lat, o.Place.Lon) <= farKm
			} else {
				vouched = o.Place.Country != "" && o.Place.Country == r.Place.Country ||
					areas != nil && o.Place.ID != "" && areas.Holds(o.Place.ID, r.Place)
			}
			if vouched {
				break
			}
		}
		far[i] = !vouched
		some = some || vouched
	}
	if !some {
		clear(far)
	}
	return far
}

// deathTold reports a report whose sentence tells of dead it does not
// count: "killed and wounded people", "dead and injured" with no number
// before.
func deathTold(rs []sitrep.Report) bool {
	for _, r := range rs {
		ws := strings.Fields(strings.ToLower(r.Quote))
		for i := 1; i+2 < len(ws); i++ {
			switch ws[i] {
			case "killed", "killing", "dead":
			default:
				continue
			}
			switch strings.Trim(ws[i+2], ".,;:") {
			case "wounded", "wounding", "injured", "injuring":
			default:
				continue
			}
			if ws[i+1] == "and" && !countWord(ws[i-1]) {
				return true
			}
		}
	}
	return false
}

// countWord reports a number, in digits or words, before "killed".
func countWord(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return true
	}
	return false
}
