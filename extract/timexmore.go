package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// The expressions below are listed by Dates (sitrep dates, eval timex) but
// not used for incidents' dates: times of day, sets ("every morning",
// "daily"), vague durations ("for years", "in recent weeks"), seasons,
// weekends, holidays, centuries and decades, the past and the future.

// setWords are adverbs of frequency, with their TIMEX3 value.
var setWords = map[string]string{
	"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
	"annually": "P1Y", "hourly": "PT1H", "biweekly": "P2W", "quarterly": "P3M",
}

// seasons by name, with their TIMEX3 code and first month.
var seasons = map[string]struct {
	code  string
	month time.Month
}{
	"spring": {"SP", 3}, "summer": {"SU", 6}, "fall": {"FA", 9}, "autumn": {"FA", 9}, "winter": {"WI", 12},
}

// pluralUnits are bare plural units that make a vague duration after
// "for", "within", "over", "recent"...: "for years", "in recent weeks".
var pluralUnits = map[string]string{
	"seconds": "PTXS", "minutes": "PTXM", "hours": "PTXH", "days": "PXD", "weeks": "PXW",
	"months": "PXM", "years": "PXY", "decades": "PXDE", "centuries": "PXCE",
}

// smallUnits are the units below a day and above a decade that span lacks,
// with their TIMEX3 form: "one minute" PT1M, "a century" P1CE.
var smallUnits = map[string]string{
	"second": "PT%sS", "seconds": "PT%sS", "minute": "PT%sM", "minutes": "PT%sM",
	"century": "P%sCE", "centuries": "P%sCE", "quarter": "P%sQ", "quarters": "P%sQ",
}

// ordinalUse reports a word at token k that makes "second" or "quarter"
// before it no span of time: a noun it counts ("a second tower") or "of".
func ordinalUse(toks []normalize.Token, k, hi int) bool {
	if k >= hi || toks[k].Kind != normalize.Word {
		return false
	}
	switch toks[k].Norm {
	case "later", "earlier", "ago", "or", "and", "before", "after", "in", "to", "at", "on", "for", "when", "while", "the", "a":
		return false
	}
	return true
}

// extra recognises, at token i, the expressions that Dates lists beyond
// the incident dates of at.
func (d *dater) extra(i, hi int) (dateExpr, bool) {
	t := d.toks[i]
	w, w1, w2 := d.norm(i, hi), d.norm(i+1, hi), d.norm(i+2, hi)
	// Not an ordinal or a share: "a second tower block", "a quarter of
	// the buildings".
	if f, ok := smallUnits[w1]; ok && t.Kind != normalize.Punct && !((w1 == "second" || w1 == "quarter") && ordinalUse(d.toks, i+2, hi)) {
		if n, next, ok := number(d.toks, i, false); ok && next == i+1 && n <= 1000 {
			return dateExpr{First: i, Last: i + 2, Type: "DURATION", Value: fmt.Sprintf(f, strconv.Itoa(n))}, true
		}
	}
	if t.Kind == normalize.Number {
		if e, ok := d.clock(i, hi); ok {
			return e, true
		}
		return d.ordinalCentury(i, hi)
	}
	if t.Kind != normalize.Word {
		return dateExpr{}, false
	}
	if v, ok := setWords[w]; ok {
		return dateExpr{First: i, Last: i + 1, Type: "SET", Value: v}, true
	}
	if w == "noon" || w == "midday" || w == "midnight" {
		h := "12:00"
		if w == "midnight" {
			h = "24:00"
		}
		return dateExpr{First: i, Last: i + 1, Type: "TIME", Value: "XXXX-XX-XXT" + h}, true
	}
	switch {
	case (w == "every" || w == "each") && w1 != "":
		return d.every(i, hi)
	case (w == "once" || w == "twice") && (w1 == "a" || w1 == "per") && units[w2].letter != "":
		return dateExpr{First: i, Last: i + 3, Type: "SET", Value: "P1" + units[w2].letter}, true
	case (w == "the" || w == "this" || w == "last" || w == "next" || w == "that") && w1 == "weekend":
		return d.weekend(i, i+2, w)
	case w == "the" && (w1 == "future" || (w1 == "near" || w1 == "foreseeable" || w1 == "distant") && w2 == "future"):
		n := 2
		if w1 != "future" {
			n = 3
		}
		return dateExpr{First: i, Last: i + n, Type: "DATE", Value: "FUTURE_REF"}, true
	case w == "the" && w1 == "past" && d.prevIs(i, "in", "over") && !d.amount(i+2, hi):
		return dateExpr{First: i, Last: i + 2, Type: "DATE", Value: "PAST_REF"}, true
	case w == "the" && w1 == "time" && d.prevIs(i, "at", "by"):
		return dateExpr{First: i, Last: i + 2, Type: "DATE", Value: "PAST_REF"}, true
	case (w == "this" || w == "last" || w == "next") && w1 == "century":
		return d.century(i, i+2, w)
	case (w == "past" || w == "last" || w == "next" || w == "coming" || w == "following" || w == "previous") &&
		(w1 == "decade" || w1 == "century" || w1 == "hour" || w1 == "minute"):
		v := map[string]string{"decade": "P1DE", "century": "P1CE", "hour": "PT1H", "minute": "PT1M"}[w1]
		return dateExpr{First: i, Last: i + 2, Type: "DURATION", Value: v}, true
	case (w == "this" || w == "the" || w == "last" || w == "next" || w == "current") && w1 == "fiscal" && w2 == "year":
		e := dateExpr{First: d.the(i), Last: i + 3, Type: "DATE", Value: "XXXX"}
		if d.pub.HasYear() {
			y := d.pub.Year
			switch w {
			case "last":
				y--
			case "next":
				y++
			}
			e.Value = strconv.Itoa(y)
		}
		return e, true
	}
	if _, ok := seasons[w]; ok {
		return d.season(i, i, hi, "")
	}
	if _, ok := seasons[w1]; ok {
		switch w {
		case "last", "this", "next", "early", "late", "mid", "past":
			return d.season(i, i+1, hi, w)
		}
	}
	if v, ok := pluralUnits[w]; ok {
		return d.vague(i, hi, v)
	}
	return d.holiday(i, hi)
}

