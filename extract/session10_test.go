package extract_test

// Rule tests of the tenth session (5 December, night): each text is
// written for its test, and each test failed on the build before its rule.

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// "the guided-missile destroyer USS Mason" names a ship, not a missile.
func TestWarshipClassNoWeapon(t *testing.T) {
	category := func(r sitrep.Report) string { return r.Category }
	wantTold(t, "drone", "2023-11-16",
		"On Wednesday the guided-missile destroyer USS Mason shot down a one-way attack drone over the Red Sea.", category)
	wantTold(t, "rocket", "2023-11-16",
		"On Wednesday two rockets were fired at a missile boat anchored off Hodeidah.", category)
}

// "at 4:35 p.m. Eastern on Wednesday" in November (Eastern standard time,
// eight hours behind Iraq) is Thursday in Iraq; in June (daylight time,
// seven hours behind) 4:35 p.m. is still Wednesday there.
func TestEasternStandardTimeEvening(t *testing.T) {
	wantTold(t, "Ain al-Asad Air Base 2023-11-16/2023-11-16", "2023-11-16",
		"At about 4:35 p.m. Eastern Time on Wednesday, coalition forces at Al-Asad Air Base were attacked by two drones.", interval)
	wantTold(t, "Ain al-Asad Air Base 2024-06-12/2024-06-12", "2024-06-13",
		"At about 4:35 p.m. Eastern Time on Wednesday, coalition forces at Al-Asad Air Base were attacked by two drones.", interval)
}

// "Five days after a technician was killed by a missile near Dovev, the
// company says ..." dates the attack five days before the text; "The
// strike came two days after ..." still counts back from the day told.
func TestDaysAfterOpensSentence(t *testing.T) {
	wantTold(t, "Dovev 2023-11-12/2023-11-12", "2023-11-17",
		"Five days after one of its technicians was killed by a Hezbollah missile near Dovev, the power company says its crews will go back to work.", interval)
	wantTold(t, "Dovev 2023-11-12/2023-11-12", "2023-11-17",
		"18.05 GMT - Five days after a technician was killed by a Hezbollah missile near Dovev, the company says its crews will return.", interval)
}
