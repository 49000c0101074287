package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// outcome is what an attack did, as one sentence tells it: whether the
// weapons hit (sitrep.FieldOutcome) or the damage done (FieldDamage).
type outcome struct {
	Field, Value string
	First, Last  int
}

// outcomePhrase is a phrase that tells an outcome; "*" stands for any one
// word ("landed in an * area").
type outcomePhrase struct {
	words        []string
	field, value string
}

func outcomesOf(field, value string, ps ...string) []outcomePhrase {
	out := make([]outcomePhrase, len(ps))
	for i, p := range ps {
		out[i] = outcomePhrase{strings.Fields(p), field, value}
	}
	return out
}

// outcomePhrases, longest first within each first word once indexed.
var outcomePhrases = func() map[string][]outcomePhrase {
	var all []outcomePhrase
	all = append(all, outcomesOf(sitrep.FieldDamage, sitrep.DamageNone,
		"no casualties or damage", "no damage", "no injuries or damage", "no casualties or material damage",
		"without causing any damage", "without causing damage", "caused no damage", "did not cause any damage",
		"did not cause damage", "no material damage", "neither casualties nor damage", "no injuries or material damage",
		"no damage or casualties", "no damage or injuries")...)
	all = append(all, outcomesOf(sitrep.FieldDamage, sitrep.DamageMinor,
		"minor damage", "light damage", "limited damage", "minimal damage", "superficial damage", "slight damage")...)
	all = append(all, outcomesOf(sitrep.FieldDamage, sitrep.DamageDone,
		"material damage", "significant damage", "heavy damage", "extensive damage", "severe damage",
		"serious damage", "caused damage", "causing damage", "damaged", "damaging", "set fire", "fire broke out",
		"sparking a fire", "caused a fire")...)
	all = append(all, outcomesOf(sitrep.FieldOutcome, sitrep.OutcomeIntercepted,
		"intercepted", "intercepting", "shot down", "shooting down", "shoot down", "downed", "brought down",
		"thwarted", "foiled", "repelled", "repulsed", "neutralized", "neutralised", "engaged and destroyed",
		"destroyed in the air", "destroyed in mid-air",
		"air defenses responded", "air defences responded", "air defenses engaged", "air defences engaged")...)
	all = append(all, outcomesOf(sitrep.FieldOutcome, sitrep.OutcomeMissed,
		"missed", "fell short", "fell in an * area", "landed in an * area", "fell in * area", "landed in * area",
		"fell in an * field", "landed in an * field", "failed to reach", "did not reach", "fell outside",
		"landed outside", "crashed before", "crashed near", "crashed in", "crashed without")...)
	all = append(all, outcomesOf(sitrep.FieldOutcome, sitrep.OutcomeHit,
		"direct hit", "direct hits", "precise hits", "accurate hits", "confirmed hits", "hit its target",
		"hit their targets", "hit the target", "hit targets", "struck its target", "struck their targets",
		"landed inside", "fell inside", "impacted", "slammed into", "crashed into", "hit the base",
		"hit the airport", "hit the field", "struck the base", "hitting the base")...)
	m := map[string][]outcomePhrase{}
	for _, p := range all {
		m[p.words[0]] = append(m[p.words[0]], p)
	}
	for k, ps := range m {
		// Longest first, so that "no casualties or damage" wins over "no damage".
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		m[k] = ps
	}
	return m
}()

// buildingDowned reports a building brought down, the phrase at tokens
// [i, end): "brought down a second tower block", "the high-rise was
// brought down". Not "brought down a drone over a house", nor "a drone
// that targeted a tower ... was downed".
func buildingDowned(toks []normalize.Token, lo, i, end, hi int) bool {
	isBuilding := func(w string) bool {
		return buildingWords[w] || w == "block" || w == "tower" || w == "high-rise" || w == "towers"
	}
	// The object: the first noun after the phrase, before a preposition.
	for k := end; k < hi && k < end+5; k++ {
		w := toks[k].Norm
		if isBuilding(w) {
			return true
		}
		if toks[k].Kind == normalize.Punct || is(&toks[k], cWeapon) || objectBefore[w] {
			break
		}
	}
	// The subject of the passive: "the tower was brought down".
	k := i - 1
	for k >= lo && (passiveAux[toks[k].Norm] || toks[k].Norm == "had" || toks[k].Norm == "has") {
		k--
	}
	return k >= lo && k < i-1 && isBuilding(toks[k].Norm)
}

