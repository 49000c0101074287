package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storetest"
)

// TestUpdateUnchanged replaces two incidents with themselves, one of them
// changed: the unchanged one keeps its row (same rowid), the changed one
// is written again (SQLite may give it its old rowid back), and both read
// back as given.
func TestUpdateUnchanged(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s := MustOpen(t, path)
	defer s.Close()
	d1 := storetest.NewDocument("d1", "Drones were shot down over the base.")
	x1 := storetest.NewExtraction(d1, 0)
	storetest.MustPutDocument(t, s, d1, x1, sitrep.PutNew)
	d2 := storetest.NewDocument("d2", "A roadside bomb hit a convoy.")
	x2 := storetest.NewExtraction(d2, 0)
	storetest.MustPutDocument(t, s, d2, x2, sitrep.PutNew)
	d3 := storetest.NewDocument("d3", "Rockets fell near the airport.")
	x3 := storetest.NewExtraction(d3, 0)
	storetest.MustPutDocument(t, s, d3, x3, sitrep.PutNew)
	a := sitrep.Incident{ID: "a", Category: sitrep.CategoryDrone, Reports: x1.Reports}
	b := sitrep.Incident{ID: "b", Category: sitrep.CategoryIED, Reports: x2.Reports}
	// c stays and holds the highest rowid, so that a row written again
	// gets a new one.
	c := sitrep.Incident{ID: "c", Category: sitrep.CategoryRocket, Reports: x3.Reports}
	storetest.MustReplaceIncidents(t, s, []sitrep.Incident{a, b, c})
	raw := MustRawDB(t, path)
	rowid := func(id string) int64 {
		var n int64
		if err := raw.QueryRow(`SELECT rowid FROM incidents WHERE id = ?`, id).Scan(&n); err != nil {
			t.Fatalf("rowid of %s: %v", id, err)
		}
		return n
	}
	ra := rowid("a")
	b2 := b
	b2.Category = sitrep.CategoryMortar
	keys := []string{x1.Reports[0].Key(), x2.Reports[0].Key()}
	if err := s.UpdateIncidents(ctx, sitrep.IncidentUpdate{Remove: []string{"a", "b"}, Add: []sitrep.Incident{a, b2},
		Keys: keys}); err != nil {
		t.Fatal(err)
	}
	if got := rowid("a"); got != ra {
		t.Errorf("unchanged incident a written again: rowid %d, was %d", got, ra)
	}
	for _, want := range []sitrep.Incident{a, b2} {
		got, err := s.Incident(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Category != want.Category || len(got.Reports) != 1 {
			t.Errorf("incident %s: category %s with %d reports, want %s with 1", want.ID, got.Category,
				len(got.Reports), want.Category)
		}
	}
	// Removing a without adding it back deletes it.
	if err := s.UpdateIncidents(ctx, sitrep.IncidentUpdate{Remove: []string{"a"}, Keys: keys[:1]}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Incident(ctx, "a"); sitrep.ErrorCode(err) != sitrep.ENOTFOUND {
		t.Errorf("incident a after removal: %v, want not found", err)
	}
}
