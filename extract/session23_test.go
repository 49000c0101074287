package extract_test

// Rule tests of the twenty-third session (7 December): each text is
// written for its test, and each test failed on the build before its rule.

import (
	"fmt"
	"testing"

	"github.com/sitrep/sitrep"
)

// placeCategoryDead writes a report's place, category and dead.
func placeCategoryDead(r sitrep.Report) string {
	dead := "-"
	if r.Fatalities != nil {
		dead = fmt.Sprint(*r.Fatalities)
	}
	return r.Place.Name + " " + r.Category + " " + dead
}

// "shot dead 24-year-old Yousef Shadid": one man of 24, not 24 dead.
func TestAgeAfterVerb(t *testing.T) {
	wantEach(t, "2024-08-06", placeCategoryDead, []toldCase{
		{"Anabta shooting 1", "On Monday, soldiers shot dead 24-year-old Yousef Shadid in Anabta, east of Tulkarm."},
		{"Daraa shooting 1", "Gunmen killed 45-year-old farmer Ali Hassan near Daraa on Monday."},
		{"Khiam drone 3", "The drone killed three 20-year-old soldiers in Khiam on Monday."},
	})
}

// A raid by soldiers is on the ground, not from the air; aircraft that
// raid strike from the air; troops that kill with no weapon named shoot.
func TestGroundRaid(t *testing.T) {
	wantEach(t, "2025-05-01", placeCategoryDead, []toldCase{
		{"Balatah shooting 2", "Israeli soldiers killed two young men during a raid on the Balata camp in Nablus on Monday, the ministry said."},
		{"Bayt Furik shooting 1", "Troops killed a 19-year-old in a pre-dawn raid on Beit Furik on Thursday."},
		{"Bayt Furik shooting 1", "Israeli troops killed a 19-year-old and wounded his cousin in Beit Furik, east of Nablus, on Thursday."},
		{"Khiam airstrike 2", "Israeli aircraft raided Khiam on Monday, killing two."},
		// An air raid, troops' arrests, soldiers killed: as before.
		{"Rafah airstrike 5", "An Israeli raid on a house in Rafah killed five people on Monday, medics said."},
		{"", "Israeli troops raided the camp of Balata on Monday and arrested ten men."},
		{"Tower 22 drone 3", "Three U.S. soldiers were killed and dozens wounded when a drone struck Tower 22 in Jordan on Sunday."},
	})
}

// The hospital the wounded were taken to, and a formation named for a
// place ("the Nasr Unit"), are no places of an attack.
func TestHospitalAndFormation(t *testing.T) {
	wantEach(t, "2024-09-21", placeDayCategory, []toldCase{
		{"Dhayra 2024-09-21 artillery", "A team transferred a citizen who was wounded by Israeli artillery shelling on the outskirts of al-Dhayra on Saturday to the Tyre government hospital."},
		{"Marjayoun 2024-09-21 airstrike", "An Israeli strike hit the Marjayoun government hospital on Saturday, wounding three."},
		{"", "The man killed in the strike on Saturday operated in the Nasr Unit of Hezbollah."},
		{"Janin 2024-09-21 shooting", "Fighters of the Jenin Brigade opened fire on troops in Jenin on Saturday."},
	})
}

// "is due to speak on Thursday": a day to come, which dates no attack
// told before it.
func TestFutureDay(t *testing.T) {
	wantEach(t, "2024-09-18", placeDayCategory, []toldCase{
		{"", "Walkie-talkies exploded in homes in the Bekaa. Israeli officials have not said whether Israel was behind the blasts, and Hezbollah's leader is due to speak on Thursday."},
		{"Bekaa 2024-09-17 unknown", "Walkie-talkies exploded in homes in the Bekaa on Tuesday. Hezbollah's leader will speak on Thursday."},
	})
}

// A faction's motive may list the places of the aggressions it answers
// ("on the villages of the South, of Bekaa and of the southern suburb of
// Beirut"): they are no places of its attack.
func TestMotiveListGoesOn(t *testing.T) {
	wantEach(t, "2024-10-15", placeDayCategory, []toldCase{
		{"Safed 2024-10-15 rocket", "And in answer to the aggressions of the Israeli enemy on the villages and the towns of the South, of Bekaa and of southern suburb of Beirut, the Mujahideen of the Islamic Resistance targeted at the time 17:25 of the afternoon of Tuesday the city of Safad occupied with a salvo of rockets."},
	})
}

// "to strike a deal": an idiom, which no attack told before takes its
// places from.
func TestStrikeIdiom(t *testing.T) {
	wantEach(t, "2024-10-17", placeDayCategory, []toldCase{
		{"", "Relatives of the captives held rallies in Tel Aviv and Jerusalem on Thursday urging the government to strike a deal."},
		{"", "A tank shell hit the building where he had taken cover on Thursday. Relatives of the captives held rallies in Tel Aviv and Jerusalem urging the government to strike a deal."},
		{"Tel Aviv 2024-10-17 drone", "A drone struck a building in Tel Aviv on Thursday."},
	})
}

