package extract

import (
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
	// The clock and its dash within the paragraph's first eight tokens.
	lo := first.First
	clock := -1
	for k := lo; k+2 < first.Last && k < lo+8; k++ {
		if d.toks[k].Kind == normalize.Number && d.toks[k+1].Norm == ":" && d.toks[k+2].Kind == normalize.Number &&
			d.toks[k+2].End-d.toks[k+2].Start == 2 {
			clock = k + 3
			break
		}
	}
	if clock < 0 {
		return sitrep.Date{}, false
	}
	j := clock
	for j < first.Last && j < clock+2 && d.toks[j].Kind == normalize.Word && allCaps(d.text[d.toks[j].Start:d.toks[j].End]) {
		j++ // "21:40 GMT -", "08:10 PKT -"
	}
	if j >= first.Last || !isDash(d.toks[j].Norm) {
		return sitrep.Date{}, false
	}
	for _, e := range first.Dates {
		if e.First >= lo && e.Last <= clock && !e.Relative && e.When.Precision == sitrep.PrecisionDay && e.When.Start.HasYear() {
			return e.When.Start, true
		}
	}
	return pub, true
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
