package eval

import (
	"math"
	"sort"

	"github.com/sitrep/sitrep"
)

// Distances of the scoring rule, in km.
const (
	MatchKm = 40.0 // places this close agree
	RightKm = 10.0 // a place this close is right
)

// goldCase is a gold incident prepared for matching.
type goldCase struct {
	Gold
	when   sitrep.When
	keys   []string // place name and aliases, folded
	admin1 string   // folded
	docs   map[string]bool
}

// predCase is a prediction prepared for matching.
type predCase struct {
	inc    sitrep.Incident
	id     string // inc.ID, or "#N" when empty
	when   sitrep.When
	key    string // place name, folded
	admin1 string
	docs   []string // distinct source documents, in order
}

// newGoldCase prepares g: its dates, folded names and documents.
func newGoldCase(g Gold) goldCase {
	w, err := g.When()
	if err != nil {
		w = sitrep.When{} // ReadGold rejects bad dates; hand-made ones count as undated
	}
	c := goldCase{Gold: g, when: w, admin1: placeKey(g.Admin1), docs: map[string]bool{}}
	for _, name := range append([]string{g.Place}, g.Aliases...) {
		if k := placeKey(name); k != "" {
			c.keys = append(c.keys, k)
		}
	}
	for _, d := range g.Docs {
		c.docs[d] = true
	}
	return c
}

// newPredCase prepares inc, named id: its dates (a missing end is the
// start), folded names and distinct documents.
func newPredCase(inc sitrep.Incident, id string) predCase {
	w := inc.When
	if w.End.IsZero() {
		w.End = w.Start
	}
	c := predCase{inc: inc, id: id, when: w, key: placeKey(inc.Place.Name), admin1: placeKey(inc.Place.Admin1)}
	for _, s := range inc.Sources {
		if s.Doc != "" && !isOneOf(s.Doc, c.docs) {
			c.docs = append(c.docs, s.Doc)
		}
	}
	return c
}

// distance returns the km between gold and prediction, +Inf when either
// lacks coordinates.
func distance(g goldCase, p predCase) float64 {
	if !g.HasCoords() || !p.inc.Place.HasCoords() {
		return math.Inf(1)
	}
	return sitrep.DistanceKm(*g.Lat, *g.Lon, p.inc.Place.Lat, p.inc.Place.Lon)
}

// sharesDoc reports whether p cites at least one of g's documents.
func sharesDoc(g goldCase, p predCase) bool {
	for _, d := range p.docs {
		if g.docs[d] {
			return true
		}
	}
	return false
}

// countriesAgree reports whether the countries are equal or one is unknown.
func countriesAgree(g goldCase, p predCase) bool {
	a, b := foldText(g.Country), foldText(p.inc.Place.Country)
	return a == "" || b == "" || a == b
}

// samePlace reports whether the places agree: same folded name, or the
// name of a gold alias, or within MatchKm, or, for province-level gold,
// the same admin1.
func samePlace(g goldCase, p predCase) bool {
	if p.key != "" && isOneOf(p.key, g.keys) {
		return true
	}
	if distance(g, p) <= MatchKm {
		return true
	}
	return g.GeoPrecision == sitrep.GeoProvince && g.admin1 != "" && p.admin1 == g.admin1
}

// datesAgree reports whether the intervals overlap with a day of slack,
// by month and day when a year is missing; an undated side agrees with
// anything.
func datesAgree(g goldCase, p predCase) bool {
	return g.when.IsZero() || p.when.IsZero() || g.when.Overlaps(p.when, 1)
}

// candidate reports whether p may match g.
func candidate(g goldCase, p predCase) bool {
	return sharesDoc(g, p) && countriesAgree(g, p) && samePlace(g, p) && datesAgree(g, p)
}

// sameStart reports whether the start days are equal: both undated, or the
// same day (by month and day when gold has no year).
func sameStart(g, p sitrep.When) bool {
	switch {
	case g.IsZero() || p.IsZero():
		return g.IsZero() && p.IsZero()
	case !g.Start.HasYear():
		return g.Start.Month == p.Start.Month && g.Start.Day == p.Start.Day
	default:
		return g.Start == p.Start
	}
}

// pair is a candidate match with what ranks it.
type pair struct {
	g, p       int
	exact, cat bool
	near       bool
	km         float64
	gold, pred string
}

// better reports whether a ranks before b: exact start date, same
// category, within RightKm, nearer, then by ids for determinism.
func better(a, b pair) bool {
	switch {
	case a.exact != b.exact:
		return a.exact
	case a.cat != b.cat:
		return a.cat
	case a.near != b.near:
		return a.near
	case a.km != b.km:
		return a.km < b.km
	case a.gold != b.gold:
		return a.gold < b.gold
	case a.g != b.g:
		return a.g < b.g
	case a.pred != b.pred:
		return a.pred < b.pred
	default:
		return a.p < b.p
	}
}

// match pairs gold and predictions one-to-one, best candidate pairs
// first. It returns the matched gold index of each prediction, -1 when
// unmatched.
func match(golds []goldCase, preds []predCase) []int {
	var pairs []pair
	for i, g := range golds {
		for j, p := range preds {
			if !candidate(g, p) {
				continue
			}
			km := distance(g, p)
			pairs = append(pairs, pair{
				g: i, p: j,
				exact: sameStart(g.when, p.when),
				cat:   g.Category == p.inc.Category,
				near:  km <= RightKm,
				km:    km,
				gold:  g.ID, pred: p.id,
			})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return better(pairs[i], pairs[j]) })
	goldOf := make([]int, len(preds))
	for j := range goldOf {
		goldOf[j] = -1
	}
	taken := make([]bool, len(golds))
	for _, c := range pairs {
		if !taken[c.g] && goldOf[c.p] < 0 {
			taken[c.g], goldOf[c.p] = true, c.g
		}
	}
	return goldOf
}

// FalseMerge is a prediction that joins what gold keeps apart.
type FalseMerge struct {
	Pred   string   `json:"pred"`
	Gold   string   `json:"gold,omitempty"` // the gold it matched, "" when unmatched
	Others []string `json:"others"`         // the gold incidents it took in
	Docs   []string `json:"docs"`           // its documents reporting them
}

// falseMerge returns the false merge of prediction p matched to gold gi (-1
// when unmatched), or false. A matched prediction merges falsely when one
// of its documents outside its gold's reports another gold incident at the
// same place; an unmatched one when two gold incidents are candidates for it.
func falseMerge(golds []goldCase, p predCase, gi int) (FalseMerge, bool) {
	fm := FalseMerge{Pred: p.id}
	if gi >= 0 {
		fm.Gold = golds[gi].ID
		for _, d := range p.docs {
			if golds[gi].docs[d] {
				continue
			}
			for k, g := range golds {
				if k != gi && g.docs[d] && samePlace(g, p) {
					fm.Others = appendNew(fm.Others, g.ID)
					fm.Docs = appendNew(fm.Docs, d)
				}
			}
		}
		return fm, len(fm.Others) > 0
	}
	for _, g := range golds {
		if !candidate(g, p) {
			continue
		}
		fm.Others = appendNew(fm.Others, g.ID)
		for _, d := range p.docs {
			if g.docs[d] {
				fm.Docs = appendNew(fm.Docs, d)
			}
		}
	}
	return fm, len(fm.Others) >= 2
}

// appendNew appends s to list unless it is already there.
func appendNew(list []string, s string) []string {
	if isOneOf(s, list) {
		return list
	}
	return append(list, s)
}
