package cluster_test

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
)

// Places used by the tests. Coordinates are in Iraq, where 0.1° of longitude
// is about 9.3 km.
var (
	baghdad = sitrep.Place{ID: "baghdad", Name: "Baghdad", Kind: sitrep.KindTown, Country: "IQ",
		Admin1: "Baghdad", Lat: 33.3, Lon: 44.35, Precision: sitrep.GeoSite}
	anbar = sitrep.Place{ID: "anbar", Name: "Anbar", Kind: sitrep.KindAdmin1, Country: "IQ",
		Admin1: "Anbar", Lat: 33.3, Lon: 42.5, Precision: sitrep.GeoProvince}
	salahaddin = sitrep.Place{ID: "salahaddin", Name: "Salah al-Din", Kind: sitrep.KindAdmin1, Country: "IQ",
		Admin1: "Salah al-Din", Lat: 33.3, Lon: 42.5, Precision: sitrep.GeoProvince}
)

// site returns a precise place lat/lon, with id.
func site(id string, lat, lon float64) sitrep.Place {
	return sitrep.Place{ID: id, Name: id, Kind: sitrep.KindSite, Country: "IQ", Lat: lat, Lon: lon,
		Precision: sitrep.GeoSite}
}

// eastOf returns the place km kilometres due east of p, with id.
func eastOf(p sitrep.Place, id string, km float64) sitrep.Place {
	dlon := km / (6371.0 * math.Pi / 180 * math.Cos(p.Lat*math.Pi/180))
	return site(id, p.Lat, p.Lon+dlon)
}

// MustDate parses s as in sitrep.ParseDate or fails the test.
func MustDate(tb testing.TB, s string) sitrep.Date {
	tb.Helper()
	d, err := sitrep.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// day returns the When of one day, "2023-12-27" or "--12-27".
func day(tb testing.TB, s string) sitrep.When {
	tb.Helper()
	d := MustDate(tb, s)
	return sitrep.When{Start: d, End: d, Precision: sitrep.PrecisionDay}
}

// days returns the When from start to end inclusive, with precision p.
func days(tb testing.TB, start, end, p string) sitrep.When {
	tb.Helper()
	return sitrep.When{Start: MustDate(tb, start), End: MustDate(tb, end), Precision: p}
}

// report returns a drone report of doc#seq at Baghdad on 2023-10-19, changed by opts.
func report(tb testing.TB, doc string, seq int, opts ...func(*sitrep.Report)) sitrep.Report {
	tb.Helper()
	r := sitrep.Report{Doc: doc, Seq: seq, When: day(tb, "2023-10-19"), Place: baghdad,
		Category: sitrep.CategoryDrone, Status: sitrep.StatusReported, ClaimedBy: []string{},
		Weapons: []sitrep.Weapon{}, Quote: "A drone hit " + doc + ".", Span: sitrep.Span{Start: seq * 10, End: seq*10 + 9}}
	for _, o := range opts {
		o(&r)
	}
	return r
}

func at(p sitrep.Place) func(*sitrep.Report)    { return func(r *sitrep.Report) { r.Place = p } }
func on(w sitrep.When) func(*sitrep.Report)     { return func(r *sitrep.Report) { r.When = w } }
func cat(c string) func(*sitrep.Report)         { return func(r *sitrep.Report) { r.Category = c } }
func status(s string) func(*sitrep.Report)      { return func(r *sitrep.Report) { r.Status = s } }
func killed(n int) func(*sitrep.Report)         { return func(r *sitrep.Report) { r.Fatalities = &n } }
func wounded(n int) func(*sitrep.Report)        { return func(r *sitrep.Report) { r.Injuries = &n } }
func claimed(by ...string) func(*sitrep.Report) { return func(r *sitrep.Report) { r.ClaimedBy = by } }
func weapon(kind string, n int) func(*sitrep.Report) {
	return func(r *sitrep.Report) { r.Weapons = append(r.Weapons, sitrep.Weapon{Kind: kind, Count: n}) }
}

// docsOf returns a document for each doc id of rs.
func docsOf(rs []sitrep.Report) map[string]sitrep.Document {
	docs := map[string]sitrep.Document{}
	for _, r := range rs {
		docs[r.Doc] = sitrep.Document{ID: r.Doc, Outlet: "Outlet " + r.Doc, URL: "https://example.org/" + r.Doc,
			Published: sitrep.Date{Year: 2023, Month: time.October, Day: 20}}
	}
	return docs
}

func fuse(rs ...sitrep.Report) []sitrep.Incident {
	return cluster.New().Fuse(rs, docsOf(rs))
}

// keys returns the report keys of every incident, incident by incident.
func keys(incs []sitrep.Incident) [][]string {
	out := [][]string{}
	for _, inc := range incs {
		var ks []string
		for _, r := range inc.Reports {
			ks = append(ks, r.Key())
		}
		slices.Sort(ks)
		out = append(out, ks)
	}
	return out
}

// together reports whether report keys a and b are in one incident.
func together(incs []sitrep.Incident, a, b string) bool {
	for _, ks := range keys(incs) {
		if slices.Contains(ks, a) && slices.Contains(ks, b) {
			return true
		}
	}
	return false
}

// checkPair fuses a#0 and b#0 and checks whether they merged.
func checkPair(t *testing.T, a, b sitrep.Report, merge bool) {
	t.Helper()
	incs := fuse(a, b)
	if got := together(incs, a.Key(), b.Key()); got != merge {
		t.Errorf("merged %v, want %v: incidents %v", got, merge, keys(incs))
	}
	want := 2
	if merge {
		want = 1
	}
	if len(incs) != want {
		t.Errorf("got %d incidents, want %d", len(incs), want)
	}
}

func TestFuseMerge(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		a := report(t, "a", 0, on(days(t, "2023-10-18", "2023-10-20", sitrep.PrecisionWeek)))
		b := report(t, "b", 0)
		incs := fuse(b, a)
		if len(incs) != 1 {
			t.Fatalf("got %d incidents, want 1: %v", len(incs), keys(incs))
		}
		srcs := incs[0].Sources
		if len(srcs) != 2 || srcs[0].Doc != "a" || srcs[1].Doc != "b" {
			t.Fatalf("got sources %+v, want a and b", srcs)
		}
		want := sitrep.Source{Doc: "b", Outlet: "Outlet b", URL: "https://example.org/b", Published: "2023-10-20",
			Quote: "A drone hit b.", Start: 0, End: 9}
		if srcs[1] != want {
			t.Errorf("got source %+v, want %+v", srcs[1], want)
		}
	})
	t.Run("Undated", func(t *testing.T) {
		a := report(t, "a", 0, on(sitrep.When{}))
		b := report(t, "b", 0, on(sitrep.When{}))
		checkPair(t, a, b, false)
		// Nor does an undated report join a dated one.
		checkPair(t, a, report(t, "b", 0), false)
	})
	t.Run("SameDocument", func(t *testing.T) {
		a0 := report(t, "a", 0)
		a1 := report(t, "a", 1)
		b0 := report(t, "b", 0)
		incs := fuse(a0, a1, b0)
		if len(incs) != 2 {
			t.Errorf("got %d incidents, want 2: %v", len(incs), keys(incs))
		}
		if together(incs, a0.Key(), a1.Key()) {
			t.Errorf("a#0 and a#1 in one incident: %v", keys(incs))
		}
		if !together(incs, a0.Key(), b0.Key()) && !together(incs, a1.Key(), b0.Key()) {
			t.Errorf("b#0 joined neither report of a: %v", keys(incs))
		}
		checkOneDocEach(t, incs)
	})
	t.Run("SameDocumentChain", func(t *testing.T) {
		// a#0 ~ b#0 ~ c#0 ~ a#1 by dates a day apart each: the chain must
		// still not hold both reports of a.
		rs := []sitrep.Report{
			report(t, "a", 0, on(day(t, "2023-10-19"))),
			report(t, "b", 0, on(day(t, "2023-10-20"))),
			report(t, "c", 0, on(day(t, "2023-10-21"))),
			report(t, "a", 1, on(day(t, "2023-10-22"))),
		}
		incs := fuse(rs...)
		if together(incs, "a#0", "a#1") {
			t.Errorf("a#0 and a#1 in one incident: %v", keys(incs))
		}
		checkOneDocEach(t, incs)
	})
}

