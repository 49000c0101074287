package extract_test

// Rule tests of the twentieth session (6 December, night): each text is
// written for its test, and each test failed on the build before its rule.

import (
	"testing"
)

// One person named by role after a possessive or an article is one dead
// or hurt, before the verb or after it; a count after them is the count.
func TestRoleVictims(t *testing.T) {
	wantEach(t, "2024-03-23", placeTolls, []toldCase{
		{"Kfar Kila 1/-", "An Israeli drone hit a motorcycle in Kafr Kila on Saturday, and its rider was killed."},
		{"Kfar Kila 1/-", "An Israeli drone hit a car in Kafr Kila on Saturday; the driver was killed."},
		{"Kfar Kila 1/-", "An Israeli drone hit a car in Kafr Kila on Saturday, killing the driver."},
		{"Kfar Kila 2/-", "An Israeli drone struck a motorcycle in Kafr Kila on Saturday, killing its two riders."},
		{"Kfar Kila -/3", "An Israeli drone struck a van in Kafr Kila on Saturday, wounding the three workers inside."},
	})
}

// A live blog whose entries put the clock and the heading on a line of
// their own tells each entry's news on the blog's day.
func TestEntryHeadingLine(t *testing.T) {
	wantEach(t, "2024-03-23", placeDayCategory, []toldCase{
		{"Kfar Kila 2024-03-23 drone",
			"Live updates. All times GMT.\n\n17:20 - Talks resume in Cairo\nNegotiators met again, officials said.\n\n12:10 - Man killed near the border\nLebanese media say an Israeli drone hit a motorcycle at the edge of Kafr Kila, and its rider was killed."},
	})
}
