package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// TestPostgres ingests a corpus into a PostgreSQL store (--db
// postgres://...) and into a SQLite one: the same incidents, field for
// field, copies and grades included. Commands the PostgreSQL store cannot
// serve yet say so with status 2.
func TestPostgres(t *testing.T) {
	url := os.Getenv("SITREP_TEST_POSTGRES")
	if url == "" {
		t.Skip("SITREP_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test): no PostgreSQL to test against")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Skipf("SITREP_TEST_POSTGRES=%s does not answer: %v", url, err)
	}
	defer admin.Close(ctx)
	schema := fmt.Sprintf("sitrep_cli_%d", os.Getpid())
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	defer admin.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	pg := url + sep + "search_path=" + schema
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
	var o, e strings.Builder
	err = run(ctx, []string{"--db", pg, "history", id}, nil, &o, &e)
	if ee, ok := err.(*exitError); !ok || ee.code != 2 || !strings.Contains(ee.msg, "SQLite") {
		t.Errorf("history on PostgreSQL: %v, want status 2 naming SQLite", err)
	}
}
