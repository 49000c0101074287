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

// MustScore ingests reports into a new database and scores its incidents
// against the gold file. It returns the result and the open store.
func MustScore(tb testing.TB, reports, goldPath string) (eval.Result, *sqlite.Store) {
	tb.Helper()
	db := filepath.Join(tb.TempDir(), "score.db")
	mustRun(tb, "--db", db, "ingest", "--progress=false", reports)
	gf, err := os.Open(goldPath)
	if err != nil {
		tb.Fatal(err)
	}
	defer gf.Close()
	gold, err := eval.ReadGold(gf)
	if err != nil {
		tb.Fatal(err)
	}
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	incs, err := store.Incidents(ctx, sitrep.IncidentFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	return eval.Score(gold, incs), store
}

// wantScore checks F1, false merges and every field's accuracy, and logs
// the whole report when something is below the bar.
func wantScore(t *testing.T, res eval.Result, minF1 float64, maxFalseMerges int, minField float64) {
	t.Helper()
	if res.F1 < minF1 {
		t.Errorf("F1: got %.3f, want >= %.2f", res.F1, minF1)
	}
	if len(res.FalseMerges) > maxFalseMerges {
		t.Errorf("false merges: got %d, want at most %d", len(res.FalseMerges), maxFalseMerges)
	}
	for _, f := range res.Fields {
		if f.Total > 0 && f.Accuracy < minField {
			t.Errorf("field %s: got accuracy %.2f (%d/%d), want >= %.2f", f.Field, f.Accuracy, f.Right, f.Total, minField)
		}
	}
	if t.Failed() {
		var b bytes.Buffer
		res.WriteText(&b)
		t.Logf("eval report:\n%s", b.String())
	}
}

// wantTallies checks that every tally of the gold tallies file comes out of
// the store: same document, count, qualifier, region and start, and an end
// within endSlack days (the end of "since October 17" is the day of the
// statement or of publication).
func wantTallies(t *testing.T, store *sqlite.Store, path string, endSlack int) {
	t.Helper()
	ts, err := store.Tallies(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
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
		end, _ := sitrep.ParseDate(want.PeriodEnd)
		found := false
		for _, got := range ts {
			region := slices.Clone(got.Region)
			slices.Sort(region)
			gap := got.PeriodEnd.Days() - end.Days()
			if got.Doc == want.Doc && got.Count == want.Count && got.Qualifier == want.Qualifier &&
				slices.Equal(region, want.Region) && got.PeriodStart.String() == want.PeriodStart &&
				gap <= endSlack && -gap <= endSlack {
				found = true
			}
		}
		if !found {
			t.Errorf("tally %s %d: got none, want %+v", want.Doc, want.Count, want)
		}
	}
	if t.Failed() {
		for _, got := range ts {
			t.Logf("extracted tally: %s %d %s %v %s..%s", got.Doc, got.Count, got.Qualifier, got.Region, got.PeriodStart, got.PeriodEnd)
		}
	}
}