// Caesarea in news of Israel is Israel's, not Kayseri; the Arava is the
// valley north of Eilat, not Arrabah; "Ramya" is Ramyeh.
func TestCaesareaAravaRamya(t *testing.T) {
	wantEach(t, "2024-10-19", placeCountryPrecision, []toldCase{
		{"Caesarea IL 1", "Hezbollah claimed the drone that struck a house in Caesarea on Saturday."},
		{"Arava IL 3", "A drone came down in the Arava on Saturday, the army said."},
		{"Ramyeh LB 1", "Israeli artillery shelled the outskirts of Ramya on Saturday."},
	})
}

// A sentence about a region that does not hold the place of the attack
// just told tells another event: its denial is not that attack's.
func TestRegionElsewhereIsNoRetelling(t *testing.T) {
	status := func(r sitrep.Report) string { return r.Place.Name + " " + string(r.Status) }
	wantEach(t, "2024-05-01", status, []toldCase{
		{"Eilat claimed", "The Islamic Resistance in Iraq said it had attacked a vital target in Eilat at dawn on Wednesday. The military said a drone sighted over the Arava valley on Tuesday afternoon had been a false identification."},
		{"Eilat claimed", "The Islamic Resistance in Iraq said it had attacked a vital target in Eilat at dawn on Wednesday. The military said a drone sighted over the Golan on Tuesday afternoon had been a false identification."},
	})
}

// Weapons handled as goods ("loading artillery shells onto trucks") are
// no weapon of the blast told.
func TestCargoIsNoWeapon(t *testing.T) {
	wantEach(t, "2025-01-24", placeDayCategory, []toldCase{
		{"Damascus 2025-01-23 unknown", "A blast at a depot near Damascus killed one on Thursday while teams were loading artillery shells onto trucks."},
		{"Damascus 2025-01-23 artillery", "Artillery shells hit a depot near Damascus on Thursday, killing one."},
	})
}

// "did not target the city of Saada ..., but the district of Kitaf": the
// place struck is the one after "but"; "the district of Kitaf" is the
// area of the town it is named after, as "Kitaf district" is.
func TestNotButAndDistrictOf(t *testing.T) {
	wantEach(t, "2025-03-30", placeCountryPrecision, []toldCase{
		{"Kitaf YE 2", "The raids on Sunday did not target the city of Saada itself, as was reported by mistake, but the district of Kitaf."},
		{"Kitaf YE 2", "US raids hit the district of Kitaf in the governorate of Saada on Sunday."},
		{"Saada YE 1", "US raids hit the city of Saada on Sunday."},
	})
}

// The day a campaign began dates the campaign, not a clash in it.
func TestCampaignBeganIsNoAttacksDay(t *testing.T) {
	placeDay := func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() }
	wantEach(t, "2025-01-24", placeDay, []toldCase{
		{"Homs 2025-01-24", "The ministry said on Friday that its forces had killed four gunmen in a clash in Homs during the security campaign launched in the area on Wednesday."},
		{"Homs 2025-01-22", "Its forces killed four gunmen in a clash in Homs on Wednesday, the ministry said."},
	})
}

// Texts a review found the session's rules got wrong at first: each stays
// as the build before the rules told it, or better.
func TestTwentyThirdLeavesAlone(t *testing.T) {
	wantEach(t, "2025-01-22", placeCategoryDead, []toldCase{
		{"Khiam artillery 2", "Israeli tanks moving into Khiam shelled the town on Tuesday, killing two people."},
		{"Ashkelon rocket -", "Militants fired smuggled Grad rockets at Ashkelon on Tuesday."},
		{"Tel Aviv missile -", "The Houthi missile did not hit Tel Aviv, but debris fell on a house and wounded two people on Tuesday."},
		{"Marjayoun airstrike 3", "An Israeli strike at the Marjayoun government hospital killed three paramedics on Tuesday."},
		{"Dahiyeh airstrike 12", "Israeli strikes deal heavy blow to Hezbollah in Dahiyeh on Tuesday, killing 12 people."},
		{"", "Israel and Hamas struck a ceasefire deal in Doha on Tuesday."},
		{"", "Israeli troops backed by helicopters raided the Jenin refugee camp on Tuesday, arresting 12 people."},
		{"Khan Yunis unknown 1", "Israeli troops killed a farmer with tank fire near Khan Younis on Tuesday."},
		{"", "The uncle of Rami told AFP the boy had gone out to buy bread. Rami was shot dead by an Israeli sniper on Tuesday."},
		{"Metulla rocket -", "In answer to the Zionist aggressions on the villages of the South, of Bekaa, and of Nabatieh, the Islamic Resistance fighters on Tuesday targeted the Metula site with rockets."},
		{"Aitaroun shooting 1; Odaisseh unknown -", "Israeli troops killed a shepherd near Aitaroun on Tuesday, while an explosion destroyed several houses in Odaisseh."},
		{"Janin unknown -", "Israeli forces killed 4-year-old twins in Jenin on Tuesday."},
		{"Tammun ied -", "The Tubas battalion of Saraya al-Quds said on Tuesday its fighters detonated an explosive device against an Israeli jeep in Tammun."},
	})
	placeDay := func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() }
	wantEach(t, "2025-01-22", placeDay, []toldCase{
		{"Khiam 2025-01-20", "Hezbollah said it will avenge the strike on Dahiyeh on Monday. The same day, Israeli jets struck Khiam, killing two people."},
	})
}
