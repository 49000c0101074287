package extract_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// Armed groups beyond the Middle East claim attacks too; a group that
// denies one, or that another side blames, claims nothing; a group named
// as the object of a phrase is not who struck. The texts are written for
// this test.
func TestClaimsAndCharges(t *testing.T) {
	x := MustExtractor(t)
	claimant := func(r sitrep.Report) string {
		return r.Place.Name + " claimed by [" + strings.Join(r.ClaimedBy, ",") + "] perpetrator [" + r.Perpetrator + "]"
	}
	for _, c := range []struct {
		published, text, want string
	}{
		{"2022-10-31", "MOGADISHU (HW) - Two car bombs exploded near the education ministry in Mogadishu on Saturday, " +
			"killing at least 100 people, the president said. Al-Shabaab said in a statement that it had carried out " +
			"the attack.",
			"Mogadishu claimed by [al-Shabaab] perpetrator []"},
		{"2024-08-27", "QUETTA (PW) - Gunmen killed 23 passengers after stopping vehicles on a highway near Quetta on " +
			"Monday, police said. The Baloch Liberation Army claimed responsibility for the attack.",
			"Quetta claimed by [Baloch Liberation Army] perpetrator []"},
		{"2025-03-01", "PESHAWAR (TW) - A suicide bomber killed six people at a seminary in Peshawar on Friday, police " +
			"said.\n\nNo group has claimed the attack. The Pakistani Taliban, whose leaders include former students " +
			"of the seminary, denied involvement in a brief message, and suspicion fell on the Islamic State, which " +
			"has targeted clerics before.",
			"Peshawar claimed by [] perpetrator [Islamic State]"},
		{"2025-05-06", "Drones attributed by the army to the Rapid Support Forces struck Port Sudan on Sunday, " +
			"hitting a fuel depot near the port.",
			"Port Sudan claimed by [] perpetrator [Rapid Support Forces]"},
		{"2024-08-26", "Fighters attacked the town of Kaya on Saturday. The Group for the Support of Islam and " +
			"Muslims (JNIM), al Qaeda's affiliate in the Sahel, claimed the attack on Sunday.",
			"Kaya claimed by [Jama'at Nusrat al-Islam wal-Muslimin] perpetrator []"},
		// Who says so after the comma is someone, not the group before it.
		{"2025-09-09", "On Monday ADF fighters attacked a village near Butembo, North Kivu, the civil society said.",
			"Butembo claimed by [] perpetrator [Allied Democratic Forces]"},
		{"2025-09-09", "The civil society of the sector of Bapere, in the territory of Lubero, province of North Kivu, " +
			"informs the opinion that this Monday 8 September 2025, the ADF terrorists attacked a funeral vigil in " +
			"the village of Ntoyo, killing 60 people.",
			"Ntoyo claimed by [] perpetrator [Allied Democratic Forces]"},
		{"2025-09-08", "Presumed ADF combatants attacked the parish of Butembo, North Kivu, on Sunday night.",
			"Butembo claimed by [] perpetrator [Allied Democratic Forces]"},
		{"2024-04-20", "Ankara considers the group a branch of the PKK and has struck its members in Sinjar " +
			"repeatedly, most recently on Thursday.",
			"Sinjar claimed by [] perpetrator []"},
	} {
		if got := toldOn(t, x, c.published, c.text, claimant); got != c.want {
			t.Errorf("%.60q...:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}

// What a strike's target is blamed for is another attack, told as its
// motive: it neither dates, places nor counts the strike. The texts are
// written for this test.
func TestBlamedFor(t *testing.T) {
	x := MustExtractor(t)
	tue := sitrep.Date{Year: 2024, Month: 7, Day: 30}
	for _, c := range []struct{ text, want string }{
		{"BEIRUT (EW) - Israel carried out an air strike on Beirut's southern suburbs on Tuesday evening, saying it had " +
			"targeted the commander it blames for Saturday's rocket attack on the Golan Heights.",
			"Beirut 2024-07-30 airstrike -"},
		{"BEIRUT (EW) - An Israeli strike on a building in Beirut's southern suburbs on Tuesday evening targeted a senior " +
			"commander, whom Israel accused of being behind the rocket that killed 12 children in Majdal Shams on Saturday.",
			"Beirut 2024-07-30 airstrike -"},
	} {
		got := told(x, tue, c.text, func(r sitrep.Report) string { return placeDayCategory(r) + " " + count(r.Fatalities) })
		if got != c.want {
			t.Errorf("%.60q...:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