// the returns i, or the index of a "the" just before token i: TimeML
// takes it in ("the 1990s", "the current fiscal year").
func (d *dater) the(i int) int {
	if d.prevIs(i, "the") {
		return i - 1
	}
	return i
}

// prevIs reports whether the word before token i is one of ws.
func (d *dater) prevIs(i int, ws ...string) bool {
	if i == 0 {
		return false
	}
	p := d.toks[i-1].Norm
	for _, w := range ws {
		if p == w {
			return true
		}
	}
	return false
}

// every reads "every day", "each morning", "every Monday", "each season".
func (d *dater) every(i, hi int) (dateExpr, bool) {
	w1 := d.norm(i+1, hi)
	e := dateExpr{First: i, Last: i + 2, Type: "SET"}
	switch {
	case units[w1].letter != "" && w1[len(w1)-1] != 's':
		e.Value = "P1" + units[w1].letter
		if units[w1].letter == "H" {
			e.Value = "PT1H"
		}
	case partsOfDay[w1] != "":
		e.Value = "XXXX-XX-XXT" + partsOfDay[w1]
	case seasons[w1].code != "":
		e.Value = "XXXX-" + seasons[w1].code
	case w1 == "season":
		e.Value = "XXXX-XX"
	default:
		wd, ok := weekdays[w1]
		if !ok {
			return dateExpr{}, false
		}
		e.Value = "XXXX-WXX-" + strconv.Itoa(isoWeekday(wd))
	}
	return e, true
}

// weekend reads "the weekend", "this weekend", "last weekend": the weekend
// of publication's week, or the one before or after.
func (d *dater) weekend(first, last int, mod string) (dateExpr, bool) {
	e := dateExpr{First: first, Last: last, Type: "DATE", Value: "XXXX-WXX-WE"}
	if !d.pub.HasYear() {
		return e, true
	}
	monday := d.pub.AddDays(-((int(d.pub.Weekday()) + 6) % 7))
	sat := monday.AddDays(5)
	switch {
	case mod == "last" || (mod == "the" || mod == "that") && d.pub.Weekday() >= time.Monday && d.pub.Weekday() <= time.Wednesday:
		sat = sat.AddDays(-7)
	case mod == "next":
		sat = sat.AddDays(7)
	}
	y, wk := sat.Time().ISOWeek()
	e.Value = fmt.Sprintf("%04d-W%02d-WE", y, wk)
	e.When = sitrep.When{Start: sat, End: sat.AddDays(1), Precision: sitrep.PrecisionDay}
	return e, true
}

