// Package storetest is the conformance suite of sitrep.Store: every
// implementation runs Run from its own tests, so that all of them keep
// documents, extractions, incidents and tallies alike.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/sitrep/sitrep"
)

// Run runs the conformance suite against the stores open makes. Each subtest
// calls open once and must get a new, empty store; Run closes it when the
// subtest ends.
//
// Besides the contract written on sitrep.Store, the suite pins down what
// the interface leaves open:
//   - PutDocument with an empty ID is EINVALID; unchanged puts still set
//     doc.Version to the stored version.
//   - Reports and Tallies are ordered by document id, then seq.
//   - A PutDocument or PutExtraction whose extraction cannot be stored (two
//     reports with one seq) fails and changes nothing.
//   - ReplaceIncidents with an empty or repeated id fails and changes
//     nothing.
//   - Incidents are ordered by start date: dated ones first, then those
//     without year by month and day, then undated ones; ties by id. With
//     Newest, dated ones come newest first (ties by id, descending), then
//     the others as by default.
//   - Since and Until select incidents whose interval overlaps [Since,
//     Until]; with either set, undated incidents are left out. A date
//     without year is read in the year of the bound, or in any year from
//     Since to Until when both are set.
//   - Place and Actor are case-insensitive substrings; Country, Category and
//     Status match exactly. Limit 0 is no limit.
//   - Calls with a cancelled context fail with an error matching
//     context.Canceled and write nothing.
//
// Stores that implement Incremental (reviews, published ids, incremental
// fusion) are held to it too.
func Run(t *testing.T, open func(t *testing.T) sitrep.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s sitrep.Store)
	}{
		{"PutDocument/New", testPutNew},
		{"PutDocument/Unchanged", testPutUnchanged},
		{"PutDocument/NewVersion", testPutNewVersion},
		{"PutDocument/ErrEmptyID", testPutEmptyID},
		{"PutDocument/Atomic", testPutAtomic},
		{"PutExtraction/Replace", testPutExtraction},
		{"PutExtraction/Atomic", testPutExtractionAtomic},
		{"PutExtraction/ErrNotFound", testPutExtractionNotFound},
		{"Document/ErrNotFound", testDocumentNotFound},
		{"Document/Unicode", testUnicode},
		{"EachDocument/Order", testEachDocument},
		{"EachDocument/Stop", testEachDocumentStop},
		{"Reports/Order", testReportsOrder},
		{"Tallies/RoundTrip", testTallies},
		{"ReplaceIncidents/Twice", testReplaceTwice},
		{"ReplaceIncidents/ErrDuplicateID", testReplaceDuplicate},
		{"Incidents/Filter", testIncidentsFilter},
		{"Incident/RoundTrip", testIncidentRoundTrip},
		{"Incident/ErrNotFound", testIncidentNotFound},
		{"Canceled", testCanceled},
		{"Reviews/Log", incremental(testReviews)},
		{"TrackIDs/Redirect", incremental(testTrackIDs)},
		{"Unfused/MarkFused", incremental(testUnfused)},
		{"UpdateIncidents/Replace", incremental(testUpdateIncidents)},
		{"UpdateIncidents/ErrDuplicateID", incremental(testUpdateDuplicate)},
		{"RelatedTo/Window", incremental(testRelatedTo)},
		{"ReportsByKey/Order", incremental(testReportsByKey)},
		{"SignaturesNear/Window", incremental(testSignaturesNear)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tt.fn(t, s)
		})
	}
}

// MustPutDocument stores doc and x and fails the test unless the result is
// want.
func MustPutDocument(tb testing.TB, s sitrep.Store, doc *sitrep.Document, x sitrep.Extraction, want sitrep.PutResult) {
	tb.Helper()
	got, err := s.PutDocument(context.Background(), doc, x)
	if err != nil {
		tb.Fatalf("put document %s: %v", doc.ID, err)
	}
	if got != want {
		tb.Fatalf("put document %s: got %v, want %v", doc.ID, got, want)
	}
}

// MustDocument returns document id and fails the test on error.
func MustDocument(tb testing.TB, s sitrep.Store, id string) sitrep.Document {
	tb.Helper()
	d, err := s.Document(context.Background(), id)
	if err != nil {
		tb.Fatalf("document %s: %v", id, err)
	}
	return d
}

// MustReports returns all reports and fails the test on error.
func MustReports(tb testing.TB, s sitrep.Store) []sitrep.Report {
	tb.Helper()
	rs, err := s.Reports(context.Background())
	if err != nil {
		tb.Fatalf("reports: %v", err)
	}
	return rs
}

// MustReplaceIncidents replaces the incidents and fails the test on error.
func MustReplaceIncidents(tb testing.TB, s sitrep.Store, incs []sitrep.Incident) {
	tb.Helper()
	if err := s.ReplaceIncidents(context.Background(), incs); err != nil {
		tb.Fatalf("replace incidents: %v", err)
	}
}

// MustIncidents returns the incidents f selects and fails the test on error.
func MustIncidents(tb testing.TB, s sitrep.Store, f sitrep.IncidentFilter) []sitrep.Incident {
	tb.Helper()
	incs, err := s.Incidents(context.Background(), f)
	if err != nil {
		tb.Fatalf("incidents %+v: %v", f, err)
	}
	return incs
}

// wantCode fails the test unless err has the sitrep error code.
func wantCode(tb testing.TB, what string, err error, code string) {
	tb.Helper()
	if got := sitrep.ErrorCode(err); got != code {
		tb.Errorf("%s: got error %v (code %q), want code %q", what, err, got, code)
	}
}

// wantCanceled fails the test unless err matches context.Canceled.
func wantCanceled(tb testing.TB, what string, err error) {
	tb.Helper()
	if !errors.Is(err, context.Canceled) {
		tb.Errorf("%s: got error %v, want context.Canceled", what, err)
	}
}

// equal fails the test unless got and want are deeply equal, showing both
// as JSON.
func equal(tb testing.TB, what string, got, want any) {
	tb.Helper()
	if !reflect.DeepEqual(got, want) {
		tb.Errorf("%s:\ngot  %s\nwant %s", what, show(got), show(want))
	}
}

// show formats v as JSON, with the fields sitrep.Incident hides from it.
func show(v any) string {
	type full struct {
		sitrep.Incident
		When    sitrep.When     `json:"when"`
		Reports []sitrep.Report `json:"reports"`
	}
	switch x := v.(type) {
	case sitrep.Incident:
		v = full{x, x.When, x.Reports}
	case []sitrep.Incident:
		fs := make([]full, len(x))
		for i, inc := range x {
			fs[i] = full{inc, inc.When, inc.Reports}
		}
		v = fs
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	return string(b)
}
