package cluster

import (
	"sort"

	"github.com/sitrep/sitrep"
)

// coarse reports whether r places its event only by a province. Reports
// that name only a part of a country or a country are not: most fit
// several incidents, and finding theirs would draw a country's every
// report into each incremental fusion.
func coarse(r *sitrep.Report) bool {
	p := r.Place
	return p.Precision >= sitrep.GeoProvince && p.Country != "" && p.Admin1 != "" && p.Kind == sitrep.KindAdmin1
}

// precise reports whether r places its event at or near a site or town.
func precise(r *sitrep.Report) bool {
	return r.Place.Precision == sitrep.GeoSite || r.Place.Precision == sitrep.GeoNear
}

// covers reports whether the province of coarse report c holds the point
// of precise report p.
func covers(c, p *sitrep.Report) bool {
	return c.Place.Country == p.Place.Country && c.Place.Admin1 == p.Place.Admin1
}

// attachable reports whether coarse report c may tell the event that
// precise report p places: in c's province, the same day, a compatible
// kind, another document.
func attachable(c, p *sitrep.Report) bool {
	return c.Doc != p.Doc && coarse(c) && precise(p) && covers(c, p) && c.When.Overlaps(p.When, 0) &&
		!c.When.IsZero() && sitrep.CategoryCompatible(c.Category, p.Category)
}

// attach joins each set of reports that name only a province to the one
// set of precise reports in that province whose event they may tell ("a
// drone struck a coalition base in the east of Deir ez-Zor province late
// on Saturday" and the reports of the drone on the Conoco gas field that
// day), when there is exactly one such set. A coarse set that fits several stays apart: it
// may be any of them. Sets are taken in order of their first report, so
// the result does not depend on the order of rs. Before cut, a pair joins
// only within a group of grp, as in link.
func (f *Fuser) attach(rs []sitrep.Report, u *union, cut int, grp []int) {
	n := len(rs)
	// The coarse reports, dated with a year, and their countries.
	isCoarse := make([]bool, n)
	countries := map[string]bool{}
	for i := range rs {
		r := &rs[i]
		if r.When.Start.HasYear() && r.When.End.HasYear() && coarse(r) {
			isCoarse[i] = true
			countries[r.Place.Country] = true
		}
	}
	if len(countries) == 0 {
		return
	}
	// The sets made of coarse reports only.
	size := make([]int32, n)
	coarseSize := make([]int32, n)
	for i := range rs {
		root := u.find(i)
		size[root]++
		if isCoarse[i] {
			coarseSize[root]++
		}
	}
	members := map[int][]int{}
	var roots []int
	for i := range rs {
		if !isCoarse[i] {
			continue
		}
		root := u.find(i)
		if size[root] != coarseSize[root] {
			continue
		}
		if members[root] == nil {
			roots = append(roots, root)
		}
		members[root] = append(members[root], i)
	}
	if len(roots) == 0 {
		return
	}
	sort.Ints(roots) // a root is its set's first report (union keeps the lower index)
	// The dated precise reports of those countries by country and day
	// (each day of a span of up to a month).
	type countryDay struct {
		cc  string
		day int
	}
	byDay := map[countryDay][]int{}
	for i := range rs {
		r := &rs[i]
		if !precise(r) || !countries[r.Place.Country] || !r.When.Start.HasYear() || !r.When.End.HasYear() {
			continue
		}
		lo, hi := r.When.Start.Days(), r.When.End.Days()
		for d := lo; d <= hi && d-lo <= 31; d++ {
			k := countryDay{r.Place.Country, d}
			byDay[k] = append(byDay[k], i)
		}
	}
	for _, root := range roots {
		target, many := -1, false
		for _, c := range members[root] {
			lo, hi := rs[c].When.Start.Days(), rs[c].When.End.Days()
			for d := lo; d <= hi && d-lo <= 31; d++ {
				for _, p := range byDay[countryDay{rs[c].Place.Country, d}] {
					if !attachable(&rs[c], &rs[p]) {
						continue
					}
					if start := min(rs[c].When.Start.Days(), rs[p].When.Start.Days()); start < cut && (grp[c] < 0 || grp[c] != grp[p]) {
						continue
					}
					if t := u.find(p); target < 0 {
						target = t
					} else if t != target {
						many = true
					}
				}
			}
		}
		if target >= 0 && !many {
			u.join(min(root, target), max(root, target), rs)
		}
	}
}
