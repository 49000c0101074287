package sqlite_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep/sitrep/sqlite"
)

func TestPlaces(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s := MustOpen(t, path)
	added, err := s.PutPlaces(ctx, []sqlite.Place{
		{ID: "user-b", Row: "row b", File: "b.csv"},
		{ID: "gn-1", GeoNames: true, Row: "row 1", File: "SY.txt"},
	})
	if err != nil || added != 2 {
		t.Fatalf("PutPlaces: got %d, %v; want 2 new", added, err)
	}
	added, err = s.PutPlaces(ctx, []sqlite.Place{{ID: "user-b", Row: "row b2", File: "b.csv"}, {ID: "user-c", Row: "row c", File: "c.csv"}})
	if err != nil || added != 1 {
		t.Fatalf("PutPlaces again: got %d, %v; want 1 new", added, err)
	}
	s.Close()
	s = MustOpen(t, path) // survives reopening
	ps, err := s.Places(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []sqlite.Place{
		{ID: "gn-1", GeoNames: true, Row: "row 1", File: "SY.txt"},
		{ID: "user-b", Row: "row b2", File: "b.csv"},
		{ID: "user-c", Row: "row c", File: "c.csv"},
	}
	if !slices.Equal(ps, want) {
		t.Errorf("Places: got %+v, want %+v", ps, want)
	}
}
