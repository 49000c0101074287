package extract_test

// Rule tests of the eleventh session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// An advisory's bearing after a place locates it: "Sayyida Zeinab, S of
// Damascus" is one strike at Sayyida Zeinab, not a second near Damascus.
func TestAbbreviatedBearingLocates(t *testing.T) {
	for _, text := range []string{
		"- Mon 25 Dec, approx. 16:20: air strike on a house in Sayyida Zeinab, S of Damascus; three killed (monitor figure).",
		"On Tuesday a drone hit a car in Qamishli, NE of Hasakah, the monitor said.",
	} {
		got := toldOn(t, MustExtractor(t), "2023-12-26", text, placeDayCategory)
		if n := len(strings.Split(got, "; ")); n != 1 || got == "" {
			t.Errorf("%q: got %q, want one report", text, got)
		}
	}
}

// A role without an article before "and N others", as a log's lines write
// it, is one more dead; a list before it is not read so.
func TestRoleAndOthers(t *testing.T) {
	fatalities := func(r sitrep.Report) string { return count(r.Fatalities) }
	wantTold(t, "3", "2023-12-26",
		"Mon 25 Dec: air strike on a house in Sayyida Zeinab; senior IRGC adviser and two others killed.", fatalities)
	wantTold(t, "3", "2023-12-26",
		"On Monday an air strike hit a house in Sayyida Zeinab: local commander and two others killed, the monitor said.", fatalities)
	wantTold(t, "2", "2023-12-26",
		"On Monday an air strike hit a house in Sayyida Zeinab; soldiers and two others killed.", fatalities)
}

// A place followed by its clause's verb is part of what a statement said,
// not where it was made: "the ministry said flights at Damascus
// International Airport remained suspended after Israeli missiles struck
// the airfield"; "told reporters in Geneva" still places only the
// statement.
func TestStatementAboutPlace(t *testing.T) {
	wantTold(t, "Damascus International Airport 2023-11-26 missile", "2023-11-27",
		"Syria's transport ministry said flights at Damascus International Airport remained suspended after Israeli missiles struck the airfield on Sunday.", placeDayCategory)
	wantTold(t, "Qamishli 2023-11-26 drone", "2023-11-27",
		"A drone hit a checkpoint in Qamishli on Sunday, the minister told reporters in Geneva.", placeDayCategory)
}

// "The strike killed a Kata'ib Hezbollah commander" counts the victim it
// names: its account says so (sitrep.QualifierNamed), for fusion to let a
// fuller count outrank it.
func TestNamedVictimAccount(t *testing.T) {
	qualifier := func(r sitrep.Report) string {
		for _, a := range r.Accounts {
			if a.Field == sitrep.FieldFatalities {
				return a.Value + " " + a.Qualifier
			}
		}
		return "-"
	}
	wantTold(t, "1 named", "2024-02-08",
		"TAMPA, Fla. - At 9:30 p.m. (Baghdad time) on Feb. 7, U.S. Central Command forces carried out a unilateral strike in Baghdad. The strike killed a Kata'ib Hezbollah commander.", qualifier)
	wantTold(t, "3 ", "2024-02-08",
		"A U.S. drone strike on a car in eastern Baghdad late on Wednesday killed three people, Iraqi security officials said.", qualifier)
}

// A ship "that flies the flag of Panama" is not in Panama.
func TestFlagOfCountry(t *testing.T) {
	wantTold(t, "southern Red Sea 2024-03-23 missile", "2024-03-23",
		"On Saturday a Houthi missile struck M/V Huang Pu, an oil tanker that flies the flag of Panama, in the southern Red Sea.", placeDayCategory)
}

// "On Tuesday, two days before the speech, the group said it had struck
// the Kestrel Bay": the relative date in apposition ties Tuesday to the
// speech; Tuesday is the attack's day.
func TestAppositiveRelativeDate(t *testing.T) {
	wantTold(t, "Abyan 2024-03-19 missile", "2024-03-22",
		"On Tuesday, two days before the speech, the group said it had struck the bulk carrier Kestrel Bay off the coast of Abyan province with naval missiles.", placeDayCategory)
}

