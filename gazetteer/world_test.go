package gazetteer_test

import (
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// TestWorldCountries checks the generated countries: every one has a
// point inside its box, the curated ones are not repeated, and short names
// and abbreviations resolve.
func TestWorldCountries(t *testing.T) {
	g := MustLoad(t)
	n := 0
	for _, e := range g.Entries() {
		if e.Kind != gazetteer.KindCountry || !isGenerated(e) {
			continue
		}
		n++
		if g.Country(e.Country) != e {
			t.Errorf("%s: Country(%s) is not it", e.ID, e.Country)
		}
		b := e.BBox
		if !e.HasBBox() || e.Lat < b[0] || e.Lat > b[2] || e.Lon < b[1] || e.Lon > b[3] {
			t.Errorf("%s: point %.2f,%.2f outside its box %v", e.ID, e.Lat, e.Lon, b)
		}
	}
	if n < 230 {
		t.Errorf("generated countries: got %d, want at least 230", n)
	}
	for name, want := range map[string]string{
		"United States": "us", "U.S.": "us", "USA": "us", "America": "us", "United Kingdom": "gb",
		"Britain": "gb", "UK": "gb", "UAE": "ae", "DRC": "cd", "Russia": "ru", "Russian Federation": "ru",
		"China": "cn", "Mexico": "mx", "Armenia": "am", "Syria": "sy", "Saudi Arabia": "sa", "روسيا": "ru",
	} {
		if got := g.Lookup(name); len(got) == 0 || got[0].ID != want {
			t.Errorf("Lookup(%q): got %s, want %s first", name, ids(got), want)
		}
	}
	for _, c := range []struct {
		id       string
		lat, lon float64
	}{{"us", 38, -97}, {"fr", 46, 2}, {"ru", 60, 100}, {"hr", 45.17, 15.5}} {
		e := g.Get(c.id)
		if e == nil || e.Lat < c.lat-2 || e.Lat > c.lat+2 || e.Lon < c.lon-2 || e.Lon > c.lon+2 {
			t.Errorf("Get(%s): got %v, want a point near %.1f,%.1f", c.id, e, c.lat, c.lon)
		}
	}
}

// (Countries take the conventional points of the world-countries package:
// Russia 60, 100, as geoparsing gold sets do.)

// TestWorldAdmin1 checks the first-level divisions: the US states, and
// the order of candidates between divisions and towns.
func TestWorldAdmin1(t *testing.T) {
	g := MustLoad(t)
	for _, s := range []string{"Alabama", "Alaska", "California", "Hawaii", "Kentucky", "New Mexico", "Texas",
		"Virginia", "West Virginia", "Washington", "Wyoming"} {
		if a := g.Admin1("US", s); a == nil || a.Kind != gazetteer.KindAdmin1 || a.Population == 0 || !a.HasBBox() {
			t.Errorf("Admin1(US, %s): got %v, want a state with population and box", s, a)
		}
	}
	for name, want := range map[string]string{
		"Virginia":   "adm1-us.va", // the state before the South African town
		"Washington": "gn-4140963", // the capital before the state
		"Istanbul":   "gn-745044",  // the city before its province
		"Tehran":     "gn-112931",
		"Ontario":    "adm1-ca.08",
		"Quebec":     "gn-6325494", // the city holds the province's name
	} {
		if got := g.Lookup(name); len(got) == 0 || got[0].ID != want {
			t.Errorf("Lookup(%q): got %s, want %s first", name, ids(got), want)
		}
	}
	if wa := g.Get("adm1-us.wa"); wa == nil || !g.Contains(wa, g.Get("gn-5809844")) { // Seattle
		t.Errorf("Contains(adm1-us.wa, Seattle): got false, want true")
	}
	if a := g.Admin1("SY", "Aleppo"); a == nil || a.ID != "sy-aleppo" {
		t.Errorf("Admin1(SY, Aleppo): got %v, want the curated sy-aleppo", a)
	}
}

// TestWorldRegions checks the continents and regions: no country, a box,
// and after every other candidate.
func TestWorldRegions(t *testing.T) {
	g := MustLoad(t)
	for name, want := range map[string]string{"Europe": "rg-europe", "Middle East": "rg-middle-east",
		"Latin America": "rg-latin-america", "EU": "rg-eu", "Africa": "rg-africa"} {
		got := g.Lookup(name)
		if len(got) == 0 || got[0].ID != want || got[0].Kind != gazetteer.KindRegion || got[0].Country != "" || !got[0].HasBBox() {
			t.Errorf("Lookup(%q): got %s, want the region %s without country, with a box", name, ids(got), want)
		}
	}
	if r := g.Region(g.Get("rg-europe"), "eastern"); r == nil || r.Lon < 30 {
		t.Errorf("Region(Europe, eastern): got %v, want the eastern third", r)
	}
}

// TestWorldMatch checks the demonym flag and the capitals rule for
// abbreviations in Match.
func TestWorldMatch(t *testing.T) {
	g := MustLoad(t)
	text := "Russian and US officials met us in the UK; the Iraqi and the EU and us agreed."
	type got struct {
		text    string
		demonym bool
	}
	var ms []got
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		ms = append(ms, got{text[m.Start:m.End], m.Demonym})
	}
	want := []got{{"Russian", true}, {"US", false}, {"UK", false}, {"Iraqi", true}, {"EU", false}}
	if len(ms) != len(want) {
		t.Fatalf("got %v, want %v", ms, want)
	}
	for i := range want {
		if ms[i] != want[i] {
			t.Errorf("match %d: got %v, want %v", i, ms[i], want[i])
		}
	}
	// LoadCurated has the demonyms of the curated countries only.
	c := MustLoadCurated(t)
	for _, m := range c.Match(text, normalize.Tokens(text)) {
		if s := text[m.Start:m.End]; s != "Iraqi" || !m.Demonym {
			t.Errorf("LoadCurated: got %q (demonym %v), want only Iraqi", s, m.Demonym)
		}
	}
}

// TestBorderTowns checks towns of the Iran-Pakistan border strikes that
// cities500 leaves out (Saravan) or keeps only as namesakes (Panjgur,
// Turbat, Gwadar, Mastung): each resolves by itself, in its province.
func TestBorderTowns(t *testing.T) {
	g := MustLoad(t)
	for _, c := range []struct{ name, country, admin1 string }{
		{"Saravan", "IR", "Sistan and Baluchestan"}, {"سراوان", "IR", "Sistan and Baluchestan"},
		{"Panjgur", "PK", "Balochistan"}, {"Turbat", "PK", "Balochistan"},
		{"Gwadar", "PK", "Balochistan"}, {"Mastung", "PK", "Balochistan"},
	} {
		got := g.Lookup(c.name)
		if len(got) == 0 || got[0].Country != c.country || got[0].Admin1 != c.admin1 {
			t.Errorf("Lookup(%q): got %s, want a town of %s, %s first", c.name, ids(got), c.admin1, c.country)
		}
	}
}
