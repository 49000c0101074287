package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestSeedGrades checks the grades of issue 5 on the seed corpus: on 23
// October 2023 the group's claim of "direct hits" on Al-Omar and
// Al-Shaddadi stands against the Pentagon's account of interceptions and
// no damage, and the recycled 2019 images count against the claim: the
// two incidents are contested, with both outcomes kept side by side.
// CENTCOM's own account of the drones it destroyed near Al-Tanf confirms
// that incident.
func TestSeedGrades(t *testing.T) {
	dir := seeds(t)
	_, store := MustScore(t, filepath.Join(dir, "seeds.jsonl"), filepath.Join(dir, "gold.jsonl"))
	incs, err := store.Incidents(context.Background(), sitrep.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Al-Omar oil field": sitrep.GradeContested, "Al-Shaddadi": sitrep.GradeContested,
		"Al-Tanf Garrison": sitrep.GradeConfirmed}
	seen := map[string]bool{}
	for _, inc := range incs {
		g, ok := want[inc.Place.Name]
		if !ok || inc.When.Start.String() != "2023-10-23" {
			continue
		}
		seen[inc.Place.Name] = true
		if inc.Grade != g {
			t.Errorf("%s on 23 October: grade %q (%q), want %q", inc.Place.Name, inc.Grade, inc.GradeReasons, g)
		}
		if g != sitrep.GradeContested {
			continue
		}
		why := strings.Join(inc.GradeReasons, "\n")
		for _, w := range []string{"shown false or recycled", "outcome: hit (The Islamic Resistance in Iraq, claims) against intercepted (The Pentagon"} {
			if !strings.Contains(why, w) {
				t.Errorf("%s: reasons %q lack %q", inc.Place.Name, inc.GradeReasons, w)
			}
		}
		var sides []string
		for _, c := range inc.Contradictions {
			if c.Field == sitrep.FieldOutcome {
				for _, v := range c.Values {
					sides = append(sides, v.Value+"/"+v.Stance)
				}
			}
		}
		if strings.Join(sides, " ") != "hit/claims intercepted/confirms" {
			t.Errorf("%s: outcome contradiction %q, want the claimed hit beside the confirmed interception", inc.Place.Name, sides)
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("no incident at %s on 23 October 2023", name)
		}
	}
}
