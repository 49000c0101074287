package storetest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

// Incremental is what incremental fusion (package pipeline) and the
// analysts' reviews need of a store beyond sitrep.Store. The SQLite and
// PostgreSQL stores have it; Run checks it on stores that do and skips
// those tests on the others.
type Incremental interface {
	sitrep.Store
	AddReview(ctx context.Context, r *sitrep.Review) error
	Reviews(ctx context.Context) ([]sitrep.Review, error)
	SaveReviews(ctx context.Context, rs []sitrep.Review) error
	TrackIDs(ctx context.Context, incs []sitrep.Incident) error
	Redirect(ctx context.Context, id string) (string, error)
	RelatedTo(ctx context.Context, rs []sitrep.Report, w sitrep.Window, from int, known func(key string) bool) ([]sitrep.Report, error)
	ReportsOf(ctx context.Context, docs []string) ([]sitrep.Report, error)
	ReportsByKey(ctx context.Context, keys []string) ([]sitrep.Report, error)
	DocumentHeadsOf(ctx context.Context, ids []string) (map[string]sitrep.Document, error)
	SignaturesNear(ctx context.Context, from, to sitrep.Date, fn func(id string, published sitrep.Date, sig []byte, copyOf string) error) error
	SetCopies(ctx context.Context, changes map[string]string) error
	Copied(ctx context.Context, id string) (bool, error)
	IncidentsOf(ctx context.Context, docs []string) (map[string][]string, error)
	UpdateIncidents(ctx context.Context, u sitrep.IncidentUpdate) error
	IncidentCount(ctx context.Context) (int, error)
	Unfused(ctx context.Context) ([]string, error)
	UnfusedAmong(ctx context.Context, docs []string) (map[string]bool, error)
	MarkFused(ctx context.Context, docs []string) error
}

// incremental adapts a test of Incremental to Run, skipping stores that
// lack it.
func incremental(fn func(t *testing.T, s Incremental)) func(t *testing.T, s sitrep.Store) {
	return func(t *testing.T, s sitrep.Store) {
		is, ok := s.(Incremental)
		if !ok {
			t.Skipf("%T keeps no reviews and cannot fuse incrementally", s)
		}
		fn(t, is)
	}
}

// testReviews appends reviews (each gets the next seq and a time) and
// records which applied.
func testReviews(t *testing.T, s Incremental) {
	ctx := context.Background()
	for i, action := range []string{sitrep.ReviewReject, sitrep.ReviewSet} {
		rv := sitrep.Review{Action: action, Incident: fmt.Sprintf("inc-%d", i), Anchors: []string{"d1#0"}, Note: "why"}
		if err := s.AddReview(ctx, &rv); err != nil {
			t.Fatal(err)
		}
		if rv.Seq != i+1 || rv.At == "" {
			t.Errorf("review %d: seq %d at %q, want seq %d and a time", i, rv.Seq, rv.At, i+1)
		}
	}
	log, err := s.Reviews(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 || log[0].Incident != "inc-0" || log[1].Action != sitrep.ReviewSet || log[0].Applied {
		t.Fatalf("reviews %+v", log)
	}
	log[1].Applied = true
	if err := s.SaveReviews(ctx, log[1:]); err != nil {
		t.Fatal(err)
	}
	again, err := s.Reviews(ctx)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "reviews after save", again, []sitrep.Review{log[0], log[1]})
}

// incidentOf returns an incident id holding the reports of docs (seq 0).
func incidentOf(id string, docs ...string) sitrep.Incident {
	inc := sitrep.Incident{ID: id, Category: sitrep.CategoryDrone}
	for _, d := range docs {
		inc.Reports = append(inc.Reports, NewReport(d, 0, "Drones hit "+d+"."))
		inc.Sources = append(inc.Sources, sitrep.Source{Doc: d})
	}
	return inc
}

