package extract

import (
	"slices"

	"github.com/sitrep/sitrep/normalize"
)

// homesAway drops the places named as where a victim lives when a place
// of the text comes before them: "A gunman fired at cars near the Mehola
// junction. The wounded man, who lives in the Beit She'an area, was hit"
// (the junction of the sentence before counts too). "Shelling killed a
// resident of Kherson" keeps Kherson, the only place told.
func homesAway(toks []normalize.Token, places []placeRef) []placeRef {
	var drop []int
	for i, p := range places {
		if !residence(toks, p.First) {
			continue
		}
		for j, q := range places {
			if j != i && q.Entry != nil && p.Entry != nil && q.Entry.ID != p.Entry.ID && !residence(toks, q.First) && q.First < p.First {
				drop = append(drop, i)
				break
			}
		}
	}
	if len(drop) == 0 {
		return places
	}
	out := places[:0]
	for i, p := range places {
		if !slices.Contains(drop, i) {
			out = append(out, p)
		}
	}
	return out
}

// moveVerbs move people, not weapons: "told residents to leave for the
// coastal area of al-Mawasi", "families fled to Tyre".
var moveVerbs = map[string]bool{"leave": true, "leaving": true, "left": true, "move": true, "moving": true, "moved": true,
	"evacuate": true, "evacuating": true, "evacuated": true, "flee": true, "fleeing": true, "fled": true, "relocate": true,
	"relocated": true, "relocating": true}

// destination reports a place that people are told to move to or fled
// to: where they went, not where anything struck ("to leave for the
// coastal area of al-Mawasi"). Not where they were going back to ("shot
// as they tried to return to their village"), nor where a drone was
// going.
func destination(toks []normalize.Token, first int) bool {
	for k := first - 1; k >= 1 && k >= first-6; k-- {
		switch w := toks[k].Norm; {
		case w == "for" || w == "to" || w == "towards" || w == "toward":
			// "a cargo of aid for the Gaza Strip", "lorries bound for
			// Gaza": where the goods were going.
			return moveVerbs[toks[k-1].Norm] || w == "for" && goodsFor[toks[k-1].Norm]
		case toks[k].Kind != normalize.Word || toks[k].Upper:
			return false
		}
	}
	return false
}

// goodsFor are the words before "for" and a place that goods are going
// to.
var goodsFor = map[string]bool{"aid": true, "supplies": true, "relief": true, "bound": true, "destined": true,
	"shipment": true, "shipments": true, "convoy": true, "convoys": true}

// residence reports a place named as where a person lives: "the wounded
// man, who lives in the Beit She'an area", "a resident of Tammun", "a
// native of Jenin", "hails from Sidon". Not where the person was when
// hit ("the house where he lives in Metula").
func residence(toks []normalize.Token, first int) bool {
	k := first - 1
	if k > 0 && toks[k].Norm == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].Norm {
	case "in":
		switch toks[k-1].Norm {
		case "lives", "lived", "living", "resides", "resided", "residing":
		default:
			return false
		}
		for j := k - 2; j >= max(0, k-4); j-- {
			if toks[j].Norm == "where" {
				return false
			}
		}
		return true
	case "of":
		return toks[k-1].Norm == "resident" || toks[k-1].Norm == "native"
	case "from":
		return toks[k-1].Norm == "hails" || toks[k-1].Norm == "hailed" || toks[k-1].Norm == "hailing"
	}
	return false
}
