package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// dateExpr is one temporal expression: its tokens, its interval when it
// can be resolved, and how it relates to its neighbours.
type dateExpr struct {
	First, Last int // token indices [First, Last)
	Span        sitrep.Span
	When        sitrep.When // zero when it cannot be resolved (a weekday in an undated text)
	Value       string      // TIMEX3 value
	Type        string      // DATE or DURATION
	Since       bool        // "since X": the start of a period running to the statement
	// SinceWhen is set for "since X, when ...": X is also the day of what
	// the when-clause tells ("since February 4, when a drone killed six").
	SinceWhen bool
	Calendar  bool // "this month", "this week": a period, not an incident's day
	Future    bool // "is due to speak on Thursday": a day to come, no attack's
	Relative  bool // "the same day", "a day earlier": Shift days from the incident told before
	Shift     int
	// Same: "the same Friday", the day told before when it is that
	// weekday, else the weekday as read alone.
	Same bool
	// ThisDay: "of this day", the day of publication unless the lines
	// just before name the day a relayed statement was issued.
	ThisDay bool
	// Week: "the week before", "a week earlier": the seven days before the
	// day told before (Relative, Shift -7).
	Week bool
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// monthAbbrev are the shortened month names that take a period.
var monthAbbrev = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// dateWords are the words a temporal expression can start with.
var dateWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for _, w := range []string{"early", "late", "on", "last", "next", "this", "past", "yesterday",
		"today", "tonight", "overnight", "earlier", "in", "mid", "the", "that", "a", "one", "hours",
		"tomorrow", "now", "currently", "nowadays", "within", "shortly", "soon", "minutes", "moments", "later"} {
		m[w] = true
	}
	return m
}()

var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// dater finds temporal expressions in one document.
type dater struct {
	text string
	toks []normalize.Token
	pub  sitrep.Date
	all  bool // also times of day, sets, vague durations... (see extra)
	// week is the last day of the week a digest covers (periodEnd):
	// weekdays count back from it rather than from pub.
	week sitrep.Date
}

// find returns the temporal expressions in tokens [lo, hi).
func (d *dater) find(lo, hi int) []dateExpr {
	var out []dateExpr
	for i := lo; i < hi; {
		if !d.all && !d.mayStart(i, hi) {
			i++
			continue
		}
		e, ok := d.at(i, hi)
		if !ok {
			i++
			continue
		}
		e.First = d.modifiersBefore(lo, e)
		if e.First > lo && (d.toks[e.First-1].Norm == "since" || d.sinceClause(lo, e.First)) {
			e.Since = true
			k := e.Last
			if k < hi && d.toks[k].Norm == "," {
				k++
			}
			e.SinceWhen = k < hi && d.toks[k].Norm == "when"
			// "since 8 October" in August: last year's October.
			if d.pub.HasYear() && e.When.Start.HasYear() && d.pub.Before(e.When.Start) && !d.yearWritten(e.First, e.Last) {
				e.When.Start.Year--
				e.When.End.Year--
				if strings.HasPrefix(e.Value, strconv.Itoa(e.When.Start.Year+1)) {
					e.Value = strconv.Itoa(e.When.Start.Year) + e.Value[4:]
				}
			}
		}
		d.pastHours(lo, &e)
		e.Span = sitrep.Span{Start: d.toks[e.First].Start, End: d.toks[e.Last-1].End}
		// "Friday's attack": the expression is "Friday".
		if last := d.toks[e.Last-1]; last.Possessive {
			w := d.text[last.Start:last.End]
			if _, n := utf8.DecodeLastRuneInString(w[:len(w)-1]); n > 0 {
				e.Span.End -= 1 + n
			}
		}
		out = append(out, e)
		i = e.Last
	}
	d.weekdaysDated(out)
	return out
}

// weekdaysDated gives a weekday the date written right after it:
// "MONDAY 22 APRIL", "Monday, 22 April" are 22 April, whatever Monday the
// publication day would make it; and one a clock in GMT puts after
// publication its day (aheadOfGMT).
func (d *dater) weekdaysDated(out []dateExpr) {
	for i := 0; i+1 < len(out); i++ {
		e, o := &out[i], out[i+1]
		if e.Last-e.First != 1 || o.When.Precision != sitrep.PrecisionDay || !o.When.Start.HasYear() || o.Relative {
			continue
		}
		if _, ok := weekdays[d.toks[e.First].Norm]; !ok {
			continue
		}
		gap := o.First - e.Last
		if gap == 0 || gap == 1 && d.toks[e.Last].Norm == "," {
			e.When, e.Value = o.When, o.Value
		}
	}
	for i := range out {
		e := &out[i]
		if _, ok := weekdays[d.toks[e.First].Norm]; !ok || e.Last-e.First != 1 || e.When.Precision != sitrep.PrecisionDay {
			continue
		}
		if day := d.aheadOfGMT(e.When.Start, e.Last, len(d.toks)); day != e.When.Start {
			e.When = sitrep.When{Start: day, End: day, Precision: sitrep.PrecisionDay}
			e.Value = day.String()
		}
	}
}

