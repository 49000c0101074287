package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestHedges checks testdata/hedges.txt: each marked span is a casualty
// mention with the mark's field, qualifier and count.
func TestHedges(t *testing.T) {
	x := MustExtractor(t)
	const file = "testdata/hedges.txt"
	for _, c := range cases(t, file) {
		got := map[sitrep.Span][]string{}
		for _, m := range x.Extract(c.Doc).Mentions {
			if m.Kind == sitrep.MentionCasualty {
				got[m.Span] = append(got[m.Span], m.Value)
			}
		}
		for i, sp := range c.Spans {
			if vs := got[sp]; len(vs) == 0 || vs[0] != c.Values[i] {
				t.Errorf("%s: %q: got %q, want %q", c.where(file), c.Doc.Text[sp.Start:sp.End], vs, c.Values[i])
			}
		}
	}
}
