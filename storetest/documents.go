package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

const (
	textV1 = "Two drones struck the Tanf Outpost on Thursday, a spokesman said."
	textV2 = "Two drones struck the Tanf Outpost on Thursday, a spokesman said. One soldier was lightly injured."
)

func testPutNew(t *testing.T, s sitrep.Store) {
	doc := NewDocument("d1", textV1)
	MustPutDocument(t, s, doc, NewExtraction(doc, 0), sitrep.PutNew)
	if doc.Version != 1 {
		t.Errorf("doc.Version: got %d, want 1", doc.Version)
	}
	want := *doc
	equal(t, "document", MustDocument(t, s, "d1"), want)
	equal(t, "reports", MustReports(t, s), []sitrep.Report{NewReport("d1", 0, textV1)})
}

func testPutUnchanged(t *testing.T, s sitrep.Store) {
	doc := NewDocument("d1", textV1)
	MustPutDocument(t, s, doc, NewExtraction(doc, 0), sitrep.PutNew)
	want := *doc

	again := NewDocument("d1", textV1)
	again.Title = "A title that is not stored"
	MustPutDocument(t, s, again, NewExtraction(again, 5, 6), sitrep.PutUnchanged)
	if again.Version != 1 {
		t.Errorf("doc.Version: got %d, want 1", again.Version)
	}
	equal(t, "document", MustDocument(t, s, "d1"), want)
	equal(t, "reports", MustReports(t, s), []sitrep.Report{NewReport("d1", 0, textV1)})
}

func testPutNewVersion(t *testing.T, s sitrep.Store) {
	v1 := NewDocument("d1", textV1)
	MustPutDocument(t, s, v1, NewExtraction(v1, 0, 1), sitrep.PutNew)
	v2 := NewDocument("d1", textV2)
	v2.Published = day(2023, time.October, 21)
	MustPutDocument(t, s, v2, NewExtraction(v2, 0), sitrep.PutNewVersion)
	if v2.Version != 2 {
		t.Errorf("doc.Version: got %d, want 2", v2.Version)
	}
	equal(t, "document", MustDocument(t, s, "d1"), *v2)
	equal(t, "reports", MustReports(t, s), []sitrep.Report{NewReport("d1", 0, textV2)})

	// The first text again is a change from the latest: a third version.
	v3 := NewDocument("d1", textV1)
	MustPutDocument(t, s, v3, sitrep.Extraction{}, sitrep.PutNewVersion)
	if v3.Version != 3 {
		t.Errorf("doc.Version: got %d, want 3", v3.Version)
	}
	if got := MustReports(t, s); len(got) != 0 {
		t.Errorf("reports: got %d, want none", len(got))
	}
}

func testPutEmptyID(t *testing.T, s sitrep.Store) {
	doc := NewDocument("", textV1)
	_, err := s.PutDocument(context.Background(), doc, sitrep.Extraction{})
	wantCode(t, "put document with empty id", err, sitrep.EINVALID)
}

// badExtraction returns an extraction of doc that cannot be stored: two
// reports with one seq.
func badExtraction(doc *sitrep.Document) sitrep.Extraction {
	x := NewExtraction(doc, 0)
	x.Reports = append(x.Reports, NewReport(doc.ID, 0, "again"))
	return x
}

func testPutAtomic(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	doc := NewDocument("d1", textV1)
	if _, err := s.PutDocument(ctx, doc, badExtraction(doc)); err == nil {
		t.Fatal("put document with two reports of one seq: got no error")
	}
	_, err := s.Document(ctx, "d1")
	wantCode(t, "document after failed put", err, sitrep.ENOTFOUND)

	v1 := NewDocument("d1", textV1)
	MustPutDocument(t, s, v1, NewExtraction(v1, 0), sitrep.PutNew)
	v2 := NewDocument("d1", textV2)
	if _, err := s.PutDocument(ctx, v2, badExtraction(v2)); err == nil {
		t.Fatal("put version 2 with two reports of one seq: got no error")
	}
	equal(t, "document after failed put", MustDocument(t, s, "d1"), *v1)
	equal(t, "reports after failed put", MustReports(t, s), []sitrep.Report{NewReport("d1", 0, textV1)})
	// The failed version left no trace: the next put of it is version 2.
	MustPutDocument(t, s, v2, NewExtraction(v2, 0), sitrep.PutNewVersion)
	if v2.Version != 2 {
		t.Errorf("doc.Version: got %d, want 2", v2.Version)
	}
}

