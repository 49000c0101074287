package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
	"slices"
	"sort"
	"strings"
)

var killWords = map[string]bool{
	"killed": true, "dead": true, "died": true, "killing": true, "deaths": true,
	"fatalities": true, "slain": true, "lives": false, "death": true, "martyred": true, "perished": true,
	"martyrs": true, "martyr": true, // "has risen to six martyrs", the Arab press's dead
	"martyring": true, // "martyring five Iranian military advisors"
	"murdered":  true, // "Five persons were murdered", a Hebrew press word for the dead of an attack
}

var injureWords = map[string]bool{
	"injured": true, "wounded": true, "hurt": true, "injuries": true, "injuring": true,
	"wounding": true, "injury": true,
}

// qualNamed marks a count of the victims a text names ("killed a senior
// commander"): those it names, perhaps not all; a larger count the same
// document gives later ("Three people were killed, among them ...")
// replaces it.
const qualNamed = "named"

// findCasualties reads counts of killed and injured in tokens [lo, hi):
// "two soldiers were killed", "killing three", "no casualties", "no one was
// hurt", "19 service members suffered traumatic brain injuries".
func findCasualties(toks []normalize.Token, lo, hi int, weaponTokens map[int]bool) []casualty {
	var out []casualty
	for i := lo; i < hi; i++ {
		w := toks[i].Norm
		kill, injure := is(&toks[i], cKill), is(&toks[i], cInjure)
		// Headlines and timelines tell in the present: "A drone attack kills
		// three US soldiers and wounds more than 40".
		if (w == "kills" || w == "wounds" || w == "injures") && presentCount(toks, i, hi) {
			kill, injure = w == "kills", w != "kills"
		}
		// "35 children and 58 women were among the dead": a part of a
		// toll told elsewhere, not the toll.
		if (kill || injure) && i-2 >= lo && toks[i-1].Norm == "the" && toks[i-2].Norm == "among" {
			continue
		}
		// "raising the number of people killed in Monday's strike on the
		// building to eight": a running count of one attack's dead.
		if w == "number" && i > lo+1 && totalVerbs[toks[i-2].Norm] && toks[i-1].Norm == "the" && i+1 < hi && toks[i+1].Norm == "of" {
			if c, next, ok := numberKilledTo(toks, i, hi); ok {
				out = append(out, c)
				i = next - 1
				continue
			}
		}
		// "three people with light wounds", "treated two for moderate
		// wounds": the wounded, as "injuries" tells them (not "three men
		// with gunshot wounds", found dead).
		if w == "wounds" && i-2 >= lo && severityWords[toks[i-1].Norm] && (toks[i-2].Norm == "with" || toks[i-2].Norm == "for") {
			if n, span, ok := peopleCountBefore(toks, lo, i-2); ok {
				out = append(out, casualty{sitrep.FieldInjuries, n, sitrep.Span{Start: span, End: toks[i].End}, ""})
				continue
			}
		}
		// "The ministry's cumulative figures for the war now stand at
		// 45,436 killed", "In all, 45,436 people have been killed in the
		// war": the whole war's toll, no attack's.
		if (kill || injure) && warWide(toks, lo, i, hi) {
			continue
		}
		// "four civilians lost their lives", "a soldier lost his life"
		if (w == "lives" || w == "life") && i-2 >= lo && toks[i-2].Norm == "lost" {
			kill = true
		}
		// "claimed 32 lives", "claiming the lives of 12 people"
		if w == "lives" && i-2 >= lo && (toks[i-2].Norm == "claimed" || toks[i-2].Norm == "claiming" || toks[i-2].Norm == "claim") {
			if n, next, ok := number(toks, i-1, true); ok && next == i {
				out = append(out, casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[i-2].Start, End: toks[i].End}, ""})
				continue
			}
		}
		if w == "lives" && i+2 < hi && toks[i+1].Norm == "of" && i-2 >= lo && toks[i-1].Norm == "the" &&
			(toks[i-2].Norm == "claimed" || toks[i-2].Norm == "claiming") {
			if n, next, ok := number(toks, i+2, true); ok && !unitAfter(toks, next, hi) {
				out = append(out, casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[i-2].Start, End: toks[next-1].End}, ""})
				continue
			}
		}
		// "led to the martyrdom of 7 citizens"; not "a martyrdom operation".
		if w == "martyrdom" && i+1 < hi && toks[i+1].Norm == "of" {
			kill = true
		}
		// "seven from the military advisers achieved the lofty degree of
		// martyrdom", "two fighters attained martyrdom": the subject's count.
		if w == "martyrdom" && (i+1 >= hi || toks[i+1].Norm != "of") {
			if c, ok := attainedMartyrdom(toks, lo, i, weaponTokens); ok {
				out = append(out, c)
				continue
			}
		}
		// "without causing human losses", the Arabic press's casualties
		// "without making victims", "there were no victims": nobody hurt.
		cas := w == "casualties" || w == "casualty" || w == "losses" && humanLosses(toks, lo, i, hi) || w == "victims"
		if w == "toll" {
			kill = true
		}
		// "shot dead an Iraqi woman": one.
		if w == "dead" && i > lo && toks[i-1].Norm == "shot" {
			if n, end, ok := namedVictims(toks, i+1, hi); ok {
				out = append(out, casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[i-1].Start, End: toks[end-1].End}, ""})
				continue
			}
		}
		// "the bodies of 12 people", "we have counted 21 bodies": the dead.
		if w == "bodies" || w == "corpses" {
			if i+2 < hi && toks[i+1].Norm == "of" {
				if n, next, ok := number(toks, i+2, true); ok && !unitAfter(toks, next, hi) {
					out = append(out, casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[i].Start, End: toks[next-1].End}, ""})
					continue
				}
			}
			for k := i - 1; k >= lo && k >= i-4; k-- {
				if n, next, ok := number(toks, k, true); ok && next == i {
					out = append(out, casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[k].Start, End: toks[i].End}, ""})
					break
				}
			}
			continue
		}
		// "all 22 crew were unharmed", "the crew escaped unhurt": nobody
		// was killed or hurt.
		// "All 25 crew are accounted for": nobody dead or missing;
		// "none required medical treatment": nobody hurt.
		if w == "accounted" && i+1 < hi && toks[i+1].Norm == "for" && wholeGroupBefore(toks, lo, i) {
			out = append(out, casualty{sitrep.FieldFatalities, 0, sitrep.Span{Start: toks[i].Start, End: toks[i+1].End}, ""})
			continue
		}
		if (w == "required" || w == "needed" || w == "requires" || w == "needs") && i+1 < hi && toks[i+1].Norm == "medical" &&
			i > lo && (toks[i-1].Norm == "none" || toks[i-1].Norm == "nobody" || toks[i-1].Norm == "one" && i-2 >= lo && toks[i-2].Norm == "no") {
			span := sitrep.Span{Start: toks[i-1].Start, End: toks[i+1].End}
			out = append(out, casualty{sitrep.FieldFatalities, 0, span, ""}, casualty{sitrep.FieldInjuries, 0, span, ""})
			continue
		}
		if (is(&toks[i], cUnharmed) || safeAt(toks, lo, i)) && wholeGroupBefore(toks, lo, i) {
			span := sitrep.Span{Start: toks[i].Start, End: toks[i].End}
			out = append(out, casualty{sitrep.FieldFatalities, 0, span, ""}, casualty{sitrep.FieldInjuries, 0, span, ""})
			continue
		}
		// "caused damage to the bridge and harmed no one", "hurt nobody":
		// nobody killed or hurt; "killed no one", "injured nobody": that count.
		if j := i + 1; j < hi && (w == "harmed" || w == "hurt" || w == "killed" || w == "injured" || w == "wounded") &&
			(toks[j].Norm == "nobody" || toks[j].Norm == "none" || toks[j].Norm == "no" && j+1 < hi && toks[j+1].Norm == "one") {
			end := j
			if toks[j].Norm == "no" {
				end++
			}
			// Not "killed no one but himself".
			if end+1 < hi && (toks[end+1].Norm == "but" || toks[end+1].Norm == "except") {
				continue
			}
			span := sitrep.Span{Start: toks[i].Start, End: toks[end].End}
			switch w {
			case "killed":
				out = append(out, casualty{sitrep.FieldFatalities, 0, span, ""})
			case "injured", "wounded":
				out = append(out, casualty{sitrep.FieldInjuries, 0, span, ""})
			default:
				out = append(out, casualty{sitrep.FieldFatalities, 0, span, ""}, casualty{sitrep.FieldInjuries, 0, span, ""})
			}
			continue
		}
		// "none of the sailors or mariners aboard was harmed", "no one was
		// harmed": nobody killed or hurt.
		if w == "harmed" {
			if _, at, ok := noneBefore(toks, lo, i); ok {
				span := sitrep.Span{Start: toks[at].Start, End: toks[i].End}
				out = append(out, casualty{sitrep.FieldFatalities, 0, span, ""}, casualty{sitrep.FieldInjuries, 0, span, ""})
				continue
			}
		}
		// "Ali Hussein Sweid was killed": one man, by name.
		if w == "killed" && i-2 >= lo && toks[i-1].Norm == "was" {
			if start, ok := nameBefore(toks, lo, i-1); ok {
				out = append(out, casualty{sitrep.FieldFatalities, 1, sitrep.Span{Start: toks[start].Start, End: toks[i].End}, qualNamed})
				continue
			}
		}
		if !kill && !injure && !cas {
			continue
		}
		// "about 20 servicemen had been killed or wounded": a count of
		// both, of neither alone.
		if kill && i+2 < hi && toks[i+1].Norm == "or" && is(&toks[i+2], cInjure) {
			continue
		}
		field := sitrep.FieldFatalities
		if injure {
			field = sitrep.FieldInjuries
		}
		if n, start, ok := noneBefore(toks, lo, i); ok {
			// "gave no casualty figures", "no death toll was given":
			// nothing known, not nobody hurt.
			if i+1 < hi && countNouns[toks[i+1].Norm] {
				continue
			}
			span := sitrep.Span{Start: toks[start].Start, End: toks[i].End}
			// "no casualties", and "no injuries" or "no one was hurt": nobody
			// was hurt, so nobody was killed either.
			if cas || field == sitrep.FieldInjuries {
				out = append(out, casualty{sitrep.FieldFatalities, n, span, ""}, casualty{sitrep.FieldInjuries, n, span, ""})
			} else {
				out = append(out, casualty{field, n, span, ""})
			}
			continue
		}
		if cas {
			continue
		}
		// "Seven of the dead were workers at the port of Salif", "three of the
		// wounded were children": a share of a toll told before.
		if (w == "dead" || w == "wounded" || w == "injured" || w == "killed") && i-3 >= lo && toks[i-1].Norm == "the" &&
			toks[i-2].Norm == "of" && i+1 < hi && (toks[i+1].Norm == "were" || toks[i+1].Norm == "was") {
			if n, next, ok := number(toks, i-3, true); ok && next == i-2 {
				out = append(out, casualty{field, n, sitrep.Span{Start: toks[i-3].Start, End: toks[i].End}, ""})
				continue
			}
		}
		// "the death of six fighters", "the killing of two", "led to the
		// martyrdom of 7 citizens", "the injury of another": the count
		// follows, or there is none ("the wounding of others").
		if ofCountWords[w] && i+1 < hi && toks[i+1].Norm == "of" {
			// "the killing and wounding of six of them": of both, of
			// neither alone.
			if i-2 >= lo && (toks[i-1].Norm == "and" || toks[i-1].Norm == "or") && (is(&toks[i-2], cKill) || is(&toks[i-2], cInjure)) {
				continue
			}
			if n, next, ok := number(toks, i+2, true); ok {
				out = append(out, casualty{field, n, sitrep.Span{Start: toks[i].Start, End: toks[next-1].End}, ""})
			} else if i+2 < hi && toks[i+2].Norm == "another" {
				out = append(out, casualty{field, 1, sitrep.Span{Start: toks[i].Start, End: toks[i+2].End}, ""})
			} else if i+3 < hi && possessives[toks[i+2].Norm] && onePerson[toks[i+3].Norm] {
				// "the injury of its driver", "the death of his son": one.
				out = append(out, casualty{field, 1, sitrep.Span{Start: toks[i].Start, End: toks[i+3].End}, ""})
			} else if n, end, ok := namedVictims(toks, i+2, hi); ok {
				// "the martyrdom of a woman and her two children": three.
				out = append(out, casualty{field, n, sitrep.Span{Start: toks[i].Start, End: toks[end-1].End}, ""})
			}
			continue
		}
		// "killed a senior commander ... and two other members": one and two.
		if (w == "killed" || w == "killing") && i+1 < hi {
			// "killing its rider", "killed his driver", "killing the
			// driver": one.
			if i+2 < hi && roleDeterminer(toks[i+1].Norm) && onePerson[toks[i+2].Norm] {
				// "killing the driver and two passengers": three.
				if i+4 < hi && toks[i+3].Norm == "and" {
					if m, next, ok := number(toks, i+4, true); ok && m < 100 && !ageAfter(toks, next, hi) {
						out = append(out, casualty{sitrep.FieldFatalities, 1 + m, sitrep.Span{Start: toks[i].Start, End: toks[next-1].End}, ""})
						continue
					}
				}
				out = append(out, casualty{sitrep.FieldFatalities, 1, sitrep.Span{Start: toks[i].Start, End: toks[i+2].End}, ""})
				continue
			}
			if n, end, ok := namedVictims(toks, i+1, hi); ok {
				out = append(out, casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[i].Start, End: toks[end-1].End}, qualNamed})
				continue
			}
		}
		// "moderately wounding a reservist", "injuring a civilian": one.
		if (w == "wounding" || w == "injuring" || w == "wounded" || w == "injured") && i+1 < hi && (i == lo || !passiveAux[toks[i-1].Norm]) {
			j := i + 1
			for j < hi && strings.HasSuffix(toks[j].Norm, "ly") && toks[j].Kind == normalize.Word {
				j++
			}
			if j < hi && (toks[j].Norm == "a" || toks[j].Norm == "an") {
				if n, end, ok := namedVictims(toks, j, hi); ok {
					out = append(out, casualty{sitrep.FieldInjuries, n, sitrep.Span{Start: toks[i].Start, End: toks[end-1].End}, qualNamed})
					continue
				}
			}
		}
		// "killing three people", "killed at least 36 soldiers", "injured five
		// service members and two contractors"
		if w == "killing" || w == "martyring" || w == "injuring" || w == "wounding" || w == "killed" || w == "wounded" || w == "injured" || (kill || injure) && (w == "kills" || w == "wounds" || w == "injures") ||
			w == "dead" && i > lo && toks[i-1].Norm == "shot" { // "shot dead at least 26 people"
			j := i + 1
			for j < hi && qualifierWords[toks[j].Norm] {
				j++
			}
			// "killing its two riders", "wounding the three men": the
			// count after the possessive or article.
			// Not an age: "killing the 60-year-old driver".
			if j == i+1 && j+1 < hi && roleDeterminer(toks[j].Norm) &&
				(toks[j+1].Kind == normalize.Number || smallNumbers[toks[j+1].Norm] > 0) {
				if _, next, ok := number(toks, j+1, true); ok && !ageAfter(toks, next, hi) {
					j++
				}
			}
			// "killed 30 sheep and a shepherd": the people after the
			// animals.
			if m, at, end, ok := peopleAfterAnimals(toks, j, hi); ok {
				out = append(out, casualty{field, m, sitrep.Span{Start: toks[at].Start, End: toks[end-1].End}, ""})
				continue
			}
			if n, next, ok := number(toks, j, true); ok && !weaponTokens[j] && !unitAfter(toks, next, hi) && !clockNumber(toks, j, next) {
				// "shot dead 24-year-old Yousef Shadid": one person of
				// that age, not 24; no count for "4-year-old twins",
				// "70-year-old Ahmed Saleh and his wife".
				if ageAfter(toks, next, hi) {
					if !hasWord(toks, next, min(next+9, hi), "and", "twins", "children", "boys", "girls", "brothers", "sisters", "men", "women", "cousins") {
						out = append(out, casualty{field, 1, sitrep.Span{Start: toks[i].Start, End: toks[next-1].End}, ""})
					}
					continue
				}
				end := next
				for k := next; k < hi && k < next+9; k++ {
					// "five U.S. service members and two contractors": the
					// periods of an abbreviation go on.
					if toks[k].Kind == normalize.Punct && !(toks[k].Norm == "." && k > next && toks[k-1].End-toks[k-1].Start == 1 && toks[k-1].Start == toks[k].Start-1) {
						break
					}
					// "killed four people in Tyre and three in Nabatieh":
					// each place its own count (gapped), not "three U.S.
					// soldiers in Jordan and two contractors".
					if placeAt(toks, k, hi) && gappedAfter(toks, k, hi) {
						break
					}
					if toks[k].Norm == "and" {
						if m, after, ok := number(toks, k+1, true); ok && !unitAfter(toks, after, hi) && !ownClauseAfter(toks, after, hi) && !clockNumber(toks, k+1, after) {
							n, end = n+m, after
						}
						break
					}
				}
				out = append(out, casualty{field, n, sitrep.Span{Start: toks[i].Start, End: toks[end-1].End}, ""})
				continue
			}
		}
		// "gave a toll of two dead", "a toll of 12 killed"
		if w == "toll" && i+2 < hi && toks[i+1].Norm == "of" {
			if n, next, ok := number(toks, i+2, true); ok && next < hi && (is(&toks[next], cKill) || toks[next].Norm == "people" && next+1 < hi && is(&toks[next+1], cKill)) {
				out = append(out, casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[i].Start, End: toks[next].End}, ""})
				continue
			}
		}
		// "the death toll rose to 42"
		if w == "toll" {
			for k := i + 1; k < hi && k < i+12; k++ {
				// "the death toll from Sunday's strike on Nabatieh rose to
				// seven": farther only after a verb of rising.
				if k >= i+5 && !(toks[k].Norm == "to" && (toks[k-1].Norm == "rose" || toks[k-1].Norm == "risen" || toks[k-1].Norm == "climbed" || toks[k-1].Norm == "rises")) {
					if toks[k].Kind == normalize.Punct {
						break
					}
					continue
				}
				if toks[k].Norm == "to" || toks[k].Norm == "at" {
					if n, next, ok := number(toks, k+1, true); ok && !unitAfter(toks, next, hi) {
						out = append(out, casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[i].Start, End: toks[next-1].End}, ""})
					}
					break
				}
			}
			continue
		}
		// "an SDF member was killed", "a soldier was wounded", "a third
		// man, a passer-by, had been wounded": one.
		if k0 := i - 2; i >= lo+2 && (toks[i-1].Norm == "was" || toks[i-1].Norm == "been") {
			if toks[i-1].Norm == "been" && k0 > lo && (toks[k0].Norm == "had" || toks[k0].Norm == "has") {
				k0--
			}
			// "A 68-year-old farmer who had refused to leave the village
			// was killed": past the relative clause, to its noun.
			for k := k0; k > lo && k >= k0-12; k-- {
				if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" {
					break
				}
				if toks[k].Norm == "who" {
					k0 = k - 1
					break
				}
				// Not "a resident who helped said four people had been
				// killed": the clause's noun speaks of others.
				if speechVerbs[toks[k].Norm] || toks[k].Kind == normalize.Number || smallNumbers[toks[k].Norm] > 0 {
					break
				}
			}
			// "its rider was killed", "the driver was wounded": one.
			if k0 > lo && onePerson[toks[k0].Norm] && roleDeterminer(toks[k0-1].Norm) {
				out = append(out, casualty{field, 1, sitrep.Span{Start: toks[k0-1].Start, End: toks[i].End}, ""})
				continue
			}
			found, commas := false, 0
			for k := k0; k >= lo && k >= k0-8; k-- {
				if w := toks[k].Norm; (w == "a" || w == "an" || w == "one") && !(w == "one" && k > lo && toks[k-1].Norm == "no") {
					out = append(out, casualty{field, 1, sitrep.Span{Start: toks[k].Start, End: toks[i].End}, ""})
					found = true
					break
				}
				if toks[k].Norm == "," && commas < 2 {
					commas++
					continue
				}
				if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" {
					break
				}
			}
			if found {
				continue
			}
		}
		// "two soldiers were killed", "19 service members suffered ... injuries"
		found := false
		for k := i - 1; k >= lo && k >= i-12 && !found; k-- {
			t := toks[k]
			// "Two members of the Sinjar Resistance Units (YBS) were
			// killed": a short parenthesis is part of the phrase.
			if t.Norm == ")" {
				j := k - 1
				for j >= lo && j > k-5 && toks[j].Norm != "(" {
					j--
				}
				if j >= lo && toks[j].Norm == "(" {
					k = j
					continue
				}
			}
			// "U.S." is letters and periods: not the end of the clause.
			abbrev := t.Norm == "." && abbrevDot(toks, lo, k)
			if t.Kind == normalize.Punct && t.Norm != "-" && t.Norm != "“" && t.Norm != "”" && t.Norm != "\"" && t.Norm != "," && !abbrev {
				break
			}
			// "eight of its fighters were killed": a count of people; "one of
			// the officials said ... injuries": not one. "Twenty-three soldiers
			// of the government forces were killed": the count is further back.
			if t.Norm == "of" && k-1 >= lo && k+1 < i {
				if n, _, ok := number(toks, k-1, true); ok && peopleAfter(toks, k+1, i) {
					at := k - 1
					// "A woman and three of her granddaughters were killed": four.
					if a, ok := onePersonAnd(toks, lo, at); ok {
						n, at = n+1, a
					}
					out = append(out, casualty{field, n, sitrep.Span{Start: toks[at].Start, End: toks[i].End}, ""})
					found = true
					break
				}
				if k-1 >= lo && !peopleNoun(toks[k-1].Norm) {
					break
				}
				continue
			}
			if t.Norm == "and" && k < i-3 {
				// "Twenty-two members of the Syrian army and allied forces
				// were killed": the "and" is inside the people counted.
				if n, at, ok := countOfPeople(toks, lo, k); ok {
					out = append(out, casualty{field, n, sitrep.Span{Start: toks[at].Start, End: toks[i].End}, ""})
					found = true
				}
				break
			}
			if killWords[t.Norm] || injureWords[t.Norm] || speechVerbs[t.Norm] {
				break
			}
			if weaponTokens[k] {
				break
			}
			n, next, ok := number(toks, k, true)
			if !ok || clockNumber(toks, k, next) {
				continue
			}
			if next < i && animals[toks[next].Norm] {
				break // "eleven sheep were killed"
			}
			// "Seven people, including three children, died": the part
			// inside the aside is not the toll.
			// "Five journalists were among seven people killed": the seven.
			// Not "among 15 people killed in Israeli strikes across Gaza".
			if k > lo && (toks[k-1].Norm == "including" || toks[k-1].Norm == "among" && !(k-2 >= lo && passiveAux[toks[k-2].Norm] && i+1 < hi && toks[i+1].Norm == "when")) {
				continue
			}
			// "killed 38 people and injured dozens": the count is the
			// object of the verb before it, not who was injured.
			if objectOfToll(toks, lo, k) {
				break
			}
			// "a 50-year-old man was killed": an age, and one person;
			// "three 20-year-old soldiers", "two men aged 30": the count
			// is further back.
			if ageAfter(toks, next, i) || k > lo && toks[k-1].Norm == "aged" {
				if k > lo && (toks[k-1].Norm == "a" || toks[k-1].Norm == "an") {
					out = append(out, casualty{field, 1, sitrep.Span{Start: toks[k-1].Start, End: toks[i].End}, ""})
					break
				}
				continue
			}
			// "a man of 19 killed": one person of that age.
			if k-3 >= lo && toks[k-1].Norm == "of" && personNouns[toks[k-2].Norm] && (toks[k-3].Norm == "a" || toks[k-3].Norm == "an") {
				// "a man of 25 and his brother": two.
				n := 1
				if next+2 < i && toks[next].Norm == "and" && (toks[next+1].Norm == "his" || toks[next+1].Norm == "her") && onePerson[toks[next+2].Norm] {
					n = 2
				}
				out = append(out, casualty{field, n, sitrep.Span{Start: toks[k-3].Start, End: toks[i].End}, ""})
				break
			}
			// "Yousef Adel Hamdan, 19, was killed": a named person's age;
			// "The mother, 30, was pronounced dead": a role's.
			if k-2 >= lo && toks[k-1].Norm == "," && toks[k-2].Kind == normalize.Word && (toks[k-2].Upper || onePerson[toks[k-2].Norm] || personNouns[toks[k-2].Norm]) &&
				next < i && toks[next].Norm == "," {
				out = append(out, casualty{field, 1, sitrep.Span{Start: toks[k-2].Start, End: toks[i].End}, qualNamed})
				break
			}
			// "two of the 23 crew members were injured": the part, not the
			// whole; "one of the two men killed": the whole, the verb is
			// theirs.
			if k-3 >= lo && toks[k-1].Norm == "the" && toks[k-2].Norm == "of" && auxBetween(toks, k, i) {
				if m, next, ok := number(toks, k-3, true); ok && next == k-2 {
					n, k = m, k-3
				}
			}
			n, k = withTens(toks, lo, k, n)
			// "five U.S. service members and two U.S. contractors were
			// injured": both counts.
			if m, at, ok := countAnd(toks, lo, k); ok {
				n, k = n+m, at
			} else if a, ok := onePersonAnd(toks, lo, k); ok {
				// "A woman and her three grandchildren were killed": four.
				n, k = n+1, a
			} else if a, ok := oneRoleAndOthers(toks, lo, k); ok {
				// "senior IRGC adviser and two others killed": three.
				n, k = n+1, a
			}
			out = append(out, casualty{field, n, sitrep.Span{Start: toks[k].Start, End: toks[i].End}, ""})
			break
		}
	}
	return withoutNone(byPlace(toks, hi, gapped(toks, hi, weaponTokens, withoutRunning(toks, lo, hi, out))))
}

