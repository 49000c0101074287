package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// A district named after a site only says where the site is; a district
// alone is the place, at precision 2.
func TestDistricts(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2024, Month: 4, Day: 27}
	for _, c := range []struct {
		text, place string
		precision   int
	}{
		{"On Friday evening the Khor Mor gas field in Chamchamal district was attacked by a drone, the ministry said.", "Khor Mor gas field", sitrep.GeoSite},
		{"On Friday evening a drone struck a checkpoint in Manbij District, the council said.", "Manbij District", sitrep.GeoNear},
	} {
		r := reportOf(t, x, pub, c.text)
		if r.Place.Name != c.place || r.Place.Precision != c.precision {
			t.Errorf("%q: got %q precision %d, want %q precision %d", c.text, r.Place.Name, r.Place.Precision, c.place, c.precision)
		}
	}
}
