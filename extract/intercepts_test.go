package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// A ministry's or an air force's count of drones downed over a list of
// regions tallies interceptions: it places no attack in those regions. The
// texts are written for this test.
func TestDownedOverRegions(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct {
		name, published, text, want string
	}{
		{"BesideAStrike", "2024-03-02",
			"KYIV (EW) - A Russian drone hit an apartment building in Odesa early on Saturday, killing six people, " +
				"officials said. The Air Force said air defences had destroyed 14 of 17 drones over the Odesa, " +
				"Mykolaiv, Kharkiv and Dnipropetrovsk regions.",
			"Odesa 2024-03-02 drone 6"},
		{"Alone", "2024-03-13",
			"MOSCOW (NP) - The Defence Ministry said on Wednesday that air defences had intercepted and destroyed 58 " +
				"drones overnight over the Belgorod, Kursk and Bryansk regions bordering Ukraine.",
			""},
		{"EachRegionItsCount", "2024-09-10",
			"MOSCOW (NP) - The Defence Ministry said 144 drones were intercepted and destroyed overnight over nine " +
				"regions, including 72 over the Bryansk region and 20 over the Moscow region.",
			""},
		{"TheTownsAirfield", "2024-04-05",
			"KYIV (EW) - Ukrainian drones attacked the Morozovsk military airfield in Russia's Rostov region early " +
				"on Friday, a source said. About 20 servicemen had been killed or wounded, he said. Residents filmed " +
				"explosions over the town, about 220 km north-east of Rostov-on-Don.",
			"Morozovsk 2024-04-05 drone -"},
		{"OneNamedTarget", "2024-03-13",
			"Three drones were shot down over Bryansk early on Wednesday as they approached the city's airport, " +
				"the governor said.",
			"Bryansk 2024-03-13 drone -"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := toldOn(t, x, c.published, c.text, func(r sitrep.Report) string { return placeDayCategory(r) + " " + count(r.Fatalities) })
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
