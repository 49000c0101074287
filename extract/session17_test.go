package extract_test

// Rule tests of the seventeenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"testing"

	"github.com/sitrep/sitrep"
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

// "Three hours after the strike in Tyre": the day of that strike; 36
// hours after it, the day after. Not hours after a statement, nor hours
// that run past midnight.
func TestHoursAfterStrike(t *testing.T) {
	const told = "An Israeli drone struck a car in Tyre on Tuesday, killing two men. "
	wantEach(t, "2024-08-10", placeDayCategory, []toldCase{
		{"Tyre 2024-08-06 drone; Qiryat Shmona 2024-08-06 rocket", told + "Three hours after the strike in Tyre, rockets hit Kiryat Shmona."},
		{"Tyre 2024-08-06 drone; Qiryat Shmona 2024-08-06 rocket", told + "Hours after the attack, rockets hit Kiryat Shmona."},
		{"Tyre 2024-08-06 drone; Qiryat Shmona 2024-08-07 rocket", told + "Some 36 hours after the strike, rockets hit Kiryat Shmona."},
	})
}

// A hospital an attack hits is its place; the hospital the wounded were
// taken to is not.
func TestHospitalStruck(t *testing.T) {
	wantEach(t, "2025-03-23", placeDayCategory, []toldCase{
		{"Nasser hospital 2025-03-23 airstrike", "An Israeli airstrike hit the surgical building of Nasser hospital in Khan Younis on Sunday evening, killing two people."},
		{"Dayr al Balah 2025-03-23 artillery", "Tank shells struck a clinic in Deir al-Balah on Sunday, wounding four."},
		{"Rafah 2025-03-23 airstrike", "An Israeli airstrike hit a car in Rafah on Sunday, and the wounded were taken to the hospital in Khan Younis."},
	})
}

// "an attack on the rule of law": a figure of speech; "an attack on press
// vehicles" is an attack.
func TestAbstractTarget(t *testing.T) {
	wantEach(t, "2025-03-23", placeDayCategory, []toldCase{
		{"", "In Israel, the cabinet voted on Sunday to dismiss the attorney general, a step critics called an attack on the rule of law."},
		{"", "The union in Ramallah called Sunday's arrests an attack against press freedom."},
		{"", "Opposition leaders in Baghdad said the law was an assault on our democracy."},
		{"Basra 2025-03-21 shooting", "Gunmen carried out an attack on press vehicles in Basra on Friday."},
	})
}

// An old landmine that goes off, an explosive remnant: no attack.
func TestOldMine(t *testing.T) {
	wantEach(t, "2025-03-22", placeDayCategory, []toldCase{
		{"", "A shepherd was killed on Friday afternoon when an old landmine exploded in the desert south of al-Sukhnah."},
		{"", "| 20 Mar | Taiz | two children killed by a landmine while herding | explosive remnant, not an attack |"},
	})
}

// A table's killed and injured columns outrank the counts its notes tell.
func TestTableColumnsOutrankNotes(t *testing.T) {
	wantEach(t, "2025-03-24", placeTolls, []toldCase{
		{"Hodeidah 1/6", "Weekly bulletin.\n\n| Date | Place | Type | Killed | Injured | Grade | Notes |\n" +
			"| Wed 19 Mar | Hodeidah | airstrikes | 1 | 6 | B | the health office gave 1 dead and 4 injured that night; the ministry later said 6 injured |\n"},
	})
}

// "two of his neighbours were wounded", "A farmer who had refused to leave
// the village was killed": counts of people past a kin noun and a
// relative clause; not the speaker's clause ("a resident who helped said
// four people had been killed").
func TestNeighboursAndWho(t *testing.T) {
	wantEach(t, "2024-11-20", placeTolls, []toldCase{
		{"Yohmor al-Shaqif 1/2", "A 68-year-old farmer who had refused to leave Yohmor al-Shaqif was killed on Wednesday when Israeli artillery shells hit the lane outside his cowshed, and two of his neighbours were wounded."},
		{"Sohmor 4/-", "Israeli jets struck a house in Sohmor on Wednesday; a resident who helped pull bodies from the rubble said four people had been killed."},
	})
}

