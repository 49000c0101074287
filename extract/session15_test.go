package extract_test

// Rule tests of the fifteenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"testing"

	"github.com/sitrep/sitrep"
)

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

// "None of the 22 people aboard was hurt": none of them, not 22 hurt;
// "two of the 23 crew members were injured": the part; "one of the two
// men killed": the whole, the participle is theirs; "Yousef Adel Hamdan,
// 19, was killed": a named man's age, one dead.
func TestPartOfACount(t *testing.T) {
	toll := func(r sitrep.Report) string { return count(r.Fatalities) + "/" + count(r.Injuries) }
	ship := "A drone struck the tanker Swan Atlantic in the Red Sea on Monday. "
	wantEach(t, "2023-12-18", toll, []toldCase{
		{"0/0", ship + "None of the 22 people aboard was hurt, the official added."},
		{"0/0", ship + "None of the 23 crew members suffered injury."},
		{"-/2", ship + "Two of the 23 crew members were injured."},
		{"2/-", "An Israeli drone hit a car near Sidon on Sunday. One of the two men killed was a member of Hamas, a security source said."},
		{"1/-", "The ministry said Yousef Adel Hamdan, 19, was killed by Israeli fire in Beitin on Monday."},
	})
}

// "a missile fired from an Israeli drone" is a drone strike; "on the road
// between Hermel and the border village of al-Qasr" is one place, and
// "Beit Ummar, between Hebron and Bethlehem" locates Beit Ummar, the town
// "the town's entrance" then means.
func TestLauncherAndBetween(t *testing.T) {
	wantEach(t, "2024-10-12", placeDayCategory, []toldCase{
		{"El Hermel 2024-10-12 drone", "Two men died on Saturday when a missile fired from an Israeli drone slammed into their car near Hermel."},
		{"El Hermel 2024-10-12 drone", "Two men were killed on Saturday when an Israeli drone fired a missile at their car on the road between Hermel and the border village of al-Qasr."},
	})
	where := func(r sitrep.Report) string { return r.Place.Name }
	wantTold(t, "Bayt Ummar", "2024-10-12", "Israeli forces stormed Beit Ummar, between Hebron and Bethlehem, on Saturday after shots were fired at a military post beside the town's entrance.", where)
}

// "killed by Israeli army fire" tells the shooting; "the funeral of Omar
// Nidal Radwan" names a man, not the Al-Omar oil field; "Speaking at a
// funeral in Bint Jbeil" is where a statement was made, even for a name
// found by its spelling.
func TestFireNamesAndSpeeches(t *testing.T) {
	wantEach(t, "2023-12-18", placeDayCategory, []toldCase{
		{"Azzun 2023-12-17 shooting", "A 22-year-old man from Azzun was killed by Israeli army fire near the main entrance of the town at about twenty minutes to midnight on Sunday, the health ministry said."},
		{"", "In Azzun, hundreds of people on Monday attended the funeral of Omar Nidal Radwan, 22, who was shot dead by soldiers near the town's main entrance on Sunday night."},
		{"Aitaroun 2023-12-18 unknown", "Speaking at a funeral in Bint Jbeil on Monday, a Hezbollah official said the strike on Aitaroun killed two."},
	})
}

// "Duma, Aqraba and several other villages in the Ramallah and Nablus
// areas": the areas the villages lie in, no attacks of their own.
func TestVillagesInAreas(t *testing.T) {
	where := func(r sitrep.Report) string { return r.Place.Name }
	wantTold(t, "Duma; Aqraba", "2024-04-13", "Residents of Duma, Aqraba and several other villages in the Ramallah and Nablus areas reported attacks by settlers on Saturday, including the burning of cars.", where)
}
