package extract_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestHedges checks testdata/hedges.txt: each marked span is a casualty
// mention with the mark's field, qualifier and count.
func TestHedges(t *testing.T) {
	x := MustExtractor(t)
	f, err := os.Open("testdata/hedges.txt")
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
			t.Fatalf("hedges.txt:%d: want PUBLISHED<TAB>TEXT", line)
		}
		text, spans, values := markup(t, marked)
		doc := &sitrep.Document{ID: "h", Text: text}
		if doc.Published, err = sitrep.ParseDate(pub); err != nil {
			t.Fatalf("hedges.txt:%d: %v", line, err)
		}
		got := map[sitrep.Span][]string{}
		for _, m := range x.Extract(doc).Mentions {
			if m.Kind == sitrep.MentionCasualty {
				got[m.Span] = append(got[m.Span], m.Value)
			}
		}
		for i, sp := range spans {
			if vs := got[sp]; len(vs) == 0 || vs[0] != values[i] {
				t.Errorf("hedges.txt:%d: %q: got %q, want %q (all: %v)", line, text[sp.Start:sp.End], vs, values[i], got)
			}
		}
	}
}
