package extract_test

// Rule tests of the twenty-first session (7 December): each text is
// written for its test, and each test failed on the build before its rule.

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// Rockets "fired from Lebanon towards" a town are aimed at the town: the
// origin ends where the aim begins. A journey "from Quetta towards
// Taftan" and a running count "fired from Yemen toward Israel since 1
// January" name no place struck.
func TestOriginTowards(t *testing.T) {
	wantEach(t, "2024-08-04", placeDayCategory, []toldCase{
		{"Qiryat Shmona 2024-08-04 rocket", "Some twenty rockets were fired from Lebanon towards Kiryat Shmona shortly after midnight on Sunday, and one hit a parked car."},
		{"Bet Hillel 2024-08-04 rocket", "About thirty rockets were launched from southern Lebanon toward Beit Hillel a little past midnight on Sunday, the army said."},
	})
	wantEach(t, "2025-01-13", placeDayCategory, []toldCase{
		{"", "By the army's count, the launch was the ninth ballistic missile fired from Yemen toward Israel since 1 January."},
	})
}

// "shelled" and "bombarded" are verbs whose subject fired: an armed group
// that bombarded a place in its own statement claims it, also when a
// clock in words ("at twelve and forty minutes past midnight") stands
// between the group and the verb. Hezbollah, Islamic Jihad and Hamas are
// named with the armed wing that signs their statements.
func TestGroupBombarded(t *testing.T) {
	claim := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.Category + " [" + strings.Join(r.ClaimedBy, "; ") + "] " + string(r.Status)
	}
	wantEach(t, "2024-08-04", claim, []toldCase{
		{"Bet Hillel rocket [Hezbollah (Islamic Resistance in Lebanon)] claimed",
			"The Islamic Resistance in Lebanon bombarded the settlement of Beit Hillel with Katyusha rockets on Sunday."},
		{"Bet Hillel rocket [Hezbollah (Islamic Resistance in Lebanon)] claimed",
			"The Mujahideen of the Islamic Resistance in Lebanon at twelve and forty minutes past midnight, at the dawn of Sunday 4-8-2024, bombarded the settlement of Beit Hillel with dozens of Katyusha rockets."},
		{"Khuza'a mortar [Palestinian Islamic Jihad (Al-Quds Brigades)] claimed",
			"The Al-Quds Brigades shelled enemy vehicles east of Khuza'a with mortar rounds on Sunday."},
	})
}

// "soon after one o'clock in the morning on Thursday" is a time of the
// day named, not an event the attack came after.
func TestSoonAfterClockMorning(t *testing.T) {
	wantEach(t, "2024-05-23", placeDayCategory, []toldCase{
		{"al-Shati 2024-05-23 airstrike", "An Israeli strike on a house in al-Shati refugee camp soon after one o'clock in the morning on Thursday killed seven people."},
		{"al-Shati 2024-05-23 airstrike", "An Israeli strike hit a house in al-Shati camp shortly after two o'clock in the evening on Thursday, killing three."},
	})
}

// A strike whose side says only that it is looking into the report is
// reported, though local officials tell it; an inquiry's work ("assessing
// the damage") and another side's claim looked into are no such answer.
func TestLookingIntoIt(t *testing.T) {
	brief := func(r sitrep.Report) string { return r.Place.Name + " " + string(r.Status) }
	wantEach(t, "2024-05-23", brief, []toldCase{
		{"al-Shati reported", "An Israeli strike on a house in al-Shati camp on Thursday killed seven people, Gaza's civil defence said.\n\nThe Israeli military said it was aware of the report and was looking into it."},
		{"al-Shati reported", "Israeli aircraft struck a house in al-Shati camp on Thursday, killing seven.\n\nAsked about the strike, an army spokesman said the details were being examined."},
		{"Azzun reported", "A young man was killed by Israeli army fire near the entrance of Azzun on Thursday, medics said. The army said it was looking into it."},
		{"al-Shati confirmed", "Israeli aircraft struck a house in al-Shati camp on Thursday, killing seven. \"We are still assessing the damage,\" an army official said."},
	})
}
