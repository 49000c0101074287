package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// isTallySentence reports whether tokens [lo, hi) state a running total:
// "attacked 66 times", "at least 16 attacks since", "19 troops injured in
// the spate of attacks".
func isTallySentence(toks []normalize.Token, lo, hi int) bool {
	period := hasPeriodWord(toks, lo, hi)
	for i := lo; i < hi; i++ {
		// "the count had reached no fewer than 19", "the tally stood at 16"
		if w := toks[i].Norm; (w == "count" || w == "tally") && i > lo && (toks[i-1].Norm == "the" || toks[i-1].Norm == "public") && countReached(toks, i+1, hi) {
			return true
		}
		// "the fourth attack on the energy infrastructure since Monday"
		if period && is(&toks[i], cOrdinal) && ordinalWords[toks[i].Norm] > 1 && i+1 < hi && ordinalOf(toks, i+1, hi) && i > lo && toks[i-1].Norm == "the" {
			return true
		}
		if k := toks[i].Kind; k == normalize.Punct || k == normalize.Word && !is(&toks[i], cNumber) {
			continue
		}
		n, next, ok := number(toks, i, true)
		if !ok || next >= hi {
			continue
		}
		w := toks[next].Norm
		if w == "separate" || w == "different" {
			if next+1 < hi {
				w = toks[next+1].Norm
			}
		}
		// "ten drone attacks", "50 Houthi attacks"
		if m := modifiedAttacks(toks, next, hi); m > next {
			w = toks[m].Norm
		}
		// "the 151st attack on U.S. forces since Oct. 17", "at least the
		// 140th on U.S. forces", "the 67th time since"
		if ordinalSuffixes[w] && next+1 < hi && ordinalOf(toks, next+1, hi) && period && n > 1 {
			return true
		}
		if w == "times" && n > 1 {
			return true
		}
		if countedAttacks[w] && (period || monthAfter(toks, next, hi)) && n > 1 && (w == "attacks" || w == "strikes" || longCount(toks, lo, hi)) {
			return true
		}
		// "The Houthis have attacked more than 80 merchant vessels since
		// November"
		if period && n > 1 && attackedCount(toks, lo, i) {
			return true
		}
		// "the number of attacks ... since 1 July rises to 9"
		if period && n > 1 && risenTo(toks, lo, i) {
			if kind, _ := numberOf(toks, lo, i); kind != "" {
				return true
			}
		}
		if period && casualtyAfter(toks, next, hi) >= 0 && peopleAfter(toks, next, hi) {
			return true
		}
		i = next - 1
	}
	return false
}

// countedAttacks are the plural nouns of a running count of attacks: "66
// attacks since October 17", "31 Israeli incursions since the start of
// September".
var countedAttacks = map[string]bool{"attacks": true, "strikes": true, "raids": true, "incursions": true,
	"assaults": true, "violations": true}

// longCount reports a count of raids, incursions or assaults over more
// than a day, in a sentence that tells no toll: "since the start of
// September", "since 8 December 2024"; not "three raids ... since noon
// today", "two assaults on Turmus Ayya since Tuesday morning, injuring
// four", nor "killed two in Jenin on Tuesday; the army has carried out 40
// raids ... since the start of the month".
func longCount(toks []normalize.Token, lo, hi int) bool {
	if casualtyWordIn(toks, lo, hi) {
		return false
	}
	for k := lo; k+1 < hi; k++ {
		if toks[k].Norm != "since" {
			continue
		}
		for j := k + 1; j < hi && j <= k+4; j++ {
			w := toks[j].Norm
			if _, ok := months[w]; ok || w == "start" || w == "beginning" || w == "outbreak" || len(w) == 4 && w >= "1900" && w <= "2099" {
				return true
			}
		}
	}
	return false
}

// ordinalSuffixes follow the digits of an ordinal: "151st", "66th".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// ordinalOf reports what an ordinal at a count's end counts from token k:
// "attack", "strike", "time", or "on"/"against" with the attack elided ("the
// 140th on U.S. forces").
func ordinalOf(toks []normalize.Token, k, hi int) bool {
	if k >= hi {
		return false
	}
	switch toks[k].Norm {
	case "attack", "strike", "time", "on", "against":
		return true
	}
	return false
}

