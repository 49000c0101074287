package extract_test

// Rule tests of the eighth session (5 December): each text is written for
// its test, and each test failed on the build before its rule.

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// A clock is no count of people: "At 11:30 p.m. guards were wounded" tells
// no count, not thirty, and "Two soldiers were killed at 0830 GMT" two,
// not 830.
// The texts are written for this test.
func TestClockIsNoCount(t *testing.T) {
	toll := func(r sitrep.Report) string { return count(r.Fatalities) + "/" + count(r.Injuries) }
	wantTold(t, "-/-", "2024-08-06",
		"A drone struck the airstrip at Rmelan on Monday. At 11:30 p.m. guards were wounded, the SDF said.", toll)
	wantTold(t, "2/-", "2024-08-06",
		"Two soldiers were killed at 0830 GMT on Monday when a drone struck their post near Rmelan.", toll)
	wantTold(t, "12/-", "2024-08-06",
		"A drone struck a bakery in Rmelan on Monday. The local council's toll for the day: 12 civilians killed.", toll)
}
