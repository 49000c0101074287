package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// Weapons keep their kinds, counts and the systems named, also when two
// kinds are listed together. The sentences are written for this test.
func TestWeaponSystems(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2024, Month: 1, Day: 16}
	for _, c := range []struct{ text, want string }{
		{"Militants launched two Shahed drones and a Katyusha rocket at the base in Erbil on Monday.", "drone 2 Shahed; rocket 0 Katyusha"},
		{"A Grad salvo hit Kirkuk on Monday, police said.", "rocket 0 Grad"},
		{"A close-range ballistic missile struck Ain al-Asad on Monday.", "missile 0 close-range ballistic missile"},
		{"Three rockets hit Camp Taji on Monday.", "rocket 3 "},
	} {
		ex := x.Extract(&sitrep.Document{ID: "w", Text: c.text, Published: pub})
		if len(ex.Reports) != 1 {
			t.Errorf("%q: %d reports, want 1", c.text, len(ex.Reports))
			continue
		}
		var got []string
		for _, w := range ex.Reports[0].Weapons {
			got = append(got, fmt.Sprintf("%s %d %s", w.Kind, w.Count, w.System))
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("%q: weapons %q, want %q", c.text, strings.Join(got, "; "), c.want)
		}
	}
}
