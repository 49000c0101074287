package extract_test

// Rule tests of the thirteenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// A group's statement dates its operation between the group and the verb
// in both calendars ("at the hour 02:20 of the dawn of Wednesday 24
// Ramadan 1445 H corresponding to 3-4-2024"): the group is still the one
// that attacked, and claims it.
func TestClaimAcrossTwoCalendars(t *testing.T) {
	claim := func(r sitrep.Report) string { return strings.Join(r.ClaimedBy, ",") + " " + r.Status }
	wantEach(t, "2024-04-03", claim, []toldCase{
		{"Islamic Resistance in Iraq claimed", "In support of our people, the mujahideen of the Islamic Resistance in Iraq at the hour 02:20 of the dawn of Wednesday 24 Ramadan 1445 H corresponding to 3-4-2024 attacked with drones a vital objective in Eilat, and the hit was accurate."},
		{"Islamic Resistance in Iraq claimed", "The Islamic Resistance in Iraq, at 23:40 of the night of Tuesday 23 Ramadan 1445 AH which corresponds to 2-4-2024, targeted with a drone a base in Eilat."},
	})
}

// "as Israel hit back for a rocket attack that killed a soldier in Safed":
// the attack a strike answers is its motive, told elsewhere, not a second
// strike at Safed.
func TestHitBackFor(t *testing.T) {
	wantEach(t, "2024-02-15", placeDayCategory, []toldCase{
		{"Nabatieh 2024-02-14 airstrike", "An Israeli airstrike on a building in the southern city of Nabatieh on Wednesday night killed five people, the civil defence said, as Israel hit back for a rocket attack that killed a soldier in Safed."},
		{"Khiam 2024-02-14 airstrike", "Israeli jets struck a house in Khiam on Wednesday, striking back for the drone that hit a base near Kiryat Shmona."},
	})
}

// "at the northern entrance of the town": the town the sentence named
// last, not the one that only locates it ("north of Hebron"), and not
// when "the town of X" names its own.
func TestTheTown(t *testing.T) {
	wantEach(t, "2024-02-14", placeDayCategory, []toldCase{
		{"Bayt Ummar 2024-02-13 shooting", "A young man from Beit Ummar, north of Hebron, was killed on Tuesday evening by gunfire at the northern entrance of the town, our correspondent reported."},
	})
}

// A capital abroad struck is the city, not its government: "aircraft
// attacked Sanaa, the capital of Yemen", "attacked the capital of Yemen,
// Sanaa"; and "aircraft attacked" is an air strike.
func TestCapitalStruck(t *testing.T) {
	wantEach(t, "2024-01-23", placeDayCategory, []toldCase{
		{"Sanaa 2024-01-22 airstrike", "On the night of Monday, American and British aircraft attacked the capital of Yemen, Sanaa, and several other regions of the country."},
		{"Sanaa 2024-01-22 airstrike", "On Monday night, American and British aircraft attacked Sanaa, the capital of Yemen."},
		{"Beirut 2024-01-22 airstrike", "Israeli jets bombed Beirut on Monday night."},
	})
}

// "shooting" names an attack, in a table's cell as in a sentence ("the
// shooting attack at the junction"); "shooting down" a drone does not.
func TestShootingWord(t *testing.T) {
	text := "WEEKLY TABLE\n\nrow | date | local time | place | country | type | killed | wounded | source\n" +
		"07-04 | 13 Feb | 17:30 | Beit Ummar, entrance | PS | shooting | 1 | 0 | local media\n" +
		"07-10 | 16 Feb | 07:45 | Khiam, eastern outskirts | LB | artillery | 0 | 1 | local source\n"
	brief := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + " " + r.Category + " " + count(r.Fatalities) + "/" + count(r.Injuries)
	}
	want := "Bayt Ummar 2024-02-13 shooting 1/0; Khiam 2024-02-16 artillery 0/1"
	if got := toldOn(t, MustExtractor(t), "2024-02-18", text, brief); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	wantEach(t, "2024-02-17", placeDayCategory, []toldCase{
		{"Qiryat Mal'akhi 2024-02-16 shooting", "Two people were killed in a shooting attack at a bus stop near Kiryat Malachi on Friday, police said."},
	})
}

// "died on the way to the Hebron governmental hospital": where the wounded
// man was going, not a second place of the attack.
func TestOnTheWayTo(t *testing.T) {
	wantEach(t, "2024-01-25", placeDayCategory, []toldCase{
		{"Bayt Ummar 2024-01-24 shooting", "Israeli troops opened fire at a young man in Beit Ummar on Wednesday, and he died on the way to the Hebron governmental hospital."},
	})
}

// "in the hours before the attack": a time told by an attack already told,
// not an attack at the places of the sentence; "before the strike, and
// nobody was hurt" still tells its toll.
func TestHoursBeforeTheAttack(t *testing.T) {
	brief := func(r sitrep.Report) string { return placeDayCategory(r) + " " + count(r.Injuries) }
	wantEach(t, "2023-11-01", brief, []toldCase{
		{"Rmelan Landing Zone 2023-10-31 drone -", "Overnight Monday to Tuesday, a drone was shot down near the Kharab al-Jir airstrip, the Observatory reported. Residents reported movements of militia vehicles near al-Quriyah and Mahkan in the hours before the attack."},
		{"Al-Mayadin 2023-10-31 airstrike 0", "A U.S. strike destroyed a tank in al-Mayadin on Tuesday. The crew had left the tank before the strike, and nobody was hurt there."},
	})
}

// "held a funeral on Friday for the men killed in the American strike
// near al-Qaim across the border on Wednesday": the day right after an
// event that is no attack is that event's; the strike's is Wednesday.
func TestEventDay(t *testing.T) {
	wantEach(t, "2024-01-27", placeDayCategory, []toldCase{
		{"Al-Qaim 2024-01-24 airstrike", "The militias held a funeral on Friday for the men killed in the American strike near al-Qaim across the border on Wednesday."},
		{"Al-Qaim 2024-01-26 airstrike", "An American strike hit a depot near al-Qaim on Friday."},
	})
}

// "targeted the ship (RUBYMAR)": a ship the statement names, not one told
// before; "In triumph for the oppressed Palestinian people and the
// mujahideen of Gaza" is the statement's cause, not its place.
func TestNamedShipInBrackets(t *testing.T) {
	claim := func(r sitrep.Report) string { return r.Place.Name + " " + strings.Join(r.ClaimedBy, ",") }
	wantEach(t, "2024-01-22", claim, []toldCase{
		{"Gulf of Aden Houthis (Ansar Allah, Yemeni Armed Forces)", "The Yemeni Armed Forces targeted the ship (RUBYMAR) in the Gulf of Aden on Monday."},
		{"Gulf of Aden Houthis (Ansar Allah, Yemeni Armed Forces)", "In triumph for the oppressed Palestinian people and the mujahideen of Gaza, the naval forces of the Yemeni Armed Forces targeted the ship (SABLE MERIDIAN) in the Gulf of Aden with naval missiles on Monday."},
	})
}
