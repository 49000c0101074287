package cluster

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// Grading rules, first that applies:
//
//   - discounted: evidence shown false or a denial by the target side, with
//     no confirmation and a single independent origin;
//   - contested: a denial or debunked evidence beside other support, or
//     sources that contradict each other on the outcome (one claims a hit,
//     another states an interception), or claimed and confirmed reports
//     that give different casualty counts;
//   - confirmed: the target side or an official of it confirms the attack,
//     or states its outcome;
//   - corroborated: two or more independent origins;
//   - claimed only: nothing but the perpetrator's own claim;
//   - single source: one independent origin.
//
// Independent origins are the documents, with copies counted as the
// document they copy, the documents of one outlet as one, and a report
// that only relays an outlet ("local sources cited by Al Mayadeen") as that
// outlet's; outlet names are compared folded ("Al-Mayadeen" is Al Mayadeen).

// grade sets inc.Grade and inc.GradeReasons from its reports.
func grade(inc *sitrep.Incident, rs []sitrep.Report, docs map[string]sitrep.Document) {
	has := map[string]bool{}
	for _, r := range rs {
		for _, s := range r.Stances {
			has[s] = true
		}
	}
	var confirmers []string
	for _, r := range rs {
		for _, a := range r.Accounts {
			if a.Stance == sitrep.StanceConfirms && !slices.Contains(confirmers, a.Source) {
				confirmers = append(confirmers, a.Source)
			}
		}
	}
	confirmed := has[sitrep.StanceConfirms] || len(confirmers) > 0
	plain := has[sitrep.StanceStates] || has[sitrep.StanceReports]
	origins, copied := independent(rs, docs)

	var why []string
	if has[sitrep.StanceDebunked] {
		why = append(why, "evidence offered for it was shown false or recycled")
	}
	if has[sitrep.StanceDenies] {
		why = append(why, "a party to it denies it")
	}
	if has[sitrep.StanceDoubts] {
		why = append(why, "a source calls it unverified")
	}
	conflicts := materialConflicts(inc, rs)
	why = append(why, conflicts...)
	switch {
	case confirmed && len(confirmers) > 0:
		why = append(why, "confirmed or described by the target side: "+strings.Join(confirmers, ", "))
	case confirmed:
		why = append(why, "confirmed by the target side or an official")
	}
	if has[sitrep.StanceClaims] {
		why = append(why, "claimed by "+orDash(strings.Join(inc.ClaimedBy, ", ")))
	}
	o := fmt.Sprintf("%d independent origin", len(origins))
	if len(origins) != 1 {
		o += "s"
	}
	o += ": " + strings.Join(origins, ", ")
	if len(copied) > 0 {
		o += " (" + strings.Join(copied, "; ") + ")"
	}
	why = append(why, o)

	switch {
	case (has[sitrep.StanceDebunked] || has[sitrep.StanceDenies]) && !confirmed && len(origins) <= 1:
		inc.Grade = sitrep.GradeDiscounted
	case has[sitrep.StanceDebunked] || has[sitrep.StanceDenies] || len(conflicts) > 0:
		inc.Grade = sitrep.GradeContested
	case confirmed:
		inc.Grade = sitrep.GradeConfirmed
	case len(origins) >= 2:
		inc.Grade = sitrep.GradeCorroborated
	case has[sitrep.StanceClaims] && !plain:
		inc.Grade = sitrep.GradeClaimed
	default:
		inc.Grade = sitrep.GradeSingle
	}
	inc.GradeReasons = why
}

// independent returns the independent origins of the reports, as document
// ids or outlet names, sorted, and what was folded: "b copies a".
func independent(rs []sitrep.Report, docs map[string]sitrep.Document) (origins, copied []string) {
	seen := map[string]bool{}
	note := func(n string) {
		if !slices.Contains(copied, n) {
			copied = append(copied, n)
		}
	}
	for _, r := range rs {
		doc := r.Doc
		if c := docs[doc].CopyOf; c != "" {
			note(doc + " copies " + c)
			doc = c
		}
		name := doc
		if o := docs[doc].Outlet; o != "" {
			name = o
		}
		if r.Relay != "" && normalize.OutletKey(r.Relay) != normalize.OutletKey(name) {
			note(doc + " relays " + r.Relay)
			name = r.Relay
		}
		if key := normalize.OutletKey(name); !seen[key] {
			seen[key] = true
			origins = append(origins, name)
		}
	}
	sort.Strings(origins)
	sort.Strings(copied)
	return origins, copied
}

// materialConflicts describes the contradictions between sides: outcome
// values of a claim against another stance's, casualty counts of a claimed
// report against a confirmed one's.
func materialConflicts(inc *sitrep.Incident, rs []sitrep.Report) []string {
	var out []string
	for _, c := range inc.Contradictions {
		if c.Field != sitrep.FieldOutcome {
			continue
		}
		var claims, others []string
		for _, v := range c.Values {
			s := fmt.Sprintf("%s (%s, %s)", v.Value, v.Source, v.Stance)
			if v.Stance == sitrep.StanceClaims {
				claims = append(claims, s)
			} else {
				others = append(others, s)
			}
		}
		if len(claims) > 0 && len(others) > 0 {
			out = append(out, "outcome: "+strings.Join(claims, ", ")+" against "+strings.Join(others, ", "))
		}
	}
	for _, f := range []struct {
		name string
		get  func(sitrep.Report) *int
	}{
		{sitrep.FieldFatalities, func(r sitrep.Report) *int { return r.Fatalities }},
		{sitrep.FieldInjuries, func(r sitrep.Report) *int { return r.Injuries }},
	} {
		claimed, confirmed := map[int]bool{}, map[int]bool{}
		for _, r := range rs {
			v := f.get(r)
			if v == nil {
				continue
			}
			switch r.Status {
			case sitrep.StatusClaimed:
				claimed[*v] = true
			case sitrep.StatusConfirmed:
				confirmed[*v] = true
			}
		}
		for c := range claimed {
			if len(confirmed) > 0 && !confirmed[c] {
				out = append(out, f.name+": the claim's count differs from the confirmed one")
				break
			}
		}
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
