package extract

import (
	"github.com/sitrep/sitrep/normalize"
)

// asides returns the token ranges of [lo, hi) that only describe: a
// relative clause (", which ...", ", where ..."), a motive ("in response to
// ..."), a route ("between X and Y"), a holder's location ("officials in X").
func asides(toks []normalize.Token, lo, hi int) [][2]int {
	var out [][2]int
	until := func(k int) int {
		for j := k; j < hi; j++ {
			switch toks[j].Norm {
			case ".":
				// "U.S.": letters and periods go on.
				if abbrevDot(toks, lo, j) {
					continue
				}
				return j
			case ",", ";", ":", "(", ")", "—", "–":
				return j
			}
		}
		return hi
	}
	motiveTail := -1 // the end of the last item of a motive's list
	for i := lo; i < hi; i++ {
		if !is(&toks[i], cAsideCue|cFound|cHolder|cEvent|cAsideFirst) {
			continue // none of the tests below starts at this word
		}
		w := toks[i].Norm
		// A relative clause after an aside is the aside's: "in retaliation
		// for the strike on its consulate on April 1, which killed seven
		// officers".
		// Not a name the speaker gives what was just told: "at the
		// airport, which it refers to as Lod airport".
		if w == "," && i+1 < hi && (toks[i+1].Norm == "which" || toks[i+1].Norm == "where") && (!underway(toks, i+2, hi) || motiveEnds(toks, out, i)) &&
			!(renaming(toks, i+2, hi) && !motiveEnds(toks, out, i)) {
			// "The governor visited Gwoza, where three suicide attacks on
			// Saturday claimed 32 lives": the clause is the news when
			// nothing before it is an attack.
			if end := until(i + 2); !(toks[i+1].Norm == "where" && attackBetween(toks, i+2, end) && !attackBetween(toks, lo, i)) {
				out = append(out, [2]int{i + 1, end})
			}
			continue
		}
		// "In revenge for the blood of the commander and his companions, who
		// rose martyrs by the American aggression in the east of Baghdad":
		// who the motive's dead were.
		if w == "," && i+1 < hi && toks[i+1].Norm == "who" && motiveEnds(toks, out, i) {
			out = append(out, [2]int{i + 1, until(i + 2)})
			continue
		}
		// "in answer to the aggressions on the villages of the South, of
		// Bekaa and of the southern suburb", "..., of Bekaa, and of
		// Nabatieh": the motive's list goes on.
		if w == "," && i+1 < hi && (motiveEnds(toks, out, i) || i == motiveTail) {
			j := i + 1
			if toks[j].Norm == "and" && j+1 < hi {
				j++
			}
			if toks[j].Norm == "of" {
				motiveTail = until(j + 1)
				out = append(out, [2]int{i + 1, motiveTail})
				continue
			}
		}
		// "in response to the Zionist attacks on the southern villages,
		// the latest of which was the aggression on Aita al-Shaab": the
		// motive's last attack, not the one claimed.
		// "..., the last of them the horrible massacre in the Nuseirat
		// camp": so in translation.
		if w == "," && i+4 < hi && toks[i+1].Norm == "the" && (toks[i+2].Norm == "latest" || toks[i+2].Norm == "last") &&
			toks[i+3].Norm == "of" && (toks[i+4].Norm == "which" || toks[i+4].Norm == "them" || toks[i+4].Norm == "these") && motiveEnds(toks, out, i) {
			out = append(out, [2]int{i + 1, until(i + 5)})
			continue
		}
		// "a drone struck the cell that had fired an anti-tank missile at an
		// army post near Avivim": where the target fired, not where it
		// was struck.
		// "the men who had fired it on the edge of Aitaroun": the edge is
		// where they were struck.
		if (w == "that" || w == "who") && i > lo && !is(&toks[i-1], cSpeech) && firedAfter(toks, i+1, hi) &&
			hasWord(toks, lo, i, "struck", "targeted", "hit", "bombed", "killed", "attacked", "shelled", "raided") {
			out = append(out, [2]int{i, firedEnd(toks, i+1, until(i+1))})
			continue
		}
		// "forces found the launcher, loaded with three more rockets, near
		// the town of al-Baghdadi": where weapons were found, not where
		// they struck, to the end of the clause across its commas.
		if is(&toks[i], cFound) && launcherWithin(toks, i+1, min(hi, i+16)) {
			out = append(out, [2]int{i, foundEnd(toks, i+1, hi)})
			continue
		}
		// "shot down over farmland east of the airstrip, on the road to
		// al-Jawadiyah": where the road goes ("taken by road to" is left
		// to the destination rules).
		if w == "road" && i > lo && toks[i-1].Norm == "the" && i+2 < hi && toks[i+1].Norm == "to" {
			out = append(out, [2]int{i + 1, until(i + 2)})
			continue
		}
		// "In continuation of our approach in resisting the American
		// occupation forces in Iraq and the region, ...": a group's
		// preamble, where its cause lies, not where it struck.
		if w == "resisting" && i+1 < hi {
			out = append(out, [2]int{i, until(i + 1)})
			continue
		}
		// "near the junction leading to the neighbouring village of Maroun
		// al-Ras": where the road goes, not where the car was hit.
		if (w == "leading" || w == "leads") && i+1 < hi && toks[i+1].Norm == "to" {
			out = append(out, [2]int{i, until(i + 1)})
			continue
		}
		// "a bulk carrier carrying grain to Aden": the cargo's destination.
		if w == "carrying" || w == "delivering" || w == "transporting" {
			for j := i + 1; j < hi && j <= i+5; j++ {
				if t := toks[j]; t.Kind == normalize.Punct {
					break
				} else if t.Norm == "to" {
					out = append(out, [2]int{j, until(j)})
					break
				}
			}
		}
		if is(&toks[i], cHolder) && i+1 < hi && toks[i+1].Norm == "in" && !(heldTarget(toks, lo, i, false) && !divisionWithin(toks, i+2, min(hi, i+6))) &&
			!(vicinityAt(toks, i+1, hi) && heldTarget(toks, lo, i, true)) && !victimsBefore(toks, lo, i) {
			// "its proxies in Iraq, Syria, Yemen and Lebanon": the list too;
			// but "Officials in Ituri province said a drone struck ...": the
			// places only, not what the holders said or did.
			end := clauseEnd(toks, i+2, until(i+2))
			for end+1 < hi && toks[end].Norm == "," && toks[end+1].Kind == normalize.Word && toks[end+1].Upper {
				end = clauseEnd(toks, end+1, until(end+1))
			}
			// "launched by Iranian-backed militants in western Iraq at
			// Al-Asad Airbase": the target is no holder's place.
			for j := i + 2; j < end; j++ {
				if w := toks[j].Norm; w == "at" || w == "against" || w == "toward" || w == "towards" || w == "targeting" {
					end = j
					break
				}
			}
			out = append(out, [2]int{i + 1, end})
			continue
		}
		// "U.S. aircraft struck three sites ... early on Tuesday, hours
		// after a drone attack on a base in Erbil wounded three American
		// service members": the attack answered, context, toll included.
		if w == "after" && i+2 < hi && i-1 > lo && timeBefore[toks[i-1].Norm] && (toks[i+1].Norm == "a" || toks[i+1].Norm == "an") &&
			attackNounWithin(toks, i+2, hi) && verbAttackBetween(toks, lo, i) {
			out = append(out, [2]int{i, until(i + 1)})
			continue
		}
		// "only days after U.S. jets bombed sites near Abu Kamal", "weeks
		// after the Hamas attack on Israel": an attack some days before,
		// context.
		// With a count ("two days after Iran hit ...") the earlier attack
		// is dated and told; without one it is only context.
		if w == "after" && i+2 < hi && i-1 > lo && (toks[i-1].Norm == "days" || toks[i-1].Norm == "weeks" || toks[i-1].Norm == "months") &&
			!countedBefore(toks, lo, i-1) &&
			(toks[i+1].Norm == "the" && attackNounWithin(toks, i+2, hi) || verbAttackBetween(toks, i+1, min(hi, i+7))) {
			out = append(out, [2]int{i, until(i + 1)})
			continue
		}
		// "after the January 20 missile attack on Ain al-Assad": an attack
		// dated before, context.
		if (w == "after" || w == "since") && i+3 < hi && toks[i+1].Norm == "the" && datedNoun(toks, i+2) {
			out = append(out, [2]int{i + 1, until(i + 2)})
			continue
		}
		// "after a deal signed in Washington", "talks held in Doha": where
		// another kind of event took place.
		// Not the event an attack struck: "opened fire on a rally in Kirkuk".
		if is(&toks[i], cEvent) && !struckBefore(toks, i) {
			for j := i + 1; j < hi && j <= i+4; j++ {
				if t := toks[j]; t.Kind == normalize.Punct || attackWords[t.Norm] {
					break
				} else if t.Norm == "in" || t.Norm == "at" {
					out = append(out, [2]int{j, until(j)})
					break
				}
			}
		}
		if !is(&toks[i], cAsideFirst) {
			continue
		}
		for _, p := range asideByFirst[w] {
			// "some eight kilometres from the Harir base": a distance, not
			// where the attack came from.
			// "the death toll from Sunday's strike": whose toll.
			if p[0] == "from" && i > lo && (kmPerUnit[toks[i-1].Norm] > 0 || toks[i-1].Norm == "metres" || toks[i-1].Norm == "meters" ||
				toks[i-1].Norm == "toll" || toks[i-1].Norm == "casualties") {
				break
			}
			// "on the Syrian-Jordanian border with a drone": the weapon,
			// not the country across.
			if (p[0] == "border" || p[0] == "borders") && i+3 < hi && (toks[i+2].Norm == "a" || toks[i+2].Norm == "an" || toks[i+2].Kind == normalize.Number || smallNumbers[toks[i+2].Norm] > 0) {
				break
			}
			// "after midnight between Thursday and Friday", "between 8 and
			// 9 p.m.": a time, not a route.
			if p[0] == "between" && i+1 < hi && timeWord(toks[i+1]) {
				break
			}
			// "hit the surgical building of Nasser hospital in Khan Younis":
			// the hospital struck, not where the wounded went.
			if (p[0] == "hospital" || p[0] == "complex" || p[0] == "clinic") && buildingStruck(toks, lo, i) {
				break
			}
			if end, ok := matchWords(toks, i, hi, p); ok {
				stop := until(end)
				// "launched from Iraq": a few words only. "between Qamishli and
				// Amude": the road runs from the first; the second only says where.
				if p[0] == "from" {
					// "from the direction of the occupied Syrian Golan", "from an
					// area north of the Lebanese village of Chebaa": longer.
					n, described := 6, false
					if end+2 < hi && (toks[end].Norm == "the" || toks[end].Norm == "an" || toks[end].Norm == "a") {
						// "from the Houthi-held part of Yemen over the Red
						// Sea": to the end of the part's name.
						for k := end + 1; k < hi && k <= end+4; k++ {
							if originNouns[toks[k].Norm] {
								n, described = 12, k > end+1
								break
							}
						}
					}
					stop = min(stop, end+n)
					// "killed by fire from an Israeli quadcopter in Rafah":
					// who fired, then where the victim was.
					// Not "fire from an Israeli position near Metula", where
					// the shots came from.
					if i > lo && toks[i-1].Norm == "fire" {
						for j := end + 1; j < stop; j++ {
							if w := toks[j].Norm; (w == "in" || w == "at") && (groundForces[toks[j-1].Norm] || is(&toks[j-1], cWeapon)) {
								stop = j
								break
							}
						}
					}
					// "a rocket fired from Lebanon hit Metula": the origin
					// ends where the sentence goes on.
					for j := end; j < stop; j++ {
						if w := toks[j].Norm; originEnds[w] || (w == "toward" || w == "towards") && aimedFrom(toks, i, j+1, hi) || described && (w == "over" || w == "into") {
							stop = j
							break
						}
					}
				}
				// "a truck driver transporting aid bound for Gaza shot and
				// killed two soldiers": the destination ends where the
				// sentence's verb comes.
				if p[0] == "bound" || p[0] == "destined" || p[0] == "en" || p[0] == "sailing" {
					near := -1
					for j := end; j < stop; j++ {
						if is(&toks[j], cAttack|cKill) || passiveAux[toks[j].Norm] || toks[j].Norm == "had" || toks[j].Norm == "opened" {
							near = -1
							stop = j
							break
						}
						if near < 0 && j > end && (toks[j].Norm == "near" || toks[j].Norm == "outside" || toks[j].Norm == "between") {
							near = j
						}
					}
					// "opened fire on an aid convoy bound for Suwayda near
					// Busra al-Harir": with no verb after it, the convoy was
					// hit where the sentence goes on; "bound for Kafr Nabl
					// near Maarat al-Numan was hit" still tells the
					// destination.
					if near >= 0 {
						stop = near
					}
				}
				// "struck a car between Hama and Homs on Thursday": the day
				// is the attack's, not the road's.
				if p[0] == "between" {
					for j := end; j+1 < stop; j++ {
						if w := toks[j].Norm; (w == "on" || w == "early" || w == "late") && dayWordIn(toks, j+1, min(j+3, stop)) {
							stop = j
							break
						}
					}
				}
				// "in response to the massacres in Gaza, and to the American
				// aggression on our people in Al-Qa'im, the Mujahideen...":
				// the motive goes on after the comma.
				if p[len(p)-1] == "to" || p[len(p)-1] == "for" {
					for stop+2 < hi && toks[stop].Norm == "," && toks[stop+1].Norm == "and" && toks[stop+2].Norm == p[len(p)-1] {
						stop = until(stop + 3)
					}
					// "in response to the attacks on US service members,
					// including the drone attack on Tower 22": the motive
					// still; "including Tuesday's attack on Ain al-Asad" tells
					// an attack of its day.
					for stop+1 < hi && toks[stop].Norm == "," && (toks[stop+1].Norm == "including" || toks[stop+1].Norm == "notably") &&
						!dayWordIn(toks, stop+2, until(stop+2)) {
						stop = until(stop + 2)
					}
					// "..., and especially the criminal assassination that the
					// enemy committed in the town of Tayr Dibba, the mujahideen
					// targeted": still the motive.
					for stop+2 < hi && toks[stop].Norm == "," {
						k := stop + 1
						if toks[k].Norm == "and" {
							k++
						}
						if w := toks[k].Norm; w != "especially" && w != "particularly" {
							break
						}
						stop = until(k + 1)
					}
				}
				// "with support from Australia, Bahrain, Canada, Denmark, the
				// Netherlands and New Zealand, carried out": the whole list.
				if p[0] == "with" {
					for stop+1 < hi && toks[stop].Norm == "," && (toks[stop+1].Upper || toks[stop+1].Norm == "the" || toks[stop+1].Norm == "and") &&
						toks[stop+1].Kind == normalize.Word && until(stop+1)-stop <= 6 && !attackBetween(toks, stop+1, until(stop+1)) {
						stop = until(stop + 1)
					}
				}
				// "stormed Beit Ummar, between Hebron and Bethlehem,": where the
				// place named before lies, both names.
				// So does "Sarafand, the coastal town between Sidon and Tyre,".
				if p[0] == "between" && (i-2 >= lo && toks[i-1].Norm == "," && toks[i-2].Kind == normalize.Word && toks[i-2].Upper || appositiveTown(toks, lo, i)) {
					out = append(out, [2]int{i, stop})
					break
				}
				if p[0] == "between" {
					and := end
					for and < stop && and < end+6 && toks[and].Norm != "and" {
						and++
					}
					if and >= stop || and >= end+6 {
						break
					}
					// "and the village of al-Hujeira": the second place whole.
					out = append(out, [2]int{and, min(stop, max(and+5, secondPlaceEnd(toks, and+1, stop)))})
					break
				}
				out = append(out, [2]int{i, stop})
				break
			}
		}
	}
	return out
}

