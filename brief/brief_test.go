package brief_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/xml"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/brief"
	"github.com/sitrep/sitrep/sqlite"
	"github.com/sitrep/sitrep/storetest"
)

func day(d int) sitrep.Date { return sitrep.Date{Year: 2024, Month: time.January, Day: d} }

func incident(id string, d int, place sitrep.Place, category, grade string) sitrep.Incident {
	return sitrep.Incident{ID: id, When: sitrep.When{Start: day(d), End: day(d), Precision: sitrep.PrecisionDay},
		Place: place, Category: category, Grade: grade, Status: sitrep.StatusReported,
		ClaimedBy: []string{}, Weapons: []sitrep.Weapon{}, Contradictions: []sitrep.Contradiction{},
		Sources: []sitrep.Source{{Doc: "d-" + id, Outlet: "Example Wire", URL: "https://news.example/" + id,
			Published: day(d).String(), Quote: "A quote."}}}
}

var (
	tanf    = sitrep.Place{ID: "tanf", Name: "Al-Tanf Garrison", Kind: sitrep.KindSite, Country: "SY", Admin1: "Homs", Lat: 33.5, Lon: 38.62, Precision: sitrep.GeoSite}
	erbil   = sitrep.Place{ID: "erbil", Name: "Erbil Air Base", Kind: sitrep.KindSite, Country: "IQ", Admin1: "Erbil", Lat: 36.24, Lon: 43.96, Precision: sitrep.GeoSite}
	nowhere = sitrep.Place{Name: "an outpost"}
)

// mustStore returns a store holding incs and the tallies of one document.
func mustStore(t *testing.T, incs []sitrep.Incident, tallies []sitrep.Tally) sitrep.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	doc := storetest.NewDocument("t1", "The ministry said 5 attacks took place this month.")
	x := storetest.NewExtraction(doc)
	x.Tallies = tallies
	storetest.MustPutDocument(t, s, doc, x, sitrep.PutNew)
	storetest.MustReplaceIncidents(t, s, incs)
	return s
}

