package postgres_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/bench/corpus"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/postgres"
	"github.com/sitrep/sitrep/review"
	"github.com/sitrep/sitrep/storetest"
)

// MustPipeline returns a pipeline over a new PostgreSQL store, or skips.
func MustPipeline(t *testing.T, x sitrep.Extractor) (*pipeline.Pipeline, *postgres.Store) {
	t.Helper()
	s := MustOpen(t)
	t.Cleanup(func() { s.Close() })
	return &pipeline.Pipeline{Store: s, Extractor: x, Fuser: cluster.New()}, s
}

// MustExtractor returns the default extractor.
func MustExtractor(tb testing.TB) sitrep.Extractor {
	tb.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		tb.Fatal(err)
	}
	x, err := extract.New(g)
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// MustDocs reads our corpora: the examples, the test corpus and a
// generated one of n reports.
func MustDocs(tb testing.TB, n int) []sitrep.Document {
	tb.Helper()
	var buf bytes.Buffer
	if err := corpus.Generate(&buf, n, 1); err != nil {
		tb.Fatal(err)
	}
	gen := filepath.Join(tb.TempDir(), "gen.jsonl")
	if err := os.WriteFile(gen, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	var docs []sitrep.Document
	for _, p := range []string{"../examples/reports", "../testdata/corpus/reports.jsonl", gen} {
		if _, err := ingest.New().Read(context.Background(), p, func(d sitrep.Document) error {
			docs = append(docs, d)
			return nil
		}); err != nil {
			tb.Fatal(err)
		}
	}
	return docs
}

// put stores docs without fusing.
func put(tb testing.TB, p *pipeline.Pipeline, docs ...sitrep.Document) {
	tb.Helper()
	i := 0
	if _, err := p.Ingest(context.Background(), func() (sitrep.Document, bool) {
		if i == len(docs) {
			return sitrep.Document{}, false
		}
		i++
		return docs[i-1], true
	}); err != nil {
		tb.Fatal(err)
	}
}

// snapshot returns the stored incidents as JSON, rejected ones and reports
// included, and where each of ids (and every id listed) redirects.
func snapshot(tb testing.TB, s *postgres.Store, ids map[string]bool) (string, map[string]string) {
	tb.Helper()
	ctx := context.Background()
	incs, err := s.Incidents(ctx, sitrep.IncidentFilter{Rejected: true})
	if err != nil {
		tb.Fatal(err)
	}
	type full struct {
		sitrep.Incident
		When    sitrep.When
		Reports []string
	}
	var fs []full
	for _, inc := range incs {
		ids[inc.ID] = true
		// Each store stamps its own copy of a review with its own time.
		inc.Reviews = slices.Clone(inc.Reviews)
		for i := range inc.Reviews {
			inc.Reviews[i].At = ""
		}
		f := full{Incident: inc, When: inc.When}
		for _, r := range inc.Reports {
			f.Reports = append(f.Reports, r.Key())
		}
		fs = append(fs, f)
	}
	b, err := json.MarshalIndent(fs, "", " ")
	if err != nil {
		tb.Fatal(err)
	}
	red := map[string]string{}
	for id := range ids {
		to, err := s.Redirect(ctx, id)
		if err != nil {
			tb.Fatal(err)
		}
		red[id] = to
	}
	return string(b), red
}

// TestUpdate ingests documents into PostgreSQL in batches, in a shuffled
// order (so that some come before what copies them), fusing each batch
// incrementally; some documents come back as new versions and analysts
// merge, split, set and reject on the way. After every batch the store
// must hold what a full fusion gives (pipeline's Check finds no
// difference), and the same incidents and redirects as a second store
// fused in full every time.
func TestUpdate(t *testing.T) {
	ctx := context.Background()
	x := MustExtractor(t)
	p, store := MustPipeline(t, x)
	check, ref := MustPipeline(t, x)
	docs := MustDocs(t, 120)
	rng := rand.New(rand.NewPCG(21, 22))
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	put(t, p, docs[:20]...)
	put(t, check, docs[:20]...)
	if _, err := p.Update(ctx); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	step := func(what string) {
		t.Helper()
		if diffs, err := p.Check(ctx); err != nil || len(diffs) > 0 {
			t.Fatalf("%s: check: %v %v", what, diffs, err)
		}
		if _, err := check.Fuse(ctx); err != nil {
			t.Fatal(err)
		}
		got, gotRed := snapshot(t, store, ids)
		want, wantRed := snapshot(t, ref, ids)
		if got != want {
			t.Fatalf("%s: incremental fusion differs from a full one", what)
		}
		for id, to := range wantRed {
			if gotRed[id] != to {
				t.Fatalf("%s: %s redirects to %q, want %q", what, id, gotRed[id], to)
			}
		}
	}
	addReview := func(rv sitrep.Review) {
		t.Helper()
		for _, s := range []*postgres.Store{store, ref} {
			r := rv
			if err := s.AddReview(ctx, &r); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := p.Fuse(ctx); err != nil { // as the review commands do
			t.Fatal(err)
		}
	}
	var incremental, full int
	rest := docs[20:]
	for batch := 0; len(rest) > 0; batch++ {
		n := min(len(rest), 1+rng.IntN(4))
		put(t, p, rest[:n]...)
		put(t, check, rest[:n]...)
		rest = rest[n:]
		pending, err := store.Unfused(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(pending) != n {
			t.Errorf("batch %d: %d documents unfused, want %d", batch, len(pending), n)
		}
		u, err := p.FuseDocs(ctx, pending)
		if err != nil {
			t.Fatal(err)
		}
		if u.Full {
			full++
		} else {
			incremental++
		}
		if pending, err := store.Unfused(ctx); err != nil || len(pending) > 0 {
			t.Fatalf("batch %d: %v unfused after fusion (%v)", batch, pending, err)
		}
		step(fmt.Sprintf("batch %d", batch))
		switch batch {
		case 10, 30:
			addReviews(t, store, addReview, rng)
			step(fmt.Sprintf("reviews after batch %d", batch))
		case 20, 40:
			old := docs[rng.IntN(20)]
			old.Text += "\n\nUpdate: the attack was later claimed again in a second statement."
			old.Hash = ""
			put(t, p, old)
			put(t, check, old)
			if _, err := p.Update(ctx); err != nil {
				t.Fatal(err)
			}
			step("new version of " + old.ID)
		}
	}
	if incremental < full || incremental == 0 {
		t.Errorf("%d incremental fusions, %d full: want most incremental", incremental, full)
	}
	t.Logf("%d documents: %d batches fused incrementally, %d in full", len(docs), incremental, full)
}

// addReviews merges, splits, sets and rejects some of s's incidents.
func addReviews(t *testing.T, s *postgres.Store, add func(sitrep.Review), rng *rand.Rand) {
	t.Helper()
	incs, err := s.Incidents(context.Background(), sitrep.IncidentFilter{})
	if err != nil || len(incs) < 4 {
		t.Fatalf("%d incidents (%v)", len(incs), err)
	}
	sort.Slice(incs, func(i, j int) bool { return incs[i].ID < incs[j].ID })
	for _, inc := range incs {
		if len(inc.Reports) > 1 && inc.Reports[0].Doc != inc.Reports[len(inc.Reports)-1].Doc {
			add(sitrep.Review{Action: sitrep.ReviewSplit, Incident: inc.ID, Anchors: review.Keys(inc),
				Doc: inc.Reports[len(inc.Reports)-1].Doc})
			break
		}
	}
	a, b := incs[rng.IntN(len(incs))], incs[rng.IntN(len(incs))]
	if a.ID != b.ID {
		add(sitrep.Review{Action: sitrep.ReviewMerge, Incident: a.ID, Anchors: review.Keys(a),
			Other: b.ID, OtherAnchors: review.Keys(b)})
	}
	c := incs[rng.IntN(len(incs))]
	add(sitrep.Review{Action: sitrep.ReviewSet, Incident: c.ID, Anchors: review.Keys(c),
		Field: sitrep.FieldFatalities, Value: "3"})
	d := incs[rng.IntN(len(incs))]
	add(sitrep.Review{Action: sitrep.ReviewReject, Incident: d.ID, Anchors: review.Keys(d)})
}

// TestUnfusedStamp marks fused only the writes a fusion read: a document
// stored again after Unfused listed it, as by another worker, stays
// unfused.
func TestUnfusedStamp(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	defer s.Close()
	d := storetest.NewDocument("d1", "Rockets fell on the base.")
	storetest.MustPutDocument(t, s, d, storetest.NewExtraction(d, 0), sitrep.PutNew)
	e := storetest.NewDocument("d2", "A drone was shot down.")
	storetest.MustPutDocument(t, s, e, storetest.NewExtraction(e, 0), sitrep.PutNew)
	if got, err := s.Unfused(ctx); err != nil || fmt.Sprint(got) != "[d1 d2]" {
		t.Fatalf("unfused %v (%v), want [d1 d2]", got, err)
	}
	d2 := storetest.NewDocument("d1", "Rockets fell on the base again.")
	storetest.MustPutDocument(t, s, d2, storetest.NewExtraction(d2, 0), sitrep.PutNewVersion)
	if err := s.MarkFused(ctx, []string{"d1", "d2"}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Unfused(ctx); err != nil || fmt.Sprint(got) != "[d1]" {
		t.Errorf("unfused after a new version of d1 during fusion: %v (%v), want [d1]", got, err)
	}
}

// TestUpgrade opens a store made before incremental fusion (its reports
// without related keys, its incidents without report keys, no list of
// unfused documents): Open fills what is missing, the next update fuses
// everything once, and later ones fuse incrementally to what a full fusion
// gives.
func TestUpgrade(t *testing.T) {
	ctx := context.Background()
	x := MustExtractor(t)
	p, s := MustPipeline(t, x)
	docs := MustDocs(t, 40)
	put(t, p, docs[:len(docs)-3]...)
	if _, err := p.Fuse(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Pool().Exec(ctx, `ALTER TABLE reports DROP COLUMN day_key, DROP COLUMN cell, DROP COLUMN block;
		ALTER TABLE incidents DROP COLUMN report_keys;
		DROP TABLE incident_docs, unfused, published, redirects, reviews; DROP SEQUENCE unfused_stamp`); err != nil {
		t.Fatal(err)
	}
	var schema string
	if err := s.Pool().QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	old, err := postgres.Open(ctx, os.Getenv(env)+"?search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	p.Store = old
	pending, err := old.Unfused(ctx)
	if err != nil || len(pending) != len(docs)-3 {
		t.Fatalf("%d documents unfused after the upgrade (%v), want all %d", len(pending), err, len(docs)-3)
	}
	incs, err := old.Incidents(ctx, sitrep.IncidentFilter{Rejected: true})
	if err != nil || len(incs) == 0 {
		t.Fatalf("%d incidents (%v)", len(incs), err)
	}
	of, err := old.IncidentsOf(ctx, []string{incs[0].Reports[0].Doc})
	if err != nil || len(of[incs[0].ID]) != len(incs[0].Reports) {
		t.Errorf("incidents of %s after the upgrade: %v (%v), want %s with %d reports", incs[0].Reports[0].Doc, of, err,
			incs[0].ID, len(incs[0].Reports))
	}
	if _, err := p.Update(ctx); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs[len(docs)-3:] {
		put(t, p, d)
		u, err := p.FuseDocs(ctx, []string{d.ID})
		if err != nil {
			t.Fatal(err)
		}
		if diffs, err := p.Check(ctx); err != nil || len(diffs) > 0 {
			t.Fatalf("after %s (fused in full: %v): %v %v", d.ID, u.Full, diffs, err)
		}
	}
}
