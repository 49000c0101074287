package stress

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
)

// Oracle is how well a clustering can do on a corpus when it knows the
// corpus' noise (the rates of the package doc) and its true incidents,
// but tells a report apart from others only by what the report says: its
// date, place and category. It places each report in the incident most
// likely to have it, when that incident's posterior probability reaches
// a threshold, and leaves it alone otherwise, paired only with its copies
// (which a perfect copy detector finds). Precision and recall are
// pairwise, as Pairwise counts them.
type Oracle struct {
	Threshold         float64
	Precision, Recall float64
}

// Oracles returns the oracle's precision and recall at each threshold.
// rs are reports of the corpus in any order (Fuse reorders them), truth
// their incidents (TruthOf).
//
// A report fits an incident of its category (any, when it gives none) at
// the place it names (a site, a town or point near the site, a province, a
// country). All that fit share the place's and the category's likelihood,
// so a report's posterior over them is its date's likelihood times the
// incident's share of reports (the prior): DateExactPct on its own day,
// DateOffPct/2 a day either side, DateWeekPct/7 in the week it gives,
// DateNonePct undated.
func (c *Corpus) Oracles(rs []sitrep.Report, truth []int32, thresholds []float64) []Oracle {
	type key struct {
		place string
		day   int32
	}
	mentions := make([]float64, len(c.Events))
	for i := range c.Events {
		mentions[i] = float64(c.Events[i].Mentions)
	}
	byDay := map[key][]int32{}
	byPlace := map[string][]int32{}
	for i, e := range c.Events {
		d := int32(e.Day.Days())
		for _, p := range []string{e.Site.ID, e.Province.ID, e.Country.ID} {
			byDay[key{p, d}] = append(byDay[key{p, d}], int32(i))
			byPlace[p] = append(byPlace[p], int32(i))
		}
	}
	// best returns the most likely incident of r and its posterior.
	best := func(r *sitrep.Report) (int32, float64) {
		place := r.Place.ID
		if strings.HasPrefix(place, "tn-") { // a town: its site's
			if n, err := strconv.Atoi(place[3:]); err == nil {
				place = "st-" + strconv.Itoa((n-1)/3+1)
			}
		}
		arg, top, sum := int32(-1), 0.0, 0.0
		add := func(l []int32, like float64) {
			for _, e := range l {
				if r.Category != sitrep.CategoryUnknown && r.Category != c.Events[e].Category {
					continue
				}
				p := like * mentions[e]
				sum += p
				if p > top || p == top && e < arg {
					arg, top = e, p
				}
			}
		}
		w := r.When
		switch {
		case w.IsZero():
			add(byPlace[place], DateNonePct)
		case w.Precision == sitrep.PrecisionDay:
			d := w.Start.Days()
			add(byDay[key{place, int32(d)}], DateExactPct)
			add(byDay[key{place, int32(d - 1)}], DateOffPct/2.0)
			add(byDay[key{place, int32(d + 1)}], DateOffPct/2.0)
		default:
			for d := w.Start.Days(); d <= w.End.Days(); d++ {
				add(byDay[key{place, int32(d)}], DateWeekPct/7.0)
			}
		}
		if sum == 0 {
			return -1, 0
		}
		return arg, top / sum
	}
	root := func(doc string) string {
		for range 100 {
			o, ok := c.TrueCopyOf[doc]
			if !ok {
				break
			}
			doc = o
		}
		return doc
	}
	args := make([]int32, len(rs))
	posts := make([]float64, len(rs))
	alone := make([]int32, len(rs)) // a label per (original document, seq)
	origins := map[string]int32{}
	for i := range rs {
		args[i], posts[i] = best(&rs[i])
		k := root(rs[i].Doc) + "#" + strconv.Itoa(rs[i].Seq)
		n, ok := origins[k]
		if !ok {
			n = int32(len(origins))
			origins[k] = n
		}
		alone[i] = -2 - n
	}
	var out []Oracle
	pred := make([]int32, len(rs))
	for _, th := range slices.Sorted(slices.Values(thresholds)) {
		for i := range rs {
			pred[i] = alone[i]
			if args[i] >= 0 && posts[i] >= th {
				pred[i] = args[i]
			}
		}
		p, r := Pairwise(truth, pred)
		out = append(out, Oracle{Threshold: th, Precision: p, Recall: r})
	}
	return out
}
