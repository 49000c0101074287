package ingest_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/ingest"
)

// TestBadInput checks that each kind of bad input gives exactly one clear
// problem and that nothing else is lost.
func TestBadInput(t *testing.T) {
	t.Run("ErrEmpty", func(t *testing.T) {
		path := filepath.Join("testdata", "bad", "empty.txt")
		docs, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "empty file")
		if len(docs) != 0 {
			t.Errorf("got %d docs, want 0", len(docs))
		}
	})
	t.Run("ErrBlank", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "blank.txt", []byte("\n  \r\n\t\n"))
		_, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "no text")
	})
	t.Run("ErrBinary", func(t *testing.T) {
		data := []byte("ZIPish header\x00\x00\x03\x04 then more bytes")
		path := MustWrite(t, t.TempDir(), "report.txt", data)
		docs, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "binary file, not text")
		if len(docs) != 0 {
			t.Errorf("got %d docs, want 0", len(docs))
		}
	})
	t.Run("ErrInvalidUTF8", func(t *testing.T) {
		data := []byte("Rockets hit \xff\xfe the base.")
		path := MustWrite(t, t.TempDir(), "report.md", data)
		docs, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "invalid UTF-8")
		if probs[0].Offset == nil || *probs[0].Offset != 12 || len(docs) != 0 {
			t.Errorf("got offset %v and %d docs, want 12 and 0", probs[0].Offset, len(docs))
		}
	})
	t.Run("ErrInvalidUTF8AtStart", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "latin1.txt", []byte("\xc9tat de si\xe8ge"))
		_, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "invalid UTF-8")
		if got := probs[0].Error(); !strings.Contains(got, "byte 0") {
			t.Errorf("got %q, want the offset byte 0", got)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "huge.txt")
		writeBig(t, path, 50<<20)
		docs, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "file is larger than the 16 MB limit")
		if len(docs) != 0 {
			t.Errorf("got %d docs, want 0", len(docs))
		}
	})
	t.Run("ErrTooLargeOption", func(t *testing.T) {
		r := ingest.New()
		r.Limits.DocumentBytes = 1 << 10
		path := MustWrite(t, t.TempDir(), "long.html", []byte(strings.Repeat("<p>Shelling reported.</p>\n", 100)))
		_, probs := MustRead(t, r, path)
		WantProblem(t, probs, path, 0, "file is larger than the 1 KB limit")
	})
	t.Run("ErrBrokenJSONLLine", func(t *testing.T) {
		path := filepath.Join("testdata", "bad", "broken.jsonl")
		docs, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 3, "bad JSON")
		if len(docs) != 9 || docs[1].ID != "bulk-002" || docs[2].ID != "bulk-004" {
			t.Errorf("got %q, want 9 docs without bulk-003", ids(docs))
		}
	})
	t.Run("ErrNoMainText", func(t *testing.T) {
		path := filepath.Join("testdata", "bad", "nobody.html")
		docs, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "no main text found")
		if len(docs) != 0 {
			t.Errorf("got %d docs, want 0", len(docs))
		}
	})
	t.Run("ErrNotAFeed", func(t *testing.T) {
		path := filepath.Join("testdata", "bad", "notxml.rss")
		_, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "not an RSS or Atom feed")
	})
	t.Run("ErrBrokenXML", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "cut.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>`))
		_, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "not an RSS or Atom feed")
	})
	t.Run("ErrNotAnExport", func(t *testing.T) {
		path := filepath.Join("testdata", "bad", "notexport.json")
		_, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "not a Telegram channel export")
	})
	t.Run("ErrNoSuchFile", func(t *testing.T) {
		path := filepath.Join("testdata", "bad", "missing.txt")
		_, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "no such file or directory")
	})
	t.Run("AllInOneDirectory", func(t *testing.T) {
		docs, probs := MustRead(t, ingest.New(), filepath.Join("testdata", "bad"))
		if len(docs) != 9 || len(probs) != 5 {
			t.Errorf("got %d docs and problems %v, want 9 docs and 5 problems, one per bad file or line", len(docs), probs)
		}
	})
}

// writeBig writes a text file of size bytes of plausible report lines.
func writeBig(tb testing.TB, path string, size int) {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	line := "A drone struck a fuel depot near the airport, officials said.\n"
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
