package sitrep_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

func TestDays(t *testing.T) {
	for d := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC); d.Year() < 2102; d = d.AddDate(0, 0, 13) {
		c := sitrep.DateOf(d)
		if got, want := c.Days(), int(d.Unix()/86400); got != want {
			t.Fatalf("Days(%s): got %d, want %d", c, got, want)
		}
		if got := sitrep.FromDays(c.Days()); got != c {
			t.Fatalf("FromDays(Days(%s)): got %s", c, got)
		}
		if got, want := c.Weekday(), d.Weekday(); got != want {
			t.Fatalf("Weekday(%s): got %s, want %s", c, got, want)
		}
		if got, want := c.AddDays(40), sitrep.DateOf(d.AddDate(0, 0, 40)); got != want {
			t.Fatalf("AddDays(%s, 40): got %s, want %s", c, got, want)
		}
	}
}

func TestOverlaps(t *testing.T) {
	day := func(s string) sitrep.When {
		d, err := sitrep.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return sitrep.When{Start: d, End: d, Precision: sitrep.PrecisionDay}
	}
	for _, c := range []struct {
		a, b  string
		slack int
		want  bool
	}{
		{"2023-10-26", "2023-10-27", 0, false},
		{"2023-10-26", "2023-10-27", 1, true},
		{"--12-27", "2023-12-27", 0, true},
		{"--12-31", "2024-01-01", 1, false}, // no year: compared within one year
		{"2023-10-23", "2023-10-23", 0, true},
	} {
		if got := day(c.a).Overlaps(day(c.b), c.slack); got != c.want {
			t.Errorf("%s overlaps %s (slack %d): got %v, want %v", c.a, c.b, c.slack, got, c.want)
		}
	}
	if (sitrep.When{}).Overlaps(day("2023-10-23"), 5) {
		t.Error("undated overlaps: got true, want false")
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{"2023-10-27": "2023-10-27", "--01-20": "--01-20", "": "", "2024-01-28T14:05:00Z": "2024-01-28"} {
		d, err := sitrep.ParseDate(in)
		if err != nil || d.String() != want {
			t.Errorf("ParseDate(%q): got %q, %v, want %q", in, d, err, want)
		}
	}
	for _, bad := range []string{"2023-13-01", "--13-01", "yesterday"} {
		if _, err := sitrep.ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q): got no error", bad)
		}
	}
}

// TestDateString checks the date formatter, written by hand for speed,
// against fmt over years with and without a year, and odd months and days.
func TestDateString(t *testing.T) {
	for _, y := range []int{0, 1, 9, 10, 99, 100, 999, 1000, 2024, 9999, 10000, 12345, -5} {
		for _, m := range []int{0, 1, 9, 10, 12, 13} {
			for _, d := range []int{0, 1, 9, 10, 31, 99} {
				x := sitrep.Date{Year: y, Month: time.Month(m), Day: d}
				want := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				switch {
				case x.IsZero():
					want = ""
				case y == 0:
					want = fmt.Sprintf("--%02d-%02d", m, d)
				}
				if got := x.String(); got != want {
					t.Errorf("%#v: %q, want %q", x, got, want)
				}
			}
		}
	}
	if k := (sitrep.Report{Doc: "d-1", Seq: 12}).Key(); k != "d-1#12" {
		t.Errorf("Key: %q", k)
	}
}