// wantRedirects fails the test unless each id of want redirects as given.
func wantRedirects(t *testing.T, s Incremental, when string, want map[string]string) {
	t.Helper()
	for id, to := range want {
		got, err := s.Redirect(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if got != to {
			t.Errorf("%s: %s redirects to %q, want %q", when, id, got, to)
		}
	}
}

// testTrackIDs publishes ids and redirects the retired ones to the
// incident holding their first report.
func testTrackIDs(t *testing.T, s Incremental) {
	ctx := context.Background()
	if err := s.TrackIDs(ctx, []sitrep.Incident{incidentOf("a", "d1"), incidentOf("b", "d2")}); err != nil {
		t.Fatal(err)
	}
	wantRedirects(t, s, "first fusion", map[string]string{"a": "", "b": "", "none": ""})
	if err := s.TrackIDs(ctx, []sitrep.Incident{incidentOf("c", "d1", "d2")}); err != nil {
		t.Fatal(err)
	}
	wantRedirects(t, s, "merged", map[string]string{"a": "c", "b": "c", "c": ""})
	if err := s.TrackIDs(ctx, []sitrep.Incident{incidentOf("a", "d1"), incidentOf("d", "d3")}); err != nil {
		t.Fatal(err)
	}
	wantRedirects(t, s, "split", map[string]string{"a": "", "b": "", "c": "a"})
}

// testUnfused lists the documents stored or re-extracted since they were
// marked fused.
func testUnfused(t *testing.T, s Incremental) {
	ctx := context.Background()
	unfused := func(when string, want ...string) {
		t.Helper()
		got, err := s.Unfused(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: unfused %v, want %v", when, got, want)
		}
	}
	unfused("empty")
	var docs []*sitrep.Document
	for _, id := range []string{"d2", "d1", "d3"} {
		d := NewDocument(id, "Rockets fell on "+id+".")
		MustPutDocument(t, s, d, NewExtraction(d, 0), sitrep.PutNew)
		docs = append(docs, d)
	}
	unfused("stored", "d1", "d2", "d3")
	if err := s.MarkFused(ctx, []string{"d1", "d2"}); err != nil {
		t.Fatal(err)
	}
	unfused("marked", "d3")
	// Which of some documents are unfused, all of them without a list.
	for _, tc := range []struct {
		docs []string
		want string
	}{{[]string{"d1", "d3", "d9"}, "d3"}, {[]string{"d1"}, ""}, {nil, "d3"}} {
		got, err := s.UnfusedAmong(ctx, tc.docs)
		if err != nil {
			t.Fatal(err)
		}
		if keys := strings.Join(slices.Sorted(maps.Keys(got)), " "); keys != tc.want {
			t.Errorf("unfused among %v: %q, want %q", tc.docs, keys, tc.want)
		}
	}
	again := NewDocument("d1", docs[1].Text)
	MustPutDocument(t, s, again, NewExtraction(again, 0), sitrep.PutUnchanged)
	unfused("unchanged", "d3")
	if err := s.PutExtraction(ctx, "d2", NewExtraction(docs[0], 0, 1)); err != nil {
		t.Fatal(err)
	}
	unfused("re-extracted", "d2", "d3")
	changed := NewDocument("d1", "Rockets fell on d1 again.")
	MustPutDocument(t, s, changed, NewExtraction(changed, 0), sitrep.PutNewVersion)
	unfused("new version", "d1", "d2", "d3")
	err := s.UpdateIncidents(ctx, sitrep.IncidentUpdate{Add: []sitrep.Incident{incidentOf("a", "d1")},
		Keys: []string{"d1#0"}, Fused: []string{"d1", "d3"}})
	if err != nil {
		t.Fatal(err)
	}
	unfused("updated", "d2")
}

// testUpdateIncidents replaces some incidents: the others stay, the
// documents' incidents and the redirects follow.
func testUpdateIncidents(t *testing.T, s Incremental) {
	ctx := context.Background()
	for _, id := range []string{"d1", "d2", "d3"} {
		d := NewDocument(id, "Drones hit "+id+".")
		MustPutDocument(t, s, d, NewExtraction(d, 0), sitrep.PutNew)
	}
	a, b, c := incidentOf("a", "d1"), incidentOf("b", "d2"), incidentOf("c", "d3")
	MustReplaceIncidents(t, s, []sitrep.Incident{a, b, c})
	if err := s.TrackIDs(ctx, []sitrep.Incident{a, b, c}); err != nil {
		t.Fatal(err)
	}
	of, err := s.IncidentsOf(ctx, []string{"d1", "d2", "d9"})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "incidents of d1, d2", of, map[string][]string{"a": {"d1#0"}, "b": {"d2#0"}})
	// b takes in d1's report: a is retired, its id redirects to b.
	// Fusion reads reports without their assertions: Incident fills them in.
	merged := incidentOf("b", "d2", "d1")
	for i := range merged.Reports {
		merged.Reports[i].Assertions = nil
	}
	err = s.UpdateIncidents(ctx, sitrep.IncidentUpdate{Remove: []string{"a", "b"}, Add: []sitrep.Incident{merged},
		Keys: []string{"d1#0", "d2#0"}})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.IncidentCount(ctx); err != nil || n != 2 {
		t.Errorf("incident count %d (%v), want 2", n, err)
	}
	got, err := s.Incident(ctx, "b")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Reports) != 2 || len(got.Reports[1].Assertions) != 1 || got.Reports[1].Assertions[0].Doc != "d1" {
		t.Errorf("incident b: %s, want the reports of d2 and d1 with their assertions", show(got))
	}
	if _, err := s.Incident(ctx, "a"); sitrep.ErrorCode(err) != sitrep.ENOTFOUND {
		t.Errorf("incident a after the update: %v, want ENOTFOUND", err)
	}
	if _, err := s.Incident(ctx, "c"); err != nil {
		t.Errorf("incident c, not updated: %v", err)
	}
	of, err = s.IncidentsOf(ctx, []string{"d1"})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "incidents of d1 after the update", of, map[string][]string{"b": {"d2#0", "d1#0"}})
	wantRedirects(t, s, "after the update", map[string]string{"a": "b", "b": "", "c": ""})
	// Split again under a new id for d1: a now points at it.
	err = s.UpdateIncidents(ctx, sitrep.IncidentUpdate{Remove: []string{"b"},
		Add: []sitrep.Incident{incidentOf("b", "d2"), incidentOf("e", "d1")}, Keys: []string{"d1#0", "d2#0"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRedirects(t, s, "after the split", map[string]string{"a": "e", "b": "", "e": ""})
}

// testUpdateDuplicate refuses an update adding an id twice, or one that an
// incident staying holds, and changes nothing.
func testUpdateDuplicate(t *testing.T, s Incremental) {
	ctx := context.Background()
	a, b := incidentOf("a", "d1"), incidentOf("b", "d2")
	MustReplaceIncidents(t, s, []sitrep.Incident{a, b})
	for _, u := range []sitrep.IncidentUpdate{
		{Remove: []string{"a"}, Add: []sitrep.Incident{incidentOf("x", "d1"), incidentOf("x", "d3")}},
		{Remove: []string{"a"}, Add: []sitrep.Incident{incidentOf("x", "d1"), incidentOf("b", "d3")}},
	} {
		if err := s.UpdateIncidents(ctx, u); err == nil {
			t.Errorf("update adding %s and %s: no error", u.Add[0].ID, u.Add[1].ID)
		}
		var ids []string
		for _, inc := range MustIncidents(t, s, sitrep.IncidentFilter{}) {
			ids = append(ids, inc.ID)
		}
		if strings.Join(ids, " ") != "a b" {
			t.Errorf("incidents after a refused update: %v, want a b", ids)
		}
	}
}

// testRelatedTo finds the reports near a report in time and space, and
// those whose dates are too vague to leave out, without assertions.
func testRelatedTo(t *testing.T, s Incremental) {
	ctx := context.Background()
	oct19 := day(2023, time.October, 19)
	type variant struct {
		doc   string
		when  sitrep.When
		place sitrep.Place
	}
	tanf := NewReport("x", 0, "").Place
	near := tanf
	near.ID, near.Name, near.Lat = "sy-near", "Near Tanf", tanf.Lat+0.1 // 11 km north
	far := tanf
	far.ID, far.Name, far.Lat, far.Lon = "iq-far", "Far Away", 36.3, 43.1
	region := sitrep.Place{Name: "Homs Desert", Country: "SY", Precision: sitrep.GeoCountry}
	badia := sitrep.Place{ID: "sy-badia", Name: "Badia", Kind: sitrep.KindRegion, Country: "SY", Lat: tanf.Lat, Lon: tanf.Lon, Precision: sitrep.GeoProvince}
	areas := BoxAreas{"sy-badia": {tanf.Lat - 0.5, tanf.Lon - 0.5, tanf.Lat + 0.5, tanf.Lon + 0.5}}
	on := func(d sitrep.Date) sitrep.When { return sitrep.When{Start: d, End: d, Precision: sitrep.PrecisionDay} }
	for _, v := range []variant{
		{"same", on(oct19.AddDays(1)), tanf},
		{"near", on(oct19), near},
		{"far", on(oct19), far},
		{"later", on(oct19.AddDays(90)), tanf},
		{"earlier", on(oct19.AddDays(-5)), tanf},
		{"noyear", on(sitrep.Date{Month: time.October, Day: 19}), tanf},
		{"undated", sitrep.When{}, tanf},
		{"region", on(oct19), region},
		{"area", on(oct19), badia},
	} {
		d := NewDocument(v.doc, "A report from "+v.doc+".")
		x := NewExtraction(d, 0)
		x.Reports[0].When, x.Reports[0].Place = v.when, v.place
		MustPutDocument(t, s, d, x, sitrep.PutNew)
	}
	keys := func(rs []sitrep.Report) string {
		var ks []string
		for _, r := range rs {
			if r.Assertions != nil {
				t.Errorf("%s: assertions returned", r.Key())
			}
			ks = append(ks, r.Doc)
		}
		sort.Strings(ks)
		return strings.Join(ks, " ")
	}
	seed := NewReport("seed", 0, "")
	seed.When = on(oct19)
	got, err := s.RelatedTo(ctx, []sitrep.Report{seed}, sitrep.Window{Days: 3, Km: 25}, -1<<62, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "earlier near noyear same"; keys(got) != want {
		t.Errorf("related to a report at Tanf on 2023-10-19: %s, want %s", keys(got), want)
	}
	got, err = s.RelatedTo(ctx, []sitrep.Report{seed}, sitrep.Window{Days: 3, Km: 25}, oct19.Days(), func(k string) bool { return k == "same#0" })
	if err != nil {
		t.Fatal(err)
	}
	if want := "near noyear"; keys(got) != want {
		t.Errorf("from 2023-10-19, same known: %s, want %s", keys(got), want)
	}
	regional := NewReport("seed", 1, "")
	regional.When, regional.Place = on(oct19), region
	got, err = s.RelatedTo(ctx, []sitrep.Report{regional}, sitrep.Window{Days: 3, Km: 25}, -1<<62, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "region"; keys(got) != want {
		t.Errorf("related to a report in the Homs Desert: %s, want %s", keys(got), want)
	}
	// With areas: a report at Tanf finds the one naming the area around
	// it, and that one finds the reports at points in the area's box.
	got, err = s.RelatedTo(ctx, []sitrep.Report{seed}, sitrep.Window{Days: 3, Km: 25, Areas: areas}, -1<<62, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "area earlier near noyear same"; keys(got) != want {
		t.Errorf("with areas, related to a report at Tanf: %s, want %s", keys(got), want)
	}
	inArea := NewReport("seed", 2, "")
	inArea.When, inArea.Place = on(oct19), badia
	got, err = s.RelatedTo(ctx, []sitrep.Report{inArea}, sitrep.Window{Days: 3, Km: 25, Areas: areas}, -1<<62, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The area's own block over the usual days, points in its box on its
	// dates (an area pair's dates meet), and the reports without a year.
	if want := "area near noyear"; keys(got) != want {
		t.Errorf("with areas, related to a report in the Badia: %s, want %s", keys(got), want)
	}
	of, err := s.ReportsOf(ctx, []string{"near", "far", "missing"})
	if err != nil {
		t.Fatal(err)
	}
	if len(of) != 2 || of[0].Doc != "near" || of[1].Doc != "far" || of[0].Assertions != nil {
		t.Errorf("reports of near, far: %s", show(of))
	}
}

// testReportsByKey reads reports by key, in the order of the keys, those
// the store lacks left out.
func testReportsByKey(t *testing.T, s Incremental) {
	ctx := context.Background()
	for _, id := range []string{"d1", "d2"} {
		d := NewDocument(id, "Drones over "+id+".")
		MustPutDocument(t, s, d, NewExtraction(d, 0, 1), sitrep.PutNew)
	}
	got, err := s.ReportsByKey(ctx, []string{"d2#1", "d1#0", "d1#7", "nokey", "d2#0"})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, r := range got {
		keys = append(keys, r.Key())
		if r.Assertions != nil || r.Quote == "" {
			t.Errorf("%s: %s, want the report without assertions", r.Key(), show(r))
		}
	}
	if want := "d2#1 d1#0 d2#0"; strings.Join(keys, " ") != want {
		t.Errorf("reports by key: %v, want %s", keys, want)
	}
}

// testSignaturesNear lists the signatures of documents published near a
// day, and of those without a year; and who copies whom.
func testSignaturesNear(t *testing.T, s Incremental) {
	ctx := context.Background()
	for _, v := range []struct {
		id        string
		published sitrep.Date
	}{
		{"in", day(2023, time.October, 20)},
		{"edge", day(2023, time.October, 27)},
		{"out", day(2023, time.November, 20)},
		{"noyear", sitrep.Date{Month: time.March, Day: 1}},
		{"unknown", sitrep.Date{}},
	} {
		d := NewDocument(v.id, "Signed story "+v.id+".")
		d.Published = v.published
		x := NewExtraction(d, 0)
		x.Signature = []byte(v.id)
		MustPutDocument(t, s, d, x, sitrep.PutNew)
	}
	plain := NewDocument("plain", "No signature.")
	MustPutDocument(t, s, plain, NewExtraction(plain, 0), sitrep.PutNew)
	if err := s.SetCopies(ctx, map[string]string{"edge": "in"}); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := s.SignaturesNear(ctx, day(2023, time.October, 13), day(2023, time.October, 27),
		func(id string, published sitrep.Date, sig []byte, copyOf string) error {
			got = append(got, fmt.Sprintf("%s:%s:%s:%s", id, published, sig, copyOf))
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	if want := "edge:2023-10-27:edge:in in:2023-10-20:in: noyear:--03-01:noyear: unknown::unknown:"; strings.Join(got, " ") != want {
		t.Errorf("signatures near: %v, want %s", got, want)
	}
	for id, want := range map[string]bool{"in": true, "edge": false, "plain": false} {
		if got, err := s.Copied(ctx, id); err != nil || got != want {
			t.Errorf("copied %s: %v (%v), want %v", id, got, err, want)
		}
	}
	heads, err := s.DocumentHeadsOf(ctx, []string{"edge", "plain", "missing"})
	if err != nil {
		t.Fatal(err)
	}
	if len(heads) != 2 || heads["edge"].CopyOf != "in" || heads["edge"].Text != "" || heads["plain"].Hash == "" {
		t.Errorf("heads of edge, plain: %+v", heads)
	}
}

// BoxAreas are areas with boxes (min lat, min lon, max lat, max lon), each
// holding the precise places in its box: a sitrep.Areas for tests.
type BoxAreas map[string][4]float64

func (a BoxAreas) Box(id string) ([4]float64, bool) { b, ok := a[id]; return b, ok }

func (a BoxAreas) Holds(id string, p sitrep.Place) bool {
	b, ok := a[id]
	return ok && (p.Precision == sitrep.GeoSite || p.Precision == sitrep.GeoNear) &&
		p.Lat >= b[0] && p.Lat <= b[2] && p.Lon >= b[1] && p.Lon <= b[3]
}

func (a BoxAreas) At(p sitrep.Place) []string {
	var ids []string
	for id := range a {
		if a.Holds(id, p) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}