// checkOneDocEach fails when an incident holds two reports of one document.
func checkOneDocEach(t *testing.T, incs []sitrep.Incident) {
	t.Helper()
	for _, inc := range incs {
		seen := map[string]bool{}
		for _, r := range inc.Reports {
			if seen[r.Doc] {
				t.Errorf("incident %s holds two reports of %s: %v", inc.ID, r.Doc, keys([]sitrep.Incident{inc}))
			}
			seen[r.Doc] = true
		}
		if len(inc.Sources) != len(inc.Reports) {
			t.Errorf("incident %s: got %d sources, want %d", inc.ID, len(inc.Sources), len(inc.Reports))
		}
	}
}

func TestFuseCategory(t *testing.T) {
	for _, tc := range []struct {
		name  string
		a, b  string
		merge bool
	}{
		{"DroneMissile", sitrep.CategoryDrone, sitrep.CategoryMissile, false},
		{"DroneUnknown", sitrep.CategoryDrone, sitrep.CategoryUnknown, true},
		{"UnknownDrone", sitrep.CategoryUnknown, sitrep.CategoryDrone, true},
		{"DroneDrone", sitrep.CategoryDrone, sitrep.CategoryDrone, true},
		{"RocketMortar", sitrep.CategoryRocket, sitrep.CategoryMortar, false},
		// "Turkish strikes hit a bakery in Derik" and "a Turkish drone
		// struck a bakery in Derik": one air or drone strike.
		{"DroneAirstrike", sitrep.CategoryDrone, sitrep.CategoryAirstrike, true},
		{"AirstrikeDrone", sitrep.CategoryAirstrike, sitrep.CategoryDrone, true},
		// "Israeli missiles struck a depot near al-Qusayr" and the
		// ministry's "aerial aggression": one air strike.
		{"AirstrikeMissile", sitrep.CategoryAirstrike, sitrep.CategoryMissile, true},
		{"MissileAirstrike", sitrep.CategoryMissile, sitrep.CategoryAirstrike, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPair(t, report(t, "a", 0, cat(tc.a)), report(t, "b", 0, cat(tc.b)), tc.merge)
		})
	}
	// Through a report of unknown category too: the drone and the air
	// strike join, the missile stays apart.
	t.Run("ThroughUnknown", func(t *testing.T) {
		a := report(t, "a", 0, cat(sitrep.CategoryDrone))
		b := report(t, "b", 0, cat(sitrep.CategoryUnknown))
		c := report(t, "c", 0, cat(sitrep.CategoryAirstrike))
		incs := fuse(a, b, c)
		if len(incs) != 1 {
			t.Errorf("got %d incidents, want 1: %v", len(incs), keys(incs))
		}
	})
}

// An air strike told as missiles is one of the same day: Tomahawks at a
// radar site the day after air strikes on its base are another attack.
func TestFuseMissileStrikeDays(t *testing.T) {
	checkPair(t, report(t, "a", 0, cat(sitrep.CategoryAirstrike), on(day(t, "2024-01-12"))),
		report(t, "b", 0, cat(sitrep.CategoryMissile), on(day(t, "2024-01-13"))), false)
	checkPair(t, report(t, "a", 0, cat(sitrep.CategoryMissile), on(day(t, "2024-01-12"))),
		report(t, "b", 0, cat(sitrep.CategoryMissile), on(day(t, "2024-01-13"))), true)
	// Across a border: the anti-tank missile fired at Manara and the air
	// strike on Odaisseh that answered it, 7 km apart the same day.
	manara := sitrep.Place{ID: "manara", Name: "Manara", Kind: sitrep.KindTown, Country: "IL", Lat: 33.195, Lon: 35.545,
		Precision: sitrep.GeoSite}
	odaisseh := sitrep.Place{ID: "odaisseh", Name: "Odaisseh", Kind: sitrep.KindTown, Country: "LB", Lat: 33.254, Lon: 35.552,
		Precision: sitrep.GeoSite}
	checkPair(t, report(t, "a", 0, cat(sitrep.CategoryMissile), at(manara), on(day(t, "2023-12-31"))),
		report(t, "b", 0, cat(sitrep.CategoryAirstrike), at(odaisseh), on(day(t, "2023-12-31"))), false)
	// Nor one side's drone and the other's air strike.
	checkPair(t, report(t, "a", 0, cat(sitrep.CategoryDrone), at(manara), on(day(t, "2023-12-31"))),
		report(t, "b", 0, cat(sitrep.CategoryAirstrike), at(odaisseh), on(day(t, "2023-12-31"))), false)
}

