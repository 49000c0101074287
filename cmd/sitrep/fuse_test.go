package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFuseCheck ingests a corpus, then its documents one file at a time
// into a second database (fused incrementally), and checks both with
// "fuse --check", also after an analyst's review.
func TestFuseCheck(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "batch.db")
	mustRun(t, "--db", db, "ingest", "../../testdata/corpus/reports.jsonl")
	if out := mustRun(t, "--db", db, "fuse", "--check"); !strings.Contains(out, "full fusion gives") {
		t.Errorf("fuse --check after a batch ingest: %q", out)
	}
	b, err := os.ReadFile("../../testdata/corpus/reports.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	one := filepath.Join(dir, "one.db")
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for i, line := range lines {
		f := filepath.Join(dir, "doc.jsonl")
		if err := os.WriteFile(f, []byte(line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		mustRun(t, "--db", one, "ingest", f)
		if i%10 == 9 {
			if out := mustRun(t, "--db", one, "fuse", "--check"); !strings.Contains(out, "full fusion gives") {
				t.Errorf("fuse --check after %d documents one by one: %q", i+1, out)
			}
		}
	}
	if a, b := mustRun(t, "--db", db, "incidents", "--format", "jsonl"), mustRun(t, "--db", one, "incidents", "--format", "jsonl"); a != b {
		t.Errorf("one by one and in a batch give other incidents")
	}
	var first struct {
		ID string `json:"id"`
	}
	jsonl := mustRun(t, "--db", one, "incidents", "--format", "jsonl")
	if err := json.Unmarshal([]byte(strings.SplitN(jsonl, "\n", 2)[0]), &first); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "--db", one, "reject", first.ID)
	out, _, err := runCmd(t, nil, "--db", one, "fuse", "--check")
	if err != nil {
		t.Errorf("fuse --check after a review: %v\n%s", err, out)
	}
}
