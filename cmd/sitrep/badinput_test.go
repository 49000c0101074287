package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/sqlite"
)

const examplesDir = "../../examples/reports"

// goodReport is a short attack report with front matter, written for these tests.
const goodReport = `---
id: good-001
published: 2024-03-02
outlet: Test Desk
---
Two drones struck the U.S. garrison at Al-Tanf in southeastern Syria on Friday, a U.S. official said. No one was hurt, the official said.
`

// goodReport2 is a second report on another event, for the run after the bad one.
const goodReport2 = `---
id: good-002
published: 2024-03-05
outlet: Test Desk
---
Rockets hit Ain al-Asad air base in western Iraq on Monday, wounding four U.S. personnel, a U.S. official said.
`

// runCmd runs the sitrep command line and returns its output and error as they are.
func runCmd(tb testing.TB, stdin io.Reader, args ...string) (stdout, stderr string, err error) {
	tb.Helper()
	if stdin == nil {
		stdin = bytes.NewReader(nil)
	}
	var out, errb bytes.Buffer
	err = run(context.Background(), args, stdin, &out, &errb)
	return out.String(), errb.String(), err
}

// wantExit fails the test unless err is an *exitError with status code.
func wantExit(tb testing.TB, err error, code int) *exitError {
	tb.Helper()
	var ee *exitError
	if !errors.As(err, &ee) {
		tb.Fatalf("got error %v (%T), want *exitError with code %d", err, err, code)
	}
	if ee.code != code {
		tb.Fatalf("got exit code %d (%q), want %d", ee.code, ee.msg, code)
	}
	return ee
}