// A sea sees ships attacked on following days: two reports at the Gulf of
// Aden that each date theirs to a day join only on the same day; a week
// still holds a day, and a site keeps a day's slack.
func TestFuseSeaDays(t *testing.T) {
	gulf := sitrep.Place{ID: "gulf-of-aden", Name: "Gulf of Aden", Kind: sitrep.KindRegion, Lat: 12.5, Lon: 48,
		Precision: sitrep.GeoProvince}
	for _, tc := range []struct {
		name  string
		p     sitrep.Place
		a, b  sitrep.When
		merge bool
	}{
		{"SeaSameDay", gulf, day(t, "2024-02-19"), day(t, "2024-02-19"), true},
		{"SeaOneDayApart", gulf, day(t, "2024-02-18"), day(t, "2024-02-19"), false},
		{"SeaWeekHoldsDay", gulf, days(t, "2024-02-13", "2024-02-19", sitrep.PrecisionWeek), day(t, "2024-02-18"), true},
		{"SiteOneDayApart", baghdad, day(t, "2024-02-18"), day(t, "2024-02-19"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPair(t, report(t, "a", 0, at(tc.p), on(tc.a)), report(t, "b", 0, at(tc.p), on(tc.b)), tc.merge)
		})
	}
}

// Reports at nested seas ("the Red Sea", "the southern Red Sea") of one
// day join; of following days, or at two parts of a sea, they do not.
func TestFuseNestedSeas(t *testing.T) {
	sea := func(id, name string) sitrep.Place {
		return sitrep.Place{ID: id, Name: name, Kind: sitrep.KindRegion, Lat: 20, Lon: 38.5, Precision: sitrep.GeoProvince}
	}
	red, south, north := sea("red-sea", "Red Sea"), sea("red-sea#south", "southern Red Sea"), sea("red-sea#north", "northern Red Sea")
	for _, tc := range []struct {
		name  string
		a, b  sitrep.Place
		da    string
		merge bool
	}{
		{"WholeAndPart", red, south, "2023-11-15", true},
		{"PartAndWhole", south, red, "2023-11-15", true},
		{"NextDay", red, south, "2023-11-16", false},
		{"TwoParts", north, south, "2023-11-15", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := report(t, "a", 0, at(tc.a), on(day(t, tc.da)), cat(sitrep.CategoryDrone))
			b := report(t, "b", 0, at(tc.b), on(day(t, "2023-11-15")), cat(sitrep.CategoryDrone))
			checkPair(t, a, b, tc.merge)
			f := cluster.New()
			if got := f.Related(a, b); got != tc.merge || f.Related(b, a) != got {
				t.Errorf("Related = %v, want %v both ways", got, tc.merge)
			}
			if got := len(f.RelatedIn([]sitrep.Report{a})(b, nil)) == 1; got != tc.merge {
				t.Errorf("RelatedIn finds it: %v, want %v", got, tc.merge)
			}
		})
	}
}

func TestFuseDate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		a, b  sitrep.When
		merge bool
	}{
		{"SameDay", day(t, "2023-12-27"), day(t, "2023-12-27"), true},
		{"OneDayApart", day(t, "2023-12-27"), day(t, "2023-12-28"), true},
		{"TwoDaysApart", day(t, "2023-12-27"), day(t, "2023-12-29"), false},
		{"ThreeDaysApart", day(t, "2023-12-27"), day(t, "2023-12-30"), false},
		{"OneDayApartAcrossYear", day(t, "2023-12-31"), day(t, "2024-01-01"), true},
		{"SameDayOtherYear", day(t, "2022-12-27"), day(t, "2023-12-27"), false},
		{"WeekHoldsDay", days(t, "2023-12-20", "2023-12-27", sitrep.PrecisionWeek), day(t, "2023-12-28"), true},
		{"Yearless", day(t, "--12-27"), day(t, "2023-12-27"), true},
		{"YearlessOneDay", day(t, "--12-27"), day(t, "2023-12-28"), true},
		{"YearlessTwoDays", day(t, "--12-27"), day(t, "2023-12-29"), false},
		{"YearlessThreeDays", day(t, "--12-27"), day(t, "2023-12-30"), false},
		{"BothYearless", day(t, "--12-27"), day(t, "--12-27"), true},
		{"BothYearlessApart", day(t, "--12-27"), day(t, "--12-30"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPair(t, report(t, "a", 0, on(tc.a)), report(t, "b", 0, on(tc.b)), tc.merge)
			checkPair(t, report(t, "a", 0, on(tc.b)), report(t, "b", 0, on(tc.a)), tc.merge)
		})
	}
}

func TestFusePlace(t *testing.T) {
	p := site("p", 33.31, 44.33)
	for _, tc := range []struct {
		name  string
		a, b  sitrep.Place
		merge bool
	}{
		{"SameID", baghdad, baghdad, true},
		{"Near5km", p, eastOf(p, "q", 5), true},
		{"Far30km", p, eastOf(p, "q", 30), false},
		{"North5km", p, site("q", p.Lat+5/111.195, p.Lon), true},
		{"North30km", p, site("q", p.Lat+30/111.195, p.Lon), false},
		{"ProvinceSameID", anbar, anbar, true},
		{"ProvinceOtherID", anbar, salahaddin, false}, // same coordinates
		{"ProvinceAndSite", anbar, site("in-anbar", anbar.Lat, anbar.Lon), false},
		{"Unresolved", sitrep.Place{Name: "Somewhere"}, sitrep.Place{Name: "Somewhere"}, false},
		// A town the gazetteer lacks, placed in its province by one report
		// and in its country by another: "Barsalogho (Sanmatenga province,
		// Centre-Nord region)", "Barsalogho in north-central Burkina Faso".
		{"UnresolvedInProvinceAndCountry", barsalogho("Centre-Nord", sitrep.GeoProvince), barsalogho("", sitrep.GeoCountry), true},
		{"UnresolvedInOneProvince", barsalogho("Centre-Nord", sitrep.GeoProvince), barsalogho("Centre-Nord", sitrep.GeoProvince), true},
		{"UnresolvedInTwoProvinces", barsalogho("Centre-Nord", sitrep.GeoProvince), barsalogho("Sahel", sitrep.GeoProvince), false},
		{"UnresolvedNamesake", barsalogho("", sitrep.GeoCountry), func() sitrep.Place { p := barsalogho("", sitrep.GeoCountry); p.Country = "ML"; return p }(), false},
		// One name with and without the Arabic article: "al-Dreij", "Dreij".
		{"UnresolvedArticle", renamed(barsalogho("", sitrep.GeoCountry), "al-Barsalogho"), barsalogho("", sitrep.GeoCountry), true},
		{"UnresolvedOtherName", renamed(barsalogho("", sitrep.GeoCountry), "al-Barsa"), barsalogho("", sitrep.GeoCountry), false},
		{"UnresolvedFrenchArticle", renamed(barsalogho("", sitrep.GeoCountry), "Ech-Barsalogho"), barsalogho("", sitrep.GeoCountry), true},
		{"UnresolvedArticleInside", renamed(barsalogho("", sitrep.GeoCountry), "Khirbet el-Barsalogho"), renamed(barsalogho("", sitrep.GeoCountry), "Khirbet al-Barsalogho"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPair(t, report(t, "a", 0, at(tc.a)), report(t, "b", 0, at(tc.b)), tc.merge)
		})
	}
}

