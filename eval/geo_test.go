package eval_test

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/eval"
)

const geoFixtures = "testdata/geo"

// geoSuite is the gold sets of Gritta et al., read from the shared tree.
const geoSuite = "../../shared/evaldata/suites/geoparsing-gritta"

// wantToponyms checks that doc's toponyms are phrases, in order, each at
// the byte offset of its first occurrence in the text from the previous
// one on, and that Text is the span's text.
func wantToponyms(t *testing.T, doc eval.GeoDoc, phrases ...string) {
	t.Helper()
	if len(doc.Toponyms) != len(phrases) {
		t.Fatalf("%s: got %d toponyms %+v, want %d", doc.ID, len(doc.Toponyms), doc.Toponyms, len(phrases))
	}
	from := 0
	for i, tp := range doc.Toponyms {
		want := from + strings.Index(doc.Text[from:], phrases[i])
		if tp.Start != want || tp.End != want+len(phrases[i]) || tp.Text != phrases[i] || doc.Text[tp.Start:tp.End] != tp.Text {
			t.Errorf("%s toponym %d: got %d-%d %q, want %d-%d %q", doc.ID, i, tp.Start, tp.End, tp.Text, want, want+len(phrases[i]), phrases[i])
		}
		from = want + 1
	}
}

func near(got, want float64) bool { return math.Abs(got-want) < 1e-6 }

