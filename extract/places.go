package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// Toponym is one place name found in a document and the place it resolves
// to. Feature is the gazetteer's subkind (airbase, oil_field, city,
// governorate...) or, for a direction ("southwest Syria"), "region".
type Toponym struct {
	Doc       string  `json:"doc"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1"`
	Feature   string  `json:"feature"`
	ID        string  `json:"id"`
	Precision int     `json:"geo_precision"`
}

// Places returns every place name of doc in text order, resolved with the
// document as context: names inside actors' names ("Islamic Resistance in
// Iraq") are left out; names that only describe ("Iran-backed") are kept,
// since they still name a place.
func (x *Extractor) Places(doc *sitrep.Document) []Toponym {
	toks := normalize.Tokens(doc.Text)
	actors := x.actors.match(doc.Text, toks, 0, len(toks))
	var refs []placeRef
	ai := 0
	for _, m := range x.Gazetteer.Match(doc.Text, toks) {
		if len(m.Entries) == 0 {
			continue
		}
		for ai < len(actors) && actors[ai].Last <= m.First {
			ai++
		}
		// A name inside a longer actor's name ("Islamic Resistance in Iraq")
		// is the actor's; a name that is the whole of an actor's ("United
		// States") is still a place name.
		// A name that starts an actor's ("U.S. forces", "Syrian army",
		// "Moscow's envoy") still names the place.
		if ai < len(actors) && actors[ai].First < m.Last &&
			actors[ai].Last-actors[ai].First > m.Last-m.First && actors[ai].First != m.First {
			continue
		}
		// An outlet named like a town ("Al-Mayadeen reported", "Iran's
		// Al-Alam television") is no place.
		if ai < len(actors) && actors[ai].First == m.First && actors[ai].Last == m.Last && actors[ai].Actor.Type == "media" {
			continue
		}
		ref := placeRef{Match: m, Entry: m.Entries[0]}
		if m.Direction != "" {
			if r := x.Gazetteer.Region(ref.Entry, m.Direction); r != nil {
				ref.Entry = r
			}
		}
		refs = append(refs, ref)
	}
	refs = disambiguate(x.Gazetteer, doc.Text, refs)
	refs = mergePlaces(refs, namesakePlaces(x.Gazetteer, doc.Text, toks, refs, actors))
	out := make([]Toponym, 0, len(refs))
	for _, r := range refs {
		e := r.Entry
		feature := e.Subkind
		if e.Kind == sitrep.KindRegion {
			feature = "region"
		}
		out = append(out, Toponym{Doc: doc.ID, Start: r.Start, End: r.End, Text: doc.Text[r.Start:r.End],
			Name: e.Name, Lat: e.Lat, Lon: e.Lon, Country: e.Country, Admin1: e.Admin1, Feature: feature,
			ID: e.ID, Precision: e.Place().Precision})
	}
	return out
}
