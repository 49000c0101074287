package extract_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestOutcomes checks testdata/outcomes.txt: each marked phrase is found
// as an outcome mention with the mark's value, or, marked "-", not at all.
func TestOutcomes(t *testing.T) {
	x := MustExtractor(t)
	f, err := os.Open("testdata/outcomes.txt")
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
			t.Fatalf("outcomes.txt:%d: want PUBLISHED<TAB>TEXT", line)
		}
		text, spans, values := markup(t, marked)
		doc := &sitrep.Document{ID: "o", Text: text}
		if doc.Published, err = sitrep.ParseDate(pub); err != nil {
			t.Fatalf("outcomes.txt:%d: %v", line, err)
		}
		got := map[sitrep.Span]string{}
		for _, m := range x.Extract(doc).Mentions {
			if m.Kind == sitrep.MentionOutcome {
				got[m.Span] = m.Value
			}
		}
		for i, sp := range spans {
			v, found := got[sp]
			switch {
			case values[i] == "-" && found:
				t.Errorf("outcomes.txt:%d: %q: got %q, want no outcome", line, text[sp.Start:sp.End], v)
			case values[i] != "-" && v != values[i]:
				t.Errorf("outcomes.txt:%d: %q: got %q, want %q", line, text[sp.Start:sp.End], v, values[i])
			}
		}
	}
}
