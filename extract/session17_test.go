package extract_test

// Rule tests of the seventeenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"testing"
)

// A relative date after "following the strike in X" counts from the day
// of X's strike, not from the attack told last.
func TestAfterToldStrike(t *testing.T) {
	wantEach(t, "2024-08-07", placeDayCategory, []toldCase{
		{"Khiam 2024-08-07 airstrike; Tyre 2024-08-05 airstrike",
			"Israeli jets struck a building in Khiam this morning. On Monday, an aircraft struck a car near Tyre.\n\n" +
				"Later update: following the strike in Khiam, the jets also struck a depot in the same area shortly afterwards."},
		{"Yaroun 2024-08-07 drone; En Naqoura 2024-08-06 airstrike",
			"A drone hit a house in Yaroun today. On Tuesday, aircraft struck a boat off Naqoura.\n\n" +
				"After the drone attack on Yaroun, drones also hit a motorcycle in the village minutes later."},
	})
}
