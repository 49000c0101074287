package sitrep

import (
	"math"
	"strings"
)

// Place kinds, from most to least precise.
const (
	KindSite    = "site"    // base, oil or gas field, airport, crossing, embassy
	KindTown    = "town"    // populated place
	KindRegion  = "region"  // part of a country: "southwest Syria", "northern Iraq"
	KindAdmin1  = "admin1"  // province, governorate
	KindCountry = "country" // country
)

// Geo precision codes, as in ACLED.
const (
	GeoSite     = 1 // the named site or town
	GeoNear     = 2 // near a site, or a district
	GeoProvince = 3 // province only
	GeoCountry  = 4 // country only
)

// Place is where something happened: a gazetteer entry, or a name that could
// not be resolved (ID empty, Precision 0 and no coordinates).
type Place struct {
	ID        string  `json:"id,omitempty"`
	Name      string  `json:"name"`
	Kind      string  `json:"kind,omitempty"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Precision int     `json:"geo_precision"` // 0: no coordinates
}

// HasCoords reports whether p has coordinates.
func (p Place) HasCoords() bool { return p.Precision > 0 }

// DistanceKm returns the great-circle distance between two points in km.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// regionParts are the directions of the parts of a region, as the
// gazetteer writes their ids: "red-sea#south".
var regionParts = []string{"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"}

// NestedRegions returns the ids of the regions that hold p or that p
// holds, when p is a region of no country (a sea, a gulf): the whole sea
// of a part ("red-sea" for "red-sea#south", "the southern Red Sea"), or
// the parts of a whole. Two reports of one day at nested seas may tell
// one event, as two at one sea may.
func NestedRegions(p Place) []string {
	if p.Kind != KindRegion || p.Country != "" || p.ID == "" {
		return nil
	}
	if i := strings.IndexByte(p.ID, '#'); i >= 0 {
		return []string{p.ID[:i]}
	}
	out := make([]string, len(regionParts))
	for i, d := range regionParts {
		out[i] = p.ID + "#" + d
	}
	return out
}

// Nested reports whether a and b are nested regions of no country.
func Nested(a, b Place) bool {
	if a.Kind != KindRegion || b.Kind != KindRegion || a.Country != "" || b.Country != "" || a.ID == "" || b.ID == "" {
		return false
	}
	i, j := strings.IndexByte(a.ID, '#'), strings.IndexByte(b.ID, '#')
	return i >= 0 && j < 0 && a.ID[:i] == b.ID || j >= 0 && i < 0 && b.ID[:j] == a.ID
}

// Areas knows the extent of the places reported at GeoProvince precision
// that have one: provinces, seas, valleys, parts of a country. Fusion uses
// it to join a report that only names an area to the one incident inside
// it that the report can be about.
type Areas interface {
	// Box returns the bounding box of area id (min lat, min lon, max lat,
	// max lon), or false when id is not an area with a known extent.
	Box(id string) ([4]float64, bool)
	// Holds reports whether area id holds the precise place p.
	Holds(id string, p Place) bool
	// At returns, sorted, every area id that holds p.
	At(p Place) []string
}

// Window bounds the reports fusion may relate to a report: dated at most
// Days apart; at precise places at most Km apart, or under one place id;
// or one precise, in an area of Areas (when not nil) the other names.
type Window struct {
	Days  int
	Km    float64
	Areas Areas
	// AreaDays is how many days before a report's start an area report
	// related to it may start.
	AreaDays int
	// AreasOnly asks for the reports related through an area alone.
	AreasOnly bool
}
