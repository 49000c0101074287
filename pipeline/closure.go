package pipeline

import (
	"context"
	"math"
	"slices"
	"sort"

	"github.com/sitrep/sitrep"
)

// closure gathers the reports to fuse again: the seeds (the new
// documents' reports), the reports related to them, and so on, with what
// the analysts' reviews tie to them.
//
// With a cut (a day), only dated reports starting on or after it are
// closed. Fusion joins pairs in order of the earlier report's start day,
// so before the cut a fusion with the new reports does what the last one
// did, provided no pair with a new report starts before it. The sets at
// the cut are then those of the last fusion: the reports after it alone,
// except those of an incident stored across the cut, whose sets come back
// when its own pairs before the cut are replayed (every set is part of one
// final incident, and joins depend only on the two sets joined). So the
// closure takes each such incident whole, its reports before the cut
// pinned (replayed, not closed further), and Fuser.FuseFrom gives what a
// fusion of everything would. When a seed pairs with a report before the
// cut, run returns a lower cut to try; when nothing can be cut (a report
// without a year, a review reaching across), noCut.
type closure struct {
	us    updateStore
	rel   relater
	cut   int
	log   []sitrep.Review
	seeds map[string]bool
	ours  map[string]bool // the documents fused
	set   map[string]sitrep.Report
	gone  map[string]bool
	// groups gives the reports of each incident across the cut its index.
	groups map[string]int
	// The incidents holding the documents holdingDocs, when run read them.
	holding     map[string][]string
	holdingDocs []string

	queue []sitrep.Report
	first bool
	// areaDone holds the reports whose area partners were looked up.
	areaDone map[string]bool
}

