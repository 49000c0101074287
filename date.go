package sitrep

import (
	"fmt"
	"strconv"
	"time"
)

// Date is a civil date. Year 0 means the year is not known (a text that says
// "December 27" and no year); the zero Date means no date at all.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the civil date of t.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is no date at all.
func (d Date) IsZero() bool { return d.Month == 0 && d.Year == 0 }

// HasYear reports whether the year of d is known.
func (d Date) HasYear() bool { return d.Year != 0 }

// Time returns d at midnight UTC. A date without year is placed in year 1.
func (d Date) Time() time.Time {
	y := d.Year
	if y == 0 {
		y = 1
	}
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
}

// AddDays returns d moved by n days. A date without year is moved within
// year 2001 (not a leap year) and keeps no year.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	if d.Year == 0 {
		e := Date{2001, d.Month, d.Day}.AddDays(n)
		e.Year = 0
		return e
	}
	return FromDays(d.Days() + n)
}

// Weekday returns the day of the week of a full date.
func (d Date) Weekday() time.Weekday {
	w := (d.Days() + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// Days returns the number of days from 1970-01-01 to d. A date without
// year counts in year 2001, so that two such dates compare by month and day.
func (d Date) Days() int {
	y, m, day := d.Year, int(d.Month), d.Day
	if y == 0 {
		y = 2001
	}
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	// Howard Hinnant's days_from_civil.
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// FromDays is the inverse of Days for full dates.
func FromDays(z int) Date {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, time.Month(m), d}
}

// String formats d as YYYY-MM-DD, --MM-DD without year, or "" when zero.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Year == 0:
		b := make([]byte, 0, 7)
		b = append(b, '-', '-')
		return string(pad(pad(b, int(d.Month), 2, '-'), int(d.Day), 2, 0))
	case d.Year < 0 || d.Year > 9999:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	default:
		// By hand, not with fmt: fusion formats dates by the million.
		b := make([]byte, 0, 10)
		return string(pad(pad(pad(b, int(d.Year), 4, '-'), int(d.Month), 2, '-'), int(d.Day), 2, 0))
	}
}

// pad appends n (0 <= n) in at least width digits, then sep unless it is 0.
func pad(b []byte, n, width int, sep byte) []byte {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		width--
		if n == 0 && width <= 0 {
			break
		}
	}
	b = append(b, digits[i:]...)
	if sep != 0 {
		b = append(b, sep)
	}
	return b
}

// Before reports whether d is earlier than e. Dates without year compare by
// month and day.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year && d.Year != 0 && e.Year != 0 {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// ParseDate reads YYYY-MM-DD, --MM-DD, or the date part of an RFC 3339
// timestamp. The empty string gives the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" || s == "null" {
		return Date{}, nil
	}
	if len(s) == 7 && s[:2] == "--" {
		m, err1 := strconv.Atoi(s[2:4])
		day, err2 := strconv.Atoi(s[5:7])
		if err1 != nil || err2 != nil || s[4] != '-' || m < 1 || m > 12 || day < 1 || day > 31 {
			return Date{}, fmt.Errorf("bad date %q", s)
		}
		return Date{0, time.Month(m), day}, nil
	}
	if len(s) > 10 {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return DateOf(t), nil
		}
		s = s[:10]
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// MarshalText formats d as in String; the zero Date marshals as "".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses d as in ParseDate.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	*d = v
	return err
}

// Date precisions.
const (
	PrecisionDay     = "day"
	PrecisionWeek    = "week"
	PrecisionMonth   = "month"
	PrecisionYear    = "year"
	PrecisionUnknown = "unknown"
)

// When is the time of an incident: an inclusive interval of days and how
// precisely the text fixes it. The zero When is undated.
type When struct {
	Start     Date   `json:"start"`
	End       Date   `json:"end"`
	Precision string `json:"precision"`
}

// IsZero reports whether w is undated.
func (w When) IsZero() bool { return w.Start.IsZero() }

// Overlaps reports whether two dated intervals share a day, allowing slack
// days between them. Intervals without year compare month and day only.
// Undated intervals overlap nothing.
func (w When) Overlaps(v When, slack int) bool {
	if w.IsZero() || v.IsZero() {
		return false
	}
	if !w.Start.HasYear() || !v.Start.HasYear() {
		a, b := w.Start, v.Start
		a.Year, b.Year = 2001, 2001
		ae, be := w.End, v.End
		ae.Year, be.Year = 2001, 2001
		return ae.Days()+slack >= b.Days() && be.Days()+slack >= a.Days()
	}
	return w.End.Days()+slack >= v.Start.Days() && v.End.Days()+slack >= w.Start.Days()
}
