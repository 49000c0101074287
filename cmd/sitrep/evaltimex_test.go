package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/eval"
)

const (
	timexFixtureDir = "../../eval/testdata/timex"
	timexSuitesDir  = "../../../shared/evaldata/suites"
)

// runEvalTimex runs "eval timex" with args and returns its output and
// error.
func runEvalTimex(tb testing.TB, args ...string) (stdout, stderr string, err error) {
	tb.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, db: filepath.Join(tb.TempDir(), "unused.db")}
	err = e.evalTimex(context.Background(), args)
	return out.String(), errb.String(), err
}

// MustEvalTimex runs "eval timex --json" with args and decodes the result.
func MustEvalTimex(tb testing.TB, args ...string) eval.TimexResult {
	tb.Helper()
	out, errs, err := runEvalTimex(tb, append([]string{"--json"}, args...)...)
	if err != nil {
		tb.Fatalf("eval timex %v: %v\n%s", args, err, errs)
	}
	var res eval.TimexResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		tb.Fatalf("eval timex %v: %v in\n%s", args, err, out)
	}
	return res
}

func TestEvalTimex(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		res := MustEvalTimex(t, filepath.Join(timexFixtureDir, "basic.tml"), filepath.Join(timexFixtureDir, "relative.tml"))
		if res.Docs != 2 || res.Gold != 6 {
			t.Errorf("got %d documents, %d gold timexes, want 2 and 6", res.Docs, res.Gold)
		}
		// "yesterday", "March 20" and "Monday" resolve against the DCT.
		if res.Pred == 0 || res.Strict.Count < 3 || res.Value.Count < 3 {
			t.Errorf("got %d predicted, %d strict, %d right values; want at least 3 of each", res.Pred, res.Strict.Count, res.Value.Count)
		}
	})
	t.Run("OKText", func(t *testing.T) {
		out, errs, err := runEvalTimex(t, filepath.Join(timexFixtureDir, "basic.tml"))
		if err != nil {
			t.Fatalf("%v\n%s", err, errs)
		}
		if !strings.Contains(out, "relaxed extent") || !strings.Contains(out, "gold       3 timexes") {
			t.Errorf("got\n%s\nwant a report on 3 gold timexes", out)
		}
	})
	t.Run("ErrBadFile", func(t *testing.T) {
		// The walk takes in bad/unclosed.tml: reported, left out, exit 1.
		out, errs, err := runEvalTimex(t, "--json", timexFixtureDir)
		wantExit(t, err, 1)
		bad := filepath.Join(timexFixtureDir, "bad", "unclosed.tml") + ":6: "
		if !strings.Contains(errs, bad) {
			t.Errorf("got stderr %q, want it to name %q", errs, bad)
		}
		var res eval.TimexResult
		if err := json.Unmarshal([]byte(out), &res); err != nil || res.Gold != 6 {
			t.Errorf("got %+v, %v; want the two good files scored", res, err)
		}
	})
	t.Run("ErrBadDCTAndSameName", func(t *testing.T) {
		dir := t.TempDir()
		doc := `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-W12">x</TIMEX3></DCT><TEXT>In <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3></TEXT></TimeML>`
		a := mustWriteFile(t, dir, "a.tml", []byte(doc))
		if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
			t.Fatal(err)
		}
		mustWriteFile(t, filepath.Join(dir, "sub"), "a.tml", []byte(doc))
		out, errs, err := runEvalTimex(t, "--json", dir)
		wantExit(t, err, 1)
		for _, want := range []string{a + `: creation time "1998-W12"`, "left out: same file name as " + a} {
			if !strings.Contains(errs, want) {
				t.Errorf("got stderr %q, want it to say %q", errs, want)
			}
		}
		var res eval.TimexResult
		if err := json.Unmarshal([]byte(out), &res); err != nil || res.Gold != 1 || res.Relaxed.Count != 1 {
			t.Errorf("got %+v, %v; want a.tml scored once, its year found", res, err)
		}
	})
	t.Run("ErrUsage", func(t *testing.T) {
		_, _, err := runEvalTimex(t)
		wantExit(t, err, 2)
		_, _, err = runEvalTimex(t, "--bogus", timexFixtureDir)
		wantExit(t, err, 2)
	})
	t.Run("ErrNoFiles", func(t *testing.T) {
		_, _, err := runEvalTimex(t, t.TempDir())
		wantExit(t, err, 1)
		if _, _, err = runEvalTimex(t, filepath.Join(t.TempDir(), "absent")); err == nil {
			t.Error("got no error for a missing directory")
		}
	})
}

// TestEvalTimexSuites runs over the TempEval-3 platinum test set and the
// TBAQ training data when ../shared holds them, checking that the run is
// quick and its counts sane, and logs the scores.
func TestEvalTimexSuites(t *testing.T) {
	for _, c := range []struct {
		name      string
		docs      int
		minGold   int
		maxSecond float64
	}{
		{"tempeval3-platinum", 20, 138, 10},
		{"tempeval3-tbaq", 77, 500, 30},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(timexSuitesDir, c.name)
			if paths, _ := timeMLFiles([]string{dir}); len(paths) == 0 {
				t.Skipf("%s not found at %s (../shared is absent)", c.name, dir)
			}
			start := time.Now()
			res := MustEvalTimex(t, dir)
			took := time.Since(start)
			if res.Docs != c.docs || res.Gold < c.minGold || res.Pred == 0 || res.Relaxed.Count > min(res.Gold, res.Pred) ||
				res.Strict.Count > res.Relaxed.Count || res.Value.Count > res.Relaxed.Count || res.Type.Count > res.Relaxed.Count {
				t.Errorf("got docs %d gold %d pred %d strict %d relaxed %d value %d type %d: insane counts",
					res.Docs, res.Gold, res.Pred, res.Strict.Count, res.Relaxed.Count, res.Value.Count, res.Type.Count)
			}
			if took.Seconds() > c.maxSecond {
				t.Errorf("took %v, want under %vs", took, c.maxSecond)
			}
			t.Logf("%s in %v: gold %d pred %d; strict P %.2f R %.2f F1 %.2f; relaxed P %.2f R %.2f F1 %.2f; value F1 %.2f; type F1 %.2f",
				c.name, took.Round(time.Millisecond), res.Gold, res.Pred,
				100*res.Strict.Precision, 100*res.Strict.Recall, 100*res.Strict.F1,
				100*res.Relaxed.Precision, 100*res.Relaxed.Recall, 100*res.Relaxed.F1,
				100*res.Value.F1, 100*res.Type.F1)
		})
	}
}
