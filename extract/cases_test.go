package extract_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// markedCase is one line of a testdata file of marked texts: the document
// (its text with the marks stripped) and each mark's span and value.
type markedCase struct {
	Line   int
	Doc    *sitrep.Document
	Spans  []sitrep.Span
	Values []string
}

// where names a case's line in its file, for messages.
func (c markedCase) where(file string) string {
	return filepath.Base(file) + ":" + itoa(c.Line)
}

// cases reads testdata file: one "PUBLISHED<TAB>TEXT" a line ("-" for an
// undated document), "#" comments and blank lines aside, marks written
// {span|value}.
func cases(t *testing.T, file string) []markedCase {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []markedCase
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		row := sc.Text()
		if row == "" || row[0] == '#' {
			continue
		}
		pub, marked, ok := strings.Cut(row, "\t")
		if !ok {
			t.Fatalf("%s:%d: want PUBLISHED<TAB>TEXT", file, line)
		}
		text, spans, values := markup(t, marked)
		doc := &sitrep.Document{ID: "t", Text: text}
		if pub != "-" {
			if doc.Published, err = sitrep.ParseDate(pub); err != nil {
				t.Fatalf("%s:%d: %v", file, line, err)
			}
		}
		out = append(out, markedCase{Line: line, Doc: doc, Spans: spans, Values: values})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