// season reads "last summer", "the winter of 2012", "spring 2013", and a
// season after "in", "this", "during", "the".
func (d *dater) season(first, at, hi int, mod string) (dateExpr, bool) {
	w := d.norm(at, hi)
	s := seasons[w]
	last := at + 1
	year := 0
	if y, ok := yearNumber(d.norm(last, hi)); ok {
		year, last = y, last+1
	} else if d.norm(last, hi) == "of" {
		if y, ok := yearNumber(d.norm(last+1, hi)); ok {
			year, last = y, last+2
		}
	}
	if mod == "" && year == 0 {
		// A bare season needs a word that makes it a time: "in summer",
		// "the winter"; "fall" and "spring" also need a year or "last",
		// "this"... ("the fall of Mosul", "the Arab Spring").
		if w == "fall" || w == "spring" || !d.prevIs(first, "in", "during", "the", "this", "over", "by", "until") {
			return dateExpr{}, false
		}
	}
	if first == at && d.prevIs(first, "the") {
		first-- // "the winter of 2019"
	}
	e := dateExpr{First: first, Last: last, Type: "DATE", Value: "XXXX-" + s.code}
	if year == 0 && d.pub.HasYear() {
		// The season that began last before publication, and whether it
		// is still going on.
		latest := d.pub.Year
		if d.pub.Month < s.month {
			latest--
		}
		ongoing := d.pub.Days() < sitrep.DateOf(time.Date(latest, s.month+3, 1, 0, 0, 0, 0, time.UTC)).Days()
		switch {
		case mod == "last" || mod == "past":
			year = latest
			if ongoing {
				year--
			}
		case mod == "next" || !ongoing:
			year = latest + 1
		default:
			year = latest
		}
	}
	if year != 0 {
		e.Value = fmt.Sprintf("%04d-%s", year, s.code)
		start := sitrep.Date{Year: year, Month: s.month, Day: 1}
		e.When = sitrep.When{Start: start, End: sitrep.DateOf(start.Time().AddDate(0, 3, -1)), Precision: sitrep.PrecisionMonth}
	}
	return e, true
}

// vague reads a bare plural unit as a duration of unknown length when the
// words before make it one: "for years", "within days", "in recent weeks",
// "over the coming months".
func (d *dater) vague(i, hi int, v string) (dateExpr, bool) {
	switch d.norm(i+1, hi) {
	case "ago", "later", "earlier", "before", "after", "old", "'", "’":
		return dateExpr{}, false
	case "of": // "the days of the siege"; but "within hours of the raid"
		if !d.prevIs(i, "within") {
			return dateExpr{}, false
		}
	}
	if i == 0 {
		return dateExpr{}, false // nothing before it says how many or for how long
	}
	first := i
	switch d.toks[i-1].Norm {
	case "recent", "coming", "past", "next", "last", "many", "several", "few":
		first = i - 1
	case "for", "within", "over", "in", "takes", "took", "lasted", "spent":
	default:
		return dateExpr{}, false
	}
	if first == i && d.toks[i-1].Norm == "in" {
		return dateExpr{}, false // "in years" is rare; "in days" means soon
	}
	return dateExpr{First: first, Last: i + 1, Type: "DURATION", Value: v}, true
}

// century reads "this century", "last century", "next century".
func (d *dater) century(first, last int, mod string) (dateExpr, bool) {
	e := dateExpr{First: first, Last: last, Type: "DATE", Value: "XX"}
	if d.pub.HasYear() {
		c := d.pub.Year / 100
		switch mod {
		case "last":
			c--
		case "next":
			c++
		}
		e.Value = fmt.Sprintf("%02d", c)
	}
	return e, true
}

// ordinalCentury reads "the 20th century" (value 19) and "the 1990s"
// (value 199).
func (d *dater) ordinalCentury(i, hi int) (dateExpr, bool) {
	n, err := strconv.Atoi(d.norm(i, hi))
	if err != nil {
		return dateExpr{}, false
	}
	suf := d.norm(i+1, hi)
	if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && d.norm(i+2, hi) == "century" && n >= 1 && n <= 22 &&
		d.toks[i+1].Start == d.toks[i].End {
		return dateExpr{First: d.the(i), Last: i + 3, Type: "DATE", Value: fmt.Sprintf("%02d", n-1)}, true
	}
	if suf == "s" && d.toks[i+1].Start == d.toks[i].End && len(d.toks[i].Norm) == 4 && n%10 == 0 && n >= 1800 && n <= 2090 {
		return dateExpr{First: d.the(i), Last: i + 2, Type: "DATE", Value: strconv.Itoa(n / 10)}, true
	}
	return dateExpr{}, false
}

