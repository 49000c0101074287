package extract_test

// Rule tests of the sixteenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// A side that says it struck nothing denies an attack; it does not
// confirm one. A weapon that did not strike its target missed, which is
// no denial.
func TestStrikeDenied(t *testing.T) {
	status := func(r sitrep.Report) string { return r.Place.Name + " " + string(r.Status) }
	wantEach(t, "2024-03-07", status, []toldCase{
		{"Rmeish debunked", "The Israeli army said on Tuesday that it had not struck in the Rmeish area that day."},
		{"Rmeish debunked", "An army spokeswoman said Israel did not strike Rmeish on Tuesday."},
		{"Syria debunked", "The U.S.-led coalition says it struck nothing in Syria on Tuesday night."},
		{"Iraq debunked", "A defence official said the United States had carried out no strike in Iraq on Wednesday night."},
		{"Rmeish debunked", "The army said there had been no strike on Rmeish on Tuesday."},
		{"Aden reported", "The missile did not strike the ship off Aden on Tuesday, the crew said."},
	})
}

// A general strike, a commercial strike, a strike called to mourn the
// dead: stoppages of work, no attacks.
func TestWalkout(t *testing.T) {
	wantEach(t, "2024-09-12", placeDayCategory, []toldCase{
		{"", "In Qabatiya, a general strike shut the town on Thursday."},
		{"", "Shops in Jenin closed on Thursday afternoon for a strike called to mourn a man killed in the city last week."},
		{"", "Palestinian factions declared a commercial strike in Tubas on Thursday."},
		{"", "Detainees in Ofer prison began a hunger strike on Thursday."},
		{"Tubas 2024-09-12 drone", "An Israeli drone strike killed two men in Tubas on Thursday, and a general strike was called for Friday."},
	})
}

// The places a village faces or lies across a valley from locate it:
// they are not struck.
func TestFacingPlaces(t *testing.T) {
	where := func(r sitrep.Report) string { return r.Place.Name }
	wantEach(t, "2023-12-18", where, []toldCase{
		{"Shtula", "On Monday Hezbollah said its fighters had struck a building in Shtula, the Israeli moshav that faces Ramyeh and Aita al-Shaab across the border, with a guided missile."},
		{"Houla", "Lebanese outlets reported a large blast in Houla, the village across the valley from Margaliot and Misgav Am, at about 13:10 on Monday."},
		{"Kfar Kila", "An Israeli drone struck a house in Kfar Kila, across the border from Metula, on Monday."},
	})
}

// Where a struck ship is now is not where it was struck.
func TestNowAt(t *testing.T) {
	where := func(r sitrep.Report) string { return r.Place.Name }
	wantEach(t, "2024-08-30", where, []toldCase{
		{"As Salif", "The bulk carrier targeted on 28 AUG approx. 52NM W of SALIF (advisory 2024/131) is north of Jeddah and proceeding normally."},
		{"Hodeidah", "The tanker that a missile struck west of Hodeidah on Wednesday is north of Jeddah now."},
		{"Hodeidah", "The tanker struck by a missile west of Hodeidah on Wednesday is now in Djibouti, its managers said."},
	})
}

// "attacks on every front at once": a pattern, which takes no place from
// the sentence before.
func TestEveryFront(t *testing.T) {
	wantEach(t, "2024-06-22", placeDayCategory, []toldCase{
		{"", "The week that began on Sunday did not bring the big war that many in Beirut and Haifa had feared. It brought something more tiring: attacks on every front at once, most of them small."},
		{"", "Residents of Beirut and Haifa braced for the worst on Sunday. Strikes on all fronts followed within days."},
	})
}

// "In the town of al-Bukamal on the Iraqi border, the militias held a
// ceremony": where the mourners met, not where the strike they mourn
// fell, even when a phrase places the town first.
func TestCeremonyTown(t *testing.T) {
	where := func(r sitrep.Report) string { return r.Place.Name }
	wantEach(t, "2024-01-26", where, []toldCase{
		{"Al-Qaim", "In the town of al-Bukamal, the militias held a ceremony on Friday for the men killed in the American strike near al-Qaim on Wednesday."},
		{"Al-Qaim", "In al-Bukamal on the Iraqi border, the militias held a ceremony on Friday for the men killed in the American strike near al-Qaim on Wednesday."},
		{"Abu Kamal", "In the town of al-Bukamal, a drone struck a car on Friday."},
	})
}

