package stress_test

import (
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/bench/stress"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/copies"
)

// benchCorpus generates a corpus of n mentions with the copies found set
// on its documents.
func benchCorpus(b *testing.B, n int) *stress.Corpus {
	b.Helper()
	c := stress.Generate(stress.Config{Mentions: n, Seed: 1})
	for d, o := range copies.Origins(c.Sigs) {
		doc := c.Docs[d]
		doc.CopyOf = o
		c.Docs[d] = doc
	}
	return c
}

// BenchmarkFuse fuses a corpus of 100,000 mentions per op. Fuse reorders
// its reports, so each op fuses a fresh copy, made outside the timer.
func BenchmarkFuse(b *testing.B) {
	c := benchCorpus(b, 100000)
	rs := make([]sitrep.Report, len(c.Reports))
	f := cluster.New()
	b.ReportAllocs()
	b.ResetTimer()
	var incs []sitrep.Incident
	for range b.N {
		b.StopTimer()
		copy(rs, c.Reports)
		incs = nil
		b.StartTimer()
		incs = f.Fuse(rs, c.Docs)
	}
	b.ReportMetric(float64(len(incs)), "incidents")
}

// BenchmarkOrigins finds the copies among the documents of a corpus of
// 100,000 mentions per op.
func BenchmarkOrigins(b *testing.B) {
	c := stress.Generate(stress.Config{Mentions: 100000, Seed: 1})
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		copies.Origins(c.Sigs)
	}
}