// heldTarget reports holders that own the target of an attack just
// before them: "bombed positions of Iranian militias in the town of
// al-Bukamal" names where the positions were, not where the militias
// speak from. Wide looks further back, across hyphens: "depots of
// Hezbollah and Iranian-backed militias in the vicinity of ...".
func heldTarget(toks []normalize.Token, lo, i int, wide bool) bool {
	reach := 5
	if wide {
		reach = 8
	}
	for k := i - 1; k > lo && k >= i-reach; k-- {
		if toks[k].Kind == normalize.Punct && (!wide || toks[k].Norm != "-") {
			return false
		}
		if toks[k].Norm != "of" {
			continue
		}
		switch toks[k-1].Norm {
		case "positions", "position", "headquarters", "bases", "sites", "depots", "facilities", "camps", "posts",
			"warehouses", "gathering", "gatherings":
			return true
		}
		return false
	}
	return false
}

// divisionWithin reports a word of a division or countryside among tokens
// [lo, hi): "in the eastern countryside of Deir Ezzor" is an area, whose
// parts a toll list may tell.
func divisionWithin(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if divisionWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

// foundVerbs say that weapons were found or taken, not fired.
var foundVerbs = map[string]bool{"found": true, "seized": true, "discovered": true, "dismantled": true,
	"defused": true, "confiscated": true, "recovered": true, "uncovered": true, "located": true}

// launchGear are what is found where an attack was launched from.
var launchGear = map[string]bool{"launcher": true, "launchers": true, "launchpad": true, "launchpads": true,
	"pad": true, "pads": true, "platform": true, "platforms": true, "rail": true, "rails": true, "ramp": true,
	"ramps": true, "cache": true, "caches": true}

// launcherWithin reports launch gear among tokens [lo, hi), before any
// punctuation: "the launcher", "a launch platform", "the rocket launchers".
func launcherWithin(toks []normalize.Token, lo, hi int) bool {
	words := 0
	for k := lo; k < hi; k++ {
		// "found, at the dawn of today, Thursday, a launching platform":
		// a time set off by commas goes on.
		if toks[k].Norm == "," {
			continue
		}
		if toks[k].Kind == normalize.Punct || attackWords[toks[k].Norm] {
			return false
		}
		if launchGear[toks[k].Norm] {
			return true
		}
		if words++; words > 9 {
			return false
		}
	}
	return false
}

// foundEnd is where a clause about weapons found, starting before lo, ends:
// at the sentence's end, a semicolon, or a conjunction that starts another
// clause (", and", "but", "while").
func foundEnd(toks []normalize.Token, lo, hi int) int {
	for j := lo; j < hi; j++ {
		switch toks[j].Norm {
		case ".":
			if abbrevDot(toks, lo, j) {
				continue // "U.S."
			}
			return j
		case ";", "but", "while", "whereas":
			return j
		case "and":
			if toks[j-1].Norm == "," {
				return j
			}
		}
	}
	return hi
}

// inAside reports whether tokens [first, last) lie in one of the ranges.
func inAside(as [][2]int, first, last int) bool {
	for _, a := range as {
		if first >= a[0] && last <= a[1] {
			return true
		}
	}
	return false
}

// vicinityAt reports "in the vicinity of", "in the area of", "in the
// outskirts of", "in the surroundings of" at i: where a target is, which
// no holder of it speaks from.
func vicinityAt(toks []normalize.Token, i, hi int) bool {
	if i+3 >= hi || toks[i].Norm != "in" || toks[i+1].Norm != "the" || toks[i+3].Norm != "of" {
		return false
	}
	switch toks[i+2].Norm {
	case "vicinity", "area", "outskirts", "surroundings", "environs":
		return true
	}
	return false
}

// victimsBefore reports holders that a verb of killing or wounding takes
// as object: "killed three fighters in the town of Yaroun", "killing two
// militants in Jurf al-Sakhar" were there.
func victimsBefore(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-10; k-- {
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" {
			return false
		}
		if is(&toks[k], cKill|cInjure) || toks[k].Norm == "kills" || toks[k].Norm == "wounds" {
			return true
		}
	}
	return false
}

