// Package pipeline joins the stages of sitrep: documents in, extracted in
// parallel, stored one transaction per document in input order, and fused
// into incidents at the end.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/sitrep/sitrep"
)

// Stats counts what a run did.
type Stats struct {
	Documents   int   `json:"documents"`    // documents read
	New         int   `json:"new"`          // first versions stored
	NewVersions int   `json:"new_versions"` // changed texts stored as new versions
	Unchanged   int   `json:"unchanged"`    // already stored, skipped
	Reports     int   `json:"reports"`      // reports extracted from new texts
	Tallies     int   `json:"tallies"`      // tallies extracted from new texts
	Bytes       int64 `json:"bytes"`        // text bytes read
	Incidents   int   `json:"incidents"`    // incidents after fusion
}

// Pipeline runs documents through extraction into a store. Workers
// defaults to the number of CPUs.
type Pipeline struct {
	Store     sitrep.Store
	Extractor sitrep.Extractor
	Fuser     sitrep.Fuser
	Workers   int
	// Progress, when set, is called after each document is stored.
	Progress func(doc *sitrep.Document, res sitrep.PutResult)
}

type job struct {
	doc  sitrep.Document
	x    sitrep.Extraction
	done chan struct{}
}

// Ingest extracts and stores every document that next yields until it
// returns false; store errors stop the run. It does not fuse: call Fuse
// once the batch is in.
func (p *Pipeline) Ingest(ctx context.Context, next func() (sitrep.Document, bool)) (Stats, error) {
	var st Stats
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	work := make(chan *job, workers*4)
	order := make(chan *job, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.x = p.Extractor.Extract(&j.doc)
				close(j.done)
			}
		}()
	}
	stop := make(chan struct{})
	go func() {
		defer close(work)
		defer close(order)
		for {
			doc, ok := next()
			if !ok {
				return
			}
			j := &job{doc: doc, done: make(chan struct{})}
			select {
			case order <- j:
			case <-stop:
				return
			}
			work <- j
		}
	}()
	var err error
	for j := range order {
		<-j.done
		if err != nil {
			continue
		}
		st.Documents++
		st.Bytes += int64(len(j.doc.Text))
		res, perr := p.Store.PutDocument(ctx, &j.doc, j.x)
		if perr != nil {
			err = fmt.Errorf("store %s: %w", j.doc.ID, perr)
			close(stop)
			continue
		}
		switch res {
		case sitrep.PutNew:
			st.New++
		case sitrep.PutNewVersion:
			st.NewVersions++
		case sitrep.PutUnchanged:
			st.Unchanged++
		}
		if res != sitrep.PutUnchanged {
			st.Reports += len(j.x.Reports)
			st.Tallies += len(j.x.Tallies)
		}
		if p.Progress != nil {
			p.Progress(&j.doc, res)
		}
	}
	wg.Wait()
	return st, err
}

// reportHeads is a store that lists reports without their assertions and
// fills them back in when incidents are stored (the SQLite store does).
type reportHeads interface {
	ReportHeads(ctx context.Context) ([]sitrep.Report, error)
}

// documentHeads is a store that lists documents without their text.
type documentHeads interface {
	DocumentHeads(ctx context.Context) (map[string]sitrep.Document, error)
}

// Fuse recomputes the incidents from every stored report and replaces them
// in one transaction. It returns the number of incidents. With a store that
// lists reports without assertions and documents without text, memory stays
// a small fraction of the stored data.
func (p *Pipeline) Fuse(ctx context.Context) (int, error) {
	var reports []sitrep.Report
	var err error
	var pending []string
	if u, ok := p.Store.(unfusedStore); ok {
		if pending, err = u.Unfused(ctx); err != nil {
			return 0, fmt.Errorf("fuse: %w", err)
		}
	}
	if h, ok := p.Store.(reportHeads); ok {
		reports, err = h.ReportHeads(ctx)
	} else {
		reports, err = p.Store.Reports(ctx)
	}
	if err != nil {
		return 0, fmt.Errorf("fuse: %w", err)
	}
	var docs map[string]sitrep.Document
	if h, ok := p.Store.(documentHeads); ok {
		docs, err = h.DocumentHeads(ctx)
	} else {
		docs = map[string]sitrep.Document{}
		err = p.Store.EachDocument(ctx, func(d sitrep.Document) error {
			d.Text = ""
			docs[d.ID] = d
			return nil
		})
	}
	if err != nil {
		return 0, fmt.Errorf("fuse: %w", err)
	}
	if c, ok := p.Store.(copyStore); ok {
		if err := findCopies(ctx, c, docs); err != nil {
			return 0, fmt.Errorf("fuse: %w", err)
		}
	}
	incs := p.Fuser.Fuse(reports, docs)
	if rs, ok := p.Store.(reviewStore); ok {
		if incs, err = applyReviews(ctx, rs, incs, docs); err != nil {
			return 0, fmt.Errorf("fuse: %w", err)
		}
	}
	if err := p.Store.ReplaceIncidents(ctx, incs); err != nil {
		return 0, fmt.Errorf("fuse: %w", err)
	}
	if t, ok := p.Store.(idTracker); ok {
		if err := t.TrackIDs(ctx, incs); err != nil {
			return 0, fmt.Errorf("fuse: %w", err)
		}
	}
	if u, ok := p.Store.(unfusedStore); ok && len(pending) > 0 {
		if err := u.MarkFused(ctx, pending); err != nil {
			return 0, fmt.Errorf("fuse: %w", err)
		}
	}
	return len(incs), nil
}

// unfusedStore is a store that knows which documents were stored since
// they were last fused.
type unfusedStore interface {
	Unfused(ctx context.Context) ([]string, error)
	MarkFused(ctx context.Context, docs []string) error
}

// Reprocess re-extracts every stored document with the current extractor
// and fuses again.
func (p *Pipeline) Reprocess(ctx context.Context) (int, error) {
	n := 0
	var docs []sitrep.Document
	err := p.Store.EachDocument(ctx, func(d sitrep.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return 0, err
	}
	for i := range docs {
		x := p.Extractor.Extract(&docs[i])
		if err := p.Store.PutExtraction(ctx, docs[i].ID, x); err != nil {
			return n, fmt.Errorf("reprocess %s: %w", docs[i].ID, err)
		}
		n++
	}
	return n, nil
}
