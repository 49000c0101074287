package extract_test

// Rule tests of the eighteenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// A toll given place by place with the verb left out: each place its own
// count, not their sum at the first.
func TestGappedTolls(t *testing.T) {
	wantEach(t, "2024-11-24", placeTolls, []toldCase{
		{"Tyre 4/-; Nabatieh 3/-", "Israeli strikes killed four people in Tyre and three in Nabatieh on Sunday."},
		{"Tyre 2/-; Sidon 3/-; Nabatieh 1/-", "Israeli strikes killed two people in Tyre, three in Sidon and one in Nabatieh on Sunday."},
		{"Qiryat Bialik -/2; Petah Tiqva -/5", "Rockets hit Israel on Sunday: two people were wounded in Kiryat Bialik in the morning and five in Petah Tikva in the afternoon."},
		{"Tyre 7/-", "An Israeli strike on Tyre on Sunday killed five soldiers and two civilians."},
	})
}

// A day right after the place a claim names is that attack's day, though
// the verb of speech comes before it.
func TestClaimedPlaceDays(t *testing.T) {
	wantEach(t, "2024-11-23", placeDayCategory, []toldCase{
		{"Tiberias 2024-11-19 drone; Eilat 2024-11-22 drone", "The Islamic Resistance in Iraq claimed a drone on Tiberias on Tuesday and one on Eilat on Friday."},
		{"Tiberias 2024-11-19 drone; Eilat 2024-11-21 drone", "The Islamic Resistance in Iraq claimed drone attacks on Tiberias on Tuesday and on Eilat on Thursday, and the army said nothing."},
		{"Tiberias 2024-11-19 drone", "The Islamic Resistance in Iraq claimed on Friday a drone attack on Tiberias on Tuesday."},
	})
}

// A town of a province split from an older one, placed in the older one
// as the press still does: one place, the town.
func TestFormerProvince(t *testing.T) {
	wantEach(t, "2024-11-23", placeTolls, []toldCase{
		{"El Hermel 3/-", "An Israeli strike on Hermel, in the Bekaa, killed three people on Friday."},
		{"Chmistar 2/-", "On Friday a drone hit a car in Shmustar, in the Bekaa, killing two men."},
	})
}

// A trend of attacks, a campaign told by its length, what weapons are
// used for, a strike that did not follow: no attack.
func TestNoOneAttack(t *testing.T) {
	wantEach(t, "2025-01-06", placeDayCategory, []toldCase{
		{"", "Israeli raids in the West Bank have intensified since the start of the Gaza war."},
		{"", "The army ended a weeks-long raid on Tulkarm on Monday."},
		{"", "The facilities held weapons that the Houthis have used to attack U.S. Navy warships transiting the waters between the Suez route and the Bab al-Mandeb."},
		{"", "An Israeli drone flew low over Beirut's southern suburbs after dark on Friday. It dropped nothing and no strike followed, but schools in Haret Hreik cancelled classes."},
		{"", "4. Drone over Beirut."},
	})
}

// "forces carried out several strikes on two facilities": one operation,
// told as done; its forces named with their acronym in brackets.
func TestSeveralStrikesCarriedOut(t *testing.T) {
	perp := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + " " + r.Category + " " + r.Perpetrator
	}
	wantEach(t, "2025-01-09", perp, []toldCase{
		{"Yemen 2025-01-08 airstrike United States forces", "On Jan. 8, U.S. Central Command (CENTCOM) forces carried out several precision strikes on two underground storage facilities in Houthi-controlled territory of Yemen."},
		{"", "Israel has carried out several strikes on Syria since December."},
	})
}

// The places where sirens sounded: one missile, at the first of them.
func TestSirensList(t *testing.T) {
	wantEach(t, "2025-01-07", placeDayCategory, []toldCase{
		{"Hadera 2025-01-07 missile", "A ballistic missile fired from Yemen was destroyed before it crossed into Israeli territory before dawn on Tuesday, the army said, after sirens sent residents of Hadera, Netanya and the northern Sharon into shelters."},
	})
}

// A drone that is the subject of "targeted" struck with its own weapon:
// a drone strike, though the state's forces fly it.
func TestDroneTargeted(t *testing.T) {
	wantEach(t, "2025-01-07", placeDayCategory, []toldCase{
		{"Batifa 2025-01-07 drone", "On Tuesday a drone of the Turkish army targeted a vehicle on the road near Batifa, killing two."},
	})
}

// A name told relative to a place ("north of Damascus") is the namesake
// near that place, though a larger one lies elsewhere.
func TestRelativeToPlace(t *testing.T) {
	wantEach(t, "2025-01-11", placeDayCategory, []toldCase{
		{"An Nabk 2025-01-09 unknown", "Blasts shook an arms depot in al-Nabk, north of Damascus, late on Thursday."},
	})
}

// "a power station near Yemen's capital Sanaa", then "the Hezyaz power
// station south of Sanaa": near the capital, one strike.
func TestNearTheCapital(t *testing.T) {
	wantEach(t, "2025-01-10", placeDayCategory, []toldCase{
		{"Sanaa 2025-01-10 airstrike", "Israeli warplanes struck a power station near Yemen's capital Sanaa on Friday."},
		{"Hezyaz power station 2025-01-10 airstrike", "Israeli warplanes struck a power station near Yemen's capital Sanaa on Friday. The army said it hit the Hezyaz power station south of Sanaa."},
	})
}

// Places of the Euphrates front of early 2025.
func TestTishrinDam(t *testing.T) {
	wantEach(t, "2025-01-11", placeDayCategory, []toldCase{
		{"Tishrin Dam 2025-01-09 drone", "A Turkish drone struck a civilian convoy at the Tishrin Dam on Thursday, killing four."},
		{"Qara Qozak 2025-01-11 artillery", "Turkish artillery shelled the village of Qara Qozak, east of the Euphrates, on Saturday."},
	})
}
