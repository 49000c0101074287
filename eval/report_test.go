package eval_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkGolden compares got with testdata/name, or rewrites the file with
// -update.
func checkGolden(tb testing.TB, name string, got []byte) {
	tb.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s: got\n%s\nwant\n%s", name, got, want)
	}
}

// mixed returns a case with a bit of everything: a right match, a wrong
// one, a false merge, a miss, an optional gold and a false positive.
func mixed(tb testing.TB) eval.Result {
	a := omar("A", "d1")
	a.Fatalities = intp(2)
	b := omar("B", "d2")
	b.DateStart, b.DateEnd = "2023-10-27", "2023-10-27"
	c := omar("C", "d3")
	c.Place, c.Aliases, c.Lat, c.Lon = "Al-Tanf", []string{"At-Tanf"}, fp(33.5), fp(38.66)
	o := omar("O", "d4")
	o.Optional = true

	pa := predOf(a, "p-a")
	pa.Sources = append(pa.Sources, sitrep.Source{Doc: "d2"})
	pa.Category, pa.Fatalities = sitrep.CategoryMissile, nil
	pb := dated(tb, predOf(b, "p-b"), "--10-27", "--10-27")
	pb.ClaimedBy = nil
	po := predOf(o, "p-o")
	px := named(predOf(c, "p-x"), "Damascus")
	return eval.Score([]eval.Gold{a, b, c, o}, []sitrep.Incident{pa, pb, po, px})
}

func TestResultWriteText(t *testing.T) {
	var buf bytes.Buffer
	mixed(t).WriteText(&buf)
	checkGolden(t, "report.txt.golden", buf.Bytes())
}

func TestResultJSON(t *testing.T) {
	b, err := json.MarshalIndent(mixed(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "report.json.golden", append(b, '\n'))

	empty, err := json.Marshal(eval.Score(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"gold":0,"gold_required":0,"gold_optional":0,"pred":0,"matched":0,"matched_required":0,"matched_optional":0,"precision":0,"recall":0,"f1":0,"matches":[],"missed_required":[],"missed_optional":[],"unmatched_pred":[],"false_merges":[],"fields":[{"field":"date","right":0,"total":0,"accuracy":0},{"field":"place","right":0,"total":0,"accuracy":0},{"field":"category","right":0,"total":0,"accuracy":0},{"field":"claimant","right":0,"total":0,"accuracy":0},{"field":"fatalities","right":0,"total":0,"accuracy":0},{"field":"injuries","right":0,"total":0,"accuracy":0},{"field":"status","right":0,"total":0,"accuracy":0}],"errors":[]}`
	if string(empty) != want {
		t.Errorf("empty: got\n%s\nwant\n%s", empty, want)
	}
}