// "16:10 - In Shmustar, in the Bekaa, ...": the town after a heading's
// "In", not "In Shmustar". (The gazetteer's Chmistar lies in
// Baalbek-Hermel, not in the Bekaa governorate, so the name stays one the
// gazetteer lacks.)
func TestHeadingIn(t *testing.T) {
	where := func(r sitrep.Report) string { return r.Place.Name }
	wantEach(t, "2024-11-23", where, []toldCase{
		{"Shmustar", "16:10 - In Shmustar, in the Bekaa, hundreds attended the funeral of the two men killed on Friday when a drone hit their car outside the town."},
	})
}

// A day's toll "distributed over the governorates of ..." counts many
// attacks; its governorates are no places of one.
func TestDistributedToll(t *testing.T) {
	wantEach(t, "2024-11-21", placeDayCategory, []toldCase{
		{"", "In the past 24 hours, the raids of the enemy led to 38 martyrs and 142 wounded, distributed over the governorates of the South, Nabatieh and Baalbek-Hermel."},
	})
}

// "the raid carried out by the Israeli enemy": a state's forces named
// after the attack; not "Iran" of "the Iran-backed Houthis".
func TestAgentAfterBy(t *testing.T) {
	perp := func(r sitrep.Report) string { return r.Place.Name + " " + r.Category + " " + r.Perpetrator }
	wantEach(t, "2024-11-21", perp, []toldCase{
		{"Tyre airstrike Israel Defense Forces", "The raid carried out by the Israeli enemy on a building in Tyre on Thursday led to five martyrs."},
		{"Tyre airstrike Israel Defense Forces", "Strikes by Israeli forces on Tyre on Thursday killed five."},
	})
}

// placeTolls writes a report's place and its dead and hurt.
func placeTolls(r sitrep.Report) string {
	return r.Place.Name + " " + count(r.Fatalities) + "/" + count(r.Injuries)
}

// A day right after a list of sites and their kind binds to them, even
// when the attack word comes first: "struck the Daraa area on Monday
// evening and the T4 and Palmyra air bases on the night of Friday".
func TestDayAfterSites(t *testing.T) {
	wantEach(t, "2025-03-23", placeDayCategory, []toldCase{
		{"Daraa 2025-03-17 airstrike; Palmyra 2025-03-21 airstrike",
			"Israeli jets struck the Daraa area on Monday evening and the Palmyra air base on the night of Friday."},
	})
}

// A count told over a period is a running total, no attack's toll: "has
// killed 201 of its fighters since 8 October".
func TestRunningTotal(t *testing.T) {
	wantEach(t, "2024-02-17", placeTolls, []toldCase{
		{"Qiryat Shmona -/-", "Hezbollah fired rockets at Kiryat Shmona on Friday. Israeli fire has killed 201 of its fighters since 8 October."},
		{"Nabatieh 12/-", "An Israeli strike killed 12 people in Nabatieh on Friday, the deadliest since October."},
	})
}

// "the airport of Ben Gurion in the area of occupied Yafa": the town a
// site lies by, no second target.
func TestSiteInAreaOf(t *testing.T) {
	where := func(r sitrep.Report) string { return r.Place.Name }
	wantEach(t, "2025-03-20", where, []toldCase{
		{"Ben Gurion Airport", "On Thursday the missile force targeted the airport of Ben Gurion in the area of occupied Yafa with a ballistic missile."},
	})
}

// "arrest raid, 5 detained, no shooting reported": no attack.
func TestNoShooting(t *testing.T) {
	wantEach(t, "2024-11-23", placeDayCategory, []toldCase{
		{"", "| Date | Place | What | Killed | Injured | Source |\n| Fri 22 Nov | Jenin camp | arrest raid, 5 detained, no shooting reported | 0 | 0 | camp committee |\n"},
	})
}

// Aircraft that flatten or destroy a building strike it; jets that
// destroy drones intercept them.
func TestAircraftFlattened(t *testing.T) {
	wantEach(t, "2024-11-20", placeDayCategory, []toldCase{
		{"Chiyah 2024-11-18 airstrike", "On Monday, Israeli aircraft flattened a building in Chiyah, in Beirut's southern suburbs."},
		{"Chiyah 2024-11-18 airstrike", "On Monday, Israeli aircraft destroyed a building in Chiyah."},
		{"", "On Monday, Israeli troops flattened a house in Jenin."},
	})
}
