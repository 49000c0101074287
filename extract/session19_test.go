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
