package storesql_test

import (
	"math"
	"sort"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

func d(y int, m time.Month, day int) sitrep.Date { return sitrep.Date{Year: y, Month: m, Day: day} }

func TestInterval(t *testing.T) {
	for _, tc := range []struct {
		name       string
		w          sitrep.When
		start, end any
	}{
		{"Undated", sitrep.When{}, nil, nil},
		{"Day", sitrep.When{Start: d(2023, 10, 19), End: d(2023, 10, 19)}, "2023-10-19", "2023-10-19"},
		{"NoEnd", sitrep.When{Start: d(2023, 10, 19)}, "2023-10-19", "2023-10-19"},
		{"Week", sitrep.When{Start: d(2023, 10, 16), End: d(2023, 10, 22)}, "2023-10-16", "2023-10-22"},
		{"EndWithoutYear", sitrep.When{Start: d(2023, 12, 30), End: d(0, 1, 2)}, "2023-12-30", "2024-01-02"},
		{"StartWithoutYear", sitrep.When{Start: d(0, 12, 27), End: d(2024, 12, 28)}, "--12-27", "--12-28"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, e := storesql.Interval(tc.w)
			if s != tc.start || e != tc.end {
				t.Errorf("got %v, %v; want %v, %v", s, e, tc.start, tc.end)
			}
		})
	}
}

// TestDateSort orders dated incidents by start, then those without year
// by month and day, then the undated, in byte order.
func TestDateSort(t *testing.T) {
	ws := []sitrep.When{{}, {Start: d(0, 1, 20)}, {Start: d(2024, 1, 2)}, {Start: d(0, 12, 27)}, {Start: d(2023, 10, 19)}}
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = storesql.DateSort(w)
	}
	sort.Strings(keys)
	want := []string{"2023-10-19", "2024-01-02", "~01-20", "~12-27", "~~"}
	for i := range want {
		if keys[i] != want[i] {
			t.Fatalf("sorted keys %v, want %v", keys, want)
		}
	}
}

// A report that names a ship and dates it to a day finds the reports of
// that ship wherever they place it; one dated to its month does not.
func TestRelatedLookupsVessel(t *testing.T) {
	d := sitrep.Date{Year: 2024, Month: 2, Day: 18}
	r := sitrep.Report{Doc: "a", When: sitrep.When{Start: d, End: d, Precision: sitrep.PrecisionDay}, Vessel: "M/V Rubymar",
		Place: sitrep.Place{ID: "gulf-of-aden", Name: "Gulf of Aden", Kind: sitrep.KindRegion, Precision: sitrep.GeoProvince}}
	has := func(ls []storesql.Lookup) bool {
		for _, l := range ls {
			if l.Col == "vessel" && l.Arg == "rubymar" && l.Lo <= d.Days() && l.Hi >= d.Days() {
				return true
			}
		}
		return false
	}
	if ls := storesql.RelatedLookups([]sitrep.Report{r}, sitrep.Window{Days: 1, Km: 10}, math.MinInt); !has(ls) {
		t.Errorf("lookups %+v: want the ship's", ls)
	}
	if got := storesql.VesselColumn(r); got != "rubymar" {
		t.Errorf("VesselColumn = %v, want rubymar", got)
	}
	r.When = sitrep.When{Start: sitrep.Date{Year: 2024, Month: 2, Day: 1}, End: sitrep.Date{Year: 2024, Month: 2, Day: 29}, Precision: sitrep.PrecisionMonth}
	if ls := storesql.RelatedLookups([]sitrep.Report{r}, sitrep.Window{Days: 1, Km: 10}, math.MinInt); has(ls) || storesql.VesselColumn(r) != nil {
		t.Errorf("a month's report: lookups %+v, want none of the ship", ls)
	}
}
