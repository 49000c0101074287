package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

type listed struct {
	ID       string   `json:"id"`
	Grade    string   `json:"grade"`
	Injuries *int     `json:"injuries"`
	Sources  []source `json:"sources"`
	Place    struct {
		Name string `json:"name"`
	} `json:"place"`
}

type source struct {
	Doc string `json:"doc"`
}

func list(t *testing.T, db string, args ...string) []listed {
	t.Helper()
	out := mustRun(t, append([]string{"--db", db, "incidents", "--format", "jsonl"}, args...)...)
	var incs []listed
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var inc listed
		if err := json.Unmarshal([]byte(l), &inc); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		incs = append(incs, inc)
	}
	return incs
}

func byID(incs []listed, id string) *listed {
	for i := range incs {
		if incs[i].ID == id {
			return &incs[i]
		}
	}
	return nil
}

// Analyst reviews change the incidents at once, survive re-extraction and
// re-fusion, are kept in an audit log, and retired ids redirect.
func TestReviewCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	mustRun(t, "--db", db, "ingest", "--progress=false", "../../examples/reports")
	incs := list(t, db)
	var multi, a, b *listed
	for i := range incs {
		inc := &incs[i]
		switch {
		case len(inc.Sources) >= 3 && multi == nil:
			multi = inc
		case len(inc.Sources) == 1 && a == nil:
			a = inc
		case len(inc.Sources) == 1 && b == nil:
			b = inc
		}
	}
	if multi == nil || a == nil || b == nil {
		t.Fatalf("examples lack an incident of three sources and two of one: %+v", incs)
	}
	split := multi.Sources[len(multi.Sources)-1].Doc
	mustRun(t, "--db", db, "split", multi.ID, "--doc", split, "--note", "another night")
	mustRun(t, "--db", db, "merge", a.ID, b.ID, "--note", "one salvo")
	mustRun(t, "--db", db, "set", a.ID, "injuries=4", "--note", "hospital count")
	mustRun(t, "--db", db, "reject", multi.ID, "--note", "test")
	check := func(when string) {
		t.Helper()
		all := list(t, db, "--rejected")
		m, ma := byID(all, multi.ID), byID(all, a.ID)
		if m == nil || ma == nil {
			t.Fatalf("%s: incidents %s or %s gone", when, multi.ID, a.ID)
		}
		for _, s := range m.Sources {
			if s.Doc == split {
				t.Errorf("%s: %s still holds %s", when, m.ID, split)
			}
		}
		if byID(all, b.ID) != nil || len(ma.Sources) != 2 {
			t.Errorf("%s: merge undone: %s has %d sources", when, a.ID, len(ma.Sources))
		}
		if ma.Injuries == nil || *ma.Injuries != 4 {
			t.Errorf("%s: injuries %v, want 4", when, ma.Injuries)
		}
		if byID(list(t, db), multi.ID) != nil {
			t.Errorf("%s: rejected %s is listed", when, multi.ID)
		}
	}
	check("after the reviews")
	mustRun(t, "--db", db, "reprocess")
	mustRun(t, "--db", db, "ingest", "--progress=false", "../../examples/reports")
	check("after reprocess and re-ingest")

	if out := mustRun(t, "--db", db, "show", b.ID); !strings.Contains(out, a.ID) || !strings.Contains(out, "reviewed:") {
		t.Errorf("show %s (merged into %s):\n%s", b.ID, a.ID, out)
	}
	hist := mustRun(t, "--db", db, "history", a.ID)
	for _, w := range []string{"merge " + b.ID + " into " + a.ID, "note: one salvo", "set injuries=4", "(applied)"} {
		if !strings.Contains(hist, w) {
			t.Errorf("history lacks %q:\n%s", w, hist)
		}
	}
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"--db", db, "set", a.ID, "fatalities=many"}, nil, &out, &errb)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), "fatalities") {
		t.Errorf("bad value: got %v, want a usage error naming the field", err)
	}
}