// withoutRunning drops the counts told over a period: "has killed 201 of
// its fighters since 8 October", "the deaths of 540 people so far". They
// are running totals, no attack's toll.
func withoutRunning(toks []normalize.Token, lo, hi int, out []casualty) []casualty {
	return slices.DeleteFunc(out, func(c casualty) bool {
		if c.N == 0 {
			return false
		}
		k := lo + sort.Search(hi-lo, func(k int) bool { return toks[lo+k].Start >= c.Span.End })
		for j := k; j < hi && j < k+8; j++ {
			switch toks[j].Norm {
			case "since":
				return !superlativeBefore(toks, k, j)
			case "so":
				if j+1 < hi && toks[j+1].Norm == "far" {
					return true
				}
			case ",", ";", ":", ".", "(", ")", "and", "when", "after", "as", "while":
				return false
			}
		}
		return false
	})
}

// auxBetween reports a finite verb of being between tokens k and i ("of
// the 23 crew members were injured"), where a participle right after its
// noun has none ("of the two men killed").
func auxBetween(toks []normalize.Token, k, i int) bool {
	return slices.ContainsFunc(toks[k+1:i], func(t normalize.Token) bool { return passiveAux[t.Norm] })
}

// noneBefore recognises "no casualties", "no US injuries", "without
// casualties", "no one was hurt", "nobody was killed", "none of them had
// been hurt".
func noneBefore(toks []normalize.Token, lo, i int) (int, int, bool) {
	// "no U.S. personnel were injured": the periods of an abbreviation
	// count as tokens.
	skipped := false
	for k := i - 1; k >= lo && k >= i-12; k-- {
		w := toks[k].Norm
		switch w {
		case "not":
			// "the pilot was not hurt", "did not result in any human
			// losses", "did not cause casualties"
			return 0, k, true
		case "no", "without", "zero":
			if k+1 < i && (toks[k+1].Norm == "immediate" && k+2 < i && toks[k+2].Norm != "casualties") {
				return 0, 0, false
			}
			return 0, k, true
		case "nobody", "one", "none", "neither":
			// "Neither caused injuries": the two attacks just told.
			if w == "one" && (k == lo || toks[k-1].Norm != "no") {
				return 0, 0, false
			}
			if w == "one" {
				return 0, k - 1, true
			}
			return 0, k, true
		case "them", "whom":
			// "none of them had been hurt"
			if k-2 >= lo && toks[k-1].Norm == "of" && toks[k-2].Norm == "none" {
				return 0, k - 2, true
			}
			return 0, 0, false
		case "the":
			// "none of the crew was hurt"
			if k-2 >= lo && toks[k-1].Norm == "of" && toks[k-2].Norm == "none" {
				return 0, k - 2, true
			}
			// "no member of the crew was injured"
			if k-2 >= lo && toks[k-1].Norm == "of" && (toks[k-2].Norm == "member" || toks[k-2].Norm == "members") {
				continue
			}
			// "Neither the warships nor ... anyone hurt"
			if k-1 >= lo && toks[k-1].Norm == "neither" {
				return 0, k - 1, true
			}
			return 0, 0, false
		case "was", "were", "reported", "immediate", "us", "american", "u", "s", ".", "civilian", "military", "personnel", "serious", "major", "known", "been", "any", "have", "has", "or", "and", "damage",
			"recording", "causing", "caused", "cause", "human", "resulting", "leaving", "troops", "soldiers", "people", "had", "making",
			"civilians", "members", "service", "servicemembers", "forces", "coalition", "staff", "crew", "sailors",
			"seafarers", "passengers", "residents", "mariners", "mariner", "sailor", "workers", "employees", "guards", "contractors",
			// "no member of its crew had been injured", "did not result in
			// any human losses"
			"member", "of", "its", "their", "in", "result", "results", "resulted",
			// "no one aboard any vessel was injured", "Neither the warships
			// nor any merchant vessel reported damage or anyone hurt"
			"aboard", "board", "vessel", "vessels", "ship", "ships", "merchant", "warships", "nor", "anyone", "anybody", "on",
			"firefighters", "rescuers", "officers", "police", "policemen",
			// "none of the 23 crew members suffered injury"
			"suffered", "sustained":
			continue
		case "reports":
			// "There were no reports of anyone hurt"; "no reports of
			// casualties" says only that none were reported.
			if k+2 < i && toks[k+1].Norm == "of" && (toks[k+2].Norm == "anyone" || toks[k+2].Norm == "anybody") {
				continue
			}
			return 0, 0, false
		default:
			// "None of the 23 crew members suffered injury", "none of the
			// 22 people aboard was hurt": all of them, unhurt.
			if (toks[k].Kind == normalize.Number || is(&toks[k], cNumber)) && k-3 >= lo && toks[k-1].Norm == "the" &&
				toks[k-2].Norm == "of" && toks[k-3].Norm == "none" {
				return 0, k - 3, true
			}
			// "none of the firefighters or soldiers who reached the street
			// afterwards was harmed": past a relative clause, once.
			if !skipped {
				for j := k - 1; j >= lo && j >= k-8; j-- {
					if r := toks[j].Norm; r == "who" || r == "that" || r == "which" {
						k, skipped = j, true
						break
					}
				}
				if skipped {
					continue
				}
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// countNouns after a casualty word make it a word about information: "no
// casualty figures", "no casualty count".
var countNouns = map[string]bool{"figures": true, "figure": true, "count": true, "counts": true, "numbers": true,
	"toll": true, "tolls": true, "details": true, "estimate": true, "estimates": true, "information": true, "data": true}

func unitAfter(toks []normalize.Token, next, hi int) bool {
	if next >= hi {
		return false
	}
	switch toks[next].Norm {
	case "times", "km", "kilometers", "kilometres", "miles", "percent", "%":
		return true
	}
	// "eleven sheep were killed": animals, no people.
	return animals[toks[next].Norm]
}

// peopleAfterAnimals reads "30 sheep and a shepherd", "dozens of goats and
// two farmers" at j: the count of the people (1, 2), from where they start
// to where they end.
func peopleAfterAnimals(toks []normalize.Token, j, hi int) (int, int, int, bool) {
	k := j
	if _, next, ok := number(toks, j, true); ok {
		k = next
	} else if vagueCounts[toks[j].Norm] > 0 && j+1 < hi && toks[j+1].Norm == "of" {
		k = j + 2
	}
	if k+2 >= hi || !animals[toks[k].Norm] || toks[k+1].Norm != "and" {
		return 0, 0, 0, false
	}
	at := k + 2
	if w := toks[at].Norm; (w == "a" || w == "an" || possessives[w] || w == "the") && at+1 < hi && (personNouns[toks[at+1].Norm] || onePerson[toks[at+1].Norm]) {
		return 1, at, at + 2, true
	}
	if m, next, ok := number(toks, at, true); ok && next < hi && peopleNoun(toks[next].Norm) {
		return m, at, next + 1, true
	}
	return 0, 0, 0, false
}

var animals = map[string]bool{"sheep": true, "goats": true, "cows": true, "cattle": true, "camels": true, "horses": true,
	"donkeys": true, "livestock": true, "chickens": true, "animals": true, "head": true}

// namedVictims counts "a senior commander of X and one of his aides" (2),
// "a commander and two other members" (3), "a commander" (1), starting at
// toks[i]; "a number of fighters" is no count.
func namedVictims(toks []normalize.Token, i, hi int) (int, int, bool) {
	switch toks[i].Norm {
	case "a", "an", "one":
	default:
		// "Saleh al-Arouri and six other people", "al-Arouri and six others"
		if i < hi && toks[i].Kind == normalize.Word && (toks[i].Upper || toks[i].Norm == "al" || toks[i].Norm == "el") {
			return namedAndOthers(toks, i, hi)
		}
		return 0, 0, false
	}
	if i+1 < hi {
		switch toks[i+1].Norm {
		case "number", "few", "dozen", "lot", "total", "further":
			return 0, 0, false
		case "family", "group":
			// "killed a family of five": five.
			if i+3 < hi && toks[i+2].Norm == "of" {
				if m, next, ok := number(toks, i+3, false); ok && m < 100 {
					return m, next, true
				}
			}
		}
	}
	n, end := 1, i+1
	for k := i + 1; k < hi && k < i+18; k++ {
		w := toks[k].Norm
		// "a Hamas commander, his wife and their two daughters": one more
		// person for each of a list's kin.
		if w == "," && k+2 < hi && possessives[toks[k+1].Norm] && onePerson[toks[k+2].Norm] {
			n, k, end = n+1, k+2, k+3
			continue
		}
		if w == "," || w == "." || w == ";" || w == ":" {
			break
		}
		end = k + 1
		if w == "and" && k+1 < hi {
			at := k + 1
			// "a woman and her two children"
			if p := toks[at].Norm; (p == "her" || p == "his" || p == "their") && at+1 < hi {
				at++
			}
			if m, next, ok := number(toks, at, false); ok && m < 100 {
				return n + m, next, true
			}
			// "a senior commander ... and another member": two.
			if toks[k+1].Norm == "another" {
				return n + 1, min(k+3, hi), true
			}
		}
	}
	return n, end, true
}

// onePersonAnd reports one person named before the count at token k: "a
// woman and her three grandchildren", "a father and his two sons", "a
// grandmother and three of her granddaughters"; it returns where the
// person starts ("a").
func onePersonAnd(toks []normalize.Token, lo, k int) (int, bool) {
	j := k - 1
	if j >= lo && possessives[toks[j].Norm] {
		j--
	}
	if j < lo || toks[j].Norm != "and" {
		return 0, false
	}
	for a := j - 1; a >= lo && a >= j-4; a-- {
		switch w := toks[a].Norm; {
		case w == "a" || w == "an":
			return a, a < j-1
		case toks[a].Kind != normalize.Word || toks[a].Kind == normalize.Number || w == "the" || w == "and":
			return 0, false
		}
	}
	return 0, false
}

// oneRoleAndOthers reports one person named by a role without an article
// before "and" and a count of others at token k, as a log's lines write
// it: "senior IRGC adviser and two others killed". It returns where the
// role starts: after a colon or semicolon, or at the sentence's start.
func oneRoleAndOthers(toks []normalize.Token, lo, k int) (int, bool) {
	j := k - 1
	if j-1 < lo || toks[j].Norm != "and" || k+1 >= len(toks) || toks[k+1].Norm != "others" {
		return 0, false
	}
	role := toks[j-1]
	if role.Kind != normalize.Word || role.Upper || strings.HasSuffix(role.Norm, "s") || !onePerson[role.Norm] && !roleNouns[role.Norm] {
		return 0, false
	}
	for a := j - 1; a >= lo && a >= j-5; a-- {
		if possessives[toks[a].Norm] || toks[a].Kind == normalize.Punct {
			return 0, false // "he, his infant daughter and two others": a list
		}
		if a == lo || toks[a-1].Norm == ";" || toks[a-1].Norm == ":" {
			return a, true
		}
	}
	return 0, false
}

// roleNouns name one person by office, for oneRoleAndOthers.
var roleNouns = map[string]bool{"adviser": true, "advisor": true, "officer": true, "official": true, "leader": true,
	"general": true, "colonel": true, "soldier": true, "fighter": true, "member": true, "civilian": true,
	"journalist": true, "photographer": true, "paramedic": true, "cameraman": true}

// namedAndOthers counts "al-Arouri and six other people", "Shukr and two
// others" (7, 3) from the name at toks[i]: a name alone is no count.
func namedAndOthers(toks []normalize.Token, i, hi int) (int, int, bool) {
	for k := i + 1; k < hi && k < i+6; k++ {
		if toks[k].Norm != "and" {
			switch w := toks[k].Norm; {
			case nameJoiners[w]:
			case toks[k].Kind == normalize.Word && toks[k].Upper:
			default:
				return 0, 0, false
			}
			continue
		}
		m, next, ok := number(toks, k+1, false)
		if !ok || m >= 100 || next >= hi {
			return 0, 0, false
		}
		switch toks[next].Norm {
		case "other", "others", "more":
			end := next + 1
			if toks[next].Norm == "other" && end < hi && toks[end].Kind == normalize.Word {
				end++ // "other people"
			}
			return 1 + m, end, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// possessives stand before one person named by role: "its driver".
var possessives = map[string]bool{"its": true, "his": true, "her": true, "their": true}

// roleDeterminer reports a word that makes the role after it one known
// person: "its driver", "the driver", "their two riders".
func roleDeterminer(w string) bool { return possessives[w] || w == "the" }

// onePerson are roles and kin that name one person after a possessive.
var onePerson = map[string]bool{"driver": true, "rider": true, "pilot": true, "owner": true, "son": true,
	"daughter": true, "wife": true, "husband": true, "brother": true, "sister": true, "father": true,
	"mother": true, "child": true, "companion": true, "bodyguard": true, "guard": true, "aide": true,
	"deputy": true, "commander": true, "escort": true, "passenger": true, "colleague": true}

// personNouns name one person whose age may follow between commas: "the
// woman, 30,", "a farmer, 62,".
var personNouns = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "teenager": true,
	"farmer": true, "shepherd": true, "fisherman": true, "journalist": true, "photographer": true,
	"paramedic": true, "medic": true, "student": true, "worker": true, "labourer": true, "laborer": true,
	"soldier": true, "officer": true, "civilian": true, "youth": true, "grandfather": true, "grandmother": true}

// ofCountWords are followed by "of" and the count of the people killed or
// hurt: "the death of six", "the martyrdom of 7", "the injury of two".
var ofCountWords = map[string]bool{"death": true, "deaths": true, "killing": true, "martyrdom": true,
	"wounding": true, "injury": true, "injuring": true}

// unharmedWords say that people came to no harm.
var unharmedWords = map[string]bool{"unharmed": true, "unhurt": true, "uninjured": true}

// safeAt reports "safe", "safely" or "well" at toks[i] saying that people
// came to no harm: "its staff were safe", "all crew are reported safe",
// "the crew were evacuated safely", "All crew reported well"; not "a safe
// house", "keep the waters safe", "as well".
func safeAt(toks []normalize.Token, lo, i int) bool {
	if i == lo {
		return false
	}
	switch toks[i].Norm {
	case "well":
		// "All crew reported well", as maritime advisories write it.
		switch toks[i-1].Norm {
		case "reported", "are", "were":
			return i+1 >= len(toks) || toks[i+1].Kind == normalize.Punct || toks[i+1].Norm == "and"
		}
	case "safe":
		switch toks[i-1].Norm {
		case "were", "are", "was", "is", "remained", "remain", "reported", "be", "been":
			return true
		}
	case "safely":
		switch toks[i-1].Norm {
		case "evacuated", "rescued", "disembarked", "out", "escaped", "left", "ashore", "abandoned":
			return true
		}
	}
	return false
}

// wholeGroupBefore reports a whole group as the subject before token i:
// "all 22 crew were", "the crew escaped", "everyone on board was", across
// an apposition between commas.
func wholeGroupBefore(toks []normalize.Token, lo, i int) bool {
	// "all 22 seafarers, most of them Indian nationals, were unharmed"
	for k := i - 1; k >= lo && k >= i-12; k-- {
		switch toks[k].Norm {
		case "all", "everyone", "everybody", "crew", "crews", "staff", "personnel", "passengers", "sailors", "seafarers":
			return true
		case ";", ".", "but", "and":
			return false
		}
	}
	return false
}

// qualifierWords may stand between a casualty verb and its count.
var qualifierWords = map[string]bool{
	"at": true, "least": true, "more": true, "than": true, "some": true, "about": true,
	"nearly": true, "up": true, "to": true, "around": true, "approximately": true, "over": true,
}

// tollList follows a toll that a list distributes over places: the kind
// of the last casualty count told, and field once the list opens: the
// count's sentence ends in a colon, or the next one does and announces a
// breakdown ("They are distributed as follows:").
type tollList struct {
	last, field string
	age         int       // sentences since the last count
	toll        *sentence // the sentence of the last count
}

// next updates l with sentence s, which is no list item.
func (l tollList) next(toks []normalize.Token, s *sentence) tollList {
	l.field = ""
	if len(s.Casualties) > 0 {
		l.last, l.age, l.toll = s.Casualties[len(s.Casualties)-1].Field, 0, s
	} else {
		l.age++
	}
	// "They are distributed as follows:" announces a breakdown.
	if l.last != "" && s.Last > s.First && toks[s.Last-1].Norm == ":" &&
		(l.age == 0 || l.age == 1 && hasWord(toks, s.First, s.Last, "follows", "distributed", "breakdown", "divided", "broken")) {
		l.field = l.last
	}
	return l
}

// listItem reports whether tokens [first, last) open with a bullet.
func listItem(toks []normalize.Token, first, last int) bool {
	if first >= last {
		return false
	}
	switch toks[first].Norm {
	case "-", "•", "*", "–":
		return true
	}
	return false
}

// bulletItem reports whether tokens [first, last) open with a bullet or
// a number and a dash, bracket or period ("1- the base of al-Rukban",
// "2) the base of al-Tanf").
func bulletItem(toks []normalize.Token, first, last int) bool {
	if listItem(toks, first, last) {
		return true
	}
	if first+1 >= last || toks[first].Kind != normalize.Number || len(toks[first].Norm) > 2 {
		return false
	}
	switch toks[first+1].Norm {
	case "-", ")", ".", "–":
		return true
	}
	return false
}

// targetList is a sentence that ends in a colon after an attack word,
// whose list items name its targets, and the kind of its attack.
type targetList struct {
	*sentence
	category string
}

// listCount reads the count a list item opens with, "- 14 in Albukamal",
// as a casualty of field.
func listCount(toks []normalize.Token, first, last int, field string) (casualty, bool) {
	if field == "" || !listItem(toks, first, last) || first+2 >= last {
		return casualty{}, false
	}
	n, next, ok := number(toks, first+1, true)
	if !ok || next >= last || toks[next].Norm != "in" && toks[next].Norm != "at" {
		return casualty{}, false
	}
	return casualty{Field: field, N: n, Span: sitrep.Span{Start: toks[first+1].Start, End: toks[next-1].End}}, true
}

// countAnd finds the counts of a list of people that ends with the count
// at token k: "five U.S. service members and [two contractors]", "three
// women, four children and [two men]". It returns their sum and where the
// first starts.
func countAnd(toks []normalize.Token, lo, k int) (int, int, bool) {
	sum, at, sep := 0, k, "and"
	for at-2 >= lo && toks[at-1].Norm == sep && peopleNoun(toks[at-2].Norm) {
		found := false
		for j := at - 3; j >= lo && j >= at-8; j-- {
			t := toks[j]
			if t.Kind == normalize.Punct && t.Norm != "." && t.Norm != "-" {
				break
			}
			if n, next, ok := number(toks, j, true); ok && next < at-1 {
				// "killed 3 soldiers and 2 were injured": the first
				// count is the killing's.
				if objectOfToll(toks, lo, j) {
					break
				}
				n, j = withTens(toks, lo, j, n)
				sum, at, found = sum+n, j, true
				break
			}
		}
		if !found {
			break
		}
		sep = ","
	}
	return sum, at, at < k
}

// sideOf returns the word naming the side a sentence's counts are of:
// "israeli" in "No injuries were reported on the Israeli side", right after
// a count; "" when there is none ("the outpost on the Syrian side of the
// border" places the outpost).
func sideOf(toks []normalize.Token, lo, hi int, cs []casualty) string {
	for k := lo; k+3 < hi; k++ {
		if toks[k].Norm != "on" || toks[k+1].Norm != "the" || toks[k+3].Norm != "side" || !toks[k+2].Upper {
			continue
		}
		for _, c := range cs {
			// At most four words from the count's end: "No injuries were
			// reported on the Israeli side".
			n := 0
			for j := k - 1; j >= lo && toks[j].Start >= c.Span.End; j-- {
				n++
			}
			if toks[k].Start >= c.Span.End && n <= 4 {
				return toks[k+2].Norm
			}
		}
	}
	return ""
}

// humanLosses tells "losses" at i that are of lives: "human losses",
// "losses in the lives", and bare "without losses", "without recording
// any losses", as the Arabic press writes it (not "material losses").
func humanLosses(toks []normalize.Token, lo, i, hi int) bool {
	if i > lo && toks[i-1].Norm == "human" {
		return true
	}
	k := i + 1
	if k < hi && (toks[k].Norm == "in" || toks[k].Norm == "of") {
		if k+1 < hi && toks[k+1].Norm == "the" {
			k++
		}
		return k+1 < hi && (toks[k+1].Norm == "lives" || toks[k+1].Norm == "souls")
	}
	for k = i - 1; k >= lo && k >= i-3; k-- {
		switch toks[k].Norm {
		case "any", "recording", "causing", "registering", "inflicting", "leaving":
			continue
		case "no", "without":
			return true
		}
		return false
	}
	return false
}

// clockNumber reports whether the number toks[k:next] tells the time of
// day: "At 11:30 p.m. guards were wounded", "at 0830 GMT", "at 9 am";
// not "the toll for the day: 12 killed".
func clockNumber(toks []normalize.Token, k, next int) bool {
	if k > 1 && toks[k-1].Norm == ":" && toks[k-2].Kind == normalize.Number && toks[k].Kind == normalize.Number &&
		toks[k-2].End == toks[k-1].Start && toks[k-1].End == toks[k].Start {
		return true
	}
	if next >= len(toks) {
		return false
	}
	switch toks[next].Norm {
	case ":":
		return next+1 < len(toks) && toks[next+1].Kind == normalize.Number && toks[next].Start == toks[next-1].End &&
			toks[next+1].Start == toks[next].End
	case "am", "pm", "gmt", "utc", "hrs", "hours", "local":
		return true
	case "a", "p":
		return next+2 < len(toks) && toks[next+1].Norm == "." && toks[next+2].Norm == "m"
	}
	return false
}

// attainWords are the verbs of "achieved martyrdom", as statements
// translated from Arabic and Persian tell their dead.
var attainWords = map[string]bool{"achieved": true, "attained": true, "gained": true, "obtained": true,
	"reached": true, "won": true, "earned": true, "achieve": true, "attain": true}

// attainedMartyrdom reads the dead of "N (from the) ... achieved (the lofty
// degree of) martyrdom", "martyrdom" at token i: the count that opens the
// verb's subject, in the same clause.
func attainedMartyrdom(toks []normalize.Token, lo, i int, weaponTokens map[int]bool) (casualty, bool) {
	v := -1
	for k := i - 1; k >= lo && k >= i-5; k-- {
		if attainWords[toks[k].Norm] {
			v = k
			break
		}
	}
	if v < 0 {
		return casualty{}, false
	}
	at := -1
	for k := v - 1; k >= lo && k >= v-12; k-- {
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" && toks[k].Norm != "'" {
			break
		}
		if _, _, ok := number(toks, k, true); ok && !weaponTokens[k] {
			at = k
		}
	}
	if at < 0 {
		return casualty{}, false
	}
	n, next, _ := number(toks, at, true)
	if clockNumber(toks, at, next) || unitAfter(toks, next, i) {
		return casualty{}, false
	}
	return casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[at].Start, End: toks[i].End}, ""}, true
}

// nameJoiners join the parts of Arabic names: "Abu Ali al-Hakim".
var nameJoiners = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "abu": true, "-": true, "abd": true}

// nameBefore reports a man's name of two capitalised words or more that
// ends before token k and starts its clause: "Ali Hussein Sweid was
// killed", "Commander Ali Jaber was killed".
func nameBefore(toks []normalize.Token, lo, k int) (int, bool) {
	j, n := k, 0
	for j > lo && (toks[j-1].Kind == normalize.Word && toks[j-1].Upper && !toks[j-1].Possessive || nameJoiners[toks[j-1].Norm] && n > 0) {
		j--
		if toks[j].Upper {
			n++
		}
	}
	if n < 2 || j > lo && toks[j-1].Kind != normalize.Punct && toks[j-1].Norm != "that" && toks[j-1].Norm != "said" {
		return 0, false
	}
	return j, true
}

// warWide reports a count of the whole war in the clause of the casualty
// word at token i: "cumulative", or "in the war", "for the war", "since
// the war" with no attack named in the clause ("killed in the war's
// deadliest strike" is one attack's).
func warWide(toks []normalize.Token, lo, i, hi int) bool {
	first, last := i, i+1
	for first > lo && !clauseMark(toks[first-1].Norm) {
		first--
	}
	for last < hi && !clauseMark(toks[last].Norm) {
		last++
	}
	war := false
	for k := first; k < last; k++ {
		switch toks[k].Norm {
		case "cumulative":
			return true
		case "war", "conflict":
			// Not "in the war's northern arena", "in the war-torn town".
			if k-2 >= first && toks[k-1].Norm == "the" && !toks[k].Possessive && (k+1 >= last || toks[k+1].Norm != "-") {
				switch toks[k-2].Norm {
				case "in", "for", "of", "since", "during", "throughout":
					war = true
				}
			}
		}
		if is(&toks[k], cAttack|cWeapon) {
			return false
		}
	}
	return war
}

func clauseMark(w string) bool { return w == "," || w == ";" || w == "." || w == ":" }

// severityWords tell how bad a wound is.
var severityWords = map[string]bool{"light": true, "minor": true, "slight": true, "moderate": true, "serious": true,
	"severe": true, "critical": true, "superficial": true}

// peopleCountBefore reads the count of people that ends at token k
// ("three people", "two") and returns it with the offset it starts at.
func peopleCountBefore(toks []normalize.Token, lo, k int) (int, int, bool) {
	end := k
	if end-1 >= lo && peopleNoun(toks[end-1].Norm) {
		end--
	}
	for start := max(lo, end-3); start < end; start++ {
		if n, next, ok := number(toks, start, true); ok && next == end {
			return n, toks[start].Start, true
		}
	}
	return 0, 0, false
}

// numberKilledTo reads the count of "the number of people killed in
// Monday's strike to eight" from "number" at i: the casualty and the token
// after the count.
func numberKilledTo(toks []normalize.Token, i, hi int) (casualty, int, bool) {
	killed, attack := false, false
	for k := i + 2; k < hi && k < i+14 && toks[k].Kind != normalize.Punct; k++ {
		killed = killed || is(&toks[k], cKill)
		attack = attack || attackWords[toks[k].Norm]
		// "the number of journalists killed in Gaza since October 2023":
		// a running total, no attack's.
		if w := toks[k].Norm; w == "since" || w == "war" || w == "year" || w == "month" || w == "week" {
			break
		}
		if killed && attack && toks[k].Norm == "to" {
			if n, next, ok := number(toks, k+1, true); ok && !unitAfter(toks, next, hi) {
				return casualty{sitrep.FieldFatalities, n, sitrep.Span{Start: toks[i-2].Start, End: toks[next-1].End}, ""}, next, true
			}
			break
		}
	}
	return casualty{}, 0, false
}
