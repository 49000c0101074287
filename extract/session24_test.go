package extract_test

// Rule tests of the twenty-fourth session (7 December): each text is
// written for its test, and each test failed on the build before its rule.

import "testing"

// Forces that kill "in a raid" or "during a raid" are on the ground; an air
// raid and a raid the forces did not kill in stay as they were.
func TestForcesInARaid(t *testing.T) {
	wantEach(t, "2025-01-22", placeCategoryDead, []toldCase{
		{"Birqin shooting 2", "JENIN, Jan 22 - Israeli forces killed two Palestinians in a raid on the village of Burqin near Jenin on Wednesday, the Palestinian health ministry said."},
		{"Tammun shooting 1", "Israeli forces shot dead a 17-year-old during a raid on Tammun on Wednesday."},
		// As before.
		{"Birqin airstrike 2", "Israeli forces killed two Palestinians in an air raid on the village of Burqin on Wednesday."},
		{"Dayr al Balah airstrike 2", "Two people were killed in a raid by Israeli forces on a house in Deir al-Balah on Wednesday, medics said."},
	})
}