func testPutExtraction(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	v1 := NewDocument("d1", textV1)
	MustPutDocument(t, s, v1, NewExtraction(v1, 0), sitrep.PutNew)
	v2 := NewDocument("d1", textV2)
	MustPutDocument(t, s, v2, NewExtraction(v2, 0, 1), sitrep.PutNewVersion)
	other := NewDocument("d2", textV1)
	MustPutDocument(t, s, other, NewExtraction(other, 0), sitrep.PutNew)

	x := NewExtraction(v2, 3)
	x.Tallies = []sitrep.Tally{{Doc: "d1", Seq: 0, What: "attacks", Kind: "attacks", Count: 4, Qualifier: "exact"}}
	if err := s.PutExtraction(ctx, "d1", x); err != nil {
		t.Fatalf("put extraction: %v", err)
	}
	equal(t, "reports", MustReports(t, s), []sitrep.Report{NewReport("d1", 3, textV2), NewReport("d2", 0, textV1)})
	tallies, err := s.Tallies(ctx)
	if err != nil {
		t.Fatalf("tallies: %v", err)
	}
	equal(t, "tallies", tallies, x.Tallies)
	// The document itself is untouched.
	equal(t, "document", MustDocument(t, s, "d1"), *v2)

	if err := s.PutExtraction(ctx, "d1", sitrep.Extraction{}); err != nil {
		t.Fatalf("put empty extraction: %v", err)
	}
	equal(t, "reports", MustReports(t, s), []sitrep.Report{NewReport("d2", 0, textV1)})
	if tallies, _ := s.Tallies(ctx); len(tallies) != 0 {
		t.Errorf("tallies: got %d, want none", len(tallies))
	}
}

func testPutExtractionAtomic(t *testing.T, s sitrep.Store) {
	doc := NewDocument("d1", textV1)
	MustPutDocument(t, s, doc, NewExtraction(doc, 0), sitrep.PutNew)
	if err := s.PutExtraction(context.Background(), "d1", badExtraction(doc)); err == nil {
		t.Fatal("put extraction with two reports of one seq: got no error")
	}
	equal(t, "reports after failed put", MustReports(t, s), []sitrep.Report{NewReport("d1", 0, textV1)})
}

func testPutExtractionNotFound(t *testing.T, s sitrep.Store) {
	err := s.PutExtraction(context.Background(), "nope", sitrep.Extraction{})
	wantCode(t, "put extraction of unknown document", err, sitrep.ENOTFOUND)
}

func testDocumentNotFound(t *testing.T, s sitrep.Store) {
	_, err := s.Document(context.Background(), "nope")
	wantCode(t, "unknown document", err, sitrep.ENOTFOUND)
}

func testUnicode(t *testing.T, s sitrep.Store) {
	// Arabic with a shadda, a zero-width non-joiner, an emoji and Latin
	// script: every byte must come back.
	const text = "قصفت طائرتان مسيّرتان قاعدة التنف فجر الخميس، وفق متحدث.\u200c Drones 🛩 hit Tanf."
	doc := NewDocument("ar-1", text)
	doc.Title = "هجوم بطائرات مسيّرة"
	doc.Language = "ar"
	x := NewExtraction(doc, 0)
	MustPutDocument(t, s, doc, x, sitrep.PutNew)
	got := MustDocument(t, s, "ar-1")
	if got.Text != text {
		t.Errorf("text: got %q, want %q", got.Text, text)
	}
	equal(t, "document", got, *doc)
	equal(t, "reports", MustReports(t, s), x.Reports)
}

func testEachDocument(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	for _, id := range []string{"c", "a", "b"} {
		doc := NewDocument(id, textV1)
		MustPutDocument(t, s, doc, sitrep.Extraction{}, sitrep.PutNew)
	}
	v2 := NewDocument("b", textV2)
	MustPutDocument(t, s, v2, sitrep.Extraction{}, sitrep.PutNewVersion)

	var got []sitrep.Document
	err := s.EachDocument(ctx, func(d sitrep.Document) error {
		got = append(got, d)
		return nil
	})
	if err != nil {
		t.Fatalf("each document: %v", err)
	}
	a, c := NewDocument("a", textV1), NewDocument("c", textV1)
	a.Version, c.Version = 1, 1
	equal(t, "documents", got, []sitrep.Document{*a, *v2, *c})
}