// countedBefore reports a count before the unit at k: "two days", "ten
// days", "a few days".
func countedBefore(toks []normalize.Token, lo, k int) bool {
	if k-1 < lo {
		return false
	}
	if _, _, ok := number(toks, k-1, false); ok {
		return true
	}
	switch toks[k-1].Norm {
	case "few", "several", "couple":
		return true
	}
	return false
}

// firedAfter reports "fired" or "launched" at token k, after "had", "has"
// or "just": the verb of a relative clause about the one who fired.
func firedAfter(toks []normalize.Token, k, hi int) bool {
	for k < hi && (toks[k].Norm == "had" || toks[k].Norm == "has" || toks[k].Norm == "have" || toks[k].Norm == "just") {
		k++
	}
	return k < hi && (toks[k].Norm == "fired" || toks[k].Norm == "launched")
}

// firedEnd returns where a relative clause about the one who fired, from
// token k, ends: at end, or before "in" or "on the edge of", which place
// the main clause's attack.
func firedEnd(toks []normalize.Token, k, end int) int {
	for j := k; j < end; j++ {
		switch toks[j].Norm {
		case "in", "inside":
			return j
		case "on":
			if j+2 < end && toks[j+1].Norm == "the" {
				switch toks[j+2].Norm {
				case "edge", "outskirts", "outskirt", "fringes", "edges":
					return j
				}
			}
		}
	}
	return end
}

