package cluster

import (
	"math"
	"slices"
	"sort"

	"github.com/sitrep/sitrep"
)

// cellDeg is the smallest side of the grid cells that block precise
// places, in degrees.
const cellDeg = 0.25

// Related reports whether fusion compares a and b and finds that they may
// tell the same event: they are in neighbouring blocks (precise places in
// neighbouring grid cells, other places under one place key) and match.
// Fusion only joins related reports, so it works within the connected
// components of this relation: fusing any set of whole components gives
// those components the incidents a fusion of everything gives them. That
// is what incremental fusion relies on.
func (f *Fuser) Related(a, b sitrep.Report) bool {
	ka, ca, okA := f.block(a)
	kb, cb, okB := f.block(b)
	if !okA || !okB {
		return false
	}
	if f.vesselRelated(&a, &b) {
		return true
	}
	if ka != "" || kb != "" {
		if ka != kb {
			// "the Red Sea" and "the southern Red Sea": nested seas.
			if sitrep.Nested(a.Place, b.Place) && f.match(&a, &b) {
				return true
			}
			return f.areaRelated(&a, &b)
		}
	} else if abs(ca[0]-cb[0]) > 1 || abs(ca[1]-cb[1]) > 1 {
		return f.areaRelated(&a, &b)
	}
	return f.match(&a, &b) || f.areaRelated(&a, &b)
}

// vesselRelated reports two dated reports of one ship that match: fusion
// compares them wherever each places the ship.
func (f *Fuser) vesselRelated(a, b *sitrep.Report) bool {
	return sameShipDay(a, b) && f.match(a, b)
}

// RelatedIn indexes rs by block and returns a function that appends to
// dst the indexes of the reports of rs related to x (Related(rs[i], x)),
// in increasing order: one map lookup for a report with a place key, nine
// for one at a precise point, instead of a comparison with every report.
func (f *Fuser) RelatedIn(rs []sitrep.Report) func(x sitrep.Report, dst []int) []int {
	keyed := map[string][]int{}
	cells := map[[2]int][]int{}
	for i, r := range rs {
		k, c, ok := f.block(r)
		switch {
		case !ok:
		case k != "":
			keyed[k] = append(keyed[k], i)
		default:
			cells[c] = append(cells[c], i)
		}
	}
	areas := f.newAreaIndex(rs, true)
	ships := map[string][]int{}
	for i, r := range rs {
		if r.Vessel != "" {
			k := sitrep.VesselKey(r.Vessel)
			ships[k] = append(ships[k], i)
		}
	}
	return func(x sitrep.Report, dst []int) []int {
		k, c, ok := f.block(x)
		if !ok {
			return dst
		}
		from := len(dst)
		dst = areas.related(&x, dst)
		if x.Vessel != "" {
			for _, i := range ships[sitrep.VesselKey(x.Vessel)] {
				if f.vesselRelated(&rs[i], &x) {
					dst = append(dst, i)
				}
			}
		}
		if k != "" {
			for _, i := range keyed[k] {
				if f.match(&rs[i], &x) {
					dst = append(dst, i)
				}
			}
			for _, k := range sitrep.NestedRegions(x.Place) {
				for _, i := range keyed[k] {
					if sitrep.Nested(rs[i].Place, x.Place) && f.match(&rs[i], &x) {
						dst = append(dst, i)
					}
				}
			}
			slices.Sort(dst[from:])
			return append(dst[:from], slices.Compact(dst[from:])...)
		}
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				for _, i := range cells[[2]int{c[0] + dy, c[1] + dx}] {
					if f.match(&rs[i], &x) {
						dst = append(dst, i)
					}
				}
			}
		}
		slices.Sort(dst[from:])
		return append(dst[:from], slices.Compact(dst[from:])...)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// block returns the blocking key of r: a place key ("" for a precise
// place) or the grid cell of a precise place. Undated reports have none.
func (f *Fuser) block(r sitrep.Report) (key string, cell [2]int, ok bool) {
	if r.When.IsZero() {
		return "", cell, false
	}
	if r.Place.Precision == sitrep.GeoSite || r.Place.Precision == sitrep.GeoNear {
		// Cells at least as wide as the farthest match (MaxKm near a town)
		// in longitude up to 60 degrees of latitude.
		size := max(cellDeg, f.MaxKm*nearReach/55.0)
		return "", [2]int{int(math.Floor(r.Place.Lat / size)), int(math.Floor(r.Place.Lon / size))}, true
	}
	if r.Place.ID != "" {
		return r.Place.ID, cell, true
	}
	return "name:" + nameKey(r.Place.Name), cell, true
}

