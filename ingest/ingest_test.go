package ingest_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

// MustRead reads arg with r and returns what it emitted and the problems.
// It checks every document against the invariants of Read.
func MustRead(tb testing.TB, r *ingest.Reader, arg string) ([]sitrep.Document, []sitrep.Problem) {
	tb.Helper()
	var docs []sitrep.Document
	probs, err := r.Read(context.Background(), arg, func(d sitrep.Document) error {
		CheckDoc(tb, d)
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		tb.Fatalf("Read(%q): %v", arg, err)
	}
	return docs, probs
}

// MustWrite writes data to name under dir and returns its path.
func MustWrite(tb testing.TB, dir, name string, data []byte) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// CheckDoc checks what every emitted document must have.
func CheckDoc(tb testing.TB, d sitrep.Document) {
	tb.Helper()
	sum := sha256.Sum256([]byte(d.Text))
	switch {
	case d.ID == "":
		tb.Errorf("document from %q has no ID", d.Origin)
	case d.Origin == "":
		tb.Errorf("document %q has no Origin", d.ID)
	case strings.TrimSpace(d.Text) == "":
		tb.Errorf("document %q has no text", d.ID)
	case !utf8.ValidString(d.Text):
		tb.Errorf("document %q: text is not valid UTF-8", d.ID)
	case strings.Contains(d.Text, "\r\n") || strings.HasPrefix(d.Text, "\uFEFF"):
		tb.Errorf("document %q: text keeps CRLF or BOM", d.ID)
	case d.Hash != hex.EncodeToString(sum[:]):
		tb.Errorf("document %q: got hash %s, want SHA-256 of text", d.ID, d.Hash)
	case d.Version != 0:
		tb.Errorf("document %q: got version %d, want 0", d.ID, d.Version)
	}
}

// WantProblem checks that probs is exactly one problem about file, at line
// (0: none), whose message contains msg.
func WantProblem(tb testing.TB, probs []sitrep.Problem, file string, line int, msg string) {
	tb.Helper()
	if len(probs) != 1 {
		tb.Fatalf("got %d problems %v, want 1 about %s", len(probs), probs, file)
	}
	p := probs[0]
	if p.File != file || p.Line != line || !strings.Contains(p.Msg, msg) {
		tb.Errorf("got problem %+v, want file %s line %d msg containing %q", p, file, line, msg)
	}
}

func ids(docs []sitrep.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.ID)
	}
	return out
}

func date(y int, m time.Month, d int) sitrep.Date { return sitrep.Date{Year: y, Month: m, Day: d} }

func TestReadText(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join("testdata", "reports", "erbil.txt")
		docs, probs := MustRead(t, ingest.New(), path)
		if len(probs) != 0 || len(docs) != 1 {
			t.Fatalf("got %d docs %v, want 1 doc and no problems", len(docs), probs)
		}
		want, _ := os.ReadFile(path)
		d := docs[0]
		if d.ID != "erbil" || d.Origin != path || d.Language != "en" || d.Text != string(want) {
			t.Errorf("got ID %q origin %q language %q, want erbil %s en and the file's text", d.ID, d.Origin, d.Language, path)
		}
		if !d.Published.IsZero() || d.URL != "" || d.Outlet != "" || d.Title != "" {
			t.Errorf("got %+v, want no metadata", d)
		}
	})
	t.Run("FrontMatter", func(t *testing.T) {
		docs, probs := MustRead(t, ingest.New(), filepath.Join("testdata", "reports", "centcom.md"))
		if len(probs) != 0 || len(docs) != 1 {
			t.Fatalf("got %d docs %v, want 1 doc and no problems", len(docs), probs)
		}
		d := docs[0]
		if d.ID != "centcom-2023-10-27-strikes" || d.Title != "Statement on self-defense strikes in eastern Syria" ||
			d.URL != "https://centcom.example/statements/2023-10-27" || d.Outlet != "CENTCOM" ||
			d.Published != date(2023, 10, 27) {
			t.Errorf("got %q %q %q %q %v, want the front matter", d.ID, d.Title, d.URL, d.Outlet, d.Published)
		}
		if !strings.HasPrefix(d.Text, "# Statement on") || strings.Contains(d.Text, "---") {
			t.Errorf("got text %.40q..., want the body only", d.Text)
		}
	})
	t.Run("Arabic", func(t *testing.T) {
		docs, _ := MustRead(t, ingest.New(), filepath.Join("testdata", "reports", "arabic.txt"))
		if len(docs) != 1 || docs[0].Language != "ar" {
			t.Fatalf("got %v, want one doc in ar", docs)
		}
	})
	t.Run("CRLFAndBOM", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "note.txt", []byte("\uFEFFLine one\r\nLine two\r\n"))
		docs, _ := MustRead(t, ingest.New(), path)
		if len(docs) != 1 || docs[0].Text != "Line one\nLine two\n" {
			t.Fatalf("got %+v, want LF line ends and no BOM", docs)
		}
	})
	t.Run("IDFromURL", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "a.md", []byte("---\r\nurl: https://x.example/a\r\npublished: 2023-10-19T22:30:00-04:00\r\n---\r\nText.\r\n"))
		docs, _ := MustRead(t, ingest.New(), path)
		if len(docs) != 1 || docs[0].ID != "https://x.example/a" || docs[0].Published != date(2023, 10, 19) {
			t.Fatalf("got %+v, want ID from url and the date in its own zone", docs)
		}
	})
	t.Run("Override", func(t *testing.T) {
		r := ingest.New()
		r.Published, r.Outlet, r.URL = date(2024, 1, 2), "Desk", "https://desk.example/1"
		docs, _ := MustRead(t, r, filepath.Join("testdata", "reports", "centcom.md"))
		d := docs[0]
		if d.Published != r.Published || d.Outlet != "Desk" || d.URL != r.URL || d.ID != "centcom-2023-10-27-strikes" {
			t.Errorf("got %v %q %q %q, want the Reader's values and the front matter id", d.Published, d.Outlet, d.URL, d.ID)
		}
	})
	t.Run("ErrBadDate", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "a.md", []byte("---\ntitle: A\npublished: last Tuesday\n---\nText.\n"))
		docs, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 3, `bad published date "last Tuesday"`)
		if len(docs) != 1 || !docs[0].Published.IsZero() || docs[0].Title != "A" {
			t.Errorf("got %+v, want the doc without date", docs)
		}
	})
	t.Run("UnclosedFrontMatter", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "a.md", []byte("---\ntitle: A\nbody"))
		docs, _ := MustRead(t, ingest.New(), path)
		if len(docs) != 1 || docs[0].Text != "---\ntitle: A\nbody" || docs[0].Title != "" {
			t.Errorf("got %+v, want the whole text and no title", docs)
		}
	})
}