// A digest that states the week it covers dates its weekdays in that
// week, even when it appears on the day after: "on Sunday" in a review of
// 12-18 May published on Sunday 19 May is 12 May.
func TestDigestWeek(t *testing.T) {
	wantEach(t, "2024-05-19", placeDayCategory, []toldCase{
		{"Taybeh 2024-05-12 airstrike", "The week of May 12-18 on the northern front.\n\nTwo Hezbollah men died in an Israeli air strike in Taybeh on Sunday."},
		{"Taybeh 2024-05-12 airstrike", "Weekly digest, 12-18 May 2024.\n\nTwo Hezbollah men died in an Israeli air strike in Taybeh on Sunday."},
		{"Taybeh 2024-05-19 airstrike", "Two Hezbollah men died in an Israeli air strike in Taybeh on Sunday, a week after the strike of May 12."},
	})
}

// An advisory's fields give the day and the position of the event its
// text then tells without either.
func TestAdvisoryFields(t *testing.T) {
	text := "Region: GULF OF ADEN\n\nTime of event: 0725 UTC 08 AUG 2024 (1025 Yemen time).\nPosition: 98NM ESE of ADEN.\n" +
		"The Master of a merchant vessel transiting westbound reported a large splash and a detonation in the water roughly 1.5NM off the port bow.\n"
	wantTold(t, "Aden 2024-08-08 unknown", "2024-08-08", text, placeDayCategory)
	text = "Position: 40NM W of HODEIDAH.\nTime of event: 2140 UTC 12 JUN 2024.\n" +
		"The vessel reported an explosion in the water close to the starboard side.\n"
	wantTold(t, "Hodeidah 2024-06-12 unknown", "2024-06-13", text, placeDayCategory)
}

// "a white Toyota" is a car; "near Khanasor, in Sinjar," places the
// village by its town; strikes "in the past" are of other times; "broke
// the sound barrier" is a boom; "responsible for rocket launches" is a
// man's role.
func TestNotTheseAttacks(t *testing.T) {
	wantEach(t, "2024-08-06", placeDayCategory, []toldCase{
		{"Khanasor 2024-08-04 unknown", "The vehicle, a white Toyota, was hit at around twenty past two on Sunday, roughly three kilometres east of Khanasor."},
		{"Sinjar 2024-08-04 unknown", "A Toyota pickup was struck near Sinjar on Sunday."},
		{"Khanasor 2024-08-04 drone", "Two Yazidi fighters died when a drone hit their pick-up near Khanasor, in Sinjar, on Sunday."},
		{"", "Iraq's foreign ministry has in the past summoned the Turkish charge d'affaires over strikes in Sinjar."},
		{"Sinjar 2024-08-05 unknown", "In the past 24 hours, strikes in Sinjar killed two."},
		{"", "Israeli jets broke the sound barrier over Beirut during the speech on Tuesday."},
		{"Tyre 2024-08-06 drone", "An Israeli drone killed Ali Jaber in Tyre on Tuesday. Jaber was responsible for carrying out rocket launches toward Israel from the Tyre area."},
	})
}

// Forces that kill attack (troops with no weapon named: a shooting,
// TestGroundRaid). A man named as killed by an attack is not its
// toll (TestNamedAndOthers), but one named as the subject of "was killed"
// is one dead.
func TestForcesKilled(t *testing.T) {
	toll := func(r sitrep.Report) string { return placeDayCategory(r) + " " + count(r.Fatalities) }
	wantEach(t, "2024-05-14", toll, []toldCase{
		{"Janin 2024-05-14 shooting 1", "Israeli troops killed a man in Jenin on Tuesday."},
		{"Janin 2024-05-14 unknown -", "Israeli forces killed Ahmad Khalil in Jenin on Tuesday."},
		{"Tyre 2024-05-14 airstrike -", "The Israeli military said its aircraft had eliminated Ali Hussein Sweid near Tyre on Tuesday."},
		{"Tyre 2024-05-14 airstrike -", "An Israeli strike killed Hezbollah fighters in Tyre on Tuesday."},
		{"Tyre 2024-05-14 drone 1", "Ali Hussein Sweid was killed by an Israeli drone near Tyre on Tuesday."},
		{"", "The army said two soldiers killed and 24 wounded in Jenin on Tuesday were reservists."},
	})
}

