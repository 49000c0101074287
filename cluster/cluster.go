// Package cluster fuses the reports of many documents into incidents: one
// incident per real event, with the alternatives of every contested field
// kept side by side.
package cluster

import (
	"crypto/sha1"
	"encoding/hex"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
)

// Defaults for Fuser.
const (
	DefaultSlackDays = 1    // days two reports' dates may be apart and still match
	DefaultMaxKm     = 10.0 // how far apart two precise places may be and still match
)

// nearReach widens MaxKm for a place told as near a town (link's cells
// and Window are as wide).
const nearReach = 1.5

// Fuser merges reports across documents when place, date and category
// agree. A wrong merge is worse than a missed one: undated reports never
// merge, and an incident never takes two reports of one document.
type Fuser struct {
	SlackDays int
	MaxKm     float64
	// Areas, when set, lets a report that names only an area join the one
	// incident at a precise place inside it that it can be about.
	Areas sitrep.Areas
}

var _ sitrep.Fuser = (*Fuser)(nil)

// New returns a Fuser with the default settings.
func New() *Fuser { return &Fuser{SlackDays: DefaultSlackDays, MaxKm: DefaultMaxKm} }

// Fuse returns the incidents of reports, ordered by date (undated last)
// then id. The same reports in any order give the same incidents. To keep
// memory flat on large stores, Fuse reorders reports in place and each
// incident's Reports is a part of that slice.
func (f *Fuser) Fuse(reports []sitrep.Report, docs map[string]sitrep.Document) []sitrep.Incident {
	return f.fuse(reports, docs, noCut, nil)
}

// noCut is a cut before every day.
const noCut = math.MinInt

// FuseFrom is Fuse as it goes on from a cut (a day), for incremental
// fusion: a pair whose earlier report starts before the cut is joined only
// when group gives both reports (by key) the same group, as when their
// incident is replayed up to the cut. Reports before the cut must come in
// whole groups: the incidents that a full fusion formed across the cut.
// Reports after it in no group start the cut alone, as they do in a full
// fusion when no pair before the cut joined them.
func (f *Fuser) FuseFrom(reports []sitrep.Report, docs map[string]sitrep.Document, cut int, group map[string]int) []sitrep.Incident {
	return f.fuse(reports, docs, cut, group)
}

func (f *Fuser) fuse(reports []sitrep.Report, docs map[string]sitrep.Document, cut int, groups map[string]int) []sitrep.Incident {
	rs := reports
	// Sort indices, then move each report once: a report is a large value.
	byKey := make([]int, len(rs))
	for i := range byKey {
		byKey[i] = i
	}
	slices.SortFunc(byKey, func(a, b int) int {
		if c := strings.Compare(rs[a].Doc, rs[b].Doc); c != 0 {
			return c
		}
		return rs[a].Seq - rs[b].Seq
	})
	permute(rs, byKey)
	u := newUnion(rs, docs, 2*f.SlackDays)
	var grp []int
	if cut != noCut {
		grp = make([]int, len(rs))
		for i, r := range rs {
			grp[i] = -1
			if g, ok := groups[r.Key()]; ok {
				grp[i] = g
			}
		}
	}
	f.link(rs, u, cut, grp)
	// Group the reports of each incident together, groups in order of their
	// first report, reports in (doc, seq) order within a group.
	group := make([]int, len(rs))
	rank := make([]int, len(rs)) // of each root, + 1
	n := 0
	for i := range rs {
		r := u.find(i)
		if rank[r] == 0 {
			n++
			rank[r] = n
		}
		group[i] = rank[r] - 1
	}
	// A counting sort by group keeps (doc, seq) order within each.
	start := make([]int, n+1)
	for _, g := range group {
		start[g+1]++
	}
	for g := range n {
		start[g+1] += start[g]
	}
	order := make([]int, len(rs))
	for i, g := range group {
		order[start[g]] = i
		start[g]++
	}
	permute(rs, order)
	out := make([]sitrep.Incident, 0, n)
	for a := 0; a < len(rs); {
		b := a + 1
		for b < len(rs) && group[order[b]] == group[order[a]] {
			b++
		}
		out = append(out, resolve(rs[a:b:b], docs, f.Areas))
		a = b
	}
	SortIncidents(out)
	return out
}