// barsalogho is a town the gazetteer lacks, placed in a province of
// Burkina Faso or in the country only.
func barsalogho(admin1 string, precision int) sitrep.Place {
	return sitrep.Place{Name: "Barsalogho", Kind: sitrep.KindTown, Country: "BF", Admin1: admin1, Lat: 12.25, Lon: -1.57,
		Precision: precision}
}

// renamed returns p under another name.
func renamed(p sitrep.Place, name string) sitrep.Place {
	p.Name = name
	return p
}

// TestFuseGridCells checks that precise places closer than MaxKm merge
// wherever they fall on the blocking grid: 0.1° of longitude is narrower
// than 10 km away from the equator.
func TestFuseGridCells(t *testing.T) {
	a := site("a", 33.3, 44.0999)
	b := site("b", 33.3, 44.2001)
	d := sitrep.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon)
	if d > cluster.DefaultMaxKm {
		t.Fatalf("test places %.2f km apart, want at most %v", d, cluster.DefaultMaxKm)
	}
	checkPair(t, report(t, "a", 0, at(a)), report(t, "b", 0, at(b)), true)
}

// TestFuseProvinceName checks that province-level reports match on the
// place id alone, as match does, whatever name each gives the place.
func TestFuseProvinceName(t *testing.T) {
	other := anbar
	other.Name = "Al Anbar"
	checkPair(t, report(t, "a", 0, at(anbar)), report(t, "b", 0, at(other)), true)
}

// generate returns n reports of docs holding one to three reports each,
// over places and days, with fixed seed.
func generate(n, places, ndays int, seed uint64) []sitrep.Report {
	rng := rand.New(rand.NewPCG(seed, 1))
	base := sitrep.Date{Year: 2023, Month: time.October, Day: 1}
	cats := []string{sitrep.CategoryDrone, sitrep.CategoryDrone, sitrep.CategoryRocket, sitrep.CategoryUnknown,
		sitrep.CategoryMissile}
	statuses := []string{sitrep.StatusReported, sitrep.StatusClaimed, sitrep.StatusConfirmed,
		sitrep.StatusUnverified, sitrep.StatusDisputed}
	var pls []sitrep.Place
	for i := range places {
		p := site(fmt.Sprintf("p%02d", i), 32+float64(i%8)*0.4, 40+float64(i/8)*0.5)
		switch i % 5 {
		case 3:
			p.Precision = sitrep.GeoNear
		case 4:
			p.Precision, p.Kind = sitrep.GeoProvince, sitrep.KindAdmin1
		}
		pls = append(pls, p)
	}
	var rs []sitrep.Report
	for doc := 0; len(rs) < n; doc++ {
		for seq := range 1 + rng.IntN(3) {
			r := sitrep.Report{Doc: fmt.Sprintf("d%05d", doc), Seq: seq, ClaimedBy: []string{}, Weapons: []sitrep.Weapon{},
				Category: cats[rng.IntN(len(cats))], Status: statuses[rng.IntN(len(statuses))],
				Span: sitrep.Span{Start: seq * 100, End: seq*100 + 50}}
			r.Quote = r.Key()
			p := pls[rng.IntN(len(pls))]
			if p.Precision <= sitrep.GeoNear && rng.IntN(3) == 0 {
				// A nearby unnamed spot, a few km off.
				p.ID, p.Name = "", ""
				p.Lat += (rng.Float64() - 0.5) * 0.1
				p.Lon += (rng.Float64() - 0.5) * 0.1
			}
			r.Place = p
			start := base.AddDays(rng.IntN(ndays))
			switch rng.IntN(10) {
			case 0: // undated
			case 1:
				r.When = sitrep.When{Start: start, End: start.AddDays(6), Precision: sitrep.PrecisionWeek}
			case 2:
				y := start
				y.Year = 0
				r.When = sitrep.When{Start: y, End: y, Precision: sitrep.PrecisionDay}
			default:
				r.When = sitrep.When{Start: start, End: start, Precision: sitrep.PrecisionDay}
			}
			if rng.IntN(2) == 0 {
				k := rng.IntN(5)
				r.Fatalities = &k
			}
			if rng.IntN(3) == 0 {
				r.ClaimedBy = []string{[]string{"Islamic Resistance in Iraq", "Kataib Hezbollah"}[rng.IntN(2)]}
			}
			if rng.IntN(3) == 0 {
				r.Weapons = []sitrep.Weapon{{Kind: "drone", Count: rng.IntN(4)}}
			}
			rs = append(rs, r)
			if len(rs) == n {
				break
			}
		}
	}
	return rs
}

func TestFuseDeterministic(t *testing.T) {
	rs := generate(600, 12, 20, 7)
	docs := docsOf(rs)
	want := cluster.New().Fuse(rs, docs)
	if len(want) == len(rs) {
		t.Fatalf("no report merged: the test data should hold merges")
	}
	checkOneDocEach(t, want)
	wantJSON, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 8; seed++ {
		t.Run(fmt.Sprintf("Seed%d", seed), func(t *testing.T) {
			shuffled := slices.Clone(rs)
			rand.New(rand.NewPCG(seed, 99)).Shuffle(len(shuffled), func(i, j int) {
				shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
			})
			got := cluster.New().Fuse(shuffled, docs)
			if !reflect.DeepEqual(got, want) {
				gotJSON, _ := json.Marshal(got)
				t.Errorf("incidents differ from input order: got %d incidents, want %d; JSON equal %v",
					len(got), len(want), string(gotJSON) == string(wantJSON))
				for i := range min(len(got), len(want)) {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Errorf("first difference at incident %d: got %s %v, want %s %v", i,
							got[i].ID, keys(got[i:i+1]), want[i].ID, keys(want[i:i+1]))
						break
					}
				}
			}
		})
	}
}

