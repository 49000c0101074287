package stress

import "github.com/sitrep/sitrep"

// areas are the provinces of a world: each holds its own sites and towns
// (by country and name), inside the box around them.
type areas struct {
	byID   map[string]sitrep.Place
	box    map[string][4]float64
	byName map[[2]string]string // country, name -> id
}

func newAreas(w *world) *areas {
	a := &areas{byID: map[string]sitrep.Place{}, box: map[string][4]float64{}, byName: map[[2]string]string{}}
	for _, p := range w.provinces {
		a.byID[p.ID] = p
		a.byName[[2]string{p.Country, p.Name}] = p.ID
	}
	grow := func(id string, lat, lon float64) {
		b, ok := a.box[id]
		if !ok {
			b = [4]float64{lat, lon, lat, lon}
		}
		a.box[id] = [4]float64{min(b[0], lat), min(b[1], lon), max(b[2], lat), max(b[3], lon)}
	}
	for _, s := range w.sites {
		id := w.provinces[s.province].ID
		grow(id, s.place.Lat, s.place.Lon)
		for _, t := range s.towns {
			grow(id, t.Lat, t.Lon)
		}
	}
	return a
}

func (a *areas) Box(id string) ([4]float64, bool) {
	b, ok := a.box[id]
	return b, ok
}

func (a *areas) Holds(id string, p sitrep.Place) bool {
	pv, ok := a.byID[id]
	b := a.box[id]
	return ok && (p.Precision == sitrep.GeoSite || p.Precision == sitrep.GeoNear) &&
		p.Country == pv.Country && p.Admin1 == pv.Name &&
		p.Lat >= b[0] && p.Lat <= b[2] && p.Lon >= b[1] && p.Lon <= b[3]
}

func (a *areas) At(p sitrep.Place) []string {
	if id, ok := a.byName[[2]string{p.Country, p.Admin1}]; ok && a.Holds(id, p) {
		return []string{id}
	}
	return nil
}
