package extract_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// vesselDay writes a report's ship, day and category.
func vesselDay(r sitrep.Report) string {
	return r.Vessel + " " + r.When.Start.String() + " " + r.Category
}

// Ships' names as outlets write them: after M/V or a ship's noun, in a
// group's capitals in brackets, before an apposition, after the flag's
// adjectives; and, when the sentence that tells an attack at sea names no
// ship, the ship the next sentences name.
func TestVesselNames(t *testing.T) {
	for _, c := range []struct{ want, published, text string }{
		{"Hanna Star 2024-03-11 missile", "2024-03-11",
			"At 0610 UTC on 11 MAR a merchant vessel was hit by a missile in the southern Red Sea. The master of the Marshall Islands-flagged tanker Hanna Star reported an explosion close to the port bow."},
		{"Ocean Breeze 2024-03-10 missile", "2024-03-11",
			"From about 9 p.m. to 10 p.m. Sanaa time on March 10, Houthi militants fired two anti-ship missiles into the Gulf of Aden.\n\nOne of them struck M/V Ocean Breeze, a Liberia-flagged container ship. The crew reported no injuries."},
		{"Ocean Breeze 2024-03-10 missile", "2024-03-11",
			"The naval forces targeted the British ship (OCEAN BREEZE) in the Gulf of Aden, yesterday, Sunday, with a number of naval missiles, and the hit was accurate."},
		{"Kestrel Bay 2024-03-12 drone", "2024-03-13",
			"The Kestrel Bay, a Liberia-flagged bulk carrier, was hit by a drone in the southern Red Sea on Tuesday, its manager said."},
		{"Aegean Dawn 2024-03-12 missile", "2024-03-13",
			"A missile struck the Panama-flagged, Greek-owned Aegean Dawn in the Red Sea on Tuesday, the ship's manager said."},
		{"USS Gravely 2024-03-12 missile", "2024-03-13",
			"On Tuesday the USS Gravely shot down an anti-ship cruise missile fired toward it over the Red Sea, officials said."},
		{"Maersk Gibraltar 2023-12-14 missile", "2023-12-14",
			"A missile fired at the Maersk Gibraltar as the container ship sailed through the southern Red Sea on Thursday missed its target, the company said."},
		{"Carney 2023-12-16 drone", "2023-12-16",
			"The U.S. Navy destroyer Carney destroyed 14 attack drones over the Red Sea on Saturday."},
		// A sentence dated to another day tells another attack's ship.
		{"USS Carney 2023-12-16 drone", "2023-12-16",
			"USS Carney destroyed 14 attack drones over the Red Sea on Saturday. The engagement followed Friday's drone strike on the Liberia-flagged container ship MSC Palatium III in the Bab el-Mandeb."},
		// The merchant ship the missile was aimed at, not the warship that
		// shot it down.
		{"Nordic Swan 2024-03-12 missile", "2024-03-13",
			"On Tuesday the destroyer USS Gravely shot down an anti-ship missile over the Gulf of Aden. The missile was likely aimed at M/V Nordic Swan, a tanker sailing east."},
	} {
		wantEach(t, c.published, vesselDay, []toldCase{{c.want, c.text}})
	}
}

// A ship's name that is also a village's ("the tanker Hanna Star", Ḩannā)
// is read as the ship before the places are weighed: the port the
// advisory places the ship from stays.
func TestVesselNameNotPlace(t *testing.T) {
	wantTold(t, "Hodeidah Hanna Star", "2024-03-11",
		"At 0610 UTC on 11 MAR a merchant vessel was hit by a missile 42 nautical miles west of Hodeidah. The master of the Marshall Islands-flagged tanker Hanna Star reported an explosion close to the port bow.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.Vessel })
}

// No ship: a carrier's air wing, the ships an air strike came from, an
// attack on land before a ship the text goes on to, an attack told at a
// country.
func TestVesselNamesNone(t *testing.T) {
	for _, c := range []struct{ want, published, text string }{
		{" 2024-03-12 airstrike", "2024-03-13",
			"On Tuesday U.S. jets from the aircraft carrier USS Dwight D. Eisenhower and Carrier Air Wing 3 struck radar sites near Hodeidah."},
		{" 2024-03-11 rocket", "2024-03-12",
			"Two rockets hit near the Ain al-Asad air base on Monday, the security cell said. No one was hurt. Insurers meanwhile raised premiums for ships like the tanker Hanna Star."},
	} {
		wantEach(t, c.published, vesselDay, []toldCase{{c.want, c.text}})
	}
}

// A sentence that names two ships tells of the one named before the
// incident's place: "struck M/V Islander in the Gulf of Aden ..., and six
// days after M/V Rubymar was hit near the Bab el-Mandeb".
func TestVesselOfTwoNamed(t *testing.T) {
	got := toldOn(t, MustExtractor(t), "2024-02-25",
		"The attack came two days after a Houthi missile struck M/V Islander in the Gulf of Aden on Feb. 22, and six days after M/V Rubymar was hit near the Bab el-Mandeb on Feb. 18.",
		vesselDay)
	for _, want := range []string{"Islander 2024-02-22 missile"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want a report %q", got, want)
		}
	}
}

// One ship's attack told at two places in one document ("struck M/T
// STRINDA ... in the Red Sea", "near the Bab el-Mandeb") is one incident.
func TestSameShipOneDocument(t *testing.T) {
	got := toldOn(t, MustExtractor(t), "2023-12-12",
		"TAMPA, Fla. - Around 9 p.m. Sanaa time on Dec. 11, an anti-ship cruise missile launched from a Houthi-controlled area of Yemen struck M/T STRINDA, a Norwegian-flagged tanker, in the Red Sea.\n\n"+
			"The Strinda was hit near the Bab el-Mandeb late on Dec. 11, and the crew put out the fire.", vesselDay)
	if got != "Strinda 2023-12-11 missile" {
		t.Errorf("got %q, want one report of the Strinda", got)
	}
}
