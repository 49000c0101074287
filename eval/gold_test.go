package eval_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
)

func TestReadGold(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		in := `{"id":"G1","docs":["d1"],"date_start":"--12-27","date_end":null,"place":"Al Anbar","aliases":["Anbar"],"country":"IQ","admin1":"Al Anbar","lat":33.4,"lon":42.0,"geo_precision":3,"category":"rocket","claimed_by":null,"perpetrator":null,"fatalities":null,"injuries":0,"status":"reported","optional":true,"note":"n"}

{"id":"G2","docs":["d1","d2"],"date_start":null,"lat":null,"lon":null}
`
		golds, err := eval.ReadGold(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		if len(golds) != 2 {
			t.Fatalf("got %d gold, want 2", len(golds))
		}
		g := golds[0]
		if g.ID != "G1" || g.DateStart != "--12-27" || g.DateEnd != "" || !g.HasCoords() || *g.Lat != 33.4 ||
			g.GeoPrecision != 3 || g.ClaimedBy != "" || g.Fatalities != nil || g.Injuries == nil || *g.Injuries != 0 || !g.Optional {
			t.Errorf("got %+v, want G1 as written", g)
		}
		if golds[1].HasCoords() {
			t.Errorf("G2: got coordinates, want none")
		}
		w, err := g.When()
		if err != nil || w.Start.String() != "--12-27" || w.End != w.Start {
			t.Errorf("G1 When: got %+v, %v, want --12-27 to --12-27", w, err)
		}
	})
	for _, c := range []struct{ name, in, want string }{
		{"ErrSyntax", `{"id":"G1","docs":["d"]}` + "\n" + `{"id":`, "line 2:"},
		{"ErrNotObject", `"G1"`, "line 1: want a JSON object"},
		{"ErrNoID", `{"docs":["d"]}`, "line 1: missing id"},
		{"ErrNoDocs", `{"id":"G1","docs":[]}`, "line 1: G1: no docs"},
		{"ErrDate", `{"id":"G1","docs":["d"],"date_start":"Dec 27"}`, "line 1: G1: date_start: bad date"},
		{"ErrDuplicate", `{"id":"G1","docs":["d"]}` + "\n\n" + `{"id":"G1","docs":["e"]}`, `line 3: id "G1" already on line 1`},
	} {
		t.Run(c.name, func(t *testing.T) {
			golds, err := eval.ReadGold(strings.NewReader(c.in))
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got %v, want an error starting %q", err, c.want)
			}
			if golds != nil {
				t.Errorf("got %d gold with the error, want none", len(golds))
			}
		})
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"id":"G1","docs":["d1"],"date_start":"--12-27","place":"Al-Anbar","aliases":["Anbar"],"country":"IQ","admin1":"Al Anbar","lat":33.4,"lon":42.0,"geo_precision":3}` + "\n" +
		`{"id":"G2","docs":["d1"],"date_start":"2023-10-23","date_end":"2023-10-24","place":"ʿAyn al-Asad Air Base","lat":33.8,"lon":42.44,"geo_precision":1}`)
	f.Add(`{"id":"x","docs":["d"],"place":"the base","aliases":["-al-","--"]}`)
	f.Fuzz(func(t *testing.T, in string) {
		gold, err := eval.ReadGold(strings.NewReader(in))
		if err != nil {
			return
		}
		// Whatever it read, gold scored against itself is well formed.
		var pred []sitrep.Incident
		for _, g := range gold {
			pred = append(pred, g.Incident())
		}
		r := eval.Score(gold, pred)
		for _, v := range []float64{r.Precision, r.Recall, r.F1} {
			if !(v >= 0 && v <= 1) {
				t.Errorf("got score %v, want it in [0, 1]", v)
			}
		}
		if r.Matched > len(gold) || len(r.Matches) != r.Matched {
			t.Errorf("got %d matches of %d gold, want at most one each", r.Matched, len(gold))
		}
	})
}
