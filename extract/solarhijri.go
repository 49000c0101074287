package extract

import (
	"strconv"

	"github.com/sitrep/sitrep"
)

// solarHijri reads a date of the Persian calendar at token i, as Iranian
// agencies and the Revolutionary Guards date their statements: "13
// Farvardin 1403", "Monday 13 Farvardin 1403", "10 Mehr 1403 solar",
// "Friday 1 Tir".
func (d *dater) solarHijri(i, hi int) (dateExpr, bool) {
	day, err := strconv.Atoi(d.norm(i, hi))
	if err != nil || day < 1 || day > 31 {
		return dateExpr{}, false
	}
	month := persianMonths[d.norm(i+1, hi)]
	k := i + 2
	if d.norm(k, hi) == "," {
		k++
	}
	if month == 0 || month > 6 && day > 30 {
		return dateExpr{}, false
	}
	year, err := strconv.Atoi(d.norm(k, hi))
	last := k + 1
	if err != nil {
		// "Friday 1 Tir": without its year after a weekday, the year that
		// puts the day nearest to publication.
		if _, ok := d.weekdayBefore(i); !ok || !d.pub.HasYear() {
			return dateExpr{}, false
		}
		year, last = d.pub.Year-621, i+2
		if solarHijriToDate(year, month, day).Days() > d.pub.Days()+7 {
			year--
		}
	}
	if year < 1380 || year > 1430 {
		return dateExpr{}, false
	}
	switch d.norm(last, hi) {
	case "solar", "sh", "hs", "ap":
		last++
	}
	date := solarHijriToDate(year, month, day)
	e := dateExpr{First: i, Last: last, Type: "DATE", Value: date.String(),
		When: sitrep.When{Start: date, End: date, Precision: sitrep.PrecisionDay}}
	return e, true
}

// nowruz1403 is 1 Farvardin 1403, Wednesday 20 March 2024: the calendar's
// other years are counted from it.
var nowruz1403 = sitrep.Date{Year: 2024, Month: 3, Day: 20}

// solarLeap reports whether the Persian year has 366 days, by the 33-year
// cycle that matches the astronomical calendar from 1343 to 1472 (1965 to
// 2093): years whose remainder by 33 is 1, 5, 9, 13, 17, 22, 26 or 30.
func solarLeap(year int) bool {
	switch year % 33 {
	case 1, 5, 9, 13, 17, 22, 26, 30:
		return true
	}
	return false
}

// solarHijriToDate converts a date of the Persian calendar to the
// Gregorian one: the first six months have 31 days, the next five 30.
func solarHijriToDate(year, month, day int) sitrep.Date {
	days := nowruz1403.Days()
	for y := 1403; y < year; y++ {
		days += 365
		if solarLeap(y) {
			days++
		}
	}
	for y := year; y < 1403; y++ {
		days -= 365
		if solarLeap(y) {
			days--
		}
	}
	if month <= 7 {
		days += 31 * (month - 1)
	} else {
		days += 186 + 30*(month-7)
	}
	return sitrep.FromDays(days + day - 1)
}
