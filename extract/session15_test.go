package extract_test

// Rule tests of the fifteenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import "testing"

// A funeral, a rally or a meeting that an attack struck is where the
// attack was: "a drone struck mourners at a funeral in Bint Jbeil", not a
// statement made at a funeral nor another event beside the attack.
func TestStruckGathering(t *testing.T) {
	wantEach(t, "2024-05-10", placeDayCategory, []toldCase{
		{"Bint Jbeil 2024-05-10 drone", "A drone struck mourners at a funeral in Bint Jbeil on Friday, killing two people, Lebanese state media said."},
		{"Kirkuk 2024-05-10 shooting", "Gunmen opened fire on a rally in Kirkuk on Friday, wounding five people, police said."},
		{"Kirkuk 2024-05-10 shooting", "Gunmen opened fire on protesters at a rally in Kirkuk on Friday, wounding five people, police said."},
	})
}

// "the American enemy forces that are attacking our country": conduct
// that goes on, no attack of its own, so the statement's day ("at the
// hour three of the afternoon of this day Monday") dates the operation
// the paragraph before told.
func TestOngoingClause(t *testing.T) {
	text := "The naval forces of the Yemeni Armed Forces carried out, with the help of God, a military operation targeting the American military ship (OCEAN JAZZ) in the Gulf of Aden with a number of naval missiles.\n\n" +
		"The operation was carried out at the hour three of the afternoon of this day Monday 22-1-2024, and the ship was carrying equipment for the American enemy forces that are attacking our country.\n"
	wantTold(t, "Gulf of Aden 2024-01-22 missile", "2024-01-22", text, placeDayCategory)
}
