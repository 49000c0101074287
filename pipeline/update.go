package pipeline

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/copies"
	"github.com/sitrep/sitrep/review"
)

// updateStore is a store that incremental fusion can work on: it finds
// the reports related to one, the incidents of some documents, and
// replaces some incidents (the SQLite store does).
type updateStore interface {
	copyStore
	reviewStore
	RelatedTo(ctx context.Context, rs []sitrep.Report, w sitrep.Window, from int, known func(key string) bool) ([]sitrep.Report, error)
	ReportsOf(ctx context.Context, docs []string) ([]sitrep.Report, error)
	ReportsByKey(ctx context.Context, keys []string) ([]sitrep.Report, error)
	DocumentHeadsOf(ctx context.Context, ids []string) (map[string]sitrep.Document, error)
	SignaturesNear(ctx context.Context, from, to sitrep.Date, fn func(id string, published sitrep.Date, sig []byte, copyOf string) error) error
	Copied(ctx context.Context, id string) (bool, error)
	IncidentsOf(ctx context.Context, docs []string) (map[string][]string, error)
	UpdateIncidents(ctx context.Context, u sitrep.IncidentUpdate) error
	IncidentCount(ctx context.Context) (int, error)
	unfusedStore
	// UnfusedAmong returns which of docs are unfused, without the side
	// effects of Unfused.
	UnfusedAmong(ctx context.Context, docs []string) (map[string]bool, error)
}

// relater is a fuser that says which reports it may join and within
// which days and distance (cluster.Fuser).
type relater interface {
	Related(a, b sitrep.Report) bool
	// RelatedIn returns the reports of rs related to x, by index, as
	// Related(rs[i], x) says, in increasing order.
	RelatedIn(rs []sitrep.Report) func(x sitrep.Report, dst []int) []int
	Window() sitrep.Window
	AreaRelated(a, b sitrep.Report) bool
	AreaCut(rs []sitrep.Report, cut int) int
	FuseFrom(reports []sitrep.Report, docs map[string]sitrep.Document, cut int, groups map[string]int) []sitrep.Incident
}

// Update is what an incremental fusion did.
type Update struct {
	Full      bool // fell back to fusing everything
	Reports   int  // reports fused again
	Removed   int  // incidents replaced
	Incidents int  // incidents stored in their place
}

// FuseDocs updates the incidents after the documents ids were stored (new
// or changed): only the incidents they touch are fused again, and the
// result is what Fuse would give. The reports fused again are the
// connected components, under the fuser's Related, of the documents'
// reports and of the reports of the incidents that held them, together
// with what analysts' reviews tie to those. When the store or the fuser
// cannot do that, or a document's copies cannot be settled from the
// documents published near it (it was published before documents that
// copy it), FuseDocs runs Fuse.
func (p *Pipeline) FuseDocs(ctx context.Context, ids []string) (Update, error) {
	us, ok := p.Store.(updateStore)
	rel, ok2 := p.Fuser.(relater)
	if !ok || !ok2 {
		_, err := p.Fuse(ctx)
		return Update{Full: true}, err
	}
	changed, settled, err := updateCopies(ctx, us, ids)
	if err != nil {
		return Update{}, fmt.Errorf("fuse %d documents: %w", len(ids), err)
	}
	if !settled {
		_, err := p.Fuse(ctx)
		return Update{Full: true}, err
	}
	u, ok, err := p.fuseDocs(ctx, us, rel, ids, changed)
	if err != nil {
		return Update{}, fmt.Errorf("fuse %d documents: %w", len(ids), err)
	}
	if !ok {
		_, err := p.Fuse(ctx)
		return Update{Full: true}, err
	}
	return u, nil
}

// noCut is a cut before every day: the whole components are fused again.
const noCut = math.MinInt

