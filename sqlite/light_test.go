package sqlite_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storetest"
)

// TestReportHeads checks the light path fusion takes: reports without
// assertions in, incidents with their assertions out.
func TestReportHeads(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t, filepath.Join(t.TempDir(), "heads.db"))
	doc, x := storetest.Sample(1)
	storetest.MustPutDocument(t, s, doc, x, sitrep.PutNew)
	heads, err := s.ReportHeads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(heads) != len(x.Reports) {
		t.Fatalf("got %d heads, want %d", len(heads), len(x.Reports))
	}
	for i, h := range heads {
		if h.Assertions != nil {
			t.Errorf("head %d: got %d assertions, want none", i, len(h.Assertions))
		}
		want := x.Reports[i]
		want.Assertions = nil
		if !reflect.DeepEqual(h, want) {
			t.Errorf("head %d: got %+v, want %+v", i, h, want)
		}
	}
	docs, err := s.DocumentHeads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := docs[doc.ID]; d.Text != "" || d.Hash != doc.Hash || d.Version != 1 {
		t.Errorf("document head: got %+v, want no text, hash %s, version 1", d, doc.Hash)
	}
	inc := sitrep.Incident{ID: "inc-1", Place: sitrep.Place{Name: "Tanf Outpost", Country: "SY"},
		Category: sitrep.CategoryDrone, Status: sitrep.StatusReported, Reports: heads}
	storetest.MustReplaceIncidents(t, s, []sitrep.Incident{inc})
	got, err := s.Incident(ctx, "inc-1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Reports, x.Reports) {
		t.Errorf("incident reports: got %+v, want the stored reports with their assertions", got.Reports)
	}
}
