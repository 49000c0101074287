package cluster

import (
	"slices"
	"sort"

	"github.com/sitrep/sitrep"
)

// maxAreaDays is the longest span, in days, of the dates of a report that
// an area report may join: an area holds many events over a week.
const maxAreaDays = 2

// isArea reports whether r names only an area whose extent Areas knows
// ("in the Gulf of Aden", "in Deir ez-Zor province", "in Iraq") and is
// dated to a few days.
func (f *Fuser) isArea(r *sitrep.Report) bool {
	if f.Areas == nil || r.Place.Precision != sitrep.GeoProvince && r.Place.Precision != sitrep.GeoCountry || r.Place.ID == "" || !shortDated(r) {
		return false
	}
	_, ok := f.Areas.Box(r.Place.ID)
	return ok
}

// isPoint reports whether r is at a precise place and dated to a few days.
func isPoint(r *sitrep.Report) bool {
	return (r.Place.Precision == sitrep.GeoSite || r.Place.Precision == sitrep.GeoNear) && shortDated(r)
}

func shortDated(r *sitrep.Report) bool {
	w := r.When
	return w.Start.HasYear() && w.End.HasYear() && w.End.Days()-w.Start.Days() <= maxAreaDays
}

// areaMatch reports whether area report a and point report p may tell one
// event: other documents, dates that meet, categories that agree, no two
// attackers ("U.S. strikes in Syria" are not Israel's at Sayyida Zeinab),
// and p in a's area.
func (f *Fuser) areaMatch(a, p *sitrep.Report) bool {
	return a.Doc != p.Doc && a.When.Overlaps(p.When, 0) && sitrep.CategoryCompatible(a.Category, p.Category) &&
		(a.Perpetrator == "" || p.Perpetrator == "" || a.Perpetrator == p.Perpetrator) && f.Areas.Holds(a.Place.ID, p.Place)
}

// areaRelated reports whether one of a and b is an area report and the
// other a point report that areaMatch joins to it.
func (f *Fuser) areaRelated(a, b *sitrep.Report) bool {
	switch {
	case f.isArea(a) && isPoint(b):
		return f.areaMatch(a, b)
	case f.isArea(b) && isPoint(a):
		return f.areaMatch(b, a)
	}
	return false
}

// areaIndex finds the point reports of rs in an area and the area reports
// of rs holding a point, by area and day.
type areaIndex struct {
	f      *Fuser
	rs     []sitrep.Report
	areas  map[areaDay][]int     // area reports by place id and day
	points map[areaDay][]int     // point reports by each area holding them and day
	at     map[placeKey][]string // Areas.At by place, cached
}

// placeKey is a place as Areas.At sees it: a place id may come with other
// points ("near" a site).
type placeKey struct {
	id       string
	lat, lon float64
	country  string
	admin1   string
}

type areaDay struct {
	id  string
	day int
}

// newAreaIndex indexes rs; its point reports only when some area report
// may need them: when rs has one, or always (RelatedIn is asked about
// reports outside rs).
func (f *Fuser) newAreaIndex(rs []sitrep.Report, always bool) *areaIndex {
	x := &areaIndex{f: f, rs: rs, areas: map[areaDay][]int{}, points: map[areaDay][]int{}, at: map[placeKey][]string{}}
	if f.Areas == nil {
		return x
	}
	for i := range rs {
		r := &rs[i]
		if f.isArea(r) {
			for d := r.When.Start.Days(); d <= r.When.End.Days(); d++ {
				k := areaDay{r.Place.ID, d}
				x.areas[k] = append(x.areas[k], i)
			}
		}
	}
	if len(x.areas) == 0 && !always {
		return x
	}
	for i := range rs {
		r := &rs[i]
		if !isPoint(r) {
			continue
		}
		for _, id := range x.areasAt(r) {
			for d := r.When.Start.Days(); d <= r.When.End.Days(); d++ {
				k := areaDay{id, d}
				x.points[k] = append(x.points[k], i)
			}
		}
	}
	return x
}

