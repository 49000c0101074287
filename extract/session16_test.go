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
		{"Al Hudaydah", "The tanker that a missile struck west of Hodeidah on Wednesday is north of Jeddah now."},
		{"Al Hudaydah", "The tanker struck by a missile west of Hodeidah on Wednesday is now in Djibouti, its managers said."},
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
