package gazetteer_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
)

// allowedCollisions are the pairs of entries (ids in order) that may share
// a name: each a town and the governorate named after it.
var allowedCollisions = []string{
	"ajloun jo-ajloun", "aleppo sy-aleppo", "amman jo-amman", "aqaba jo-aqaba",
	"baghdad iq-baghdad", "basra iq-basra", "damascus sy-damascus", "daraa sy-daraa",
	"deir-ez-zor sy-deir-ez-zor", "duhok iq-duhok", "erbil iq-erbil", "halabja iq-halabja",
	"hama sy-hama", "hasakah sy-hasakah", "homs sy-homs", "idlib sy-idlib",
	"iq-karbala karbala", "iq-kirkuk kirkuk", "iq-najaf najaf", "iq-sulaymaniyah sulaymaniyah",
	"irbid jo-irbid", "jerash jo-jerash", "jo-karak karak", "jo-maan maan",
	"jo-madaba madaba", "jo-mafraq mafraq", "jo-tafilah tafilah", "jo-zarqa zarqa",
	"latakia sy-latakia", "lb-nabatieh nabatieh-town", "quneitra sy-quneitra", "raqqa sy-raqqa",
	"suwayda sy-suwayda", "sy-tartus tartus",
	// Hezbollah names the army post at Malkia "the al-Malikiyah site";
	// the text's other places tell it from al-Malikiyah in Hasakah.
	"al-malikiyah malkia",
	// Haris of the Bint Jbeil district and Haris near Salfit: both in the
	// news of 2023-25; the district or the country tells them apart.
	"haris-lb haris-ps", "haris-lb heris", "haris-ps heris",
	// Yemen's governorates and the cities they are named after (and the
	// West Bank's Hajjah beside Yemen's).
	// Taybeh of the Marjayoun district and Taybeh near Ramallah, Shaqra of
	// the Bint Jbeil district and Shaqra in Abyan: all in the news.
	"taybeh-lb taybeh-ps", "shaqra-lb shaqra-ye",
	// "the village Akaba in the sector of Tubas": Aqqaba near Tubas, as
	// Israeli statements spell it, beside Jordan's Aqaba.
	"aqaba aqqaba", "aqqaba jo-aqaba",
	// Natanz: the enrichment site first, the town after "the town of";
	// Sabra: Gaza City's quarter and Beirut's beside Shatila.
	"natanz-site natanz-town", "sabra-beirut sabra-gaza", "yohmor-al-bekaa yohmor-al-shaqif", "al-mazraa-sy mazraa-il",
	"saada ye-saada", "hodeidah ye-hodeidah", "hajjah ye-hajjah", "hajjah-ps ye-hajjah", "hajjah hajjah-ps", "amran ye-amran", "marib ye-marib", "al-bayda-ye ye-al-bayda", "dhamar ye-dhamar", "ibb ye-ibb", "taiz ye-taiz", "lahij ye-lahij", "al-dhale ye-al-dhale", "al-mahwit ye-al-mahwit",
}