// findOutcomes returns the outcomes told in tokens [lo, hi): each phrase
// once, none negated ("did not hit", "no direct hits" aside from the
// no-damage phrases that say so on purpose).
func findOutcomes(toks []normalize.Token, lo, hi int) []outcome {
	var out []outcome
	for i := lo; i < hi; i++ {
		if w := toks[i].Norm; (w == "destroyed" || w == "destroying") && !negatedAt(toks, lo, i) {
			// "two drones were destroyed": intercepted; "a hangar was
			// destroyed": damage.
			v, f := sitrep.DamageDone, sitrep.FieldDamage
			// "air defences had destroyed 14 of them": shot down.
			if weaponNear(toks, lo, hi, i) || hasWord(toks, max(lo, i-4), i, "defences", "defenses", "defence", "defense") || inFlightAfter(toks, i+1, hi) {
				v, f = sitrep.OutcomeIntercepted, sitrep.FieldOutcome
			}
			out = append(out, outcome{Field: f, Value: v, First: i, Last: i + 1})
			continue
		}
		if !is(&toks[i], cOutcomeFirst) {
			continue
		}
		ps := outcomePhrases[toks[i].Norm]
		if len(ps) == 0 {
			continue
		}
		for _, p := range ps {
			end, ok := matchPattern(toks, i, hi, p.words)
			if !ok {
				continue
			}
			negated := p.value != sitrep.DamageNone && (negatedAt(toks, lo, i) || i > lo && toks[i-1].Norm == "no")
			if !negated && p.value == sitrep.OutcomeIntercepted && (toks[i].Norm == "brought" || toks[i].Norm == "downed") && buildingDowned(toks, lo, i, end, hi) {
				// "Israel has brought down a second tower block": a building
				// destroyed, nothing stopped in flight.
				out = append(out, outcome{Field: sitrep.FieldDamage, Value: sitrep.DamageDone, First: i, Last: end})
			} else if !negated {
				out = append(out, outcome{Field: p.field, Value: p.value, First: i, Last: end})
			} else if p.field == sitrep.FieldDamage {
				// "did not cause damage", "caused no damage" are written as
				// no-damage phrases; another negated damage word means none.
				out = append(out, outcome{Field: p.field, Value: sitrep.DamageNone, First: i, Last: end})
			}
			i = end - 1
			break
		}
	}
	return out
}

// inFlightAfter reports words at toks[j] that put what was destroyed in
// the air: "destroyed before they reached the base", "destroyed in
// flight", "destroyed mid-air".
func inFlightAfter(toks []normalize.Token, j, hi int) bool {
	if j+1 >= hi {
		return false
	}
	switch toks[j].Norm {
	case "midair", "mid":
		return true
	case "before":
		switch toks[j+1].Norm {
		case "reaching", "hitting", "striking", "impact", "landing":
			return true
		case "they", "it":
			// "before they reached the base", not "before it was used".
			if j+2 < hi {
				switch toks[j+2].Norm {
				case "reached", "hit", "struck", "entered", "crossed", "landed", "could":
					return true
				}
			}
		}
	case "in":
		// "in the air", not "in the air strike".
		if j+2 < hi && toks[j+1].Norm == "the" && (toks[j+2].Norm == "air" || toks[j+2].Norm == "sky") {
			return j+3 >= hi || !attackWords[toks[j+3].Norm] && toks[j+3].Norm != "raid" && toks[j+3].Norm != "raids"
		}
		return toks[j+1].Norm == "flight" || toks[j+1].Norm == "mid"
	}
	return false
}

// matchPattern is matchWords with "*" matching any one word.
func matchPattern(toks []normalize.Token, i, hi int, words []string) (int, bool) {
	j := i
	for k, w := range words {
		for k > 0 && j < hi && skippable(toks[j]) {
			j++
		}
		if j >= hi || w != "*" && toks[j].Norm != w || w == "*" && toks[j].Kind != normalize.Word {
			return 0, false
		}
		j++
	}
	return j, true
}

// weaponNear reports whether a weapon is the subject or the object of the
// verb at token i: "two drones were destroyed", "destroyed two one-way
// attack drones"; not "a hangar was destroyed in the rocket attack".
func weaponNear(toks []normalize.Token, lo, hi, i int) bool {
	for k := i - 1; k >= lo && k >= i-5; k-- {
		if weaponNoun(toks[k].Norm) {
			return true
		}
		if toks[k].Kind == normalize.Punct || clauseWords[toks[k].Norm] {
			break
		}
	}
	for k := i + 1; k < hi && k <= i+7; k++ {
		if weaponNoun(toks[k].Norm) {
			return true
		}
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" || clauseWords[toks[k].Norm] {
			break
		}
	}
	return false
}

// clauseWords end the phrase around a verb: prepositions and conjunctions.
var clauseWords = map[string]bool{"in": true, "by": true, "at": true, "during": true, "after": true,
	"and": true, "while": true, "near": true, "on": true, "from": true}
