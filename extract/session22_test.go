package extract_test

// Rule tests of the twenty-second session (7 December): each text is
// written for its test, and each test failed on the build before its rule.

import (
	"testing"
)

// "Deir Seryan, Marjayoun" names the village and the town whose district
// holds it: one place, the village. A list of towns is not.
func TestTownAfterComma(t *testing.T) {
	wantEach(t, "2025-05-13", placeDayCategory, []toldCase{
		{"Aitaroun 2025-05-12 drone", "An Israeli drone hit a car in Aitaroun, Bint Jbeil, on Monday, killing the driver."},
		{"Deir Siryan 2025-05-12 drone", "- Mon 12, about 10:20: Israeli drone hits a car below Deir Seryan, Marjayoun; the driver killed."},
		{"Aitaroun 2025-05-12 airstrike; Bint Jbeil 2025-05-12 airstrike; Khiam 2025-05-12 airstrike",
			"Israeli strikes hit Aitaroun, Bint Jbeil and Khiam on Monday."},
		{"Khiam 2025-05-12 airstrike; Aitaroun 2025-05-12 airstrike; Bint Jbeil 2025-05-12 airstrike",
			"Israeli strikes hit Khiam, Aitaroun, Bint Jbeil on Monday."},
	})
}
