package ingest_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/ingest"
)

func TestReadTelegram(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join("testdata", "reports", "telegram", "result.json")
		docs, probs := MustRead(t, ingest.New(), path)
		if len(probs) != 0 {
			t.Errorf("got problems %v, want none", probs)
		}
		// The third message is a photo without caption.
		if got, want := ids(docs), []string{"tg-1733044586-1201", "tg-1733044586-1202"}; !slices.Equal(got, want) {
			t.Fatalf("got IDs %q, want %q", got, want)
		}
		for _, d := range docs {
			if d.Outlet != "Frontline Dispatch" || d.Published != date(2023, 10, 23) || d.Origin != path {
				t.Errorf("got %q %v %q, want the channel name, the message date and the path", d.Outlet, d.Published, d.Origin)
			}
		}
		if want := "Update: two drones struck the base, according to a local monitor. No casualties were reported."; docs[1].Text != want {
			t.Errorf("got text %q, want %q", docs[1].Text, want)
		}
	})
	t.Run("MessagesBeforeID", func(t *testing.T) {
		data := `{"messages":[{"id":7,"type":"message","date":"2023-11-05T09:00:00","text":"Shelling near Tal Rifaat."},
{"id":8,"type":"service","date":"2023-11-05T09:01:00","action":"pin_message","text":""}],"id":99,"name":"Late Header"}`
		path := MustWrite(t, t.TempDir(), "result.json", []byte(data))
		docs, probs := MustRead(t, ingest.New(), path)
		if len(docs) != 1 || docs[0].ID != "tg-99-7" || docs[0].Outlet != "Late Header" || len(probs) != 0 {
			t.Errorf("got %+v %v, want one doc named after the channel", docs, probs)
		}
	})
	t.Run("ErrTruncated", func(t *testing.T) {
		data := `{"name":"C","id":5,"messages":[{"id":1,"type":"message","date":"2023-11-05T09:00:00","text":"Blast at a checkpoint in Raqqa."},{"id":2,"type":"mess`
		path := MustWrite(t, t.TempDir(), "result.json", []byte(data))
		docs, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "bad JSON")
		if len(docs) != 1 {
			t.Errorf("got %d docs, want the 1 message before the cut", len(docs))
		}
	})
	t.Run("ErrNotObject", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "list.json", []byte(`[{"text":"a"}]`))
		_, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "not a Telegram channel export")
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		r := ingest.New()
		r.Limits.DocumentBytes = 1 << 10 // exports may be 8 KB
		var b strings.Builder
		b.WriteString(`{"name":"C","id":5,"messages":[`)
		for i := range 100 {
			fmt.Fprintf(&b, `{"id":%d,"type":"message","date":"2023-11-05T09:00:00","text":"Report number %d."},`, i, i)
		}
		b.WriteString(`{"id":0,"type":"service"}]}`)
		path := MustWrite(t, t.TempDir(), "result.json", []byte(b.String()))
		_, probs := MustRead(t, r, path)
		WantProblem(t, probs, path, 0, "file is larger than the 8 KB limit")
	})
}