// run closes the set from start; oldKeys are the keys of the incidents
// that held the seeds' documents, gone when no longer stored. It returns
// the cut to use: c.cut when it held.
func (c *closure) run(ctx context.Context, start []sitrep.Report, oldKeys []string) (int, error) {
	c.set = map[string]sitrep.Report{}
	c.areaDone = map[string]bool{}
	c.gone = map[string]bool{}
	c.groups = map[string]int{}
	c.queue, c.first = nil, true
	c.add(start)
	for _, k := range oldKeys {
		if _, ok := c.set[k]; !ok {
			c.gone[k] = true
		}
	}
	lower, err := c.close(ctx)
	if err != nil || lower != c.cut || c.cut == noCut {
		return lower, err
	}
	// The incidents holding reports of the closure, taken whole: reports
	// before the cut pinned, those after it closed in turn, until none is
	// left out.
	for {
		docs := map[string]bool{}
		for _, r := range c.set {
			docs[r.Doc] = true
		}
		list := make([]string, 0, len(docs))
		for d := range docs {
			list = append(list, d)
		}
		sort.Strings(list)
		holding, err := c.us.IncidentsOf(ctx, list)
		if err != nil {
			return 0, err
		}
		c.holding, c.holdingDocs = holding, list
		var outside []string
		for _, keys := range holding {
			if !slices.ContainsFunc(keys, func(k string) bool { _, ok := c.set[k]; return ok }) {
				continue
			}
			for _, k := range keys {
				if _, ok := c.set[k]; !ok {
					outside = append(outside, k)
				}
			}
		}
		if len(outside) == 0 {
			break
		}
		sort.Strings(outside)
		rs, err := c.us.ReportsByKey(ctx, slices.Compact(outside))
		if err != nil {
			return 0, err
		}
		var after []sitrep.Report
		for _, r := range rs {
			switch {
			case !dated(r):
				return noCut, nil
			case r.When.Start.Days() < c.cut:
				c.set[r.Key()] = r // pinned: its pairs before the cut are replayed, not closed
			default:
				after = append(after, r)
			}
		}
		c.add(after)
		if lower, err := c.close(ctx); err != nil || lower != c.cut {
			return lower, err
		}
	}
	// Group the incidents across the cut.
	ids := make([]string, 0, len(c.holding))
	for id := range c.holding {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for g, id := range ids {
		keys := c.holding[id]
		across := slices.ContainsFunc(keys, func(k string) bool {
			r, ok := c.set[k]
			return ok && r.When.Start.Days() < c.cut
		})
		if across {
			for _, k := range keys {
				c.groups[k] = g
			}
		}
	}
	return c.cut, nil
}

// add puts reports new to the set in it and in the queue.
func (c *closure) add(rs []sitrep.Report) {
	for _, r := range rs {
		if _, ok := c.set[r.Key()]; !ok {
			c.set[r.Key()] = r
			c.queue = append(c.queue, r)
		}
	}
}

// close closes the set under Related from the queue, then under the
// reviews, and returns the cut to use (c.cut when it held).
func (c *closure) close(ctx context.Context) (int, error) {
	w := c.rel.Window()
	lower := c.cut
	known := func(k string) bool { _, ok := c.set[k]; return ok }
	for {
		// Breadth first, a wave of new reports at a time: one store query
		// per block or cell a wave needs.
		for len(c.queue) > 0 {
			wave := c.queue
			c.queue = nil
			from := math.MinInt
			if c.cut != noCut && !c.first {
				// Only the seeds look before the cut, and area reports
				// the few days an area pair may reach across it.
				from = c.cut - w.AreaDays
			}
			c.first = false
			cands, err := c.us.RelatedTo(ctx, wave, w, from, known)
			if err == nil {
				cands, err = c.storedBefore(ctx, cands)
			}
			if err != nil {
				return 0, err
			}
			related := c.rel.RelatedIn(wave)
			var near []int
			for _, x := range cands {
				take := false
				near = related(x, near[:0])
				for _, i := range near {
					r := wave[i]
					if c.cut != noCut {
						if !dated(x) {
							return noCut, nil
						}
						if x.When.Start.Days() < c.cut {
							if c.seeds[r.Key()] || c.rel.AreaRelated(r, x) {
								// a pair with a new report, or an area pair, before the cut
								lower = min(lower, x.When.Start.Days())
							}
							continue
						}
					}
					take = true
				}
				if take {
					c.set[x.Key()] = x
					c.queue = append(c.queue, x)
				}
			}
		}
		var more []string
		for _, rv := range c.log {
			anchors := append(slices.Clone(rv.Anchors), rv.OtherAnchors...)
			if !slices.ContainsFunc(anchors, func(k string) bool { _, ok := c.set[k]; return ok || c.gone[k] }) {
				continue
			}
			for _, k := range anchors {
				if _, ok := c.set[k]; !ok && !c.gone[k] {
					more = append(more, k)
				}
			}
		}
		if len(more) == 0 {
			if c.cut == noCut || lower != c.cut {
				return lower, nil
			}
			added, low, err := c.areaPartners(ctx, w, known)
			if err != nil || low != c.cut {
				return low, err
			}
			if added {
				continue
			}
			return c.closed(lower), nil
		}
		if c.cut != noCut {
			return noCut, nil // reviews reach across: fuse whole components
		}
		sort.Strings(more)
		more = slices.Compact(more)
		rs, err := c.us.ReportsByKey(ctx, more)
		if err != nil {
			return 0, err
		}
		for _, k := range more {
			c.gone[k] = true // until found
		}
		for _, r := range rs {
			delete(c.gone, r.Key())
		}
		c.add(rs)
	}
}

// storedBefore drops from cands the reports of the documents stored since
// the fusion began (unfused, and not among those it fuses; another worker
// stored them meanwhile). Their own fusion takes them in, from a cut: taken
// in here, they would be held by an incident while still unfused, and
// their fusion would have to fuse the whole components again. Unfused is
// read after the reports: a document stored before them is unfused still,
// as no other fusion runs.
func (c *closure) storedBefore(ctx context.Context, cands []sitrep.Report) ([]sitrep.Report, error) {
	var others []string
	seen := map[string]bool{}
	for _, x := range cands {
		if !c.ours[x.Doc] && !seen[x.Doc] {
			seen[x.Doc] = true
			others = append(others, x.Doc)
		}
	}
	if len(others) == 0 {
		return cands, nil
	}
	unfused, err := c.us.UnfusedAmong(ctx, others)
	if err != nil || len(unfused) == 0 {
		return cands, err
	}
	out := cands[:0]
	for _, x := range cands {
		if !unfused[x.Doc] {
			out = append(out, x)
		}
	}
	return out, nil
}

// areaPartners adds to the set, and queues, the reports on or after the cut
// related through an area to a report of the set, pinned ones included:
// whether an area report joins depends on every incident inside its area
// that it may tell, so they must all be fused again. It returns whether it
// added any, and a lower cut when such a report starts before the cut.
func (c *closure) areaPartners(ctx context.Context, w sitrep.Window, known func(string) bool) (bool, int, error) {
	if w.Areas == nil {
		return false, c.cut, nil
	}
	// Each report is looked at once.
	var rs []sitrep.Report
	for k, r := range c.set {
		if !c.areaDone[k] {
			c.areaDone[k] = true
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		return false, c.cut, nil
	}
	aw := w
	aw.AreasOnly = true
	cands, err := c.us.RelatedTo(ctx, rs, aw, math.MinInt, known)
	if err == nil {
		cands, err = c.storedBefore(ctx, cands)
	}
	if err != nil {
		return false, 0, err
	}
	related := c.rel.RelatedIn(rs)
	lower, added := c.cut, false
	var near []int
	for _, x := range cands {
		near = related(x, near[:0])
		for _, i := range near {
			if !c.rel.AreaRelated(rs[i], x) {
				continue
			}
			if x.When.Start.Days() < c.cut {
				lower = min(lower, x.When.Start.Days())
			} else if _, ok := c.set[x.Key()]; !ok {
				c.set[x.Key()] = x
				c.queue = append(c.queue, x)
				added = true
			}
			break
		}
	}
	return added, lower, nil
}

// closed returns the cut a closed set is fused from: lower, or earlier
// when a report that names only an area and one at a precise place inside
// it reach across the cut (whether such a pair joins depends on every
// incident the area report may tell, and they must all be fused again).
func (c *closure) closed(lower int) int {
	if c.cut == noCut || lower != c.cut {
		return lower
	}
	rs := make([]sitrep.Report, 0, len(c.set))
	for _, r := range c.set {
		rs = append(rs, r)
	}
	return c.rel.AreaCut(rs, lower)
}