func TestBuild(t *testing.T) {
	hostile := sitrep.Place{Name: `<img src=x onerror=alert(1)> [x](javascript:alert(2)) *bold*`, Country: "SY",
		Lat: 34.4, Lon: 40.1, Precision: sitrep.GeoSite}
	evil := incident("SY-evil", 9, hostile, sitrep.CategoryRocket, sitrep.GradeSingle)
	evil.Sources[0].Outlet = "<script>alert(3)</script>"
	evil.Sources[0].URL = "javascript:alert(4)"
	evil.Contradictions = []sitrep.Contradiction{{Field: sitrep.FieldOutcome, Values: []sitrep.FieldValue{
		{Value: "hit", Doc: "d-SY-evil", Source: "the group", Stance: sitrep.StanceClaims},
		{Value: "intercepted", Doc: "d-SY-evil", Source: "the ministry", Stance: sitrep.StanceConfirms}}}}
	incs := []sitrep.Incident{
		incident("SY-1", 2, tanf, sitrep.CategoryDrone, sitrep.GradeConfirmed), // the week before
		incident("SY-2", 8, tanf, sitrep.CategoryDrone, sitrep.GradeCorroborated),
		incident("IQ-1", 10, erbil, sitrep.CategoryMissile, sitrep.GradeClaimed),
		incident("IQ-2", 14, erbil, sitrep.CategoryDrone, sitrep.GradeConfirmed), // the latest: until
		incident("XX-1", 12, nowhere, sitrep.CategoryUnknown, sitrep.GradeSingle),
		evil,
	}
	tallies := []sitrep.Tally{{Seq: 0, Kind: "attacks", What: "attacks", Count: 8, Region: []string{"SY", "IQ"},
		PeriodStart: day(1), PeriodEnd: day(31), SaidBy: "the ministry"}}
	s := mustStore(t, incs, tallies)
	b, err := brief.Build(context.Background(), s, brief.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Until != day(14) || b.Since != day(8) || b.Days != 7 {
		t.Fatalf("period %s to %s (%d days), want 2024-01-08 to 2024-01-14 (7)", b.Since, b.Until, b.Days)
	}
	if len(b.Incidents) != 5 || len(b.Previous) != 1 {
		t.Fatalf("%d incidents, %d before; want 5, 1", len(b.Incidents), len(b.Previous))
	}
	sum := 0
	for _, n := range b.PerDay() {
		sum += n
	}
	if sum != 5 || b.PerDay()[0] != 1 || b.PerDay()[6] != 1 {
		t.Errorf("per day %v", b.PerDay())
	}
	if len(b.Tallies) != 1 || b.Tallies[0].Stored != 5 || b.Tallies[0].Missing != 3 {
		t.Errorf("tallies %+v, want one with 5 stored, 3 missing", b.Tallies)
	}

	var md bytes.Buffer
	if err := b.Markdown(&md, brief.Figures{Chart: "x-per-day.svg", Map: "x-map.svg"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"5 incidents (previous 7 days: 1, +4)", "![Incidents per day](x-per-day.svg)",
		"outcome: hit (the group, claims; d-SY-evil) against intercepted (the ministry, confirms; d-SY-evil)",
		"[Example Wire](https://news.example/SY-2)", "gap: 3 not in the store", "&lt;img src=x onerror=alert(1)&gt;",
		`\[x\](javascript:alert(2)) \*bold\*`, "&lt;script&gt;alert(3)&lt;/script&gt;"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	if strings.Contains(md.String(), "<img") || strings.Contains(md.String(), "(javascript:alert(4))") {
		t.Errorf("markdown passes markup through:\n%s", md.String())
	}

	var page bytes.Buffer
	if err := b.HTML(&page); err != nil {
		t.Fatal(err)
	}
	h := page.String()
	for _, bad := range []string{"<img", "<script", `href="javascript`} {
		if strings.Contains(h, bad) {
			t.Errorf("HTML holds %q", bad)
		}
	}
	for _, want := range []string{"&lt;img src=x onerror=alert(1)&gt;", `href="https://news.example/IQ-2"`, "<svg", "Erbil Air Base"} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	m := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(h)
	if m == nil {
		t.Fatal("no style element")
	}
	sumStyle := sha256.Sum256([]byte(m[1]))
	if got := "'sha256-" + base64.StdEncoding.EncodeToString(sumStyle[:]) + "'"; got != brief.StyleHash() {
		t.Errorf("style hash %s, StyleHash %s", got, brief.StyleHash())
	}
}

// TestSVG checks that the chart and the map are well-formed XML with a bar
// a day and a circle a place.
func TestSVG(t *testing.T) {
	incs := []sitrep.Incident{
		incident("SY-1", 8, tanf, sitrep.CategoryDrone, sitrep.GradeConfirmed),
		incident("SY-2", 9, tanf, sitrep.CategoryDrone, sitrep.GradeConfirmed),
		incident("IQ-1", 10, erbil, sitrep.CategoryMissile, sitrep.GradeClaimed),
	}
	s := mustStore(t, incs, nil)
	b, err := brief.Build(context.Background(), s, brief.Options{Since: day(8), Until: day(11), Country: ""})
	if err != nil {
		t.Fatal(err)
	}
	m, err := b.MapSVG()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, svg, elem string
		n               int
	}{{"chart", b.ChartSVG(), "rect", 4}, {"map", m, "circle", 2}} {
		counts := map[string]int{}
		dec := xml.NewDecoder(strings.NewReader(tc.svg))
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if se, ok := tok.(xml.StartElement); ok {
				counts[se.Name.Local]++
			}
		}
		if counts[tc.elem] != tc.n {
			t.Errorf("%s: %d %s, want %d", tc.name, counts[tc.elem], tc.elem, tc.n)
		}
		if tc.name == "map" && !strings.Contains(tc.svg, `stroke-dasharray="2 2" stroke-linejoin="round"><path`) {
			t.Errorf("map: no province outline drawn")
		}
		if tc.name == "map" && counts["path"] < 3 {
			t.Errorf("map: %d country outlines, want some", counts["path"])
		}
	}
	if _, err := brief.Build(context.Background(), s, brief.Options{Since: day(12), Until: day(11)}); sitrep.ErrorCode(err) != sitrep.EINVALID {
		t.Errorf("since after until: %v, want EINVALID", err)
	}
}
