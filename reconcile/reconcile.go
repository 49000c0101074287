// Package reconcile sets the running totals that sources state ("66
// attacks since October 17") beside what the store holds for the same
// region and period, and judges the gap.
package reconcile

import (
	"slices"

	"github.com/sitrep/sitrep"
)

// Check is a stated total next to what the store holds for the same
// region and period: the number of incidents for a count of attacks, the sum
// of stated fatalities or injuries for a count of people.
type Check struct {
	sitrep.Tally
	Stored    int  `json:"stored"`    // incidents, or people, the store holds in region and period
	Undated   int  `json:"undated"`   // incidents in the region the store cannot date
	Unchecked bool `json:"unchecked"` // the tally's kind or period cannot be checked
	// Verdict compares Stored with the stated count and its qualifier:
	// "matches" (within a tenth, or one), "covered" (an "at least" count
	// reached), "gap" (the store holds fewer: sources at hand tell of
	// fewer), "more" (the store holds more than stated: double counting,
	// or incidents outside what the statement counts); "" when unchecked.
	Verdict string `json:"verdict,omitempty"`
	Missing int    `json:"missing,omitempty"` // for a gap: stated minus stored
}

// Tallies counts, for each tally, the stored incidents that fall in its
// region (any country when it names none) and its period (open ended when a
// bound is missing). Incidents dated without a year, or undated, are counted
// apart: they might belong.
func Tallies(ts []sitrep.Tally, incs []sitrep.Incident) []Check {
	out := make([]Check, len(ts))
	for i, t := range ts {
		c := Check{Tally: t}
		if t.Kind != "attacks" && t.Kind != "killed" && t.Kind != "injured" || t.PeriodStart.IsZero() && t.PeriodEnd.IsZero() {
			c.Unchecked = true
			out[i] = c
			continue
		}
		for _, inc := range incs {
			if len(t.Region) > 0 && !slices.Contains(t.Region, inc.Place.Country) {
				continue
			}
			if !inc.When.Start.HasYear() {
				c.Undated++
				continue
			}
			if !t.PeriodStart.IsZero() && inc.When.Start.Before(t.PeriodStart) {
				continue
			}
			if !t.PeriodEnd.IsZero() && t.PeriodEnd.Before(inc.When.Start) {
				continue
			}
			switch t.Kind {
			case "attacks":
				c.Stored++
			case "killed":
				if inc.Fatalities != nil {
					c.Stored += *inc.Fatalities
				}
			case "injured":
				if inc.Injuries != nil {
					c.Stored += *inc.Injuries
				}
			}
		}
		c.Verdict, c.Missing = verdict(c)
		out[i] = c
	}
	return out
}

// verdict judges a checked tally; undated incidents are not counted in.
func verdict(c Check) (string, int) {
	slack := max(1, c.Count/10)
	switch {
	case c.Qualifier == "at least" && c.Stored >= c.Count:
		return "covered", 0
	case c.Qualifier == "at most" && c.Stored <= c.Count:
		return "matches", 0
	case c.Stored > c.Count+slack || c.Qualifier == "at most" && c.Stored > c.Count:
		return "more", 0
	case c.Stored >= c.Count-slack && c.Qualifier != "at least":
		return "matches", 0
	}
	return "gap", c.Count - c.Stored
}
