package ingest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

// BenchmarkReadJSONL reads a file of 2,000 reports of about 2.5 KB each.
func BenchmarkReadJSONL(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	para := "Two drones targeted a base hosting coalition troops near the airport late on Tuesday, " +
		"a security official said; one was shot down and the other fell inside the perimeter. "
	text := strings.Repeat(para, 2500/len(para)+1)[:2500]
	enc := json.NewEncoder(w)
	for i := range 2000 {
		enc.Encode(map[string]string{
			"id": fmt.Sprintf("bench-%04d", i), "url": fmt.Sprintf("https://wire.example/%d", i),
			"outlet": "Wire", "published": "2023-10-24", "text": text,
		})
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	fi, _ := f.Stat()
	f.Close()
	b.SetBytes(fi.Size())
	r := ingest.New()
	for b.Loop() {
		n := 0
		probs, err := r.Read(context.Background(), path, func(sitrep.Document) error { n++; return nil })
		if err != nil || len(probs) != 0 || n != 2000 {
			b.Fatalf("got %d docs, %v, %v", n, probs, err)
		}
	}
}
