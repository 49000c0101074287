package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestTimexMore checks every case of testdata/timexmore.txt: each marked
// expression is found with its span, TimeML type and value, and nothing
// else is found.
func TestTimexMore(t *testing.T) {
	x := MustExtractor(t)
	const file = "testdata/timexmore.txt"
	for _, c := range cases(t, file) {
		got := map[sitrep.Span]string{}
		for _, tx := range x.Dates(c.Doc) {
			got[sitrep.Span{Start: tx.Start, End: tx.End}] = tx.Type + " " + tx.Value
		}
		for i, sp := range c.Spans {
			v, found := got[sp]
			switch {
			case c.Values[i] == "" && found:
				t.Errorf("%s: %q: got %q, want nothing", c.where(file), c.Doc.Text[sp.Start:sp.End], v)
			case c.Values[i] != "" && v != c.Values[i]:
				t.Errorf("%s: %q: got %q, want %q", c.where(file), c.Doc.Text[sp.Start:sp.End], v, c.Values[i])
			}
			delete(got, sp)
		}
		for sp, v := range got {
			t.Errorf("%s: %q: got %q, want nothing there", c.where(file), c.Doc.Text[sp.Start:sp.End], v)
		}
	}
}