// clock reads a time of day: "10:35 a.m.", "8 PM", "15:00 GMT", "6 a.m",
// "10 p.m", on the publication day when nothing else says which.
func (d *dater) clock(i, hi int) (dateExpr, bool) {
	if e, ok := d.militaryClock(i, hi); ok {
		return d.clockDay(e, hi), true
	}
	h, err := strconv.Atoi(d.norm(i, hi))
	if err != nil || h > 24 || len(d.toks[i].Norm) > 2 || i > 0 && d.toks[i-1].Norm == ":" && d.toks[i-1].End == d.toks[i].Start {
		return dateExpr{}, false
	}
	j, m := i+1, 0
	minutes := false
	if d.norm(j, hi) == ":" && d.toks[j].Start == d.toks[i].End {
		mm, err := strconv.Atoi(d.norm(j+1, hi))
		if err != nil || len(d.norm(j+1, hi)) != 2 || mm > 59 {
			return dateExpr{}, false
		}
		if d.norm(j+2, hi) == ":" { // "3:07:35": a race time, a duration
			return dateExpr{}, false
		}
		m, j, minutes = mm, j+2, true
	}
	suffix := false
	switch d.norm(j, hi) {
	case "am", "pm":
		suffix = true
		if d.norm(j, hi) == "pm" && h < 12 {
			h += 12
		} else if d.norm(j, hi) == "am" && h == 12 {
			h = 0 // "12:40 am" is forty minutes past midnight
		}
		j++
	case "a", "p":
		if d.norm(j+1, hi) == "." && d.norm(j+2, hi) == "m" {
			suffix = true
			if d.norm(j, hi) == "p" && h < 12 {
				h += 12
			} else if d.norm(j, hi) == "a" && h == 12 {
				h = 0
			}
			j += 3
			if d.norm(j, hi) == "." && d.toks[j].Start == d.toks[j-1].End {
				j++
			}
		}
	}
	if !suffix && !minutes {
		return dateExpr{}, false
	}
	if !suffix && h > 23 {
		return dateExpr{}, false
	}
	switch d.norm(j, hi) {
	case "gmt", "utc", "est", "edt", "et", "bst", "cet":
		j++
	case "local":
		if d.norm(j+1, hi) == "time" {
			j += 2
		}
	}
	day := "XXXX-XX-XX"
	if d.pub.HasYear() {
		day = d.pub.String()
	}
	return d.clockDay(dateExpr{First: i, Last: j, Type: "TIME", Value: day + fmt.Sprintf("T%02d:%02d", h, m)}, hi), true
}

// clockDay gives time of day e the weekday right after it, "15:00 GMT
// Saturday", "10 a.m. on Friday", "0200 GMT on Monday": that day's.
func (d *dater) clockDay(e dateExpr, hi int) dateExpr {
	k := e.Last
	if d.norm(k, hi) == "on" {
		k++
	}
	if _, ok := weekdays[d.norm(k, hi)]; !ok || !d.toks[k].Upper {
		return e
	}
	w, ok := d.weekday(k, k, hi, "")
	if !ok || w.Last != k+1 {
		return e
	}
	day := w.Value
	if !w.When.IsZero() {
		day = d.aheadOfGMT(w.When.Start, k+1, hi).String()
	}
	e.Value = day + e.Value[strings.Index(e.Value, "T"):]
	e.Last = k + 1
	return e
}

// aheadOfGMT returns the day a weekday resolved to, or the day after
// publication when a clock of the evening in GMT in brackets follows it
// at token k: "at 00:20 local time on Saturday (21:20 GMT)" in a blog of
// Friday is tomorrow's Saturday, not last week's.
func (d *dater) aheadOfGMT(day sitrep.Date, k, hi int) sitrep.Date {
	if next := d.pub.AddDays(1); d.pub.HasYear() && day == next.AddDays(-7) && d.eveningGMTAfter(k, hi) {
		return next
	}
	return day
}

