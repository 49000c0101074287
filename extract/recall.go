package extract

import (
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// presentPerfect reports whether sentence s tells what has happened:
// "has" or "have" before a past participle, an adverb or "been" between
// ("has received", "have just struck", "has been hit").
func presentPerfect(toks []normalize.Token, s *sentence) bool {
	for k := s.First; k+1 < s.Last; k++ {
		if n := toks[k].Norm; n != "has" && n != "have" {
			continue
		}
		for j := k + 1; j < s.Last && j <= k+3; j++ {
			w := toks[j].Norm
			if w == "been" || w == "just" || w == "also" || w == "now" || strings.HasSuffix(w, "ly") {
				continue
			}
			if strings.HasSuffix(w, "ed") || pastParticiples[w] {
				return true
			}
			break
		}
	}
	return false
}

// pastParticiples are irregular past participles of attack reports.
var pastParticiples = map[string]bool{"struck": true, "hit": true, "shot": true, "shelled": true, "taken": true,
	"begun": true, "seen": true, "blown": true, "thrown": true, "brought": true, "sent": true, "set": true}

// recalled reports whether a sentence marks what it tells as past news:
// "Earlier this month, on Nov. 12, ...", "previously", "last month", "The
// strikes follow U.S. strikes on Oct. 26".
func recalled(toks []normalize.Token, s *sentence) bool {
	for k := s.First; k < s.Last; k++ {
		switch toks[k].Norm {
		case "before":
			// "cut electricity before dawn": a time of day, not a recall
			if k+1 < s.Last && timesOfDay[toks[k+1].Norm] {
				continue
			}
			return true
		case "earlier", "previously", "ago", "recalled", "anniversary", "happened":
			return true
		case "follow", "follows", "followed", "comes", "came":
			// "The strikes follow U.S. strikes on Oct. 26", "came after
			// the attack of": what they follow is past ("followed by" and
			// "came under" are not)
			if k+1 < s.Last && toks[k+1].Norm != "by" && (toks[k].Norm[0] == 'f' || afterSoon(toks, k+1, s.Last)) {
				return true
			}
		case "after":
			// "began on 17 October, ten days after the Hamas attack": a
			// count of days back to what the sentence dates by.
			if k > s.First {
				switch toks[k-1].Norm {
				case "days", "weeks", "months", "years", "week", "month", "year":
					return true
				}
			}
		case "winter", "summer", "spring", "autumn":
			// "as happened in the winter, when the US hit targets in Baghdad"
			if k > s.First && (toks[k-1].Norm == "the" || toks[k-1].Norm == "last") {
				return true
			}
		case "last":
			if k+1 < s.Last && toks[k+1].Norm == "month" {
				return true
			}
			// "The last rockets fired from Lebanon, on 22 March, were
			// followed by ...": the latest before, told as past.
			if k > s.First && toks[k-1].Norm == "the" && k+1 < s.Last && (weaponNoun(toks[k+1].Norm) || attackWords[toks[k+1].Norm]) {
				return true
			}
		case "back":
			if k+1 < s.Last && toks[k+1].Norm == "in" {
				return true
			}
		}
	}
	return false
}

// afterSoon reports whether "after" stands at token k or ends a count of
// time that starts there: "came after", "came three days after", "came
// just hours after".
func afterSoon(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j <= k+4; j++ {
		switch {
		case toks[j].Norm == "after":
			return true
		case toks[j].Kind == normalize.Punct:
			return false
		}
	}
	return false
}

// earlierAttacks reports whether a sentence calls the attacks it tells
// earlier ones: "the earlier raids", "previous strikes" ("has previously
// claimed rocket attacks" speaks of the group).
//
// So do "comes after the Feb. 2 airstrikes", "follows U.S. strikes" and a
// sentence labelled "Background:".
func earlierAttacks(toks []normalize.Token, s *sentence) bool {
	if s.Last-s.First > 2 && toks[s.First].Norm == "background" && toks[s.First+1].Norm == ":" {
		return true
	}
	// attackSoon reports whether an attack noun comes within n tokens
	// after k.
	attackSoon := func(k, n int) bool {
		for j := k + 1; j < s.Last && j <= k+n; j++ {
			if attackNouns[toks[j].Norm] {
				return true
			}
		}
		return false
	}
	for k := s.First; k < s.Last; k++ {
		switch toks[k].Norm {
		case "earlier", "previous", "prior":
			if k+1 < s.Last && attackNouns[toks[k+1].Norm] {
				return true
			}
		case "after":
			if k > s.First && (toks[k-1].Norm == "comes" || toks[k-1].Norm == "came" || toks[k-1].Norm == "come") && attackSoon(k, 5) {
				return true
			}
		case "follows", "follow":
			if attackSoon(k, 5) {
				return true
			}
		case "came", "comes", "come":
			// "The attacks came three days after Iran fired ...": what
			// the sentence tells came first.
			if k+2 < s.Last && toks[k+1].Norm != "after" && afterSoon(toks, k+1, s.Last) {
				return true
			}
		}
	}
	return false
}

// attackNouns are the nouns of attacks that "earlier" or "previous" may
// qualify.
var attackNouns = map[string]bool{"raid": true, "raids": true, "strike": true, "strikes": true, "attack": true,
	"attacks": true, "airstrikes": true, "bombings": true, "operations": true}

// timesOfDay follow "before" or "after" as a time, not an event.
var timesOfDay = map[string]bool{"dawn": true, "midnight": true, "noon": true, "sunrise": true, "sunset": true,
	"daybreak": true, "dusk": true}

// noAttackTookPlace reports "no attack ... took place" from the "no" at
// token i, with words between: "No attack of any kind took place", "No
// attack by drones or by any other means took place".
func noAttackTookPlace(toks []normalize.Token, i, hi int) bool {
	if i+1 >= hi || toks[i+1].Norm != "attack" && toks[i+1].Norm != "attacks" && toks[i+1].Norm != "strike" {
		return false
	}
	for k := i + 2; k+1 < hi && k <= i+10; k++ {
		switch toks[k].Norm {
		case "took":
			return toks[k+1].Norm == "place"
		case "occurred", "happened":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// rankedIn reports a place that only sets what an attack told before is
// ranked among: "The strike ... was the only deadly one in the Nabatieh
// district this week", "the second attack on the town this month".
func rankedIn(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	if k > lo && toks[k].Norm == "the" {
		k--
	}
	if k <= lo || toks[k].Norm != "in" && toks[k].Norm != "on" && toks[k].Norm != "across" {
		return false
	}
	for j := k - 1; j > lo && j >= k-6; j-- {
		w := toks[j].Norm
		if toks[j].Kind == normalize.Punct {
			return false
		}
		if toks[j-1].Norm == "the" && (rankWords[w] || strings.HasSuffix(w, "iest")) {
			return true
		}
	}
	return false
}

// rankWords place an attack among others: "the only", "the first", "the
// second".
var rankWords = map[string]bool{"only": true, "first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "last": true, "latest": true, "most": true, "single": true, "largest": true, "biggest": true,
	"worst": true, "fiercest": true, "strongest": true, "greatest": true}
