package extract

import "github.com/sitrep/sitrep/normalize"

// Aircraft that only fly over places, and the places where sirens sound:
// neither is where an attack struck.

// flownOver reports a place [first, last) a drone or an aircraft only
// flew over, in its clause of tokens [lo, hi): "Israeli drones overflew at
// low altitude the regions of Tyre and Nabatieh"; not "a drone flew over
// Tyre and struck a car".
func flownOver(toks []normalize.Token, lo, first, last, hi int, later bool) bool {
	flown := false
	// "Drone over Beirut.", "brought drones over Tyre, Nabatieh and the
	// Bekaa", "overflights over Beirut": aircraft over a list of places,
	// no verb of their own.
	for k := first - 1; k > lo && k >= first-12; k-- {
		if toks[k].Norm == "over" {
			flown = flying(toks, lo, k-1, toks[k-1].Norm) && listedAfter(toks, k+1, first)
			break
		}
	}
	for k := first - 1; !flown && k >= lo && k >= first-10; k-- {
		w := toks[k].Norm
		if w == "overflew" || w == "overflying" {
			flown = true
			break
		}
		// "a drone was seen over the coastal road", "warplanes were heard
		// on Wednesday over the Qandil range", "dropped leaflets over":
		// sighted or heard, or dropping paper.
		// Not "kamikaze drones were seen over the base": those attack.
		// Seen or heard, only when the sentence says nothing came of it
		// ("..., with no strike reported", "but no other strike"): "drones
		// were heard over Tyre. One struck a motorcycle in the city".
		if (w == "leaflets" || (w == "seen" || w == "spotted" || w == "sighted" || w == "heard" || w == "observed") && hasWord(toks, last, hi, "no", "without", "nothing")) &&
			!armedDrone(toks, max(lo, k-6), k) {
			for j := k + 1; j < first && j <= k+4; j++ {
				if toks[j].Norm == "over" || toks[j].Norm == "above" {
					flown = true
					break
				}
			}
			if flown {
				break
			}
		}
		if w == "flew" || w == "hovered" || w == "circled" || w == "buzzed" || w == "flying" || w == "hovering" || w == "circling" {
			// "flew over", "hovered above", "flew low over"; not "flew at
			// the base", "flew toward Harir".
			j := k + 1
			if j < first && (toks[j].Norm == "low" || toks[j].Norm == "high") {
				j++
			}
			flown = j < first && (toks[j].Norm == "over" || toks[j].Norm == "above")
			break
		}
		if w == "," || w == ";" || w == "while" || w == "but" || w == "whereas" || is(&toks[k], cAttack|cWeapon) {
			return false
		}
	}
	if !flown {
		return false
	}
	// What the clause tells after the place, a few words on.
	for k := last; k < hi && k < last+15; k++ {
		if w := toks[k].Norm; w == "," || w == ";" || w == "." {
			break
		} else if is(&toks[k], cAttack|cWeapon|cKill) {
			// "aircraft flying over the occupied Golan fired missiles at
			// a building ... in Sayyida Zeinab": where they fired from,
			// when the sentence names a place after.
			return later
		}
	}
	return true
}

// sirenListed reports a place after the first of a list of the places
// where sirens sounded: "sirens sent residents of Hadera, Netanya and the
// northern Sharon into shelters", "sirens sounded in Jerusalem, Tel Aviv
// and the coastal plain". One weapon set them all off; the first place
// stands for the list.
func (d *docState) sirenListed(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	p, q := s.Places[i], s.Places[i-1]
	if q.Last > p.First {
		return false
	}
	if !sirenGap(d.toks, q.Last, p.First) {
		return false
	}
	// The list's first place, and the siren word a few words before it.
	first := i - 1
	for first > 0 && s.Places[first-1].Last <= s.Places[first].First && sirenGap(d.toks, s.Places[first-1].Last, s.Places[first].First) {
		first--
	}
	// "sirens at 05:48 Israel time (06:48 in Sanaa) over Tel Aviv and the
	// Jerusalem area": a clock and a bracket may stand between; twelve
	// words outside them ("Red alerts were sounded at 20:57 (Tuesday) in
	// dozens of communities in the Shfela, in Modiin, in Jerusalem").
	words, depth := 0, 0
	for k := s.Places[first].First - 1; k >= s.First && k >= s.Places[first].First-30 && words < 12; k-- {
		switch {
		case d.toks[k].Norm == ")":
			depth++
		case d.toks[k].Norm == "(":
			depth--
		case depth == 0 && d.toks[k].Kind == normalize.Word:
			words++
		}
		if depth > 0 {
			continue
		}
		// "Sirens sounded as rockets fired from Lebanon hit houses in
		// Metula and Kiryat Shmona": where they hit, not where sirens
		// sounded.
		if is(&d.toks[k], cAttack|cWeapon) {
			return false
		}
		switch d.toks[k].Norm {
		case "as", "after", "when", "while":
			return false
		case "sirens", "siren", "alarms", "alerts":
			return true
		case ":":
			if k > s.First && d.toks[k-1].Kind == normalize.Number && d.toks[k+1].Kind == normalize.Number {
				continue // a clock, "05:48"
			}
			return false
		case ".", ";":
			return false
		}
	}
	return false
}

// listGap reports tokens [lo, hi) that join two places of a list.
func listGap(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch toks[k].Norm {
		case ",", "and", "the", "of", "in":
		default:
			return false
		}
	}
	return true
}

// sirenGap is listGap with the words of a list of alert areas between
// names: "Modiin and dozens of communities of the Shfela".
func sirenGap(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !listGap(toks, k, k+1) && !alertAreaWords[toks[k].Norm] {
			return false
		}
	}
	return true
}

// alertAreaWords count the places of an alert list without naming them.
var alertAreaWords = map[string]bool{"dozens": true, "several": true, "many": true, "other": true, "communities": true,
	"towns": true, "localities": true, "areas": true, "cities": true}

// actedOn reports a verb that downs, launches or fires in the few words
// before the aircraft noun at token k: "destroyed a Houthi one-way attack
// drone over the Red Sea" tells where it was downed, not a flight.
func actedOn(toks []normalize.Token, lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-7; j-- {
		switch toks[j].Norm {
		case ",", ";", ".", ":":
			return false
		case "destroyed", "downed", "intercepted", "shot", "launched", "sent", "fired", "engaged", "struck", "hit":
			return true
		}
	}
	return false
}

// flying reports an aircraft noun w at token k that no verb before it
// downs, launches or fires: "drones over Tyre", not "destroyed a drone
// over the Red Sea".
func flying(toks []normalize.Token, lo, k int, w string) bool {
	return aerialNouns[w] && !actedOn(toks, lo, k)
}

// aerialNouns fly: "drones over Tyre", "jets over Beirut".
var aerialNouns = map[string]bool{"drone": true, "drones": true, "jet": true, "jets": true, "aircraft": true,
	"warplane": true, "warplanes": true, "plane": true, "planes": true, "helicopter": true, "helicopters": true,
	"overflights": true, "flights": true, "uav": true, "uavs": true}

// listedAfter reports tokens [lo, hi) that only list places before the
// one at hi: names, "the", "and", commas, "area".
func listedAfter(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch w := toks[k].Norm; {
		case w == "," || w == "and" || w == "the" || w == "area" || w == "areas":
		case toks[k].Kind == normalize.Word && toks[k].Upper:
		default:
			return false
		}
	}
	return true
}
