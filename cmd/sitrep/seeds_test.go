package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
	"github.com/sitrep/sitrep/sqlite"
)

const seedsDir = "../../../shared/corpus/seeds"

// mustRun runs the sitrep command line and fails the test on error.
func mustRun(tb testing.TB, args ...string) string {
	tb.Helper()
	var out, errb bytes.Buffer
	if err := run(context.Background(), args, bytes.NewReader(nil), &out, &errb); err != nil {
		tb.Fatalf("sitrep %v: %v\n%s", args, err, errb.String())
	}
	return out.String()
}

func seeds(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(seedsDir, "seeds.jsonl")); err != nil {
		tb.Skipf("seed corpus not found at %s (../shared is absent): %v", seedsDir, err)
	}
	return seedsDir
}

// TestSeeds is the acceptance test of issue 2: the five seed reports give
// the analysts' incidents and tallies.
func TestSeeds(t *testing.T) {
	dir := seeds(t)
	db := filepath.Join(t.TempDir(), "seeds.db")
	mustRun(t, "--db", db, "ingest", filepath.Join(dir, "seeds.jsonl"))
	gf, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	gold, err := eval.ReadGold(gf)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	incs, err := store.Incidents(ctx, sitrep.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	res := eval.Score(gold, incs)
	var report bytes.Buffer
	res.WriteText(&report)
	if res.F1 < 0.95 {
		t.Errorf("F1: got %.3f, want >= 0.95", res.F1)
	}
	if len(res.FalseMerges) > 0 {
		t.Errorf("false merges: got %d, want 0", len(res.FalseMerges))
	}
	for _, f := range res.Fields {
		if f.Total > 0 && f.Accuracy < 0.9 {
			t.Errorf("field %s: got accuracy %.2f (%d/%d), want >= 0.9", f.Field, f.Accuracy, f.Right, f.Total)
		}
	}
	if t.Failed() {
		t.Logf("eval report:\n%s", report.String())
	}

	// Every gold tally comes out of `sitrep tallies`.
	ts, err := store.Tallies(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tf, err := os.Open(filepath.Join(dir, "tallies.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer tf.Close()
	sc := bufio.NewScanner(tf)
	for sc.Scan() {
		var want struct {
			Doc         string   `json:"doc"`
			Count       int      `json:"count"`
			Qualifier   string   `json:"qualifier"`
			Region      []string `json:"region"`
			PeriodStart string   `json:"period_start"`
			PeriodEnd   string   `json:"period_end"`
		}
		if err := json.Unmarshal(sc.Bytes(), &want); err != nil {
			t.Fatal(err)
		}
		slices.Sort(want.Region)
		found := false
		for _, got := range ts {
			region := slices.Clone(got.Region)
			slices.Sort(region)
			if got.Doc == want.Doc && got.Count == want.Count && got.Qualifier == want.Qualifier &&
				slices.Equal(region, want.Region) && got.PeriodStart.String() == want.PeriodStart && got.PeriodEnd.String() == want.PeriodEnd {
				found = true
			}
		}
		if !found {
			t.Errorf("tally %s: got none, want %+v", want.Doc, want)
		}
	}
	if t.Failed() {
		for _, got := range ts {
			t.Logf("extracted tally: %s %d %s %v %s..%s", got.Doc, got.Count, got.Qualifier, got.Region, got.PeriodStart, got.PeriodEnd)
		}
	}
}
