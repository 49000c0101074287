package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestOutcomes checks testdata/outcomes.txt: each marked phrase is found
// as an outcome mention with the mark's value, or, marked "-", not at all.
func TestOutcomes(t *testing.T) {
	x := MustExtractor(t)
	const file = "testdata/outcomes.txt"
	for _, c := range cases(t, file) {
		got := map[sitrep.Span]string{}
		for _, m := range x.Extract(c.Doc).Mentions {
			if m.Kind == sitrep.MentionOutcome {
				got[m.Span] = m.Value
			}
		}
		for i, sp := range c.Spans {
			v, found := got[sp]
			switch {
			case c.Values[i] == "-" && found:
				t.Errorf("%s: %q: got %q, want no outcome", c.where(file), c.Doc.Text[sp.Start:sp.End], v)
			case c.Values[i] != "-" && v != c.Values[i]:
				t.Errorf("%s: %q: got %q, want %q", c.where(file), c.Doc.Text[sp.Start:sp.End], v, c.Values[i])
			}
		}
	}
}
