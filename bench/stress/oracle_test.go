package stress_test

import (
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/bench/stress"
)

// Two attacks on one site on following days, three reports of each on its
// day: a report's own incident has posterior 0.8*3/(0.8*3+0.05*3) = 0.94,
// so the oracle places every report at 0.9 and none at 0.98; an undated
// report at the site is placed at neither, but joins its copy.
func TestOracles(t *testing.T) {
	site := sitrep.Place{ID: "st-1", Name: "Al-Base", Country: "IQ", Precision: sitrep.GeoSite}
	d := stress.FirstDay
	events := []stress.Event{
		{Day: d, Site: site, Province: sitrep.Place{ID: "adm1-iq.00"}, Country: sitrep.Place{ID: "iq"}, Category: sitrep.CategoryDrone, Mentions: 4},
		{Day: d.AddDays(1), Site: site, Province: sitrep.Place{ID: "adm1-iq.00"}, Country: sitrep.Place{ID: "iq"}, Category: sitrep.CategoryDrone, Mentions: 3},
	}
	c := &stress.Corpus{Events: events, TrueCopyOf: map[string]string{"d0000008": "d0000007"}}
	var rs []sitrep.Report
	var truth []int32
	add := func(doc string, e int, w sitrep.When) {
		rs = append(rs, sitrep.Report{Doc: doc, Place: site, Category: sitrep.CategoryDrone, When: w})
		truth = append(truth, int32(e))
	}
	for _, doc := range []string{"d0000001", "d0000002", "d0000003"} {
		add(doc, 0, sitrep.When{Start: d, End: d, Precision: sitrep.PrecisionDay})
	}
	for _, doc := range []string{"d0000004", "d0000005", "d0000006"} {
		next := d.AddDays(1)
		add(doc, 1, sitrep.When{Start: next, End: next, Precision: sitrep.PrecisionDay})
	}
	add("d0000007", 0, sitrep.When{})
	add("d0000008", 0, sitrep.When{}) // a copy of d0000007
	os := c.Oracles(rs, truth, []float64{0.98, 0.9})
	if len(os) != 2 || os[0].Threshold != 0.9 {
		t.Fatalf("got %+v, want two oracles, by threshold", os)
	}
	// At 0.9: {1,2,3} and {4,5,6} placed, {7,8} paired as copies: 3+3+1
	// right pairs of the 10+3 true ones, none wrong.
	if o := os[0]; o.Precision != 1 || o.Recall != 7.0/13 {
		t.Errorf("at 0.9: %+v, want P 1 and R 7/13", o)
	}
	// At 0.98: only the copies pair.
	if o := os[1]; o.Precision != 1 || o.Recall != 1.0/13 {
		t.Errorf("at 0.98: %+v, want P 1 and R 1/13", o)
	}
}
