package extract_test

// Rule tests of the twenty-ninth session (7 December, night): each text is
// written for its test, and each test failed on the build before its rule.

import (
	"testing"
)

// A village told in the countryside, outskirts or suburbs of a town is
// the namesake near that town: al-Mazraa of Sweida, not of Galilee.
func TestInCountrysideOfTown(t *testing.T) {
	wantEach(t, "2025-10-14", placeDayCategory, []toldCase{
		{"Al-Mazraa 2025-10-13 drone", "Drones struck a government position in al-Mazraa in the western countryside of Sweida on Monday, residents said."},
		{"Al-Mazraa 2025-10-13 drone", "Drones struck a government position in al-Mazraa, in the western countryside of Sweida, on Monday."},
		{"Al-Mazraa 2025-10-13 drone", "Drones struck a government position in al-Mazraa on the outskirts of Sweida on Monday."},
	})
}

// A convoy bound for one town and hit near another was hit near the
// second: the destination neither places the attack nor takes the town
// after it as its locator.
func TestConvoyBoundForNear(t *testing.T) {
	wantEach(t, "2025-08-02", placeDayCategory, []toldCase{
		{"Busra al-Harir 2025-08-01 shooting", "Israeli troops opened fire on an aid convoy bound for Suwayda near Busra al-Harir on Friday."},
		{"Busra al-Harir 2025-08-01 shooting", "Gunmen attacked a convoy of aid for Suwayda near Busra al-Harir on Friday."},
	})
}
