package gazetteer_test

import (
	"bufio"
	"compress/gzip"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

const (
	geonamesSource = "GeoNames cities500 (CC BY 4.0)"
	cities1000     = "GeoNames cities1000 (CC BY 4.0)"
)

// isGeoNames reports whether e is a GeoNames town: of cities500 ("gn-"
// and its GeoNames id) or of cities1000 that cities500 lacks ("gj-").
func isGeoNames(e *gazetteer.Entry) bool {
	return strings.HasPrefix(e.ID, "gn-") || strings.HasPrefix(e.ID, "gj-")
}

// isGenerated reports whether e belongs to the generated layer: a
// GeoNames town, or a country, first-level division or region.
func isGenerated(e *gazetteer.Entry) bool {
	return isGeoNames(e) || strings.HasPrefix(e.ID, "adm1-") || strings.HasPrefix(e.ID, "adm2-") || strings.HasPrefix(e.ID, "rg-") ||
		len(e.ID) == 2 && e.Source != "" && !strings.HasPrefix(e.Source, "GeoNames centroid")
}

func TestGeoNamesLayer(t *testing.T) {
	g := MustLoad(t)
	es := g.Entries()
	curated := len(MustLoadCurated(t).Entries())
	for i, e := range es {
		if got, want := isGenerated(e), i >= curated; got != want {
			t.Fatalf("entry %d %s: got generated %v, want the %d curated entries first", i, e.ID, got, curated)
		}
	}
	perCountry := map[string]int{}
	for _, e := range es[curated:] {
		if !isGeoNames(e) {
			continue
		}
		perCountry[e.Country]++
		want := geonamesSource
		if strings.HasPrefix(e.ID, "gj-") {
			want = cities1000
		}
		if e.Kind != gazetteer.KindTown || e.Source != want || e.HasBBox() {
			t.Errorf("%s: got kind %s, source %q, bbox %v, want a town from %q without bbox", e.ID, e.Kind, e.Source, e.BBox, want)
		}
	}
	for cc, min := range map[string]int{"SY": 200, "IQ": 80, "JO": 90, "LB": 20, "YE": 250, "TR": 1500, "US": 200} {
		if perCountry[cc] < min {
			t.Errorf("GeoNames entries of %s: got %d, want at least %d", cc, perCountry[cc], min)
		}
	}
	for _, c := range []struct{ name, id, country, admin1 string }{
		{"Abu Ghraib", "gn-100077", "IQ", "Baghdad"},
		{"Al Musayyib", "gn-99039", "IQ", "Babil"},
		{"Tall Rif'at", "gn-163476", "SY", "Aleppo"},
		{"Bajil", "gn-77408", "YE", "Hodeidah"},
		{"As Sukhnah", "gn-172425", "SY", "Homs"},
		// Hajin is curated: its GeoNames row is left out.
		{"Hajin", "hajin", "SY", "Deir ez-Zor"},
	} {
		got := g.Lookup(c.name)
		if len(got) == 0 || got[0].ID != c.id || got[0].Country != c.country || got[0].Admin1 != c.admin1 {
			t.Errorf("Lookup(%q): got %s, want %s (%s, %s) first", c.name, ids(got), c.id, c.country, c.admin1)
		}
	}
	if e := g.Get("gn-174506"); e != nil {
		t.Errorf("Get(gn-174506), GeoNames' Hajin: got %s, want nil as the curated hajin stands for it", e.Name)
	}
}

// TestGeoNamesCuratedNames checks that a curated name resolves to curated
// entries only: the layer repeats no curated town and gives no curated
// name to another place.
func TestGeoNamesCuratedNames(t *testing.T) {
	g := MustLoad(t)
	for _, e := range MustLoadCurated(t).Entries() {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			got := g.Lookup(n)
			if slices.ContainsFunc(got, isGenerated) {
				t.Errorf("Lookup(%q) of %s: got %s, want curated entries only", n, e.ID, ids(got))
			}
		}
	}
	if got := g.Lookup("Erbil"); !slices.Equal(strings.Fields(strings.Trim(ids(got), "[]")), []string{"erbil", "iq-erbil"}) {
		t.Errorf("Lookup(Erbil): got %s, want [erbil iq-erbil]", ids(got))
	}
	if e := g.Get("gn-95446"); e != nil {
		t.Errorf("Get(gn-95446), GeoNames' Erbil: got %s, want nil", e.Name)
	}
}

