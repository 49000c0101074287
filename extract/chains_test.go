package extract_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// Each report's place assertion names who first said it and who passed it
// on. The sentences are written for this test.
func TestChains(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2024, Month: 1, Day: 19}
	for _, c := range []struct{ text, source, via, relay string }{
		{"Two drones struck the Conoco gas field on Monday, according to local sources cited by Al Mayadeen.", "local sources", "Al Mayadeen", "Al Mayadeen"},
		{"Three rockets hit Ain al-Asad air base on Tuesday, Iraqi security sources told Shafaq News.", "Iraqi security sources", "Shafaq News", "Shafaq News"},
		{"Al Mayadeen, citing local sources, said a drone hit the Omar oil field on Wednesday.", "local sources", "Al Mayadeen", "Al Mayadeen"},
		{"The minister told reporters that rockets hit Baghdad airport on Thursday.", "The minister", "", ""},
		{"FILE PHOTO: a patrol near Qamishli.\nRockets hit Baghdad airport on Thursday.", "the report", "", ""},
		{"Citing sources on the ground, the Lebanon-based Al-Mayadeen channel reported that a drone hit the Omar oil field on Wednesday.", "sources", "Al Mayadeen", "Al Mayadeen"},
		{"The Islamic Resistance in Iraq said via Telegram that its drones hit Erbil air base on Friday.", "The Islamic Resistance in Iraq", "Telegram", ""},
	} {
		ex := x.Extract(&sitrep.Document{ID: "c", Text: c.text, Published: pub})
		if len(ex.Reports) != 1 {
			t.Errorf("%q: got %d reports, want 1", c.text, len(ex.Reports))
			continue
		}
		if r := ex.Reports[0].Relay; r != c.relay {
			t.Errorf("%q: report relayed by %q, want %q", c.text, r, c.relay)
		}
		for _, a := range ex.Reports[0].Assertions {
			if a.Field != sitrep.FieldPlace {
				continue
			}
			if a.Source != c.source || strings.Join(a.Via, ", ") != c.via {
				t.Errorf("%q: source %q via %q, want %q via %q", c.text, a.Source, a.Via, c.source, c.via)
			}
			break
		}
	}
}
