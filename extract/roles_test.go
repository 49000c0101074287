package extract_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestRoles checks testdata/roles.txt: each marked actor is found with the
// role the mark gives ("-" for none).
func TestRoles(t *testing.T) {
	x := MustExtractor(t)
	f, err := os.Open("testdata/roles.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		row := sc.Text()
		if row == "" || row[0] == '#' {
			continue
		}
		pub, marked, ok := strings.Cut(row, "\t")
		if !ok {
			t.Fatalf("roles.txt:%d: want PUBLISHED<TAB>TEXT", line)
		}
		text, spans, roles := markup(t, marked)
		doc := &sitrep.Document{ID: "r", Text: text}
		if doc.Published, err = sitrep.ParseDate(pub); err != nil {
			t.Fatalf("roles.txt:%d: %v", line, err)
		}
		got := map[sitrep.Span]string{}
		for _, m := range x.Extract(doc).Mentions {
			if m.Kind == sitrep.MentionActor {
				got[m.Span] = m.Role
			}
		}
		for i, sp := range spans {
			role, found := got[sp]
			want := roles[i]
			if want == "-" {
				want = ""
			}
			switch {
			case !found:
				t.Errorf("roles.txt:%d: %q: no actor found there", line, text[sp.Start:sp.End])
			case role != want:
				t.Errorf("roles.txt:%d: %q: got role %q, want %q", line, text[sp.Start:sp.End], role, want)
			}
		}
	}
}
