package extract_test

// Rule tests of the twenty-fourth session (7 December): each text is
// written for its test, and each test failed on the build before its rule.

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// Forces that kill "in a raid" or "during a raid" are on the ground; an air
// raid and a raid the forces did not kill in stay as they were.
func TestForcesInARaid(t *testing.T) {
	wantEach(t, "2025-01-22", placeCategoryDead, []toldCase{
		{"Birqin shooting 2", "JENIN, Jan 22 - Israeli forces killed two Palestinians in a raid on the village of Burqin near Jenin on Wednesday, the Palestinian health ministry said."},
		{"Tammun shooting 1", "Israeli forces shot dead a 17-year-old during a raid on Tammun on Wednesday."},
		// As before.
		{"Birqin airstrike 2", "Israeli forces killed two Palestinians in an air raid on the village of Burqin on Wednesday."},
		{"Dayr al Balah airstrike 2", "Two people were killed in a raid by Israeli forces on a house in Deir al-Balah on Wednesday, medics said."},
	})
}

// placeStatus writes a report's place and status.
func placeStatus(r sitrep.Report) string {
	return r.Place.Name + " " + r.Status
}

// The side that struck saying nothing of the attack does not own it, as
// when it says it is looking into the report; nor does a speaker of its
// forces stand for the rescuers named after the last comma.
func TestStrikingSideSilent(t *testing.T) {
	const strike = "An Israeli raid on Thursday levelled two homes on the eastern edge of Qana, near Tyre, killing ten people. "
	wantEach(t, "2024-10-18", placeStatus, []toldCase{
		{"Qâna reported", strike + "Israel issued no statement on the raid."},
		{"Qâna reported", strike + "The Israeli army had said nothing about Qana by evening."},
		{"Qâna reported", strike + "The Israeli military has made no statement."},
		{"Qâna reported", "Israeli warplanes struck two adjoining houses in Qana, near Tyre, on Thursday, and crews had pulled ten bodies from the rubble by late afternoon, the civil defence and the town's municipality said."},
		// As before: a state that declines to comment by policy, another
		// side's silence, the army's own account.
		{"Qâna confirmed", strike + "The Israeli military declined to comment."},
		{"Qâna confirmed", strike + "There was no statement from Hezbollah."},
		{"Qâna confirmed", "The Israeli army said its jets struck Hezbollah targets in Qana, near Tyre, on Thursday."},
	})
}