// Villages the gazetteer lacked, named in the reports of 2024.
func TestVillagesAdded(t *testing.T) {
	where := func(r sitrep.Report) string { return r.Place.Name + " " + r.Place.Country }
	wantEach(t, "2024-08-07", where, []toldCase{
		{"Abbassiyeh LB", "An Israeli drone struck a car in Abbasiyeh, east of Tyre, on Tuesday."},
		{"Mayfadoun LB", "Israeli jets struck a building in Mayfadoun on Wednesday."},
		{"Ya'fur SY", "An Israeli drone hit a car near Yaafour on Wednesday."},
		{"Mazra'a IL", "A drone launched from Lebanon fell near Mazra'a on Tuesday, lightly wounding two people."},
		{"Ain al-Hilweh LB", "An Israeli drone struck a car by the Ain al-Hilweh camp on Friday evening."},
	})
}

// A state's drone brought down is a missile's work: "downed an MQ-9",
// "a Reaper drone was brought down by the Houthis".
func TestStateDroneDowned(t *testing.T) {
	wantEach(t, "2024-05-17", placeDayCategory, []toldCase{
		{"Marib 2024-05-17 missile", "The Houthis say they downed an MQ-9 over Marib on Friday."},
		{"Yemen 2024-05-17 missile", "US officials have confirmed that a Reaper drone was brought down by the Houthis off the coast of Yemen on Friday."},
	})
}

// "bombarded the settlement of Beit Hillel with dozens of Katyusha
// rockets": the rockets struck, not artillery.
func TestShelledWith(t *testing.T) {
	wantEach(t, "2024-08-04", placeDayCategory, []toldCase{
		{"Bet Hillel 2024-08-04 rocket", "The Mujahideen of the Islamic Resistance bombarded the settlement of Beit Hillel with dozens of Katyusha rockets on Sunday."},
		{"Zar'it 2024-08-04 artillery", "The Islamic Resistance bombarded the Zar'it barracks on Sunday."},
	})
}

// An advisory names its ship on a line of its own ("MARITA GRACE, bulk
// carrier"), sections after the event; and "Marita Grace 98NM ESE of Aden"
// ends the name before the distance.
func TestAdvisoryVessel(t *testing.T) {
	ship := func(r sitrep.Report) string { return r.Vessel }
	text := "1. EVENT\nTime of event: 0725 UTC 08 AUG 2024 (1025 Yemen time).\nPosition: 98NM ESE of ADEN.\n" +
		"The Master of a merchant vessel transiting westbound reported a large splash and a detonation in the water roughly 1.5NM off the port bow. " +
		"No impact on the vessel. Nobody on board was hurt. The vessel altered course and continues to its next port of call.\n\n" +
		"2. VESSEL\nMARITA GRACE, bulk carrier, approx. 57,000 dwt, flag Liberia, Greek-managed. Last AIS destination: a port in the Eastern Mediterranean.\n"
	wantTold(t, "Marita Grace", "2024-08-08", text, ship)
	wantTold(t, "Marita Grace", "2024-08-08", "A missile landed near the bulk carrier Marita Grace 98NM ESE of Aden on Thursday.", ship)
}

// A day right after a place is that place's, whatever attack word comes
// after it: "a Burkan near Ma'ayan Baruch on Sunday and about 60 rockets
// at the Golan on Tuesday".
func TestDayAfterPlace(t *testing.T) {
	wantTold(t, "Ma'ayan Baruch 2024-05-12 rocket", "2024-05-15",
		"Hezbollah fired a Burkan near Ma'ayan Baruch on Sunday and about 60 rockets at the Golan on Tuesday.", placeDayCategory)
}
