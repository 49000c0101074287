package extract

import "github.com/sitrep/sitrep/normalize"

// strikeDenied reports a side saying, at token i, that it carried out no
// attack: "it had not struck in the Rmeish area", "the coalition says it
// struck nothing in Syria", "the United States had carried out no strike
// in Iraq", "there had been no strike on the town". A weapon that did not
// strike its target ("the missile did not strike the ship") missed: the
// attack took place, and that is no denial.
func strikeDenied(toks []normalize.Token, lo, i, hi int) bool {
	switch toks[i].Norm {
	case "not", "never":
		// "did not strike", "had not struck", "has never attacked"
		j := i + 1
		if j >= hi || !deniableAttack[toks[j].Norm] || i == lo || !doneAux[toks[i-1].Norm] {
			return false
		}
		return !weaponSubject(toks, lo, i)
	case "nothing":
		// "struck nothing in Syria", "bombed nothing that night"
		return i > lo && deniableAttack[toks[i-1].Norm] && isVerbForm(toks[i-1].Norm) && !weaponSubject(toks, lo, i-1)
	case "no":
		// "carried out no strike", "conducted no strikes", "there had
		// been no strike on the town"
		j := i + 1
		if j >= hi || !deniedNouns[toks[j].Norm] || i == lo {
			return false
		}
		switch toks[i-1].Norm {
		case "conducted", "launched", "made", "staged":
			return true
		case "out":
			return i-2 >= lo && toks[i-2].Norm == "carried"
		case "been", "was", "were":
			return i-2 >= lo && (toks[i-2].Norm == "there" || i-3 >= lo && toks[i-3].Norm == "there")
		}
	}
	return false
}

// deniableAttack are the verbs a side denies doing: not "hit", which a
// weapon that missed did not do either.
var deniableAttack = map[string]bool{"strike": true, "struck": true, "attack": true, "attacked": true,
	"bomb": true, "bombed": true, "shell": true, "shelled": true, "target": true, "targeted": true, "raid": true, "raided": true}

// deniedNouns are the attacks a side can say there were none of.
var deniedNouns = map[string]bool{"strike": true, "strikes": true, "attack": true, "attacks": true, "airstrike": true,
	"airstrikes": true, "raid": true, "raids": true, "bombing": true, "bombardment": true}

// doneAux are the auxiliaries of "did not strike", "had not struck".
var doneAux = map[string]bool{"did": true, "does": true, "do": true, "had": true, "has": true, "have": true}

// weaponSubject reports a weapon or a projectile before token i in its
// clause: the subject that "did not strike" is then a weapon.
func weaponSubject(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo; k-- {
		if is(&toks[k], cWeapon) {
			return true
		}
		if toks[k].Norm == ";" || toks[k].Norm == "that" {
			return false
		}
	}
	return false
}

// walkout reports the strike at token i as a stoppage of work: "a
// general strike", "a commercial strike", "a hunger strike", "the strike
// called to mourn him", "declared a strike".
func walkout(toks []normalize.Token, lo, i, hi int) bool {
	if i > lo && stoppageKinds[toks[i-1].Norm] {
		return true
	}
	// "a strike was called", "a strike called by the factions", "called a
	// strike", "declared a three-day strike"
	for k := i + 1; k < hi && k <= i+2; k++ {
		if toks[k].Norm == "called" || toks[k].Norm == "declared" {
			return true
		}
	}
	for k := i - 1; k >= lo && k >= i-4; k-- {
		switch toks[k].Norm {
		case "called", "declared", "observed", "observing":
			return toks[k+1].Norm == "a" || toks[k+1].Norm == "for"
		}
		if toks[k].Kind == normalize.Punct {
			break
		}
	}
	return false
}

// strikeIdiom reports the verb "strike" at token i in an idiom: "strike a
// deal", "struck a ceasefire deal", "striking a conciliatory tone"; not
// the noun of "Israeli strikes deal a heavy blow".
func strikeIdiom(toks []normalize.Token, i, hi int) bool {
	switch toks[i].Norm {
	case "strike", "struck", "striking":
	default:
		return false
	}
	if i+1 >= hi || toks[i+1].Norm != "a" && toks[i+1].Norm != "an" && toks[i+1].Norm != "the" {
		return false
	}
	for k := i + 2; k < hi && k <= i+5; k++ {
		if idiomObjects[toks[k].Norm] {
			return true
		}
		if toks[k].Kind != normalize.Word {
			return false
		}
	}
	return false
}

// idiomObjects make "strike a ..." an idiom.
var idiomObjects = map[string]bool{"deal": true, "deals": true, "balance": true, "chord": true, "bargain": true,
	"agreement": true, "tone": true, "note": true, "compromise": true, "pose": true, "truce": true, "accord": true,
	"ceasefire": true, "blow": true, "nerve": true}

// stoppageKinds name strikes of work, before "strike".
var stoppageKinds = map[string]bool{"general": true, "commercial": true, "hunger": true, "labour": true, "labor": true,
	"workers": true, "mourning": true, "partial": true, "comprehensive": true, "teachers": true, "doctors": true}

// soundBarrier reports aircraft breaking the sound barrier, from token k:
// "broke the sound barrier", "breaking the sound barrier".
func soundBarrier(toks []normalize.Token, k, hi int) bool {
	if k+3 >= hi {
		return false
	}
	switch toks[k].Norm {
	case "broke", "break", "breaking", "broken":
		return toks[k+1].Norm == "the" && toks[k+2].Norm == "sound" && toks[k+3].Norm == "barrier"
	}
	return false
}