// permute reorders rs in place so that rs[k] becomes the old rs[order[k]].
func permute(rs []sitrep.Report, order []int) {
	done := make([]bool, len(rs))
	for k := range rs {
		if done[k] || order[k] == k {
			done[k] = true
			continue
		}
		tmp := rs[k]
		j := k
		for {
			done[j] = true
			next := order[j]
			if next == k {
				rs[j] = tmp
				break
			}
			rs[j] = rs[next]
			j = next
		}
	}
}

// SortIncidents orders incidents by start date (undated last), then id.
func SortIncidents(incs []sitrep.Incident) {
	sort.SliceStable(incs, func(i, j int) bool {
		a, b := incs[i].When.Start, incs[j].When.Start
		if a.IsZero() != b.IsZero() {
			return !a.IsZero()
		}
		if a != b {
			return dateKey(a) < dateKey(b)
		}
		return incs[i].ID < incs[j].ID
	})
}

func dateKey(d sitrep.Date) string { return d.String() }

// match reports whether two reports of different documents tell the same event.
func (f *Fuser) match(a, b *sitrep.Report) bool { return f.matchSlack(a, b, f.SlackDays) }

// matchSlack is match with dates slack days apart at most.
func (f *Fuser) matchSlack(a, b *sitrep.Report, slack int) bool {
	if a.Doc == b.Doc || !a.When.Overlaps(b.When, slack) {
		return false
	}
	if !sitrep.CategoryCompatible(a.Category, b.Category) {
		return false
	}
	// Reports of one ship tell one attack wherever each places it ("the
	// Bab el-Mandeb", "the Gulf of Aden", "34 NM south of Mokha"), when
	// their dates meet: a ship may be attacked on following days (the
	// Maersk Hangzhou's missile on 30 December, the boats on the 31st).
	if sameShipDay(a, b) {
		return true
	}
	// An air strike told as missiles is one of the same day, in the same
	// country: Tomahawks at a radar site the day after air strikes on its
	// base are another attack, and so is the anti-tank missile fired at
	// Manara that the air strike on Odaisseh, across the border, answered.
	if missileAndStrike(a.Category, b.Category) && !a.When.Overlaps(b.When, 0) {
		return false
	}
	// Two weapons told two ways join in one country only: across a border,
	// one side's drone and the other's air strike are two attacks.
	if a.Category != b.Category && known(a.Category) && known(b.Category) &&
		a.Place.Country != "" && b.Place.Country != "" && a.Place.Country != b.Place.Country {
		return false
	}
	if a.Place.ID != "" && (a.Place.ID == b.Place.ID || sitrep.Nested(a.Place, b.Place)) {
		// A sea sees ships attacked on following days: two reports that
		// each date theirs to a day must agree on it. So do two at nested
		// seas ("the Red Sea", "the southern Red Sea").
		if a.Place.Kind == sitrep.KindRegion && a.Place.Country == "" && a.When.Precision == sitrep.PrecisionDay &&
			b.When.Precision == sitrep.PrecisionDay && !a.When.Overlaps(b.When, 0) {
			return false
		}
		return true
	}
	if unresolvedSame(&a.Place, &b.Place) {
		return true
	}
	pa, pb := a.Place.Precision, b.Place.Precision
	if pa == 0 || pb == 0 || pa > sitrep.GeoNear || pb > sitrep.GeoNear {
		return false
	}
	// "14 killed in an ambush near Tartus" and the 14 killed near a
	// village 14 km from its centre: a place told as near a town reaches
	// half as far again, in its country, when both tell the same dead
	// (two strikes near Tyre with two and five dead stay two).
	km := f.MaxKm
	if (pa == sitrep.GeoNear && a.Place.Kind == sitrep.KindTown || pb == sitrep.GeoNear && b.Place.Kind == sitrep.KindTown) &&
		a.Place.Country == b.Place.Country && a.Fatalities != nil && b.Fatalities != nil && *a.Fatalities == *b.Fatalities && *a.Fatalities > 0 {
		km *= nearReach
	}
	// "a power station south of Sanaa" and the Hezyaz power station, 13
	// km from the city's point: a named site, as far as a place near the
	// town may lie, for one weapon in one country, their dead not told
	// apart (no farther than the blocks of link and Window reach).
	if (pa == sitrep.GeoNear && a.Place.Kind == sitrep.KindTown && b.Place.Kind == sitrep.KindSite ||
		pb == sitrep.GeoNear && b.Place.Kind == sitrep.KindTown && a.Place.Kind == sitrep.KindSite) &&
		a.Place.Country == b.Place.Country && a.Category == b.Category && known(a.Category) &&
		(a.Fatalities == nil || b.Fatalities == nil || *a.Fatalities == *b.Fatalities) {
		km = f.MaxKm * nearReach
	}
	return sitrep.DistanceKm(a.Place.Lat, a.Place.Lon, b.Place.Lat, b.Place.Lon) <= km
}