// motiveEnds reports whether a motive aside ends at token i: "in
// retaliation for the strike on its consulate on April 1".
func motiveEnds(toks []normalize.Token, out [][2]int, i int) bool {
	for _, a := range out {
		if a[1] != i {
			continue
		}
		for k := a[0]; k < a[1] && k < a[0]+3; k++ {
			switch toks[k].Norm {
			case "retaliation", "response", "revenge", "reprisal", "avenge", "answer", "riposte", "reply":
				return true
			}
		}
	}
	return false
}

// timeWord reports a weekday, a month or a number: what "between" spans
// when it tells a time.
func timeWord(t normalize.Token) bool {
	return calendarWord(t.Norm) || t.Kind == normalize.Number
}

// buildingStruck reports an attack verb some words before the building
// at token i with no word between them that sends people there or says
// who died or was treated in it: "struck the surgical building of Nasser
// hospital", "shelled a clinic"; not "struck a car, and the wounded were
// taken to the hospital".
func buildingStruck(toks []normalize.Token, lo, i int) bool {
	// "hit a tent used by reporters outside the main gate of al-Shifa
	// hospital": up to sixteen words back.
	for k := i - 1; k >= lo && k >= i-16; k-- {
		switch toks[k].Norm {
		case "hit", "struck", "strikes", "targeted", "bombed", "shelled", "raided", "stormed", "hits", "targets", "bombs":
			return true
		case "to", "at", ",", ";", "died", "treated", "admitted", "pronounced", "succumbed", "where":
			return false
		}
	}
	return false
}

