package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// An undated document's relative dates are bounded by the latest full date
// it names, never given a day. The text is written for this test.
func TestUndatedBounds(t *testing.T) {
	x := MustExtractor(t)
	doc := &sitrep.Document{ID: "u", Text: "The attacks began on October 17, 2023. On Tuesday a drone hit the base, and last week rockets fell near Erbil."}
	want := map[string]string{"Tuesday": "2023-10-11", "last week": "2023-10-04"}
	n := 0
	for _, tx := range x.Dates(doc) {
		start, ok := want[tx.Text]
		if !ok {
			continue
		}
		n++
		if tx.DateStart != start || tx.DateEnd != "" || !tx.Bounded {
			t.Errorf("%q: start %q end %q bounded %v, want from %s, open, bounded", tx.Text, tx.DateStart, tx.DateEnd, tx.Bounded, start)
		}
	}
	if n != len(want) {
		t.Errorf("found %d of %d expressions", n, len(want))
	}
	doc.Published = sitrep.Date{Year: 2023, Month: 10, Day: 20}
	for _, tx := range x.Dates(doc) {
		if tx.Bounded {
			t.Errorf("dated document: %q bounded", tx.Text)
		}
	}
}