// monthAfter reports "in February", "in March 2025" within the eight words
// after token k: a count over that month.
func monthAfter(toks []normalize.Token, k, hi int) bool {
	for j := k; j+1 < hi && j < k+8; j++ {
		if toks[j].Kind == normalize.Punct {
			return false
		}
		if toks[j].Norm == "in" {
			if _, ok := months[toks[j+1].Norm]; ok {
				return true
			}
		}
	}
	return false
}

// periodWords are the words hasPeriodWord looks at (cPeriod).
var periodWords = []string{"since", "spate", "wave", "total", "tally", "toll", "period", "between", "so"}

func hasPeriodWord(toks []normalize.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if !is(&toks[i], cPeriod) {
			continue
		}
		switch toks[i].Norm {
		case "since":
			// "the deadliest single attack since the campaign began": a
			// comparison, not a count over a period.
			if superlativeBefore(toks, lo, i) {
				continue
			}
			return true
		case "spate", "wave", "total", "tally", "toll", "period":
			return true
		case "between":
			// "between October 17 and February 4", not "between Qamishli
			// and Amude"
			// Nor "between Thursday and Friday": one night.
			if i+1 < hi && (calendarWord(toks[i+1].Norm) || toks[i+1].Kind == normalize.Number) && !oneNight(toks, i+1, hi) {
				return true
			}
		case "so":
			if i+1 < hi && toks[i+1].Norm == "far" {
				return true
			}
		}
	}
	return false
}

// tollOnly reports whether "toll" is the only word of tokens [lo, hi)
// that makes them a count over a period.
func tollOnly(toks []normalize.Token, lo, hi int) bool {
	toll := false
	for i := lo; i < hi; i++ {
		switch toks[i].Norm {
		case "toll":
			toll = true
		case "since", "spate", "wave", "total", "tally", "period", "far":
			return false
		}
	}
	return toll
}

// pluralAttacks reports a plural attack noun in tokens [lo, hi): "the toll
// of Israeli strikes on Lebanon" counts many attacks.
func pluralAttacks(toks []normalize.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if w := toks[i].Norm; attackWords[w] && plural(w) && !isVerbForm(w) {
			return true
		}
	}
	return false
}

// superlativeBefore reports whether a superlative or "first" comes within
// the eight words of its phrase before token i: "the deadliest attack
// since", "the first strike since", "the deadliest hit on the city since".
func superlativeBefore(toks []normalize.Token, lo, i int) bool {
	// "one of the most serious attacks on international forces in the
	// Kurdistan Region since the war in Gaza began": up to 14 words back.
	for k := i - 1; k >= lo && k >= i-14; k-- {
		if toks[k].Kind == normalize.Punct {
			return false // "the deadliest hit on the city since": one phrase
		}
		switch w := toks[k].Norm; w {
		case "first", "most", "largest", "biggest", "worst", "heaviest", "deadliest", "bloodiest", "fiercest", "only":
			return true
		default:
			if strings.HasSuffix(w, "iest") {
				return true
			}
		}
	}
	return false
}

// peopleAfter reports a count of people: "19 US service members", "66
// soldiers", not "one of the few to cause injuries".
func peopleAfter(toks []normalize.Token, i, hi int) bool {
	for k := i; k < hi && k < i+7; k++ {
		if peopleNoun(toks[k].Norm) {
			return true
		}
		switch toks[k].Norm {
		case "killed", "injured", "wounded", "dead":
			return true
		}
	}
	return false
}

// peopleNoun reports whether w names people a count may be of: "soldiers",
// "members", "civilians".
func peopleNoun(w string) bool {
	switch w {
	case "people", "persons", "soldiers", "troops", "members", "personnel", "civilians", "fighters",
		"americans", "contractors", "militants", "servicemembers", "workers", "crew", "sailors", "children",
		"women", "men", "officers", "guards", "policemen", "gunmen", "commanders", "agents", "staff",
		"advisers", "advisors", "experts", "engineers", "pilots", "passengers", "villagers",
		"students", "journalists", "medics", "paramedics", "rescuers", "farmers", "shepherds", "operatives",
		"recruits", "conscripts", "bodyguards", "neighbours", "neighbors", "relatives", "residents", "sons",
		"daughters", "brothers", "cousins", "colleagues", "companions", "comrades", "patients", "nurses",
		"doctors", "teenagers", "boys", "girls", "employees", "labourers", "laborers", "mourners", "worshippers":
		return true
	}
	return false
}

