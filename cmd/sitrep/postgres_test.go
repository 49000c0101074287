package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// MustPostgres returns the URL of a new, empty schema of the database
// that SITREP_TEST_POSTGRES names, dropped when the test ends, or skips
// the test when there is none.
func MustPostgres(t *testing.T) string {
	t.Helper()
	url := os.Getenv("SITREP_TEST_POSTGRES")
	if url == "" {
		t.Skip("SITREP_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test): no PostgreSQL to test against")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Skipf("SITREP_TEST_POSTGRES=%s does not answer: %v", url, err)
	}
	defer admin.Close(ctx)
	schemas++
	schema := fmt.Sprintf("sitrep_cli_%d_%d", os.Getpid(), schemas)
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if c, err := pgx.Connect(ctx, url); err == nil {
			c.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`)
			c.Close(ctx)
		}
	})
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return url + sep + "search_path=" + schema
}

// schemas counts the schemas MustPostgres made.
var schemas int

// TestPostgres ingests a corpus into a PostgreSQL store (--db
// postgres://...) and into a SQLite one: the same incidents, field for
// field, copies and grades included.
func TestPostgres(t *testing.T) {
	pg := MustPostgres(t)
	lite := t.TempDir() + "/x.db"
	for _, db := range []string{pg, lite} {
		mustRun(t, "--db", db, "ingest", "../../testdata/corpus/reports.jsonl")
	}
	members := func(db string) []string {
		var out []string
		for _, line := range strings.Split(strings.TrimSpace(mustRun(t, "--db", db, "incidents", "--format", "jsonl")), "\n") {
			var rec struct {
				ID      string `json:"id"`
				Sources []struct {
					Doc string `json:"doc"`
				} `json:"sources"`
			}
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			var docs []string
			for _, s := range rec.Sources {
				docs = append(docs, s.Doc)
			}
			sort.Strings(docs)
			out = append(out, rec.ID+" "+strings.Join(docs, ","))
		}
		sort.Strings(out)
		return out
	}
	if a, b := mustRun(t, "--db", pg, "incidents", "--format", "jsonl"), mustRun(t, "--db", lite, "incidents", "--format", "jsonl"); a != b {
		t.Errorf("PostgreSQL and SQLite stores hold other incidents")
	}
	a, b := members(pg), members(lite)
	if strings.Join(a, "\n") != strings.Join(b, "\n") || len(a) < 10 {
		t.Errorf("PostgreSQL and SQLite stores hold other incidents:\n%s\n--\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
	}
	id := strings.Fields(a[0])[0]
	if out := mustRun(t, "--db", pg, "show", id); !strings.Contains(out, id) {
		t.Errorf("show %s: %q", id, out)
	}
}

// TestPostgresIncremental ingests a corpus into PostgreSQL, then the
// examples one file at a time, each ingest fusing what it stored
// incrementally: after each, "fuse --check" finds the incidents of a full
// fusion, and in the end they are those of a SQLite store that took
// everything at once.
func TestPostgresIncremental(t *testing.T) {
	pg := MustPostgres(t)
	lite := filepath.Join(t.TempDir(), "x.db")
	mustRun(t, "--db", pg, "ingest", "--progress=false", "../../testdata/corpus/reports.jsonl")
	files, err := filepath.Glob("../../examples/reports/*")
	if err != nil || len(files) < 10 {
		t.Fatalf("examples: %v %v", files, err)
	}
	for _, f := range files {
		mustRun(t, "--db", pg, "ingest", "--progress=false", f)
		if out := mustRun(t, "--db", pg, "fuse", "--check"); !strings.Contains(out, "full fusion gives") {
			t.Fatalf("fuse --check after %s: %q", f, out)
		}
	}
	mustRun(t, "--db", lite, "ingest", "--progress=false", "../../testdata/corpus/reports.jsonl", "../../examples/reports")
	a := mustRun(t, "--db", pg, "incidents", "--format", "jsonl", "--rejected")
	b := mustRun(t, "--db", lite, "incidents", "--format", "jsonl", "--rejected")
	if a != b {
		t.Errorf("PostgreSQL fused by batches and SQLite at once hold other incidents:\n%s\n--\n%s", a, b)
	}
}

// TestPostgresReviews runs the analysts' commands on PostgreSQL: merge,
// split, set and reject change the incidents at once, survive
// re-extraction, re-ingest and a full re-fusion, show in the history, and
// retired ids redirect; the store stays what a full fusion gives.
func TestPostgresReviews(t *testing.T) {
	db := MustPostgres(t)
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
		if out := mustRun(t, "--db", db, "fuse", "--check"); !strings.Contains(out, "full fusion gives") {
			t.Errorf("%s: fuse --check: %q", when, out)
		}
	}
	check("after the reviews")
	mustRun(t, "--db", db, "reprocess")
	mustRun(t, "--db", db, "ingest", "--progress=false", "../../examples/reports", "../../testdata/corpus/reports.jsonl")
	check("after reprocess and re-ingest")
	mustRun(t, "--db", db, "fuse")
	check("after a full fusion")

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