// sinceClause reports whether the expression starting at token first ends
// a clause that "since" opens and a verb of beginning closes: "since the
// fighting on the border began four months ago", "since the war broke out
// in October". The expression dates when a period began, not what the
// sentence tells.
func (d *dater) sinceClause(lo, first int) bool {
	began := false
	for k := first - 1; k >= lo && k >= first-12; k-- {
		t := &d.toks[k]
		if t.Kind == normalize.Punct {
			return false
		}
		switch t.Norm {
		case "began", "started", "erupted", "broke", "begun", "start", "effect", "resumed", "ended":
			// "since the truce took effect a week ago"
			began = true
		case "since":
			// "since the ceasefire of 19 July", "since the fall of 8
			// December": an event named by its day.
			// Not "since the morning of Sunday": the day an ongoing
			// event began.
			return began || d.toks[first-1].Norm == "of" && first-1-k <= 5 && partsOfDay[d.toks[first-2].Norm] == "" && !timesOfDay[d.toks[first-2].Norm] &&
				d.toks[first-2].Norm != "hours" && d.toks[first-2].Norm != "night"
		}
	}
	return false
}

// leftModifiers belong to the expression they precede: "the past two
// years", "almost seven years", "a mere 24 hours", "early 2011", "late last
// July".
var leftModifiers = map[string]bool{
	"past": true, "next": true, "last": true, "coming": true, "almost": true, "nearly": true,
	"about": true, "around": true, "some": true, "mere": true, "over": true, "early": true,
	"late": true, "mid": true, "first": true, "final": true,
}

// modifiersBefore returns where e starts once the modifiers just before it
// are taken in, with "the" or "a" before them.
func (d *dater) modifiersBefore(lo int, e dateExpr) int {
	first := e.First
	for k := first - 1; k >= lo && k >= e.First-3; k-- {
		w := d.toks[k].Norm
		if !leftModifiers[w] {
			break
		}
		if (w == "early" || w == "late" || w == "mid") && e.Type == "DURATION" {
			break
		}
		if w == "over" && (d.toks[e.First].Norm == "a" || d.toks[e.First].Norm == "the" || e.Type != "DURATION") {
			break // "over a week", "over the weekend": a preposition; "over 20 years" is more than
		}
		first = k
	}
	if first > lo {
		w := d.toks[first-1].Norm
		if (w == "the" || w == "a") && (first < e.First || e.Type == "DURATION") {
			first--
		}
	}
	return first
}

// ledeNight reads "after midnight", "at dawn", "before dawn" at token i of
// an undated lede ("Two rockets fell inside the base shortly after
// midnight"): the night before publication and its morning, as
// "overnight".
func (d *dater) ledeNight(i, hi int) (dateExpr, bool) {
	w, w1 := d.norm(i, hi), d.norm(i+1, hi)
	if !(w == "after" && w1 == "midnight" || (w == "at" || w == "before") && w1 == "dawn") || !d.ledeClock(i, i+2, hi) {
		return dateExpr{}, false
	}
	e := dateExpr{First: i, Last: i + 2, Type: "DATE", Value: "XXXX-XX-XX"}
	if d.pub.HasYear() {
		night := d.pub.AddDays(-1)
		e.Value = night.String() + timexPart("NI")
		e.When = sitrep.When{Start: night, End: d.pub, Precision: sitrep.PrecisionDay}
	}
	return e, true
}

// ledeClock reports a time of night or dawn at tokens [i, j) that opens a
// report (its first 600 bytes) and has no day next to it: not "at dawn
// on Tuesday", "Thursday at dawn", "at dawn today".
func (d *dater) ledeClock(i, j, hi int) bool {
	if d.toks[i].Start > 600 {
		return false
	}
	// No day told before it: "Sunday 4 May - Port Sudan. Drones hit the
	// air base at dawn" is that Sunday's dawn.
	for k := 0; k < i; k++ {
		w := d.toks[k].Norm
		if _, ok := weekdays[w]; ok || w == "today" || w == "yesterday" || w == "tonight" {
			return false
		}
		if _, ok := months[w]; ok && d.toks[k].Upper {
			return false
		}
		// "hit at 10:35 a.m. and again after midnight": a clock of a day.
		if d.toks[k].Kind == normalize.Number && k >= i-12 {
			return false
		}
	}
	for _, k := range []int{i - 1, i - 2, j, j + 1} {
		if k < 0 || k >= hi || k >= len(d.toks) {
			continue
		}
		w := d.toks[k].Norm
		if _, ok := weekdays[w]; ok || w == "today" || w == "yesterday" || w == "of" || w == "on" || d.toks[k].Kind == normalize.Number {
			return false
		}
		if _, ok := months[w]; ok {
			return false
		}
	}
	return true
}

func (d *dater) norm(i, hi int) string {
	if i < 0 || i >= hi || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].Norm
}

