package extract

import (
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// entryDay returns the day of the live blog entry that sentence s is in: a
// paragraph that opens with a clock time and a dash ("12:10 - ...",
// "Wednesday 12 March, 21:40 - ..."). The day is the one the entry opens
// with, else the day the blog was published. ok is false when s is in no
// such entry.
func (d *docState) entryDay(s *sentence, pub sitrep.Date) (sitrep.Date, bool) {
	first := s
	for k := s.Index - 1; k >= 0 && d.sents[k].Paragraph == s.Paragraph; k-- {
		first = d.sents[k]
	}
	clock := entryClock(d.toks, first)
	heading := false
	if clock < 0 && first.Index > 0 {
		// "12:10 - Israeli drone kills man near border" on its own line,
		// the entry's text on the next: the heading line opens it.
		if h := d.sents[first.Index-1]; h.Paragraph == first.Paragraph-1 && (h.Index == 0 || d.sents[h.Index-1].Paragraph != h.Paragraph) &&
			strings.Count(d.text[h.Span.End:first.Span.Start], "\n") == 1 {
			first, heading = h, true
			clock = entryClock(d.toks, first)
		}
	}
	if clock < 0 {
		return sitrep.Date{}, false
	}
	lo := first.First
	j := clock
	for j < first.Last && j < clock+2 && d.toks[j].Kind == normalize.Word && allCaps(d.text[d.toks[j].Start:d.toks[j].End]) {
		j++ // "21:40 GMT -", "08:10 PKT -"
	}
	// "17:25" alone on the heading line: the clock is the heading.
	if !(heading && j >= first.Last) && (j >= first.Last || !isDash(d.toks[j].Norm) && d.toks[j].Norm != "|") {
		return sitrep.Date{}, false
	}
	for _, e := range first.Dates {
		if e.First >= lo && e.Last <= clock && !e.Relative && e.When.Precision == sitrep.PrecisionDay && e.When.Start.HasYear() {
			return e.When.Start, true
		}
	}
	return pub.AddDays(-d.midnightsAbove(first)), true
}

// midnightsAbove returns how many midnights a live blog told newest first
// crosses from its top down to the entry that opens with sentence first:
// "00:50 - Sirens in Tel Aviv" then "23:55 - MDA confirms four killed in
// Tamra" in a blog published at 03:10 is the day before. A blog whose
// clocks mostly rise down the page (oldest first), or whose clocks are
// not all of a 24-hour day, crosses none.
func (d *docState) midnightsAbove(first *sentence) int {
	if d.entryClocks == nil {
		d.entryClocks = d.readEntryClocks()
	}
	cs := d.entryClocks
	down, up := 0, 0
	for k := 1; k < len(cs); k++ {
		if cs[k].min < cs[k-1].min {
			down++
		} else if cs[k].min > cs[k-1].min {
			up++
		}
	}
	if down <= up {
		return 0
	}
	n := 0
	for k := 1; k < len(cs) && cs[k].sent <= first.Index; k++ {
		// A clock six hours or more later than the entry above it, of a
		// 24-hour day's evening: the evening before ("12:50" below
		// "01:40" may be a 12-hour clock).
		if cs[k].min-cs[k-1].min >= 6*60 && cs[k].min >= 13*60 {
			n++
		}
	}
	return n
}

// entryClockAt is the clock a live blog's entry opens with, in minutes of
// the day, and the index of its first sentence.
type entryClockAt struct{ sent, min int }

// readEntryClocks returns the clocks that open the paragraphs of the
// document ("23:55 - ..."), in text order; an empty slice (not nil) when
// there are none or one is no time of a 24-hour day.
func (d *docState) readEntryClocks() []entryClockAt {
	out := []entryClockAt{}
	for i, s := range d.sents {
		if i > 0 && d.sents[i-1].Paragraph == s.Paragraph {
			continue
		}
		c := entryClock(d.toks, s)
		if c < 0 || c >= s.Last || !isDash(d.toks[c].Norm) {
			continue
		}
		h, err1 := strconv.Atoi(d.toks[c-3].Norm)
		m, err2 := strconv.Atoi(d.toks[c-1].Norm)
		if err1 != nil || err2 != nil || h > 23 || m > 59 {
			return []entryClockAt{}
		}
		out = append(out, entryClockAt{i, h*60 + m})
	}
	return out
}

// entryClock returns the token after the clock ("12:10") within the first
// eight tokens of sentence s, or -1.
func entryClock(toks []normalize.Token, s *sentence) int {
	for k := s.First; k+2 < s.Last && k < s.First+8; k++ {
		if toks[k].Kind == normalize.Number && toks[k+1].Norm == ":" && toks[k+2].Kind == normalize.Number &&
			toks[k+2].End-toks[k+2].Start == 2 {
			return k + 3
		}
	}
	return -1
}

// freshTrigger reports whether s tells an attack without referring back
// to one ("the strike in Damascus").
func freshTrigger(s *sentence) bool {
	for _, t := range s.nonGeneric() {
		if !t.Anaphoric {
			return true
		}
	}
	return false
}
