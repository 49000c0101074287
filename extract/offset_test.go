package extract_test

import (
	"math"
	"testing"

	"github.com/sitrep/sitrep"
)

func TestOffsets(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2024, Month: 2, Day: 6}
	mosulLat, mosulLon := placeOf(t, x, pub, "A rocket hit a checkpoint in Mosul on Monday, police said.")
	for _, c := range []struct {
		text      string
		km, north float64 // expected distance from Mosul's point and its north share
		precision int
	}{
		{"A rocket hit a checkpoint 20 km north of Mosul on Monday, police said.", 20, 1, sitrep.GeoNear},
		{"A rocket hit a checkpoint about 30 kilometres (19 miles) south-east of Mosul on Monday, police said.", 30, -0.7071, sitrep.GeoNear},
		{"A rocket hit a checkpoint ten miles west of Mosul on Monday, police said.", 16.09, 0, sitrep.GeoNear},
		{"A rocket hit a checkpoint 10 nautical miles north of Mosul on Monday, police said.", 18.52, 1, sitrep.GeoNear},
		{"A rocket hit a checkpoint north of Mosul on Monday, police said.", 0, 0, sitrep.GeoNear},
		{"A rocket hit a checkpoint in Mosul on Monday, police said.", 0, 0, sitrep.GeoSite},
	} {
		t.Run(c.text, func(t *testing.T) {
			r := reportOf(t, x, pub, c.text)
			km := sitrep.DistanceKm(mosulLat, mosulLon, r.Place.Lat, r.Place.Lon)
			if math.Abs(km-c.km) > 0.5 {
				t.Errorf("distance from Mosul: got %.2f km, want %.2f", km, c.km)
			}
			if c.km > 0 {
				north := sitrep.DistanceKm(mosulLat, r.Place.Lon, r.Place.Lat, r.Place.Lon) * math.Copysign(1, r.Place.Lat-mosulLat)
				if math.Abs(north-c.km*c.north) > 0.5 {
					t.Errorf("northward: got %.2f km, want %.2f", north, c.km*c.north)
				}
			}
			if r.Place.Precision != c.precision || r.Place.Name != "Mosul" {
				t.Errorf("place: got %q precision %d, want Mosul precision %d", r.Place.Name, r.Place.Precision, c.precision)
			}
		})
	}
}

func reportOf(tb testing.TB, x interface {
	Extract(*sitrep.Document) sitrep.Extraction
}, pub sitrep.Date, text string) sitrep.Report {
	tb.Helper()
	ex := x.Extract(&sitrep.Document{ID: "t", Text: text, Published: pub, Outlet: "Test Wire"})
	if len(ex.Reports) != 1 {
		tb.Fatalf("%q: got %d reports, want 1", text, len(ex.Reports))
	}
	return ex.Reports[0]
}

func placeOf(tb testing.TB, x interface {
	Extract(*sitrep.Document) sitrep.Extraction
}, pub sitrep.Date, text string) (float64, float64) {
	r := reportOf(tb, x, pub, text)
	return r.Place.Lat, r.Place.Lon
}

// A distance from a country that bears its capital's name ("70 nautical
// miles east of Djibouti") is measured from the city. The text is written
// for this test.
func TestOffsetFromACityState(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2024, Month: 3, Day: 6}
	r := reportOf(t, x, pub, "A vessel reported an explosion in the water about 70 nautical miles east of Djibouti late on Tuesday.")
	const cityLat, cityLon = 11.589, 43.145 // Djibouti city
	if km := sitrep.DistanceKm(cityLat, cityLon, r.Place.Lat, r.Place.Lon); math.Abs(km-129.6) > 5 || r.Place.Precision != sitrep.GeoNear {
		t.Errorf("got %s at %.3f,%.3f (%.1f km from the city) precision %d, want 129.6 km east of the city, precision 2",
			r.Place.Name, r.Place.Lat, r.Place.Lon, km, r.Place.Precision)
	}
}