// mayStart reports whether an expression at may recognise, without all,
// can start at token i: most words of a text cannot, and at is costly.
func (d *dater) mayStart(i, hi int) bool {
	t := &d.toks[i]
	switch {
	case t.Kind == normalize.Number:
		return true
	case t.Kind != normalize.Word:
		return false
	case t.Upper || is(t, cDate|cNumber):
		return true
	}
	switch t.Norm {
	case "after", "at", "before", "several", "few", "hours", "two", "twelve":
		return true
	case "the", "this", "last", "that":
		return d.norm(i+1, hi) == "weekend"
	}
	return false
}

// at recognises an expression starting at token i: one of those an
// incident's date may come from, or with all set any other.
func (d *dater) at(i, hi int) (dateExpr, bool) {
	e, ok := d.base(i, hi)
	switch {
	case !ok && d.all:
		e, ok = d.extra(i, hi)
	case !ok && d.toks[i].Upper && (d.dayHoliday(i, hi) || d.norm(i, hi) == "christmas" && is(&d.toks[min(i+1, len(d.toks)-1)], cAttack|cWeapon)):
		// "the Christmas drone attack on Erbil": the day, as before an attack word.
		// "in the early hours of Christmas Day": a day an incident may
		// take, as "Christmas" alone (a season) is not.
		e, ok = d.holiday(i, hi)
	case !ok && d.hoursAhead(i, hi):
		// "carried out three operations in the past hours": a statement
		// of the hour, its day or the day before.
		e, ok = d.extra(i, hi)
		if !ok {
			e, ok = d.span(i, hi)
		}
	case !ok && d.toks[i].Upper && i+1 < hi && d.toks[i+1].Kind == normalize.Number && abbrevWeekday(d.norm(i, hi)):
		// A digest's "- Sun 6 (late):", "Wed 9:": the day of the month
		// that falls on that weekday, within five weeks of publication.
		e, ok = d.weekdayNumber(i, hi)
	case !ok && d.norm(i+1, hi) == "weekend":
		// "one other attempt over the weekend": Saturday and Sunday.
		switch w := d.norm(i, hi); w {
		case "the", "this", "last", "that":
			e, ok = d.weekend(i, i+2, w)
		}
	}
	return e, ok
}

// base recognises the expressions an incident's date may come from.
func (d *dater) base(i, hi int) (dateExpr, bool) {
	t := d.toks[i]
	w := t.Norm
	if t.Kind == normalize.Number {
		if e, ok := d.dtg(i, hi); ok {
			return e, true
		}
		if e, ok := d.hijri(i, hi); ok {
			return e, true
		}
		if e, ok := d.solarHijri(i, hi); ok {
			return e, true
		}
		if e, ok := d.isoDate(i, hi); ok {
			return e, true
		}
		if e, ok := d.numericDate(i, hi); ok {
			return e, true
		}
		if e, ok := d.daysApart(i, hi); ok {
			return e, true
		}
		if e, ok := d.dayMonth(i, hi); ok {
			return e, true
		}
		if e, ok := d.span(i, hi); ok {
			return e, true
		}
		if y, ok := yearNumber(w); ok && d.bareYear(i, hi) {
			return dateExpr{First: i, Last: i + 1, Type: "DATE", Value: strconv.Itoa(y),
				When: sitrep.When{Start: sitrep.Date{Year: y, Month: 1, Day: 1}, End: sitrep.Date{Year: y, Month: 12, Day: 31}, Precision: sitrep.PrecisionYear}}, true
		}
		return dateExpr{}, false
	}
	// Tested before the date words, which these common words are not.
	if w == "after" || w == "at" || w == "before" {
		if e, ok := d.ledeNight(i, hi); ok {
			return e, true
		}
	}
	if t.Kind != normalize.Word || !is(&d.toks[i], cDate) {
		if t.Kind == normalize.Word && (is(&d.toks[i], cNumber) || w == "several" || w == "few") {
			if e, ok := d.daysApart(i, hi); ok {
				return e, true
			}
			return d.span(i, hi)
		}
		return dateExpr{}, false
	}
	if m, ok := months[w]; ok && (t.Upper || len(w) > 3) && !(w == "may" && !t.Upper) && !(w == "march" && !t.Upper) {
		return d.monthFirst(i, hi, m)
	}
	if w == "on" && d.norm(i+1, hi) == "the" {
		if e, ok := d.ordinalDay(i, hi); ok {
			return e, true
		}
	}
	// "the strike of the 28th of the previous month", "since the 3rd of
	// last month": with its month named, not "of the fourth".
	if w == "the" {
		if e, ok := d.ordinalDay(i-1, hi); ok && e.Last-e.First >= 4 {
			return e, true
		}
	}
	switch w {
	case "early", "late", "on", "last", "next", "this", "past":
		if _, ok := weekdays[d.norm(i+1, hi)]; ok {
			return d.weekday(i, i+1, hi, w)
		}
		if w == "late" || w == "early" {
			if d.norm(i+1, hi) == "on" {
				if _, ok := weekdays[d.norm(i+2, hi)]; ok {
					return d.weekday(i, i+2, hi, w)
				}
			}
		}
	}
	if _, ok := weekdays[w]; ok && t.Upper {
		return d.weekday(i, i, hi, "")
	}
	if e, ok := d.relative(i, hi); ok {
		return e, true
	}
	if w == "a" || w == "one" {
		return d.span(i, hi) // "a decade", "one week"
	}
	return dateExpr{}, false
}

