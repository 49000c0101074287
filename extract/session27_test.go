package extract_test

// Rule tests of the twenty-seventh session (7 December): each text is
// written for its test, and each test failed on the build before its rule.

import "testing"

// An attack told on one side of a town ("east of Deir al-Balah") is the
// one attack told precisely on that side only within the town's country:
// Jerusalem lies east of Deir al-Balah but across a border.
func TestSideStaysInCountry(t *testing.T) {
	wantEach(t, "2025-05-26", placeDayCategory, []toldCase{
		{"Dayr al Balah 2025-05-22 airstrike; Jerusalem 2025-05-22 missile",
			"Thu 22 May, about 19:30 - east of Deir al-Balah: an Israeli strike on a group at a water point.\n\n" +
				"Thu 22 May, 03:35 - a missile from Yemen toward Jerusalem; the army says it was destroyed."},
		// As before: south of Baghdad, then the town there.
		{"Jurf al-Sakhar 2025-05-21 airstrike",
			"U.S. aircraft struck two facilities south of Baghdad early on Wednesday. The strikes hit sites in Jurf al-Sakhar on Wednesday, officials said."},
	})
}

// "an Israeli shell", "one tank shell", "a mortar shell" are rounds
// fired; "Shell" the company and "a shell company" are not. Animals
// killed are no toll. Kuwaya is a village of the Yarmouk basin.
func TestShellSheepKuwaya(t *testing.T) {
	wantEach(t, "2025-05-26", placeCategoryDead, []toldCase{
		{"Kfar Kila artillery -", "Fri 23 May, dawn - an Israeli shell hit a water tank in Kfar Kila."},
		{"Khiam artillery -", "A tank shell struck a house in Khiam on Friday."},
		{"Kfar Kila mortar -", "A mortar shell exploded in Kfar Kila on Friday."},
		{"", "Shell said on Friday it would sell its stake in a depot in Kfar Kila."},
		{"", "A shell company in Kfar Kila was sanctioned on Friday."},
		{"Kuwaya artillery -", "An Israeli tank fired a shell at pasture land west of the village of Kuwaya on Thursday, local sources said. Residents said eleven sheep were killed."},
		{"Nawa airstrike -", "An Israeli strike hit a farm near Nawa on Thursday, killing 30 sheep."},
	})
}

// A place in a part after a semicolon with no attack word does not take
// the place of the attack that holds it: the Houthis' "Yafa" is in Tel
// Aviv, where the missile was told.
func TestSemicolonPartInside(t *testing.T) {
	wantEach(t, "2025-05-26", placeDayCategory, []toldCase{
		{"Tel Aviv 2025-05-25 missile", "Sun 25 May, about 05:10 - missile from Yemen toward the Tel Aviv area; Houthis claim Yafa; destroyed according to the army."},
	})
}

// "Earlier in the week" is the week's days as "earlier this week" is,
// and an attack so dated is not the one a coarser place tells on a day
// of it; an apposition between commas ("Tyre, in the south,") keeps a
// toll with its place; "air raid sirens" tell no air raid.
func TestEarlierInTheWeek(t *testing.T) {
	wantEach(t, "2024-09-28", placeDayCategory, []toldCase{
		{"central Israel 2024-09-27 missile; Tel Aviv 2024-09-23 missile",
			"Around 5:37 p.m. on Friday, a missile launched from Yemen set off air raid sirens in central Israel; the military said it destroyed it.\n\n" +
				"Earlier in the week, Hezbollah fired a ballistic missile at the Tel Aviv area for the first time."},
	})
	wantEach(t, "2024-11-21", placeCategoryDead, []toldCase{
		{"Tyre airstrike 5; Safed rocket -", "Earlier in the week an Israeli strike in Tyre, in the south, killed five people, and Hezbollah rockets reached Safed."},
		{"Tyre airstrike 5; Safed rocket -", "On Monday an Israeli strike in Tyre, near the coast, killed five people, and Hezbollah rockets reached Safed."},
		{"", "Air raid sirens sounded in Kiryat Shmona on Friday and residents went to an air raid shelter."},
	})
}

// "read about drones over Eilat": news heard of, no attack told.
func TestNewsHeardOf(t *testing.T) {
	wantEach(t, "2025-05-25", placeCategoryDead, []toldCase{
		{"", `"People in Tel Aviv read about drones over Eilat and cancel their weekend here," said a diving instructor.`},
		{"", "Residents of Kiryat Shmona talked about rockets and little else on Sunday."},
		// As before: an attack told.
		{"Eilat drone -", "Drones struck a hotel in Eilat on Saturday, the army said."},
	})
}
