package pipeline_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/bench/corpus"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/sqlite"
)

// MustPipeline returns a pipeline over a new SQLite store in a temp dir.
func MustPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		tb.Fatal(err)
	}
	x, err := extract.New(g)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "bench.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	f := cluster.New()
	f.Areas = g.Areas()
	return &pipeline.Pipeline{Store: s, Extractor: x, Fuser: f}
}

// MustCorpus writes n generated reports to a JSONL file and returns its path and size.
func MustCorpus(tb testing.TB, n int) (string, int64) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	if err := corpus.Generate(w, n, 1); err != nil {
		tb.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	st, _ := f.Stat()
	f.Close()
	return path, st.Size()
}

// BenchmarkIngest is the standing budget: read, extract, store in SQLite
// and fuse realistic 2-3 KB reports end to end. Each op is one report; the
// budget is >= 2,000 reports/s (<= 500 µs/op) on a 2-core machine.
func BenchmarkIngest(b *testing.B) {
	const n = 2000
	path, size := MustCorpus(b, n)
	ctx := context.Background()
	b.SetBytes(size / n)
	b.ResetTimer()
	for done := 0; done < b.N; done += n {
		b.StopTimer()
		p := MustPipeline(b)
		b.StartTimer()
		docs := make(chan sitrep.Document, 64)
		go func() {
			defer close(docs)
			ingest.New().Read(ctx, path, func(d sitrep.Document) error { docs <- d; return nil })
		}()
		if _, err := p.Ingest(ctx, func() (sitrep.Document, bool) { d, ok := <-docs; return d, ok }); err != nil {
			b.Fatal(err)
		}
		if _, err := p.Fuse(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}

// BenchmarkExtract measures extraction alone, one report per op.
func BenchmarkExtract(b *testing.B) {
	path, _ := MustCorpus(b, 500)
	var docs []sitrep.Document
	ingest.New().Read(context.Background(), path, func(d sitrep.Document) error { docs = append(docs, d); return nil })
	g, _ := gazetteer.Load()
	x, _ := extract.New(g)
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Text))
	}
	b.SetBytes(bytes / int64(len(docs)))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		x.Extract(&docs[i%len(docs)])
	}
}