func (d *dater) isoDate(i, hi int) (dateExpr, bool) {
	if d.toks[i].End-d.toks[i].Start != 4 || d.norm(i+1, hi) != "-" || d.norm(i+3, hi) != "-" {
		return dateExpr{}, false
	}
	y, _ := strconv.Atoi(d.norm(i, hi))
	m, _ := strconv.Atoi(d.norm(i+2, hi))
	day, _ := strconv.Atoi(d.norm(i+4, hi))
	if y < 1900 || y > 2100 || m < 1 || m > 12 || day < 1 || day > 31 {
		return dateExpr{}, false
	}
	return d.dayExpr(i, i+5, sitrep.Date{Year: y, Month: time.Month(m), Day: day}, true), true
}

// units of time, with their TIMEX3 letter and length in days (0 for less
// than a day).
var units = map[string]struct {
	letter string
	days   int
}{
	"hour": {"H", 0}, "hours": {"H", 0}, "day": {"D", 1}, "days": {"D", 1}, "week": {"W", 7},
	"weeks": {"W", 7}, "month": {"M", 30}, "months": {"M", 30}, "year": {"Y", 365}, "years": {"Y", 365},
	"decade": {"DE", 3650}, "decades": {"DE", 3650},
}

// span reads a duration ("90 days", "a decade", "several weeks", "16-hour")
// or a distance back in time ("four years ago", "two days ago").
func (d *dater) span(i, hi int) (dateExpr, bool) {
	n, next, ok := number(d.toks, i, false)
	vague := false
	if !ok && (d.norm(i, hi) == "several" || d.norm(i, hi) == "few") {
		n, next, ok, vague = 0, i+1, true, true
	}
	if !ok || n > 1000 {
		return dateExpr{}, false
	}
	if d.norm(next, hi) == "-" { // "16-hour", "four-week"
		next++
	}
	u, isUnit := units[d.norm(next, hi)]
	if !isUnit {
		return dateExpr{}, false
	}
	if d.norm(next+1, hi) == "-" && d.norm(next+2, hi) == "old" {
		return dateExpr{}, false // "a 52-year-old man": an age
	}
	count := strconv.Itoa(n)
	if vague {
		count = "X"
	}
	if d.norm(next+1, hi) == "ago" {
		e := dateExpr{First: i, Last: next + 2, Type: "DATE", Value: "PAST_REF"}
		if d.pub.HasYear() && !vague && u.days > 0 {
			day := d.pub.AddDays(-n * u.days)
			switch u.letter {
			case "Y", "DE":
				e.Value = strconv.Itoa(day.Year)
				e.When = sitrep.When{Start: sitrep.Date{Year: day.Year, Month: 1, Day: 1}, End: sitrep.Date{Year: day.Year, Month: 12, Day: 31}, Precision: sitrep.PrecisionYear}
			case "M":
				e.Value = fmt.Sprintf("%04d-%02d", day.Year, int(day.Month))
				e.When = sitrep.When{Start: sitrep.Date{Year: day.Year, Month: day.Month, Day: 1}, End: day, Precision: sitrep.PrecisionMonth}
			default:
				e.Value = day.String()
				e.When = sitrep.When{Start: day, End: day, Precision: sitrep.PrecisionDay}
			}
		}
		// "A week ago tonight", "two weeks ago today": the same part of
		// the day, that many days back.
		if w := d.norm(next+2, hi); w == "tonight" || w == "today" {
			e.Last = next + 3
		}
		return e, true
	}
	if d.norm(next+1, hi) == "later" || d.norm(next+1, hi) == "earlier" {
		return dateExpr{}, false
	}
	v := "P" + count + u.letter
	if u.letter == "H" {
		v = "PT" + count + "H"
	} else if u.letter == "DE" {
		v = "P" + count + "0Y"
		if vague {
			v = "PXDE"
		}
	}
	return dateExpr{First: i, Last: next + 1, Type: "DURATION", Value: v}, true
}

// bareYear reports whether the year at toks[i] stands alone as a date:
// not a count ("2,000 troops" has a comma), not money or a percentage,
// not a 24-hour time ("1945 local time").
func (d *dater) bareYear(i, hi int) bool {
	if i > 0 && (d.toks[i-1].Norm == "$" || d.toks[i-1].Norm == "#") {
		return false
	}
	switch d.norm(i+1, hi) {
	case "%", "percent", "people", "troops", "soldiers", "km", "kilometres", "kilometers", "meters", "metres":
		return false
	case "local", "hrs", "hours", "hour", "utc", "gmt", "z", "zulu", "lt":
		return false // a 24-hour time: "at 1945 local time", "1930 hrs", "2230 UTC"
	}
	if d.norm(i+1, hi) == "s" && d.toks[i+1].Start == d.toks[i].End {
		return false // "the 1990s": a decade
	}
	return !strings.Contains(d.toks[i].Norm, ",")
}

