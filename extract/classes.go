package extract

import "github.com/sitrep/sitrep/normalize"

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
)

// classes are the classes of each word in one of the lists.
var classes = func() map[string]wordClass {
	m := map[string]wordClass{}
	sets := []struct {
		c    wordClass
		keys func(add func(string))
	}{
		{cKill, func(add func(string)) { forTrue(killWords, add) }},
		{cInjure, func(add func(string)) { forTrue(injureWords, add) }},
		{cUnharmed, func(add func(string)) { forTrue(unharmedWords, add) }},
		{cHolder, func(add func(string)) { forTrue(holderNouns, add) }},
		{cAsideFirst, func(add func(string)) { forKeys(asideByFirst, add) }},
		{cDate, func(add func(string)) { forTrue(dateWords, add) }},
		{cPhraseFirst, func(add func(string)) { forKeys(phrasesByFirst, add) }},
		{cWeapon, func(add func(string)) { forKeys(weaponWords, add) }},
		{cAttack, func(add func(string)) { forTrue(attackWords, add) }},
		{cSite, func(add func(string)) { forTrue(siteNouns, add) }},
		{cAim, func(add func(string)) { forTrue(aimVerbs, add) }},
		{cOutcomeFirst, func(add func(string)) { forKeys(outcomePhrases, add) }},
		{cSpeech, func(add func(string)) { forTrue(speechVerbs, add) }},
		{cNumber, func(add func(string)) { forTrue(numberWords, add) }},
		{cArmed, func(add func(string)) { forTrue(armedNouns, add) }},
		{cPlaceNoun, func(add func(string)) { forKeys(placeNouns, add) }},
	}
	for _, s := range sets {
		s.keys(func(w string) { m[w] |= s.c })
	}
	return m
}()

// forTrue calls fn with the words a set holds (set to true).
func forTrue(m map[string]bool, fn func(string)) {
	for k, ok := range m {
		if ok {
			fn(k)
		}
	}
}

// forKeys calls fn with the keys of m.
func forKeys[V any](m map[string]V, fn func(string)) {
	for k := range m {
		fn(k)
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