// casualtyAfter returns the index of a casualty word within a few words
// after a count, or -1.
func casualtyAfter(toks []normalize.Token, i, hi int) int {
	for k := i; k < hi && k < i+10; k++ {
		w := toks[k].Norm
		if killWords[w] || injureWords[w] || w == "lives" {
			return k
		}
		abbrev := w == "." && k > 0 && toks[k-1].End-toks[k-1].Start == 1 // "U.S."
		// "163 Palestinians, 36 of them children, have been killed": the
		// part between commas.
		if w == "," && partBetweenCommas(toks, k, hi) {
			for k++; k < hi && toks[k].Norm != ","; k++ {
			}
			continue
		}
		if toks[k].Kind == normalize.Punct && w != "-" && w != "“" && w != "”" && w != "\"" && !abbrev {
			return -1
		}
	}
	return -1
}

// tallies reads the running totals of the document.
func (d *docState) tallies() []sitrep.Tally {
	var out []sitrep.Tally
	toks := d.toks
	stmt := d.doc.Published
	stmtPara := -1
	saidBy := ""
	var parent *sitrep.Tally // a copy of the last total with a period of its own
	parentIdx := -1
	var parentOf []int // index of each tally's parent total, -1 for none
	var rangeStart sitrep.Date
	for _, s := range d.sents {
		if s.Paragraph != stmtPara {
			stmt, saidBy = d.doc.Published, ""
		}
		if s.Speaker.Kind != SpeakerOutlet {
			saidBy = trimPreVerb(s.Speaker.Name)
		}
		for _, e := range s.Dates {
			// Not an attack's day: "including the August 9 drone attack".
			if !e.Since && !e.Calendar && e.Type == "DATE" && e.When.Precision == sitrep.PrecisionDay && !e.When.IsZero() &&
				(s.Speaker.Verb < 0 || abs(e.First-s.Speaker.Verb) < 12) && !attackDay(s, e) {
				stmt, stmtPara = e.When.Start, s.Paragraph
			}
		}
		stmtPara = s.Paragraph
		// A reporter's question ("Q: You've struck three times now.")
		// states no total.
		if !s.Tally || s.Speaker.Label && s.Speaker.Kind == SpeakerMedia {
			continue
		}
		lo, hi := s.First, s.Last
		for i := lo; i < hi; i++ {
			n, next, ok := number(toks, i, true)
			// "the fourth attack since Monday": four, this one the last.
			if w := ordinalWords[toks[i].Norm]; !ok && w > 1 && i > lo && toks[i-1].Norm == "the" && i+1 < hi && ordinalOf(toks, i+1, hi) {
				n, next, ok = w, i+1, true
				if toks[next].Norm == "attack" || toks[next].Norm == "strike" || toks[next].Norm == "time" {
					next-- // read below as an ordinal's suffix
				}
			}
			if !ok || next >= hi || inDate(s.Dates, i) { // "Since the Feb. 2 strikes"
				continue
			}
			t := sitrep.Tally{Doc: d.doc.ID, Count: n, SaidBy: saidBy, Quote: d.text[s.Span.Start:s.Span.End], Span: d.span(i, next)}
			t.Qualifier, _ = qualifierBefore(toks, i)
			w := toks[next].Norm
			if w == "separate" || w == "different" {
				w = d.norm(next + 1)
			}
			if m := modifiedAttacks(toks, next, hi); m > next {
				w = toks[m].Norm
			}
			// "the 151st attack": as many attacks, this one the last.
			if ordinalSuffixes[w] && ordinalOf(toks, next+1, hi) || next == i && ordinalWords[w] > 1 {
				next++
				w = "attacks"
			}
			sub := false
			risenKind, risenAt := "", 0
			if risenTo(toks, lo, i) {
				risenKind, risenAt = numberOf(toks, lo, i)
			}
			switch {
			case w == "times" || w == "attacks" || w == "strikes":
				t.Kind, t.What = "attacks", "attacks"
			case w == "of" && d.norm(next+1) == "them" && parent != nil:
				t.Kind, t.What, sub = parent.Kind, parent.What, true
			case w == "in" && parent != nil && d.countryAt(s, next+1) != "":
				t.Kind, t.What, sub = parent.Kind, parent.What, true
			case attackedCount(toks, lo, i) && hasPeriodWord(toks, next, hi):
				// "have attacked more than 80 merchant vessels since November"
				t.Kind = "attacks"
				t.What = "attacks on " + strings.TrimSpace(d.text[toks[next].Start:toks[min(next+1, hi-1)].End])
			case risenKind != "":
				// "the number of people killed ... has risen to 607"
				t.Kind, t.What = risenKind, risenKind
				if t.Kind != "attacks" {
					t.What = strings.TrimSpace(d.text[toks[risenAt].Start:toks[risenAt].End])
				}
			default:
				k := casualtyAfter(toks, next, hi)
				if k < 0 || !peopleAfter(toks, next, hi) {
					i = next - 1
					continue
				}
				t.Kind = "injured"
				if killWords[toks[k].Norm] || toks[k].Norm == "lives" {
					t.Kind = "killed"
				}
				t.What = strings.TrimSpace(d.text[toks[next].Start:toks[k].End])
			}
			// The period: dates right after the count, else the parent's.
			own := false
			for _, e := range s.Dates {
				if e.First < next || e.First > next+16 || e.When.IsZero() {
					continue
				}
				switch {
				// "since the start of July", "since the beginning of 2024"
				case e.Since || e.Type == "DATE" && sinceClause(toks, next, e.First):
					e.Since = true
					t.PeriodStart, t.PeriodEnd = e.When.Start, stmt
				case e.Type == "DURATION":
					t.PeriodStart, t.PeriodEnd = e.When.Start, e.When.End
					rangeStart = e.When.Start
				case e.Calendar:
					t.PeriodStart, t.PeriodEnd = e.When.Start, stmt
				default:
					continue
				}
				own = true
				if e.Since {
					rangeStart = e.When.Start
				}
				break
			}
			// "Since Oct. 17, U.S. forces have been attacked at least 46
			// times", "Between Oct. 17 and Oct. 24, ... attacked 10 times",
			// "79 attacks across the country in February".
			// A count after another of its sentence is a part of it ("at
			// least 55 times, 27 separate times in Iraq and 28 in Syria"):
			// it takes the period but is no total of its own.
			if !own && !sub {
				if e, ok := periodAround(toks, s, i, next); ok {
					t.PeriodStart, t.PeriodEnd = e.When.Start, e.When.End
					if e.Since {
						t.PeriodEnd = stmt
					}
					own = len(out) == 0 || out[len(out)-1].Span.Start < s.Span.Start
				}
			}
			if !own && t.Kind != "attacks" && !sub && !rangeStart.IsZero() && hasPeriodWord(toks, next, hi) {
				t.PeriodStart, t.PeriodEnd, own = rangeStart, stmt, true
			}
			if !own && parent != nil {
				t.PeriodStart, t.PeriodEnd = parent.PeriodStart, parent.PeriodEnd
			}
			// The region: countries named around the count.
			from := lo
			if len(out) > 0 && out[len(out)-1].Span.End > d.toks[lo].Start {
				from = i
			}
			t.Region = d.countriesIn(s, from, clauseAfter(toks, next, min(hi, next+25)))
			// "so at least 13 attacks in all": the parts told before it.
			if all := inAll(toks, next, hi); all {
				t.Region = nil
				j := len(out)
				for j > 0 && out[j-1].Span.Start >= s.Span.Start {
					j--
				}
				for ; j < len(out); j++ {
					t.Region = union(t.Region, out[j].Region)
					if !own && !out[j].PeriodStart.IsZero() {
						t.PeriodStart, t.PeriodEnd = out[j].PeriodStart, out[j].PeriodEnd
					}
				}
			}
			if len(t.Region) == 0 && parent != nil {
				t.Region = append([]string(nil), parent.Region...)
			}
			parentOf = append(parentOf, parentIdx)
			t.Seq = len(out)
			out = append(out, t)
			if own || parent == nil {
				p := out[len(out)-1]
				parent, parentIdx = &p, len(out)-1
			}
			i = next - 1
		}
	}
	// A total with no region of its own covers its parts' regions.
	for i := range out {
		if len(out[i].Region) > 0 {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			if out[j].PeriodStart == out[i].PeriodStart && out[j].PeriodEnd == out[i].PeriodEnd {
				out[i].Region = union(out[i].Region, out[j].Region)
			}
		}
	}
	// Parts named before their total had a region take it now.
	for i := range out {
		if j := parentOf[i]; len(out[i].Region) == 0 && j >= 0 && j != i {
			out[i].Region = append([]string(nil), out[j].Region...)
		}
	}
	// A count with neither a period nor a region checks nothing.
	kept := out[:0]
	for _, t := range out {
		if t.PeriodStart.IsZero() && len(t.Region) == 0 {
			continue
		}
		if t.Region == nil {
			t.Region = []string{}
		}
		t.Seq = len(kept)
		kept = append(kept, t)
	}
	out = kept
	// Pointers into out were only used while appending; re-slice is safe.
	return out
}