func TestReadDir(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		docs, probs := MustRead(t, ingest.New(), filepath.Join("testdata", "reports"))
		if len(probs) != 0 {
			t.Errorf("got problems %v, want none", probs)
		}
		want := []string{
			"arabic", "article",
			"centcom-2023-10-27-strikes", "erbil",
			"urn:nfn:2023-10-25-shaddadi", "urn:nfn:2023-10-26-harir",
			"lm-2023-10-19-tanf", "https://levantmonitor.example/2023/10/20/baghdad-airport-rocket",
			"tg-1733044586-1201", "tg-1733044586-1202",
			"wire-001", "wire-002", "wire-003",
		}
		if got := ids(docs); !slices.Equal(got, want) {
			t.Errorf("got IDs\n%q\nwant\n%q", got, want)
		}
	})
	t.Run("SkipsHiddenAndBinaryExtensions", func(t *testing.T) {
		dir := t.TempDir()
		MustWrite(t, dir, "b.txt", []byte("Report B."))
		MustWrite(t, dir, "a.txt", []byte("Report A."))
		MustWrite(t, dir, "notes", []byte("Report without extension."))
		MustWrite(t, dir, filepath.Join("sub", "c.md"), []byte("Report C."))
		MustWrite(t, dir, ".draft.txt", []byte("Hidden."))
		MustWrite(t, dir, filepath.Join(".git", "HEAD.txt"), []byte("Hidden too."))
		MustWrite(t, dir, "map.png", []byte("\x89PNG\r\n\x1a\n\x00\x00"))
		MustWrite(t, dir, "blob", []byte("\x00\x01\x02"))
		docs, probs := MustRead(t, ingest.New(), dir)
		if got, want := ids(docs), []string{"a", "b", "notes", "sub/c"}; !slices.Equal(got, want) {
			t.Errorf("got IDs %q, want %q", got, want)
		}
		WantProblem(t, probs, filepath.Join(dir, "blob"), 0, "binary file, not text")
	})
}

func TestIdempotent(t *testing.T) {
	for _, path := range []string{"testdata/reports", "testdata/reports/centcom.md", "testdata/reports/article.html"} {
		a, _ := MustRead(t, ingest.New(), path)
		b, _ := MustRead(t, ingest.New(), path)
		if !slices.Equal(a, b) {
			t.Errorf("%s: two reads differ", path)
		}
	}
	// The same text under another name keeps its hash.
	data, _ := os.ReadFile("testdata/reports/erbil.txt")
	copied := MustWrite(t, t.TempDir(), "erbil.txt", data)
	a, _ := MustRead(t, ingest.New(), "testdata/reports/erbil.txt")
	b, _ := MustRead(t, ingest.New(), copied)
	if a[0].ID != b[0].ID || a[0].Hash != b[0].Hash {
		t.Errorf("got %s %s and %s %s, want the same ID and hash", a[0].ID, a[0].Hash, b[0].ID, b[0].Hash)
	}
}

func TestReadStops(t *testing.T) {
	t.Run("EmitError", func(t *testing.T) {
		stop := errors.New("store full")
		n := 0
		_, err := ingest.New().Read(context.Background(), "testdata/reports", func(sitrep.Document) error {
			n++
			return stop
		})
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("got %v after %d docs, want %v after 1", err, n, stop)
		}
	})
	t.Run("Canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		_, err := ingest.New().Read(ctx, "testdata/reports/wire.jsonl", func(sitrep.Document) error {
			n++
			cancel()
			return nil
		})
		if !errors.Is(err, context.Canceled) || n != 1 {
			t.Errorf("got %v after %d docs, want %v after 1", err, n, context.Canceled)
		}
	})
}

func TestReadDirSymlink(t *testing.T) {
	dir := t.TempDir()
	MustWrite(t, dir, filepath.Join("real", "a.txt"), []byte("Report A."))
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Skip("no symlinks:", err)
	}
	docs, probs := MustRead(t, ingest.New(), link)
	if len(docs) != 1 || docs[0].ID != "a" || docs[0].Origin != filepath.Join(link, "a.txt") || len(probs) != 0 {
		t.Errorf("got %+v %v, want a.txt through the link", docs, probs)
	}
}
