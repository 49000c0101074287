package storesql_test

import (
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
