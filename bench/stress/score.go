package stress

import (
	"slices"

	"github.com/sitrep/sitrep"
)

// Pairwise returns the pairwise precision and recall of a clustering pred
// against truth, labels of the same items: of the pairs of items that pred
// puts together, the share truth puts together, and the other way round.
// It counts pairs from the contingency table (sum of C(n,2) over its
// cells), never one by one. With no predicted pairs precision is 1, with
// no true pairs recall is 1. It panics when the lengths differ.
func Pairwise(truth, pred []int32) (precision, recall float64) {
	if len(truth) != len(pred) {
		panic("stress: Pairwise of labels of different lengths")
	}
	cells := make([]uint64, len(truth))
	for i := range truth {
		cells[i] = uint64(uint32(truth[i]))<<32 | uint64(uint32(pred[i]))
	}
	both := pairs(cells)
	t := make([]uint64, len(truth))
	p := make([]uint64, len(truth))
	for i := range truth {
		t[i], p[i] = uint64(uint32(truth[i])), uint64(uint32(pred[i]))
	}
	tp, pp := pairs(t), pairs(p)
	precision, recall = 1, 1
	if pp > 0 {
		precision = float64(both) / float64(pp)
	}
	if tp > 0 {
		recall = float64(both) / float64(tp)
	}
	return precision, recall
}

// pairs sorts keys and returns the sum of C(n,2) over runs of equal keys.
func pairs(keys []uint64) int64 {
	slices.Sort(keys)
	var sum int64
	for a := 0; a < len(keys); {
		b := a + 1
		for b < len(keys) && keys[b] == keys[a] {
			b++
		}
		n := int64(b - a)
		sum += n * (n - 1) / 2
		a = b
	}
	return sum
}

// F1 is the harmonic mean of precision and recall, 0 when both are.
func F1(precision, recall float64) float64 {
	if precision+recall == 0 {
		return 0
	}
	return 2 * precision * recall / (precision + recall)
}

type reportKey struct {
	doc string
	seq int
}

// Predicted returns the index in incs of the incident holding each of
// reports, matched by key (document and sequence). A report in no
// incident gets a label of its own, below -1.
func Predicted(incs []sitrep.Incident, reports []sitrep.Report) []int32 {
	at := make(map[reportKey]int32, len(reports))
	for i, inc := range incs {
		for _, r := range inc.Reports {
			at[reportKey{r.Doc, r.Seq}] = int32(i)
		}
	}
	out := make([]int32, len(reports))
	for i, r := range reports {
		k, ok := at[reportKey{r.Doc, r.Seq}]
		if !ok {
			k = int32(-2 - i)
		}
		out[i] = k
	}
	return out
}

// CopyScore counts how copy detection did against the truth.
type CopyScore struct {
	Found      int // documents said to copy another
	Right      int // of those, said to copy the document they really copy
	Syndicated int // true syndicated copies
	SynFound   int // of those, found with their source
	Rewrites   int // true rewrites
	ReFound    int // of those, found with their source
}

// ScoreCopies compares found (document -> the one it copies) with the
// corpus' TrueCopyOf.
func (c *Corpus) ScoreCopies(found map[string]string) CopyScore {
	var s CopyScore
	for d, o := range found {
		s.Found++
		if c.TrueCopyOf[d] == o {
			s.Right++
		}
	}
	for d, o := range c.TrueCopyOf {
		hit := found[d] == o
		if c.Rewrites[d] {
			s.Rewrites++
			if hit {
				s.ReFound++
			}
		} else {
			s.Syndicated++
			if hit {
				s.SynFound++
			}
		}
	}
	return s
}

// Precision is the share of found copies that are right, 1 when none are
// found.
func (s CopyScore) Precision() float64 { return ratio(s.Right, s.Found) }

