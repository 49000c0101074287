package gazetteer_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/normalize"
)

// A town named with its division after a comma resolves inside it, small
// towns of the namesake layer included; lists of places are not read as
// town and division.
func TestQualified(t *testing.T) {
	g := MustLoad(t)
	for _, c := range []struct {
		text string
		want []string // "text=id" of each match, "*" after the id when Qualified
	}{
		{"LONDON, Ky. (WKYT) - Police made two arrests.",
			[]string{"LONDON=gn-4298960*", "Ky.=adm1-us.ky"}},
		{"Kimberly Hacker, 43, of McKee, Ky., was held.",
			[]string{"McKee=gn-4300339*", "Ky.=adm1-us.ky"}},
		{"GLASGOW, KY - The council met on Monday.",
			[]string{"GLASGOW=gn-4292826*", "KY=adm1-us.ky"}},
		{"The plant in Paris, Texas, closed.",
			[]string{"Paris=gn-4717560*", "Texas=adm1-us.tx"}},
		{"Flights to Atlanta, Georgia were cancelled.",
			[]string{"Atlanta=gn-4180439*", "Georgia=adm1-us.ga"}},
		{"A fire near Nelson, B.C. spread overnight.",
			[]string{"Nelson=gn-6086871*", "B.C.=adm1-ca.02"}},
		{"Drones flew over Erbil, Iraq.",
			[]string{"Erbil=erbil*", "Iraq=iq"}},
		// A town named by stop words matches only with its division;
		// "Calif." is as long as abbreviations get.
		{"Master Sgt John Dunbar of Austin, Texas, died.",
			[]string{"Austin=gn-4671654*", "Texas=adm1-us.tx"}},
		{"Defense Secretary Lloyd Austin, speaking in Texas, said.", []string{"Texas=adm1-us.tx"}},
		{"OAKLAND, Calif. (AP) - The game went on.",
			[]string{"OAKLAND=gn-5378538*", "Calif.=adm1-us.ca"}},
		// Lists, and a division that starts a longer name.
		{"Outbreaks in Georgia, Oklahoma, Pennsylvania and California.",
			[]string{"Georgia=adm1-us.ga", "Oklahoma=adm1-us.ok", "Pennsylvania=adm1-us.pa", "California=adm1-us.ca"}},
		{"It ranks Ottawa, Montreal, Quebec City and Halifax.",
			[]string{"Ottawa=gn-6094817", "Montreal=gn-6077243", "Quebec City=gn-6325494", "Halifax=gn-6324729"}},
		{"John Smith, Texas Republican, spoke.", []string{"Texas=adm1-us.tx"}},
	} {
		toks := normalize.Tokens(c.text)
		var got []string
		for _, m := range g.Match(c.text, toks) {
			s := fmt.Sprintf("%s=%s", c.text[m.Start:m.End], m.Entries[0].ID)
			if m.Qualified {
				s += "*"
			}
			got = append(got, s)
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q:\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}

// Namesakes are the small towns the gazetteer does not match by
// themselves, more populous first, and none of its own entries.
func TestNamesakes(t *testing.T) {
	g := MustLoad(t)
	ns := g.Namesakes("Edmonton")
	if len(ns) < 3 {
		t.Fatalf("got %d namesakes of Edmonton, want at least 3 (London, Queensland, Kentucky)", len(ns))
	}
	for i, e := range ns {
		if g.Get(e.ID) != nil {
			t.Errorf("namesake %s is an entry of the gazetteer", e.ID)
		}
		if i > 0 && e.Population > ns[i-1].Population {
			t.Errorf("namesake %s (%d) after %s (%d): want more populous first", e.ID, e.Population, ns[i-1].ID, ns[i-1].Population)
		}
		if e.Name != "Edmonton" || e.Country == "" || e.Lat == 0 {
			t.Errorf("namesake %+v: want a named, placed town", e)
		}
	}
	if got := g.Namesakes("Erbil"); len(got) != 0 {
		t.Errorf("namesakes of Erbil: got %d, want none (every town of Iraq is in the gazetteer)", len(got))
	}
	// A common word names no town by itself; a name of two still does.
	for _, w := range []string{"Congress", "Arab", "Justice"} {
		if got := g.Namesakes(w); len(got) != 0 {
			t.Errorf("namesakes of %q: got %d, want none", w, len(got))
		}
	}
	if got := g.Namesakes("East Providence"); len(got) == 0 {
		t.Error("namesakes of East Providence: got none, want the town of Rhode Island")
	}
	if got := MustLoadCurated(t).Namesakes("Edmonton"); got != nil {
		t.Errorf("curated gazetteer: got %d namesakes, want none", len(got))
	}
}

// "St.", "Mt." and "Ft." are Saint, Mount and Fort, with or without their
// period.
func TestSaintAbbreviations(t *testing.T) {
	g := MustLoad(t)
	for _, name := range []string{"St. Louis", "St Louis", "Saint Louis"} {
		found := false
		for _, e := range g.Lookup(name) {
			found = found || e.ID == "gn-4407066"
		}
		if !found {
			t.Errorf("lookup %q: no St. Louis, Missouri", name)
		}
	}
	text := "Protesters marched in St. Louis on Sunday."
	ms := g.Match(text, normalize.Tokens(text))
	if len(ms) != 1 || text[ms[0].Start:ms[0].End] != "St. Louis" {
		t.Errorf("match %q: got %d matches", text, len(ms))
	}
}

// A few division abbreviations stand alone, in capitals only.
func TestStandaloneAbbrevs(t *testing.T) {
	g := MustLoad(t)
	text := "Floods hit NSW and fires spread in B.C. on Monday; nsw and the year 500 BC are no places."
	var got []string
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		got = append(got, text[m.Start:m.End]+"="+m.Entries[0].ID)
	}
	if want := "NSW=adm1-au.02 B.C.=adm1-ca.02"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
