package sqlite_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/sqlite"
	"github.com/sitrep/sitrep/storetest"
)

// Mentions come back as they were put, their text taken from the
// document's; a store written with mentions as objects, text included, is
// read too.
func TestMentionsStoredCompactly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s := MustOpen(t, path)
	defer s.Close()
	text := "Une frappe de drone a touché \"la base\" d'Ain al-Asad\\ lundi."
	doc := storetest.NewDocument("d1", text)
	x := sitrep.Extraction{Mentions: []sitrep.Mention{
		{Kind: sitrep.MentionTrigger, Span: sitrep.Span{Start: 4, End: 18}, Value: "drone", Sentence: 0},
		{Kind: sitrep.MentionPlace, Span: sitrep.Span{Start: 30, End: 40}, Value: "q\"uote\\d\n", Sentence: 0},
		{Kind: sitrep.MentionActor, Span: sitrep.Span{Start: 44, End: 57}, Value: "ain", Role: "target", Sentence: 0},
	}}
	for i := range x.Mentions {
		m := &x.Mentions[i]
		m.Text = text[m.Span.Start:m.Span.End]
	}
	storetest.MustPutDocument(t, s, doc, x, sitrep.PutNew)
	got, err := s.Mentions(ctx, "d1")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, x.Mentions) {
		t.Errorf("got %+v, want %+v", got, x.Mentions)
	}
	var stored string
	if err := sqlite.DB(s).QueryRow(`SELECT mentions FROM document_bodies WHERE id = 'd1'`).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	if want := `["trigger",4,18,"drone",0]`; len(stored) < len(want) || stored[1:1+len(want)] != want {
		t.Errorf("stored %s, want it to open with %s", stored, want)
	}

	old := `[{"kind":"trigger","span":{"start":4,"end":18},"text":"frappe de dron","value":"drone","sentence":0}]`
	if _, err := sqlite.DB(s).Exec(`UPDATE document_bodies SET mentions = ? WHERE id = 'd1'`, old); err != nil {
		t.Fatal(err)
	}
	got, err = s.Mentions(ctx, "d1")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != x.Mentions[0] {
		t.Errorf("old form: got %+v, want %+v", got, x.Mentions[:1])
	}
	if _, err := sqlite.DB(s).Exec(`UPDATE document_bodies SET mentions = '[["trigger",4,900,"drone",0]]' WHERE id = 'd1'`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Mentions(ctx, "d1"); err == nil {
		t.Error("a span past the text's end: got no error")
	}
}