// Recall is the share of true copies of both kinds found.
func (s CopyScore) Recall() float64 { return ratio(s.SynFound+s.ReFound, s.Syndicated+s.Rewrites) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Dated keeps the labels of the reports that have a date: undated reports
// never merge by design, so recall over dated ones is what fusion can
// reach.
func Dated(rs []sitrep.Report, truth, pred []int32) (t, p []int32) {
	for i, r := range rs {
		if !r.When.IsZero() {
			t = append(t, truth[i])
			p = append(p, pred[i])
		}
	}
	return t, p
}

// Errors counts the pairs of reports fusion got wrong, by likely cause.
// Merged are pairs put in one incident that tell different incidents;
// Split are pairs of one incident left in different incidents.
type Errors struct {
	Merged map[string]int64
	Split  map[string]int64
}

// Causes of errors, as Errors keys.
const (
	CauseSecond   = "second attack on the site 1-2 days later"
	CauseSite     = "other attack on the same site"
	CauseProvince = "other attack in the same province"
	CauseCoarse   = "a report places it in a province or country only"
	CauseUndated  = "a report is undated"
	CauseWeek     = "a report dates it to a week"
	CauseDayOff   = "a report's day is off"
	CauseNear     = "a report places it near the site"
	CauseOther    = "other"
)

// Errors classifies the wrong pairs of incs, a fusion of the corpus'
// reports. It looks at every pair within a predicted incident (for merges)
// and within a true incident (for splits), so it is meant for corpora of up
// to some hundred thousand reports.
func (c *Corpus) Errors(incs []sitrep.Incident) Errors {
	out := Errors{Merged: map[string]int64{}, Split: map[string]int64{}}
	// Fuse reorders the reports: find each by its document and sequence.
	at := make([]*sitrep.Report, len(c.Reports))
	for i := range c.Reports {
		if p := c.Pos(c.Reports[i]); p >= 0 {
			at[p] = &c.Reports[i]
		}
	}
	pred := make([]int32, len(c.Reports))
	for i := range pred {
		pred[i] = -1
	}
	for k, inc := range incs {
		var pos []int
		for _, r := range inc.Reports {
			if p := c.Pos(r); p >= 0 {
				pos = append(pos, p)
				pred[p] = int32(k)
			}
		}
		for a := range pos {
			for b := a + 1; b < len(pos); b++ {
				if ta, tb := c.Truth[pos[a]], c.Truth[pos[b]]; ta != tb {
					out.Merged[c.mergeCause(ta, tb, at[pos[a]], at[pos[b]])]++
				}
			}
		}
	}
	byTruth := make([][]int, c.Incidents)
	for p, t := range c.Truth {
		byTruth[t] = append(byTruth[t], p)
	}
	for _, ps := range byTruth {
		for a := range ps {
			for b := a + 1; b < len(ps); b++ {
				if pa, pb := pred[ps[a]], pred[ps[b]]; pa < 0 || pa != pb {
					out.Split[c.splitCause(c.Truth[ps[a]], at[ps[a]], at[ps[b]])]++
				}
			}
		}
	}
	return out
}

func (c *Corpus) mergeCause(ta, tb int32, ra, rb *sitrep.Report) string {
	ea, eb := &c.Events[ta], &c.Events[tb]
	switch {
	case ea.Site.ID == eb.Site.ID && (ea.SecondOf == tb || eb.SecondOf == ta):
		return CauseSecond
	case ea.Site.ID == eb.Site.ID:
		return CauseSite
	case ra.Place.Precision >= sitrep.GeoProvince || rb.Place.Precision >= sitrep.GeoProvince:
		return CauseCoarse
	case ea.Province.ID == eb.Province.ID:
		return CauseProvince
	}
	return CauseOther
}

func (c *Corpus) splitCause(t int32, ra, rb *sitrep.Report) string {
	e := &c.Events[t]
	var causes [2]string
	for i, r := range [2]*sitrep.Report{ra, rb} {
		switch {
		case r.When.IsZero():
			causes[i] = CauseUndated
		case r.Place.Precision >= sitrep.GeoProvince:
			causes[i] = CauseCoarse
		case r.When.Precision == sitrep.PrecisionWeek:
			causes[i] = CauseWeek
		case r.When.Start != e.Day:
			causes[i] = CauseDayOff
		case r.Place.ID != e.Site.ID:
			causes[i] = CauseNear
		}
	}
	// The first cause in the order above wins.
	for _, k := range []string{CauseUndated, CauseCoarse, CauseWeek, CauseDayOff, CauseNear} {
		if causes[0] == k || causes[1] == k {
			return k
		}
	}
	return CauseOther
}

// Precise keeps the labels of the reports that date the incident to a day
// and place it at a site or near one: what an analyst could place without
// other reports, so recall over them is what fusion should reach.
func Precise(rs []sitrep.Report, truth, pred []int32) (t, p []int32) {
	for i, r := range rs {
		if r.When.Precision == sitrep.PrecisionDay && r.Place.Precision >= sitrep.GeoSite &&
			r.Place.Precision <= sitrep.GeoNear {
			t = append(t, truth[i])
			p = append(p, pred[i])
		}
	}
	return t, p
}

// PreciseShare returns the share of the true pairs of reports whose two
// reports are both precise (see Precise): the pairwise recall that a fusion
// reaches when it joins every precise report rightly and leaves each
// report placed only in a province or a country, dated only to a week or
// one day off, or undated, on its own. Such a report fits several
// incidents of its province and week in a world of IncidentsPerDay
// incidents a day; joining it is a guess.
func PreciseShare(rs []sitrep.Report, truth []int32) float64 {
	t, _ := Precise(rs, truth, truth)
	all := pairs(keys(truth))
	if all == 0 {
		return 1
	}
	return float64(pairs(keys(t))) / float64(all)
}

// keys returns labels as keys for pairs.
func keys(labels []int32) []uint64 {
	k := make([]uint64, len(labels))
	for i, l := range labels {
		k[i] = uint64(uint32(l))
	}
	return k
}