// mustWriteFile writes data to dir/name and returns the path.
func mustWriteFile(tb testing.TB, dir, name string, data []byte) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// mustWriteBig writes a text file of at least size bytes of repeated report lines.
func mustWriteBig(tb testing.TB, path string, size int) {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	line := "Rockets struck near the airport overnight, local officials said.\n"
	for n := 0; n < size; n += len(line) {
		w.WriteString(line)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

// mustDocuments returns the latest version of every stored document, by id.
func mustDocuments(tb testing.TB, db string) map[string]sitrep.Document {
	tb.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		tb.Fatal(err)
	}
	defer store.Close()
	docs := map[string]sitrep.Document{}
	err = store.EachDocument(ctx, func(d sitrep.Document) error {
		docs[d.ID] = d
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// mustIngestJSON runs "ingest --json" and decodes its summary.
func mustIngestJSON(tb testing.TB, db string, paths ...string) ingestSummary {
	tb.Helper()
	args := append([]string{"--db", db, "ingest", "--json", "--progress=false"}, paths...)
	out := mustRun(tb, args...)
	var sum ingestSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		tb.Fatalf("decode summary %q: %v", out, err)
	}
	return sum
}

// mustIngestExamples ingests the example reports into a fresh database and
// returns its path.
func mustIngestExamples(tb testing.TB) string {
	tb.Helper()
	db := filepath.Join(tb.TempDir(), "examples.db")
	mustRun(tb, "--db", db, "ingest", "--progress=false", examplesDir)
	return db
}

// mustIncidentIDs returns the incident ids of a JSON Lines export.
func mustIncidentIDs(tb testing.TB, jsonl string) []string {
	tb.Helper()
	var ids []string
	for _, line := range strings.Split(strings.TrimSuffix(jsonl, "\n"), "\n") {
		var inc struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(line), &inc); err != nil {
			tb.Fatalf("decode %q: %v", line, err)
		}
		if inc.ID == "" {
			tb.Fatalf("got incident line %q with no id, want an id", line)
		}
		ids = append(ids, inc.ID)
	}
	return ids
}

// TestBadInputs is the acceptance rule of the issue: each bad input gets one
// line naming it (and its line or byte offset), the good inputs still go in,
// the exit status is 1, and a later run loses nothing.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "sitrep.db")
	good := mustWriteFile(t, dir, "good.md", []byte(goodReport))

	var jsonl strings.Builder
	for i := 1; i <= 10; i++ {
		if i == 3 {
			jsonl.WriteString(`{"id": "bulk-03", "published": "2024-03-03", "text": "Rockets hit` + "\n")
			continue
		}
		fmt.Fprintf(&jsonl, `{"id": "bulk-%02d", "outlet": "Bulk Wire", "published": "2024-03-%02d", "text": "A drone attack was reported near Erbil airport on day %d, officials said."}`+"\n", i, i, i)
	}
	const utf8Prefix = "Rockets hit the base at dawn, "
	huge := filepath.Join(dir, "huge.txt")
	mustWriteBig(t, huge, 50<<20)

	type bad struct {
		path  string
		where string // what the line says after the path: ":3: " or ": byte N: " or ": "
		what  string // a word of the message
	}
	bads := []bad{
		{mustWriteFile(t, dir, "empty.txt", nil), ": ", "empty"},
		{mustWriteFile(t, dir, "binary.dat", []byte("PK\x03\x04\x00\x00\x14\x00 not text at all \x00\x01\x02")), ": ", "binary"},
		{mustWriteFile(t, dir, "latin1.txt", []byte(utf8Prefix+"caf\xe9 \xff\xfe and more.\n")), fmt.Sprintf(": byte %d: ", len(utf8Prefix)+3), "invalid UTF-8"},
		{huge, ": ", "limit"},
		{mustWriteFile(t, dir, "batch.jsonl", []byte(jsonl.String())), ":3: ", "JSON"},
		{mustWriteFile(t, dir, "nobody.html", []byte("<!DOCTYPE html>\n<html><head><title>Loading...</title></head></html>\n")), ": ", "no main text"},
		{mustWriteFile(t, dir, "feed.xml", []byte("This feed has moved. Please update your reader.\n")), ": ", "not an RSS or Atom feed"},
		{filepath.Join(dir, "missing.txt"), ": ", "no such file"},
	}

	args := []string{"--db", db, "ingest", "--progress=false", good}
	for _, b := range bads {
		args = append(args, b.path)
	}
	_, stderr, err := runCmd(t, nil, args...)
	wantExit(t, err, 1)

	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != len(bads) {
		t.Errorf("got %d stderr lines, want %d, one per bad input:\n%s", len(lines), len(bads), stderr)
	}
	for _, b := range bads {
		prefix := "sitrep: " + b.path + ":"
		var got []string
		for _, l := range lines {
			if strings.HasPrefix(l, prefix) {
				got = append(got, l)
			}
		}
		if len(got) != 1 {
			t.Errorf("%s: got %d lines %q, want 1", filepath.Base(b.path), len(got), got)
			continue
		}
		if want := "sitrep: " + b.path + b.where; !strings.HasPrefix(got[0], want) || !strings.Contains(got[0], b.what) {
			t.Errorf("%s: got %q, want a line starting %q and saying %q", filepath.Base(b.path), got[0], want, b.what)
		}
	}

	docs := mustDocuments(t, db)
	want := []string{"good-001"}
	for i := 1; i <= 10; i++ {
		if i != 3 {
			want = append(want, fmt.Sprintf("bulk-%02d", i))
		}
	}
	for _, id := range want {
		if _, ok := docs[id]; !ok {
			t.Errorf("document %s: got none stored, want it stored", id)
		}
	}
	if len(docs) != len(want) {
		t.Errorf("got %d documents stored, want %d (%v)", len(docs), len(want), want)
	}
	if t.Failed() {
		t.FailNow()
	}

	// A later good run keeps everything stored before and succeeds.
	good2 := mustWriteFile(t, dir, "good2.md", []byte(goodReport2))
	mustRun(t, "--db", db, "ingest", "--progress=false", good2)
	after := mustDocuments(t, db)
	for id, d := range docs {
		a, ok := after[id]
		switch {
		case !ok:
			t.Errorf("document %s: got none after the second run, want it kept", id)
		case a.Hash != d.Hash || a.Version != d.Version:
			t.Errorf("document %s: got hash %.12s version %d, want %.12s version %d", id, a.Hash, a.Version, d.Hash, d.Version)
		}
	}
	if _, ok := after["good-002"]; !ok || len(after) != len(docs)+1 {
		t.Errorf("got %d documents (good-002 stored: %v), want %d with good-002", len(after), ok, len(docs)+1)
	}
}

// TestIdempotentIngest checks that ingesting the same inputs twice stores
// nothing the second time and gives the same incidents.
func TestIdempotentIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sitrep.db")
	first := mustIngestJSON(t, db, examplesDir)
	if first.Documents == 0 || first.New != first.Documents {
		t.Fatalf("first run: got %d documents, %d new, want all of at least 1 new", first.Documents, first.New)
	}
	before := mustRun(t, "--db", db, "export")
	second := mustIngestJSON(t, db, examplesDir)
	if second.New != 0 || second.NewVersions != 0 || second.Unchanged != first.Documents {
		t.Errorf("second run: got %d new, %d new versions, %d unchanged, want 0, 0, %d",
			second.New, second.NewVersions, second.Unchanged, first.Documents)
	}
	if second.Reports != 0 || second.Tallies != 0 {
		t.Errorf("second run: got %d reports and %d tallies extracted, want 0 and 0", second.Reports, second.Tallies)
	}
	if second.Incidents != first.Incidents {
		t.Errorf("second run: got %d incidents, want %d", second.Incidents, first.Incidents)
	}
	if after := mustRun(t, "--db", db, "export"); after != before {
		t.Errorf("export after the second run differs from the first:\ngot  %.300s\nwant %.300s", after, before)
	}
}