func TestReadTRNews(t *testing.T) {
	docs, err := eval.ReadTRNews(filepath.Join(geoFixtures, "TR-News.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "9000001" || docs[1].ID != "9000002" {
		t.Fatalf("got %d docs %v, want 9000001 and 9000002", len(docs), docs)
	}
	d := docs[0]
	if !strings.HasPrefix(d.Text, "Officials in Zürich") || !strings.HasSuffix(d.Text, "envoy left.") {
		t.Errorf("text: got %q, want the CDATA as is", d.Text)
	}
	wantToponyms(t, d, "Zürich", "Bern", "Genève", "Lyon", "Main Street", "Kenyan")
	// Characters, not bytes: "Lyon" is character 86 and byte 95, after
	// ü, “, ”, è and an emoji of four bytes.
	if lyon := d.Toponyms[3]; lyon.Start != 95 || lyon.End != 99 {
		t.Errorf("Lyon: got %d-%d, want 95-99", lyon.Start, lyon.End)
	}
	if z := d.Toponyms[0]; !near(z.Lat, 47.37) || !near(z.Lon, 8.54) || z.NoCoords {
		t.Errorf("Zürich: got %+v, want 47.37, 8.54", z)
	}
	if !d.Toponyms[4].NoCoords {
		t.Errorf("Main Street: got coordinates, want NoCoords: it has no gaztag")
	}
	// Genève and Lyon are two characters off, Kenyan one short.
	if len(d.Problems) != 3 {
		t.Fatalf("problems: got %q, want 3", d.Problems)
	}
	for i, want := range []string{
		`TR-News.xml:3: docid 9000001: toponym "Genève" at characters 59-65: text there is "nève, "; moved to 57-63`,
		`toponym "Lyon" at characters 88-92: text there is "on o"; moved to 86-90`,
		`toponym "Kenyan" at characters 111-116: text there is "Kenya"; moved to 111-117`,
	} {
		if !strings.Contains(d.Problems[i], want) {
			t.Errorf("problem %d: got %q, want it to contain %q", i, d.Problems[i], want)
		}
	}
	wantToponyms(t, docs[1], "Erbil", "Baghdad")
	if len(docs[1].Problems) != 0 {
		t.Errorf("9000002: got problems %q, want none", docs[1].Problems)
	}
}

func TestReadGeoVirus(t *testing.T) {
	docs, err := eval.ReadGeoVirus(filepath.Join(geoFixtures, "GeoVirus.xml"))
	if err != nil {
		t.Fatal(err)
	}
	// The commented-out article is not one.
	if len(docs) != 2 || docs[0].ID != "1" || docs[1].ID != "2" {
		t.Fatalf("got %d docs, want 2 with IDs 1 and 2", len(docs))
	}
	// Offsets from 1, in characters; sorted into text order.
	wantToponyms(t, docs[0], "São Paulo", "Rio de Janeiro")
	wantToponyms(t, docs[1], "Mosul", "Basra")
	if b := docs[1].Toponyms[1]; !near(b.Lat, 30.5) || !near(b.Lon, 47.81) {
		t.Errorf("Basra: got %v, %v, want 30.5, 47.81", b.Lat, b.Lon)
	}
	for _, d := range docs {
		if len(d.Problems) != 0 {
			t.Errorf("%s: got problems %q, want none", d.ID, d.Problems)
		}
	}
}

func TestReadGeoWebNews(t *testing.T) {
	docs, err := eval.ReadGeoWebNews(geoFixtures)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "0" || docs[1].ID != "1" {
		t.Fatalf("got %d docs, want 2 with IDs 0 and 1", len(docs))
	}
	wantToponyms(t, docs[0], "Košice", "Prešov", "Slovakia", "Bratislava")
	if s := docs[0].Toponyms[2]; !near(s.Lat, 48.67) || !near(s.Lon, 19.5) {
		t.Errorf("Slovakia: got %v, %v, want 48.67, 19.5", s.Lat, s.Lon)
	}
	wantToponyms(t, docs[1], "Kirkuk", "Kirkuk")
	want := `gwn_full.txt:2: Geocoding-files/1: toponym "Iraq" at characters -40--36: outside the text (61 characters); dropped`
	if len(docs[1].Problems) != 1 || docs[1].Problems[0] != want {
		t.Errorf("problems: got %q, want [%q]", docs[1].Problems, want)
	}
}

// writeFiles writes name→content under a new directory and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadGeoErrors(t *testing.T) {
	const article = `<articles>
<article docid="7">
<text>In Erbil.</text>
<toponyms><toponym><phrase>Erbil</phrase><start>%s</start><end>8</end><gaztag><lat>%s</lat><lon>44</lon></gaztag></toponym></toponyms>
</article>
</articles>`
	fill := func(start, lat string) string {
		return strings.Replace(strings.Replace(article, "%s", start, 1), "%s", lat, 1)
	}
	for _, c := range []struct {
		name, file, content string
		read                func(string) ([]eval.GeoDoc, error)
		want                string
	}{
		{"ErrTRNewsStart", "TR-News.xml", fill("three", "36"), eval.ReadTRNews,
			`TR-News.xml:2: article 1: docid 7: toponym 1 "Erbil" start: bad offset "three"`},
		{"ErrTRNewsLat", "TR-News.xml", fill("3", "north"), eval.ReadTRNews,
			`TR-News.xml:2: article 1: docid 7: toponym 1 "Erbil" lat: bad coordinate "north"`},
		{"ErrTRNewsLatRange", "TR-News.xml", fill("3", "136"), eval.ReadTRNews, `lat: bad coordinate "136"`},
		{"ErrSyntax", "TR-News.xml", "<articles>\n<article docid=\"1\">\n<text>x</txt>", eval.ReadTRNews,
			"TR-News.xml:2: article 1: XML syntax error on line 3"},
		{"ErrNoArticles", "GeoVirus.xml", "<articles></articles>", eval.ReadGeoVirus, "GeoVirus.xml: no <article> elements"},
		{"ErrGeoVirusEnd", "GeoVirus.xml", "<articles>\n\n<article><text>In Basra.</text><locations><location><name>Basra</name><start>4</start><end>9.5</end><lat>30</lat><lon>47</lon></location></locations></article></articles>",
			eval.ReadGeoVirus, `GeoVirus.xml:3: article 1: location 1 "Basra" end: bad offset "9.5"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{c.file: c.content})
			docs, err := c.read(filepath.Join(dir, c.file))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q", err, c.want)
			}
			if docs != nil {
				t.Errorf("got %d docs with the error, want none", len(docs))
			}
		})
	}
	t.Run("ErrMissingFile", func(t *testing.T) {
		if _, err := eval.ReadTRNews(filepath.Join(t.TempDir(), "TR-News.xml")); err == nil || !strings.Contains(err.Error(), "TR-News.xml") {
			t.Errorf("got %v, want an error naming TR-News.xml", err)
		}
	})
	for _, c := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"ErrGWNFields", map[string]string{
			"gwn_full.txt":      "Erbil,,Erbil,,36,,44,,3,,8||\nErbil,,Erbil,,36,,44,,3||\n",
			"Geocoding-files/0": "In Erbil.", "Geocoding-files/1": "In Erbil.",
		}, "gwn_full.txt:2: item 1: got 5 fields, want 6"},
		{"ErrGWNLon", map[string]string{
			"gwn_full.txt": "Erbil,,Erbil,,36,,east,,3,,8||\n", "Geocoding-files/0": "In Erbil.",
		}, `gwn_full.txt:1: item 1 lon: bad coordinate "east"`},
		{"ErrGWNNoText", map[string]string{
			"gwn_full.txt": "Erbil,,Erbil,,36,,44,,3,,8||\n",
		}, "gwn_full.txt:1: open "},
		{"ErrGWNEmpty", map[string]string{"gwn_full.txt": ""}, "gwn_full.txt: no annotated documents"},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs, err := eval.ReadGeoWebNews(writeFiles(t, c.files))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q", err, c.want)
			}
			if docs != nil {
				t.Errorf("got %d docs with the error, want none", len(docs))
			}
		})
	}
}

func TestDistanceKm(t *testing.T) {
	const r = eval.EarthRadiusKm
	for _, c := range []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want                   float64
	}{
		{"Same", 33.3, 44.4, 33.3, 44.4, 0},
		{"OneDegreeOnTheEquator", 0, 0, 0, 1, r * math.Pi / 180}, // 111.195 km
		{"OneDegreeOfLatitude", 10, 20, 11, 20, r * math.Pi / 180},
		{"EquatorToPole", 0, 0, 90, 0, r * math.Pi / 2}, // 10007.56 km
		{"Antipodes", 0, 0, 0, 180, r * math.Pi},        // 20015.11 km
		{"AcrossTheDateLine", 0, 179.5, 0, -179.5, r * math.Pi / 180},
		// At 60°N a degree of longitude is about half as long; the great
		// circle is a little shorter than the parallel (55.597 km).
		{"SixtyNorth", 60, 0, 60, 1, 2 * r * math.Asin(math.Cos(math.Pi/3)*math.Sin(math.Pi/360))},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := eval.DistanceKm(c.lat1, c.lon1, c.lat2, c.lon2); math.Abs(got-c.want) > 1e-6 {
				t.Errorf("got %.6f km, want %.6f", got, c.want)
			}
			if got, back := eval.DistanceKm(c.lat1, c.lon1, c.lat2, c.lon2), eval.DistanceKm(c.lat2, c.lon2, c.lat1, c.lon1); got != back {
				t.Errorf("got %v one way and %v back, want the same", got, back)
			}
		})
	}
}

func TestMedianAndAUC(t *testing.T) {
	for _, c := range []struct {
		name string
		xs   []float64
		want float64
	}{
		{"None", nil, 0},
		{"Odd", []float64{30, 1, 2}, 2},
		{"Even", []float64{4, 1, 3, 2}, 2.5},
	} {
		t.Run("Median"+c.name, func(t *testing.T) {
			if got := eval.Median(c.xs); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	xs := []float64{3, 1, 2}
	if eval.Median(xs); xs[0] != 3 {
		t.Errorf("Median sorted its argument: got %v", xs)
	}
	for _, c := range []struct {
		name string
		errs []float64
		want float64
	}{
		{"None", nil, 0},
		{"Perfect", []float64{0, 0}, 0},
		{"Worst", []float64{eval.GeoMaxErrorKm}, 1},
		// (0 + 1 + 1) / 3: an error past the maximum counts as the maximum.
		{"Capped", []float64{0, eval.GeoMaxErrorKm, 50000}, 2.0 / 3},
		// ln(1+(e²-1)) = 2 and ln(1+(e-1)) = 1 over ln(20040) = 9.905536.
		{"Logs", []float64{math.E*math.E - 1, math.E - 1}, 1.5 / math.Log(20040)},
	} {
		t.Run("AUC"+c.name, func(t *testing.T) {
			if got := eval.AUC(c.errs); !near(got, c.want) {
				t.Errorf("got %.9f, want %.9f", got, c.want)
			}
		})
	}
}

// geoCase is a document with four gold toponyms and five predictions:
// Erbil exact, Baghdad by a wider span resolved a degree away, Mosul and
// Iraq (no coordinates) both by one span resolved to the antipode, a
// spurious "Drones", and a part of Erbil resolved far away that overlaps
// Erbil less than the exact prediction does. A second document's Paris is
// missed.
func geoCase() ([]eval.GeoDoc, map[string][]eval.PredToponym) {
	text := "Drones hit Erbil and Baghdad near Mosul, Iraq."
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	top := func(s string, noCoords bool) eval.GeoToponym {
		i, j := at(s)
		return eval.GeoToponym{Start: i, End: j, Text: s, NoCoords: noCoords}
	}
	pred := func(s string, lat, lon float64) eval.PredToponym {
		i, j := at(s)
		return eval.PredToponym{Start: i, End: j, Lat: lat, Lon: lon, Name: s}
	}
	gold := []eval.GeoDoc{
		{ID: "d1", Text: text, Toponyms: []eval.GeoToponym{top("Erbil", false), top("Baghdad", false), top("Mosul", false), top("Iraq", true)},
			Problems: []string{"one mended annotation"}},
		{ID: "d2", Text: "Paris is calm.", Toponyms: []eval.GeoToponym{{Start: 0, End: 5, Text: "Paris", Lat: 48.85, Lon: 2.35}}},
	}
	preds := map[string][]eval.PredToponym{
		"d1": {pred("Drones", 0, 0), pred("Erbil", 0, 0), pred("bil", 50, 50), pred("and Baghdad", 0, 1), pred("Mosul, Iraq", 0, 180)},
		"d9": {{Start: 0, End: 4}}, // no such gold document: ignored
	}
	return gold, preds
}

func TestScoreGeo(t *testing.T) {
	gold, pred := geoCase()
	r := eval.ScoreGeo(gold, pred)
	oneDegree := eval.EarthRadiusKm * math.Pi / 180
	antipode := eval.EarthRadiusKm * math.Pi
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"Docs", float64(r.Docs), 2},
		{"Gold", float64(r.Gold), 5},
		{"GoldCoords", float64(r.GoldCoords), 4},
		{"Pred", float64(r.Pred), 5},
		// Every prediction but "Drones" overlaps a gold toponym: 4/5.
		{"PredMatched", float64(r.PredMatched), 4},
		{"Precision", r.Precision, 0.8},
		// Erbil, Baghdad, Mosul and Iraq overlap a prediction, Paris not: 4/5.
		{"Recognised", float64(r.Recognised), 4},
		{"Recall", r.Recall, 0.8},
		{"F1", r.F1, 0.8},
		// Only Erbil has a prediction of the same span.
		{"ExactPred", float64(r.ExactPred), 1},
		{"ExactGold", float64(r.ExactGold), 1},
		{"ExactPrecision", r.ExactPrecision, 0.2},
		{"ExactRecall", r.ExactRecall, 0.2},
		{"ExactF1", r.ExactF1, 0.2},
		// Erbil 0 km (the exact prediction, not "bil"), Baghdad a degree,
		// Mosul half the Earth; Iraq has no coordinates.
		{"Resolved", float64(r.Resolved), 3},
		{"Within161", float64(r.Within161), 2},
		{"Acc161", r.Acc161, 2.0 / 3},
		{"Acc161Gold", r.Acc161Gold, 2.0 / 4},
		{"MedianKm", r.MedianKm, oneDegree},
		{"MeanKm", r.MeanKm, (oneDegree + antipode) / 3},
		{"AUC", r.AUC, (math.Log(1+oneDegree) + math.Log(1+antipode)) / math.Log(20040) / 3}, // 0.492136
		{"GoldProblems", float64(r.GoldProblems), 1},
	} {
		if !near(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	if len(r.Missed) != 1 || r.Missed[0] != (eval.GeoCount{Text: "Paris", Count: 1}) {
		t.Errorf("missed: got %+v, want Paris once", r.Missed)
	}
	if len(r.Spurious) != 1 || r.Spurious[0] != (eval.GeoCount{Text: "Drones", Count: 1}) {
		t.Errorf("spurious: got %+v, want Drones once", r.Spurious)
	}
	if len(r.Worst) != 1 || r.Worst[0].Text != "Mosul" || r.Worst[0].Pred != "Mosul, Iraq" || !near(r.Worst[0].Km, antipode) {
		t.Errorf("worst: got %+v, want Mosul alone past 161 km", r.Worst)
	}

	var out strings.Builder
	r.WriteText(&out)
	for _, want := range []string{
		"gold toponyms    5 (4 with coordinates; 1 mended or dropped by the reader)",
		"  overlap        0.800     0.800     0.800   (4/5 predictions, 4/5 gold)",
		"  exact span     0.200     0.200     0.200   (1/5 predictions, 1/5 gold)",
		"  acc@161        0.667 (2/3; end to end 0.500 of 4 gold)",
		"  median error   111.2 km",
		"  AUC            0.492 (lower is better)",
		"most missed: Paris 1",
		`  d1 34-39 "Mosul": gold 0.00,0.00, got Mosul, Iraq 0.00,180.00: 20015 km`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("WriteText: got\n%s\nwant a line %q", out.String(), want)
		}
	}
}

func TestScoreGeoEmpty(t *testing.T) {
	r := eval.ScoreGeo(nil, nil)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"precision":0`, `"auc":0`, `"missed":[]`, `"spurious":[]`, `"worst":[]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("got %s, want %s", b, want)
		}
	}
	var out strings.Builder
	r.WriteText(&out)
	if strings.Contains(out.String(), "acc@161") {
		t.Errorf("WriteText: got\n%s\nwant no resolution figures without resolved toponyms", out.String())
	}
}

// TestReadGeoSuite reads the real gold sets when ../shared has them and
// checks only that the counts are sane.
func TestReadGeoSuite(t *testing.T) {
	if _, err := os.Stat(geoSuite); err != nil {
		t.Skipf("geoparsing gold sets not found at %s (../shared is absent): %v", geoSuite, err)
	}
	for name, read := range map[string]func() ([]eval.GeoDoc, error){
		"TR-News":    func() ([]eval.GeoDoc, error) { return eval.ReadTRNews(filepath.Join(geoSuite, "TR-News.xml")) },
		"GeoVirus":   func() ([]eval.GeoDoc, error) { return eval.ReadGeoVirus(filepath.Join(geoSuite, "GeoVirus.xml")) },
		"GeoWebNews": func() ([]eval.GeoDoc, error) { return eval.ReadGeoWebNews(geoSuite) },
	} {
		t.Run(name, func(t *testing.T) {
			docs, err := read()
			if err != nil {
				t.Fatal(err)
			}
			n, problems := 0, 0
			for _, d := range docs {
				for _, tp := range d.Toponyms {
					if tp.Start < 0 || tp.End > len(d.Text) || d.Text[tp.Start:tp.End] != tp.Text {
						t.Errorf("%s: toponym %+v does not span its text", d.ID, tp)
					}
				}
				n += len(d.Toponyms)
				problems += len(d.Problems)
			}
			if len(docs) == 0 || n == 0 {
				t.Errorf("got %d documents and %d toponyms, want some of each", len(docs), n)
			}
			t.Logf("%d documents, %d toponyms, %d annotations mended", len(docs), n, problems)
		})
	}
}

// FuzzReadGeoWebNews feeds arbitrary annotation lines and texts to the
// reader: it may fail, but never panic, and what it returns spans its text.
func FuzzReadGeoWebNews(f *testing.F) {
	f.Add("Erbil,,Erbil,,36,,44,,3,,8||", "In Erbil.")
	f.Add("Erbil,,Erbil,,36,,44,,5,,10||Iraq,,Iraq,,33,,44,,-4,,0||", "In 🙂 Erbil, Iraq.")
	f.Add("X,,Köln,,50,,7,,9,,99||", "Köln and Köln")
	f.Add("X,,,,0,,0,,2,,1||", "\xff\xfe")
	f.Add(",,\xb6ln,,0,,0,,7,,7", "ö0000öln") // a phrase that starts inside a character
	f.Fuzz(func(t *testing.T, line, text string) {
		if strings.ContainsAny(line, "\n\r") {
			return
		}
		dir := t.TempDir()
		if err := os.Mkdir(filepath.Join(dir, "Geocoding-files"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "gwn_full.txt"), []byte(line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "Geocoding-files", "0"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		docs, err := eval.ReadGeoWebNews(dir)
		if err != nil {
			return
		}
		for _, d := range docs {
			for i, tp := range d.Toponyms {
				if tp.Start < 0 || tp.Start > tp.End || tp.End > len(d.Text) || d.Text[tp.Start:tp.End] != tp.Text {
					t.Fatalf("toponym %+v does not span its text %q", tp, d.Text)
				}
				if i > 0 && tp.Start < d.Toponyms[i-1].Start {
					t.Fatalf("toponyms out of order: %+v", d.Toponyms)
				}
			}
		}
	})
}

func TestScoreGeoByPrecision(t *testing.T) {
	text := "Erbil and Iraq and Mosul."
	gold := []eval.GeoDoc{{ID: "d", Text: text, Toponyms: []eval.GeoToponym{
		{Start: 0, End: 5, Text: "Erbil", Lat: 36.19, Lon: 44.01},
		{Start: 10, End: 14, Text: "Iraq", Lat: 33, Lon: 44},
		{Start: 19, End: 24, Text: "Mosul", Lat: 36.34, Lon: 43.13},
	}}}
	pred := map[string][]eval.PredToponym{"d": {
		{Start: 0, End: 5, Lat: 36.19, Lon: 44.01, Precision: 1},
		{Start: 10, End: 14, Lat: 30, Lon: 44, Precision: 4}, // 333 km off
		{Start: 19, End: 24, Lat: 36.3, Lon: 43.1, Precision: 1},
	}}
	got := eval.ScoreGeo(gold, pred).ByPrecision
	want := []eval.GeoLevel{{Precision: 1, Resolved: 2, Within161: 2, Acc161: 1}, {Precision: 4, Resolved: 1}}
	if !slices.Equal(got, want) {
		t.Errorf("ByPrecision: got %+v, want %+v", got, want)
	}
}
