package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/sqlite"
)

// TestQueue publishes a corpus with "ingest --queue" (twice: the second
// time every document is a duplicate), lets "worker" take it into a store,
// and gets the incidents of a direct ingest.
func TestQueue(t *testing.T) {
	srv, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(),
		NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("embedded NATS server not ready")
	}
	defer srv.Shutdown()
	url := srv.ClientURL()
	const corpus = "../../testdata/corpus/reports.jsonl"
	out := mustRun(t, "ingest", "--queue", url, corpus)
	if !strings.HasPrefix(out, "published 30 documents") {
		t.Fatalf("ingest --queue: %q", out)
	}
	if out := mustRun(t, "ingest", "--queue", url, corpus); !strings.Contains(out, "published 0 documents") ||
		!strings.Contains(out, "(30 the queue had already)") {
		t.Errorf("ingest --queue again: %q", out)
	}

	db := t.TempDir() + "/w.db"
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	done := make(chan error, 1)
	var wout, werr bytes.Buffer
	go func() { done <- run(ctx, []string{"--db", db, "worker", "--queue", url, "--quiet"}, nil, &wout, &werr) }()
	for {
		time.Sleep(200 * time.Millisecond)
		s, err := sqlite.Open(ctx, db)
		if err != nil {
			continue
		}
		pending, perr := s.Unfused(ctx) // stored, not yet fused
		n := 0
		s.EachDocument(ctx, func(sitrep.Document) error { n++; return nil })
		s.Close()
		if n == 30 && perr == nil && len(pending) == 0 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("worker stored %d of 30 documents: %s", n, werr.String())
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("worker: %v\n%s", err, werr.String())
	}
	if !strings.Contains(wout.String(), "stopped after storing 30 documents") {
		t.Errorf("worker said %q", wout.String())
	}
	direct := t.TempDir() + "/d.db"
	mustRun(t, "--db", direct, "ingest", corpus)
	if a, b := mustRun(t, "--db", db, "incidents", "--format", "jsonl"), mustRun(t, "--db", direct, "incidents", "--format", "jsonl"); a != b {
		t.Errorf("the worker's store holds other incidents than a direct ingest")
	}
}
