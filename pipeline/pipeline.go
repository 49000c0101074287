// Package pipeline joins the stages of sitrep: documents in, extracted in
// parallel, stored one transaction per document in input order, and fused
// into incidents at the end.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

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
	// Fused, when set, gets the documents that a fusion (Fuse, FuseDocs or
	// Update) took in, once its incidents are stored: those that waited to
	// be fused, with a store that tracks them.
	Fused func(docs []string)
}

type job struct {
	doc  sitrep.Document
	x    sitrep.Extraction
	skip bool // stored unchanged already: not extracted
	done chan struct{}
}

// hashStore is a store that tells the hash of the documents it holds, so
// that a document stored unchanged is not extracted again (the SQLite and
// PostgreSQL stores do): re-reading an archive, or a run resumed after a
// crash, costs a lookup per document, not an extraction.
type hashStore interface {
	Hashes(ctx context.Context, ids []string) (map[string]string, error)
	HasDocuments(ctx context.Context) (bool, error)
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
	order := make(chan *job, maxBatch*2)
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
	// The documents read, then handed out in runs of those already there,
	// whose stored hashes are asked for at once.
	docs := make(chan sitrep.Document, maxBatch)
	go func() {
		defer close(docs)
		for {
			doc, ok := next()
			if !ok {
				return
			}
			select {
			case docs <- doc:
			case <-stop:
				return
			}
		}
	}()
	hs, _ := p.Store.(hashStore)
	if hs != nil {
		// Into an empty store (a first ingest) nothing can be unchanged.
		if any, err := hs.HasDocuments(ctx); err != nil || !any {
			hs = nil
		}
	}
	go func() {
		defer close(work)
		defer close(order)
		for {
			doc, ok := <-docs
			if !ok {
				return
			}
			run := []sitrep.Document{doc}
		more:
			for len(run) < maxBatch {
				select {
				case d, ok := <-docs:
					if !ok {
						break more
					}
					run = append(run, d)
				default:
					break more
				}
			}
			stored := p.storedHashes(ctx, hs, run)
			for _, d := range run {
				j := &job{doc: d, done: make(chan struct{})}
				j.skip = d.Hash != "" && stored[d.ID] == d.Hash
				select {
				case order <- j:
				case <-stop:
					return
				}
				if j.skip {
					close(j.done)
				} else {
					work <- j
				}
			}
		}
	}()
	var err error
	var held *job // taken from order before it was extracted
	for {
		// A batch: the next job, waited for, and those after it already
		// extracted, up to maxBatch.
		j := held
		held = nil
		if j == nil {
			var ok bool
			if j, ok = <-order; !ok {
				break
			}
		}
		<-j.done
		// Jobs queued behind it join the batch as they are extracted, for
		// at most maxWait: a lone document is stored at once.
		batch := []*job{j}
		deadline := time.Now().Add(maxWait)
	fill:
		for len(batch) < maxBatch {
			var k *job
			select {
			case next, ok := <-order:
				if !ok {
					break fill
				}
				k = next
			default:
				break fill
			}
			select {
			case <-k.done:
				batch = append(batch, k)
				continue
			default:
			}
			wait := time.NewTimer(time.Until(deadline))
			select {
			case <-k.done:
				wait.Stop()
				batch = append(batch, k)
			case <-wait.C:
				held = k
				break fill
			}
		}
		if err != nil {
			continue // drain
		}
		var res []sitrep.PutResult
		res, err = p.put(ctx, batch)
		if err == nil {
			err = p.extractChanged(ctx, batch, res)
		}
		if err != nil {
			close(stop)
			continue
		}
		for i, j := range batch {
			st.Documents++
			st.Bytes += int64(len(j.doc.Text))
			switch res[i] {
			case sitrep.PutNew:
				st.New++
			case sitrep.PutNewVersion:
				st.NewVersions++
			case sitrep.PutUnchanged:
				st.Unchanged++
			}
			if res[i] != sitrep.PutUnchanged {
				st.Reports += len(j.x.Reports)
				st.Tallies += len(j.x.Tallies)
			}
			if p.Progress != nil {
				p.Progress(&j.doc, res[i])
			}
		}
	}
	wg.Wait()
	return st, err
}

