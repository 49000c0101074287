package cluster_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

func account(field, value, source, stance string) func(*sitrep.Report) {
	return func(r *sitrep.Report) {
		r.Accounts = append(r.Accounts, sitrep.Account{Field: field, Value: value, Source: source, Stance: stance})
	}
}

// The incident's outcome is the most trusted source's; the others stand
// beside it as a contradiction, each with who says it and how.
func TestFuseOutcome(t *testing.T) {
	incs := fuse(
		report(t, "a", 0, account(sitrep.FieldOutcome, sitrep.OutcomeHit, "the group", sitrep.StanceClaims)),
		report(t, "b", 0, account(sitrep.FieldOutcome, sitrep.OutcomeIntercepted, "CENTCOM", sitrep.StanceConfirms),
			account(sitrep.FieldDamage, sitrep.DamageNone, "CENTCOM", sitrep.StanceConfirms)),
	)
	if len(incs) != 1 {
		t.Fatalf("got %d incidents, want 1", len(incs))
	}
	inc := incs[0]
	if inc.Outcome != sitrep.OutcomeIntercepted || inc.Damage != sitrep.DamageNone {
		t.Errorf("outcome %q damage %q, want intercepted and none", inc.Outcome, inc.Damage)
	}
	var found *sitrep.Contradiction
	for i, c := range inc.Contradictions {
		if c.Field == sitrep.FieldOutcome {
			found = &inc.Contradictions[i]
		}
		if c.Field == sitrep.FieldDamage {
			t.Errorf("damage contradicted, but only one value was given: %+v", c)
		}
	}
	if found == nil || len(found.Values) != 2 {
		t.Fatalf("outcome contradiction: got %+v, want hit and intercepted", found)
	}
	want := []sitrep.FieldValue{
		{Value: "hit", Doc: "a", Source: "the group", Stance: sitrep.StanceClaims},
		{Value: "intercepted", Doc: "b", Source: "CENTCOM", Stance: sitrep.StanceConfirms},
	}
	for i, v := range found.Values {
		if v != want[i] {
			t.Errorf("value %d: got %+v, want %+v", i, v, want[i])
		}
	}
}
