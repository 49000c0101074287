package gazetteer_test

import (
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
		{"lb-bekaa", zahle, false}, // a province is no area
		{"bekaa-valley", baalbek, true},
		{"bekaa-valley", zahle, true},
		{"golan-heights", zahle, false},
		{"iq-anbar#west", pt("IQ", "Anbar", 33.4, 40.5), false}, // a part of a province is no area
		{"iq#north", mosul, true},
		{"iq#south", mosul, false},
		{"euphrates-river", mosul, false}, // a river's box is no area
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
	if _, ok := a.Box("lb-bekaa"); ok {
		t.Error("a province has an area's box")
	}
	province := aden
	province.Precision = sitrep.GeoProvince
	if at := a.At(province); at != nil {
		t.Errorf("At of a place that is not precise: %v", at)
	}
}