// A second bearing from another town places the same spot ("15 km south of
// the port city of Sidon and some 25 km north of Tyre"); a second target
// at a bearing from another town is another place.
func TestSecondBearingLocates(t *testing.T) {
	wantTold(t, "Sidon 2024-03-20 drone", "2024-03-20",
		"An Israeli drone struck a car roughly 15 km south of the port city of Sidon and some 25 km north of Tyre on Wednesday.", placeDayCategory)
	wantTold(t, "Sidon 2024-03-20 drone; Tyre 2024-03-20 drone", "2024-03-20",
		"Israeli drones struck a car 5 km south of Sidon and a house 3 km north of Tyre on Wednesday.", placeDayCategory)
}

// "MUMBAI: The crew of ...": an Indian paper's dateline in capitals and a
// colon places nothing; "CORRECTION: ..." is a label, not a dateline, and
// the wire's own dateline after it still counts as one.
func TestColonDateline(t *testing.T) {
	wantTold(t, "Yemen 2023-12-11 missile", "2023-12-12",
		"MUMBAI: The crew of the Norwegian tanker Strinda have put out a fire started by a missile that slammed into the ship off Yemen on Monday.", placeDayCategory)
	wantTold(t, "Ras Isa port 2025-04-17 airstrike", "2025-04-19",
		"CORRECTION: An earlier version of this story gave a lower toll.\n\nSANAA, April 19 - U.S. strikes on the Ras Isa fuel port late on Thursday killed 74 people, the Houthi-run health ministry said.", placeDayCategory)
}

// A ship's voyage places no attack: both ends of its route ("en route
// SALALAH to JEDDAH", "on its way from Salalah in Oman to Jeddah") and a
// country it heads for ("the vessels had been heading to Israel"); a port
// it heads for stays ("as it headed for Aden"), and so does where a drone
// was going ("a drone on its way to the Harir air base").
func TestVoyagePlaces(t *testing.T) {
	wantEach(t, "2023-12-14", placeDayCategory, []toldCase{
		{"Mokha 2023-12-14 missile", "At 140640Z DEC 23 (0940 local) container ship MAERSK GIBRALTAR, en route SALALAH to JEDDAH, reported one missile impacting the sea approx. 200m from the vessel, 15NM W of MOKHA."},
		{"Mokha 2023-12-14 unknown", "The Hong Kong-flagged ship, on its way from Salalah in Oman to Jeddah in Saudi Arabia, reported on Thursday that a projectile landed in the water close to it, west of the Yemeni port of Mokha."},
		{"Bab el-Mandeb 2023-12-14 drone", "Yemen's Houthis said on Thursday that their forces had hit both container ships with drones in the Bab el-Mandeb and that the vessels had been heading to Israel."},
		{"Aden 2023-12-14 missile", "On Thursday the group fired two missiles at the bulk carrier Sea Champion as it headed for Aden with a cargo of grain."},
		{"Harir Air Base 2023-12-14 drone", "Late on Thursday, coalition air defences brought down a drone on its way to the Harir air base, north-east of Erbil."},
	})
}

// "from the airspace of the occupied Syrian Golan" is where the missiles
// came from, not what they hit; "Albu Kamal" is Abu Kamal.
func TestAirspaceOriginAndAlbuKamal(t *testing.T) {
	wantTold(t, "As Sanamayn 2024-03-20 missile", "2024-03-21",
		"A military source stated that at about 22:20 on Wednesday, the Israeli enemy launched missiles from the airspace of the occupied Syrian Golan, targeting a position near al-Sanamayn.", placeDayCategory)
	wantTold(t, "Abu Kamal 2024-03-21 airstrike", "2024-03-21",
		"An air strike hit two trucks near the Syrian border town of Albu Kamal before daybreak on Thursday.", placeDayCategory)
}