func (d *docState) norm(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].Norm
}

// countryAt returns the country code of a place match starting at token i.
func (d *docState) countryAt(s *sentence, i int) string {
	for _, p := range s.Places {
		if p.First == i && p.Entry.Kind == sitrep.KindCountry {
			return p.Entry.Country
		}
	}
	return ""
}

// countriesIn returns the countries named in tokens [lo, hi) of s.
func (d *docState) countriesIn(s *sentence, lo, hi int) []string {
	var out []string
	for _, p := range s.Places {
		if p.First >= lo && p.Last <= hi && p.Entry.Kind == sitrep.KindCountry {
			out = union(out, []string{p.Entry.Country})
		}
	}
	return out
}

func union(a, b []string) []string {
	for _, x := range b {
		found := false
		for _, y := range a {
			if x == y {
				found = true
			}
		}
		if !found {
			a = append(a, x)
		}
	}
	return a
}

// trimPreVerb drops the adverbs and auxiliaries that a speaker's phrase may
// carry up to the verb of saying ("the Pentagon further indicated", "officials
// have since said").
func trimPreVerb(name string) string {
	for {
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || !preVerb[strings.ToLower(name[i+1:])] {
			return name
		}
		name = name[:i]
	}
}

var preVerb = map[string]bool{
	"also": true, "further": true, "later": true, "earlier": true, "previously": true,
	"separately": true, "again": true, "then": true, "since": true, "had": true, "has": true,
	"have": true, "was": true, "were": true, "is": true, "are": true, "would": true,
	"will": true, "did": true, "initially": true, "subsequently": true,
}