// TestVersionOnChangedText checks that a changed text under the same id is
// stored as version 2 and extracted anew.
func TestVersionOnChangedText(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "sitrep.db")
	path := mustWriteFile(t, dir, "report.md", []byte(goodReport))
	if sum := mustIngestJSON(t, db, path); sum.New != 1 {
		t.Fatalf("first run: got %d new, want 1", sum.New)
	}
	changed := strings.Replace(goodReport2, "id: good-002", "id: good-001", 1)
	mustWriteFile(t, dir, "report.md", []byte(changed))
	sum := mustIngestJSON(t, db, path)
	if sum.New != 0 || sum.NewVersions != 1 || sum.Unchanged != 0 {
		t.Errorf("second run: got %d new, %d new versions, %d unchanged, want 0, 1, 0", sum.New, sum.NewVersions, sum.Unchanged)
	}

	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	d, err := store.Document(ctx, "good-001")
	if err != nil {
		t.Fatal(err)
	}
	if d.Version != 2 {
		t.Errorf("version: got %d, want 2", d.Version)
	}
	if !strings.HasPrefix(d.Text, "Rockets hit Ain al-Asad") {
		t.Errorf("text: got %.40q, want the changed text", d.Text)
	}
	rs, err := store.Reports(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 {
		t.Fatalf("got %d reports, want 1, of the changed text only", len(rs))
	}
	if rs[0].Doc != "good-001" || rs[0].Place.Country != "IQ" || rs[0].Category != "rocket" {
		t.Errorf("report: got %s in %s (%s), want good-001 in IQ (rocket)", rs[0].Doc, rs[0].Place.Country, rs[0].Category)
	}
	incs, err := store.Incidents(ctx, sitrep.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != 1 || incs[0].Place.Country != "IQ" {
		t.Errorf("got %d incidents %+v, want 1 in IQ", len(incs), incs)
	}
}

// TestStdinOverrides checks that --published, --outlet and --url describe
// plain text read from standard input.
func TestStdinOverrides(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sitrep.db")
	text := "Two rockets landed near the Victory base complex by Baghdad airport on Tuesday, Iraqi security sources said.\n"
	const url = "https://example.org/desk/2024/02/06/victory-rockets"
	_, stderr, err := runCmd(t, strings.NewReader(text), "--db", db, "ingest", "--progress=false",
		"--published", "2024-02-06", "--outlet", "Stdin Desk", "--url", url, "-")
	if err != nil {
		t.Fatalf("ingest -: %v\n%s", err, stderr)
	}
	docs := mustDocuments(t, db)
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	for _, d := range docs {
		if d.Published.String() != "2024-02-06" || d.Outlet != "Stdin Desk" || d.URL != url {
			t.Errorf("got published %q, outlet %q, url %q, want %q, %q, %q", d.Published, d.Outlet, d.URL, "2024-02-06", "Stdin Desk", url)
		}
		if d.Text != text {
			t.Errorf("text: got %q, want %q", d.Text, text)
		}
		if d.Origin != "-" {
			t.Errorf("origin: got %q, want %q", d.Origin, "-")
		}
	}
}

// TestFormats checks every output of the query commands on the example reports.
func TestFormats(t *testing.T) {
	db := mustIngestExamples(t)
	jsonl := mustRun(t, "--db", db, "incidents", "--format", "jsonl")
	ids := mustIncidentIDs(t, jsonl)
	if len(ids) == 0 {
		t.Fatal("got 0 incidents from the example reports, want some")
	}

	t.Run("JSON", func(t *testing.T) {
		var incs []struct {
			ID string `json:"id"`
		}
		out := mustRun(t, "--db", db, "incidents", "--format", "json")
		if err := json.Unmarshal([]byte(out), &incs); err != nil {
			t.Fatalf("decode: %v", err)
		}
		if len(incs) != len(ids) || incs[0].ID != ids[0] {
			t.Errorf("got %d incidents, first %q, want %d, first %q", len(incs), incs[0].ID, len(ids), ids[0])
		}
	})
	t.Run("CSV", func(t *testing.T) {
		out := mustRun(t, "--db", db, "incidents", "--format", "csv")
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("read CSV: %v", err)
		}
		if len(rows) != len(ids)+1 {
			t.Errorf("got %d rows, want %d (a header and one per incident)", len(rows), len(ids)+1)
		}
	})
	t.Run("GeoJSON", func(t *testing.T) {
		var fc struct {
			Type     string `json:"type"`
			Features []struct {
				Type     string          `json:"type"`
				Geometry json.RawMessage `json:"geometry"`
			} `json:"features"`
		}
		out := mustRun(t, "--db", db, "incidents", "--format", "geojson")
		if err := json.Unmarshal([]byte(out), &fc); err != nil {
			t.Fatalf("decode: %v", err)
		}
		if fc.Type != "FeatureCollection" || len(fc.Features) != len(ids) {
			t.Errorf("got %q with %d features, want FeatureCollection with %d", fc.Type, len(fc.Features), len(ids))
		}
	})
	t.Run("Table", func(t *testing.T) {
		out := mustRun(t, "--db", db, "incidents", "--format", "table")
		if want := fmt.Sprintf("\n%d incidents\n", len(ids)); !strings.HasSuffix(out, want) {
			t.Errorf("got table ending %q, want %q", out[max(0, len(out)-40):], want)
		}
		for _, id := range ids {
			if !strings.Contains(out, id) {
				t.Errorf("got a table without %s, want every incident", id)
			}
		}
	})
	t.Run("Tallies", func(t *testing.T) {
		out := mustRun(t, "--db", db, "tallies")
		if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) < 2 || !strings.HasPrefix(lines[0], "DOC") {
			t.Errorf("got %q, want a header and at least one tally", out)
		}
		out = mustRun(t, "--db", db, "tallies", "--format", "jsonl")
		var tl sitrep.Tally
		if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &tl); err != nil || tl.Doc == "" || tl.Count == 0 {
			t.Errorf("got first tally %+v (%v), want one with a doc and a count", tl, err)
		}
	})
	t.Run("ExportFile", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "incidents.jsonl")
		if out := mustRun(t, "--db", db, "export", "-o", path); out != "" {
			t.Errorf("stdout: got %q, want nothing", out)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != jsonl {
			t.Errorf("export -o: got %d bytes, want the %d of incidents --format jsonl", len(b), len(jsonl))
		}
	})
	t.Run("Show", func(t *testing.T) {
		out := mustRun(t, "--db", db, "show", ids[0])
		if !strings.HasPrefix(out, ids[0]+" ") || !strings.Contains(out, "\nsources (") {
			t.Errorf("got %.200q, want the incident %s with its sources", out, ids[0])
		}
		out = mustRun(t, "--db", db, "show", "--json", ids[0])
		if got := mustIncidentIDs(t, out); len(got) != 1 || got[0] != ids[0] {
			t.Errorf("show --json: got %v, want [%s]", got, ids[0])
		}
	})
}

