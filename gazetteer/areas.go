package gazetteer

import (
	"iter"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/sitrep/sitrep"
)

// Areas answers fusion's questions about areas (sitrep.Areas) from g: an
// area is a region with a bounding box (seas, gulfs, straits, valleys,
// deserts, "northern Iraq"), but not a river, whose box is far larger than
// the river; a province; a country. A region holds the precise places
// inside its box in its country (any country, for a sea); a part of a
// country, those of the country inside the part's box; a province, the
// places it is the province of; a country, its places inside its box. A
// report that names only a province or a country joins the one incident
// of that day inside it ("U.S. forces carried out strikes in Iraq" and
// the strike at al-Qaim, when no other of that day in Iraq may be it). In
// a busy theatre, where a province sees several attacks a day, this ties
// the sites of a province to each other day by day, and incremental
// fusion fuses more again for each new document (bench/incremental: 40
// ms a document on average, against 18 ms without).
type Areas struct {
	g       *Gazetteer
	regions []*Entry // the curated regions, by id
	parts   sync.Map // country code -> []*Entry, its parts that are areas

	gridOnce sync.Once
	grid     map[int32][]int32 // degree cell -> indexes in regions of the boxes over it
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
	return e != nil && e.HasBBox() && (e.Kind == KindRegion && e.Subkind != "river" || e.Kind == KindAdmin1 || e.Kind == KindCountry)
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
	if e == nil || !inBox(e.BBox, p.Lat, p.Lon) || !isArea(e) {
		return false
	}
	if e.Kind == KindAdmin1 {
		return p.Country == e.Country && p.Admin1 == e.Admin1
	}
	if e.Kind == KindCountry {
		return p.Country == e.Country
	}
	// A part of a country holds what the country holds; a part of a sea
	// ("the southern Red Sea") what the sea holds; a part of a province is
	// no area.
	if whole := a.g.Named(e.ID); whole != nil {
		if whole.Kind == KindCountry {
			return p.Country == whole.Country
		}
		return isArea(whole) && whole.Country == "" && a.g.Named(whole.ID) == nil
	}
	return e.Country == "" || e.Country == p.Country
}

// At returns every area that holds the precise place p, sorted: the
// curated regions and the parts of p's country.
func (a *Areas) At(p sitrep.Place) []string {
	if p.Precision != sitrep.GeoSite && p.Precision != sitrep.GeoNear {
		return nil
	}
	a.gridOnce.Do(a.makeGrid)
	return a.holding(p, func(yield func(*Entry) bool) {
		for _, i := range a.grid[degreeCell(p.Lat, p.Lon)] {
			if !yield(a.regions[i]) {
				return
			}
		}
	})
}

// holding returns the ids of the regions that hold p, and of the parts of
// p's country that do, sorted.
func (a *Areas) holding(p sitrep.Place, regions iter.Seq[*Entry]) []string {
	var out []string
	for e := range regions {
		if a.holds(e, p) {
			out = append(out, e.ID)
			// The parts of a sea that hold p: "the southern Red Sea".
			if e.Country == "" {
				for _, r := range a.partsOf(e.ID) {
					if a.holds(r, p) {
						out = append(out, r.ID)
					}
				}
			}
		}
	}
	for _, r := range a.partsOf(p.Country) {
		if a.holds(r, p) {
			out = append(out, r.ID)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// makeGrid files each region under the degree cells its box covers: of
// some 4,000 regions, a point lies in the boxes of a few.
func (a *Areas) makeGrid() {
	a.grid = map[int32][]int32{}
	for i, e := range a.regions {
		b := e.BBox
		for lat := math.Floor(max(b[0], -90)); lat <= min(b[2], 90); lat++ {
			for lon := math.Floor(max(b[1], -180)); lon <= min(b[3], 180); lon++ {
				k := degreeCell(lat, lon)
				a.grid[k] = append(a.grid[k], int32(i))
			}
		}
	}
}

// degreeCell numbers the 1-degree cell of a point.
func degreeCell(lat, lon float64) int32 {
	return int32(math.Floor(lat)+90)*361 + int32(math.Floor(lon)+180)
}

// partsOf returns the parts of country cc (its north, its southwest...)
// that are areas, or of the sea whose id it is, made once.
func (a *Areas) partsOf(cc string) []*Entry {
	if cc == "" {
		return nil
	}
	if ps, ok := a.parts.Load(cc); ok {
		return ps.([]*Entry)
	}
	var ps []*Entry
	c := a.g.Country(cc)
	if len(cc) != 2 {
		c = a.g.Get(cc)
	}
	if c != nil {
		for _, d := range directions {
			if r := a.g.Region(c, d); isArea(r) {
				ps = append(ps, r)
			}
		}
	}
	a.parts.Store(cc, ps)
	return ps
}

// directions are the parts Region makes.
var directions = []string{North, South, East, West, Northeast, Northwest, Southeast, Southwest, Central}