// daysApart reads "two days later", "3 days earlier", "two days before":
// days from the date told before.
func (d *dater) daysApart(i, hi int) (dateExpr, bool) {
	n, next, ok := number(d.toks, i, true)
	if !ok || n > 60 {
		return dateExpr{}, false
	}
	switch d.norm(next, hi) {
	case "days", "day":
	case "hours", "hour", "minutes":
		// "Three hours after the strike in Tyre": that day, or the days
		// whole hours make ("36 hours before").
		if n > 24*60 || d.norm(next+2, hi) == "midnight" || d.norm(next+2, hi) == "noon" || d.norm(next+2, hi) == "dawn" {
			return dateExpr{}, false
		}
		if d.norm(next, hi) == "minutes" {
			n = 0
		}
		n /= 24
		if w := d.norm(next+1, hi); w != "after" && w != "before" || !d.attackNamed(next+2, hi) {
			return dateExpr{}, false
		}
	default:
		return dateExpr{}, false
	}
	switch d.norm(next+1, hi) {
	case "after":
		if d.cameAfter(i) {
			// "The strikes came two days after Iran hit X": what follows
			// is n days before the date told.
			return dateExpr{First: i, Last: next + 2, Type: "DATE", Value: "XXXX-XX-XX", Relative: true, Shift: -n}, true
		}
		return dateExpr{First: i, Last: next + 2, Type: "DATE", Value: "XXXX-XX-XX", Relative: true, Shift: n}, true
	case "later":
		return dateExpr{First: i, Last: next + 2, Type: "DATE", Value: "XXXX-XX-XX", Relative: true, Shift: n}, true
	case "earlier", "before":
		return dateExpr{First: i, Last: next + 2, Type: "DATE", Value: "XXXX-XX-XX", Relative: true, Shift: -n}, true
	case "ago":
		return dateExpr{}, false
	}
	return dateExpr{}, false
}

// attackNamed reports a definite attack at token i: "the strike", "this
// attack", "the drone strike on Tyre"; not "this statement", nor a clause
// ("Israel bombed the port").
func (d *dater) attackNamed(i, hi int) bool {
	if i >= hi || !definiteAt(d.toks, i, hi) {
		return false
	}
	// Not "ten hours after the Erbil attack, ... 35 minutes after
	// midnight": hours that cross into the next day.
	for k := i; k < hi; k++ {
		if d.toks[k].Norm == "midnight" {
			return false
		}
	}
	return true
}

