package gazetteer

import "github.com/sitrep/sitrep"

// Entry kinds, as in sitrep.Place. Region entries come from Region, or from
// a data file for named areas that span several governorates.
const (
	KindSite    = sitrep.KindSite
	KindTown    = sitrep.KindTown
	KindRegion  = sitrep.KindRegion
	KindAdmin1  = sitrep.KindAdmin1
	KindCountry = sitrep.KindCountry
)

// Entry is one place of the gazetteer. Country is its ISO 3166-1 alpha-2
// code, empty for a region that spans countries ("Middle East"). Admin1 is
// the canonical name of the governorate holding it (its own name for an
// admin1 entry, empty for a country). BBox is minlat, minlon, maxlat,
// maxlon, and zero when the entry has none (towns and sites).
type Entry struct {
	ID, Kind, Subkind, Name string
	Aliases                 []string
	Country, Admin1         string
	Lat, Lon                float64
	Population              int
	BBox                    [4]float64 // minlat, minlon, maxlat, maxlon; zero when none
	Source                  string

	order int   // position in the gazetteer, the last tie-break between candidates
	layer layer // curated (or added) or GeoNames
}

// layer is the source an entry was loaded from. Candidates of the curated
// layer come before those of the GeoNames layer.
type layer uint8

const (
	layerCurated  layer = iota // data/places.tsv, Read and Add
	layerGeoNames              // data/geonames.tsv.gz, the generated layer
	layerNamesake              // data/namesakes.tsv.gz, offered by Namesakes only
)

// HasBBox reports whether e has a bounding box.
func (e *Entry) HasBBox() bool { return e.BBox != [4]float64{} }

// Precision returns the geo-precision code of e: 1 for a site or town, 2
// for a region inside a governorate, 3 for a governorate or a region of a
// country, 4 for a country, and 0 for an unknown kind.
func (e *Entry) Precision() int {
	switch e.Kind {
	case KindSite, KindTown:
		return sitrep.GeoSite
	case KindRegion:
		if e.Admin1 != "" {
			return sitrep.GeoNear
		}
		return sitrep.GeoProvince
	case KindAdmin1:
		return sitrep.GeoProvince
	case KindCountry:
		return sitrep.GeoCountry
	}
	return 0
}

// Place returns e as a sitrep.Place with its precision code.
func (e *Entry) Place() sitrep.Place {
	return sitrep.Place{
		ID:        e.ID,
		Name:      e.Name,
		Kind:      e.Kind,
		Country:   e.Country,
		Admin1:    e.Admin1,
		Lat:       e.Lat,
		Lon:       e.Lon,
		Precision: e.Precision(),
	}
}

// kindRank orders candidates of the same name: the most precise first.
func kindRank(kind string) int {
	switch kind {
	case KindSite:
		return 0
	case KindTown:
		return 1
	case KindRegion:
		return 2
	case KindAdmin1:
		return 3
	case KindCountry:
		return 4
	}
	return 5
}

// compareEntries is the default order of candidates: curated before
// generated; among generated entries of different kinds, as
// compareGenerated says; then site, town, region, admin1, country; more
// populous first; then the order they were added in.
func compareEntries(a, b *Entry) int {
	if a.layer != b.layer {
		return int(a.layer) - int(b.layer)
	}
	if a.layer == layerGeoNames && a.Kind != b.Kind {
		if c := compareGenerated(a, b); c != 0 {
			return c
		}
	}
	if ra, rb := kindRank(a.Kind), kindRank(b.Kind); ra != rb {
		return ra - rb
	}
	if a.Population != b.Population {
		if a.Population > b.Population {
			return -1
		}
		return 1
	}
	return a.order - b.order
}

// capitalWeight is how many times its population a capital counts against
// a first-level division or country of its name: capitals are named in
// the news far more than their size says ("Washington").
const capitalWeight = 20

// compareGenerated orders generated entries of different kinds that bear
// the same name: regions ("Europe") last; a town before the first-level
// division of its name that holds it ("Istanbul", "Tehran", "New York"),
// since the news mean the city; a country before the towns and divisions
// inside it ("Mexico", "Singapore"); otherwise the more populous first, a
// division or country counting the people of its places, a capital
// capitalWeight times its own ("Virginia" the state before the South
// African town, "Washington" the capital before the state). It returns 0
// when none of these decides.
func compareGenerated(a, b *Entry) int {
	if ra, rb := a.Kind == KindRegion, b.Kind == KindRegion; ra != rb {
		if ra {
			return 1
		}
		return -1
	}
	switch {
	case nestedBefore(a, b):
		return -1
	case nestedBefore(b, a):
		return 1
	}
	wa, wb := weight(a), weight(b)
	switch {
	case wa > wb:
		return -1
	case wa < wb:
		return 1
	}
	return 0
}

// nestedBefore reports whether a comes before b because one holds the
// other: a is a town in the division b, or a is the country of b.
func nestedBefore(a, b *Entry) bool {
	if a.Country != b.Country || a.Country == "" {
		return false
	}
	switch {
	case a.Kind == KindTown && b.Kind == KindAdmin1:
		return a.Admin1 == b.Admin1
	case a.Kind == KindCountry:
		return b.Kind == KindTown || b.Kind == KindAdmin1
	}
	return false
}

func weight(e *Entry) int {
	if e.Kind == KindTown && e.Subkind == "capital" {
		return e.Population * capitalWeight
	}
	return e.Population
}

// BoxHolds reports whether e has a box and the point lies in it.
func (e *Entry) BoxHolds(lat, lon float64) bool { return e.HasBBox() && inBox(e.BBox, lat, lon) }

func inBox(b [4]float64, lat, lon float64) bool {
	return lat >= b[0] && lat <= b[2] && lon >= b[1] && lon <= b[3]
}

// Curated reports whether e comes from the curated layer: data/places.tsv,
// Add or Read.
func (e *Entry) Curated() bool { return e.layer == layerCurated }
