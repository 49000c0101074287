package extract_test

// Rule tests of the eighteenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"testing"
)

// A toll given place by place with the verb left out: each place its own
// count, not their sum at the first.
func TestGappedTolls(t *testing.T) {
	wantEach(t, "2024-11-24", placeTolls, []toldCase{
		{"Tyre 4/-; Nabatieh 3/-", "Israeli strikes killed four people in Tyre and three in Nabatieh on Sunday."},
		{"Tyre 2/-; Sidon 3/-; Nabatieh 1/-", "Israeli strikes killed two people in Tyre, three in Sidon and one in Nabatieh on Sunday."},
		{"Qiryat Bialik -/2; Petah Tiqva -/5", "Rockets hit Israel on Sunday: two people were wounded in Kiryat Bialik in the morning and five in Petah Tikva in the afternoon."},
		{"Tyre 7/-", "An Israeli strike on Tyre on Sunday killed five soldiers and two civilians."},
	})
}

// A day right after the place a claim names is that attack's day, though
// the verb of speech comes before it.
func TestClaimedPlaceDays(t *testing.T) {
	wantEach(t, "2024-11-23", placeDayCategory, []toldCase{
		{"Tiberias 2024-11-19 drone; Eilat 2024-11-22 drone", "The Islamic Resistance in Iraq claimed a drone on Tiberias on Tuesday and one on Eilat on Friday."},
		{"Tiberias 2024-11-19 drone; Eilat 2024-11-21 drone", "The Islamic Resistance in Iraq claimed drone attacks on Tiberias on Tuesday and on Eilat on Thursday, and the army said nothing."},
		{"Tiberias 2024-11-19 drone", "The Islamic Resistance in Iraq claimed on Friday a drone attack on Tiberias on Tuesday."},
	})
}

// A town of a province split from an older one, placed in the older one
// as the press still does: one place, the town.
func TestFormerProvince(t *testing.T) {
	wantEach(t, "2024-11-23", placeTolls, []toldCase{
		{"El Hermel 3/-", "An Israeli strike on Hermel, in the Bekaa, killed three people on Friday."},
		{"Chmistar 2/-", "On Friday a drone hit a car in Shmustar, in the Bekaa, killing two men."},
	})
}
