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
