package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
)

func TestZZDebug(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Skip(err)
	}
	x, _ := New(g)
	day, _ := sitrep.ParseDate(os.Getenv("ZZPUB"))
	doc := &sitrep.Document{ID: "d", Text: os.Getenv("ZZTEXT"), Published: day}
	d := x.read(doc)
	for _, s := range d.sents {
		fmt.Printf("S%d generic=%v speaker=%+v claim=%v\n", s.Index, s.Generic, s.Speaker, s.Claimant != nil)
		for _, tr := range s.Triggers {
			fmt.Printf("  trig %q %+v\n", d.text[d.toks[tr.First].Start:d.toks[tr.Last-1].End], tr)
		}
		for _, p := range s.Places {
			fmt.Printf("  place %q %s [%s %s area=%v dir=%q loc=%v src=%q]\n", d.text[p.Start:p.End], p.Entry.Name, p.Entry.Country, p.Entry.Admin1, p.Area, p.Direction, p.Locator, p.Entry.Source)
		}
		fmt.Printf("  leaves %d aside %v\n", len(d.leaves(s)), s.Aside)
		for _, e := range s.Dates {
			fmt.Printf("  date %q [%d,%d) %v rel=%v\n", d.text[e.Span.Start:e.Span.End], e.First, e.Last, e.When, e.Relative)
		}
	}
}