func testEachDocumentStop(t *testing.T, s sitrep.Store) {
	for _, id := range []string{"a", "b", "c"} {
		MustPutDocument(t, s, NewDocument(id, textV1), sitrep.Extraction{}, sitrep.PutNew)
	}
	stop := errors.New("stop")
	var n int
	err := s.EachDocument(context.Background(), func(d sitrep.Document) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) {
		t.Errorf("each document: got error %v, want %v", err, stop)
	}
	if n != 1 {
		t.Errorf("calls: got %d, want 1", n)
	}
}

func testReportsOrder(t *testing.T, s sitrep.Store) {
	b := NewDocument("b", textV1)
	MustPutDocument(t, s, b, NewExtraction(b, 1, 0), sitrep.PutNew)
	a := NewDocument("a", textV2)
	MustPutDocument(t, s, a, NewExtraction(a, 10, 2), sitrep.PutNew)
	equal(t, "reports", MustReports(t, s), []sitrep.Report{
		NewReport("a", 2, textV2), NewReport("a", 10, textV2),
		NewReport("b", 0, textV1), NewReport("b", 1, textV1),
	})
}

func testTallies(t *testing.T, s sitrep.Store) {
	tally := func(doc string, seq int) sitrep.Tally {
		return sitrep.Tally{
			Doc: doc, Seq: seq, What: "attacks on bases hosting foreign troops", Kind: "attacks",
			Count: 66, Qualifier: "approximately", Region: []string{"IQ", "SY"},
			PeriodStart: day(2023, time.October, 17), PeriodEnd: day(2023, time.November, 9),
			SaidBy: "the ministry", Quote: "attacked approximately 66 times since October 17",
			Span: sitrep.Span{Start: 12, End: 60},
		}
	}
	b := NewDocument("b", textV1)
	xb := sitrep.Extraction{Tallies: []sitrep.Tally{tally("b", 1), tally("b", 0)}}
	xb.Tallies[0].Qualifier, xb.Tallies[0].Region = "at least", []string{"SY"}
	xb.Tallies[0].PeriodStart, xb.Tallies[0].PeriodEnd = sitrep.Date{Month: time.October, Day: 17}, sitrep.Date{}
	MustPutDocument(t, s, b, xb, sitrep.PutNew)
	a := NewDocument("a", textV1)
	xa := sitrep.Extraction{Tallies: []sitrep.Tally{tally("a", 0)}}
	MustPutDocument(t, s, a, xa, sitrep.PutNew)

	got, err := s.Tallies(context.Background())
	if err != nil {
		t.Fatalf("tallies: %v", err)
	}
	equal(t, "tallies", got, []sitrep.Tally{xa.Tallies[0], xb.Tallies[1], xb.Tallies[0]})
}

func testCanceled(t *testing.T, s sitrep.Store) {
	doc := NewDocument("d1", textV1)
	MustPutDocument(t, s, doc, NewExtraction(doc, 0), sitrep.PutNew)
	MustReplaceIncidents(t, s, fixtureIncidents())

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.PutDocument(ctx, NewDocument("d2", textV1), sitrep.Extraction{})
	wantCanceled(t, "put document", err)
	wantCanceled(t, "put extraction", s.PutExtraction(ctx, "d1", sitrep.Extraction{}))
	_, err = s.Document(ctx, "d1")
	wantCanceled(t, "document", err)
	wantCanceled(t, "each document", s.EachDocument(ctx, func(sitrep.Document) error { return nil }))
	_, err = s.Reports(ctx)
	wantCanceled(t, "reports", err)
	_, err = s.Tallies(ctx)
	wantCanceled(t, "tallies", err)
	wantCanceled(t, "replace incidents", s.ReplaceIncidents(ctx, nil))
	_, err = s.Incidents(ctx, sitrep.IncidentFilter{})
	wantCanceled(t, "incidents", err)
	_, err = s.Incident(ctx, "inc-a")
	wantCanceled(t, "incident", err)

	// Nothing was written.
	_, err = s.Document(context.Background(), "d2")
	wantCode(t, "document put with a cancelled context", err, sitrep.ENOTFOUND)
	equal(t, "reports", MustReports(t, s), []sitrep.Report{NewReport("d1", 0, textV1)})
	if got := MustIncidents(t, s, sitrep.IncidentFilter{}); len(got) != len(fixtureIncidents()) {
		t.Errorf("incidents: got %d, want %d", len(got), len(fixtureIncidents()))
	}
}
