package gazetteer_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// seedsDir holds the third-party seed reports, beside the repository.
var seedsDir = filepath.Join("..", "..", "shared", "corpus", "seeds")

type seedDoc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

type goldIncident struct {
	ID        string   `json:"id"`
	Docs      []string `json:"docs"`
	Place     string   `json:"place"`
	Aliases   []string `json:"aliases"`
	Country   string   `json:"country"`
	Admin1    *string  `json:"admin1"`
	Lat       float64  `json:"lat"`
	Lon       float64  `json:"lon"`
	Precision int      `json:"geo_precision"`
}

// readJSONL decodes each line of a file in seedsDir into a new T, or skips
// the test when the shared corpus is absent.
func readJSONL[T any](t *testing.T, name string) []T {
	t.Helper()
	f, err := os.Open(filepath.Join(seedsDir, name))
	if os.IsNotExist(err) {
		t.Skipf("seed corpus absent (%v)", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// fits reports whether e can stand for the gold place, by the scoring
// rule: within 40 km, a box holding the gold point, the same admin1 for
// province-level gold, the same country for country-level gold.
func fits(e *gazetteer.Entry, gold goldIncident) bool {
	if sitrep.DistanceKm(e.Lat, e.Lon, gold.Lat, gold.Lon) <= 40 {
		return true
	}
	if e.HasBBox() && gold.Lat >= e.BBox[0] && gold.Lat <= e.BBox[2] && gold.Lon >= e.BBox[1] && gold.Lon <= e.BBox[3] {
		return true
	}
	switch gold.Precision {
	case sitrep.GeoProvince:
		return gold.Admin1 != nil && e.Country == gold.Country && e.Admin1 == *gold.Admin1
	case sitrep.GeoCountry:
		return e.Country == gold.Country
	}
	return false
}

// TestSeedsGoldPlaces checks that every place name the analysts give for
// the seed incidents resolves to a fitting entry.
func TestSeedsGoldPlaces(t *testing.T) {
	g := MustLoad(t)
	for _, gold := range readJSONL[goldIncident](t, "gold.jsonl") {
		for _, name := range append([]string{gold.Place}, gold.Aliases...) {
			got := g.Lookup(name)
			if len(got) == 0 || !fits(got[0], gold) {
				t.Errorf("%s: Lookup(%q): got %s, want first an entry fitting %.3f,%.3f", gold.ID, name, ids(got), gold.Lat, gold.Lon)
			}
		}
	}
}

// TestSeedsMatch checks that Match finds, in each seed report, a place
// fitting every gold incident the report tells.
func TestSeedsMatch(t *testing.T) {
	g := MustLoad(t)
	texts := map[string]string{}
	for _, d := range readJSONL[seedDoc](t, "seeds.jsonl") {
		texts[d.ID] = d.Text
	}
	for _, gold := range readJSONL[goldIncident](t, "gold.jsonl") {
		for _, doc := range gold.Docs {
			text, ok := texts[doc]
			if !ok {
				t.Fatalf("%s: document %s not in seeds.jsonl", gold.ID, doc)
			}
			found := false
			for _, m := range g.Match(text, normalize.Tokens(text)) {
				found = found || fits(m.Entries[0], gold)
			}
			if !found {
				t.Errorf("%s in %s: got no match fitting %s at %.3f,%.3f", gold.ID, doc, gold.Place, gold.Lat, gold.Lon)
			}
		}
	}
}