// TestExportDeterministic checks that two fresh databases fed the same
// reports export the same bytes.
func TestExportDeterministic(t *testing.T) {
	a, b := mustIngestExamples(t), mustIngestExamples(t)
	for _, format := range []string{"jsonl", "csv", "geojson"} {
		t.Run(format, func(t *testing.T) {
			outA := mustRun(t, "--db", a, "export", "--format", format)
			outB := mustRun(t, "--db", b, "export", "--format", format)
			if outA != outB {
				t.Errorf("got different exports (%d and %d bytes), want identical:\n%s", len(outA), len(outB), firstDiff(outA, outB))
			}
		})
	}
}

// firstDiff describes where a and b first differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return fmt.Sprintf("at byte %d: %.80q vs %.80q", i, a[i:], b[i:])
}

// TestShowUnknown checks that show of an unknown id exits 1 and names it.
func TestShowUnknown(t *testing.T) {
	db := mustIngestExamples(t)
	_, _, err := runCmd(t, nil, "--db", db, "show", "XX-nosuchid")
	ee := wantExit(t, err, 1)
	if want := `no incident "XX-nosuchid"`; ee.msg != want {
		t.Errorf("message: got %q, want %q", ee.msg, want)
	}
}

// TestUsageErrors checks that unknown commands and bad flags or arguments exit 2.
func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sitrep.db")
	for _, tc := range []struct {
		name string
		args []string
		msg  string // in the message, when not empty
	}{
		{"UnknownCommand", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"NoCommand", nil, ""},
		{"BadGlobalFlag", []string{"--nope", "incidents"}, ""},
		{"BadIngestFlag", []string{"ingest", "--nope", "x.txt"}, ""},
		{"BadIncidentsFlag", []string{"incidents", "--sinse", "2024-01-01"}, ""},
		{"IngestNoArgs", []string{"ingest"}, "ingest: give at least one"},
		{"IngestBadPublished", []string{"ingest", "--published", "yesterday", "-"}, "ingest --published"},
		{"IncidentsBadFormat", []string{"incidents", "--format", "xml"}, `unknown format "xml"`},
		{"ExportBadFormat", []string{"export", "--format", "xml"}, `unknown format "xml"`},
		{"ShowNoID", []string{"show"}, "show: give one incident ID"},
		{"EvalNoGold", []string{"eval", "incidents"}, "--gold FILE is required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"--db", db}, tc.args...)
			_, _, err := runCmd(t, nil, args...)
			ee := wantExit(t, err, 2)
			if !strings.Contains(ee.msg, tc.msg) {
				t.Errorf("message: got %q, want it to contain %q", ee.msg, tc.msg)
			}
		})
	}
}
