package main

import "testing"

// TestExamples scores the example reports that ship with the repository
// against their gold incidents and tallies: a guard on extraction and
// fusion over text written apart from the seeds.
func TestExamples(t *testing.T) {
	res, store := MustScore(t, "../../examples/reports", "../../examples/gold.jsonl")
	wantScore(t, res, 0.97, 0, 0.75)
	wantTallies(t, store, "../../examples/tallies.jsonl", 1)
}

// TestCorpus scores the second corpus (testdata/corpus, written apart from
// the extractor's development) as a guard against regressions. Measured:
// F1 0.90, recall 0.95, no false merge. Its weakest fields are fatalities
// (0.70: tolls revised between outlets, victims counted as "a commander and
// two others") and status (0.80: this corpus codes statements of the SDF as
// reports where the other sets count them as the target side's
// confirmation).
func TestCorpus(t *testing.T) {
	res, _ := MustScore(t, "../../testdata/corpus/reports.jsonl", "../../testdata/corpus/gold.jsonl")
	wantScore(t, res, 0.88, 0, 0.68)
}

// TestHeldout scores the third corpus (testdata/heldout: long, opinion-laden
// reports of state media, partisan outlets, trackers and live blogs, written
// last and looked at least): the nearest of the three to reports sitrep has
// not seen. Measured: F1 0.78, no false merge.
func TestHeldout(t *testing.T) {
	res, _ := MustScore(t, "../../testdata/heldout/reports.jsonl", "../../testdata/heldout/gold.jsonl")
	wantScore(t, res, 0.75, 0, 0.6)
}