// sameShipDay reports two reports that name one ship, each within three
// days (sitrep.ShipDay), whose dates meet.
func sameShipDay(a, b *sitrep.Report) bool {
	return sitrep.SameVessel(a.Vessel, b.Vessel) && sitrep.ShipDay(a.When) && sitrep.ShipDay(b.When) &&
		a.When.Overlaps(b.When, 0)
}

// unresolvedSame reports whether a and b are one place the gazetteer
// lacks, told by its name ("Barsalogho", "Ntoyo"): the same name in the same
// country and province, or in the province of one and the country of the
// other ("in north-central Burkina Faso", "Sanmatenga province, Centre-Nord
// region"). A name the text places nowhere is too little to go on. Such a
// name blocks by itself, so the two are compared only when their names are
// the same.
func unresolvedSame(a, b *sitrep.Place) bool {
	return a.ID == "" && b.ID == "" && a.Name != "" && nameKey(a.Name) == nameKey(b.Name) && a.Country != "" && a.Country == b.Country &&
		(a.Admin1 == "" || b.Admin1 == "" || a.Admin1 == b.Admin1)
}

// nameKey folds the spellings of one unresolved name: case, apostrophes,
// dashes and the Arabic article wherever it stands ("al-Dreij", "Dreij",
// "Ech-Chaara", "Khirbet el-Chaara").
func nameKey(name string) string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' })
	out := words[:0]
	for _, w := range words {
		w = strings.NewReplacer("'", "", "’", "", "`", "").Replace(w)
		if !articles[w] && w != "" {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return strings.ToLower(name)
	}
	return strings.Join(out, " ")
}

// articles are the spellings of the Arabic article, and the English one.
var articles = map[string]bool{"al": true, "el": true, "ech": true, "es": true, "ed": true, "en": true,
	"er": true, "et": true, "ez": true, "esh": true, "ad": true, "an": true, "ar": true, "as": true, "ash": true,
	"at": true, "az": true, "the": true}

// named reports whether r is at a named site or town of the gazetteer.
func named(r *sitrep.Report) bool { return r.Place.Precision == sitrep.GeoSite && r.Place.ID != "" }

