package eval

import "testing"

// TestClaimantRight: a claimant is right when one name holds the other,
// when both name one group before their parenthesised other names, or
// when a name of one, before or in the parentheses, is a name of the
// other.
func TestClaimantRight(t *testing.T) {
	for _, c := range []struct {
		gold string
		pred []string
		want bool
	}{
		{"Houthis (Yemeni Armed Forces)", []string{"Houthis (Ansar Allah, Yemeni Armed Forces)"}, true},
		{"Hezbollah", []string{"Hezbollah"}, true},
		{"Islamic Resistance in Iraq", []string{"Islamic Resistance in Iraq (IRI)"}, true},
		{"Islamic State (ISIS)", []string{"Islamic Resistance in Iraq (IRI)"}, false},
		{"al-Quds Brigades (Islamic Jihad)", []string{"Palestinian Islamic Jihad (Al-Quds Brigades)"}, true},
		{"Yemeni Armed Forces (Houthis)", []string{"Houthis (Ansar Allah, Yemeni Armed Forces)"}, true},
		{"Islamic Resistance in Lebanon (Hezbollah)", []string{"Hezbollah (Islamic Resistance in Lebanon)", "Islamic Resistance in Iraq"}, true},
		{"Kata'ib Hezbollah (KH)", []string{"Hezbollah (Islamic Resistance in Lebanon)"}, false},
		{"", []string{"Hezbollah"}, false},
		{"", nil, true},
	} {
		if got := claimantRight(c.gold, c.pred); got != c.want {
			t.Errorf("claimantRight(%q, %q) = %v, want %v", c.gold, c.pred, got, c.want)
		}
	}
}
