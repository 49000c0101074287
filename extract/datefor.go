package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// dateFor picks the date of sentence s for an incident at p: the nearest
// date that no generic attack word is closer to.
func (d *docState) dateFor(s *sentence, p placeRef) (dateExpr, bool) {
	var best dateExpr
	bestDist, ok := 1<<30, false
	day := hasDay(s.Dates) // once: a sentence may hold thousands of dates
	days := -1             // daysOf's count, read when first needed
	// The day told last before each date of the sentence, kept as the
	// dates are read in order, and the base of the sentence before.
	var told sitrep.When
	outer, outerRead := sitrep.When{}, false
	// base is the day relative dates count from: the day told just before
	// in the sentence ("began on 17 October, ten days after the Hamas
	// attack"), else the incident told last, read once.
	base := func() sitrep.When {
		if !told.IsZero() {
			return told
		}
		if !outerRead {
			outer, outerRead = d.outerBase(s), true
		}
		return outer
	}
	for i, e := range s.Dates {
		if e.Future {
			continue
		}
		// "reopened on Sunday, after a closure that followed Thursday's
		// shooting": the day the attack word of the place owns is its day,
		// in an aside too when it is the sentence's only attack word (not
		// "fired missiles on Friday in response to Thursday's strikes").
		if t := nearestTrigger(s, p.First, p.Last); ownedDay(d.toks, t, e) && (!inAside(s.Aside, e.First, e.Last) || soleTrigger(s, t)) && !placeOfItsOwn(s, t, p) {
			best, bestDist, ok = e, 0, true
			continue
		}
		// "[The first statement - issued Monday] ... in the afternoon of
		// this day": the day the statement was issued.
		if e.ThisDay {
			if w, ok := d.issuedDay(s); ok {
				e.When, e.Value = w, w.Start.String()
			}
		}
		// "On Tuesday, two days before the speech, the group said": the
		// relative date in apposition ties the day to another event.
		if i > 0 && e.Relative && e.Shift != 0 && appositiveRelative(d.toks, s, s.Dates[i-1], e) {
			continue
		}
		if i > 0 {
			if o := s.Dates[i-1]; !o.Relative && !o.Calendar && !o.Future && o.When.Precision == sitrep.PrecisionDay && o.When.Start.HasYear() &&
				!elsewhereClock(d.toks, o.Last, s.Last) {
				told = o.When
			}
		}
		// "Two days after the truce took hold": counted from an event that
		// is no attack, whose day the text does not give.
		if e.Relative && e.Shift != 0 && e.Last > e.First && (d.toks[e.Last-1].Norm == "after" || d.toks[e.Last-1].Norm == "before") &&
			eventAfter(d.toks, e.Last, s.Last) {
			continue
		}
		if e.Relative {
			// "the same day", "a day earlier"
			if pub := d.doc.Published; e.Shift > 0 && pub.HasYear() && d.afterClauseOpens(s, e) {
				e.When = sitrep.When{Start: pub.AddDays(-e.Shift), End: pub.AddDays(-e.Shift), Precision: sitrep.PrecisionDay}
			} else {
				base := base()
				if base.IsZero() || !base.Start.HasYear() && e.Shift != 0 {
					continue
				}
				e.When = sitrep.When{Start: base.Start.AddDays(e.Shift), End: base.End.AddDays(e.Shift), Precision: base.Precision}
				if e.Week {
					e.When = sitrep.When{Start: base.Start.AddDays(-7), End: base.Start.AddDays(-1), Precision: sitrep.PrecisionWeek}
				}
			}
			e.Value = e.When.Start.String()
		}
		if e.Same {
			if base := base(); base.Precision == sitrep.PrecisionDay && base.Start.HasYear() && !e.When.IsZero() &&
				base.Start.Weekday() == e.When.Start.Weekday() && base.Start.Days() > e.When.Start.Days()-14 {
				e.When, e.Value = sitrep.When{Start: base.Start, End: base.Start, Precision: sitrep.PrecisionDay}, base.Start.String()
			}
		}
		// "about half an hour into the new year on Monday": how far into
		// another event, which the day after it dates.
		if e.Since && !e.SinceWhen || e.Calendar || e.When.IsZero() && e.Value == "" ||
			e.Type == "DURATION" && e.Last < s.Last && d.toks[e.Last].Norm == "into" {
			continue
		}
		// "MONDAY 27 NOVEMBER - 01:41 Sanaa time (22:41 GMT on Sunday)":
		// a time of day defers to a day the sentence gives, and a day in
		// brackets after a time is a conversion.
		if e.Type == "TIME" && e.When.IsZero() && day || bracketed(d.toks, s, e) && d.dayOutside(s, e) && !localBracket(d.toks, s, e) {
			continue
		}
		// "At approx 2330 UTC 30 JAN (0230 LT 31 JAN)": the local day in
		// brackets, not the UTC one.
		if !bracketed(d.toks, s, e) && utcBefore(d.toks, s, e) && d.localDayBracketed(s) {
			continue
		}
		// "at about 12:40 a.m. local (2140 GMT Tuesday)": the GMT day of a
		// conversion is the day before the local one.
		if e.When.Precision == sitrep.PrecisionDay && e.When.Start == e.When.End && bracketed(d.toks, s, e) && d.gmtEveningAfterLocalNight(s, e) {
			e.When.Start, e.When.End = e.When.Start.AddDays(1), e.When.End.AddDays(1)
			e.Value = e.When.Start.String()
		}
		// "after midnight between Thursday and Friday": Friday.
		if afterMidnightBetween(d.toks, e) {
			continue
		}
		// "in a clash ... during the security campaign launched in the
		// area on Wednesday": the day the campaign began, not the clash's.
		if campaignBegan(d.toks, s.First, e.First) {
			continue
		}
		// "began at 6:30 p.m. Eastern Thursday": the evening on the U.S.
		// East Coast is the small hours of the next day in the Middle East.
		if e.When.Precision == sitrep.PrecisionDay && e.When.Start == e.When.End && d.easternEveningBefore(s, e) {
			e.When.Start, e.When.End = e.When.Start.AddDays(1), e.When.End.AddDays(1)
			e.Value = e.When.Start.String()
		}
		// "on Tuesday afternoon, Washington time": a day on another
		// continent's clock, hours behind the attack's.
		if elsewhereClock(d.toks, e.Last, s.Last) {
			continue
		}
		// "at dawn today, Tuesday 26-11-2024": the date the day is then
		// given, not the day the text took it to be.
		if o, ok := restated(d.toks, s.Dates, e); ok {
			e.When, e.Value = o.When, o.Value
		}
		// "walked behind the coffin on Wednesday, the day after the drone
		// missile that hit his car": the attack's day is the day before.
		if e.When.Precision == sitrep.PrecisionDay && e.When.Start == e.When.End {
			if n := dayAfterAttack(d.toks, s, e); n != 0 {
				e.When.Start, e.When.End = e.When.Start.AddDays(-n), e.When.End.AddDays(-n)
				e.Value = e.When.Start.String()
			}
		}
		// "No group had claimed the attack by Tuesday morning": a deadline,
		// not the attack's day.
		if deadlineBefore(d.toks, e.First) {
			continue
		}
		// "rescuers recovered another body from the ruins in Jabalia on
		// Thursday, raising the toll of Monday's strike": the day the
		// body was found, when the sentence gives another.
		if recoveredBefore(d.toks, s.First, e.First) && daysOf(&days, s.Dates) > 1 {
			continue
		}
		// "Hours before the Iranian president landed in Baghdad on
		// Wednesday, two rockets struck": the day of what the attack is
		// timed by.
		if anchorDay(d.toks, s, e, nearestTrigger(s, p.First, p.Last)) {
			continue
		}
		// "fired missiles on Friday, in response to Thursday's strikes": the
		// aside's day is another event's.
		if inAside(s.Aside, e.First, e.Last) {
			continue
		}
		// "connected with the targets of yesterday": whose day, not when.
		// "in the night of yesterday" is when.
		if w := d.toks[e.First].Norm; e.First > 0 && d.toks[e.First-1].Norm == "of" && (w == "yesterday" || w == "today") &&
			!(e.First > 1 && (partsOfDay[d.toks[e.First-2].Norm] != "" || timesOfDay[d.toks[e.First-2].Norm] || d.toks[e.First-2].Norm == "hours")) {
			continue
		}
		// Not across a comma: "struck two facilities ... early last
		// Wednesday, in response to attacks on U.S. forces".
		if t := nearestTrigger(s, e.First, e.Last); t.Generic && !e.SinceWhen && (abs(e.First-t.Last) <= 4 || abs(t.First-e.Last) <= 4) &&
			!hasWord(d.toks, min(e.Last, t.Last), max(e.First, t.First), ",") {
			continue // "attacks that began on October 17": the pattern's date
		}
		// Distance to the attack word that goes with the place: in "holds X
		// responsible for Sunday's attack at Tower 22, said late on Tuesday"
		// Sunday is the attack's day.
		// "Another was downed at X last Thursday, and sources say a third
		// fell late on Friday as it approached Y": a place in another
		// clause than the attack word takes the day of its own clause.
		at := p.First
		// "a drone was shot down near Erbil airport on Sunday night and
		// another near the al-Tanf garrison early on Thursday": the place
		// after "and another" has its own day.
		// "a Burkan near Ma'ayan Baruch on Sunday and about 60 rockets at
		// the Golan on Tuesday": a day right after the place is its own,
		// whatever attack word follows.
		if t := nearestTrigger(s, p.First, p.Last); t.Last > 0 && (p.Last == 0 || !clauseBreak(d.toks, min(t.First, p.First), max(t.First, p.First)) &&
			!(t.Last <= p.First && anotherBefore(d.toks, t.Last, p.First))) && !(p.Last > 0 && (t.First >= p.Last || daysOf(&days, s.Dates) > 1) && dayRightAfter(d.toks, s.Dates, siteEnd(d.toks, p.Last, s.Last))) {
			at = t.First
		}
		dist := abs(e.Last - at)
		if e.First > at {
			dist = e.First - at
		}

		// "hit Harir late on Friday and another was downed near Erbil
		// airport early on Saturday": a day across "and" is the other
		// clause's.
		if lo, hi := min(e.Last, at), max(e.First, at); hi > lo && d.breakBetween(lo, hi) {
			dist += 20
		}
		// "A motorcyclist was killed in Houla on Monday, rockets fell
		// around Beit Hillel on Tuesday": a day that closes a clause of
		// another place, a comma before the attack, is that place's.
		if commaClosesBefore(d.toks, e, at) && otherPlaceCloses(d.toks, s, p, e) {
			dist += 20
		}
		// "this morning, Sunday 8-10-2023" in an undated statement: the
		// date that can be placed stands for those just before it.
		if e.When.IsZero() && placedAfter(s.Dates, e) {
			continue
		}
		// "said on Saturday that a drone struck a vehicle late Friday": the
		// day of the statement counts only when no other day is given.
		// "said on its Telegram channel on Wednesday that it had targeted
		// Harir": nor when the attack came before it, at a day untold.
		speechDay := d.speechDay(s, e)
		if speechDay && pluperfect(d.toks, s.First, nearestTrigger(s, p.First, p.Last)) {
			continue
		}
		// "claimed drone attacks on Tiberias on Tuesday and on Eilat on
		// Thursday": a day right after the place is its attack's, whatever
		// verb of speech comes before.
		if len(s.Dates) > 1 && speechDay && !(p.Last > 0 && dayRightAfter(d.toks, s.Dates[i:i+1], siteEnd(d.toks, p.Last, s.Last))) {
			dist += 50
		}
		// "held a funeral on Friday for the men killed in the American
		// strike near al-Qaim across the border on Wednesday": the day
		// right after an event that is no attack is that event's.
		if len(s.Dates) > 1 && eventDay(d.toks, s.First, e.First) {
			dist += 20
		}

		if dist < bestDist {
			best, bestDist, ok = e, dist, true
		}
	}
	if ok && best.When.IsZero() {
		return best, false
	}
	return best, ok
}

