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
// the extractor's development) as a guard against regressions. Its misses
// are mostly places the curated gazetteer does not know yet (Abu Ghraib,
// Kalsu, Nabatieh, Hodeidah...); the one false merge comes from Tal Rifaat
// resolving to Aleppo for the same reason.
func TestCorpus(t *testing.T) {
	res, _ := MustScore(t, "../../testdata/corpus/reports.jsonl", "../../testdata/corpus/gold.jsonl")
	wantScore(t, res, 0.75, 1, 0.75)
}