// periodAround returns the period of a count at tokens [i, next) that its
// sentence gives away from it: "between X and Y" or "from X to Y" before
// or after it, "since X" before it, or a month after it ("in February").
func periodAround(toks []normalize.Token, s *sentence, i, next int) (dateExpr, bool) {
	// "Between Oct. 17 and Oct. 24, ...", "From Oct. 17 to Feb. 4", "more
	// than 170 times between October 2023 and early February 2024".
	for k := 0; k+1 < len(s.Dates); k++ {
		e, o := s.Dates[k], s.Dates[k+1]
		if e.When.IsZero() || o.When.IsZero() || !(e.Last <= i || e.First >= next && e.First <= next+12) {
			continue
		}
		opener := e.First > s.First && (toks[e.First-1].Norm == "between" || toks[e.First-1].Norm == "from") ||
			toks[e.First].Norm == "from"
		joined := o.First <= e.Last+7 && rangeJoin(toks, e.Last, o.First)
		if !opener || !joined {
			continue
		}
		start, end := e.When.Start, o.When.End
		if start.Days() > end.Days() { // "From Oct. 17 to Feb. 4": the October before
			start = sitrep.DateOf(start.Time().AddDate(-1, 0, 0))
		}
		return dateExpr{When: sitrep.When{Start: start, End: end, Precision: sitrep.PrecisionDay}}, true
	}
	var best dateExpr
	ok := false
	for _, e := range s.Dates {
		if e.When.IsZero() || e.Type != "DATE" && e.Type != "DURATION" {
			continue
		}
		switch {
		case e.Last <= i && (e.Since || e.Type == "DURATION" || sinceClause(toks, s.First, e.First)):
			// "Since the attacks resumed on April 21, we have recorded 19
			// attacks": the nearest before wins, later ones overwrite.
			if !e.Since && e.Type != "DURATION" {
				e.Since = true
			}
			best, ok = e, true
		case e.First >= next && e.First <= next+8 && e.When.Precision == sitrep.PrecisionMonth && !e.Since:
			if !ok {
				return e, true
			}
		}
	}
	return best, ok
}