// ownedDay reports a day in the possessive right before attack word t, or
// one word before it: "Thursday's shooting", "Monday's deadly strike".
func ownedDay(toks []normalize.Token, t trigger, e dateExpr) bool {
	return e.Last > e.First && toks[e.Last-1].Possessive && e.When.Precision == sitrep.PrecisionDay &&
		t.Last > 0 && !t.Generic && (t.First == e.Last || t.First == e.Last+1)
}

// placeOfItsOwn reports a place other than p told right after attack word
// t: "the hometown of the gunman behind Thursday's shooting attack in
// Jerusalem" dates the Jerusalem attack, not the raid on the hometown.
func placeOfItsOwn(s *sentence, t trigger, p placeRef) bool {
	for _, q := range s.Places {
		if q.First >= t.Last && q.First <= t.Last+3 && q.Entry != nil && (p.Entry == nil || q.Entry.ID != p.Entry.ID) {
			return true
		}
	}
	return false
}

// soleTrigger reports whether t is the only specific attack word of s.
func soleTrigger(s *sentence, t trigger) bool {
	for _, o := range s.Triggers {
		if !o.Generic && o.First != t.First {
			return false
		}
	}
	return true
}

// breakBetween is clauseBreak(lo, hi) read from counts of the breaks
// before each token of the document, made once: a sentence may hold
// thousands of dates, each weighed against the place.
func (d *docState) breakBetween(lo, hi int) bool {
	if d.breaksBefore == nil {
		d.breaksBefore = make([]int32, len(d.toks)+1)
		for k := range d.toks {
			n := d.breaksBefore[k]
			if d.clauseBreak(k, k+1) {
				n++
			}
			d.breaksBefore[k+1] = n
		}
	}
	return d.breaksBefore[hi] > d.breaksBefore[lo]
}

