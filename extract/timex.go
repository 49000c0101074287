package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// Timex is one temporal expression of a document, TimeML-style: its span,
// type (DATE or DURATION), TIMEX3 value and the interval of days it means,
// resolved against the document's publication date.
type Timex struct {
	Doc       string `json:"doc"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Value     string `json:"value"`
	DateStart string `json:"date_start"`
	DateEnd   string `json:"date_end"`
	Precision string `json:"precision"`
	// Bounded is set for an expression of an undated document that only
	// the dates it names bound: DateStart is the earliest day it can be,
	// DateEnd is empty (open), never a guessed day.
	Bounded bool `json:"bounded,omitempty"`
}

// Dates returns the temporal expressions of doc in text order. Expressions
// relative to another date in the text ("the same day") are resolved
// against the last date before them.
func (x *Extractor) Dates(doc *sitrep.Document) []Timex {
	toks := normalize.Tokens(doc.Text)
	dt := &dater{text: doc.Text, toks: toks, pub: doc.Published, all: true}
	var out []Timex
	var last sitrep.When
	for _, e := range dt.find(0, len(toks)) {
		w := e.When
		if e.Relative && !last.IsZero() && (last.Start.HasYear() || e.Shift == 0) {
			w = sitrep.When{Start: last.Start.AddDays(e.Shift), End: last.End.AddDays(e.Shift), Precision: last.Precision}
			e.Value = w.Start.String()
		}
		if !w.IsZero() && !e.Since {
			last = w
		}
		if e.Type == "DATE" && timeOfDay(e.Value) {
			e.Type = "TIME" // "Friday afternoon", as TimeML has it
		}
		t := Timex{Doc: doc.ID, Start: e.Span.Start, End: e.Span.End, Text: doc.Text[e.Span.Start:e.Span.End],
			Type: e.Type, Value: e.Value, DateStart: w.Start.String(), DateEnd: w.End.String(), Precision: w.Precision}
		if t.Precision == "" {
			t.Precision = sitrep.PrecisionUnknown
		}
		out = append(out, t)
	}
	if !doc.Published.HasYear() {
		bound(out)
	}
	return out
}

// bound gives the relative expressions of an undated document a lower
// bound: the document was written on or after the latest full date it
// names, so "Tuesday" is at most six days before that, "yesterday" one,
// "last week" thirteen, "this month" or "last month" the month before.
func bound(ts []Timex) {
	var latest sitrep.Date
	for _, t := range ts {
		if d, err := sitrep.ParseDate(t.DateEnd); err == nil && d.HasYear() && (latest.IsZero() || latest.Before(d)) {
			latest = d
		}
	}
	if latest.IsZero() {
		return
	}
	for i := range ts {
		t := &ts[i]
		if t.DateStart != "" {
			continue
		}
		back := -1
		switch v := t.Value; {
		case strings.HasPrefix(v, "XXXX-WXX-"):
			back = 6
		case v == "XXXX-XX-XX" || strings.HasPrefix(v, "XXXX-XX-XXT"):
			back = 1
		case v == "XXXX-WXX":
			back = 13
		case v == "XXXX-XX":
			back = 62
		}
		if back < 0 {
			continue
		}
		t.DateStart, t.Bounded = latest.AddDays(-back).String(), true
	}
}

// timeOfDay reports whether a TIMEX3 date value holds a time of day:
// "2013-03-22TAF", "XXXX-XX-XXT20:00".
func timeOfDay(v string) bool {
	if v == "" || v[0] != 'X' && (v[0] < '0' || v[0] > '9') {
		return false // PRESENT_REF, P1D
	}
	i := strings.IndexByte(v, 'T')
	return i >= 4 && i+1 < len(v)
}
