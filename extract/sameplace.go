package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// findFrame returns an incident of the document at a compatible place and
// date, latest first, or nil.
func (d *docState) findFrame(frames []*frame, p placeRef, date dateExpr, hasDate bool, cat string) *frame {
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		if !d.samePlace(f.place, p, false) {
			continue
		}
		if hasDate && f.whenSet && !f.when.Overlaps(date.When, 0) {
			continue
		}
		if cat != "" && !sitrep.CategoryCompatible(f.category, cat) {
			continue
		}
		return f
	}
	return nil
}

// twoVillages reports two villages or small towns more than 3 km apart,
// each named as itself: "an air strike in Khiam ... a drone fired a
// missile at a motorcycle at the entrance of Kfar Kila" are two attacks,
// although 7 km apart. Not a suburb and its city, nor a town named for
// its district ("Yaroun, in the Bint Jbeil district").
func (d *docState) twoVillages(a, b placeRef) bool {
	if a.Entry == nil || b.Entry == nil || a.Entry.ID == b.Entry.ID || a.Entry.Kind != sitrep.KindTown || b.Entry.Kind != sitrep.KindTown {
		return false
	}
	for _, p := range []placeRef{a, b} {
		if p.Entry.Subkind != "village" && p.Entry.Subkind != "town" {
			return false
		}
		if townArea(d.toks, p) {
			return false
		}
	}
	return sitrep.DistanceKm(a.Entry.Lat, a.Entry.Lon, b.Entry.Lat, b.Entry.Lon) > 3
}

// samePlace reports whether two mentions can be the same place: one entry,
// two precise places of one country within 8 km, or (with contain) one
// containing the other.
func (d *docState) samePlace(a, b placeRef, contain bool) bool {
	if a.Entry == nil || b.Entry == nil {
		return false
	}
	if a.Entry.ID == b.Entry.ID {
		return true
	}
	if d.twoVillages(a, b) {
		return false
	}
	g := d.x.Gazetteer
	xs, ys := []*gazetteer.Entry{a.Entry}, []*gazetteer.Entry{b.Entry}
	if a.Direction == "" {
		xs = append(xs, a.Entries...)
	}
	if b.Direction == "" {
		ys = append(ys, b.Entries...)
	}
	for _, x := range xs {
		for _, y := range ys {
			if x.ID == y.ID || contain && (g.Contains(x, y) || g.Contains(y, x)) {
				return true
			}
			// Not two towns across a border: "a Hezbollah drone wounded a
			// reservist near Shtula; Israeli jets then hit a house in Aita
			// al-Shaab", two kilometres apart. A base and a town across
			// it may be one place told two ways (Tower 22 "near the
			// Rukban camp").
			// "a power station near Sanaa" and "the Hezyaz power station
			// south of Sanaa", 13 km apart: "near" reaches further.
			reach := 8.0
			if a.Near || b.Near {
				reach = 15
			}
			reach = min(reach, quarterReach(x, y))
			if (x.Kind == sitrep.KindSite || x.Kind == sitrep.KindTown) && (y.Kind == sitrep.KindSite || y.Kind == sitrep.KindTown) &&
				sitrep.DistanceKm(x.Lat, x.Lon, y.Lat, y.Lon) <= reach && !townsAcross(x, y) {
				return true
			}
		}
	}
	return false
}

// quarterReach is how far apart two quarters of a city may be and still
// be one place: the Nweiri strike in central Beirut is not the one in Burj
// al-Barajneh, four and a half kilometres south, though two towns that far
// apart may be one place told two ways. Quarters are single points, so
// neighbours two kilometres apart may be one place (Laylaki and Hay
// el-Sellom), and a suburb holds the quarters about it (Dahiyeh and Jnah).
func quarterReach(x, y *gazetteer.Entry) float64 {
	xq, yq := x.Subkind == "neighbourhood", y.Subkind == "neighbourhood"
	switch {
	case xq && yq:
		return 2
	case xq && y.Subkind == "suburb" || yq && x.Subkind == "suburb":
		return 4
	}
	return 1e9
}

// townsAcross reports two towns in two countries, or two places across a
// front where each side strikes the other's (Israel and Lebanon: Hezbollah's
// drone on the Branit barracks, Israel's raid on Aita al-Shaab).
func townsAcross(x, y *gazetteer.Entry) bool {
	if x.Country == "" || y.Country == "" || x.Country == y.Country {
		return false
	}
	if x.Kind == sitrep.KindTown && y.Kind == sitrep.KindTown {
		return true
	}
	return x.Country == "IL" && y.Country == "LB" || x.Country == "LB" && y.Country == "IL"
}

func moreSpecific(a, b *gazetteer.Entry) bool {
	return rank(a.Kind) < rank(b.Kind)
}

// sideThenTown reports a town named as the attack's place after a side
// of another told before: "in the hills east of Tartus ... The patrol
// was attacked near Khirbet al-Maaza".
func sideThenTown(was, p placeRef) bool {
	return was.Side && !p.Side && p.Offset.Km == 0 && p.Entry != was.Entry && p.Entry.Kind == sitrep.KindTown && was.Entry.Kind == sitrep.KindTown
}

func rank(kind string) int {
	switch kind {
	case sitrep.KindSite:
		return 0
	case sitrep.KindTown:
		return 1
	case sitrep.KindRegion:
		return 2
	case sitrep.KindAdmin1:
		return 3
	}
	return 4
}

// afterAnAttack reports a place at token first named as the target of an
// attack that another followed: "after an attack on Al-Asad Air Base",
// "following a rocket attack on the base at".
func afterAnAttack(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	if k > lo && toks[k].Norm == "the" {
		k--
	}
	if k-3 < lo || toks[k].Norm != "on" && toks[k].Norm != "against" {
		return false
	}
	k--
	if !is(&toks[k], cAttack) {
		return false
	}
	for k--; k > lo && is(&toks[k], cWeapon); k-- { // "a rocket attack"
	}
	return (toks[k].Norm == "a" || toks[k].Norm == "an") && k > lo && (toks[k-1].Norm == "after" || toks[k-1].Norm == "following")
}

// afterTold reports place p named as the attack another follows: "after
// the strike in Mayfadoun", "following the drone attack on Eilat". A
// relative date of the sentence counts from that attack's day.
func afterTold(toks []normalize.Token, s *sentence, p placeRef) bool {
	k := p.First - 2 // the attack's noun
	if k-2 < s.First || !anaphorWords[toks[k].Norm] {
		return false
	}
	switch toks[k+1].Norm {
	case "in", "on", "at", "near", "against":
	default:
		return false
	}
	switch {
	case toks[k-1].Norm == "the" || toks[k-1].Norm == "this" || toks[k-1].Norm == "that":
		k -= 2
	case k-3 >= s.First && toks[k-2].Norm == "the": // "the drone attack"
		k -= 3
	default:
		return false
	}
	return toks[k].Norm == "after" || toks[k].Norm == "following"
}

// triggerOutside reports an attack word of s, neither generic nor
// anaphoric, outside tokens [lo, hi): an attack of its own beside the one
// a phrase there names.
func triggerOutside(s *sentence, lo, hi int) bool {
	for _, t := range s.Triggers {
		if !t.Generic && !t.Anaphoric && (t.Last <= lo || t.First >= hi) {
			return true
		}
	}
	return false
}
