package reconcile

import (
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

func TestCheckTallies(t *testing.T) {
	two := 2
	day := func(m time.Month, d int) sitrep.When {
		x := sitrep.Date{Year: 2023, Month: m, Day: d}
		return sitrep.When{Start: x, End: x, Precision: sitrep.PrecisionDay}
	}
	incs := []sitrep.Incident{
		{When: day(10, 17), Place: sitrep.Place{Country: "IQ"}, Injuries: &two},
		{When: day(10, 20), Place: sitrep.Place{Country: "SY"}},
		{When: day(11, 30), Place: sitrep.Place{Country: "SY"}},
		{When: day(10, 16), Place: sitrep.Place{Country: "IQ"}},
		{Place: sitrep.Place{Country: "SY"}},
		{When: day(10, 18), Place: sitrep.Place{Country: "JO"}},
	}
	oct17, nov21 := sitrep.Date{Year: 2023, Month: 10, Day: 17}, sitrep.Date{Year: 2023, Month: 11, Day: 21}
	tests := []struct {
		name          string
		tally         sitrep.Tally
		stored, undat int
		unchecked     bool
	}{
		{"attacks in both countries", sitrep.Tally{Kind: "attacks", Region: []string{"IQ", "SY"}, PeriodStart: oct17, PeriodEnd: nov21}, 2, 1, false},
		{"attacks in one country", sitrep.Tally{Kind: "attacks", Region: []string{"SY"}, PeriodStart: oct17, PeriodEnd: nov21}, 1, 1, false},
		{"no region is anywhere", sitrep.Tally{Kind: "attacks", PeriodStart: oct17, PeriodEnd: nov21}, 3, 1, false},
		{"open end", sitrep.Tally{Kind: "attacks", Region: []string{"SY"}, PeriodStart: oct17}, 2, 1, false},
		{"injured sums stated injuries", sitrep.Tally{Kind: "injured", Region: []string{"IQ", "SY"}, PeriodStart: oct17, PeriodEnd: nov21}, 2, 1, false},
		{"no period cannot be checked", sitrep.Tally{Kind: "attacks", Region: []string{"SY"}}, 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tallies([]sitrep.Tally{tt.tally}, incs)[0]
			if got.Stored != tt.stored || got.Undated != tt.undat || got.Unchecked != tt.unchecked {
				t.Errorf("got stored %d, undated %d, unchecked %v; want %d, %d, %v", got.Stored, got.Undated, got.Unchecked, tt.stored, tt.undat, tt.unchecked)
			}
		})
	}
}

// Each stated total is judged against the store's count by its qualifier.
func TestTallyVerdict(t *testing.T) {
	for _, c := range []struct {
		qualifier     string
		count, stored int
		want          string
		missing       int
	}{
		{"approximately", 66, 6, "gap", 60},
		{"approximately", 66, 62, "matches", 0},
		{"", 3, 2, "matches", 0},
		{"", 10, 14, "more", 0},
		{"at least", 16, 16, "covered", 0},
		{"at least", 16, 15, "gap", 1},
		{"at most", 5, 5, "matches", 0},
		{"at most", 5, 6, "more", 0},
	} {
		var tc Check
		tc.Qualifier, tc.Count, tc.Stored = c.qualifier, c.count, c.stored
		if v, m := verdict(tc); v != c.want || m != c.missing {
			t.Errorf("%s %d, stored %d: got %s %d, want %s %d", c.qualifier, c.count, c.stored, v, m, c.want, c.missing)
		}
	}
}
