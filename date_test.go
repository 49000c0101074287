package sitrep_test

import (
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