// link joins the related reports of rs in u. The join order is canonical:
// first the pairs whose dates meet, then those within SlackDays; in each
// pass, dated reports by (start day, index), each with its later related
// reports in that order, then reports whose date has no year, by index,
// each with every related report after it. A subset of rs made of whole components
// keeps the relative order of its pairs, so it fuses as it would among all.
//
// Before cut, a pair joins only within a group of grp (see FuseFrom).
func (f *Fuser) link(rs []sitrep.Report, u *union, cut int, grp []int) {
	n := len(rs)
	start := make([]int, n)
	end := make([]int, n)
	for i, r := range rs {
		start[i], end[i] = r.When.Start.Days(), r.When.End.Days()
	}
	var dated, yearless []int
	for i, r := range rs {
		if r.When.IsZero() {
			continue
		}
		if r.When.Start.HasYear() && r.When.End.HasYear() {
			dated = append(dated, i)
		} else {
			yearless = append(yearless, i)
		}
	}
	sort.SliceStable(dated, func(x, y int) bool { return start[dated[x]] < start[dated[y]] })
	pos := make([]int, n) // position of a dated report in the sweep order
	for p, i := range dated {
		pos[i] = p
	}
	// The blocks: members of each, dated ones in sweep order, then yearless
	// ones by index; and for each block, the blocks related to it (itself
	// for a place key, the nine cells around it for a grid cell).
	type blk struct {
		members []int
		related []int32
		cur     int // in a sweep, the first dated member after the report at hand
	}
	var blocks []blk
	blockOf := make([]int32, n)
	byKey := map[string]int32{}
	byCell := map[[2]int]int32{}
	add := func(i int) {
		key, cell, _ := f.block(rs[i])
		var b int32
		var ok bool
		if key != "" {
			b, ok = byKey[key]
		} else {
			b, ok = byCell[cell]
		}
		if !ok {
			b = int32(len(blocks))
			blocks = append(blocks, blk{})
			if key != "" {
				byKey[key] = b
			} else {
				byCell[cell] = b
			}
		}
		blockOf[i] = b
		blocks[b].members = append(blocks[b].members, i)
	}
	for _, i := range dated {
		add(i)
	}
	for _, i := range yearless {
		add(i)
	}
	for _, b := range byKey {
		blocks[b].related = []int32{b}
		// Nested seas: "red-sea" and "red-sea#south".
		for _, k := range sitrep.NestedRegions(rs[blocks[b].members[0]].Place) {
			if o, ok := byKey[k]; ok {
				blocks[b].related = append(blocks[b].related, o)
			}
		}
	}
	for cell, b := range byCell {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if o, ok := byCell[[2]int{cell[0] + dy, cell[1] + dx}]; ok {
					blocks[b].related = append(blocks[b].related, o)
				}
			}
		}
	}
	isDated := func(i int) bool { return rs[i].When.Start.HasYear() && rs[i].When.End.HasYear() }
	// Pairs whose dates meet join first, then those a day of slack
	// brings together: reports of attacks on one site on following days
	// gather by day before one of them could pull another day's in.
	slacks := []int{0}
	if f.SlackDays > 0 {
		slacks = append(slacks, f.SlackDays)
	}
	var cand []int
	for _, slack := range slacks {
		for b := range blocks {
			blocks[b].cur = 0
		}
		for _, i := range dated {
			reach := end[i] + slack
			cand = cand[:0]
			for _, b := range blocks[blockOf[i]].related {
				// Dated members come first, in sweep order: start after i.
				// The sweep goes in that order, so each block's cursor only
				// moves on.
				l, k := blocks[b].members, blocks[b].cur
				for k < len(l) && isDated(l[k]) && pos[l[k]] <= pos[i] {
					k++
				}
				blocks[b].cur = k
				for _, j := range l[k:] {
					if !isDated(j) || start[j] > reach {
						break
					}
					cand = append(cand, j)
				}
			}
			sort.Slice(cand, func(x, y int) bool { return pos[cand[x]] < pos[cand[y]] })
			before := start[i] < cut
			for _, j := range cand {
				if before && (grp[i] < 0 || grp[i] != grp[j]) {
					continue
				}
				if f.matchSlack(&rs[i], &rs[j], slack) {
					u.join(min(i, j), max(i, j), rs)
				}
			}
		}
		// Yearless reports: with every dated member of the related blocks, in
		// sweep order, then with the yearless ones after them by index.
		for _, i := range yearless {
			cand = cand[:0]
			var later []int
			for _, b := range blocks[blockOf[i]].related {
				for _, j := range blocks[b].members {
					switch {
					case isDated(j):
						cand = append(cand, j)
					case j > i:
						later = append(later, j)
					}
				}
			}
			sort.Slice(cand, func(x, y int) bool { return pos[cand[x]] < pos[cand[y]] })
			sort.Ints(later)
			for _, j := range append(cand, later...) {
				if f.matchSlack(&rs[i], &rs[j], slack) {
					u.join(min(i, j), max(i, j), rs)
				}
			}
		}
	}
	f.linkVessels(rs, u, dated, cut, grp)
	f.linkAreas(rs, u, dated, pos, cut, grp)
}

// linkVessels joins the reports that name one ship, whose dates meet, and
// that match, wherever each places the ship: each with the later ones of
// its ship in sweep order (dated is that order).
func (f *Fuser) linkVessels(rs []sitrep.Report, u *union, dated []int, cut int, grp []int) {
	byShip := map[string][]int{}
	var ships []string
	for _, i := range dated {
		if rs[i].Vessel == "" || !sitrep.ShipDay(rs[i].When) {
			continue
		}
		k := sitrep.VesselKey(rs[i].Vessel)
		if byShip[k] == nil {
			ships = append(ships, k)
		}
		byShip[k] = append(byShip[k], i)
	}
	for _, k := range ships {
		l := byShip[k]
		for x, i := range l {
			before := rs[i].When.Start.Days() < cut
			for _, j := range l[x+1:] {
				if rs[j].When.Start.Days() > rs[i].When.End.Days() {
					break
				}
				if before && (grp[i] < 0 || grp[i] != grp[j]) {
					continue
				}
				if f.match(&rs[i], &rs[j]) {
					u.join(min(i, j), max(i, j), rs)
				}
			}
		}
	}
}

// Window returns how many days apart and how far apart (km) two reports'
// dates and precise places may be for them to be related, and the areas
// that relate a report at a precise place to one that names its area.
func (f *Fuser) Window() sitrep.Window {
	return sitrep.Window{Days: f.SlackDays, Km: f.MaxKm * nearReach, Areas: f.Areas, AreaDays: maxAreaDays}
}