// appositiveTown reports the words of an apposition before token i: ",
// the coastal town", ", a village".
func appositiveTown(toks []normalize.Token, lo, i int) bool {
	k := i - 1
	if k < lo || !offsetNouns[toks[k].Norm] {
		return false
	}
	for k--; k >= lo && offsetAdjectives[toks[k].Norm]; k-- {
	}
	if k < lo || toks[k].Norm != "the" && toks[k].Norm != "a" {
		return false
	}
	return k-2 >= lo && toks[k-1].Norm == "," && toks[k-2].Upper
}

// aimedFrom reports whether the words from k on, after "toward" in an origin
// phrase beginning at from, name what a launch was aimed at: "fired from
// Lebanon towards Beit Hillel", "a drone coming from Iraq toward Eilat",
// "15 rockets from Lebanon toward Dafna".
// Not a road's or a journey's way ("the road that winds down from the
// village towards the Litani valley", "travelling from Quetta towards
// Taftan") nor a whole country of a running count ("the ninth missile
// fired from Yemen toward Israel since 1 January").
func aimedFrom(toks []normalize.Token, from, k, hi int) bool {
	if from == 0 || !launchVerbs[toks[from-1].Norm] && !is(&toks[from-1], cWeapon) {
		return false
	}
	if k < hi && toks[k].Norm == "the" {
		k++
	}
	return k < hi && toks[k].Norm != "israel"
}

// launchVerbs send a weapon from where it was fired.
var launchVerbs = map[string]bool{"fired": true, "launched": true, "shot": true, "coming": true, "came": true,
	"flying": true, "flew": true, "sent": true, "crossed": true, "launch": true, "launches": true}

// renaming reports the words at i that give what was just told another
// name: "it calls", "it refers to as", "Israel calls", "they describe as".
func renaming(toks []normalize.Token, i, hi int) bool {
	for k := i; k < hi && k <= i+3; k++ {
		switch toks[k].Norm {
		case "calls", "call", "called", "names", "dubs":
			return true
		case "refers", "refer", "describes", "describe", "knows", "know":
			return k+2 < hi && (toks[k+1].Norm == "to" && toks[k+2].Norm == "as" || toks[k+1].Norm == "as")
		}
	}
	return false
}