// union is a union-find over report indices that refuses to join two sets
// holding reports of the same document, of two specific categories, or
// whose dates would spread over more than maxSpread days: every two dated
// reports of a set must come within maxSpread days of each other, so that
// attacks on one site on following days do not chain into one incident.
// Nor does a vague report (a week) join two sets that each hold a report
// dated closely: it may tell either attack, not both; nor a report near
// two named sites the sets of each.
// Nor does it join two sets that each date the event to a day by at least
// two original documents (copies do not count), when the days differ and
// the smaller set's count is at least half the larger's: two attacks on
// following days, not one told a day off by a few.
type union struct {
	parent    []int
	doc       []int32   // the document of each report, numbered
	docs      [][]int32 // the documents of each set of two or more, sorted
	cats      []string  // the specific category of each set, "" while unknown
	lo, hi    []int     // earliest end and latest start day of each set's dated reports
	maxSpread int
	days      []dayCount // of each set's reports dated to one day
	sharp     []bool     // of each set: it holds a report that is not vague
	site      []string   // of each set: the place id of its first report at a named site, or ""
}

// dayCount counts a set's reports dated to one day, by day: at most four
// days, as a set spans at most maxSpread+1.
type dayCount struct {
	base int32 // the first day counted
	n    [4]int32
}

// mode returns the day most of the counted reports give when at least two
// give it and no other day as many, or noDay.
func (c *dayCount) mode() (day int, n int32) {
	best, bi, tie := int32(0), -1, false
	for i, v := range c.n {
		switch {
		case v > best:
			best, bi, tie = v, i, false
		case v == best && v > 0:
			tie = true
		}
	}
	if best < 2 || tie {
		return noDay, 0
	}
	return int(c.base) + bi, best
}

// add adds o's counts to c's; false when they span more than four days.
func (c *dayCount) add(o dayCount) bool {
	if o.n == ([4]int32{}) {
		return true
	}
	if c.n == ([4]int32{}) {
		*c = o
		return true
	}
	base := min(c.base, o.base)
	var n [4]int32
	for _, x := range []dayCount{*c, o} {
		for i, v := range x.n {
			if v == 0 {
				continue
			}
			k := int(x.base-base) + i
			if k >= len(n) {
				return false
			}
			n[k] += v
		}
	}
	c.base, c.n = base, n
	return true
}

// noDay marks a set without dated reports in lo and hi.
const noDay = math.MinInt32

// newUnion makes the union of rs, which must come sorted by document.
func newUnion(rs []sitrep.Report, docs map[string]sitrep.Document, maxSpread int) *union {
	n := len(rs)
	u := &union{parent: make([]int, n), doc: make([]int32, n), docs: make([][]int32, n), cats: make([]string, n),
		lo: make([]int, n), hi: make([]int, n), maxSpread: maxSpread, days: make([]dayCount, n),
		sharp: make([]bool, n), site: make([]string, n)}
	for i, r := range rs {
		u.parent[i] = i
		u.sharp[i] = !vague(&rs[i])
		if named(&r) {
			u.site[i] = r.Place.ID
		}
		if i > 0 {
			u.doc[i] = u.doc[i-1]
			if r.Doc != rs[i-1].Doc {
				u.doc[i]++
			}
		}
		// Copies repeat their origin's day: they do not count.
		if w := r.When; w.Precision == sitrep.PrecisionDay && w.Start.HasYear() && w.Start == w.End && docs[r.Doc].CopyOf == "" {
			u.days[i] = dayCount{base: int32(w.Start.Days()), n: [4]int32{1}}
		}
		u.lo[i], u.hi[i] = noDay, noDay
		if w := r.When; w.Start.HasYear() && w.End.HasYear() {
			u.lo[i], u.hi[i] = w.End.Days(), w.Start.Days()
		}
	}
	return u
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// docSet returns the documents of the set of root r, sorted.
func (u *union) docSet(r int) []int32 {
	if u.docs[r] == nil {
		return u.doc[r : r+1]
	}
	return u.docs[r]
}

// mergeDocs returns the sorted union of two sorted document lists, or
// false when they share a document.
func mergeDocs(a, b []int32) ([]int32, bool) {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return nil, false
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		default:
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...), true
}

func (u *union) category(r int, rs []sitrep.Report) string {
	if u.cats[r] == "" && u.docs[r] == nil {
		if c := rs[r].Category; c != sitrep.CategoryUnknown {
			u.cats[r] = c
		}
	}
	return u.cats[r]
}