// areasAt returns the areas holding point report p.
func (x *areaIndex) areasAt(p *sitrep.Report) []string {
	k := placeKey{p.Place.ID, p.Place.Lat, p.Place.Lon, p.Place.Country, p.Place.Admin1}
	ids, ok := x.at[k]
	if !ok {
		ids = x.f.Areas.At(p.Place)
		x.at[k] = ids
	}
	return ids
}

// related appends to dst the indexes of the reports related to r through
// an area, in increasing order.
func (x *areaIndex) related(r *sitrep.Report, dst []int) []int {
	if x.f.Areas == nil {
		return dst
	}
	from := len(dst)
	switch {
	case x.f.isArea(r):
		for d := r.When.Start.Days(); d <= r.When.End.Days(); d++ {
			for _, j := range x.points[areaDay{r.Place.ID, d}] {
				if x.f.areaMatch(r, &x.rs[j]) {
					dst = append(dst, j)
				}
			}
		}
	case isPoint(r):
		for _, id := range x.areasAt(r) {
			for d := r.When.Start.Days(); d <= r.When.End.Days(); d++ {
				for _, i := range x.areas[areaDay{id, d}] {
					if x.f.areaMatch(&x.rs[i], r) {
						dst = append(dst, i)
					}
				}
			}
		}
	}
	sort.Ints(dst[from:])
	return append(dst[:from], slices.Compact(dst[from:])...)
}

// linkAreas joins each area report of rs to the one incident of u inside
// its area that it may tell, after every other join: when the related
// point reports belong to two incidents or more, the area report cannot
// say which, and stays apart. Area reports go in sweep order (dated, by
// start day and index). Before cut, a pair joins only within a group of
// grp, as in link.
func (f *Fuser) linkAreas(rs []sitrep.Report, u *union, sweep []int, pos []int, cut int, grp []int) {
	x := f.newAreaIndex(rs, false)
	if len(x.points) == 0 {
		return
	}
	hasPoint := map[int]bool{}
	for i := range rs {
		if isPoint(&rs[i]) {
			hasPoint[u.find(i)] = true
		}
	}
	var cand []int
	for _, i := range sweep {
		r := &rs[i]
		if !f.isArea(r) {
			continue
		}
		cand = x.related(r, cand[:0])
		root, first := -1, -1
		for _, j := range cand {
			e := i
			if pos[j] < pos[i] {
				e = j
			}
			if rs[e].When.Start.Days() < cut && (grp[i] < 0 || grp[i] != grp[j]) {
				continue
			}
			rj := u.find(j)
			if root >= 0 && rj != root {
				root = -2 // two incidents: which one is unknown
				break
			}
			root, first = rj, j
		}
		ri := u.find(i)
		if root < 0 || ri == root || hasPoint[ri] {
			continue
		}
		u.join(min(i, first), max(i, first), rs)
		hasPoint[u.find(i)] = true
	}
}

// AreaCut returns the cut incremental fusion may fuse rs from, given cut:
// the earliest start day of the area pairs of rs (an area report and a
// point report related through the area) that reach across cut, or cut
// when none does. Whether an area report joins depends on every incident
// inside its area that it may tell: a fusion from a cut must hold them
// all on the same side.
func (f *Fuser) AreaCut(rs []sitrep.Report, cut int) int {
	x := f.newAreaIndex(rs, false)
	lower := cut
	for k, l := range x.points {
		for _, j := range l {
			for _, i := range x.areas[k] {
				si, sj := rs[i].When.Start.Days(), rs[j].When.Start.Days()
				if min(si, sj) < cut && max(si, sj) >= cut && f.areaMatch(&rs[i], &rs[j]) {
					lower = min(lower, si, sj)
				}
			}
		}
	}
	return lower
}

// AreaRelated reports whether a and b are related through an area: one
// names only an area, the other is at a precise place inside it.
func (f *Fuser) AreaRelated(a, b sitrep.Report) bool { return f.areaRelated(&a, &b) }
