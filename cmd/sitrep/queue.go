package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/nats"
)

// publishSummary is what "ingest --queue" did.
type publishSummary struct {
	Published  int              `json:"published"`
	Duplicates int              `json:"duplicates"` // the queue had them already
	Problems   []sitrep.Problem `json:"problems"`
	Seconds    float64          `json:"seconds"`
}

// publish reads the inputs of args and puts every document on the queue
// at url, for workers to store.
func (e *env) publish(ctx context.Context, r *ingest.Reader, args []string, url string, asJSON bool) error {
	start := time.Now()
	q, err := nats.Open(ctx, url)
	if err != nil {
		return err
	}
	defer q.Close()
	sum := publishSummary{Problems: []sitrep.Problem{}}
	for _, arg := range args {
		ps, err := r.Read(ctx, arg, func(d sitrep.Document) error {
			dup, err := q.Publish(ctx, d)
			if err != nil {
				return err
			}
			if dup {
				sum.Duplicates++
			} else {
				sum.Published++
			}
			return nil
		})
		sum.Problems = append(sum.Problems, ps...)
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
	}
	for _, pr := range sum.Problems {
		fmt.Fprintln(e.stderr, "sitrep: "+pr.Error())
	}
	sum.Seconds = time.Since(start).Seconds()
	if asJSON {
		if err := json.NewEncoder(e.stdout).Encode(sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(e.stdout, "published %d documents to %s (%d the queue had already), %d problems in %.2fs\n",
			sum.Published, url, sum.Duplicates, len(sum.Problems), sum.Seconds)
	}
	if len(sum.Problems) > 0 {
		return &exitError{1, fmt.Sprintf("%d input problem(s); the other inputs were published", len(sum.Problems))}
	}
	return nil
}

// worker runs "sitrep worker --queue URL": it takes documents off the
// queue into the store until interrupted.
func (e *env) worker(ctx context.Context, args []string) error {
	fs := e.newFlags("worker")
	url := fs.String("queue", "", "NATS JetStream URL (nats://host:4222)")
	batch := fs.Int("batch", 64, "documents a fetch takes")
	quiet := fs.Bool("quiet", false, "say nothing per batch")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *url == "" {
		return &exitError{2, "worker: give --queue nats://host:4222"}
	}
	store, err := e.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := e.newPipeline(ctx, store)
	if err != nil {
		return err
	}
	q, err := nats.Open(ctx, *url)
	if err != nil {
		return err
	}
	defer q.Close()
	// PostgreSQL serializes fusion across processes; a SQLite file is
	// served by one worker process (its goroutines share the lock).
	var lock nats.Locker = &nats.LocalLock{}
	if l, ok := store.(nats.Locker); ok {
		lock = l
	}
	w := &nats.Worker{Queue: q, Pipeline: p, Lock: lock, Batch: *batch}
	total := 0
	w.Done = func(n int) { total += n }
	if !*quiet {
		w.Log = e.stderr
	}
	fmt.Fprintf(e.stderr, "worker: taking documents from %s into %s (interrupt to stop)\n", *url, e.db)
	if err := w.Run(ctx); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "worker: stopped after storing "+strconv.Itoa(total)+" documents")
	return nil
}
