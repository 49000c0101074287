package extract

import (
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
	return pub, true
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
