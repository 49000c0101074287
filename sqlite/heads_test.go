package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storetest"
)

// TestIncidentHeads lists the same incidents as Incidents, in the same
// order, with their dates, places and grades, under several filters.
func TestIncidentHeads(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t, filepath.Join(t.TempDir(), "sitrep.db"))
	defer s.Close()
	var incs []sitrep.Incident
	for i := range 40 {
		doc, x := storetest.Sample(i)
		storetest.MustPutDocument(t, s, doc, x, sitrep.PutNew)
		inc := sitrep.Incident{ID: doc.ID + "-i", Reports: x.Reports, Category: x.Reports[0].Category,
			Grade: []string{sitrep.GradeSingle, sitrep.GradeConfirmed}[i%2], Status: sitrep.StatusReported}
		inc.When, inc.Place = x.Reports[0].When, x.Reports[0].Place
		if i%5 == 0 {
			inc.Place = sitrep.Place{Name: "somewhere"}
		}
		inc.Sources = []sitrep.Source{{Doc: doc.ID}}
		incs = append(incs, inc)
	}
	storetest.MustReplaceIncidents(t, s, incs)
	for _, f := range []sitrep.IncidentFilter{{}, {Grade: sitrep.GradeConfirmed}, {Country: "SY"}, {Limit: 7, Offset: 3}} {
		whole, err := s.Incidents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		heads, err := s.IncidentHeads(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(heads) != len(whole) || len(whole) == 0 {
			t.Fatalf("%+v: %d heads, %d incidents", f, len(heads), len(whole))
		}
		for i, h := range heads {
			w := whole[i]
			if h.ID != w.ID || h.When.Start != w.When.Start || h.When.End != w.When.End || h.Grade != w.Grade ||
				h.Place.Name != w.Place.Name || h.Place.Precision != w.Place.Precision || h.Place.Lat != w.Place.Lat ||
				h.Category != w.Category || h.Documents != 1 {
				t.Errorf("%+v: head %d %+v, incident %s %v %+v %s", f, i, h, w.ID, w.When, w.Place, w.Grade)
			}
		}
	}
}
