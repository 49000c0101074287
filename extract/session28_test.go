package extract_test

// Rule tests of the twenty-eighth session (7 December): each text is
// written for its test, and each test failed on the build before its rule.

import (
	"testing"
)

// The people killed after the animals are the toll: "30 sheep and a
// shepherd" is one dead; "dozens of goats" alone is none.
func TestPeopleAfterAnimals(t *testing.T) {
	wantEach(t, "2025-06-10", placeCategoryDead, []toldCase{
		{"Shebaa airstrike 1", "An Israeli strike on the outskirts of Shebaa killed 30 sheep and a shepherd on Tuesday, the state news agency said."},
		{"Kfarchouba artillery 2", "Israeli shelling near Kfarchouba killed dozens of goats and two farmers on Tuesday."},
		{"Shebaa airstrike -", "An Israeli strike near Shebaa killed dozens of sheep on Tuesday."},
		{"Shebaa airstrike 3", "An Israeli strike near Shebaa killed a flock of sheep on Tuesday. Three people were also killed."},
	})
}

// A monitor's running count of incursions since a date is a tally, not an
// attack in each province it names.
func TestIncursionsSince(t *testing.T) {
	wantEach(t, "2025-09-27", placeDayCategory, []toldCase{
		{"", "The Centre has recorded 31 Israeli incursions into towns and villages of the Quneitra and Daraa countryside since the start of September 2025."},
		{"", "Monitors have counted 12 raids on villages near Jenin since the start of the month."},
	})
}