// fuseDocs fuses again the documents ids, stored since the last fusion,
// and the documents changed, whose copy relations changed with them (their
// reports did not).
func (p *Pipeline) fuseDocs(ctx context.Context, us updateStore, rel relater, ids, changed []string) (Update, bool, error) {
	docIDs := append(slices.Clone(ids), changed...)
	sort.Strings(docIDs)
	docIDs = slices.Compact(docIDs)
	seeds, err := us.ReportsOf(ctx, docIDs)
	if err != nil {
		return Update{}, false, err
	}
	// The reports of the incidents that held the documents' reports, some
	// of which may have vanished with a new version.
	old, err := us.IncidentsOf(ctx, docIDs)
	if err != nil {
		return Update{}, false, err
	}
	var oldKeys []string
	for _, keys := range old {
		oldKeys = append(oldKeys, keys...)
	}
	sort.Strings(oldKeys)
	held, err := us.ReportsByKey(ctx, slices.Compact(oldKeys))
	if err != nil {
		return Update{}, false, err
	}
	log, err := us.Reviews(ctx)
	if err != nil {
		return Update{}, false, err
	}
	// New documents whose reports all have a year are fused again from a
	// cut: a day before which nothing changes (see closure). So are the
	// documents whose copy relations changed: their reports stay as they
	// were, and fused as seeds, a pair of theirs that starts before the cut
	// lowers it, as a new report's does. A stored document with a new
	// version is fused with the whole components of its incidents (a
	// report of it may be gone).
	cut := noCut
	if !holdsAny(old, ids) {
		for _, r := range seeds {
			if r.When.IsZero() {
				continue // undated: fused alone, before or after any cut
			}
			if !dated(r) {
				cut = noCut
				break
			}
			if cut == noCut || r.When.Start.Days() < cut {
				cut = r.When.Start.Days()
			}
		}
	}
	// Each try that fails lowers the cut further than it must, by 1, 3,
	// 7... days more: in a busy area every day has an incident across it,
	// and trying day by day would cost a closure each.
	ours := make(map[string]bool, len(docIDs))
	for _, d := range docIDs {
		ours[d] = true
	}
	var c *closure
	for tries := 0; ; tries++ {
		if tries == maxCutTries {
			cut = noCut
		}
		c = &closure{us: us, rel: rel, cut: cut, log: log, seeds: map[string]bool{}, ours: ours}
		for _, r := range seeds {
			c.seeds[r.Key()] = true
		}
		lower, err := c.run(ctx, append(slices.Clone(seeds), held...), oldKeys)
		if err != nil {
			return Update{}, false, err
		}
		if lower == cut {
			break
		}
		cut = lower
		if lower != noCut {
			cut = lower - (1<<tries - 1)
		}
	}
	set, gone := c.set, c.gone
	reports := make([]sitrep.Report, 0, len(set))
	docSet := map[string]bool{}
	for _, r := range set {
		reports = append(reports, r)
		docSet[r.Doc] = true
	}
	for _, d := range docIDs {
		docSet[d] = true
	}
	docList := make([]string, 0, len(docSet))
	for d := range docSet {
		docList = append(docList, d)
	}
	sort.Strings(docList)
	// The incidents to replace: those holding one of the reports. Each must
	// hold nothing else, or the store was not fused by these rules: then
	// everything is fused again.
	holding := c.holding
	if !slices.Equal(docList, c.holdingDocs) {
		if holding, err = us.IncidentsOf(ctx, docList); err != nil {
			return Update{}, false, err
		}
	}
	var remove []string
	for id, keys := range holding {
		in := 0
		for _, k := range keys {
			if _, ok := set[k]; ok || gone[k] {
				in++
			}
		}
		if in == 0 {
			continue
		}
		if in != len(keys) {
			return Update{}, false, nil
		}
		remove = append(remove, id)
	}
	sort.Strings(remove)
	docs, err := us.DocumentHeadsOf(ctx, docList)
	if err != nil {
		return Update{}, false, err
	}
	// Grading names a copy's origin by its outlet, as a full fusion does.
	var origins []string
	for _, d := range docs {
		if _, ok := docs[d.CopyOf]; d.CopyOf != "" && !ok {
			origins = append(origins, d.CopyOf)
		}
	}
	if len(origins) > 0 {
		sort.Strings(origins)
		more, err := us.DocumentHeadsOf(ctx, slices.Compact(origins))
		if err != nil {
			return Update{}, false, err
		}
		maps.Copy(docs, more)
	}
	var incs []sitrep.Incident
	if c.cut != noCut {
		incs = rel.FuseFrom(reports, docs, c.cut, c.groups)
	} else {
		incs = p.Fuser.Fuse(reports, docs)
	}
	if len(log) > 0 {
		var applied []sitrep.Review
		incs, applied, _ = review.Apply(incs, log, docs)
		var changed []sitrep.Review
		for i, r := range applied {
			anchors := append(slices.Clone(r.Anchors), r.OtherAnchors...)
			touches := slices.ContainsFunc(anchors, func(k string) bool { _, ok := set[k]; return ok || gone[k] })
			if touches && r.Applied != log[i].Applied {
				changed = append(changed, r)
			}
		}
		if len(changed) > 0 {
			if err := us.SaveReviews(ctx, changed); err != nil {
				return Update{}, false, err
			}
		}
	}
	keys := make([]string, 0, len(set)+len(gone))
	for k := range set {
		keys = append(keys, k)
	}
	for k := range gone {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	err = us.UpdateIncidents(ctx, sitrep.IncidentUpdate{Remove: remove, Add: incs, Keys: keys, Fused: docIDs})
	if err != nil {
		return Update{}, false, err
	}
	p.fused(docIDs)
	return Update{Reports: len(reports), Removed: len(remove), Incidents: len(incs)}, true, nil
}

// holdsAny reports whether an incident of old holds a report of one of
// the documents docs.
func holdsAny(old map[string][]string, docs []string) bool {
	set := make(map[string]bool, len(docs))
	for _, d := range docs {
		set[d] = true
	}
	for _, keys := range old {
		for _, k := range keys {
			if i := strings.LastIndexByte(k, '#'); i >= 0 && set[k[:i]] {
				return true
			}
		}
	}
	return false
}

// copyDoc is a document as updateCopies settles it: its signature and what
// the store records it copies.
type copyDoc struct {
	copies.Doc
	recorded string
}

// signatures holds the signatures of the latest versions of the documents
// published between days lo and hi, and of those without a year, read from
// the store as updateCopies needs more days: each day once.
type signatures struct {
	rows   map[string]copyDoc
	lo, hi int
	// byDay holds rows by day of publication, undated those without a
	// year; nil when rows changed since they were made.
	byDay   map[int][]copyDoc
	undated []copyDoc
}

// near returns the documents published from day lo to day hi, and those
// without a year, which every window holds.
func (s *signatures) near(lo, hi int) (dated, undated []copyDoc) {
	if s.byDay == nil {
		s.byDay, s.undated = map[int][]copyDoc{}, nil
		for _, n := range s.rows {
			if n.Published.HasYear() {
				s.byDay[n.Published.Days()] = append(s.byDay[n.Published.Days()], n)
			} else {
				s.undated = append(s.undated, n)
			}
		}
	}
	for day := lo; day <= hi; day++ {
		dated = append(dated, s.byDay[day]...)
	}
	return dated, s.undated
}

// load reads the documents published between days from and to that it
// does not hold yet.
func (s *signatures) load(ctx context.Context, us updateStore, from, to int) error {
	if s.rows == nil {
		s.rows, s.lo, s.hi = map[string]copyDoc{}, from, to
		return s.read(ctx, us, from, to)
	}
	if from < s.lo {
		if err := s.read(ctx, us, from, s.lo-1); err != nil {
			return err
		}
		s.lo = from
	}
	if to > s.hi {
		if err := s.read(ctx, us, s.hi+1, to); err != nil {
			return err
		}
		s.hi = to
	}
	return nil
}

func (s *signatures) read(ctx context.Context, us updateStore, from, to int) error {
	s.byDay = nil
	return us.SignaturesNear(ctx, sitrep.FromDays(from), sitrep.FromDays(to),
		func(id string, published sitrep.Date, b []byte, recorded string) error {
			sig, err := copies.Decode(b)
			if err != nil {
				return nil // compared once re-extracted, as in storedCopies
			}
			s.rows[id] = copyDoc{Doc: copies.Doc{ID: id, Published: published, Sig: sig}, recorded: recorded}
			return nil
		})
}

// updateCopies settles what each of the documents ids copies from the
// documents published near it, records the changes, and returns the
// documents whose copy changed. settled is false when some document
// cannot be settled so (see copies.Origin): nothing is recorded then.
// The documents are taken earliest first, each without the ones after it;
// a stored document that copies one of them is settled again after it.
func updateCopies(ctx context.Context, us updateStore, ids []string) (changed []string, settled bool, err error) {
	heads, err := us.DocumentHeadsOf(ctx, ids)
	if err != nil {
		return nil, false, err
	}
	var work []copyDoc
	pending := map[string]bool{}
	for _, id := range ids {
		h, ok := heads[id]
		if !ok {
			continue
		}
		if !h.Published.HasYear() {
			return nil, false, nil
		}
		// A document that others copy already (stored by another process
		// while a fusion ran, which settled them) is settled again like
		// any: Origin names the documents that copy it. Unless an earlier
		// version is what they copied.
		if h.Version > 1 {
			if copied, err := us.Copied(ctx, id); err != nil || copied {
				return nil, false, err
			}
		}
		work = append(work, copyDoc{Doc: copies.Doc{ID: id, Published: h.Published}, recorded: h.CopyOf})
		pending[id] = true
	}
	// What each document copies: as recorded, then as settled here.
	copyOf := map[string]string{}
	changes := map[string]string{}
	sigs := &signatures{}
	for len(work) > 0 {
		sort.Slice(work, func(i, j int) bool { return copies.Earlier(work[i].Doc, work[j].Doc) })
		d := work[0]
		work = work[1:]
		lo, hi := d.Published.AddDays(-copies.MaxDays), d.Published.AddDays(copies.MaxDays)
		if err := sigs.load(ctx, us, lo.Days(), hi.Days()); err != nil {
			return nil, false, err
		}
		dated, undated := sigs.near(lo.Days(), hi.Days())
		window := make([]copies.Doc, 0, len(dated)+len(undated))
		for _, part := range [][]copyDoc{dated, undated} {
			for _, n := range part {
				if n.ID == d.ID {
					d.Sig = n.Sig
				}
				if pending[n.ID] && n.ID != d.ID {
					continue // not there yet
				}
				window = append(window, n.Doc)
				if _, ok := copyOf[n.ID]; !ok {
					copyOf[n.ID] = n.recorded
				}
			}
		}
		origin, later, ok := copies.Origin(d.Doc, window, copyOf)
		if !ok {
			return nil, false, nil
		}
		copyOf[d.ID] = origin
		delete(pending, d.ID)
		if origin != d.recorded {
			changes[d.ID] = origin
			changed = append(changed, d.ID)
		} else {
			delete(changes, d.ID)
		}
		for _, id := range later {
			n, ok := sigs.rows[id]
			if !ok || pending[id] {
				continue
			}
			if !n.Published.HasYear() {
				return nil, false, nil
			}
			pending[id] = true // each comes once: those added come after d, and d is the earliest left
			work = append(work, n)
		}
	}
	if err := us.SetCopies(ctx, changes); err != nil {
		return nil, false, err
	}
	sort.Strings(changed)
	return slices.Compact(changed), true, nil
}

// Update fuses the documents stored since they were last fused: with
// FuseDocs when they are few beside the incidents already stored (at most
// one for ten incidents, and 2,000), with Fuse otherwise, which costs the
// same however many documents changed. It returns the number of incidents
// stored. With a store that does not track what is fused, it runs Fuse.
func (p *Pipeline) Update(ctx context.Context) (int, error) {
	us, ok := p.Store.(updateStore)
	if !ok {
		return p.Fuse(ctx)
	}
	pending, err := us.Unfused(ctx)
	if err != nil {
		return 0, err
	}
	n, err := us.IncidentCount(ctx)
	if err != nil {
		return 0, err
	}
	if len(pending) == 0 {
		return n, nil
	}
	if n == 0 || len(pending) > 2000 || len(pending)*10 > n {
		return p.Fuse(ctx)
	}
	u, err := p.FuseDocs(ctx, pending)
	if err != nil {
		return 0, err
	}
	if u.Full {
		return us.IncidentCount(ctx)
	}
	return n - u.Removed + u.Incidents, nil
}

// dated reports whether r's dates have a year.
// maxCutTries is how many cuts fusion tries before it fuses whole
// components.
const maxCutTries = 6

func dated(r sitrep.Report) bool { return r.When.Start.HasYear() && r.When.End.HasYear() }
