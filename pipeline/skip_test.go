package pipeline_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/sitrep/sitrep"
)

// counting counts the documents an extractor extracts.
type counting struct {
	sitrep.Extractor
	n atomic.Int64
}

func (c *counting) Extract(doc *sitrep.Document) sitrep.Extraction {
	c.n.Add(1)
	return c.Extractor.Extract(doc)
}

// lyingStore says each document is stored with the hash in hashes, so
// that ingest skips extracting it: as if another process had stored
// another version between the lookup and the store.
type lyingStore struct {
	sitrep.Store
	hashes map[string]string
}

func (l lyingStore) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	return l.hashes, nil
}

func (l lyingStore) HasDocuments(ctx context.Context) (bool, error) { return true, nil }

// TestSkipUnchanged: documents stored unchanged are not extracted again; a
// changed one is; and one skipped wrongly (the store changed under the
// lookup) is extracted after it is stored.
func TestSkipUnchanged(t *testing.T) {
	p := MustPipeline(t)
	c := &counting{Extractor: p.Extractor}
	p.Extractor = c
	docs := MustDocs(t, "../examples/reports")
	if len(docs) < 5 {
		t.Fatalf("%d example documents, want 5 or more", len(docs))
	}
	put(t, p, docs...)
	if n := c.n.Load(); n != int64(len(docs)) {
		t.Fatalf("first run: %d extractions of %d documents", n, len(docs))
	}
	before, err := p.Store.Reports(context.Background())
	if err != nil {
		t.Fatal(err)
	}

	// Again, one of them changed: only that one is extracted.
	c.n.Store(0)
	again := append([]sitrep.Document(nil), docs...)
	changed := &again[2]
	changed.Text += "\nRockets hit Ain al-Asad air base on Monday, officials said."
	changed.Hash = ""
	st, err := p.Ingest(context.Background(), feed(again))
	if err != nil {
		t.Fatal(err)
	}
	if n := c.n.Load(); n != 1 || st.Unchanged != len(docs)-1 || st.NewVersions != 1 {
		t.Errorf("second run: %d extractions, %d unchanged, %d new versions; want 1, %d, 1", n, st.Unchanged, st.NewVersions, len(docs)-1)
	}

	// A store that wrongly says every document is there: the one stored
	// after all is extracted then.
	q := MustPipeline(t)
	q.Extractor = c
	hashes := map[string]string{}
	for _, d := range docs[:3] {
		hashes[d.ID] = d.Hash
	}
	q.Store = lyingStore{q.Store, hashes}
	c.n.Store(0)
	put(t, q, docs[:3]...)
	rs, err := q.Store.Reports(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, r := range before {
		for _, d := range docs[:3] {
			if r.Doc == d.ID {
				want++
			}
		}
	}
	if c.n.Load() != 3 || len(rs) != want {
		t.Errorf("store that lies: %d extractions and %d reports, want 3 and %d", c.n.Load(), len(rs), want)
	}
}

// feed hands out docs one by one.
func feed(docs []sitrep.Document) func() (sitrep.Document, bool) {
	i := 0
	return func() (sitrep.Document, bool) {
		if i == len(docs) {
			return sitrep.Document{}, false
		}
		i++
		return docs[i-1], true
	}
}
