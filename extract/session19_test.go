package extract_test

// Rule tests of the nineteenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"testing"
)

// The next item of a round-up tells another event: an attack told
// without a place in one item takes none from the next; a death from a
// clash "at the start of the month" dates that clash, not the funeral.
func TestRoundUpItems(t *testing.T) {
	wantEach(t, "2025-04-13", placeDayCategory, []toldCase{
		{"Shaykh Miskin 2025-04-11 unknown",
			"QUNEITRA\n- A herder was wounded in the arm on Saturday when soldiers opened fire toward a flock in the hills west of Jubbata Hill Farm, villagers said.\n\nDARAA\n- The cause of the blasts that shook the old depot on the edge of Sheikh Maskin on Friday night is still unclear; residents say they heard aircraft."},
		{"Tafas 2025-04-12 drone; Quneitra 2025-04-11 shooting",
			"DARAA\n- An Israeli drone struck a car near Tafas on Saturday, wounding two.\n- Israeli troops fired on a farmer near Quneitra on Friday; he was unhurt.\n- A funeral was held in Tafas on Saturday for a man who died of wounds received in the clashes near Nawa at the start of the month."},
	})
}

// Ground forces that fire straight at people, or shoot someone, make a
// shooting; a weapon they fire is the weapon.
func TestGroundFire(t *testing.T) {
	wantEach(t, "2025-04-12", placeDayCategory, []toldCase{
		{"Janin 2025-04-11 shooting", "Israeli soldiers shot a teenager near Jenin on Friday."},
		{"Turmus'ayya 2025-04-11 shooting", "Settlers fired at farmers near Turmus Ayya on Friday, wounding one."},
		{"Quneitra 2025-04-11 shooting", "An Israeli patrol fired toward herders near Quneitra on Friday, wounding one."},
		{"Quneitra 2025-04-11 artillery", "Israeli forces fired artillery shells at Quneitra on Friday."},
		{"Quneitra 2025-04-11 drone", "Israeli forces shot down a drone near Quneitra on Friday."},
	})
}

// "The strike ... was the only deadly one in the Nabatieh district this
// week": the district ranks the strike told before; it is no other place.
// "The last rockets fired from Lebanon, on 22 March" are recalled.
func TestRankedAndLast(t *testing.T) {
	wantEach(t, "2025-04-13", placeDayCategory, []toldCase{
		{"Zawtar al-Sharqiyah 2025-04-08 drone",
			"ZAWTAR\nMourners buried a man on Wednesday, the day after an Israeli drone hit his car at the entrance of Zawtar al-Sharqiyah. The strike, at ten on Tuesday morning, was the only deadly one in the Nabatieh district this week."},
		{"Zawtar al-Sharqiyah 2025-04-08 drone",
			"An Israeli drone hit a car at the entrance of Zawtar al-Sharqiyah on Tuesday. The strike was the second in the Nabatieh area this month."},
		{"Zawtar al-Sharqiyah 2025-04-08 drone",
			"An Israeli drone hit a car at the entrance of Zawtar al-Sharqiyah on Tuesday, killing one man.\n\nThe ceasefire has held for months. Israel still holds five positions in the south.\n\nThe last rockets fired from Lebanon at Israel, on 22 March, were followed by heavy raids."},
	})
}

// A state's bomb is an air strike; a heading in capitals is no attack at
// the places of the line before it.
func TestStateBombAndHeading(t *testing.T) {
	wantEach(t, "2025-04-10", placeDayCategory, []toldCase{
		{"Shujaiya 2025-04-09 airstrike", "A block of flats in Shujaiya was flattened by an Israeli bomb on Wednesday. Rescuers say 23 people died."},
		{"Shujaiya 2025-04-09 airstrike",
			"Good morning. Today: Shujaiya, the truce talks, and what to watch in Cairo.\n\nTHE STRIKE\nA block of flats in Shujaiya was flattened by an Israeli bomb on Wednesday."},
		{"", "Police defused a bomb planted under a car in Tyre on Wednesday."},
	})
}

// "the airport of Lod" is Ben Gurion's old name, and "in occupied Jaffa"
// only says where the airport is.
func TestAirportOfLod(t *testing.T) {
	wantEach(t, "2025-04-10", placeDayCategory, []toldCase{
		{"Ben Gurion Airport 2025-04-10 missile",
			"The Yemeni Armed Forces targeted the airport of Lod, which the enemy names Ben Gurion, in the occupied area of Jaffa, with a ballistic missile on Thursday."},
		{"Ben Gurion Airport 2025-04-10 missile", "The Yemeni Armed Forces targeted Ben Gurion airport in occupied Jaffa with a ballistic missile on Thursday."},
	})
}