func TestFuseStableIDs(t *testing.T) {
	rs := generate(300, 8, 15, 3)
	docs := docsOf(rs)
	f := cluster.New()
	ids := func(incs []sitrep.Incident) []string {
		var out []string
		for _, inc := range incs {
			out = append(out, inc.ID)
		}
		return out
	}
	first := ids(f.Fuse(rs, docs))
	if again := ids(f.Fuse(rs, docs)); !slices.Equal(again, first) {
		t.Errorf("second call: got ids %v, want %v", again, first)
	}
	if fresh := ids(cluster.New().Fuse(rs, docs)); !slices.Equal(fresh, first) {
		t.Errorf("new fuser: got ids %v, want %v", fresh, first)
	}
	seen := map[string]bool{}
	for _, id := range first {
		if seen[id] {
			t.Errorf("id %s given to two incidents", id)
		}
		seen[id] = true
	}
	// Adding an unrelated report leaves the other ids alone.
	extra := report(t, "zzz", 0, on(day(t, "2020-01-01")))
	more := ids(f.Fuse(append(slices.Clone(rs), extra), docsOf(append(slices.Clone(rs), extra))))
	for _, id := range first {
		if !slices.Contains(more, id) {
			t.Errorf("id %s lost after adding an unrelated report", id)
		}
	}
}

func TestFuseOrder(t *testing.T) {
	rs := []sitrep.Report{
		report(t, "a", 0, on(sitrep.When{})),
		report(t, "b", 0, on(day(t, "2023-11-02"))),
		report(t, "c", 0, on(day(t, "2023-10-02"))),
	}
	incs := fuse(rs...)
	var got []string
	for _, inc := range incs {
		got = append(got, inc.Reports[0].Doc)
	}
	if want := []string{"c", "b", "a"}; !slices.Equal(got, want) {
		t.Errorf("got order %v, want %v", got, want)
	}
}

func TestResolve(t *testing.T) {
	near := baghdad
	near.Precision = sitrep.GeoNear
	near.Lat += 0.02
	rs := []sitrep.Report{
		report(t, "a", 0, on(days(t, "2023-10-17", "2023-10-23", sitrep.PrecisionWeek)), at(near),
			cat(sitrep.CategoryUnknown), status(sitrep.StatusClaimed), claimed("Islamic Resistance in Iraq"),
			killed(3), weapon("drone", 3)),
		report(t, "b", 0, on(day(t, "2023-10-19")), cat(sitrep.CategoryDrone), status(sitrep.StatusReported),
			claimed("Kataib Hezbollah", "Islamic Resistance in Iraq"), killed(4), weapon("drone", 5)),
		report(t, "c", 0, on(days(t, "2023-10-18", "2023-10-19", sitrep.PrecisionWeek)), at(near),
			cat(sitrep.CategoryUnknown), status(sitrep.StatusConfirmed), killed(5), weapon("drone", 3)),
		report(t, "d", 0, on(day(t, "2023-10-19")), at(near), cat(sitrep.CategoryUnknown),
			status(sitrep.StatusUnverified)),
		report(t, "e", 0, on(day(t, "2023-10-20")), at(near), cat(sitrep.CategoryDrone),
			status(sitrep.StatusReported), killed(3)),
	}
	incs := fuse(rs...)
	if len(incs) != 1 {
		t.Fatalf("got %d incidents, want 1: %v", len(incs), keys(incs))
	}
	inc := incs[0]
	t.Run("When", func(t *testing.T) {
		if want := day(t, "2023-10-19"); inc.When != want {
			t.Errorf("got %+v, want %+v", inc.When, want)
		}
	})
	t.Run("Place", func(t *testing.T) {
		if inc.Place != baghdad {
			t.Errorf("got %+v, want %+v", inc.Place, baghdad)
		}
	})
	t.Run("Category", func(t *testing.T) {
		if inc.Category != sitrep.CategoryDrone {
			t.Errorf("got %q, want %q", inc.Category, sitrep.CategoryDrone)
		}
	})
	t.Run("ClaimedBy", func(t *testing.T) {
		if want := []string{"Islamic Resistance in Iraq", "Kataib Hezbollah"}; !slices.Equal(inc.ClaimedBy, want) {
			t.Errorf("got %q, want %q", inc.ClaimedBy, want)
		}
	})
	t.Run("Fatalities", func(t *testing.T) {
		if inc.Fatalities == nil || *inc.Fatalities != 5 {
			t.Errorf("got %v, want 5 (the confirmed report's)", intp(inc.Fatalities))
		}
	})
	t.Run("Status", func(t *testing.T) {
		if inc.Status != sitrep.StatusConfirmed {
			t.Errorf("got %q, want %q", inc.Status, sitrep.StatusConfirmed)
		}
	})
	t.Run("Sources", func(t *testing.T) {
		var got []string
		for _, s := range inc.Sources {
			got = append(got, s.Doc)
		}
		if want := []string{"a", "b", "c", "d", "e"}; !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
	t.Run("Contradictions", func(t *testing.T) {
		byField := map[string][]sitrep.FieldValue{}
		for _, c := range inc.Contradictions {
			byField[c.Field] = c.Values
		}
		wantKilled := []sitrep.FieldValue{{Value: "3", Doc: "a"}, {Value: "4", Doc: "b"}, {Value: "5", Doc: "c"},
			{Value: "3", Doc: "e"}}
		if got := byField[sitrep.FieldFatalities]; !reflect.DeepEqual(got, wantKilled) {
			t.Errorf("fatalities: got %v, want %v", got, wantKilled)
		}
		wantDrones := []sitrep.FieldValue{{Value: "3", Doc: "a"}, {Value: "5", Doc: "b"}, {Value: "3", Doc: "c"}}
		if got := byField[sitrep.FieldWeapon+":drone"]; !reflect.DeepEqual(got, wantDrones) {
			t.Errorf("weapon:drone: got %v, want %v", got, wantDrones)
		}
		if _, ok := byField[sitrep.FieldCategory]; ok {
			t.Errorf("category contradicted by unknown: %v", byField[sitrep.FieldCategory])
		}
	})
}

func TestResolveNoContradiction(t *testing.T) {
	incs := fuse(report(t, "a", 0, killed(2), weapon("drone", 2)), report(t, "b", 0, killed(2), weapon("drone", 2)),
		report(t, "c", 0, weapon("drone", 0)))
	if len(incs) != 1 {
		t.Fatalf("got %d incidents, want 1", len(incs))
	}
	if c := incs[0].Contradictions; len(c) != 0 {
		t.Errorf("got contradictions %+v, want none", c)
	}
	if c := incs[0].Contradictions; c == nil {
		t.Errorf("got nil contradictions, want empty")
	}
}

// TestResolveWhenYearless checks that the narrowest interval is the
// narrowest in days: a three-day interval without year is wider than a day.
func TestResolveWhenYearless(t *testing.T) {
	incs := fuse(report(t, "a", 0, on(days(t, "--12-26", "--12-28", sitrep.PrecisionWeek))),
		report(t, "b", 0, on(day(t, "2023-12-27"))))
	if len(incs) != 1 {
		t.Fatalf("got %d incidents, want 1: %v", len(incs), keys(incs))
	}
	if want := day(t, "2023-12-27"); incs[0].When != want {
		t.Errorf("got %+v, want %+v", incs[0].When, want)
	}
}

func TestResolveStatus(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{sitrep.StatusClaimed, sitrep.StatusDisputed, sitrep.StatusConfirmed}, sitrep.StatusDisputed},
		{[]string{sitrep.StatusReported, sitrep.StatusConfirmed}, sitrep.StatusConfirmed},
		{[]string{sitrep.StatusUnverified, sitrep.StatusReported}, sitrep.StatusUnverified},
		{[]string{sitrep.StatusClaimed, sitrep.StatusUnverified}, sitrep.StatusUnverified},
		{[]string{sitrep.StatusClaimed, sitrep.StatusClaimed}, sitrep.StatusClaimed},
	} {
		t.Run(tc.want, func(t *testing.T) {
			var rs []sitrep.Report
			for i, s := range tc.in {
				rs = append(rs, report(t, string(rune('a'+i)), 0, status(s)))
			}
			incs := fuse(rs...)
			if len(incs) != 1 {
				t.Fatalf("got %d incidents, want 1", len(incs))
			}
			if incs[0].Status != tc.want {
				t.Errorf("%v: got %q, want %q", tc.in, incs[0].Status, tc.want)
			}
		})
	}
}

