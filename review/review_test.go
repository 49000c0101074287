package review_test

import (
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/review"
)

var (
	omar   = sitrep.Place{ID: "al-omar", Name: "Al-Omar oil field", Kind: sitrep.KindSite, Country: "SY", Lat: 35.15, Lon: 40.58, Precision: 1}
	conoco = sitrep.Place{ID: "conoco", Name: "Conoco gas field", Kind: sitrep.KindSite, Country: "SY", Lat: 35.42, Lon: 40.30, Precision: 1}
	day    = sitrep.Date{Year: 2023, Month: 10, Day: 23}
)

func rep(doc string, p sitrep.Place, d sitrep.Date) sitrep.Report {
	return sitrep.Report{Doc: doc, When: sitrep.When{Start: d, End: d, Precision: sitrep.PrecisionDay}, Place: p,
		Category: sitrep.CategoryDrone, Status: sitrep.StatusReported, ClaimedBy: []string{}, Weapons: []sitrep.Weapon{},
		Stances: []string{sitrep.StanceStates}}
}

func docs(rs []sitrep.Report) map[string]sitrep.Document {
	m := map[string]sitrep.Document{}
	for _, r := range rs {
		m[r.Doc] = sitrep.Document{ID: r.Doc, Outlet: "Outlet " + r.Doc}
	}
	return m
}

// find returns the incident holding the report of doc.
func find(t *testing.T, incs []sitrep.Incident, doc string) sitrep.Incident {
	t.Helper()
	for _, inc := range incs {
		for _, r := range inc.Reports {
			if r.Doc == doc {
				return inc
			}
		}
	}
	t.Fatalf("no incident holds %s", doc)
	return sitrep.Incident{}
}

// Reviews made on one fusion apply to the next, found by their reports:
// a merge keeps the first id and retires the other, a split takes a
// document's reports out, a set value survives a later merge, a rejection
// is kept; a review whose reports are gone is kept unapplied.
func TestApply(t *testing.T) {
	rs := []sitrep.Report{rep("a", omar, day), rep("b", conoco, day), rep("c", omar, day), rep("d", omar, day.AddDays(9))}
	ds := docs(rs)
	incs := cluster.New().Fuse(rs, ds)
	if len(incs) != 3 {
		t.Fatalf("fused into %d incidents, want 3", len(incs))
	}
	a, b, d := find(t, incs, "a"), find(t, incs, "b"), find(t, incs, "d")
	reviews := []sitrep.Review{
		{Seq: 1, Action: sitrep.ReviewSet, Incident: a.ID, Anchors: review.Keys(a), Field: sitrep.FieldFatalities, Value: "2", Note: "ministry"},
		{Seq: 2, Action: sitrep.ReviewMerge, Incident: a.ID, Anchors: review.Keys(a), Other: b.ID, OtherAnchors: review.Keys(b)},
		{Seq: 3, Action: sitrep.ReviewSplit, Incident: a.ID, Anchors: review.Keys(a), Doc: "c"},
		{Seq: 4, Action: sitrep.ReviewReject, Incident: d.ID, Anchors: review.Keys(d)},
		{Seq: 5, Action: sitrep.ReviewReject, Incident: "gone", Anchors: []string{"zzz#0"}},
	}
	// Fusing again gives the same incidents; the reviews apply to them.
	got, applied, redirects := review.Apply(cluster.New().Fuse(rs, ds), reviews, ds)
	ga, gc, gd := find(t, got, "a"), find(t, got, "c"), find(t, got, "d")
	if find(t, got, "b").ID != ga.ID || ga.ID != a.ID {
		t.Errorf("merge: b in %s, a in %s, want both in %s", find(t, got, "b").ID, ga.ID, a.ID)
	}
	if redirects[b.ID] != a.ID {
		t.Errorf("redirects %v: want %s -> %s", redirects, b.ID, a.ID)
	}
	if gc.ID == ga.ID {
		t.Errorf("split: c still in %s", ga.ID)
	}
	if ga.Fatalities == nil || *ga.Fatalities != 2 {
		t.Errorf("set fatalities lost in the merge: %v", ga.Fatalities)
	}
	if !gd.Rejected || ga.Rejected || gc.Rejected {
		t.Errorf("rejected: d %v, a %v, c %v; want d only", gd.Rejected, ga.Rejected, gc.Rejected)
	}
	for i, rv := range applied {
		if want := i < 4; rv.Applied != want {
			t.Errorf("review %d applied %v, want %v", rv.Seq, rv.Applied, want)
		}
	}
	if len(ga.Reviews) != 3 {
		t.Errorf("a's reviews: got %d, want the set, the merge and the split", len(ga.Reviews))
	}
	if err := review.Check(sitrep.FieldDate, "2023-10-23..2023-10-20"); err == nil {
		t.Error("a date range ending before it starts was accepted")
	}
	if err := review.Check("colour", "red"); err == nil {
		t.Error("an unknown field was accepted")
	}
}

// Splitting off the document whose report gave the incident its id: the
// incident keeps its id for the reports that stay, and the ones that leave
// get an id of their own.
func TestSplitFirst(t *testing.T) {
	rs := []sitrep.Report{rep("a", omar, day), rep("c", omar, day)}
	ds := docs(rs)
	incs := cluster.New().Fuse(rs, ds)
	if len(incs) != 1 {
		t.Fatalf("fused into %d incidents, want 1", len(incs))
	}
	id := incs[0].ID
	log := []sitrep.Review{{Seq: 1, Action: sitrep.ReviewSplit, Incident: id, Anchors: review.Keys(incs[0]), Doc: "a"}}
	out, _, _ := review.Apply(incs, log, ds)
	if len(out) != 2 {
		t.Fatalf("split into %d incidents, want 2", len(out))
	}
	a, c := find(t, out, "a"), find(t, out, "c")
	if c.ID != id || a.ID == id || a.ID == "" {
		t.Errorf("after the split: c in %s, a in %s; want c to keep %s and a another id", c.ID, a.ID, id)
	}
}
