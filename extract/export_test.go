package extract

import (
	"fmt"
	"maps"
	"slices"

	"github.com/sitrep/sitrep/normalize"
)

// ClassMismatches lists the words whose classes (classify, is) disagree
// with the word lists they stand for: a bool list holds the words set to
// true, another list every key.
func ClassMismatches() []string {
	type list struct {
		name string
		c    wordClass
		in   func(w string) bool
		keys []string
	}
	set := func(name string, c wordClass, m map[string]bool) list {
		return list{name, c, func(w string) bool { return m[w] }, slices.Collect(maps.Keys(m))}
	}
	keyed := func(name string, c wordClass, has func(string) bool, keys []string) list {
		return list{name, c, has, keys}
	}
	lists := []list{
		set("killWords", cKill, killWords),
		set("injureWords", cInjure, injureWords),
		set("unharmedWords", cUnharmed, unharmedWords),
		set("holderNouns", cHolder, holderNouns),
		set("dateWords", cDate, dateWords),
		set("attackWords", cAttack, attackWords),
		set("siteNouns", cSite, siteNouns),
		set("aimVerbs", cAim, aimVerbs),
		set("speechVerbs", cSpeech, speechVerbs),
		set("numberWords", cNumber, numberWords),
		set("armedNouns", cArmed, armedNouns),
		keyed("weaponWords", cWeapon, func(w string) bool { _, ok := weaponWords[w]; return ok },
			slices.Collect(maps.Keys(weaponWords))),
		keyed("placeNouns", cPlaceNoun, func(w string) bool { _, ok := placeNouns[w]; return ok },
			slices.Collect(maps.Keys(placeNouns))),
		keyed("asideByFirst", cAsideFirst, func(w string) bool { return len(asideByFirst[w]) > 0 },
			slices.Collect(maps.Keys(asideByFirst))),
		keyed("phrasesByFirst", cPhraseFirst, func(w string) bool { return len(phrasesByFirst[w]) > 0 },
			slices.Collect(maps.Keys(phrasesByFirst))),
		keyed("outcomePhrases", cOutcomeFirst, func(w string) bool { return len(outcomePhrases[w]) > 0 },
			slices.Collect(maps.Keys(outcomePhrases))),
	}
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
