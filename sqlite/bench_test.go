package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storetest"
)

// BenchmarkPutDocument stores new documents of about 2.5 KB with 20
// mentions and 2 reports each, one transaction per document.
func BenchmarkPutDocument(b *testing.B) {
	ctx := context.Background()
	s := MustOpen(b, filepath.Join(b.TempDir(), "bench.db"))
	defer s.Close()
	doc, _ := storetest.Sample(0)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		doc, x := storetest.Sample(i)
		i++
		res, err := s.PutDocument(ctx, doc, x)
		if err != nil || res != sitrep.PutNew {
			b.Fatalf("put %s: %v, %v", doc.ID, res, err)
		}
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutDocumentUnchanged puts documents already stored.
func BenchmarkPutDocumentUnchanged(b *testing.B) {
	ctx := context.Background()
	s := MustOpen(b, filepath.Join(b.TempDir(), "bench.db"))
	defer s.Close()
	const n = 1000
	for i := range n {
		doc, x := storetest.Sample(i)
		storetest.MustPutDocument(b, s, doc, x, sitrep.PutNew)
	}
	i := 0
	for b.Loop() {
		doc, x := storetest.Sample(i % n)
		i++
		if res, err := s.PutDocument(ctx, doc, x); err != nil || res != sitrep.PutUnchanged {
			b.Fatalf("put %s: %v, %v", doc.ID, res, err)
		}
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "docs/s")
}
