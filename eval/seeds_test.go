package eval_test

import (
	"errors"
	"io/fs"
	"os"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
)

// seedGold is the analyst's gold for the seed corpus, read from the shared
// tree at test time.
const seedGold = "../../shared/corpus/seeds/gold.jsonl"

func TestScoreSeedGoldAgainstItself(t *testing.T) {
	f, err := os.Open(seedGold)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s absent: seed gold not available", seedGold)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f)
	if err != nil {
		t.Fatalf("%s: %v", seedGold, err)
	}
	var pred []sitrep.Incident
	for _, g := range gold {
		pred = append(pred, g.Incident())
	}
	r := eval.Score(gold, pred)
	if r.Precision != 1 || r.Recall != 1 || r.F1 != 1 {
		t.Errorf("got P %v R %v F1 %v, want 1 1 1; missed %v %v, unmatched %v, matches %v",
			r.Precision, r.Recall, r.F1, r.MissedRequired, r.MissedOptional, r.UnmatchedPred, r.Matches)
	}
	if r.Matched != len(gold) {
		t.Errorf("got %d matched, want all %d gold", r.Matched, len(gold))
	}
	for _, m := range r.Matches {
		if m.Gold != m.Pred {
			t.Errorf("got %s matched to %s, want itself", m.Gold, m.Pred)
		}
	}
	if len(r.FalseMerges) != 0 {
		t.Errorf("got false merges %+v, want none", r.FalseMerges)
	}
	for _, f := range r.Fields {
		if f.Accuracy != 1 {
			t.Errorf("%s: got accuracy %v (%d/%d), want 1", f.Field, f.Accuracy, f.Right, f.Total)
		}
	}
	if len(r.Errors) != 0 {
		t.Errorf("got wrong fields %+v, want none", r.Errors)
	}
}