// A strike whose side only looks into the report is reported, however
// plainly other reports tell it, until a report has it acknowledged.
func TestResolveUnacknowledged(t *testing.T) {
	stances := func(st ...string) func(*sitrep.Report) { return func(r *sitrep.Report) { r.Stances = st } }
	for _, tc := range []struct {
		name string
		rs   []func(*sitrep.Report)
		want string
	}{
		{"looked into", []func(*sitrep.Report){status(sitrep.StatusConfirmed), stances(sitrep.StanceUnacknowledged)}, sitrep.StatusReported},
		{"acknowledged later", []func(*sitrep.Report){status(sitrep.StatusConfirmed), stances(sitrep.StanceAcknowledged, sitrep.StanceConfirms)}, sitrep.StatusConfirmed},
		{"no review", []func(*sitrep.Report){status(sitrep.StatusConfirmed), stances(sitrep.StanceStates)}, sitrep.StatusConfirmed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := []sitrep.Report{
				report(t, "a", 0, status(sitrep.StatusConfirmed), stances(sitrep.StanceConfirms)),
				report(t, "b", 0, tc.rs...),
			}
			if tc.name == "acknowledged later" {
				rs = append(rs, report(t, "c", 0, status(sitrep.StatusReported), stances(sitrep.StanceUnacknowledged)))
			}
			incs := fuse(rs...)
			if len(incs) != 1 || incs[0].Status != tc.want {
				t.Errorf("got %+v, want one incident %s", incs, tc.want)
			}
		})
	}
}

func intp(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func BenchmarkFuse(b *testing.B) {
	rs := generate(20_000, 40, 180, 42)
	docs := docsOf(rs)
	f := cluster.New()
	var n, iters int
	for b.Loop() {
		n = len(f.Fuse(rs, docs))
		iters++
	}
	b.ReportMetric(float64(n), "incidents")
	per := float64(b.Elapsed().Nanoseconds()) / float64(iters) / float64(len(rs))
	b.ReportMetric(per, "ns/report")
	b.ReportMetric(1e9/per, "reports/s")
}

// TestFuseMaxKm checks that a Fuser with a wider MaxKm than the default
// merges precise places up to that distance wherever they fall on the grid.
func TestFuseMaxKm(t *testing.T) {
	f := cluster.New()
	f.MaxKm = 30
	for _, tc := range []struct {
		name string
		b    sitrep.Place
	}{
		{"East", site("b", 33.3, 44.5001)},
		{"North", site("b", 33.5001, 44.2499)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := site("a", 33.2499, 44.2499)
			if tc.name == "East" {
				a.Lat = 33.3
			}
			d := sitrep.DistanceKm(a.Lat, a.Lon, tc.b.Lat, tc.b.Lon)
			if d > f.MaxKm {
				t.Fatalf("test places %.2f km apart, want at most %v", d, f.MaxKm)
			}
			rs := []sitrep.Report{report(t, "a", 0, at(a)), report(t, "b", 0, at(tc.b))}
			if incs := f.Fuse(rs, docsOf(rs)); len(incs) != 1 {
				t.Errorf("places %.1f km apart: got %d incidents, want 1", d, len(incs))
			}
		})
	}
}

// Attacks on one site on following days, each dated by several documents,
// stay two incidents whatever the order of the reports, though a report of
// one is a day from a report of the other; a lone report a day off, or a
// few beside many, join the incident most reports date.
func TestFuseFollowingDays(t *testing.T) {
	for _, tc := range []struct {
		name  string
		days  []string // one report of its own document each
		wants [][]int  // the reports of each incident
	}{
		{"TwoAttacks", []string{"2024-01-20", "2024-01-20", "2024-01-21", "2024-01-21", "2024-01-20"},
			[][]int{{0, 1, 4}, {2, 3}}},
		{"OneDayOff", []string{"2024-01-20", "2024-01-20", "2024-01-21", "2024-01-20"},
			[][]int{{0, 1, 2, 3}}},
		{"FewBesideMany", []string{"2024-01-20", "2024-01-20", "2024-01-20", "2024-01-20", "2024-01-20",
			"2024-01-21", "2024-01-21"}, [][]int{{0, 1, 2, 3, 4, 5, 6}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rs []sitrep.Report
			for i, d := range tc.days {
				rs = append(rs, report(t, fmt.Sprintf("d%d", i), 0, on(day(t, d))))
			}
			for k := 0; k < 6; k++ {
				in := slices.Clone(rs)
				rand.New(rand.NewPCG(uint64(k), 1)).Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
				var got [][]int
				for _, inc := range cluster.New().Fuse(in, nil) {
					var g []int
					for _, r := range inc.Reports {
						var i int
						fmt.Sscanf(r.Doc, "d%d", &i)
						g = append(g, i)
					}
					slices.Sort(g)
					got = append(got, g)
				}
				slices.SortFunc(got, func(a, b []int) int { return a[0] - b[0] })
				if !reflect.DeepEqual(got, tc.wants) {
					t.Fatalf("order %d: got %v, want %v", k, got, tc.wants)
				}
			}
		})
	}
}

