package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// signedOn returns the date an undated statement is signed with on one of
// its last lines: "Sanaa, Wednesday 25 Shaaban 1445 of Hijra", "Baghdad,
// 14 January 2024", "27 Rabi' al-Akhir 1445 AH". A line holds such a date
// when the date, a place before it and a weekday are all it says. The
// statement is then read as published that day, so that what it tells
// without a day is news of that week, not undated.
func signedOn(text string) (sitrep.Date, bool) {
	lines := strings.Split(strings.TrimRight(text, "\n "), "\n")
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < 4; i-- {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		seen++
		if len(line) > 90 {
			continue
		}
		toks := normalize.Tokens(line)
		dt := &dater{text: line, toks: toks}
		var date sitrep.Date
		covered := make([]bool, len(toks))
		for _, e := range dt.find(0, len(toks)) {
			for k := e.First; k < e.Last; k++ {
				covered[k] = true
			}
			if e.When.Precision == sitrep.PrecisionDay && e.When.Start.HasYear() && !e.Calendar {
				date = e.When.Start
			}
		}
		if !date.HasYear() {
			continue
		}
		// Besides the date: a place and a comma before it, a weekday,
		// "corresponding to", "AD".
		other := 0
		for k, t := range toks {
			if covered[k] || t.Kind == normalize.Punct {
				continue
			}
			if _, ok := weekdays[t.Norm]; ok {
				continue
			}
			switch t.Norm {
			case "corresponding", "to", "ad", "of", "the", "on":
				continue
			}
			other++
		}
		if other <= 2 {
			return date, true
		}
	}
	return sitrep.Date{}, false
}