// storedHashes returns the stored hashes of the documents of run, by id;
// none when the store cannot tell or fails to (then every document is
// extracted, and storing tells what changed).
func (p *Pipeline) storedHashes(ctx context.Context, hs hashStore, run []sitrep.Document) map[string]string {
	if hs == nil {
		return nil
	}
	ids := make([]string, 0, len(run))
	for _, d := range run {
		if d.Hash != "" {
			ids = append(ids, d.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	m, err := hs.Hashes(ctx, ids)
	if err != nil {
		return nil
	}
	return m
}

// extractChanged extracts the documents of batch that were skipped as
// stored unchanged but were stored after all (another process changed
// them meanwhile), and stores their extraction.
func (p *Pipeline) extractChanged(ctx context.Context, batch []*job, res []sitrep.PutResult) error {
	for i, j := range batch {
		if !j.skip || res[i] == sitrep.PutUnchanged {
			continue
		}
		j.x = p.Extractor.Extract(&j.doc)
		if err := p.Store.PutExtraction(ctx, j.doc.ID, j.x); err != nil {
			return fmt.Errorf("store %s: %w", j.doc.ID, err)
		}
	}
	return nil
}

// maxBatch is the most documents stored in one transaction, and maxWait
// the longest a batch waits for documents being extracted.
const (
	maxBatch = 64
	maxWait  = 20 * time.Millisecond
)

// batchPutter is a store that stores several documents in one
// transaction (the SQLite store does).
type batchPutter interface {
	PutDocuments(ctx context.Context, docs []*sitrep.Document, xs []sitrep.Extraction) ([]sitrep.PutResult, error)
}

// put stores a batch of extracted documents, in one transaction when the
// store can.
func (p *Pipeline) put(ctx context.Context, batch []*job) ([]sitrep.PutResult, error) {
	if bp, ok := p.Store.(batchPutter); ok && len(batch) > 1 {
		docs := make([]*sitrep.Document, len(batch))
		xs := make([]sitrep.Extraction, len(batch))
		for i, j := range batch {
			docs[i], xs[i] = &j.doc, j.x
		}
		res, err := bp.PutDocuments(ctx, docs, xs)
		if err != nil {
			return nil, fmt.Errorf("store %d documents from %s: %w", len(batch), batch[0].doc.ID, err)
		}
		return res, nil
	}
	res := make([]sitrep.PutResult, len(batch))
	for i, j := range batch {
		r, err := p.Store.PutDocument(ctx, &j.doc, j.x)
		if err != nil {
			return nil, fmt.Errorf("store %s: %w", j.doc.ID, err)
		}
		res[i] = r
	}
	return res, nil
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
	incs, pending, err := p.fuseAll(ctx, true)
	if err != nil {
		return 0, fmt.Errorf("fuse: %w", err)
	}
	if ra, ok := p.Store.(allReplacer); ok {
		if err := ra.ReplaceAll(ctx, incs, pending); err != nil {
			return 0, fmt.Errorf("fuse: %w", err)
		}
		p.fused(pending)
		return len(incs), nil
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
		p.fused(pending)
	}
	return len(incs), nil
}

func (p *Pipeline) fused(docs []string) {
	if p.Fused != nil && len(docs) > 0 {
		p.Fused(docs)
	}
}

// allReplacer is a store that writes a full fusion in one transaction:
// the incidents, their published ids and redirects, and the documents
// fused (the SQLite store does).
type allReplacer interface {
	ReplaceAll(ctx context.Context, incs []sitrep.Incident, fused []string) error
}

// fuseAll fuses every stored report and returns the incidents and the
// documents that were waiting to be fused. Unless write, it records
// nothing: neither the copies found nor which reviews applied.
func (p *Pipeline) fuseAll(ctx context.Context, write bool) ([]sitrep.Incident, []string, error) {
	var reports []sitrep.Report
	var err error
	var pending []string
	if u, ok := p.Store.(unfusedStore); ok {
		if pending, err = u.Unfused(ctx); err != nil {
			return nil, nil, err
		}
	}
	// Copies are found from the stored signatures while the reports and
	// documents are read: the two share nothing but the store.
	var copied chan found
	c, hasCopies := p.Store.(copyStore)
	if hasCopies {
		copied = make(chan found, 1)
		go func() { copied <- storedCopies(ctx, c) }()
		defer func() {
			if copied != nil {
				<-copied // a read failed first: wait for the other before returning
			}
		}()
	}
	// So are the documents' heads.
	type heads struct {
		docs map[string]sitrep.Document
		err  error
	}
	var docHeads chan heads
	if h, ok := p.Store.(documentHeads); ok {
		docHeads = make(chan heads, 1)
		go func() {
			docs, err := h.DocumentHeads(ctx)
			docHeads <- heads{docs, err}
		}()
		defer func() {
			if docHeads != nil {
				<-docHeads
			}
		}()
	}
	if h, ok := p.Store.(reportHeads); ok {
		reports, err = h.ReportHeads(ctx)
	} else {
		reports, err = p.Store.Reports(ctx)
	}
	if err != nil {
		return nil, nil, err
	}
	var docs map[string]sitrep.Document
	if docHeads != nil {
		h := <-docHeads
		docHeads = nil
		docs, err = h.docs, h.err
	} else {
		docs = map[string]sitrep.Document{}
		err = p.Store.EachDocument(ctx, func(d sitrep.Document) error {
			d.Text = ""
			docs[d.ID] = d
			return nil
		})
	}
	if err != nil {
		return nil, nil, err
	}
	if hasCopies {
		f := <-copied
		copied = nil
		if f.err != nil {
			return nil, nil, f.err
		}
		if err := f.apply(ctx, c, docs, write); err != nil {
			return nil, nil, err
		}
	}
	incs := p.Fuser.Fuse(reports, docs)
	if rs, ok := p.Store.(reviewStore); ok {
		if incs, err = applyReviews(ctx, rs, incs, docs, write); err != nil {
			return nil, nil, err
		}
	}
	return incs, pending, nil
}

// Check fuses every stored report, as Fuse does, but writes nothing, and
// returns how the stored incidents differ from the result: one line per
// incident missing, extra or different. Incremental fusion should leave
// nothing to report.
func (p *Pipeline) Check(ctx context.Context) ([]string, error) {
	want, _, err := p.fuseAll(ctx, false)
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	have, err := p.Store.Incidents(ctx, sitrep.IncidentFilter{Rejected: true})
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	return diffIncidents(have, want), nil
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
