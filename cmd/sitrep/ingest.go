package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/cheggaaa/pb/v3"
	"golang.org/x/term"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
)

// ingestSummary is the one-line (or --json) result of an ingest run.
type ingestSummary struct {
	Documents   int              `json:"documents"`
	New         int              `json:"new"`
	NewVersions int              `json:"new_versions"`
	Unchanged   int              `json:"unchanged"`
	Reports     int              `json:"reports"`
	Tallies     int              `json:"tallies"`
	Incidents   int              `json:"incidents"`
	Problems    []sitrep.Problem `json:"problems"`
	Bytes       int64            `json:"bytes"`
	Seconds     float64          `json:"seconds"`
}

func (e *env) ingest(ctx context.Context, args []string) error {
	fs := e.newFlags("ingest")
	published := fs.String("published", "", "publication date YYYY-MM-DD for plain text")
	outlet := fs.String("outlet", "", "outlet name for plain text")
	url := fs.String("url", "", "URL for plain text")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	queue := fs.String("queue", "", "publish to the NATS JetStream queue at this URL (nats://host:4222) for 'sitrep worker' instead of storing")
	tty := false
	if f, ok := e.stderr.(*os.File); ok {
		tty = term.IsTerminal(int(f.Fd()))
	}
	progress := fs.Bool("progress", tty, "show a progress bar")
	allowPrivate := fs.Bool("allow-private", false, "fetch URLs on loopback, link-local and private addresses too")
	var lim sitrep.Limits
	readLimitFlags(fs, &lim)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkLimits("ingest", lim); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &exitError{2, "ingest: give at least one PATH, URL or - for stdin"}
	}
	r := ingest.New()
	r.Limits = lim
	if *allowPrivate {
		r.Client = ingest.Client(true)
	}
	r.Stdin = e.stdin
	r.Outlet, r.URL = *outlet, *url
	if *published != "" {
		d, err := sitrep.ParseDate(*published)
		if err != nil {
			return &exitError{2, "ingest --published: " + err.Error()}
		}
		r.Published = d
	}
	if *queue != "" {
		return e.publish(ctx, r, fs.Args(), *queue, *asJSON)
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
	var bar *pb.ProgressBar
	if *progress {
		bar = pb.New(0)
		bar.SetTemplateString(`{{counters . }} docs {{speed . "%s/s"}} {{etime .}}`)
		bar.SetWriter(e.stderr)
		bar.Start()
		p.Progress = func(*sitrep.Document, sitrep.PutResult) { bar.Increment() }
	}
	start := time.Now()
	docs := make(chan sitrep.Document, 64)
	var problems []sitrep.Problem
	var readErr error
	go func() {
		defer close(docs)
		for _, arg := range fs.Args() {
			ps, err := r.Read(ctx, arg, func(d sitrep.Document) error {
				select {
				case docs <- d:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			problems = append(problems, ps...)
			if err != nil {
				readErr = err
				return
			}
		}
	}()
	st, err := p.Ingest(ctx, func() (sitrep.Document, bool) {
		d, ok := <-docs
		return d, ok
	})
	for range docs {
		// Drain the reader after a store failure so it can finish.
	}
	if bar != nil {
		bar.Finish()
	}
	// Say what was wrong with the input even when the run stops early.
	for _, pr := range problems {
		fmt.Fprintln(e.stderr, "sitrep: "+pr.Error())
	}
	if err != nil {
		return err
	}
	if readErr != nil {
		return fmt.Errorf("ingest: %w", readErr)
	}
	unlock, err := lockFusion(ctx, store)
	if err != nil {
		return err
	}
	n, err := p.Update(ctx)
	unlock()
	if err != nil {
		return err
	}
	sum := ingestSummary{Documents: st.Documents, New: st.New, NewVersions: st.NewVersions, Unchanged: st.Unchanged,
		Reports: st.Reports, Tallies: st.Tallies, Incidents: n, Problems: problems, Bytes: st.Bytes,
		Seconds: time.Since(start).Seconds()}
	if sum.Problems == nil {
		sum.Problems = []sitrep.Problem{}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(e.stdout, "ingested %d documents (%d new, %d new versions, %d unchanged), %d reports, %d tallies, %d incidents, %d problems in %.2fs\n",
			sum.Documents, sum.New, sum.NewVersions, sum.Unchanged, sum.Reports, sum.Tallies, sum.Incidents, len(problems), sum.Seconds)
	}
	if len(problems) > 0 {
		return &exitError{1, fmt.Sprintf("%d input problem(s); the other inputs were stored", len(problems))}
	}
	return nil
}

func (e *env) reprocess(ctx context.Context, args []string) error {
	fs := e.newFlags("reprocess")
	if err := parse(fs, args); err != nil {
		return err
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
	n, err := p.Reprocess(ctx)
	if err != nil {
		return err
	}
	unlock, err := lockFusion(ctx, store)
	if err != nil {
		return err
	}
	k, err := p.Fuse(ctx)
	unlock()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "reprocessed %d documents, %d incidents\n", n, k)
	return nil
}

// fuse runs "fuse": every stored report fused again from scratch; with
// --check, nothing is written and the differences from what is stored
// are listed (exit status 1 when there are any).
func (e *env) fuse(ctx context.Context, args []string) error {
	fs := e.newFlags("fuse")
	check := fs.Bool("check", false, "write nothing; list how the stored incidents differ from a full fusion")
	if err := parse(fs, args); err != nil {
		return err
	}
	store, err := e.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	f, err := e.storeFuser(ctx, store)
	if err != nil {
		return err
	}
	p := &pipeline.Pipeline{Store: store, Fuser: f}
	if *check {
		diffs, err := p.Check(ctx)
		if err != nil {
			return err
		}
		for _, d := range diffs {
			fmt.Fprintln(e.stdout, d)
		}
		if len(diffs) > 0 {
			return &exitError{1, fmt.Sprintf("%d incident(s) differ from a full fusion; run sitrep fuse", len(diffs))}
		}
		fmt.Fprintln(e.stdout, "the stored incidents are those a full fusion gives")
		return nil
	}
	unlock, err := lockFusion(ctx, store)
	if err != nil {
		return err
	}
	n, err := p.Fuse(ctx)
	unlock()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d incidents\n", n)
	return nil
}