// Nobody hurt: "none of the firefighters or soldiers who reached the
// street afterwards was harmed" (past a relative clause), "no member of
// the crew was injured", "There were no reports of anyone hurt"; "no
// reports of casualties" says only that none were reported.
func TestNobodyHurtPhrasings(t *testing.T) {
	tolls := func(r sitrep.Report) string { return count(r.Fatalities) + "/" + count(r.Injuries) }
	wantEach(t, "2024-03-23", tolls, []toldCase{
		{"0/0", "A Hezbollah missile hit an empty house in Metula on Sunday. The building was empty when the missile hit, and none of the firefighters or soldiers who reached the street afterwards was harmed."},
		{"0/0", "A Houthi missile struck a tanker in the Red Sea on Saturday. No member of the crew was injured."},
		{"0/0", "A drone fell near Ramat Magshimim on Friday. There were no reports of anyone hurt."},
		{"-/-", "A drone targeted the Rmelan landing zone on Tuesday. There were no reports of casualties."},
	})
}

// A time of day with no day of its own, in the lede's second sentence,
// tells the day the first told: "The Hong Kong-flagged ship ... reported
// that a projectile landed ... at around 9:40 a.m. local time, west of the
// Yemeni port of Mokha" (fresh35's f35-14, written for the project).
func TestLedeClockDay(t *testing.T) {
	day := func(r sitrep.Report) string { return r.When.Start.String() + "/" + r.When.End.String() }
	got := toldOn(t, MustExtractor(t), "2023-12-14",
		"COPENHAGEN, Dec 14 (Oresund Business Wire) - A missile fired at the Maersk Gibraltar as the container ship sailed through the southern Red Sea on Thursday missed its target, A.P. Moller-Maersk said, adding that the crew were safe and the vessel had not been damaged.\n\n"+
			"The Hong Kong-flagged ship, on its way from Salalah in Oman to Jeddah in Saudi Arabia, reported that a projectile landed in the water close to it at around 9:40 a.m. local time (0640 GMT), west of the Yemeni port of Mokha and north of the Bab el-Mandeb Strait, the Danish group said.\n\n"+
			"Yemen's Houthi movement, which controls the Red Sea coast opposite, said earlier in the day that its forces had targeted the ship with a drone and struck it.", day)
	for _, r := range strings.Split(got, "; ") {
		if r != "2023-12-14/2023-12-14" {
			t.Errorf("got %q, want every report on 2023-12-14", got)
		}
	}
}

// "Scope: attacks by drones ... in Iraq and Syria" says what a report
// covers; "Two men detained for flying a camera drone near Erbil" is an
// arrest; Hezbollah's "al-Malikiyah site" is the army post at Malkia, on
// the border, not al-Malikiyah in Hasakah.
func TestScopeArrestAndMalkia(t *testing.T) {
	wantEach(t, "2023-12-14", placeDayCategory, []toldCase{
		{"", "Scope: attacks by drones, rockets and missiles on military sites in Iraq and Syria."},
		{"", "- Two men detained for flying a camera drone near Erbil (11 Dec)."},
		{"Markaba 2023-12-12 airstrike; Malkia 2023-12-13 missile", "An Israeli air strike hit a house in the Lebanese village of Markaba on Tuesday. On Wednesday, Hezbollah said its fighters had targeted the al-Malikiyah site with a guided missile at 11:25."},
	})
}

// toldCase is a text and what it tells, report by report as a brief
// writes them.
type toldCase struct{ want, text string }

// wantEach checks each text, published on one day, as wantTold does.
func wantEach(t *testing.T, published string, brief func(sitrep.Report) string, cases []toldCase) {
	t.Helper()
	for _, c := range cases {
		if got := toldOn(t, MustExtractor(t), published, c.text, brief); got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.text, got, c.want)
		}
	}
}

