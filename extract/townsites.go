package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// townSites makes a town named after a facility noun the curated site of
// that town and noun: "the inactive nuclear reactor at Arak" is the Arak
// heavy water reactor, 50 km from the city; "the refinery in Haifa" the
// Bazan refinery; "the airport in Sanaa" Sanaa International Airport.
func townSites(g *gazetteer.Gazetteer, text string, toks []normalize.Token, places []placeRef) {
	for i := range places {
		p := &places[i]
		if p.Entry == nil || p.Entry.Kind != sitrep.KindTown || p.First < 3 || p.Demonym {
			continue
		}
		if w := toks[p.First-1].Norm; w != "at" && w != "in" && w != "of" && w != "near" {
			continue
		}
		noun := toks[p.First-2].Norm
		if !townFacilities[noun] {
			continue
		}
		for _, e := range g.Lookup(text[p.Start:p.End] + " " + noun) {
			if e.Kind == sitrep.KindSite && e.Curated() && e.Country == p.Entry.Country && within(e.Lat, e.Lon, p.Entry.Lat, p.Entry.Lon, 60) {
				p.Entry = e
				break
			}
		}
	}
}

// townFacilities name a facility that a town's curated site may be: "the
// port at Hodeidah". Not a base: "the coalition's base in al-Shaddadi" is
// coded at the town, as the seed gold does.
var townFacilities = map[string]bool{"airport": true, "port": true, "harbour": true, "harbor": true,
	"refinery": true, "reactor": true, "airfield": true, "terminal": true}