// cameAfter reports whether the count at toks[i] follows "came", "comes"
// or "arrived" ("came just two days after"): the sentence's own event is
// then the earlier one.
func (d *dater) cameAfter(i int) bool {
	// "The attack came two days after ..., and six days after M/V
	// Rubymar was hit": the second count as the first.
	if i > 0 && d.toks[i-1].Norm == "and" {
		for k := i - 2; k > 0 && k >= i-30; k-- {
			if d.toks[k].Norm == "after" && (d.toks[k-1].Norm == "days" || d.toks[k-1].Norm == "day") {
				for j := k - 2; j >= 0 && j >= k-4; j-- {
					if _, next, ok := number(d.toks, j, true); ok && next == k-1 {
						return d.cameAfter(j)
					}
				}
				return false
			}
		}
		return false
	}
	j := i - 1
	switch d.norm(j, i) {
	case "just", "only", "barely", "some":
		j--
	}
	switch d.norm(j, i) {
	case "came", "comes", "come", "arrived", "arrives", "began", "begun", "started", "happened", "occurred",
		// "These exchanges of fire intervene two days after", the French
		// "interviennent" rendered word for word; "took place", "followed".
		"intervene", "intervenes", "intervened", "place", "followed", "follow", "follows",
		// "The clips appeared four days after the group said it had
		// struck the base".
		"appeared", "appear", "appears", "emerged", "surfaced", "circulated":
		return true
	case ",":
		// "began on 17 October, ten days after the Hamas attack": the
		// day just told is the later one.
		if j > 0 {
			w := d.toks[j-1].Norm
			_, month := months[w]
			_, day := weekdays[w]
			if month || day || d.toks[j-1].Kind == normalize.Number {
				return true
			}
		}
		// "a missile flew towards the city, two days after an explosive
		// drone killed a man in Tel Aviv": the clause before the comma
		// tells the later event; not "..., and two days after that".
		for k := i + 1; k < len(d.toks) && k <= i+3; k++ {
			if d.toks[k].Norm == "after" {
				if k+1 < len(d.toks) {
					switch d.toks[k+1].Norm {
					case "that", "this", "which", "it", ",":
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// numericDate reads "28-1-2024" and "10/12/2023": day first, as Arabic and
// European texts write it, unless only month-first makes sense or a
// weekday just before says otherwise.
func (d *dater) numericDate(i, hi int) (dateExpr, bool) {
	sep := d.norm(i+1, hi)
	if (sep != "-" && sep != "/" && sep != ".") || d.norm(i+3, hi) != sep || i+4 >= hi {
		return dateExpr{}, false
	}
	a, err1 := strconv.Atoi(d.norm(i, hi))
	b, err2 := strconv.Atoi(d.norm(i+2, hi))
	y, ok := yearNumber(d.norm(i+4, hi))
	if err1 != nil || err2 != nil || !ok || a < 1 || b < 1 || a > 31 || b > 31 {
		return dateExpr{}, false
	}
	dmy := sitrep.Date{Year: y, Month: time.Month(b), Day: a}
	mdy := sitrep.Date{Year: y, Month: time.Month(a), Day: b}
	valid := func(x sitrep.Date) bool { return x.Month >= 1 && x.Month <= 12 && x.Day <= 31 }
	date := dmy
	switch {
	case !valid(dmy) && valid(mdy):
		date = mdy
	case !valid(dmy):
		return dateExpr{}, false
	case valid(mdy) && i >= 2:
		// "Sunday 28-1-2024", "Monday, 5-2-2024": the weekday decides.
		for k := i - 1; k >= i-2; k-- {
			if wd, ok := weekdays[d.toks[k].Norm]; ok {
				if mdy.Weekday() == wd && dmy.Weekday() != wd {
					date = mdy
				}
			}
		}
	}
	return d.dayExpr(i, i+5, date, true), true
}

// dayMonth reads "4 February", "4 February 2024", "17-24 October".
func (d *dater) dayMonth(i, hi int) (dateExpr, bool) {
	day, ok := dayNumber(d.norm(i, hi))
	if !ok {
		return dateExpr{}, false
	}
	// "the night of 12-13 January": from the first day to the second.
	if d.norm(i+1, hi) == "-" && i+3 < hi && d.toks[i+2].Kind == normalize.Number {
		if day2, ok := dayNumber(d.norm(i+2, hi)); ok && day2 == day+1 {
			if e, ok := d.dayMonth(i+2, hi); ok && !e.When.IsZero() {
				e.First = i
				e.When.Start = e.When.Start.AddDays(-1)
				return e, true
			}
		}
	}
	j := i + 1
	m, isMonth := months[d.norm(j, hi)]
	if !isMonth || !d.toks[j].Upper {
		return dateExpr{}, false
	}
	j++
	if d.norm(j, hi) == "." && monthAbbrev[d.toks[j-1].Norm] {
		j++
	}
	date := sitrep.Date{Month: m, Day: day}
	if y, ok := yearNumber(d.norm(j, hi)); ok {
		date.Year = y
		j++
	} else if y, end, ok := d.namedYear(j, hi); ok {
		date.Year, j = y, end
	}
	return d.dayExpr(i, j, date, date.Year != 0), true
}

// namedYear reads "last year", "of this year", "next year" at token j:
// the year it names, counted from publication, and where it ends.
func (d *dater) namedYear(j, hi int) (int, int, bool) {
	if !d.pub.HasYear() {
		return 0, 0, false
	}
	if d.norm(j, hi) == "of" {
		j++
	}
	if d.norm(j+1, hi) != "year" {
		return 0, 0, false
	}
	switch d.norm(j, hi) {
	case "last", "previous":
		return d.pub.Year - 1, j + 2, true
	case "this":
		return d.pub.Year, j + 2, true
	case "next":
		return d.pub.Year + 1, j + 2, true
	}
	return 0, 0, false
}

// monthFirst reads "October 17", "Oct. 17, 2023", "between October 17 and 24",
// "January 2020" and a bare month "in October".
func (d *dater) monthFirst(i, hi int, m time.Month) (dateExpr, bool) {
	j := i + 1
	// "Oct.": the period closes the abbreviation, not the sentence.
	if d.norm(j, hi) == "." && monthAbbrev[d.toks[i].Norm] {
		j++
	}
	if day, ok := dayNumber(d.norm(j, hi)); ok && d.toks[j].Kind == normalize.Number {
		j++
		date := sitrep.Date{Month: m, Day: day}
		k := j
		if d.norm(k, hi) == "," {
			k++
		}
		if y, ok := yearNumber(d.norm(k, hi)); ok && d.toks[k].Kind == normalize.Number {
			date.Year = y
			j = k + 1
		} else if y, end, ok := d.namedYear(j, hi); ok {
			date.Year, j = y, end // "on July 5 last year"
		}
		e := d.dayExpr(i, j, date, date.Year != 0)
		// "between October 17 and 24", "October 17-24", "from October 17 to 24"
		if conj := d.norm(j, hi); conj == "and" || conj == "-" || conj == "to" || conj == "–" {
			if day2, ok := dayNumber(d.norm(j+1, hi)); ok && d.toks[j+1].Kind == normalize.Number && day2 > day {
				prev := d.norm(i-1, hi)
				if conj != "and" || prev == "between" {
					end := date
					end.Day = day2
					e2 := d.dayExpr(i, j+2, end, date.Year != 0)
					if s := e.When.Start; s.HasYear() && e2.When.End.HasYear() && e2.When.End.Before(s) {
						// Both days are of one month: the end takes the year the
						// start was given ("Jan 1-2" in early October: next year).
						e2 = d.dayExpr(i, j+2, sitrep.Date{Year: s.Year, Month: s.Month, Day: day2}, true)
					}
					e.When.End = e2.When.End
					e.Value = e.Value + "/" + e2.Value
					e.Last = j + 2
					e.Type = "DURATION"
				}
			}
		}
		return e, true
	}
	if y, ok := yearNumber(d.norm(j, hi)); ok && d.toks[j].Kind == normalize.Number {
		start := sitrep.Date{Year: y, Month: m, Day: 1}
		end := sitrep.Date{Year: y, Month: m + 1, Day: 1}
		if m == 12 {
			end = sitrep.Date{Year: y + 1, Month: 1, Day: 1}
		}
		return dateExpr{First: i, Last: j + 1, Type: "DATE", Value: fmt.Sprintf("%04d-%02d", y, int(m)),
			When: sitrep.When{Start: start, End: end.AddDays(-1), Precision: sitrep.PrecisionMonth}}, true
	}
	prev, prevAt := d.norm(i-1, hi), i-1
	if prev == "-" {
		prev, prevAt = d.norm(i-2, hi), i-2
	}
	modified := false
	if prev == "last" || prev == "this" {
		prev, modified = "in", true // "last May", "this June": the latest such month
	}
	// "since the start of July", "at the end of March": its first or last
	// days, as "early July", "late March".
	if prev == "of" && prevAt >= 2 && d.norm(prevAt-2, hi) == "the" {
		if part, ok := monthThirds[d.norm(prevAt-1, hi)]; ok {
			prev, prevAt = part, prevAt-2
		}
	}
	if prev == "in" || prev == "since" || prev == "early" || prev == "late" || prev == "mid" {
		e := dateExpr{First: i, Last: j, Type: "DATE", Value: fmt.Sprintf("XXXX-%02d", int(m))}
		if modified {
			e.First = prevAt
		}
		if d.pub.HasYear() {
			y := d.pub.Year
			if m > d.pub.Month {
				y--
			}
			// "in July last year", "in March of this year": the year named.
			if ny, end, ok := d.namedYear(j, hi); ok && !modified {
				y, e.Last = ny, end
			}
			start, end := monthPart(y, m, prev)
			if prev == "early" || prev == "mid" || prev == "late" {
				e.First = prevAt
			}
			e.Value = fmt.Sprintf("%04d-%02d", y, int(m))
			e.When = sitrep.When{Start: start, End: end, Precision: sitrep.PrecisionMonth}
		}
		return e, true
	}
	return dateExpr{}, false
}

// dayExpr builds a one-day expression, inferring the year from the
// publication date when the text gives none.
func (d *dater) dayExpr(first, last int, date sitrep.Date, hasYear bool) dateExpr {
	if !hasYear && d.pub.HasYear() {
		// The year that puts the day nearest to publication, with a lean to
		// the past: news mostly tells what happened.
		best, bestDist := d.pub.Year, 1<<30
		for _, y := range []int{d.pub.Year - 1, d.pub.Year, d.pub.Year + 1} {
			c := sitrep.Date{Year: y, Month: date.Month, Day: date.Day}
			dist := c.Days() - d.pub.Days()
			if dist > 0 {
				dist = dist*3 + 7 // a future day must be three times nearer
			} else {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = y, dist
			}
		}
		date.Year = best
	}
	v := date.String()
	if !date.HasYear() {
		v = "XXXX" + v[1:]
	}
	return dateExpr{First: first, Last: last, Type: "DATE", Value: v,
		When: sitrep.When{Start: date, End: date, Precision: sitrep.PrecisionDay}}
}

// weekday reads "early Friday morning", "late on Thursday", "Monday night",
// "Thursday's": the latest such day on or before publication, or the next
// one after "next".
func (d *dater) weekday(first, at, hi int, mod string) (dateExpr, bool) {
	wd := weekdays[d.norm(at, hi)]
	last := at + 1
	part := ""
	if p, ok := partsOfDay[d.norm(last, hi)]; ok {
		part = p
		last++
	}
	if mod == "on" {
		first = at
	}
	// "late on Tuesday last week", "on Tuesday of last week": that
	// weekday of the week before publication's.
	lastWeek := false
	if k := last; k < hi && d.toks[k].Norm == "of" && k+2 < hi && d.toks[k+1].Norm == "last" && d.toks[k+2].Norm == "week" {
		last, lastWeek = k+3, true
	} else if k+1 < hi && d.toks[k].Norm == "last" && d.toks[k+1].Norm == "week" && !d.toks[k+1].Possessive {
		last, lastWeek = k+2, true
	}
	e := dateExpr{First: first, Last: last, Type: "DATE", Value: "XXXX-WXX-" + strconv.Itoa(isoWeekday(wd))}
	if !d.pub.HasYear() {
		return e, true
	}
	back := (int(d.pub.Weekday()) - int(wd) + 7) % 7
	day := d.pub.AddDays(-back)
	if !d.week.IsZero() && (mod == "" || mod == "on" || mod == "early" || mod == "late") && !lastWeek {
		day = d.week.AddDays(-((int(d.week.Weekday()) - int(wd) + 7) % 7))
		back = -1
	}
	switch {
	case lastWeek:
		// The week runs Monday to Sunday: on a Tuesday, "Tuesday last
		// week" is a week back; on a Monday, "Tuesday last week" is six
		// days back.
		if back < isoWeekday(d.pub.Weekday()) {
			day = d.pub.AddDays(-back - 7)
		} else {
			day = d.pub.AddDays(-back)
		}
	case mod == "next":
		day = d.pub.AddDays((int(wd)-int(d.pub.Weekday())+6)%7 + 1)
	case mod == "last" && back == 0:
		day = d.pub.AddDays(-7)
	case back > 0 && (mod == "" || mod == "on") && d.futureBefore(first):
		// "Hezbollah's leader is due to speak on Thursday": the next one.
		day = d.pub.AddDays((int(wd) - int(d.pub.Weekday()) + 7) % 7)
		e.Future = true
	case back == 6 && (d.alreadyBefore(first, at) || d.localTimeAfter(last, hi)):
		// "it was already early Wednesday in Iraq", written on Tuesday
		// in Washington: the day after.
		day = d.pub.AddDays(1)
	}
	e.Value = day.String() + timexPart(part)
	e.When = sitrep.When{Start: day, End: day, Precision: sitrep.PrecisionDay}
	return e, true
}

func timexPart(p string) string {
	if p == "" {
		return ""
	}
	return "T" + p
}

func isoWeekday(wd time.Weekday) int {
	if wd == 0 {
		return 7
	}
	return int(wd)
}

// futureBefore reports a verb of the future in the few words before token
// k, in its clause: "will speak on", "is due to meet on", "are expected
// to vote on"; not when the day is an attack's ("will avenge the strike
// on Monday").
func (d *dater) futureBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := d.toks[j]
		if t.Kind == normalize.Punct || attackWords[t.Norm] || anaphorWords[t.Norm] || t.Norm == "massacre" {
			return false
		}
		switch t.Norm {
		case "will":
			return true
		case "due", "expected", "scheduled", "set":
			if j+1 < k && d.toks[j+1].Norm == "to" && j > 0 && (d.toks[j-1].Norm == "is" || d.toks[j-1].Norm == "are") {
				return true
			}
		}
	}
	return false
}

// yearWritten reports a year among tokens [i, j).
func (d *dater) yearWritten(i, j int) bool {
	for k := i; k < j && k < len(d.toks); k++ {
		if _, ok := yearNumber(d.toks[k].Norm); ok && d.toks[k].Kind == normalize.Number {
			return true
		}
	}
	return false
}

// localTimeAfter reports a local clock named just after a weekday ending
// before token k: "in the small hours of Friday, Baghdad time", "Friday
// local time". Written on Thursday far west of the attack, it is the day
// after.
func (d *dater) localTimeAfter(k, hi int) bool {
	if k < hi && d.toks[k].Norm == "," {
		k++
	}
	for j := k; j < hi && j <= k+3; j++ {
		if d.toks[j].Norm == "time" {
			return j > k
		}
		if d.toks[j].Kind != normalize.Word || !d.toks[j].Upper && d.toks[j].Norm != "local" {
			return false
		}
	}
	return false
}

// alreadyBefore reports "already" just before the weekday at token at
// (its modifiers from first): "already early Wednesday".
func (d *dater) alreadyBefore(first, at int) bool {
	for k := min(first, at) - 1; k >= 0 && k >= min(first, at)-3; k-- {
		switch d.toks[k].Norm {
		case "already":
			return true
		case "early", "late", "in", "on", "the", "hours", "of", "small":
		default:
			return false
		}
	}
	return false
}

// abbrevWeekdays are the weekdays as digests and tables shorten them.
var abbrevWeekdays = map[string]time.Weekday{"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday}

// abbrevWeekday reports a weekday's short form: "Wed", "Sun".
func abbrevWeekday(w string) bool {
	_, ok := abbrevWeekdays[w]
	return ok
}

// weekdayNumber reads "Sun 6", "Wed 9" at token i: the day of the month
// numbered so that falls on that weekday, on or up to 35 days before
// publication. "Sun" and "Sat" are words too: the number must follow and
// no month after it.
func (d *dater) weekdayNumber(i, hi int) (dateExpr, bool) {
	if i+1 >= hi || d.toks[i+1].Kind != normalize.Number || !d.pub.HasYear() {
		return dateExpr{}, false
	}
	n, ok := dayNumber(d.norm(i+1, hi))
	if !ok || n < 1 || n > 31 {
		return dateExpr{}, false
	}
	if _, month := months[d.norm(i+2, hi)]; month {
		return dateExpr{}, false
	}
	wd := abbrevWeekdays[d.norm(i, hi)]
	for back := 0; back <= 35; back++ {
		day := d.pub.AddDays(-back)
		if day.Day == n && day.Weekday() == wd {
			return dateExpr{First: i, Last: i + 2, Type: "DATE", Value: day.String(),
				When: sitrep.When{Start: day, End: day, Precision: sitrep.PrecisionDay}}, true
		}
	}
	return dateExpr{}, false
}
