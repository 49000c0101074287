package extract

import (
	"iter"
	"maps"
	"slices"

	"github.com/sitrep/sitrep/normalize"
)

// wordClass is a set of the word lists a token's word is in, for the
// scans that test every token of a sentence: one map lookup per token
// (classify) instead of one per list and scan.
type wordClass uint64

const (
	classified    wordClass = 1 << iota // the token's classes are set
	cKill                               // killWords
	cInjure                             // injureWords
	cUnharmed                           // unharmedWords
	cHolder                             // holderNouns
	cAsideFirst                         // begins an aside (asideByFirst)
	cDate                               // dateWords
	cPhraseFirst                        // begins an attack phrase (phrasesByFirst)
	cWeapon                             // weaponWords
	cAttack                             // attackWords
	cSite                               // siteNouns
	cAim                                // aimVerbs
	cOutcomeFirst                       // begins an outcome phrase (outcomePhrases)
	cSpeech                             // speechVerbs
	cNumber                             // numberWords
	cArmed                              // armedNouns
	cPlaceNoun                          // placeNouns (false ones too: its values are kinds)
	cFound                              // foundVerbs
	cEvent                              // eventNouns
	cOrdinal                            // ordinalWords
	cPeriod                             // the words hasPeriodWord looks for
	cVesselCue                          // may begin a ship's name (vesselsIn): a prefix, a ship's noun, "flagged", "m" of "M/V"
	cSentence                           // sentenceWords
	cActorFirst                         // begins an alias of knownActors
	cKillVerb                           // killVerbs
	cDayHoliday                         // begins a holiday of a fixed day named as a day (dayHoliday)
	cAsideCue                           // a word one of asides' tests starts at (with cFound, cHolder, cEvent, cAsideFirst)
	cStateDrone                         // stateDrones
	cLevelVerb                          // levelVerbs
)

// classes are the classes of each word in one of the lists.
var classes = func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(c wordClass, words iter.Seq[string]) {
		for w := range words {
			m[w] |= c
		}
	}
	add(cKill, held(killWords))
	add(cInjure, held(injureWords))
	add(cUnharmed, held(unharmedWords))
	add(cHolder, held(holderNouns))
	add(cAsideFirst, maps.Keys(asideByFirst))
	add(cDate, held(dateWords))
	add(cPhraseFirst, maps.Keys(phrasesByFirst))
	add(cWeapon, maps.Keys(weaponWords))
	add(cAttack, held(attackWords))
	add(cSite, held(siteNouns))
	add(cAim, held(aimVerbs))
	add(cOutcomeFirst, maps.Keys(outcomePhrases))
	add(cSpeech, held(speechVerbs))
	add(cNumber, held(numberWords))
	add(cArmed, held(armedNouns))
	add(cPlaceNoun, maps.Keys(placeNouns))
	add(cFound, held(foundVerbs))
	add(cEvent, held(eventNouns))
	add(cOrdinal, maps.Keys(ordinalWords))
	add(cPeriod, slices.Values(periodWords))
	for _, m := range []map[string]bool{navyPrefixes, merchantPrefixes, warshipNouns, vesselNouns, flagWords} {
		add(cVesselCue, held(m))
	}
	add(cVesselCue, slices.Values([]string{"m"}))
	add(cSentence, maps.Keys(sentenceWords))
	add(cKillVerb, held(killVerbs))
	add(cStateDrone, held(stateDrones))
	add(cLevelVerb, held(levelVerbs))
	add(cAsideCue, slices.Values([]string{",", "that", "who", "road", "resisting", "leading", "leads", "carrying",
		"delivering", "transporting", "after", "since"}))
	for _, h := range holidays {
		if last := h.words[len(h.words)-1]; h.rule == "" && len(h.words) >= 2 && (last == "day" || last == "eve") {
			add(cDayHoliday, slices.Values(h.words[:1]))
		}
	}
	if knownActors != nil {
		add(cActorFirst, maps.Keys(knownActors.byFirst))
	}
	return m
}()

// held yields the words a set holds: those set to true.
func held(m map[string]bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		for w, ok := range m {
			if ok && !yield(w) {
				return
			}
		}
	}
}

// classify sets the classes of toks.
func classify(toks []normalize.Token) {
	for i := range toks {
		toks[i].Class = uint64(classified | classes[toks[i].Norm])
	}
}

// is reports whether t's word is in a list of c; tokens that classify did
// not see are looked up.
func is(t *normalize.Token, c wordClass) bool {
	if wordClass(t.Class)&classified == 0 {
		return classes[t.Norm]&c != 0
	}
	return wordClass(t.Class)&c != 0
}
