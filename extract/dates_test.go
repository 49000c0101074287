package extract_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// markup reads "{text|value}" marks: it returns the plain text and, for
// each mark, its byte span in the plain text and its value.
func markup(tb testing.TB, s string) (string, []sitrep.Span, []string) {
	tb.Helper()
	var b strings.Builder
	var spans []sitrep.Span
	var values []string
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], '}')
		bar := strings.IndexByte(s[i:], '|')
		if j < 0 || bar < 0 || bar > j {
			tb.Fatalf("bad markup in %q", s)
		}
		b.WriteString(s[:i])
		start := b.Len()
		b.WriteString(s[i+1 : i+bar])
		spans = append(spans, sitrep.Span{Start: start, End: b.Len()})
		values = append(values, s[i+bar+1:i+j])
		s = s[i+j+1:]
	}
	return b.String(), spans, values
}

// TestDates checks every case of testdata/dates.txt: each marked expression
// is found with its span and value, and nothing else is found (marks with
// an empty value must not be found).
func TestDates(t *testing.T) {
	x := MustExtractor(t)
	f, err := os.Open("testdata/dates.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		row := sc.Text()
		if row == "" || row[0] == '#' {
			continue
		}
		pub, marked, ok := strings.Cut(row, "\t")
		if !ok {
			t.Fatalf("dates.txt:%d: want PUBLISHED<TAB>TEXT", line)
		}
		text, spans, values := markup(t, marked)
		doc := &sitrep.Document{ID: "d", Text: text}
		if pub != "-" {
			if doc.Published, err = sitrep.ParseDate(pub); err != nil {
				t.Fatalf("dates.txt:%d: %v", line, err)
			}
		}
		got := map[sitrep.Span]string{}
		for _, tx := range x.Dates(doc) {
			got[sitrep.Span{Start: tx.Start, End: tx.End}] = tx.Value
		}
		for i, sp := range spans {
			v, found := got[sp]
			switch {
			case values[i] == "" && found:
				t.Errorf("dates.txt:%d: %q: got %q, want no date", line, text[sp.Start:sp.End], v)
			case values[i] != "" && !found:
				t.Errorf("dates.txt:%d: %q: got none, want %q", line, text[sp.Start:sp.End], values[i])
			case values[i] != "" && v != values[i]:
				t.Errorf("dates.txt:%d: %q: got %q, want %q", line, text[sp.Start:sp.End], v, values[i])
			}
			delete(got, sp)
		}
		for sp, v := range got {
			t.Errorf("dates.txt:%d: %q: got %q, want no date there", line, text[sp.Start:sp.End], v)
		}
	}
}
