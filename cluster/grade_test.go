package cluster_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
)

func relay(outlet string) func(*sitrep.Report) {
	return func(r *sitrep.Report) { r.Relay = outlet }
}

func stances(ss ...string) func(*sitrep.Report) {
	return func(r *sitrep.Report) { r.Stances = ss }
}

// Each grade from the reports that make it, and copies count once.
func TestGrade(t *testing.T) {
	for _, c := range []struct {
		name    string
		reports []sitrep.Report
		copyOf  map[string]string // doc -> the doc it copies
		outlets map[string]string // doc -> its outlet, where not "Outlet <doc>"
		want    string
		reason  string // a reason the grade must give
	}{
		{"claimed only", []sitrep.Report{report(t, "a", 0, stances(sitrep.StanceClaims), claimed("the group"))},
			nil, nil, sitrep.GradeClaimed, "claimed by the group"},
		{"single source", []sitrep.Report{report(t, "a", 0, stances(sitrep.StanceStates))},
			nil, nil, sitrep.GradeSingle, "1 independent origin: Outlet a"},
		{"corroborated", []sitrep.Report{report(t, "a", 0, stances(sitrep.StanceStates)), report(t, "b", 0, stances(sitrep.StanceReports))},
			nil, nil, sitrep.GradeCorroborated, "2 independent origins: Outlet a, Outlet b"},
		{"a copy does not corroborate", []sitrep.Report{report(t, "a", 0, stances(sitrep.StanceStates)), report(t, "b", 0, stances(sitrep.StanceStates))},
			map[string]string{"b": "a"}, nil, sitrep.GradeSingle, "b copies a"},
		{"two relays of one outlet do not corroborate", []sitrep.Report{
			report(t, "a", 0, stances(sitrep.StanceStates), relay("Al Mayadeen")), report(t, "b", 0, stances(sitrep.StanceStates), relay("Al-Mayadeen"))},
			nil, nil, sitrep.GradeSingle, "a relays Al Mayadeen"},
		{"a relay of an outlet that reports too", []sitrep.Report{
			report(t, "a", 0, stances(sitrep.StanceStates), relay("Al Mayadeen")), report(t, "b", 0, stances(sitrep.StanceStates))},
			nil, map[string]string{"b": "al-Mayadeen"}, sitrep.GradeSingle, "1 independent origin"},
		{"a relay and another outlet corroborate", []sitrep.Report{
			report(t, "a", 0, stances(sitrep.StanceStates), relay("Al Mayadeen")), report(t, "b", 0, stances(sitrep.StanceStates))},
			nil, nil, sitrep.GradeCorroborated, "2 independent origins: Al Mayadeen, Outlet b"},
		{"confirmed", []sitrep.Report{report(t, "a", 0, stances(sitrep.StanceConfirms))},
			nil, nil, sitrep.GradeConfirmed, "confirmed by the target side"},
		{"discounted", []sitrep.Report{report(t, "a", 0, stances(sitrep.StanceClaims, sitrep.StanceDebunked), claimed("the group"))},
			nil, nil, sitrep.GradeDiscounted, "shown false"},
		{"contested", []sitrep.Report{
			report(t, "a", 0, stances(sitrep.StanceClaims), claimed("the group"), account(sitrep.FieldOutcome, sitrep.OutcomeHit, "the group", sitrep.StanceClaims)),
			report(t, "b", 0, stances(sitrep.StanceStates), account(sitrep.FieldOutcome, sitrep.OutcomeIntercepted, "the ministry", sitrep.StanceConfirms))},
			nil, nil, sitrep.GradeContested, "outcome: hit (the group, claims) against intercepted (the ministry, confirms)"},
	} {
		docs := docsOf(c.reports)
		for d, o := range c.copyOf {
			doc := docs[d]
			doc.CopyOf = o
			docs[d] = doc
		}
		for d, o := range c.outlets {
			doc := docs[d]
			doc.Outlet = o
			docs[d] = doc
		}
		incs := cluster.New().Fuse(c.reports, docs)
		if len(incs) != 1 {
			t.Errorf("%s: got %d incidents, want 1", c.name, len(incs))
			continue
		}
		inc := incs[0]
		if inc.Grade != c.want {
			t.Errorf("%s: grade %q, want %q (%q)", c.name, inc.Grade, c.want, inc.GradeReasons)
		}
		if !strings.Contains(strings.Join(inc.GradeReasons, "\n"), c.reason) {
			t.Errorf("%s: reasons %q lack %q", c.name, inc.GradeReasons, c.reason)
		}
	}
}
