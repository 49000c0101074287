package gazetteer

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
)

// Areas answers fusion's questions about areas (sitrep.Areas) from g: an
// area is a region with a bounding box (seas, gulfs, straits, valleys,
// deserts, "northern Iraq"), but not a river, whose box is far larger than
// the river, nor a province: in a busy theatre, a province sees several
// attacks a day, and joining its reports to the ones inside it tied every
// site of it to the others, day by day, so that incremental fusion had
// several times more to fuse again for each new document (bench/incremental
// -provinces). A region holds the precise places inside its box in its
// country (any country, for a sea); a part of a country, those of the
// country inside the part's box.
type Areas struct {
	g       *Gazetteer
	regions []*Entry // the curated regions, by id
}

// Areas returns g's areas. Entries added to g later are not among them.
func (g *Gazetteer) Areas() *Areas {
	a := &Areas{g: g}
	for _, e := range g.entries {
		if isArea(e) {
			a.regions = append(a.regions, e)
		}
	}
	slices.SortFunc(a.regions, func(x, y *Entry) int { return strings.Compare(x.ID, y.ID) })
	return a
}

var _ sitrep.Areas = (*Areas)(nil)

func isArea(e *Entry) bool {
	return e != nil && e.HasBBox() && e.Kind == KindRegion && e.Subkind != "river"
}

// Box returns the box of area id.
func (a *Areas) Box(id string) ([4]float64, bool) {
	e := a.g.Get(id)
	if !isArea(e) {
		return [4]float64{}, false
	}
	return e.BBox, true
}

// Holds reports whether area id holds the precise place p.
func (a *Areas) Holds(id string, p sitrep.Place) bool {
	if p.Precision != sitrep.GeoSite && p.Precision != sitrep.GeoNear {
		return false
	}
	return a.holds(a.g.Get(id), p)
}

func (a *Areas) holds(e *Entry, p sitrep.Place) bool {
	if !isArea(e) || !inBox(e.BBox, p.Lat, p.Lon) {
		return false
	}
	// A part of a country holds what the country holds; a part of a
	// province is no area.
	if whole := a.g.Named(e.ID); whole != nil {
		return whole.Kind == KindCountry && p.Country == whole.Country
	}
	return e.Country == "" || e.Country == p.Country
}

// At returns every area that holds the precise place p, sorted: the
// curated regions and the parts of p's country.
func (a *Areas) At(p sitrep.Place) []string {
	if p.Precision != sitrep.GeoSite && p.Precision != sitrep.GeoNear {
		return nil
	}
	var out []string
	for _, e := range a.regions {
		if a.holds(e, p) {
			out = append(out, e.ID)
		}
	}
	if c := a.g.Country(p.Country); c != nil && p.Country != "" {
		for _, d := range directions {
			if r := a.g.Region(c, d); r != nil && a.holds(r, p) {
				out = append(out, r.ID)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// directions are the parts Region makes.
var directions = []string{North, South, East, West, Northeast, Northwest, Southeast, Southwest, Central}
