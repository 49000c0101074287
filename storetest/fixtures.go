package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
)

// NewDocument returns a document with the given id and text, its Hash set,
// and invented provenance.
func NewDocument(id, text string) *sitrep.Document {
	sum := sha256.Sum256([]byte(text))
	return &sitrep.Document{
		ID:        id,
		URL:       "https://news.example/" + id,
		Outlet:    "Example Wire",
		Title:     "Report " + id,
		Published: sitrep.Date{Year: 2023, Month: time.October, Day: 20},
		Language:  "en",
		Text:      text,
		Hash:      hex.EncodeToString(sum[:]),
		Origin:    "fixture.jsonl:1",
	}
}

// NewExtraction returns an extraction of doc with one mention and one
// report per seq, the report quoting the whole text.
func NewExtraction(doc *sitrep.Document, seqs ...int) sitrep.Extraction {
	var x sitrep.Extraction
	for _, seq := range seqs {
		x.Mentions = append(x.Mentions, sitrep.Mention{
			Kind: sitrep.MentionTrigger, Span: sitrep.Span{Start: 0, End: len(doc.Text)},
			Text: doc.Text, Value: "attack", Sentence: seq,
		})
		x.Reports = append(x.Reports, NewReport(doc.ID, seq, doc.Text))
	}
	return x
}

// NewReport returns a drone report of document doc quoting quote.
func NewReport(doc string, seq int, quote string) sitrep.Report {
	day := sitrep.Date{Year: 2023, Month: time.October, Day: 19}
	return sitrep.Report{
		Doc:  doc,
		Seq:  seq,
		When: sitrep.When{Start: day, End: day, Precision: sitrep.PrecisionDay},
		Place: sitrep.Place{
			ID: "sy-tanf", Name: "Tanf Outpost", Kind: sitrep.KindSite, Country: "SY",
			Admin1: "Homs", Lat: 33.5, Lon: 38.6, Precision: sitrep.GeoSite,
		},
		Category:   sitrep.CategoryDrone,
		Weapons:    []sitrep.Weapon{{Kind: "drone", Count: 2}},
		ClaimedBy:  []string{"Northern Front"},
		Target:     "garrison",
		Fatalities: intp(0),
		Status:     sitrep.StatusClaimed,
		Quote:      quote,
		Span:       sitrep.Span{Start: 0, End: len(quote)},
		Assertions: []sitrep.Assertion{{
			Field: sitrep.FieldCategory, Value: sitrep.CategoryDrone, Doc: doc, Source: "Example Wire",
			Stance: sitrep.StanceStates, Quote: quote,
			Sentence: sitrep.Span{Start: 0, End: len(quote)}, Evidence: sitrep.Span{Start: 4, End: 10},
		}},
	}
}

func intp(n int) *int { return &n }

func day(y int, m time.Month, d int) sitrep.Date { return sitrep.Date{Year: y, Month: m, Day: d} }

// sampleSentences are invented sentences that Sample repeats to a realistic
// length.
var sampleSentences = []string{
	"Two drones struck the Tanf Outpost early on Thursday, October 19, 2023, a spokesman for the coalition said.",
	"The Northern Front claimed the attack in a statement posted online, saying it had used three one-way drones.",
	"No injuries were reported, although officials said a storage building was slightly damaged.",
	"Local sources reported a second explosion near the Wadi Rimal crossing later that night.",
	"The claim could not be independently verified, and the group did not provide evidence.",
	"Since October 17, bases hosting foreign troops have been attacked approximately 66 times, the ministry said.",
}

// Sample returns the i-th of a series of distinct invented documents of
// about 2.5 KB, each with 20 mentions and 2 reports, for benchmarks.
func Sample(i int) (*sitrep.Document, sitrep.Extraction) {
	var b strings.Builder
	fmt.Fprintf(&b, "Dispatch %d. ", i)
	for b.Len() < 2500 {
		b.WriteString(sampleSentences[b.Len()%len(sampleSentences)])
		b.WriteByte(' ')
	}
	doc := NewDocument(fmt.Sprintf("sample-%08d", i), b.String())
	var x sitrep.Extraction
	kinds := []string{sitrep.MentionPlace, sitrep.MentionDate, sitrep.MentionActor, sitrep.MentionTrigger, sitrep.MentionCasualty}
	for m := 0; m < 20; m++ {
		start := m * 120
		x.Mentions = append(x.Mentions, sitrep.Mention{
			Kind: kinds[m%len(kinds)], Span: sitrep.Span{Start: start, End: start + 12},
			Text: doc.Text[start : start+12], Value: fmt.Sprintf("v%d", m), Sentence: m / 4,
		})
	}
	for seq := 0; seq < 2; seq++ {
		x.Reports = append(x.Reports, NewReport(doc.ID, seq, sampleSentences[seq]))
	}
	return doc, x
}