// clauseAfter returns where the clause of a count ending at token next
// ends, by hi: at a colon, a semicolon or a bracket, where its parts or
// something else begin ("61 attacks since Oct. 17: 29 in Iraq").
func clauseAfter(toks []normalize.Token, next, hi int) int {
	for j := next; j < hi; j++ {
		// "10 separate times in Iraq and three separate times in Syria":
		// the next count is another part.
		if _, _, ok := number(toks, j, true); ok && (toks[j].Kind == normalize.Number || numberWords[toks[j].Norm]) &&
			!(j+1 < hi && toks[j+1].Norm == "-") { // not "one-way"
			return j
		}
		switch toks[j].Norm {
		case ":", ";", "(", ".":
			if toks[j].Norm == "." && j > 0 && toks[j-1].End-toks[j-1].Start == 1 {
				continue // "U.S."
			}
			return j
		}
	}
	return hi
}

// inAll reports "in all", "in total", "altogether" right after a count's
// noun at token next: the sum of the parts just told.
func inAll(toks []normalize.Token, next, hi int) bool {
	for j := next; j < hi && j <= next+2; j++ {
		switch toks[j].Norm {
		case "altogether", "overall", "combined":
			return true
		case "in":
			if j+1 < hi && (toks[j+1].Norm == "all" || toks[j+1].Norm == "total") {
				return true
			}
		}
	}
	return false
}

// inDate reports whether token i is inside one of the date expressions.
func inDate(dates []dateExpr, i int) bool {
	for _, e := range dates {
		if i >= e.First && i < e.Last {
			return true
		}
	}
	return false
}

// rangeJoin reports whether tokens [a, b) join two dates into a range:
// "and", "to", "until" with commas, articles and the words of a part of a
// month ("Oct. 17, 2023, and the first week of February").
func rangeJoin(toks []normalize.Token, a, b int) bool {
	join := false
	for k := a; k < b; k++ {
		switch toks[k].Norm {
		case "and", "to", "until", "till":
			join = true
		case ",", "the", "first", "last", "second", "week", "weeks", "of", "early", "late", "mid", "end", "beginning", "start":
		default:
			return false
		}
	}
	return join
}

// sinceClause reports "since" opening the clause that holds the date at
// token first: "Since the attacks resumed on April 21".
func sinceClause(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-6; k-- {
		if toks[k].Kind == normalize.Punct {
			return false
		}
		if toks[k].Norm == "since" {
			return true
		}
	}
	return false
}

// ordinalWords are the ordinals written out: "the fourth attack".
var ordinalWords = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "twentieth": 20}

// modifiedAttacks returns the index of "attacks" or "strikes" one or two
// words after token k when those words only say of what kind ("ten drone
// attacks", "50 Houthi attacks", "six rocket and drone attacks"), or k.
func modifiedAttacks(toks []normalize.Token, k, hi int) int {
	for j := k; j < hi && j <= k+3; j++ {
		w := toks[j].Norm
		if countedAttacks[w] {
			if j == k {
				return k
			}
			return j
		}
		if !(weaponNoun(w) || w == "and" || w == "drone" || w == "rocket" || w == "missile" || toks[j].Upper && toks[j].Kind == normalize.Word) {
			return k
		}
	}
	return k
}

// attackDay reports whether date e is told of an attack word within three
// tokens of it: "the August 9 drone attack", "struck on Friday".
func attackDay(s *sentence, e dateExpr) bool {
	for _, t := range s.Triggers {
		if t.First >= e.Last && t.First-e.Last <= 3 || e.First >= t.Last && e.First-t.Last <= 3 {
			return true
		}
	}
	return false
}

