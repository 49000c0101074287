package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// hijriMonths are the months of the Islamic calendar, by their usual
// English spellings with "al", "ul", "el" and apostrophes left out.
var hijriMonths = map[string]int{
	"muharram": 1, "moharram": 1,
	"safar":      2,
	"rabi awwal": 3, "rabi awal": 3, "rabia awwal": 3, "rabi i": 3,
	"rabi thani": 4, "rabi akhir": 4, "rabi akhirah": 4, "rabi akhira": 4, "rabia thani": 4, "rabi ii": 4,
	"jumada awwal": 5, "jumada awal": 5, "jumada ula": 5, "jumada oula": 5, "jumada i": 5,
	"jumada thani": 6, "jumada akhirah": 6, "jumada akhira": 6, "jumada akhir": 6, "jumada ii": 6,
	"rajab":  7,
	"shaban": 8, "shaaban": 8,
	"ramadan": 9, "ramadhan": 9,
	"shawwal": 10, "shawal": 10,
	"dhu qadah": 11, "dhu qidah": 11, "dhul qidah": 11, "dhul qadah": 11, "thul qidah": 11, "dhu qaadah": 11,
	"dhu hijjah": 12, "dhu hijja": 12, "dhul hijjah": 12, "dhul hijja": 12, "thul hijjah": 12,
}

// hijri reads a date of the Islamic calendar at token i, as armed groups
// date their statements: "25 Shaaban 1445", "22 of Ramadan 1445 of Hijra",
// "27 Rabi' al-Akhir 1445 AH", "16-7-1445 AH". The day is that of the
// arithmetical calendar, which may differ by a day from the one a group
// keeps (by the sighting of the moon or Umm al-Qura): a weekday just before
// ("Sunday 16-7-1445") moves it to the nearest day of that name. Followed
// by its Gregorian equivalent ("..., corresponding to 28-1-2024"), it is
// marked Calendar and the equivalent dates the text.
func (d *dater) hijri(i, hi int) (dateExpr, bool) {
	day, err := strconv.Atoi(d.norm(i, hi))
	if err != nil || day < 1 || day > 30 {
		return dateExpr{}, false
	}
	month, year, last := 0, 0, 0
	if d.norm(i+1, hi) == "-" || d.norm(i+1, hi) == "/" {
		// "16-7-1445 AH": numbers, so the era must be written.
		sep := d.norm(i+1, hi)
		m, err1 := strconv.Atoi(d.norm(i+2, hi))
		y, err2 := strconv.Atoi(d.norm(i+4, hi))
		if err1 != nil || err2 != nil || d.norm(i+3, hi) != sep || m < 1 || m > 12 {
			return dateExpr{}, false
		}
		month, year, last = m, y, i+5
		if eraWords(d, last, hi) == 0 {
			return dateExpr{}, false
		}
	} else {
		k := i + 1
		if d.norm(k, hi) == "of" {
			k++
		}
		// The month's words, with "al" and the punctuation inside names
		// left out: up to three words, the longest name first.
		var words []string
		var ends []int
		for j := k; j < hi && j < k+7 && len(words) < 3; j++ {
			t := &d.toks[j]
			switch {
			case t.Kind == normalize.Punct && (t.Norm == "'" || t.Norm == "’" || t.Norm == "-"):
				continue
			case t.Kind != normalize.Word:
				j = hi
				continue
			case t.Norm == "al" || t.Norm == "ul" || t.Norm == "el":
				continue
			}
			words = append(words, t.Norm)
			ends = append(ends, j+1)
		}
		for n := len(words); n > 0 && month == 0; n-- {
			if m, ok := hijriMonths[strings.Join(words[:n], " ")]; ok {
				month, last = m, ends[n-1]
			}
		}
		if month == 0 {
			return dateExpr{}, false
		}
		if d.norm(last, hi) == "," {
			last++
		}
		y, err := strconv.Atoi(d.norm(last, hi))
		if err != nil {
			return dateExpr{}, false
		}
		year = y
		last++
	}
	if year < 1350 || year > 1500 {
		return dateExpr{}, false
	}
	last += eraWords(d, last, hi)
	date := hijriToDate(year, month, day)
	if wd, ok := d.weekdayBefore(i); ok {
		for _, shift := range []int{0, 1, -1, 2, -2} {
			if c := date.AddDays(shift); c.Weekday() == wd {
				date = c
				break
			}
		}
	}
	e := dateExpr{First: i, Last: last, Type: "DATE", Value: date.String(),
		When: sitrep.When{Start: date, End: date, Precision: sitrep.PrecisionDay}}
	// "..., corresponding to 28-1-2024": the Gregorian date tells the day.
	for j := last; j < hi && j < last+4; j++ {
		switch d.norm(j, hi) {
		case "corresponding", "corresponds", "equivalent":
			e.Calendar = true
		}
		if d.toks[j].Kind == normalize.Number {
			if _, ok := d.numericDate(j, hi); ok {
				e.Calendar = true
			}
			break
		}
	}
	return e, true
}

// weekdayBefore returns the weekday named just before token i: "Monday
// 22 of Ramadan", "Thursday evening, 19 Shawwal", "the dawn of Sunday".
func (d *dater) weekdayBefore(i int) (time.Weekday, bool) {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := d.toks[j].Norm
		if wd, ok := weekdays[w]; ok {
			return wd, true
		}
		switch w {
		case ",", "the", "of", "day", "evening", "morning", "afternoon", "night", "dawn":
			continue
		}
		break
	}
	return 0, false
}

// eraWords returns how many tokens at k write the era.
func eraWords(d *dater, k, hi int) int {
	switch d.norm(k, hi) {
	case "ah", "h", "hijri", "hijra":
		return 1
	case "of":
		if w := d.norm(k+1, hi); w == "hijra" || w == "hijri" || w == "the" && d.norm(k+2, hi) == "hijra" {
			if w == "the" {
				return 3
			}
			return 2
		}
	}
	return 0
}

// hijriToDate converts a date of the arithmetical Islamic calendar (civil
// epoch, 16 July 622) to the Gregorian calendar.
func hijriToDate(year, month, day int) sitrep.Date {
	jdn := day + (295*(month-1)+9)/10 + (year-1)*354 + (3+11*year)/30 + 1948440 - 1
	return sitrep.FromDays(jdn - 2440588)
}

// hijriMonthName reports whether tokens [first, last) spell a month of
// the Islamic calendar ("Muharram", "Rabi' al-Akhir").
func hijriMonthName(toks []normalize.Token, first, last int) bool {
	var words []string
	for _, t := range toks[first:last] {
		switch {
		case t.Kind == normalize.Punct:
		case t.Norm == "al" || t.Norm == "ul" || t.Norm == "el":
		default:
			words = append(words, strings.Trim(t.Norm, "'’"))
		}
	}
	_, ok := hijriMonths[strings.Join(words, " ")]
	return ok
}
