package extract_test

// Rule tests of the thirtieth session (8 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// A denial of a figure is no denial of the attack: the side that says
// "this figure is untrue" tells its own count beside it.
func TestFigureDenied(t *testing.T) {
	wantEach(t, "2025-10-24", placeStatus, []toldCase{
		{"Al-Busayrah reported", "Gunmen attacked an army checkpoint near al-Busayrah on Thursday, killing two soldiers, the Islamic State said. The defence ministry denied the toll, saying one soldier was wounded."},
		{"Al-Busayrah confirmed", "Gunmen attacked an army checkpoint near al-Busayrah on Thursday, killing two soldiers, the Islamic State said. This figure is untrue, the defence ministry said, and one soldier was wounded."},
		// As before: the attack denied.
		{"Al-Busayrah debunked", "Gunmen attacked an army checkpoint near al-Busayrah on Thursday, killing two soldiers, the Islamic State said. The defence ministry denied that the checkpoint was attacked."},
	})
}

// A partner force's own release vouches for what it tells, as a
// ministry's does: "two of our fighters were martyred".
func TestPartnerForceRelease(t *testing.T) {
	x := MustExtractor(t)
	text := "Late on Thursday, 23 October, a terrorist cell attacked one of our checkpoints near al-Busayrah, in the Deir ez-Zor countryside. Two of our fighters were martyred and a third was wounded."
	doc := &sitrep.Document{ID: "t", Outlet: "SDF Media Centre", Published: sitrep.Date{Year: 2025, Month: 10, Day: 24}, Text: text}
	rs := x.Extract(doc).Reports
	if len(rs) != 1 || rs[0].Status != sitrep.StatusConfirmed {
		t.Errorf("got %d reports %+v, want one confirmed", len(rs), rs)
	}
}