func TestDataIDs(t *testing.T) {
	f, err := os.Open("data/places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	first := map[string]int{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue
		}
		id, _, _ := strings.Cut(sc.Text(), "\t")
		if prev, dup := first[id]; dup {
			t.Errorf("data/places.tsv:%d: got id %q again, want it once (first on line %d)", n, id, prev)
		}
		first[id] = n
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestDataCounts(t *testing.T) {
	g := MustLoad(t)
	count := map[string]int{}
	admin1 := map[string]int{}
	for _, e := range g.Entries() {
		count[e.Kind]++
		if e.Kind == gazetteer.KindAdmin1 {
			admin1[e.Country]++
		}
	}
	for kind, min := range map[string]int{"country": 10, "admin1": 45, "town": 80, "site": 45} {
		if count[kind] < min {
			t.Errorf("%s entries: got %d, want at least %d", kind, count[kind], min)
		}
	}
	for cc, want := range map[string]int{"SY": 14, "IQ": 19, "JO": 12} {
		if admin1[cc] != want {
			t.Errorf("admin1 entries of %s: got %d, want %d", cc, admin1[cc], want)
		}
	}
}

func TestDataCoordinates(t *testing.T) {
	const margin = 0.05 // degrees, for points on a border
	in := func(b [4]float64, lat, lon float64) bool {
		return lat >= b[0]-margin && lat <= b[2]+margin && lon >= b[1]-margin && lon <= b[3]+margin
	}
	g := MustLoadCurated(t)
	full := MustLoad(t)
	for _, e := range g.Entries() {
		if e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 || e.Lat == 0 && e.Lon == 0 {
			t.Errorf("%s: got lat/lon %g,%g, want a point on Earth", e.ID, e.Lat, e.Lon)
		}
		if e.Source == "" {
			t.Errorf("%s: got no source, want one", e.ID)
		}
		switch e.Kind {
		case gazetteer.KindCountry, gazetteer.KindAdmin1, gazetteer.KindRegion:
			if !e.HasBBox() {
				t.Errorf("%s: got no bbox, want one for a %s", e.ID, e.Kind)
			} else if !in(e.BBox, e.Lat, e.Lon) {
				t.Errorf("%s: got point %g,%g outside its own bbox %v", e.ID, e.Lat, e.Lon, e.BBox)
			}
		default:
			if e.HasBBox() {
				t.Errorf("%s: got bbox %v, want none for a %s", e.ID, e.BBox, e.Kind)
			}
		}
		if e.Kind != gazetteer.KindTown && e.Population != 0 {
			t.Errorf("%s: got population %d, want 0 for a %s", e.ID, e.Population, e.Kind)
		}
		if e.Kind == gazetteer.KindCountry {
			if g.Country(e.Country) != e {
				t.Errorf("%s: got Country(%q) = %v, want this entry", e.ID, e.Country, g.Country(e.Country))
			}
			continue
		}
		if e.Country == "" && e.Kind == gazetteer.KindRegion {
			continue // a sea or region that spans countries
		}
		// Countries and divisions that the curated data does not hold
		// come from the generated layer.
		c := g.Country(e.Country)
		if c == nil {
			c = full.Country(e.Country)
		}
		if c == nil {
			t.Errorf("%s: got country %q, want one of the gazetteer's countries", e.ID, e.Country)
			continue
		}
		if e.HasBBox() {
			if !in(c.BBox, e.BBox[0], e.BBox[1]) || !in(c.BBox, e.BBox[2], e.BBox[3]) {
				t.Errorf("%s: got bbox %v, want it inside %s's %v", e.ID, e.BBox, c.ID, c.BBox)
			}
		} else if !in(c.BBox, e.Lat, e.Lon) {
			t.Errorf("%s: got point %g,%g, want it inside %s's bbox %v", e.ID, e.Lat, e.Lon, c.ID, c.BBox)
		}
		if e.Kind == gazetteer.KindAdmin1 {
			if e.Admin1 != e.Name {
				t.Errorf("%s: got admin1 %q, want its own name %q", e.ID, e.Admin1, e.Name)
			}
			continue
		}
		curatedDivisions := hasAdmin1(g, e.Country)
		if e.Admin1 == "" {
			// Where the generated layer has no division holding the point
			// (Kuwait's Jahra: no town of it in cities500), none is named.
			if e.Kind != gazetteer.KindRegion && curatedDivisions {
				t.Errorf("%s: got no admin1, want one for a %s", e.ID, e.Kind)
			}
			continue
		}
		a := g.Admin1(e.Country, e.Admin1)
		if a == nil && !curatedDivisions {
			a = admin1Named(full, e.Country, e.Admin1)
		}
		if a == nil || a.Name != e.Admin1 {
			t.Errorf("%s: got admin1 %q, want the name of an admin1 entry of %s", e.ID, e.Admin1, e.Country)
			continue
		}
		// Generated divisions have the box of their towns, not of their
		// land: only curated ones are checked.
		if curatedDivisions && !in(a.BBox, e.Lat, e.Lon) {
			t.Errorf("%s: got point %g,%g, want it inside %s's bbox %v", e.ID, e.Lat, e.Lon, a.ID, a.BBox)
		}
	}
}

// TestDataNames checks that every name and alias of the curated data
// resolves to its entry, and that names are shared only by the pairs in
// allowedCollisions.
func TestDataNames(t *testing.T) {
	g := MustLoadCurated(t)
	seen := map[string]bool{}
	for _, e := range g.Entries() {
		names := append([]string{e.Name}, e.Aliases...)
		for i, n := range names {
			if n != strings.TrimSpace(n) || n == "" {
				t.Errorf("%s: got name %q, want it trimmed and not empty", e.ID, n)
			}
			if slices.Contains(names[:i], n) {
				t.Errorf("%s: got name %q twice, want it once", e.ID, n)
			}
			got := g.Lookup(n)
			if !slices.Contains(got, e) {
				t.Errorf("Lookup(%q): got %s, want it to hold %s", n, ids(got), e.ID)
			}
			for _, o := range got {
				if o == e || o.Kind == gazetteer.KindRegion && strings.Contains(o.ID, "#") {
					continue
				}
				pair := min(e.ID, o.ID) + " " + max(e.ID, o.ID)
				seen[pair] = true
				if !slices.Contains(allowedCollisions, pair) {
					t.Errorf("name %q of %s: got it shared with %s (%s), want no unlisted collision", n, e.ID, o.ID, o.Kind)
				}
			}
		}
	}
	for _, pair := range allowedCollisions {
		if !seen[pair] {
			t.Errorf("allowed collision %q: got no shared name, want the list up to date", pair)
		}
	}
}

func ids(es []*gazetteer.Entry) string {
	var s []string
	for _, e := range es {
		s = append(s, e.ID)
	}
	return "[" + strings.Join(s, " ") + "]"
}

// hasAdmin1 reports whether the gazetteer holds first-level divisions of
// the country.
func hasAdmin1(g *gazetteer.Gazetteer, country string) bool {
	for _, e := range g.Entries() {
		if e.Kind == gazetteer.KindAdmin1 && e.Country == country {
			return true
		}
	}
	return false
}

// admin1Named returns the first-level division of the country with exactly
// that name, found by name rather than by the matcher's keys ("Southern
// District" is not indexed: its words are common).
func admin1Named(g *gazetteer.Gazetteer, country, name string) *gazetteer.Entry {
	for _, e := range g.Entries() {
		if e.Kind == gazetteer.KindAdmin1 && e.Country == country && e.Name == name {
			return e
		}
	}
	return nil
}