func (u *union) join(i, j int, rs []sitrep.Report) {
	a, b := u.find(i), u.find(j)
	if a == b {
		return
	}
	// A vague report joins the reports of one incident: through it, two
	// sets that each hold a report dated closely do not meet.
	if u.sharp[a] && u.sharp[b] && (vague(&rs[i]) || vague(&rs[j])) {
		return
	}
	// Two sets at two named sites meet through a pair of reports at them,
	// not through a report near both ("near the border", a point between
	// them) that cannot say which it means.
	if u.site[a] != "" && u.site[b] != "" && u.site[a] != u.site[b] && !(named(&rs[i]) && named(&rs[j])) {
		return
	}
	// A drone report and a missile report never meet through an unknown one.
	ca, cb := u.category(a, rs), u.category(b, rs)
	if ca != "" && cb != "" && !sitrep.CategoryCompatible(ca, cb) {
		return
	}
	lo, hi := u.lo[a], u.hi[a]
	if u.lo[b] != noDay {
		if lo == noDay || u.lo[b] < lo {
			lo = u.lo[b]
		}
		hi = max(hi, u.hi[b])
	}
	if lo != noDay && hi-lo > u.maxSpread {
		return
	}
	// Two sets that each have a day most of their reports give, and not
	// the same, are two attacks on following days.
	if ma, na := u.days[a].mode(); ma != noDay {
		if mb, nb := u.days[b].mode(); mb != noDay && ma != mb && 2*min(na, nb) >= max(na, nb) {
			return
		}
	}
	days := u.days[a]
	if !days.add(u.days[b]) {
		return
	}
	merged, ok := mergeDocs(u.docSet(a), u.docSet(b))
	if !ok {
		return
	}
	if b < a {
		a, b = b, a
	}
	u.parent[b] = a
	u.docs[a], u.docs[b] = merged, nil
	if ca == "" {
		u.cats[a] = cb
	} else {
		u.cats[a] = ca
	}
	u.lo[a], u.hi[a] = lo, hi
	u.days[a] = days
	u.sharp[a] = u.sharp[a] || u.sharp[b]
	if u.site[a] == "" {
		u.site[a] = u.site[b]
	}
}

// incidentID derives a stable id from the first report of the incident.
func incidentID(first sitrep.Report) string { return idOf(first, "") }

// SplitID is the id of the reports an analyst split off an incident when
// they hold the report its id came from: the incident keeps its id, and
// they take this one, derived from the same report.
func SplitID(first sitrep.Report) string { return idOf(first, "split ") }

func idOf(first sitrep.Report, salt string) string {
	h := sha1.Sum([]byte(salt + first.Key()))
	cc := first.Place.Country
	if cc == "" {
		cc = "XX"
	}
	return cc + "-" + hex.EncodeToString(h[:5])
}

// Resolve builds one incident from reports (of any order): its fields, its
// grade, its id from the first report by doc and seq. Review uses it to
// rebuild incidents that an analyst merged or split. It knows no areas: a
// precise place is vouched for (see farPlaces) by another within farKm or
// by an area report of its country.
func Resolve(rs []sitrep.Report, docs map[string]sitrep.Document) sitrep.Incident {
	rs = append([]sitrep.Report(nil), rs...)
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Doc != rs[j].Doc {
			return rs[i].Doc < rs[j].Doc
		}
		return rs[i].Seq < rs[j].Seq
	})
	return resolve(rs, docs, nil)
}

// missileAndStrike reports a missile report and an air strike report.
func missileAndStrike(a, b string) bool {
	return a == sitrep.CategoryMissile && b == sitrep.CategoryAirstrike || a == sitrep.CategoryAirstrike && b == sitrep.CategoryMissile
}

// known reports a category other than unknown.
func known(c string) bool { return c != "" && c != sitrep.CategoryUnknown }