// An incident's place is the most precise its reports give; among equally
// precise ones, the place most reports give, not the first report's: a
// claim's camp beside the base four reports name.
func TestResolvePlaceMajority(t *testing.T) {
	camp := site("rukban", 33.32, 38.68)
	tower := site("tower-22", 33.322, 38.70)
	incs := fuse(report(t, "a", 0, at(camp)), report(t, "b", 0, at(tower)), report(t, "c", 0, at(tower)),
		report(t, "d", 0, at(anbar)))
	if len(incs) != 1 && len(incs) != 2 {
		t.Fatalf("got %d incidents, want the camp and the base in one", len(incs))
	}
	found := false
	for _, inc := range incs {
		if len(inc.Reports) >= 3 {
			found = true
			if inc.Place.ID != "tower-22" {
				t.Errorf("place: got %s, want tower-22, which two reports of three give", inc.Place.ID)
			}
		}
	}
	if !found {
		t.Errorf("got incidents %v, want the three reports at the camp and the base in one", keys(incs))
	}
}

// TestResolveWhenMajority checks that among equally narrow dates the one
// most independent documents give wins, not the first document's: a copy
// repeats its origin's date and adds no vote.
func TestResolveWhenMajority(t *testing.T) {
	rs := []sitrep.Report{
		report(t, "a", 0, on(day(t, "2023-11-30"))),
		report(t, "b", 0, on(day(t, "2023-12-01"))),
		report(t, "c", 0, on(day(t, "2023-12-01"))),
		report(t, "d", 0, on(day(t, "2023-11-30"))),
		report(t, "e", 0, on(days(t, "2023-11-27", "2023-12-03", sitrep.PrecisionWeek))),
	}
	docs := docsOf(rs)
	for _, copied := range []bool{true, false} {
		want := day(t, "2023-12-01")
		if !copied {
			// With d independent, two documents give each day: the
			// first wins.
			want = day(t, "2023-11-30")
		}
		d := docs["d"]
		d.CopyOf = map[bool]string{true: "a"}[copied]
		docs["d"] = d
		if got := cluster.Resolve(rs, docs).When; got != want {
			t.Errorf("d a copy %v: got %+v, want %+v", copied, got, want)
		}
	}
}

