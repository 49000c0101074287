package extract_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// TestTimexMore checks every case of testdata/timexmore.txt: each marked
// expression is found with its span, TimeML type and value, and nothing
// else is found.
func TestTimexMore(t *testing.T) {
	x := MustExtractor(t)
	f, err := os.Open("testdata/timexmore.txt")
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
			t.Fatalf("timexmore.txt:%d: want PUBLISHED<TAB>TEXT", line)
		}
		text, spans, values := markup(t, marked)
		doc := &sitrep.Document{ID: "d", Text: text}
		if doc.Published, err = sitrep.ParseDate(pub); err != nil {
			t.Fatalf("timexmore.txt:%d: %v", line, err)
		}
		got := map[sitrep.Span]string{}
		for _, tx := range x.Dates(doc) {
			got[sitrep.Span{Start: tx.Start, End: tx.End}] = tx.Type + " " + tx.Value
		}
		for i, sp := range spans {
			v, found := got[sp]
			switch {
			case values[i] == "" && found:
				t.Errorf("timexmore.txt:%d: %q: got %q, want nothing", line, text[sp.Start:sp.End], v)
			case values[i] != "" && v != values[i]:
				t.Errorf("timexmore.txt:%d: %q: got %q, want %q", line, text[sp.Start:sp.End], v, values[i])
			}
			delete(got, sp)
		}
		for sp, v := range got {
			t.Errorf("timexmore.txt:%d: %q: got %q, want nothing there", line, text[sp.Start:sp.End], v)
		}
	}
}
