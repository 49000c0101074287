package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrief writes the brief of the example reports as Markdown (with its
// figures beside it) and as HTML, and refuses bad flags with status 2.
func TestBrief(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	mustRun(t, "--db", db, "ingest", "../../examples/reports")
	md := filepath.Join(dir, "brief.md")
	mustRun(t, "--db", db, "brief", "-o", md)
	b, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Situation brief, ", "## Headline", "](brief-per-day.svg)", "](brief-map.svg)", "## Open contradictions"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("brief.md lacks %q:\n%s", want, b)
		}
	}
	for _, f := range []string{"brief-per-day.svg", "brief-map.svg"} {
		if svg, err := os.ReadFile(filepath.Join(dir, f)); err != nil || !bytes.HasPrefix(svg, []byte("<svg")) {
			t.Errorf("%s: %v", f, err)
		}
	}
	out := mustRun(t, "--db", db, "brief", "--since", "2024-01-01", "--until", "2024-02-29", "--format", "html")
	if !strings.HasPrefix(out, "<!doctype html>") || !strings.Contains(out, "Situation brief, 2024-01-01 to 2024-02-29") {
		t.Errorf("html brief: %.300s", out)
	}
	for _, args := range [][]string{{"--format", "pdf"}, {"--since", "yesterday"}, {"--since", "--01-02"}} {
		var o, e bytes.Buffer
		err := run(context.Background(), append([]string{"--db", db, "brief"}, args...), nil, &o, &e)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 {
			t.Errorf("brief %v: %v, want exit status 2", args, err)
		}
	}
}
