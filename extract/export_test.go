package extract

import (
	"fmt"

	"github.com/sitrep/sitrep/normalize"
)

// ClassMismatches lists the words whose classes (classify, is) disagree
// with the word lists they stand for.
func ClassMismatches() []string {
	lists := []struct {
		name string
		c    wordClass
		in   func(w string) bool
		keys []string
	}{}
	addBool := func(name string, c wordClass, m map[string]bool) {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		lists = append(lists, struct {
			name string
			c    wordClass
			in   func(w string) bool
			keys []string
		}{name, c, func(w string) bool { return m[w] }, ks})
	}
	addKeys := func(name string, c wordClass, has func(string) bool, ks []string) {
		lists = append(lists, struct {
			name string
			c    wordClass
			in   func(w string) bool
			keys []string
		}{name, c, has, ks})
	}
	keys := func(n int, each func(func(string))) []string {
		ks := make([]string, 0, n)
		each(func(k string) { ks = append(ks, k) })
		return ks
	}
	addBool("killWords", cKill, killWords)
	addBool("injureWords", cInjure, injureWords)
	addBool("unharmedWords", cUnharmed, unharmedWords)
	addBool("holderNouns", cHolder, holderNouns)
	addBool("dateWords", cDate, dateWords)
	addBool("attackWords", cAttack, attackWords)
	addBool("siteNouns", cSite, siteNouns)
	addBool("aimVerbs", cAim, aimVerbs)
	addBool("speechVerbs", cSpeech, speechVerbs)
	addBool("numberWords", cNumber, numberWords)
	addBool("armedNouns", cArmed, armedNouns)
	addKeys("placeNouns", cPlaceNoun, func(w string) bool { _, ok := placeNouns[w]; return ok },
		keys(len(placeNouns), func(f func(string)) { forKeys(placeNouns, f) }))
	addKeys("weaponWords", cWeapon, func(w string) bool { _, ok := weaponWords[w]; return ok },
		keys(len(weaponWords), func(f func(string)) { forKeys(weaponWords, f) }))
	addKeys("asideByFirst", cAsideFirst, func(w string) bool { return len(asideByFirst[w]) > 0 },
		keys(len(asideByFirst), func(f func(string)) { forKeys(asideByFirst, f) }))
	addKeys("phrasesByFirst", cPhraseFirst, func(w string) bool { return len(phrasesByFirst[w]) > 0 },
		keys(len(phrasesByFirst), func(f func(string)) { forKeys(phrasesByFirst, f) }))
	addKeys("outcomePhrases", cOutcomeFirst, func(w string) bool { return len(outcomePhrases[w]) > 0 },
		keys(len(outcomePhrases), func(f func(string)) { forKeys(outcomePhrases, f) }))
	var out []string
	for _, l := range lists {
		for _, w := range append(l.keys, "zzz", "the", "forces", "target", "none") {
			toks := []normalize.Token{{Norm: w}}
			bare := is(&toks[0], l.c)
			classify(toks)
			if got, want := is(&toks[0], l.c), l.in(w); got != want || bare != want {
				out = append(out, fmt.Sprintf("%s %q: classified %v, unclassified %v, want %v", l.name, w, got, bare, want))
			}
		}
	}
	return out
}