// risenTo reports a count at i that a total has risen to: "rises to 9",
// "has risen to 607", "reached 13", "climbed to at least 20".
func risenTo(toks []normalize.Token, lo, i int) bool {
	k := i - 1
	for k >= lo && qualifierWords[toks[k].Norm] && toks[k].Norm != "to" {
		k--
	}
	if k >= lo && toks[k].Norm == "to" {
		k--
	}
	if k < lo {
		return false
	}
	switch toks[k].Norm {
	case "rises", "rose", "risen", "rising", "climbed", "climbs", "reached", "reaches", "increased", "increases", "jumped":
		return true
	}
	return false
}

// numberOf finds "the number of attacks" or "the number of people killed"
// before the count at i: what the total counts ("attacks", "killed",
// "injured") and the token that says so.
func numberOf(toks []normalize.Token, lo, i int) (string, int) {
	for k := i - 1; k > lo && k >= i-40; k-- {
		if toks[k].Norm != "of" || toks[k-1].Norm != "number" && toks[k-1].Norm != "toll" && toks[k-1].Norm != "tally" {
			continue
		}
		for j := k + 1; j < i && j <= k+5; j++ {
			w := toks[j].Norm
			switch {
			case w == "attacks" || w == "strikes" || w == "operations":
				return "attacks", j
			case killWords[w] && w != "lives":
				return "killed", j
			case injureWords[w]:
				return "injured", j
			}
		}
		return "", 0
	}
	return "", 0
}

// attackedCount reports a count that a verb of attack in the perfect takes
// as object: "have attacked more than 80 merchant vessels", "has targeted
// 12 bases".
func attackedCount(toks []normalize.Token, lo, i int) bool {
	k := i - 1
	for k >= lo && qualifierWords[toks[k].Norm] {
		k--
	}
	if k-1 < lo {
		return false
	}
	switch toks[k].Norm {
	case "attacked", "targeted", "struck", "hit":
	default:
		return false
	}
	switch toks[k-1].Norm {
	case "have", "has", "had":
		return true
	}
	return false
}

// oneNight reports two days that follow each other from token k:
// "Thursday and Friday", the night between them.
func oneNight(toks []normalize.Token, k, hi int) bool {
	a, ok1 := weekdays[toks[k].Norm]
	if !ok1 || k+2 >= hi || toks[k+1].Norm != "and" {
		return false
	}
	b, ok2 := weekdays[toks[k+2].Norm]
	return ok2 && (a+1)%7 == b
}

// countReached reports a verb of reaching a number from token k: "had
// reached no fewer than 19", "stood at 16", "rose to 41".
func countReached(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j <= k+2; j++ {
		switch toks[j].Norm {
		case "reached", "stood", "rose", "risen", "climbed", "stands", "reaches":
			for n := j + 1; n < hi && n <= j+4; n++ {
				if _, _, ok := number(toks, n, true); ok {
					return true
				}
			}
			return false
		}
	}
	return false
}

// partBetweenCommas reports ", 36 of them children," or ", among them 12
// women," opening at the comma at token k.
func partBetweenCommas(toks []normalize.Token, k, hi int) bool {
	if k+3 >= hi {
		return false
	}
	if _, next, ok := number(toks, k+1, true); ok && next+1 < hi && toks[next].Norm == "of" && (toks[next+1].Norm == "them" || toks[next+1].Norm == "whom") {
		return true
	}
	return (toks[k+1].Norm == "among" || toks[k+1].Norm == "including") && (toks[k+2].Norm == "them" || toks[k+2].Kind == normalize.Number)
}

// attackBeforeTotal reports an attack told afresh, on a day of its own,
// before a running total the sentence ends with: "An Israeli strike
// killed 12 people in Beit Lahia on Thursday, bringing the toll since
// October 2023 to 45,436".
func (d *docState) attackBeforeTotal(s *sentence) bool {
	k := s.First + 1
	for k < s.Last && !(d.toks[k-1].Norm == "," && totalVerbs[d.toks[k].Norm]) {
		k++
	}
	if k >= s.Last {
		return false
	}
	fresh := false
	for _, t := range s.nonGeneric() {
		fresh = fresh || t.Last <= k && !t.Anaphoric
	}
	return fresh && slices.ContainsFunc(s.Dates, func(e dateExpr) bool { return e.Last <= k && ownDay(e) })
}

// totalVerbs open a clause that updates a running total.
var totalVerbs = map[string]bool{"bringing": true, "raising": true, "taking": true, "pushing": true}