// bracketed reports whether e lies inside brackets of sentence s, within
// bracketSpan tokens of each: "(22:41 GMT on Sunday)". The bound keeps a
// sentence of many dates linear.
func bracketed(toks []normalize.Token, s *sentence, e dateExpr) bool {
	open := false
	for k := e.First - 1; k >= s.First && k >= e.First-bracketSpan; k-- {
		if toks[k].Norm == ")" {
			return false
		}
		if toks[k].Norm == "(" {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := e.Last; k < s.Last && k < e.Last+bracketSpan; k++ {
		if toks[k].Norm == ")" {
			return true
		}
	}
	return false
}

// bracketSpan is how far a bracket may stand from a date it holds.
const bracketSpan = 12

// dayOutside reports a day of s outside the brackets e lies in.
func (d *docState) dayOutside(s *sentence, e dateExpr) bool {
	for _, o := range s.Dates {
		if o.First != e.First && !o.Relative && o.When.Precision == sitrep.PrecisionDay && !bracketed(d.toks, s, o) {
			return true
		}
	}
	return false
}

// anotherBefore reports "and another" or "and a second" in tokens [lo,
// hi): an elliptical clause of its own.
func anotherBefore(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if toks[k].Norm == "and" && (toks[k+1].Norm == "another" || toks[k+1].Norm == "a" && k+2 < hi && ordinalWords[toks[k+2].Norm] > 0) {
			return true
		}
	}
	return false
}

// speechDay reports whether e is the day a speech verb just before it was
// spoken on: "said on Saturday", "denied, today, Wednesday, any relation
// with the targeting of the base ... which happened on Monday".
func (d *docState) speechDay(s *sentence, e dateExpr) bool {
	k := e.First - 1
	if k < s.First || k < 1 {
		return false
	}
	// "The directorate on Thursday dismissed a claim": the day before the
	// verb of its subject; not "three suicide attacks on Saturday claimed
	// 32 lives".
	if d.toks[k].Norm == "on" && e.Last < s.Last && (speechVerbs[d.toks[e.Last].Norm] || denyWords[d.toks[e.Last].Norm]) &&
		k-1 >= s.First && !attackWords[d.toks[k-1].Norm] && weaponWords[d.toks[k-1].Norm] == "" && !triggerAt(s.Triggers, k-1) {
		return true
	}
	// "announced, on Tuesday, that": the "on" of a day set off by commas.
	if d.toks[k].Norm == "on" && k-1 > s.First && d.toks[k-1].Norm == "," {
		k--
	}
	// Commas only around a day set off on both sides: "denied, today,".
	if d.toks[k].Norm == "," && (e.Last >= s.Last || d.toks[e.Last].Norm != ",") {
		return false
	}
	for k > s.First && d.toks[k].Norm == "," {
		k--
	}
	// "today, Wednesday": the day the text gives just before, past the
	// commas; found by halving, as a sentence may hold thousands of dates
	// (they come in text order).
	if k < e.First-1 {
		i := sort.Search(len(s.Dates), func(i int) bool { return s.Dates[i].Last >= k+1 })
		if i < len(s.Dates) && s.Dates[i].Last == k+1 && s.Dates[i].First < e.First {
			k = s.Dates[i].First - 1
			for k > s.First && d.toks[k].Norm == "," {
				k--
			}
		}
	}
	if k < 1 || k < s.First {
		return false
	}
	// "In a statement issued early on Saturday, the ministry said": the
	// statement's day.
	j := k
	if d.toks[j].Norm == "on" && j > s.First {
		j--
	}
	if (d.toks[j].Norm == "early" || d.toks[j].Norm == "late") && j > s.First {
		j--
	}
	return speechVerbs[d.toks[k].Norm] || issuedWords[d.toks[j].Norm] ||
		d.toks[k].Norm == "on" && k == e.First-1 && saidBefore(d.toks, s.First, e.First)
}

// issuedWords put out a statement: "a statement issued on Saturday".
var issuedWords = map[string]bool{"issued": true, "released": true, "published": true, "circulated": true}

// instrumentBefore reports "with", "by" or "using" shortly before token
// first: "with tens of ballistic missiles", "by the Fattah missiles".
func instrumentBefore(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-5; k-- {
		switch toks[k].Norm {
		case "with", "by", "using":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// placedAfter reports whether a date with a day follows e within three
// tokens: "Sunday 8-10-2023", "this morning, 8 October".
func placedAfter(ds []dateExpr, e dateExpr) bool {
	for _, o := range ds {
		if !o.When.IsZero() && !o.Relative && o.First >= e.Last && o.First-e.Last <= 3 {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// elsewhereClock reports a day told on the clock of Washington or of the
// U.S. East coast, just after token last: "on Tuesday afternoon,
// Washington time", "Tuesday evening in Washington", "Tuesday, Eastern
// time", "so Tuesday afternoon for you in Washington".
func elsewhereClock(toks []normalize.Token, last, hi int) bool {
	k := last
	for k < hi && k < last+5 && (toks[k].Norm == "," || toks[k].Norm == "(" || partsOfDay[toks[k].Norm] != "" || timesOfDay[toks[k].Norm] ||
		listenerWords[toks[k].Norm]) {
		k++
	}
	if k >= hi {
		return false
	}
	switch toks[k].Norm {
	case "washington", "eastern":
		return k+1 < hi && toks[k+1].Norm == "time"
	case "in":
		return k+1 < hi && toks[k+1].Norm == "washington" && (k+2 >= hi || !attackWords[toks[k+2].Norm])
	case "et", "est", "edt":
		return toks[k].Upper
	}
	return false
}

// gmtEveningAfterLocalNight reports a day in brackets with a clock of the
// evening in GMT or UTC, after a local clock of the small hours: "at about
// 12:40 a.m. local (2140 GMT Tuesday)", "at 00:40 (21:40 GMT on Tuesday)".
func (d *docState) gmtEveningAfterLocalNight(s *sentence, e dateExpr) bool {
	open := -1
	for k := e.First - 1; k >= s.First && k >= e.First-bracketSpan; k-- {
		if d.toks[k].Norm == "(" {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	dt := &dater{toks: d.toks}
	evening := false
	for k := open + 1; k < e.First; k++ {
		c, ok := dt.clock(k, e.Last)
		if !ok {
			continue
		}
		if h := hourOf(c.Value); h >= 18 && hasWord(d.toks, c.First, c.Last, "gmt", "utc") {
			evening = true
		}
		break
	}
	if !evening {
		return false
	}
	for k := open - 1; k >= s.First && k >= open-8; k-- {
		if c, ok := dt.clock(k, open); ok && c.Last >= open-2 {
			return hourOf(c.Value) <= 5
		}
	}
	return false
}

// hourOf returns the hour of a TIMEX3 value with a time ("2024-02-13T21:40"),
// -1 when it has none.
func hourOf(v string) int {
	i := strings.IndexByte(v, 'T')
	if i < 0 || i+3 > len(v) {
		return -1
	}
	h, err := strconv.Atoi(v[i+1 : i+3])
	if err != nil {
		return -1
	}
	return h
}

// listenerWords address the audience whose clock a broadcast gives: "for
// you in Washington".
var listenerWords = map[string]bool{"for": true, "you": true, "us": true, "listeners": true, "viewers": true}

// afterMidnightBetween reports the first day of "after midnight between
// Thursday and Friday", "past midnight between Tuesday and Wednesday": the
// night's second day is the attack's.
func afterMidnightBetween(toks []normalize.Token, e dateExpr) bool {
	if e.First < 2 || e.Last+1 >= len(toks) || toks[e.First-1].Norm != "between" || toks[e.First-2].Norm != "midnight" ||
		toks[e.Last].Norm != "and" {
		return false
	}
	_, first := weekdays[toks[e.First].Norm]
	_, second := weekdays[toks[e.Last+1].Norm]
	return first && second
}

// outerBase is the day a relative date of s counts from when s tells none
// before it: the incident told last, or the attack day the sentence
// before told ("Friday's attacks were not limited to the Kurdistan
// Region. About twenty hours earlier, ..."), rather than an older incident
// told before it; not the day a statement was made, nor a deadline ("No
// group had claimed the attack by Thursday afternoon").
func (d *docState) outerBase(s *sentence) sitrep.When {
	if d.prevDaySent != s {
		// The sentence before is read once per sentence: many places may
		// ask.
		d.prevDaySent, d.prevDay = s, sitrep.When{}
		if s.Index > 0 && s.Index-1 < len(d.sents) && len(d.sents[s.Index-1].Triggers) > 0 {
			prev := d.sents[s.Index-1]
			for _, o := range prev.Dates {
				if !o.Relative && !o.Calendar && !o.Since && !o.Future && o.When.Precision == sitrep.PrecisionDay && o.When.Start.HasYear() &&
					!d.speechDay(prev, o) && !deadlineBefore(d.toks, o.First) {
					d.prevDay = o.When
				}
			}
		}
	}
	if !d.prevDay.IsZero() {
		return d.prevDay
	}
	return d.lastDate
}

// deadlineBefore reports "by", "until" or "as of" just before token i: "by
// Tuesday morning", "as of Monday night" tell how long something held.
func deadlineBefore(toks []normalize.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Norm {
	case "by", "until", "till":
		return true
	case "of":
		return i > 1 && toks[i-2].Norm == "as"
	case "to":
		// "That deadline was pushed back to 18 February"; not "dating back
		// to 7 October".
		if i > 2 && toks[i-2].Norm == "back" && (toks[i-3].Norm == "pushed" || toks[i-3].Norm == "put" || toks[i-3].Norm == "moved") {
			return true
		}
		return i > 1 && (toks[i-2].Norm == "extended" || toks[i-2].Norm == "postponed" || toks[i-2].Norm == "delayed")
	}
	return false
}

// recoveredBefore reports a body recovered in the clause before token i,
// from lo: "rescuers recovered another body from the ruins of the house
// in Jabalia on", "the remains of two men were pulled from the rubble on".
func recoveredBefore(toks []normalize.Token, lo, i int) bool {
	body, verb := false, false
	for k := i - 1; k >= lo && !(body && verb); k-- {
		switch w := toks[k].Norm; {
		case w == ";" || w == "." || w == "," || attackWords[w] || is(&toks[k], cKill):
			return false
		case w == "body" || w == "bodies" || w == "remains" || w == "corpse" || w == "corpses":
			body = true
		case recoveryVerbs[w]:
			verb = true
		}
	}
	return body && verb
}

// recoveryVerbs bring bodies out of the rubble.
var recoveryVerbs = map[string]bool{"recovered": true, "retrieved": true, "pulled": true, "recover": true,
	"retrieve": true, "recovering": true, "retrieving": true, "pulling": true, "extracted": true}

// campaignBegan reports a verb of beginning with a campaign's noun before
// it in the few words before the date at token first: "the security
// campaign launched in the area on Wednesday", "the operation that began
// on 21 January".
func campaignBegan(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-6; k-- {
		switch toks[k].Norm {
		case "launched", "began", "begun", "started":
			for j := k - 1; j >= lo && j >= k-3; j-- {
				if campaignNouns[toks[j].Norm] {
					return true
				}
			}
			return false
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// campaignNouns name a campaign that runs over days.
var campaignNouns = map[string]bool{"campaign": true, "operation": true, "offensive": true, "incursion": true,
	"assault": true}

// anchorDay reports whether date e ends a clause of "before" or "after"
// that tells another event than attack word t: "Hours before the
// president landed in Baghdad on Wednesday, two rockets struck", "Shortly
// after the envoy arrived on Friday". The clause opens the sentence or
// follows a span of time ("hours", "shortly"), has a verb and no attack
// word, and t is outside it.
func anchorDay(toks []normalize.Token, s *sentence, e dateExpr, t trigger) bool {
	if t.Last == 0 {
		return false
	}
	k := e.First - 1
	for ; k >= s.First && k >= e.First-12; k-- {
		if w := toks[k].Norm; w == "before" || w == "after" {
			break
		}
		if toks[k].Kind == normalize.Punct {
			return false
		}
	}
	if k < s.First || k < e.First-12 || t.First > k && t.First < e.Last {
		return false
	}
	if k > s.First {
		switch toks[k-1].Norm {
		case "hours", "minutes", "moments", "shortly", "just", "soon", "hour", "days", "day":
		default:
			return false
		}
	}
	for _, o := range s.Triggers {
		if o.First > k && o.First < e.First {
			return false
		}
	}
	// An event has a verb: "after midnight on Wednesday" is a time.
	for j := k + 1; j < e.First; j++ {
		// Not "soon after one o'clock in the morning on Thursday".
		if w := toks[j].Norm; isVerbForm(w) && w != "morning" && w != "evening" || anchorVerbs[w] {
			return true
		}
	}
	return false
}

// anchorVerbs are irregular past tenses of what attacks are timed by.
var anchorVerbs = map[string]bool{"began": true, "met": true, "left": true, "flew": true, "spoke": true,
	"came": true, "went": true, "took": true, "gave": true, "said": true, "arrives": true, "lands": true}

// clockPlace reports an American place that only tells whose clock a time
// is on: "(late Thursday afternoon in Washington)", "at around 2:30 p.m.
// in Washington", "the evening of the 26th in Washington", "as Monday drew
// to a close in Washington". Not a place of the attack: reports of the
// region give Washington's time beside the local one. Elsewhere "late
// Monday in Anbar" is where.
func clockPlace(toks []normalize.Token, p placeRef) bool {
	// "at the hour 14:50 by the time of Baghdad", "by Sanaa time": whose
	// clock, anywhere.
	if p.First >= 3 && toks[p.First-1].Norm == "of" && toks[p.First-2].Norm == "time" && toks[p.First-3].Norm == "the" &&
		p.First >= 4 && toks[p.First-4].Norm == "by" {
		return true
	}
	if p.Entry == nil || p.Entry.Country != "US" || p.First < 2 || toks[p.First-1].Norm != "in" {
		return false
	}
	w := toks[p.First-2]
	// "which was still Monday evening, Christmas Day, in Washington"
	if w.Norm == "," && p.First >= 3 {
		w = toks[p.First-3]
	}
	switch {
	case w.Norm == "day" || partsOfDay[w.Norm] != "" || timesOfDay[w.Norm] || weekdayName(w.Norm):
		return true
	case w.Norm == "close" || w.Norm == "time" || w.Norm == "hours" || w.Kind == normalize.Number:
		return true
	case w.Norm == "." && p.First > 2:
		// "2:30 p.m. in Washington"
		n := toks[p.First-3].Norm
		return n == "m" || n == "p.m" || n == "a.m" || n == "pm" || n == "am"
	case w.Norm == "p.m." || w.Norm == "a.m." || w.Norm == "pm" || w.Norm == "am" || strings.HasSuffix(w.Norm, "th"):
		return true
	}
	return false
}

// easternEveningBefore reports a clock of the evening on the U.S. East
// Coast just before the day e: "at 6:30 p.m. Eastern Thursday", "at
// 8:15 p.m. ET on Monday", "at 9 p.m. Washington time Friday". The
// Middle East (UTC+3) is seven hours ahead of Eastern daylight time and
// eight of Eastern standard time: from 5 p.m. (4 p.m. in the American
// winter, "at 4:35 p.m. Eastern Time on Wednesday" in November) there it
// is the next day.
func (d *docState) easternEveningBefore(s *sentence, e dateExpr) bool {
	k := e.First - 1
	if k >= s.First && d.toks[k].Norm == "on" {
		k--
	}
	// "at 4:00 p.m. (EST) Feb. 2": the zone in brackets.
	bracket := k > s.First && d.toks[k].Norm == ")"
	if bracket {
		k--
	}
	if k >= s.First && d.toks[k].Norm == "time" {
		k--
	}
	if k < s.First {
		return false
	}
	switch d.toks[k].Norm {
	case "eastern", "washington":
	case "et", "est", "edt":
		if !d.toks[k].Upper {
			return false
		}
	default:
		return false
	}
	if bracket {
		if k-1 < s.First || d.toks[k-1].Norm != "(" {
			return false
		}
		k--
	}
	dt := &dater{toks: d.toks}
	for j := k - 1; j >= s.First && j >= k-8; j-- {
		if c, ok := dt.clock(j, k); ok {
			from := 17
			if !easternSummer(e.When.Start) && !plusTwoPlace(s) {
				from = 16
			}
			h := hourOf(c.Value)
			return h >= from && h <= 23
		}
	}
	return false
}

// easternSummer reports whether the U.S. East Coast keeps daylight time on
// day t (from the second Sunday of March to the first Sunday of
// November), or t has no year.
func easternSummer(t sitrep.Date) bool {
	if !t.HasYear() {
		return true
	}
	sunday := func(m time.Month, n int) sitrep.Date {
		first := sitrep.Date{Year: t.Year, Month: m, Day: 1}
		return first.AddDays((7-int(first.Weekday()))%7 + 7*(n-1))
	}
	return !t.Before(sunday(time.March, 2)) && t.Before(sunday(time.November, 1))
}

// plusTwoPlace reports a place of s in a country two hours ahead of UTC in
// winter (Israel, Lebanon, the Palestinian territories, Egypt).
func plusTwoPlace(s *sentence) bool {
	for _, p := range s.Places {
		if p.Entry != nil {
			switch p.Entry.Country {
			case "IL", "LB", "PS", "EG":
				return true
			}
		}
	}
	return false
}

// afterClauseOpens reports "Five days after a technician was killed by a
// missile near Dovev, the company says ...": a sentence that opens with
// "n days after" and the attack, then says what is done now. The attack
// is n days before the text, not after the day told before.
func (d *docState) afterClauseOpens(s *sentence, e dateExpr) bool {
	if e.Last < 1 || d.toks[e.Last-1].Norm != "after" {
		return false
	}
	// What opens the sentence, or follows a live blog's "18.05 GMT -".
	if e.First > s.First && (e.First-s.First > 4 || d.toks[e.First-1].Norm != "-" && d.toks[e.First-1].Norm != ":") {
		return false
	}
	comma := -1
	for k := e.Last; k < s.Last; k++ {
		if d.toks[k].Norm == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return false
	}
	before := false
	for _, t := range s.Triggers {
		if t.Generic {
			continue
		}
		if t.First >= comma {
			return false
		}
		before = before || t.First >= e.Last
	}
	return before
}

// localBracket reports a date in brackets on the local clock: "(0230 LT
// 31 JAN)", "(02:30 local time, 31 January)".
func localBracket(toks []normalize.Token, s *sentence, e dateExpr) bool {
	for k := e.First - 1; k >= s.First && k >= e.First-bracketSpan; k-- {
		switch toks[k].Norm {
		case "(":
			return false
		case "lt", "local":
			return true
		}
	}
	return false
}

// localDayBracketed reports a day of s in brackets on the local clock.
func (d *docState) localDayBracketed(s *sentence) bool {
	for _, o := range s.Dates {
		if !o.Relative && o.When.Precision == sitrep.PrecisionDay && bracketed(d.toks, s, o) && localBracket(d.toks, s, o) {
			return true
		}
	}
	return false
}

// utcBefore reports a UTC clock just before date e: "2330 UTC 30 JAN".
func utcBefore(toks []normalize.Token, s *sentence, e dateExpr) bool {
	for k := e.First - 1; k >= s.First && k >= e.First-2; k-- {
		switch toks[k].Norm {
		case "utc", "gmt", "z", "zulu":
			return true
		}
	}
	return false
}

// appositiveRelative reports a relative date set off by a comma right
// after a day and followed by what it counts from, when that is no attack:
// "On Tuesday, two days before the speech, the group said". It says how
// the day stands to another event; the day is the date. When it counts
// from an attack ("began on 17 October, ten days after the Hamas attack
// on southern Israel"), it dates that attack.
func appositiveRelative(toks []normalize.Token, s *sentence, o, e dateExpr) bool {
	if o.Relative || o.When.Precision != sitrep.PrecisionDay || e.First != o.Last+1 || toks[o.Last].Norm != "," ||
		e.Last >= s.Last || toks[e.Last].Norm != "the" && toks[e.Last].Norm != "a" && toks[e.Last].Norm != "an" {
		return false
	}
	end := e.Last
	for end < s.Last && toks[end].Kind != normalize.Punct {
		end++
	}
	for _, t := range s.Triggers {
		if t.First >= e.Last && t.First < end {
			return false
		}
	}
	return true
}

// otherPlaceCloses reports whether date e closes a clause that names a
// place of sentence s other than p: "in Houla on Monday," before the
// clause of p.
func otherPlaceCloses(toks []normalize.Token, s *sentence, p placeRef, e dateExpr) bool {
	for _, q := range s.Places {
		if q.First == p.First || q.Last > e.First || q.Last < e.First-3 {
			continue
		}
		if q.Entry != nil && p.Entry != nil && q.Entry.ID == p.Entry.ID {
			continue
		}
		if !hasWord(toks, q.Last, e.First, ",") {
			return true
		}
	}
	return false
}

// issuedDay returns the day a relay's header names ("[The first statement
// - issued Monday]"), one of the four sentences before s, none of them
// naming a place.
func (d *docState) issuedDay(s *sentence) (sitrep.When, bool) {
	for k := s.Index - 1; k >= 0 && k >= s.Index-4 && k < len(d.sents); k-- {
		prev := d.sents[k]
		if len(prev.Places) > 0 {
			return sitrep.When{}, false
		}
		for _, o := range prev.Dates {
			if !o.Relative && !o.Calendar && !o.Since && !o.ThisDay && o.When.Precision == sitrep.PrecisionDay &&
				o.When.Start.HasYear() && hasWord(d.toks, prev.First, prev.Last, "issued", "statement", "published", "dated") {
				return o.When, true
			}
		}
	}
	return sitrep.When{}, false
}

// eventAfter reports a noun of an event that is no attack in the four
// words from token k, after an article: "the truce", "the ceasefire talks".
func eventAfter(toks []normalize.Token, k, hi int) bool {
	if k >= hi || toks[k].Norm != "the" && toks[k].Norm != "a" && toks[k].Norm != "an" {
		return false
	}
	for j := k + 1; j < hi && j <= k+4; j++ {
		if is(&toks[j], cEvent) {
			return true
		}
		if toks[j].Kind != normalize.Word || is(&toks[j], cAttack) || anaphorWords[toks[j].Norm] {
			return false
		}
	}
	return false
}

// eventDay reports whether the date at token first follows a noun of an
// event that is no attack within two words ("a funeral on Friday", "the
// talks on Monday").
func eventDay(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-2; k-- {
		if eventNouns[toks[k].Norm] || mourningNouns[toks[k].Norm] {
			return true
		}
	}
	return false
}

// mourningNouns are events that date themselves but may be attacked, so
// that the place after them may be the attack's ("attacked a funeral
// vigil in the village of Ntoyo"): not eventNouns.
var mourningNouns = map[string]bool{"funeral": true, "funerals": true, "burial": true, "memorial": true,
	"procession": true, "vigil": true, "coffins": true, "coffin": true}

// dayRightAfter reports a date with a day that starts at token k, or after
// "on" there: "near Ma'ayan Baruch on Sunday".
func dayRightAfter(toks []normalize.Token, ds []dateExpr, k int) bool {
	for _, e := range ds {
		if e.When.Precision != sitrep.PrecisionDay || e.First < k || e.First > k+4 {
			continue
		}
		// "on the night of Friday", "early on Friday"
		between := true
		for j := k; j < e.First; j++ {
			switch toks[j].Norm {
			case "on", "the", "night", "evening", "morning", "afternoon", "of", "early", "late":
			default:
				between = false
			}
		}
		if between {
			return true
		}
	}
	return false
}

// siteEnd returns the token after the places and the site nouns that
// follow token k: "T4 and Palmyra air bases| on the night of Friday".
func siteEnd(toks []normalize.Token, k, hi int) int {
	for j := k; j < hi && j < k+6; j++ {
		w := toks[j].Norm
		if siteHeads[w] || w == "and" || toks[j].Kind == normalize.Word && toks[j].Upper {
			continue
		}
		if siteHeads[toks[j-1].Norm] {
			return j
		}
		return k
	}
	return k
}

// siteHeads name the kind of site after its name: "Palmyra air base".
var siteHeads = map[string]bool{"air": true, "base": true, "bases": true, "airbase": true, "airbases": true,
	"airport": true, "airports": true, "camp": true, "camps": true, "port": true, "military": true}

// daysOf returns how many dates of ds give a day, counted once into *n.
func daysOf(n *int, ds []dateExpr) int {
	if *n < 0 {
		*n = 0
		for _, e := range ds {
			if e.When.Precision == sitrep.PrecisionDay {
				*n++
			}
		}
	}
	return *n
}

// dayAfterAttack returns n for a date e followed by ", the day after the"
// (n = 1) or ", two days after the" (n = 2) and an attack word: the day
// of the attack is n days before e's.
func dayAfterAttack(toks []normalize.Token, s *sentence, e dateExpr) int {
	k := e.Last
	if k+4 >= s.Last || toks[k].Norm != "," {
		return 0
	}
	k++
	n := 0
	switch {
	case toks[k].Norm == "the" && toks[k+1].Norm == "day":
		n, k = 1, k+2
	case smallNumbers[toks[k].Norm] > 1 && toks[k+1].Norm == "days":
		n, k = smallNumbers[toks[k].Norm], k+2
	default:
		return 0
	}
	if toks[k].Norm != "after" {
		return 0
	}
	// Not "Israeli jets struck Tyre on Wednesday, the day after the drone
	// strike": the clause before has an attack of its own, on that day.
	for _, t := range s.Triggers {
		if t.Last <= e.First && !t.Generic {
			return 0
		}
	}
	for j := k + 1; j < s.Last && j <= k+5; j++ {
		if triggerAt(s.Triggers, j) {
			return n
		}
	}
	return 0
}