func TestGeoNamesAdmin1(t *testing.T) {
	g := MustLoad(t)
	for _, e := range g.Entries() {
		if !isGeoNames(e) || e.Country != "SY" && e.Country != "IQ" && e.Country != "JO" {
			continue
		}
		if a := g.Admin1(e.Country, e.Admin1); a == nil || a.Name != e.Admin1 || !g.Contains(a, e) {
			t.Errorf("%s %s: got admin1 %q, want the name of a curated admin1 of %s holding it", e.ID, e.Name, e.Admin1, e.Country)
		}
	}
	for _, c := range []struct {
		outer, inner string
		want         bool
	}{
		{"sy-aleppo", "gn-163476", true},      // Tall Rif'at
		{"iq-babil", "gn-99039", true},        // Al Musayyib
		{"iq-baghdad", "gn-100077", true},     // Abu Ghraib
		{"sy-deir-ez-zor", "gn-170691", true}, // Dhiban, Syria
		{"jo-madaba", "gn-249664", true},      // Dhiban, Jordan
		{"sy-homs", "gn-172425", true},        // As Sukhnah
		{"sy", "gn-163476", true},
		{"kurdistan-region", "gn-91083", true}, // Shaqlawah
		{"sy-aleppo", "gn-99039", false},
		{"iq", "gn-163476", false},
		{"jo-madaba", "gn-170691", false},
		{"gn-163476", "gn-163476", true},
		{"gn-163476", "sy-aleppo", false},
	} {
		outer, inner := g.Get(c.outer), g.Get(c.inner)
		if outer == nil || inner == nil {
			t.Errorf("Get(%s), Get(%s): got nil", c.outer, c.inner)
			continue
		}
		if got := g.Contains(outer, inner); got != c.want {
			t.Errorf("Contains(%s, %s): got %v, want %v", c.outer, c.inner, got, c.want)
		}
	}
}

func TestGeoNamesOrder(t *testing.T) {
	g := MustLoad(t)
	// Riyadh is Saudi Arabia's capital, the short name of its province and
	// a village of Kirkuk: the city first, then its province, then the
	// other towns, more populous first.
	got := g.Lookup("Riyadh")
	if len(got) < 3 || got[0].ID != "gn-108410" || got[1].ID != "adm1-sa.10" {
		t.Fatalf("Lookup(Riyadh): got %s, want gn-108410 (Saudi Arabia), adm1-sa.10 first of several", ids(got))
	}
	for i := 3; i < len(got); i++ {
		if got[i].Population > got[i-1].Population {
			t.Errorf("Lookup(Riyadh): got %s (%d) after %s (%d), want more populous first",
				got[i].ID, got[i].Population, got[i-1].ID, got[i-1].Population)
		}
	}
	// An added entry is curated: it comes first, though smaller.
	e := &gazetteer.Entry{ID: "riyadh-camp", Kind: gazetteer.KindTown, Name: "Riyadh", Country: "IQ",
		Admin1: "Kirkuk", Lat: 35.3, Lon: 43.9, Population: 10}
	if err := g.Add(e); err != nil {
		t.Fatal(err)
	}
	if got := g.Lookup("Riyadh"); len(got) == 0 || got[0] != e {
		t.Errorf("Lookup(Riyadh) after Add: got %s, want riyadh-camp first", ids(got))
	}
	// A keyword ("city") puts towns first among curated entries only.
	a := &gazetteer.Entry{ID: "musayyib-area", Kind: gazetteer.KindRegion, Name: "Al Musayyib", Country: "IQ",
		Admin1: "Babil", Lat: 32.8, Lon: 44.3, BBox: [4]float64{32.6, 44.1, 33, 44.5}}
	if err := g.Add(a); err != nil {
		t.Fatal(err)
	}
	if got := g.Lookup("Musayyib city"); len(got) != 2 || got[0] != a || got[1].ID != "gn-99039" {
		t.Errorf("Lookup(Musayyib city): got %s, want [musayyib-area gn-99039]", ids(got))
	}
}

func TestGeoNamesCountry(t *testing.T) {
	g := MustLoad(t)
	if c := g.Country("YE"); c == nil || c.ID != "ye" || c.Kind != gazetteer.KindCountry {
		t.Errorf("Country(YE): got %v, want the generated ye", c)
	}
	if c := g.Country("iq"); c == nil || c.ID != "iq" || isGenerated(c) {
		t.Errorf("Country(iq): got %v, want the curated iq", c)
	}
	if got := g.Lookup("Yemen"); len(got) == 0 || got[0].ID != "ye" {
		t.Errorf("Lookup(Yemen): got %s, want ye first", ids(got))
	}
	if c := MustLoadCurated(t).Country("YE"); c != nil {
		t.Errorf("LoadCurated: Country(YE): got %s, want nil", c.ID)
	}
}

