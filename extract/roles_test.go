package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// TestRoles checks testdata/roles.txt: each marked actor is found with the
// role the mark gives ("-" for none).
func TestRoles(t *testing.T) {
	x := MustExtractor(t)
	const file = "testdata/roles.txt"
	for _, c := range cases(t, file) {
		got := map[sitrep.Span]string{}
		for _, m := range x.Extract(c.Doc).Mentions {
			if m.Kind == sitrep.MentionActor {
				got[m.Span] = m.Role
			}
		}
		for i, sp := range c.Spans {
			role, found := got[sp]
			want := c.Values[i]
			if want == "-" {
				want = ""
			}
			switch {
			case !found:
				t.Errorf("%s: %q: no actor found there", c.where(file), c.Doc.Text[sp.Start:sp.End])
			case role != want:
				t.Errorf("%s: %q: got role %q, want %q", c.where(file), c.Doc.Text[sp.Start:sp.End], role, want)
			}
		}
	}
}
