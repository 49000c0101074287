package ingest_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

func TestReadJSONL(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join("testdata", "reports", "wire.jsonl")
		docs, probs := MustRead(t, ingest.New(), path)
		if len(probs) != 0 || len(docs) != 3 {
			t.Fatalf("got %d docs %v, want 3 docs and no problems", len(docs), probs)
		}
		var origins []string
		for _, d := range docs {
			origins = append(origins, d.Origin)
		}
		if want := []string{path + ":1", path + ":3", path + ":4"}; !slices.Equal(origins, want) {
			t.Errorf("got origins %q, want %q (blank line 2 skipped)", origins, want)
		}
		a, b, c := docs[0], docs[1], docs[2]
		if a.ID != "wire-001" || a.URL != "https://wire.example/a/001" || a.Outlet != "Wire" ||
			a.Title != "Drones target Al-Asad" || a.Published != date(2023, 10, 18) {
			t.Errorf("got %+v, want the fields of line 1", a)
		}
		if b.Published != date(2023, 10, 19) || !strings.Contains(b.Text, "near\nthe Syrian") {
			t.Errorf("got %v %q, want the RFC 3339 date and LF line ends", b.Published, b.Text)
		}
		if !c.Published.IsZero() || c.URL != "" {
			t.Errorf("got %v %q, want no date and no URL", c.Published, c.URL)
		}
	})
	t.Run("FallbackIDs", func(t *testing.T) {
		data := `{"url":"https://x.example/1","text":"Shelling was reported near Tal Tamr."}
{"id":42,"text":"A drone hit a truck near Qamishli."}
{"text":"Gunfire was heard near the Omar oil field."}
`
		path := MustWrite(t, t.TempDir(), "dump.ndjson", []byte(data))
		docs, probs := MustRead(t, ingest.New(), path)
		if got, want := ids(docs), []string{"https://x.example/1", "42", "dump:3"}; !slices.Equal(got, want) || len(probs) != 0 {
			t.Errorf("got IDs %q %v, want %q and no problems", got, probs, want)
		}
	})
	// Each bad line gives one problem at its line; the good line after it
	// still goes through.
	for _, tc := range []struct{ name, line, msg string }{
		{"ErrSyntax", `{"id":"a","text":"unterminated}`, "bad JSON"},
		{"ErrNotObject", `["id","text"]`, "not a JSON object"},
		{"ErrMissingText", `{"id":"a","title":"Headline only"}`, "missing text"},
		{"ErrEmptyText", `{"id":"a","text":"  \n "}`, "missing text"},
		{"ErrTextType", `{"id":"a","text":12}`, `field "text" is a JSON number, want a string`},
		{"ErrBadID", `{"id":{"n":1},"text":"x"}`, "bad id"},
		{"ErrInvalidUTF8", "{\"id\":\"a\",\"text\":\"bad \xc3\x28 byte\"}", "invalid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := `{"id":"ok-1","text":"First."}` + "\n" + tc.line + "\n" + `{"id":"ok-3","text":"Third."}` + "\n"
			path := MustWrite(t, t.TempDir(), "x.jsonl", []byte(data))
			docs, probs := MustRead(t, ingest.New(), path)
			WantProblem(t, probs, path, 2, tc.msg)
			if got := ids(docs); !slices.Equal(got, []string{"ok-1", "ok-3"}) {
				t.Errorf("got IDs %q, want ok-1 and ok-3", got)
			}
		})
	}
	t.Run("ErrBadDate", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "x.jsonl", []byte(`{"id":"a","published":"yesterday","text":"Blast in Kirkuk."}`))
		docs, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 1, `bad published date "yesterday"`)
		if len(docs) != 1 || !docs[0].Published.IsZero() {
			t.Errorf("got %+v, want the doc without date", docs)
		}
	})
	t.Run("ErrLongLine", func(t *testing.T) {
		r := ingest.New()
		r.Limits.DocumentBytes = 1 << 10
		long := `{"id":"long","text":"` + strings.Repeat("Rockets hit the base. ", 500) + `"}`
		data := `{"id":"a","text":"Short one."}` + "\n" + long + "\n" + `{"id":"c","text":"Short three."}`
		path := MustWrite(t, t.TempDir(), "x.jsonl", []byte(data))
		docs, probs := MustRead(t, r, path)
		WantProblem(t, probs, path, 2, "line is larger than the 1 KB limit")
		if got := ids(docs); !slices.Equal(got, []string{"a", "c"}) {
			t.Errorf("got IDs %q, want a and c", got)
		}
	})
	t.Run("LongLinesWithinLimit", func(t *testing.T) {
		// Lines far longer than any read buffer still come through whole.
		text := strings.Repeat("An explosion was reported near the base. ", 20000)
		data := `{"id":"big","text":"` + text + `"}` + "\r\n"
		path := MustWrite(t, t.TempDir(), "x.jsonl", []byte(data))
		docs, probs := MustRead(t, ingest.New(), path)
		if len(probs) != 0 || len(docs) != 1 || docs[0].Text != text {
			t.Errorf("got %d docs %v, want the long text whole", len(docs), probs)
		}
	})
}

func TestReadJSONLStdinOverride(t *testing.T) {
	r := ingest.New()
	r.Outlet, r.Published = "Pasted", date(2023, 12, 1)
	r.Stdin = strings.NewReader(`{"id":"s1","outlet":"Own","text":"Mortars hit Rumeilan."}` + "\n" + `{"id":"s2","text":"Drone over Tanf."}`)
	docs, probs := MustRead(t, r, "-")
	if len(docs) != 2 || len(probs) != 0 {
		t.Fatalf("got %d docs %v, want 2 and no problems", len(docs), probs)
	}
	want := []sitrep.Document{{ID: "s1", Outlet: "Own", Origin: "-:1"}, {ID: "s2", Outlet: "Pasted", Origin: "-:2"}}
	for i, w := range want {
		if d := docs[i]; d.ID != w.ID || d.Outlet != w.Outlet || d.Origin != w.Origin || d.Published != r.Published {
			t.Errorf("got %q %q %q %v, want %q %q %q and the Reader's date", d.ID, d.Outlet, d.Origin, d.Published, w.ID, w.Outlet, w.Origin)
		}
	}
}