// eveningGMTAfter reports a clock of the evening in GMT or UTC in brackets
// at token k: "(21:20 GMT)".
func (d *dater) eveningGMTAfter(k, hi int) bool {
	if d.norm(k, hi) != "(" {
		return false
	}
	h, err := strconv.Atoi(d.norm(k+1, hi))
	if err != nil || h < 18 || h > 23 || d.norm(k+2, hi) != ":" {
		return false
	}
	z := d.norm(k+4, hi)
	return z == "gmt" || z == "utc"
}

// militaryClock reads a 24-hour time of four digits and its zone, as
// military statements and maritime advisories write it: "1945 local
// time", "2230 UTC", "0045Z", "1930 hrs"; on the publication day.
func (d *dater) militaryClock(i, hi int) (dateExpr, bool) {
	w := d.norm(i, hi)
	if len(w) != 4 || d.toks[i].Kind != normalize.Number {
		return dateExpr{}, false
	}
	h, err1 := strconv.Atoi(w[:2])
	m, err2 := strconv.Atoi(w[2:])
	if err1 != nil || err2 != nil || h > 23 || m > 59 {
		return dateExpr{}, false
	}
	j := i + 1
	switch d.norm(j, hi) {
	case "local":
		j++
		if d.norm(j, hi) == "time" {
			j++
		}
	case "hrs", "hours", "utc", "gmt", "z", "zulu", "lt":
		j++
	default:
		return dateExpr{}, false
	}
	day := "XXXX-XX-XX"
	if d.pub.HasYear() {
		day = d.pub.String()
	}
	return dateExpr{First: i, Last: j, Type: "TIME", Value: day + fmt.Sprintf("T%02d:%02d", h, m)}, true
}

// amount reports whether token i starts a number or a unit of time: "the
// past two years", "the past few weeks".
func (d *dater) amount(i, hi int) bool {
	if i >= hi {
		return false
	}
	w := d.toks[i].Norm
	if _, _, ok := number(d.toks, i, false); ok {
		return true
	}
	_, unit := units[w]
	return unit || w == "few" || w == "several" || pluralUnits[w] != "" || smallUnits[w] != ""
}

// holidays with fixed days, by their words.
var holidays = []struct {
	words      []string
	month, day int // 0 for the movable ones
	rule       string
}{
	{[]string{"christmas", "eve"}, 12, 24, ""},
	{[]string{"christmas", "day"}, 12, 25, ""},
	{[]string{"christmas"}, 12, 25, ""},
	{[]string{"new", "year", "eve"}, 12, 31, ""},
	{[]string{"new", "year", "day"}, 1, 1, ""},
	{[]string{"valentine", "day"}, 2, 14, ""},
	{[]string{"halloween"}, 10, 31, ""},
	{[]string{"independence", "day"}, 7, 4, "US"},
	{[]string{"thanksgiving", "day"}, 11, 0, "thanksgiving"},
	{[]string{"thanksgiving"}, 11, 0, "thanksgiving"},
	{[]string{"easter", "sunday"}, 0, 0, "easter"},
	{[]string{"easter"}, 0, 0, "easter"},
	{[]string{"memorial", "day"}, 5, 0, "memorial"},
	{[]string{"labor", "day"}, 9, 0, "labor"},
	{[]string{"election", "day"}, 11, 0, "election"},
}

// holiday reads a capitalised holiday: "Christmas Eve", "Thanksgiving Day",
// "last Thanksgiving", in the year nearest to publication.
func (d *dater) holiday(i, hi int) (dateExpr, bool) {
	at := i
	mod := d.norm(i, hi)
	if mod == "last" || mod == "this" || mod == "next" {
		at = i + 1
	} else {
		mod = ""
	}
	if at >= hi || !d.toks[at].Upper {
		return dateExpr{}, false
	}
	for _, h := range holidays {
		n := d.words(at, hi, h.words)
		if n == 0 {
			continue
		}
		e := dateExpr{First: i, Last: at + n, Type: "DATE", Value: "XXXX-XX-XX"}
		if !d.pub.HasYear() || h.rule == "election" {
			return e, true
		}
		day := func(y int) sitrep.Date { return holidayDate(y, h.month, h.day, h.rule) }
		best := day(d.pub.Year)
		switch {
		case mod == "last" && best.Days() >= d.pub.Days():
			best = day(d.pub.Year - 1)
		case mod == "next" && best.Days() <= d.pub.Days():
			best = day(d.pub.Year + 1)
		case mod == "" && best.Days()-d.pub.Days() > 180:
			best = day(d.pub.Year - 1)
		case mod == "" && d.pub.Days()-best.Days() > 180:
			best = day(d.pub.Year + 1)
		}
		e.Value = best.String()
		e.When = sitrep.When{Start: best, End: best, Precision: sitrep.PrecisionDay}
		return e, true
	}
	return dateExpr{}, false
}

