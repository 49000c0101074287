package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// Where an attack was, when several places, times and clauses share a
// sentence: a local name the gazetteer knows only as a far town's other
// name ("Batas", "Tal Adas") is not that town; "the countryside of
// al-Hasakah" holds the airstrip it names; "known to the coalition as"
// gives the same place another name; "next to Baghdad airport" only
// locates the base; "9 p.m. in Sanaa" tells a clock; "leave for Soran"
// where people went; a clause of its own keeps its own day. The texts are
// written for this test.
func TestPlacesInOneSentence(t *testing.T) {
	x := MustExtractor(t)
	where := func(r sitrep.Report) string {
		return fmt.Sprintf("%s [%s] %s %s", r.Place.Name, r.Place.Country, r.When.Start, r.Category)
	}
	for _, c := range []struct {
		name, published, text, want string
	}{
		{"ExonymOfAFarTown", "2024-01-05",
			"ERBIL - An explosive-laden drone heading for the Harir air base was shot down over the Batas area late on " +
				"Thursday, the Kurdistan Region's counter-terrorism service said. No one was hurt.",
			"Harir Air Base [IQ] 2024-01-04 drone"},
		{"CountrysideHoldsTheSite", "2024-01-17",
			"Monitors said that explosions shook the coalition base at the Rumalyn landing zone in the north-eastern " +
				"countryside of al-Hasakah yesterday evening, amid reports that a drone had targeted the base.",
			"Rmelan Landing Zone [SY] 2024-01-16 drone"},
		{"KnownAs", "2024-01-17",
			"Explosions were heard at the Kharab al-Jir airstrip, known to the coalition as the Rumalyn Landing Zone, " +
				"on Tuesday evening, after a drone targeted it.",
			"Rmelan Landing Zone [SY] 2024-01-16 drone"},
		{"NextTo", "2024-07-28",
			"Another drone was downed at the Conoco gas field last Thursday, and a third fell late on Friday as it " +
				"approached the Victory base next to Baghdad airport.",
			"Conoco gas field [SY] 2024-07-25 drone; Victory Base Complex [IQ] 2024-07-26 drone"},
		{"ClockOfACity", "2024-01-18",
			"Yesterday evening, around 9 p.m. in Sanaa, the Houthis launched a one-way attack UAS that struck a bulk " +
				"carrier in the Gulf of Aden.",
			"Gulf of Aden [] 2024-01-17 drone"},
		{"Departure", "2024-07-23",
			"A Turkish drone struck a car near Sidakan on Monday. Villagers say the constant buzz of drones has pushed " +
				"families to leave for Soran.",
			"Sidakan [IQ] 2024-07-22 drone"},
		{"ClauseOfItsOwnDay", "2024-07-28",
			"One drone was downed at the Conoco gas field last Thursday, and Iraqi sources say another fell late on " +
				"Friday as it approached the Ain al-Asad air base.",
			"Conoco gas field [SY] 2024-07-25 drone; Ain al-Asad Air Base [IQ] 2024-07-26 drone"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, c.published, c.text, where); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// What is not an attack, or not a new one: weapons found or seized, the
// counter-rocket system that downed a drone, "those responsible for the
// rocket attack" (the attack still told), a strike "on the fourth" asked
// about in a briefing (the day of the month). The texts are written for
// this test.
func TestWeaponsNotFired(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct{ name, published, text, want string }{
		{"Found", "2024-01-07",
			"The Security Media Cell said a force found a launch platform loaded with two rockets in an orchard in " +
				"al-Radwaniyah, west of Baghdad, and dismantled it.", ""},
		{"Seized", "2024-01-07", "Police seized three drones and a launcher in Fallujah on Saturday.", ""},
		{"CounterRocket", "2024-01-08",
			"A drone was shot down late on Saturday by the counter-rocket system at the Victory base, an official said.",
			"Victory Base Complex 2024-01-06 drone"},
		{"ThoseResponsible", "2023-12-09",
			"BAGHDAD - The prime minister ordered the security services to track down those responsible for the " +
				"rocket attack on the Green Zone at dawn on Friday.",
			"Green Zone 2023-12-08 rocket"},
		{"OnTheFourth", "2024-01-18",
			"Q: After the U.S. drone strike in Baghdad on the fourth, have the attacks slowed down?",
			"Baghdad 2024-01-04 drone"},
		{"OnTheFourthFloor", "2024-01-18", "A drone hit an office on the fourth floor in Erbil on Tuesday.",
			"Erbil 2024-01-16 drone"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, c.published, c.text, placeDayCategory); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// A village the gazetteer knows only by a far town's other name stays
// unresolved rather than taking that town: "Tal Adas" beside Rmelan is not
// Tel Adashim in Israel; Hodeidah in a story of the Red Sea stays Hodeidah.
// The texts are written for this test.
func TestFarNamesakes(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct{ text, name, notCountry string }{
		{"Explosions shook the Rumalyn landing zone near Rmelan on Tuesday. Residents of the village of Tal Adas, " +
			"near the airstrip, saw flashes over al-Hasakah.", "Tal Adas", "IL"},
		{"A drone from the Batas area fell near the Harir air base in Erbil province on Thursday.", "Batas", "GB"},
	} {
		for _, tp := range x.Places(&sitrep.Document{ID: "t", Text: c.text}) {
			if tp.Text == c.name && tp.Country == c.notCountry {
				t.Errorf("%q resolves to %s (%s)", c.name, tp.Name, tp.Country)
			}
		}
	}
	text := "Houthi boats attacked a bulk carrier in the Red Sea on Sunday, about 50 nautical miles west of Hodeidah."
	found := false
	for _, tp := range x.Places(&sitrep.Document{ID: "t", Text: text}) {
		found = found || strings.HasPrefix(tp.Text, "Hodeidah") && tp.Country == "YE"
	}
	if !found {
		t.Errorf("Hodeidah is not found in Yemen in %q", text)
	}
}