// checkGroups fuses rs and checks the report keys of each incident,
// incidents in order of their first key.
func checkGroups(t *testing.T, rs []sitrep.Report, want [][]string) {
	t.Helper()
	got := keys(fuse(rs...))
	slices.SortFunc(got, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestFuseVague checks that a report dating the event to a week joins the
// reports of one incident it may tell and never brings two together: a
// roundup of "a drone attack on the base this week" does not make Monday's
// and Wednesday's attacks one. Reports that all date it vaguely still join.
func TestFuseVague(t *testing.T) {
	week := on(days(t, "2023-10-16", "2023-10-22", sitrep.PrecisionWeek))
	for _, tc := range []struct {
		name string
		rs   []sitrep.Report
		want [][]string
	}{
		{"TwoAttacks", []sitrep.Report{
			report(t, "a", 0, on(day(t, "2023-10-16"))),
			report(t, "b", 0, on(day(t, "2023-10-18"))),
			report(t, "w", 0, week),
		}, [][]string{{"a#0", "w#0"}, {"b#0"}}},
		{"WeekFirstInOrder", []sitrep.Report{
			report(t, "w", 0, week),
			report(t, "b", 0, on(day(t, "2023-10-18"))),
			report(t, "a", 0, on(day(t, "2023-10-16"))),
		}, [][]string{{"a#0", "w#0"}, {"b#0"}}},
		{"OneAttack", []sitrep.Report{
			report(t, "a", 0, on(day(t, "2023-10-17"))),
			report(t, "b", 0, on(day(t, "2023-10-18"))),
			report(t, "w", 0, week),
		}, [][]string{{"a#0", "b#0", "w#0"}}},
		{"WeeksOnly", []sitrep.Report{
			report(t, "v", 0, on(days(t, "2023-10-15", "2023-10-21", sitrep.PrecisionWeek))),
			report(t, "w", 0, week),
		}, [][]string{{"v#0", "w#0"}}},
		{"TwoWeeksTwoAttacks", []sitrep.Report{
			report(t, "a", 0, on(day(t, "2023-10-16"))),
			report(t, "b", 0, on(day(t, "2023-10-18"))),
			report(t, "v", 0, on(days(t, "2023-10-15", "2023-10-21", sitrep.PrecisionWeek))),
			report(t, "w", 0, week),
		}, [][]string{{"a#0", "v#0", "w#0"}, {"b#0"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkGroups(t, tc.rs, tc.want) })
	}
}

// TestFuseNearTwoSites checks that a report near two named sites 14 km
// apart (a point 7 km from each, or "near" a town between them) joins the
// reports of one of them and does not bring both sites' attacks together;
// reports at the two sites themselves within MaxKm still join.
func TestFuseNearTwoSites(t *testing.T) {
	a := site("a-base", 33.0, 43.0)
	b := eastOf(a, "b-town", 14)
	mid := eastOf(a, "", 7)
	mid.Name, mid.Precision = "", sitrep.GeoNear
	nearB := eastOf(a, "b-town", 7)
	nearB.Precision = sitrep.GeoNear
	for _, tc := range []struct {
		name string
		rs   []sitrep.Report
		want [][]string
	}{
		{"Point", []sitrep.Report{
			report(t, "a", 0, at(a)), report(t, "b", 0, at(b)), report(t, "n", 0, at(mid)),
		}, [][]string{{"a#0", "n#0"}, {"b#0"}}},
		{"NearTown", []sitrep.Report{
			report(t, "a", 0, at(a)), report(t, "b", 0, at(b)), report(t, "n", 0, at(nearB)),
		}, [][]string{{"a#0", "n#0"}, {"b#0"}}},
		{"SitesClose", []sitrep.Report{
			report(t, "a", 0, at(a)), report(t, "b", 0, at(eastOf(a, "c-town", 8))), report(t, "n", 0, at(mid)),
		}, [][]string{{"a#0", "b#0", "n#0"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkGroups(t, tc.rs, tc.want) })
	}
}

// TestResolvePlaceFar checks that a place far from every other report's
// (a recap that lists a shepherd hit at Khiam and a missile into a tanker
// in the Red Sea in one sentence) does not place the incident, however
// precise, and that a lone report still places its own.
func TestResolvePlaceFar(t *testing.T) {
	sea := sitrep.Place{ID: "red-sea", Name: "Red Sea", Kind: sitrep.KindRegion, Lat: 20, Lon: 38.5, Precision: sitrep.GeoProvince}
	mokha := site("mokha", 13.32, 43.25)
	mokha.Country, mokha.Precision = "YE", sitrep.GeoNear
	khiam := site("khiam", 33.33, 35.61)
	khiam.Country = "LB"
	offMokha := mokha
	offMokha.ID, offMokha.Lat = "", 13.9
	rs := []sitrep.Report{
		report(t, "a", 0, at(sea)), report(t, "b", 0, at(mokha)), report(t, "c", 0, at(offMokha)),
		report(t, "d", 0, at(khiam)),
	}
	if got := cluster.Resolve(rs, docsOf(rs)).Place.ID; got != "mokha" {
		t.Errorf("got %q, want mokha", got)
	}
	if got := cluster.Resolve(rs[3:], docsOf(rs[3:])).Place.ID; got != "khiam" {
		t.Errorf("alone: got %q, want khiam", got)
	}
	rs[0].Place = khiam
	if got := cluster.Resolve(rs, docsOf(rs)).Place.ID; got != "khiam" {
		t.Errorf("two reports at Khiam: got %q, want khiam", got)
	}
}

// TestResolveCasualtiesLatest checks that an incident's toll is the latest
// confirmed one: a toll revised upward a day later wins over the first
// account, a claim does not outrank a confirmation however late, and a
// copy counts as of its origin's day.
func TestResolveCasualtiesLatest(t *testing.T) {
	rs := []sitrep.Report{
		report(t, "a", 0, status(sitrep.StatusConfirmed), killed(3)),
		report(t, "b", 0, status(sitrep.StatusConfirmed), killed(5)),
		report(t, "c", 0, status(sitrep.StatusClaimed), killed(20)),
		report(t, "d", 0, status(sitrep.StatusConfirmed), killed(3)),
	}
	docs := docsOf(rs)
	for id, day := range map[string]int{"a": 20, "b": 22, "c": 23, "d": 24} {
		d := docs[id]
		d.Published.Day = day
		docs[id] = d
	}
	d := docs["d"]
	d.CopyOf = "a"
	docs["d"] = d
	incs := cluster.New().Fuse(rs, docs)
	if len(incs) != 1 {
		t.Fatalf("got %d incidents, want 1: %v", len(incs), keys(incs))
	}
	if got := incs[0].Fatalities; got == nil || *got != 5 {
		t.Errorf("got %v killed, want 5", got)
	}
}

// TestResolveCasualtiesConfirmedCount checks that a confirmed report's
// count ranks as confirmed only when an account confirms that count: a
// state strike's report, confirmed, with a hedged toll does not outrank a
// minister's confirmed toll of the same day.
func TestResolveCasualtiesConfirmedCount(t *testing.T) {
	hedged := report(t, "a", 0, status(sitrep.StatusConfirmed), killed(4))
	hedged.Accounts = []sitrep.Account{{Field: sitrep.FieldFatalities, Value: "4", Source: "the source", Stance: sitrep.StanceReports}}
	sure := report(t, "b", 0, status(sitrep.StatusConfirmed), killed(18))
	sure.Accounts = []sitrep.Account{{Field: sitrep.FieldFatalities, Value: "18", Source: "the minister", Stance: sitrep.StanceConfirms}}
	incs := fuse(hedged, sure)
	if len(incs) != 1 {
		t.Fatalf("got %d incidents, want 1: %v", len(incs), keys(incs))
	}
	if got := incs[0].Fatalities; got == nil {
		t.Errorf("got no count, want 18 killed")
	} else if *got != 18 {
		t.Errorf("got %d killed, want 18", *got)
	}
}

// townAndNear returns a town told as itself and the same town told as
// near it ("near Tartus").
func townAndNear(id, name, country string, lat, lon float64) (town, near sitrep.Place) {
	town = sitrep.Place{ID: id, Name: name, Kind: sitrep.KindTown, Country: country, Lat: lat, Lon: lon, Precision: sitrep.GeoSite}
	near = town
	near.Precision = sitrep.GeoNear
	return town, near
}

// TestFuseNearTown checks that a place told as near a town reaches half
// as far again as MaxKm, in the town's country, when both reports tell
// the same dead: "14 killed near Tartus" and 14 killed at a village 14 km
// from its centre are one ambush; a town told as itself is not, nor a
// village across a border, nor two strikes with two and five dead.
func TestFuseNearTown(t *testing.T) {
	town, near := townAndNear("tartus", "Tartus", "SY", 34.889, 35.887)
	village := eastOf(town, "khirbet", 14)
	village.Kind, village.Country = sitrep.KindTown, "SY"
	abroad := village
	abroad.Country = "LB"
	far := eastOf(town, "far", 17)
	far.Kind, far.Country = sitrep.KindTown, "SY"
	when := on(day(t, "2024-12-25"))
	for _, c := range []struct {
		a, b   sitrep.Place
		da, db int
		merge  bool
	}{
		{near, village, 14, 14, true},
		{near, village, 2, 5, false},
		{town, village, 14, 14, false},
		{near, abroad, 14, 14, false},
		{near, far, 14, 14, false},
	} {
		checkPair(t, report(t, "a", 0, when, at(c.a), cat(sitrep.CategoryClash), killed(c.da)),
			report(t, "b", 0, when, at(c.b), cat(sitrep.CategoryClash), killed(c.db)), c.merge)
	}
}

// A named site lies as far from a place told near a town as a place near
// the town may: "a power station south of Sanaa" and the Hezyaz power
// station, 13 km from the city's point, for one weapon in one country;
// not two weapons, nor the town's point itself, nor past the reach.
func TestFuseSiteNearTown(t *testing.T) {
	town, near := townAndNear("sanaa", "Sanaa", "YE", 15.3547, 44.2067)
	station := eastOf(town, "hezyaz", 13)
	station.Country = "YE"
	farther := eastOf(town, "farther", 16)
	farther.Country = "YE"
	when := on(day(t, "2025-08-17"))
	for _, c := range []struct {
		a, b   sitrep.Place
		ca, cb string
		merge  bool
	}{
		{near, station, sitrep.CategoryMissile, sitrep.CategoryMissile, true},
		{near, station, sitrep.CategoryMissile, sitrep.CategoryDrone, false},
		{town, station, sitrep.CategoryMissile, sitrep.CategoryMissile, false},
		{near, farther, sitrep.CategoryMissile, sitrep.CategoryMissile, false},
	} {
		checkPair(t, report(t, "a", 0, when, at(c.a), cat(c.ca)), report(t, "b", 0, when, at(c.b), cat(c.cb)), c.merge)
	}
	// Their dead told apart, they are two: three shot near Beit Lahia, 12
	// at a crossing 13 km off.
	checkPair(t, report(t, "a", 0, when, at(near), cat(sitrep.CategoryShooting), killed(3)),
		report(t, "b", 0, when, at(station), cat(sitrep.CategoryShooting), killed(12)), false)
	checkPair(t, report(t, "a", 0, when, at(near), cat(sitrep.CategoryShooting), killed(3)),
		report(t, "b", 0, when, at(station), cat(sitrep.CategoryShooting), killed(3)), true)
}
