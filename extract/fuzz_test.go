package extract_test

import (
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
)

var (
	fuzzOnce sync.Once
	fuzzX    *extract.Extractor
	fuzzErr  error
)

// MustExtractor returns an extractor over the embedded gazetteer, built
// once per test binary.
func MustExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	fuzzOnce.Do(func() {
		g, err := gazetteer.Load()
		if err != nil {
			fuzzErr = err
			return
		}
		fuzzX, fuzzErr = extract.New(g)
		// The namesakes are read on first use: read them now, so that
		// the first text naming an unknown town is not timed with them.
		g.Namesakes("Springfield")
	})
	if fuzzErr != nil {
		tb.Fatal(fuzzErr)
	}
	return fuzzX
}

// fuzzPublished makes a publication date that ingest could give: none when
// month is 0, a date without year when year is 0, else a full civil date
// of years 1 to 9999.
func fuzzPublished(year uint16, month, day uint8) sitrep.Date {
	if month == 0 {
		return sitrep.Date{}
	}
	m := time.Month(1 + (month-1)%12)
	y := int(year % 10000)
	d := max(int(day), 1) - 1
	if y == 0 {
		return sitrep.Date{Month: m, Day: 1 + d%31} // "--02-31" parses too
	}
	last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return sitrep.Date{Year: y, Month: m, Day: 1 + d%last}
}

// maxExtractTime bounds the time extraction of n bytes may take under
// the fuzzer: a second plus 150 µs a byte, about a thousand times the usual.
func maxExtractTime(n int) time.Duration { return time.Second + time.Duration(n)*150*time.Microsecond }

// checkSpan fails unless sp lies within a text of n bytes.
func checkSpan(t *testing.T, what string, sp sitrep.Span, n int) bool {
	t.Helper()
	if sp.Start < 0 || sp.End < sp.Start || sp.End > n {
		t.Errorf("%s: got span %+v, want within [0, %d]", what, sp, n)
		return false
	}
	return true
}

// FuzzExtract feeds arbitrary text and a publication date to the extractor
// and checks that every span it returns lies within the text. Seeds are in
// testdata/fuzz/FuzzExtract.
func FuzzExtract(f *testing.F) {
	f.Add("Drones hit the Al-Tanf garrison on Thursday, October 19, 2023, the Pentagon said.", uint16(2023), uint8(10), uint8(19))
	f.Add("", uint16(0), uint8(0), uint8(0))
	f.Fuzz(func(t *testing.T, text string, year uint16, month, day uint8) {
		x := MustExtractor(t)
		doc := &sitrep.Document{ID: "fuzz", Outlet: "Fuzz Wire", Text: text,
			Published: fuzzPublished(year, month, day)}
		start := time.Now()
		ex := x.Extract(doc)
		n := len(text)
		// About 0.15 µs a byte is usual; a thousand times that is a blow-up.
		if d := time.Since(start); d > maxExtractTime(n) {
			t.Errorf("extracting %d bytes took %v, over %v", n, d, maxExtractTime(n))
		}
		for i, m := range ex.Mentions {
			if checkSpan(t, "mention "+m.Kind, m.Span, n) && m.Text != text[m.Span.Start:m.Span.End] {
				t.Errorf("mention %d: got text %q, want %q", i, m.Text, text[m.Span.Start:m.Span.End])
			}
		}
		for i, r := range ex.Reports {
			if r.Seq != i {
				t.Errorf("report %d: got seq %d, want %d", i, r.Seq, i)
			}
			if r.Doc != doc.ID {
				t.Errorf("report %d: got doc %q, want %q", i, r.Doc, doc.ID)
			}
			if checkSpan(t, "report", r.Span, n) && r.Quote != text[r.Span.Start:r.Span.End] {
				t.Errorf("report %d: got quote %q, want %q", i, r.Quote, text[r.Span.Start:r.Span.End])
			}
			for _, a := range r.Assertions {
				checkSpan(t, "evidence of "+a.Field, a.Evidence, n)
				checkSpan(t, "sentence of "+a.Field, a.Sentence, n)
			}
		}
		for i, tl := range ex.Tallies {
			if tl.Seq != i {
				t.Errorf("tally %d: got seq %d, want %d", i, tl.Seq, i)
			}
			checkSpan(t, "tally", tl.Span, n)
		}
	})
}

// FuzzDates feeds arbitrary text and a publication date to the date finder
// and checks that each expression lies within the text, says what it
// spans, and gives dates that parse with the end not before the start.
func FuzzDates(f *testing.F) {
	f.Add("Late on Thursday, and again early Friday, rockets hit the base; last week, on October 17.", uint16(2023), uint8(10), uint8(27))
	f.Add("between 12 and 14 January 2024, the past decade, every night", uint16(0), uint8(0), uint8(0))
	f.Fuzz(func(t *testing.T, text string, year uint16, month, day uint8) {
		x := MustExtractor(t)
		doc := &sitrep.Document{ID: "fuzz", Text: text, Published: fuzzPublished(year, month, day)}
		for _, tx := range x.Dates(doc) {
			if !checkSpan(t, "date "+tx.Text, sitrep.Span{Start: tx.Start, End: tx.End}, len(text)) {
				continue
			}
			if tx.Text != text[tx.Start:tx.End] {
				t.Errorf("date %q at %d-%d: the text there is %q", tx.Text, tx.Start, tx.End, text[tx.Start:tx.End])
			}
			var s, e sitrep.Date
			var err error
			if tx.DateStart != "" {
				if s, err = sitrep.ParseDate(tx.DateStart); err != nil {
					t.Errorf("date %q: start %q: %v", tx.Text, tx.DateStart, err)
				}
			}
			if tx.DateEnd != "" {
				if e, err = sitrep.ParseDate(tx.DateEnd); err != nil {
					t.Errorf("date %q: end %q: %v", tx.Text, tx.DateEnd, err)
				}
			}
			if s.HasYear() && e.HasYear() && e.Before(s) {
				t.Errorf("date %q: ends %s before it starts %s", tx.Text, tx.DateEnd, tx.DateStart)
			}
		}
	})
}
