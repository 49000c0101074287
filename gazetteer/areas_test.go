package gazetteer_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
)

func TestAreas(t *testing.T) {
	a := MustLoad(t).Areas()
	pt := func(country, admin1 string, lat, lon float64) sitrep.Place {
		return sitrep.Place{Country: country, Admin1: admin1, Lat: lat, Lon: lon, Precision: sitrep.GeoSite}
	}
	aden := pt("YE", "Aden", 12.19, 44.43)
	zahle := pt("LB", "Bekaa", 33.85, 35.9)
	baalbek := pt("LB", "Baalbek-Hermel", 34.006, 36.218)
	mosul := pt("IQ", "Nineveh", 36.34, 43.13)
	for _, tc := range []struct {
		area  string
		p     sitrep.Place
		holds bool
	}{
		{"gulf-of-aden", aden, true},
		{"gulf-of-aden", mosul, false},
		// A province holds the places of its own: Baalbek, in the box of
		// Bekaa province, is in Baalbek-Hermel.
		{"lb-bekaa", zahle, true},
		{"lb-bekaa", baalbek, false},
		{"iq-anbar", pt("IQ", "Al Anbar", 33.8, 42.44), true},
		{"bekaa-valley", baalbek, true},
		{"bekaa-valley", zahle, true},
		{"golan-heights", zahle, false},
		{"iq-anbar#west", pt("IQ", "Anbar", 33.4, 40.5), false}, // a part of a province is no area
		{"iq#north", mosul, true},
		{"iq#south", mosul, false},
		{"euphrates-river", mosul, false}, // a river's box is no area
		// A part of a sea holds what lies in its part of the box: a ship
		// 55 nautical miles west of Hodeidah is in the southern Red Sea.
		{"red-sea#south", pt("YE", "", 14.83, 41.98), true},
		{"red-sea#north", pt("YE", "", 14.83, 41.98), false},
		// A country holds its own places: al-Qaim, not Abu Kamal across
		// the border.
		{"iq", pt("IQ", "Anbar", 34.37, 41.09), true},
		{"iq", pt("SY", "Deir ez-Zor", 34.45, 40.92), false},
		{"sy", pt("SY", "Deir ez-Zor", 34.45, 40.92), true},
		// Israel's parts are the press's: Tel Aviv is central Israel,
		// Ashkelon southern, Haifa northern; Tel Aviv is not northern.
		{"il#central", pt("IL", "Tel Aviv", 32.08, 34.78), true},
		{"il#south", pt("IL", "Southern District", 31.67, 34.57), true},
		{"il#north", pt("IL", "Haifa", 32.79, 34.99), true},
		{"il#north", pt("IL", "Tel Aviv", 32.08, 34.78), false},
	} {
		if got := a.Holds(tc.area, tc.p); got != tc.holds {
			t.Errorf("%s holds %+v: got %v, want %v", tc.area, tc.p, got, tc.holds)
		}
		at := a.At(tc.p)
		if slices.Contains(at, tc.area) != tc.holds {
			t.Errorf("At(%+v) = %v: %s in it should be %v, as Holds says", tc.p, at, tc.area, tc.holds)
		}
		for _, id := range at {
			if !a.Holds(id, tc.p) {
				t.Errorf("At(%+v) gives %s, which does not hold it", tc.p, id)
			}
		}
	}
	if _, ok := a.Box("euphrates-river"); ok {
		t.Error("a river has an area's box")
	}
	if _, ok := a.Box("gn-415189"); ok {
		t.Error("a town has an area's box")
	}
	if _, ok := a.Box("lb-bekaa"); !ok {
		t.Error("a province has no area's box")
	}
	if _, ok := a.Box("iq"); !ok {
		t.Error("a country has no area's box")
	}
	province := aden
	province.Precision = sitrep.GeoProvince
	if at := a.At(province); at != nil {
		t.Errorf("At of a place that is not precise: %v", at)
	}
}

// TestAreasAtGrid: the areas At finds through its grid of degree cells are
// those a scan of every region finds, at the corners and edges of every
// box (where a cell boundary falls) and at random points.
func TestAreasAtGrid(t *testing.T) {
	g := MustLoad(t)
	a := g.Areas()
	countries := []string{"", "IQ", "SY", "YE", "LB", "IL", "IR", "SA", "US", "RU", "UA"}
	rng := rand.New(rand.NewPCG(1, 2))
	var pts []sitrep.Place
	add := func(lat, lon float64) {
		pts = append(pts, sitrep.Place{Lat: lat, Lon: lon, Country: countries[rng.IntN(len(countries))], Precision: sitrep.GeoSite})
	}
	for _, b := range a.AreaBoxes() {
		add(b[0], b[1])
		add(b[2], b[3])
		add(b[0], b[3])
		add((b[0]+b[2])/2, (b[1]+b[3])/2)
		add(math.Floor(b[2]), b[1])
	}
	for range 20000 {
		add(rng.Float64()*180-90, rng.Float64()*360-180)
	}
	found := 0
	for _, p := range pts {
		got, want := a.At(p), a.AtScan(p)
		if !slices.Equal(got, want) {
			t.Fatalf("At(%v %v %s) = %v, a scan finds %v", p.Lat, p.Lon, p.Country, got, want)
		}
		found += len(want)
	}
	if found < len(pts)/2 {
		t.Fatalf("%d areas found at %d points: the test proves little", found, len(pts))
	}
}
