package extract_test

import (
	"fmt"
	"testing"

	"github.com/sitrep/sitrep"
)

// A sea told of in a clause of its own is an incident's place; a sea that
// only says where a port lies is not.
func TestWaters(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2024, Month: 1, Day: 20}
	for _, c := range []struct {
		text string
		want []string // place and category of each report
	}{
		{"On Friday missiles hit a tanker in the Red Sea and a drone struck a ship off Aden.",
			[]string{"Red Sea missile", "Aden drone"}},
		{"The Houthis said on Friday they fired missiles at a tanker in the Gulf of Aden, and a drone attacked a merchant vessel 50 nautical miles west of Hodeidah port.",
			[]string{"Gulf of Aden missile", "Hodeidah port drone"}},
		{"On Friday a missile hit a ship off Hodeidah in the Red Sea.",
			[]string{"Hodeidah missile"}},
	} {
		ex := x.Extract(&sitrep.Document{ID: "t", Text: c.text, Published: pub, Outlet: "Test Wire"})
		var got []string
		for _, r := range ex.Reports {
			got = append(got, r.Place.Name+" "+r.Category)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