// "the terrorist army of America" is a state's forces, "from the
// Houthi-held part of Yemen" where drones came from, and "near the
// ancient city of Baalbek" locates Brital.
func TestArmyOfPartOfAncientCity(t *testing.T) {
	wantEach(t, "2023-12-16", placeDayCategory, []toldCase{
		{"Red Sea 2023-12-16 drone", "Meanwhile, the terrorist army of America claimed that its destroyer Carney at the dawn of Saturday destroyed 14 drones over the Red Sea."},
		{"Red Sea 2023-12-16 drone", "On Saturday a US destroyer took out 14 attack drones fired from the Houthi-held part of Yemen over the Red Sea, the US military says."},
		{"Brital 2023-12-16 airstrike", "Israeli air strikes before dawn on Saturday hit the outskirts of Brital, near the ancient city of Baalbek in the Bekaa valley, killing one person."},
	})
}

// "about half an hour into the new year on Monday": a duration into
// another event dates nothing, and the day after it dates the attack.
func TestDurationIntoEvent(t *testing.T) {
	wantTold(t, "Baghdad International Airport 2024-01-01 rocket", "2024-01-01",
		"BAGHDAD, Jan 1 (Wire) - Two rockets landed near Baghdad International Airport about half an hour into the new year on Monday, as celebratory gunfire echoed across the capital, officials said.", placeDayCategory)
}

// No attack's place: a clock "by the time of Baghdad", an outlet named for
// its town ("a Nabatieh Now tally"), where a ship lies after the attack
// ("at anchor in the Gulf of Suez"), the ports in a claim's reason ("came
// because the company ... violated the ban on the ports of occupied
// Palestine").
func TestClockOutletAnchorReason(t *testing.T) {
	placeDay := func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() }
	wantEach(t, "2024-07-17", placeDay, []toldCase{
		{"Eilat 2024-07-17", "The Islamic Resistance in Iraq said it attacked a target in Eilat with drones at the hour 14:50 by the time of Baghdad this day Wednesday."},
		{"Red Sea 2024-07-15", "The Liberia-flagged tanker struck by a drone boat in the Red Sea on Monday is at anchor in the Gulf of Suez awaiting inspection."},
		{"Red Sea 2024-07-15", "The naval forces targeted the ship CHIOS LION in the Red Sea on Monday with a drone boat. The targeting of the ship came because the company that owns it violated the ban on entering the ports of occupied Palestine."},
	})
}

// No attack: "arrest of two men with an unlicensed pistol", "arrests for
// fuel smuggling", "a fuel truck overturned"; "the ports of occupied
// Palestine" a ship was barred from place nothing.
func TestArrestAccidentPorts(t *testing.T) {
	placeDay := func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() }
	wantEach(t, "2024-10-06", placeDay, []toldCase{
		{"", "- Sat 5 Oct: arrest of two men with an unlicensed pistol near Beddawi camp (security source: not linked to the strike)."},
		{"Homs 2024-10-06", "Our monitors in the western countryside of Homs documented an Israeli air strike at around 14:20 on Sunday on the road leading to the Jousieh border crossing with Lebanon.\n\n" +
			"Other events in the Homs countryside on Sunday (not attacks):\n- A fuel truck overturned on the Homs-Tartous road near Tall Kalakh; the driver was slightly hurt. Police blamed speed."},
		{"Red Sea 2024-10-06", "The naval forces targeted the ship MARLOW RIDGE in the Red Sea at the noon of this day Sunday, and the targeted ship belongs to a company that violated the ban on the entry to the ports of occupied Palestine."},
	})
}

// A list of kin after a named victim counts each: "killing a Hamas
// commander, his wife and their two daughters" is four.
func TestNamedVictimKin(t *testing.T) {
	fatalities := func(r sitrep.Report) string { return count(r.Fatalities) }
	wantTold(t, "4", "2024-10-06",
		"A drone strike hit an apartment in Beddawi camp on Saturday, killing a Hamas commander, his wife and their two daughters.", fatalities)
	wantTold(t, "3", "2024-10-06",
		"A drone strike hit a car in Beddawi camp on Saturday, killing a Hamas commander, his driver and a passer-by.", fatalities)
}