// TestGeoNamesStopWords checks that towns named like common words are not
// found by those words, in text or by Lookup.
func TestGeoNamesStopWords(t *testing.T) {
	if n := gazetteer.StopWordCount; n < 300 {
		t.Errorf("stop words: got %d, want at least 300", n)
	}
	g := MustLoad(t)
	for _, w := range []string{"Most", "May", "Monday", "January", "Hero", "Bar", "Reading", "Independence",
		"Nice", "Surprise", "Hamas", "Wadi", "Austin"} {
		if got := g.Lookup(w); slices.ContainsFunc(got, isGeoNames) {
			t.Errorf("Lookup(%q): got %s, want no GeoNames town", w, ids(got))
		}
		text := "Officials met in " + w + " on the same day."
		if ms := g.Match(text, normalize.Tokens(text)); len(ms) != 0 {
			t.Errorf("%q: got %q matched, want nothing", text, text[ms[0].Start:ms[0].End])
		}
	}
	// A city's own name of two stop words or more still names it; an
	// alias of them does not ("Queen City" for Cincinnati).
	for w, want := range map[string]string{"Little Rock": "gn-4119403", "Port Said": "gn-358619", "Queen City": ""} {
		text := "Officials met in " + w + " on the same day."
		var got []string
		for _, m := range g.Match(text, normalize.Tokens(text)) {
			got = append(got, m.Entries[0].ID)
		}
		if want == "" && len(got) != 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// TestGeoNamesData checks the generated file against the rules of its
// generator: sorted ids, the columns of places.tsv, at most 10 aliases,
// one per key.
func TestGeoNamesData(t *testing.T) {
	f, err := os.Open("data/geonames.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	if !zr.ModTime.IsZero() || zr.Name != "" {
		t.Errorf("gzip header: got time %v, name %q, want neither, for reproducible output", zr.ModTime, zr.Name)
	}
	sc := bufio.NewScanner(zr)
	prev := ""
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if n == 1 {
			if got, want := sc.Text(), "id\tkind\tsubkind\tname\taliases\tcountry\tadmin1\tlat\tlon\tpopulation\tbbox\tsource"; got != want {
				t.Fatalf("header: got %q, want %q", got, want)
			}
			continue
		}
		id := fields[0]
		if id <= prev {
			t.Errorf("line %d: got id %s after %s, want ids sorted", n, id, prev)
		}
		prev = id
		names := []string{fields[3]}
		if fields[4] != "" {
			names = append(names, strings.Split(fields[4], "|")...)
		}
		// Cities of a million people keep up to 30 (their exonyms come
		// late: "Kiev"), others 10.
		limit := 10
		if pop, _ := strconv.Atoi(fields[9]); pop >= 1000000 {
			limit = 30
		}
		if len(names)-1 > limit {
			t.Errorf("line %d %s: got %d aliases, want at most %d", n, id, len(names)-1, limit)
		}
		seen := map[string]bool{}
		for _, name := range names {
			k, err := gazetteer.Key(name)
			if err != nil || seen[k] {
				t.Errorf("line %d %s: name %q: got key %q (error %v), want a new key", n, id, name, k, err)
			}
			seen[k] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestJoinedKey checks the fast path of loading against Key.
func TestJoinedKey(t *testing.T) {
	for _, name := range []string{"Abu Ghraib", "Al-Musayyib", "al Musayyib", "Tell Rifaat", "Deir ez-Zor",
		"  Tal  Abyad ", "Al-El", "Al", "-", "Ras al-Ain", "US", "Hit", "ez-Zor-", "Tall Rif'at", "Abū Ghurayb"} {
		want, wantErr := gazetteer.Key(name)
		got, gotErr := gazetteer.JoinedKey(name)
		if got != want || (gotErr == nil) != (wantErr == nil) {
			t.Errorf("JoinedKey(%q): got %q, %v, want %q, %v", name, got, gotErr, want, wantErr)
		}
	}
}

func FuzzJoinedKey(f *testing.F) {
	for _, s := range []string{"Abu Ghraib", "Al-El", "Tell Rifaat", "a-b c", " - ", "Tal-Al-X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		want, wantErr := gazetteer.Key(name)
		got, gotErr := gazetteer.JoinedKey(name)
		if got != want || (gotErr == nil) != (wantErr == nil) {
			t.Fatalf("JoinedKey(%q): got %q, %v, want %q, %v", name, got, gotErr, want, wantErr)
		}
	})
}
