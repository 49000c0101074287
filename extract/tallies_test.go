package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// A running total takes its period from "since", "between ... and", "from
// ... to" or a month, before or after the count; its region from the
// countries of its clause, not those of the next part ("10 times in Iraq
// and three in Syria"); "in all" sums the parts; a count inside a date is
// none, nor is a reporter's question. The texts are written for this test.
func TestTallyPeriods(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct{ name, published, text, want string }{
		{"SinceBefore", "2023-11-13",
			"Since Oct. 17, U.S. and Coalition forces in Iraq and Syria have been attacked at least 46 times.",
			"46 at least IQ,SY 2023-10-17..2023-11-13"},
		{"BetweenAndParts", "2023-10-25",
			"Between Oct. 17 and Oct. 24, U.S. and coalition forces were attacked at least 10 separate times in Iraq " +
				"and three separate times in Syria, so at least 13 attacks in all.",
			"10 at least IQ 2023-10-17..2023-10-24; 3 exact SY 2023-10-17..2023-10-24; 13 at least IQ,SY 2023-10-17..2023-10-24"},
		{"FromToListAfterIn", "2024-02-05",
			"From Oct. 17 to Feb. 4, U.S. forces in Iraq, Syria and Jordan came under attack more than 170 times, " +
				"according to the Pentagon.",
			"170 at least IQ,SY,JO 2023-10-17..2024-02-04"},
		{"BetweenAfter", "2024-02-12",
			"Iran-backed groups attacked U.S. forces in Iraq and Syria more than 170 times between October 2023 and " +
				"February 2024, according to the Pentagon.",
			"170 at least IQ,SY 2023-10-01..2024-02-29"},
		{"Month", "2025-03-03",
			"Militants carried out 79 attacks across Pakistan in February, a research group said.",
			"79 exact PK 2025-02-01..2025-02-28"},
		{"FarCountries", "2023-11-09",
			"Since Oct. 17, there have been at least 40 attacks with rockets and one-way attack drones against U.S. " +
				"and Coalition forces in Iraq and Syria.",
			"40 at least IQ,SY 2023-10-17..2023-11-09"},
		{"WordOrdinal", "2024-07-10",
			"The strike on the Khor Mor gas field was the fourth attack on the energy infrastructure of Iraq since Monday.",
			"4 exact IQ 2024-07-08..2024-07-10"},
		{"KindOfAttacks", "2024-02-20",
			"U.S. Central Command has counted more than 50 Houthi attacks on merchant and naval vessels off Yemen since " +
				"Nov. 19.",
			"50 at least YE 2023-11-19..2024-02-20"},
		{"AttackDayInside", "2024-09-12",
			"Since the attacks resumed on April 21, we have recorded 19 attacks on US forces in Iraq and Syria, " +
				"including the August 9 drone attack on the Rumeilan landing zone.",
			"19 exact IQ,SY 2024-04-21..2024-09-12"},
		{"SinceTheStartOf", "2024-07-20",
			"Officials have counted at least 10 drone attacks on the oil fields of Iraq's Kurdistan Region since the " +
				"start of July.",
			"10 at least IQ 2024-07-01..2024-07-20"},
		{"CountInADate", "2024-02-08",
			"Since the Feb. 2 strikes, U.S. forces have continued to assess the threat posed by militia groups in Iraq.", ""},
		{"RisesTo", "2024-08-21",
			"With this attack, the number of attacks on coalition bases in Syria since 1 July rises to 9, the monitor said.",
			"9 exact SY 2024-07-01..2024-08-21"},
		{"HaveAttackedVessels", "2024-09-02", "The Houthis have attacked more than 80 merchant vessels since November.",
			"80 at least  2023-11-01..2024-09-02"},
		{"Question", "2023-11-15", "Q: You've struck three times now in Syria since Oct. 26. Is that the end of it?", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			pub, err := sitrep.ParseDate(c.published)
			if err != nil {
				t.Fatal(err)
			}
			ex := x.Extract(&sitrep.Document{ID: "t", Published: pub, Text: c.text})
			var got []string
			for _, tl := range ex.Tallies {
				if tl.Kind != "attacks" {
					continue
				}
				q := tl.Qualifier
				if q == "" {
					q = "exact"
				}
				got = append(got, fmt.Sprintf("%d %s %s %s..%s", tl.Count, q, strings.Join(tl.Region, ","), tl.PeriodStart, tl.PeriodEnd))
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("got %q, want %q", g, c.want)
			}
		})
	}
}

// A toll that "has risen to" a count since a day is a running count of
// the dead, its "since 8 October" the last October before publication.
// The text is written for this test.
func TestTallyRisenTo(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2024, Month: 8, Day: 25}
	ex := x.Extract(&sitrep.Document{ID: "t", Published: pub, Text: "With today's deaths, the number of people killed by " +
		"Israeli attacks on Lebanon since 8 October has risen to 607, according to the health ministry."})
	var got []string
	for _, tl := range ex.Tallies {
		got = append(got, fmt.Sprintf("%d %s %s %s..%s", tl.Count, tl.Kind, strings.Join(tl.Region, ","), tl.PeriodStart, tl.PeriodEnd))
	}
	if g, want := strings.Join(got, "; "), "607 killed LB 2023-10-08..2024-08-25"; g != want {
		t.Errorf("got %q, want %q", g, want)
	}
}
