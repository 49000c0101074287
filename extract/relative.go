package extract

import (
	"fmt"
	"strconv"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// relative reads "yesterday", "last night", "last week", "this month"...
func (d *dater) relative(i, hi int) (dateExpr, bool) {
	w, w1, w2 := d.norm(i, hi), d.norm(i+1, hi), d.norm(i+2, hi)
	p := d.pub
	known := p.HasYear()
	day := func(n int, first, last int, part string) (dateExpr, bool) {
		e := dateExpr{First: first, Last: last, Type: "DATE", Value: "XXXX-XX-XX"}
		if known {
			dd := p.AddDays(n)
			e.Value = dd.String() + timexPart(part)
			e.When = sitrep.When{Start: dd, End: dd, Precision: sitrep.PrecisionDay}
		}
		return e, true
	}
	span := func(first, last int, start, end sitrep.Date, prec, value string, calendar bool) (dateExpr, bool) {
		e := dateExpr{First: first, Last: last, Type: "DATE", Value: value, Calendar: calendar}
		if known {
			e.When = sitrep.When{Start: start, End: end, Precision: prec}
		} else if prec == sitrep.PrecisionWeek {
			e.Value = "XXXX-WXX" // a week, or a month, of an undated text
		} else {
			e.Value = "XXXX-XX"
		}
		return e, true
	}
	monday := p
	if known {
		monday = p.AddDays(-((int(p.Weekday()) + 6) % 7))
	}
	firstOfMonth := sitrep.Date{Year: p.Year, Month: p.Month, Day: 1}
	rel := func(first, last, shift int) (dateExpr, bool) {
		return dateExpr{First: first, Last: last, Type: "DATE", Value: "XXXX-XX-XX", Relative: true, Shift: shift}, true
	}
	switch {
	case (w == "the" || w == "that") && w1 == "same" && (w2 == "day" || w2 == "night" || w2 == "evening"):
		return rel(i, i+3, 0)
	// "forty minutes into the same Friday": the Friday just told.
	// Read as the weekday alone, unless the day just told is one (see
	// dateFor); not "the same Sunday as the Kirkuk strike", the day of what
	// it names.
	case w == "the" && w1 == "same" && weekdayName(w2) && d.norm(i+3, hi) != "as":
		if e, ok := d.weekday(i, i+2, hi, ""); ok {
			e.Same = true
			return e, true
		}
	// "On the last evening of November", "the first day of December".
	case w == "the" && (w1 == "last" || w1 == "final" || w1 == "first") && dayParts[w2] && d.norm(i+3, hi) == "of" &&
		months[d.norm(i+4, hi)] != 0 && d.pub.HasYear():
		year, month := d.pub.Year, months[d.norm(i+4, hi)]
		if month > d.pub.Month {
			year--
		}
		day := sitrep.Date{Year: year, Month: month, Day: 1}
		if w1 != "first" {
			day = day.AddDays(32)
			day = sitrep.Date{Year: day.Year, Month: day.Month, Day: 1}.AddDays(-1)
		}
		return dateExpr{First: i, Last: i + 5, Type: "DATE", Value: day.String(),
			When: sitrep.When{Start: day, End: day, Precision: sitrep.PrecisionDay}}, true
	// "On the first Sunday of the month", "the last Friday of November".
	case w == "the" && nthWords[w1] != 0 && weekdayName(w2) && d.norm(i+3, hi) == "of":
		if e, ok := d.nthWeekday(i, hi); ok {
			return e, true
		}
	case w == "that" && (w1 == "day" || w1 == "night"):
		return rel(i, i+2, 0)
	case (w == "a" || w == "one") && w1 == "day" && (w2 == "earlier" || w2 == "before"):
		return rel(i, i+3, -1)
	case (w == "a" || w == "one") && w1 == "day" && w2 == "later":
		return rel(i, i+3, 1)
	case w == "the" && (w1 == "previous" || w1 == "preceding") && (w2 == "day" || w2 == "night"):
		return rel(i, i+3, -1)
	// "hit targets in Sanaa the week before", "a week earlier", "the
	// previous week": the seven days before the day told.
	// Not "a week before the start of summer time": before an event.
	case w == "the" && w1 == "week" && (w2 == "before" || w2 == "prior" || w2 == "earlier") && weekEnds(d.norm(i+3, hi)),
		(w == "a" || w == "one") && w1 == "week" && (w2 == "before" || w2 == "earlier") && weekEnds(d.norm(i+3, hi)),
		w == "the" && (w1 == "previous" || w1 == "preceding") && w2 == "week":
		e, ok := rel(i, i+3, -7)
		e.Week = true
		return e, ok
	case w == "the" && w1 == "day" && w2 == "before" && d.norm(i+3, hi) == "yesterday":
		// "the day before yesterday": two days before publication.
		return day(-2, i, i+4, "")
	case w == "the" && w1 == "day" && w2 == "before":
		return rel(i, i+3, -1)
	case w == "the" && (w1 == "night" || w1 == "evening") && w2 == "before" && d.norm(i+3, hi) == "last":
		// "the rockets that fell the night before last": the night of two
		// days before publication.
		return day(-2, i, i+4, "")
	case w == "the" && (w1 == "next" || w1 == "following") && (w2 == "day" || w2 == "morning"):
		// "U.S. aircraft struck ... the next morning": the day after.
		return rel(i, i+3, 1)
	case w == "hours" && (w1 == "earlier" || w1 == "later"):
		// "Twenty-four hours later", "48 hours earlier": whole days.
		for j := max(0, i-3); j < i; j++ {
			if n, next, ok := number(d.toks, j, true); ok && next == i && n >= 24 {
				days := n / 24 // "about twenty hours earlier" than an evening is that day
				if w1 == "earlier" {
					days = -days
				}
				return rel(j, i+2, days)
			}
		}
		return rel(i, i+2, 0)
	case (w == "minutes" || w == "moments") && w1 == "later":
		return rel(i, i+2, 0)
	// "Hours after the strike, rockets were fired": the day of the strike.
	case (w == "hours" || w == "minutes" || w == "moments") && w1 == "after" && d.attackNamed(i+2, hi):
		return rel(i, i+2, 0)
	// "A short while ago, launches were identified": a running statement's
	// news of its own day.
	case w == "a" && w1 == "short" && (w2 == "while" || w2 == "time") && d.norm(i+3, hi) == "ago":
		return day(0, i, i+4, "")
	// "Within hours, Hezbollah fired rockets": the day of what was told last.
	case w == "within" && (w1 == "hours" || w1 == "minutes") && w2 == ",":
		return rel(i, i+2, 0)
	case (w == "shortly" || w == "soon") && (w1 == "afterwards" || w1 == "afterward" || w1 == "thereafter"):
		return rel(i, i+2, 0)
	case (w == "later" || w == "earlier") && w1 == "that" && (w2 == "day" || w2 == "night" || w2 == "evening" || w2 == "morning"):
		return rel(i, i+3, 0)
	// "Earlier in the day a strike on a house ...": the day just told.
	case (w == "earlier" || w == "later") && w1 == "in" && w2 == "the" &&
		(d.norm(i+3, hi) == "day" || d.norm(i+3, hi) == "evening" || d.norm(i+3, hi) == "afternoon"):
		return rel(i, i+4, 0)
	// "In the afternoon Hezbollah said it had fired ...": a round-up's
	// entry on the day it is about.
	// Not "in the morning Thursday, Iraq time": the weekday's morning.
	case (w == "in" || w == "during") && w1 == "the" && (w2 == "afternoon" || w2 == "evening" || w2 == "morning") &&
		i+3 < hi && d.toks[i+3].Kind == normalize.Word && d.toks[i+3].Upper && !weekdayName(d.toks[i+3].Norm):
		return rel(i, i+3, 0)
	case w == "tomorrow":
		return day(1, i, i+1, "")
	case w == "now" || w == "currently" || w == "nowadays":
		return dateExpr{First: i, Last: i + 1, Type: "DATE", Value: "PRESENT_REF"}, true
	case (w == "last" || w == "this" || w == "next" || w == "past") && w1 == "year":
		y := p.Year
		switch w {
		case "last", "past":
			y--
		case "next":
			y++
		}
		e := dateExpr{First: i, Last: i + 2, Type: "DATE", Value: "XXXX"}
		if known {
			e.Value = strconv.Itoa(y)
			e.When = sitrep.When{Start: sitrep.Date{Year: y, Month: 1, Day: 1}, End: sitrep.Date{Year: y, Month: 12, Day: 31}, Precision: sitrep.PrecisionYear}
		}
		return e, true
	case w == "next" && (w1 == "month" || w1 == "week"):
		e := dateExpr{First: i, Last: i + 2, Type: "DATE", Value: "FUTURE_REF"}
		if known && w1 == "week" {
			start := monday.AddDays(7)
			y, wk := start.Time().ISOWeek()
			e.Value = fmt.Sprintf("%04d-W%02d", y, wk)
			e.When = sitrep.When{Start: start, End: start.AddDays(6), Precision: sitrep.PrecisionWeek}
		} else if known {
			start := sitrep.DateOf(firstOfMonth.Time().AddDate(0, 1, 0))
			e.Value = fmt.Sprintf("%04d-%02d", start.Year, int(start.Month))
			e.When = sitrep.When{Start: start, End: sitrep.DateOf(start.Time().AddDate(0, 1, -1)), Precision: sitrep.PrecisionMonth}
		}
		return e, true
	case w == "yesterday":
		return day(-1, i, i+1, "")
	case w == "today" || w == "tonight":
		return day(0, i, i+1, "")
	case w == "overnight" && weekdayAt(w1):
		// "overnight Saturday into Sunday": the weekday says which night.
		return dateExpr{}, false
	case w == "overnight":
		// The night before publication and its morning.
		e, ok := day(-1, i, i+1, "NI")
		if known {
			e.When.End = p
		}
		return e, ok
	case w == "last" && w1 == "night":
		return day(-1, i, i+2, "NI")
	case w == "last" && w1 == "evening":
		// "exploded last evening": the evening before publication.
		return day(-1, i, i+2, "EV")
	case w == "this" && (w1 == "morning" || w1 == "afternoon" || w1 == "evening" || w1 == "night"):
		return day(0, i, i+2, partsOfDay[w1])
	case w == "this" && w1 == "day" && d.thisDayClock(i):
		// "at 13:05 of this day", "at the dawn of this day", as the
		// Lebanese state agency and armed groups date a bulletin: today,
		// or the day a relayed statement was issued (dateFor).
		e, ok := day(0, i, i+2, "")
		e.ThisDay = true
		return e, ok
	case w == "last" && w1 == "week":
		y, wk := monday.AddDays(-7).Time().ISOWeek()
		return span(i, i+2, monday.AddDays(-7), monday.AddDays(-1), sitrep.PrecisionWeek, fmt.Sprintf("%04d-W%02d", y, wk), false)
	// "Earlier in the week" as "earlier this week".
	case (w == "this" || w == "earlier") && w1 == "week", w == "earlier" && w1 == "this" && w2 == "week",
		w == "earlier" && w1 == "in" && w2 == "the" && d.norm(i+3, hi) == "week":
		n := i + 2
		if w1 == "this" {
			n = i + 3
		} else if w1 == "in" {
			n = i + 4
			// "Earlier in the week" in a Monday's story: the week before.
			if known && monday == p {
				start := monday.AddDays(-7)
				y, wk := start.Time().ISOWeek()
				return span(i, n, start, monday.AddDays(-1), sitrep.PrecisionWeek, fmt.Sprintf("%04d-W%02d", y, wk), false)
			}
		}
		y, wk := monday.Time().ISOWeek()
		return span(i, n, monday, p, sitrep.PrecisionWeek, fmt.Sprintf("%04d-W%02d", y, wk), w != "earlier")
	case w == "this" && w1 == "month", w == "earlier" && w1 == "this" && w2 == "month",
		w == "earlier" && w1 == "in" && w2 == "the" && d.norm(i+3, hi) == "month":
		n := i + 2
		if w1 == "this" {
			n = i + 3
		} else if w1 == "in" {
			n = i + 4
		}
		return span(i, n, firstOfMonth, p, sitrep.PrecisionMonth, fmt.Sprintf("%04d-%02d", p.Year, int(p.Month)), w == "this")
	case w == "last" && w1 == "month":
		start := sitrep.DateOf(firstOfMonth.Time().AddDate(0, -1, 0))
		return span(i, i+2, start, firstOfMonth.AddDays(-1), sitrep.PrecisionMonth, fmt.Sprintf("%04d-%02d", start.Year, int(start.Month)), false)
	// "in the clashes near Nawa at the start of the month", "at the end of
	// last month": a third of the month, the one it names.
	case w == "the" && monthThirds[w1] != "" && w2 == "of":
		return d.monthThird(i, hi, monthThirds[w1])
	case w == "in" && len(w1) == 4:
		if y, ok := yearNumber(w1); ok && d.toks[i+1].Kind == normalize.Number {
			return dateExpr{First: i + 1, Last: i + 2, Type: "DATE", Value: strconv.Itoa(y),
				When: sitrep.When{Start: sitrep.Date{Year: y, Month: 1, Day: 1}, End: sitrep.Date{Year: y, Month: 12, Day: 31}, Precision: sitrep.PrecisionYear}}, true
		}
	}
	return dateExpr{}, false
}

// ordinalDay reads "on the fourth", "on the 4th", "on the 21st of March
// 2024" from token i ("on"): a day of the month publication falls in, or of
// the month before when the day is later. A noun after the ordinal makes it
// another thing ("on the fourth floor", "on the second day").
// weekEnds reports a word that may follow "the week before" when nothing
// follows the "before": the end of the clause or another phrase.
func weekEnds(w string) bool {
	switch w {
	case "", ",", ".", ";", ":", ")", "and", "in", "at", "on", "when", "with", "as":
		return true
	}
	return false
}

func (d *dater) ordinalDay(i, hi int) (dateExpr, bool) {
	j := i + 2
	day := ordinalWords[d.norm(j, hi)]
	if d.norm(j, hi) == "first" {
		day = 1
	}
	if day == 0 {
		n, ok := dayNumber(d.norm(j, hi))
		if !ok || !ordinalSuffixes[d.norm(j+1, hi)] || d.toks[j+1].Start != d.toks[j].End {
			return dateExpr{}, false
		}
		day = n
		j++
	}
	j++
	if d.norm(j, hi) == "of" {
		if m, ok := months[d.norm(j+1, hi)]; ok && d.toks[j+1].Upper {
			date := sitrep.Date{Month: m, Day: day}
			j += 2
			if y, ok := yearNumber(d.norm(j, hi)); ok {
				date.Year = y
				j++
			}
			return d.dayExpr(i+1, j, date, date.Year != 0), true
		}
		// "on the 16th of this month", "the 3rd of last month"
		if back, n, ok := d.monthOf(j+1, hi); ok && d.pub.HasYear() {
			y, m := d.pub.Year, d.pub.Month-time.Month(back)
			if m <= 0 {
				y, m = y-1, m+12
			}
			date := sitrep.Date{Year: y, Month: m, Day: day}
			if sitrep.DateOf(date.Time()) != date || back == 0 && day > d.pub.Day {
				return dateExpr{}, false
			}
			return d.dayExpr(i+1, j+1+n, date, true), true
		}
		return dateExpr{}, false
	}
	if j < hi && d.toks[j].Kind == normalize.Word && !ordinalDayAfter[d.norm(j, hi)] || !d.pub.HasYear() || day > 31 {
		return dateExpr{}, false
	}
	y, m := d.pub.Year, d.pub.Month
	if day > d.pub.Day {
		if m--; m == 0 {
			y, m = y-1, time.December
		}
	}
	date := sitrep.Date{Year: y, Month: m, Day: day}
	if sitrep.DateOf(date.Time()) != date {
		return dateExpr{}, false // "the 31st" of a month of 30 days
	}
	return d.dayExpr(i+1, j, date, true), true
}

// monthOf reads "this month", "the current month", "last month", "the
// previous month" at i: how many months before publication, and the tokens
// read.
func (d *dater) monthOf(i, hi int) (back, n int, ok bool) {
	k := i
	if d.norm(k, hi) == "the" {
		k++
	}
	switch d.norm(k, hi) {
	case "this", "current", "present":
		back = 0
	case "last", "previous", "past", "preceding":
		back = 1
	default:
		return 0, 0, false
	}
	if d.norm(k+1, hi) != "month" {
		return 0, 0, false
	}
	return back, k + 2 - i, true
}

// ordinalDayAfter may follow "on the fourth" when it is a day: "the strike
// on the fourth was", "on the fourth, when".
var ordinalDayAfter = map[string]bool{
	"was": true, "were": true, "had": true, "has": true, "have": true, "and": true, "when": true,
	"in": true, "at": true, "that": true, "which": true, "against": true, "killed": true,
}

func dayNumber(s string) (int, bool) {
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= 31
}

func yearNumber(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1900 && n <= 2100
}

// weekdayAt reports whether w is a weekday's name.
func weekdayAt(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// nthWords are the ordinals of "the first Sunday of the month"; -1 is the
// last.
var nthWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}

// nthWeekday reads "the first Sunday of the month", "the last Friday of
// last month", "the second Monday of November" from token i: the day of
// the month of publication, the month before, or the month named (the
// latest such month on or before publication).
func (d *dater) nthWeekday(i, hi int) (dateExpr, bool) {
	p := d.pub
	if !p.HasYear() {
		return dateExpr{}, false
	}
	n, wd := nthWords[d.norm(i+1, hi)], weekdays[d.norm(i+2, hi)]
	year, month, last := p.Year, p.Month, i+4
	switch w, w1 := d.norm(i+4, hi), d.norm(i+5, hi); {
	case (w == "the" || w == "this") && w1 == "month":
		last = i + 6
	case w == "last" && w1 == "month":
		last = i + 6
		if month--; month == 0 {
			month, year = 12, year-1
		}
	case months[w] != 0:
		month, last = months[w], i+5
		if month > p.Month {
			year--
		}
	default:
		return dateExpr{}, false
	}
	first := sitrep.Date{Year: year, Month: month, Day: 1}
	day := first.AddDays((int(wd) - int(first.Weekday()) + 7) % 7)
	if n > 0 {
		day = day.AddDays(7 * (n - 1))
	} else {
		for day.AddDays(7).Month == month {
			day = day.AddDays(7)
		}
	}
	if day.Month != month {
		return dateExpr{}, false
	}
	return dateExpr{First: i, Last: last, Type: "DATE", Value: day.String(),
		When: sitrep.When{Start: day, End: day, Precision: sitrep.PrecisionDay}}, true
}

// dayParts are the parts of a day "the last ... of November" may name.
var dayParts = map[string]bool{"day": true, "evening": true, "night": true, "morning": true, "afternoon": true}

// thisDayClock reports whether "this day" at token i is a time's day: "on
// this day", "at 13:05 of this day", "at the dawn of this day"; not "the
// raids of this day" (those told) or "to this day" (until now).
func (d *dater) thisDayClock(i int) bool {
	if d.prevIs(i, "on", "during") {
		return true
	}
	if !d.prevIs(i, "of") || i < 2 {
		return false
	}
	t := d.toks[i-2]
	return t.Kind == normalize.Number || partsOfDay[t.Norm] != "" || timesOfDay[t.Norm] || t.Norm == "hours"
}

// monthThirds are the words of "the start of the month", "the end of
// March", as the part of the month they name ("early", "mid", "late").
var monthThirds = map[string]string{"start": "early", "beginning": "early", "middle": "mid", "end": "late"}

// monthPart returns the days of month m of year y that part names: "early"
// the first ten, "mid" the next ten, "late" the rest, anything else all.
func monthPart(y int, m time.Month, part string) (start, end sitrep.Date) {
	start = sitrep.Date{Year: y, Month: m, Day: 1}
	end = sitrep.DateOf(start.Time().AddDate(0, 1, -1))
	switch part {
	case "early":
		end = sitrep.Date{Year: y, Month: m, Day: 10}
	case "mid":
		start, end = sitrep.Date{Year: y, Month: m, Day: 11}, sitrep.Date{Year: y, Month: m, Day: 20}
	case "late":
		start = sitrep.Date{Year: y, Month: m, Day: 21}
	}
	return start, end
}

// monthThird reads "the start of the month", "the end of last month",
// "the middle of this month" from token i ("the"): those days of the month
// of publication or the one before, no later than publication.
func (d *dater) monthThird(i, hi int, part string) (dateExpr, bool) {
	p, k := d.pub, i+3
	back := 0
	switch d.norm(k, hi) {
	case "the", "this", "current":
		k++
	case "last", "previous", "past":
		back = 1
		k++
	}
	if d.norm(k, hi) != "month" {
		return dateExpr{}, false
	}
	e := dateExpr{First: i, Last: k + 1, Type: "DATE", Value: "XXXX-XX"}
	if !p.HasYear() {
		return e, true
	}
	first := sitrep.DateOf(sitrep.Date{Year: p.Year, Month: p.Month, Day: 1}.Time().AddDate(0, -back, 0))
	start, end := monthPart(first.Year, first.Month, part)
	if back == 0 && p.Before(end) {
		end = p
	}
	if end.Before(start) {
		return dateExpr{}, false
	}
	e.Value = fmt.Sprintf("%04d-%02d", first.Year, int(first.Month))
	e.When = sitrep.When{Start: start, End: end, Precision: sitrep.PrecisionMonth}
	return e, true
}