// words returns how many tokens from at spell ws, possessives and
// apostrophes aside ("New Year's Eve"), or 0.
func (d *dater) words(at, hi int, ws []string) int {
	j := at
	for _, w := range ws {
		for j < hi && d.toks[j].Kind == normalize.Punct && (d.toks[j].Norm == "'" || d.toks[j].Norm == "’") {
			j++
		}
		if j >= hi || d.toks[j].Norm != w || !d.toks[j].Upper {
			return 0
		}
		j++
	}
	return j - at
}

// dayHoliday reports a holiday of a fixed day named as a day at token i:
// "Christmas Day", "Christmas Eve", "New Year's Day", "New Year's Eve".
func (d *dater) dayHoliday(i, hi int) bool {
	if !is(&d.toks[i], cDayHoliday) {
		return false
	}
	for _, h := range holidays {
		if h.rule != "" || len(h.words) < 2 {
			continue
		}
		if last := h.words[len(h.words)-1]; (last == "day" || last == "eve") && d.words(i, hi, h.words) > 0 {
			return true
		}
	}
	return false
}

// holidayDate returns the day of a holiday in year y.
func holidayDate(y, month, day int, rule string) sitrep.Date {
	nth := func(m time.Month, wd time.Weekday, n int) sitrep.Date {
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		off := (int(wd) - int(first.Weekday()) + 7) % 7
		return sitrep.DateOf(first.AddDate(0, 0, off+7*(n-1)))
	}
	switch rule {
	case "thanksgiving":
		return nth(time.November, time.Thursday, 4)
	case "labor":
		return nth(time.September, time.Monday, 1)
	case "memorial":
		last := time.Date(y, time.June, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		return sitrep.DateOf(last.AddDate(0, 0, -((int(last.Weekday()) + 6) % 7)))
	case "easter":
		// The anonymous Gregorian algorithm.
		a, b, c := y%19, y/100, y%100
		dd, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		h := (19*a + b - dd - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - h - k) % 7
		m := (a + 11*h + 22*l) / 451
		mo := (h + l - 7*m + 114) / 31
		da := (h+l-7*m+114)%31 + 1
		return sitrep.Date{Year: y, Month: time.Month(mo), Day: da}
	}
	return sitrep.Date{Year: y, Month: time.Month(month), Day: day}
}

// dtg reads a military date-time group: "010035C JAN24", "310600Z DEC 23",
// "291935C DEC23": day, hours and minutes, a zone letter (Z for UTC, C for
// UTC+3 ...), the month and the year. The day is the one written, in the
// zone given.
func (d *dater) dtg(i, hi int) (dateExpr, bool) {
	w := d.norm(i, hi)
	if len(w) != 6 || i+2 >= hi {
		return dateExpr{}, false
	}
	z := d.toks[i+1]
	if z.Kind != normalize.Word || len(z.Norm) != 1 || z.Start != d.toks[i].End || z.Norm < "a" || z.Norm > "z" {
		return dateExpr{}, false
	}
	day, err1 := strconv.Atoi(w[:2])
	h, err2 := strconv.Atoi(w[2:4])
	m, err3 := strconv.Atoi(w[4:])
	if err1 != nil || err2 != nil || err3 != nil || day < 1 || day > 31 || h > 23 || m > 59 {
		return dateExpr{}, false
	}
	// The month and the year, together ("jan24") or apart ("dec 23").
	mon, last := d.norm(i+2, hi), i+3
	year := ""
	if len(mon) == 5 {
		mon, year = mon[:3], mon[3:]
	} else if last < hi && d.toks[last].Kind == normalize.Number && len(d.toks[last].Norm) == 2 {
		year, last = d.toks[last].Norm, last+1
	}
	month, ok := months[mon]
	if !ok || len(mon) != 3 {
		return dateExpr{}, false
	}
	date := sitrep.Date{Month: month, Day: day}
	hasYear := false
	if y, err := strconv.Atoi(year); err == nil && len(year) == 2 {
		date.Year, hasYear = 2000+y, true
	}
	e := d.dayExpr(i, last, date, hasYear)
	e.Value += fmt.Sprintf("T%02d:%02d", h, m)
	return e, true
}
