package extract

import (
	"github.com/sitrep/sitrep/normalize"
)

// withVerbs strike "with" their means: "targeted with two raids".
var withVerbs = map[string]bool{"targeted": true, "targets": true, "target": true, "struck": true, "strikes": true,
	"hit": true, "hits": true, "attacked": true, "attacks": true, "bombed": true, "bombarded": true, "bombards": true,
	"pounded": true, "shelled": true}

// genericAt reports whether the trigger at [first, last) speaks of many
// attacks: "a series of attacks", "other attacks", "13 attacks", "attacks since".
func genericAt(toks []normalize.Token, lo, first, last, hi int) bool {
	h := toks[headOf(toks, last)].Norm
	attackNoun := attackWords[h] && plural(h) && !isVerbForm(h)
	// "weapons that the Houthis have used to attack warships": what they
	// are for, told of a time.
	if first-3 >= lo && toks[first-1].Norm == "to" && toks[first-2].Norm == "used" {
		switch toks[first-3].Norm {
		case "have", "has", "had", "been":
			return true
		}
	}
	// "the army aviation and the drones participated in the combing of
	// the area": aircraft that searched after the attack, no weapon of it.
	if !isVerbForm(h) && searchAfter(toks, last, hi) && !casualtyWordIn(toks, last, hi) {
		return true
	}
	// "tear gas but no live ammunition": none fired.
	if first > lo && toks[first].Norm == "live" && (toks[first-1].Norm == "no" || toks[first-1].Norm == "without" || toks[first-1].Norm == "not") {
		return true
	}
	// "as Israeli forces stepped up bombardment there": a pace, no one
	// attack; not with its toll ("stepped up its strikes, killing 30",
	// "wounding three") or its day ("stepped up bombardment of Jabalia on
	// Tuesday").
	if steppedUpBefore(toks, lo, first) && !isVerbForm(h) && !casualtyWordIn(toks, last, hi) && !dayWordIn(toks, lo, hi) {
		return true
	}
	// "the pace of Israeli strikes rose this week": how often, no one
	// attack; but "the intensity of Israeli strikes on Khiam on Monday
	// destroyed dozens of homes" tells them.
	if plural(h) && !isVerbForm(h) && paceOf(toks, lo, first) && (paceChanged(toks, last, hi) || !dayWordIn(toks, lo, hi) && !casualtyWordIn(toks, lo, hi) &&
		!hasWord(toks, last, hi, "destroyed", "damaged", "hitting", "levelled", "leveled", "flattened")) {
		return true
	}
	// "310 air and missile strikes": the count stands before the list of
	// kinds.
	lead := first
	for lead-1 > lo && lead > first-4 && (toks[lead-1].Norm == "air" || toks[lead-1].Norm == "and" || weaponNoun(toks[lead-1].Norm)) {
		lead--
	}
	for k := first - 1; k >= lo && k >= first-6; k-- {
		w := toks[k].Norm
		// "The most recent attack came on Sunday": one attack, the last.
		if (w == "recent" || w == "latest") && k > lo && toks[k-1].Norm == "most" && !plural(toks[headOf(toks, last)].Norm) {
			continue
		}
		// "Other strikes hit the airport of Hodeidah": more of the raid,
		// told as it happened.
		if w == "other" && (agentVerbs[toks[first].Norm] || last < hi && agentVerbs[toks[last].Norm]) {
			continue
		}
		// "those responsible for the rocket attack": who did it, not
		// attacks of a kind.
		if (w == "those" || w == "these") && k+1 < first && (toks[k+1].Norm == "responsible" || toks[k+1].Norm == "behind" ||
			toks[k+1].Norm == "who" || toks[k+1].Norm == "involved") {
			break
		}
		// "several explosions were heard ... at the base": the sounds of
		// one attack, not many attacks.
		// "in the past hours that targeted": a time, no pattern.
		if (w == "past" || w == "last") && k+1 < first && (toks[k+1].Norm == "hours" || k+2 < first && toks[k+2].Norm == "hours") {
			continue
		}
		// "a month-long operation", "a weeks-long campaign": what went
		// on for so long, no one attack.
		if w == "long" && k-2 >= lo && toks[k-1].Norm == "-" && durationUnits[toks[k-2].Norm] {
			return true
		}
		// "forces carried out several precision strikes on two
		// facilities": one operation of several strikes, told as done.
		if (w == "several" || w == "multiple" || w == "numerous") && operationVerbBefore(toks, lo, k) {
			continue
		}
		// "a series of loud explosions in the north of the capital": the
		// sounds of one raid.
		if w == "series" && (h == "explosions" || h == "blasts" || h == "detonations") {
			continue
		}
		if genericBefore[w] || quantityWords[w] && attackNoun && !((h == "explosions" || h == "blasts") && heardAfter(toks, last, hi)) {
			return true
		}
		// "instructed the forces to intensify the strikes": what is
		// ordered; not "Israeli forces intensify air strikes on Khan
		// Younis, killing 20".
		if (w == "intensify" || w == "expand" || w == "escalate") && k > lo && toks[k-1].Norm == "to" && orderedBefore(toks, lo, k-1) {
			return true
		}
		// A comma continues only a list of weapons: "air, missile and artillery strikes".
		if toks[k].Kind == normalize.Punct && w != "-" && w != "“" && w != "\"" && (w != "," || !weaponNoun(toks[k+1].Norm)) {
			break
		}
		if k >= lead-2 && (toks[k].Kind == normalize.Number || smallNumbers[w] > 1 && w != "both") {
			// "targets with two raids the area of al-Jabanah", as Arabic
			// is machine-translated: one attack made of a few raids.
			withFew := k-2 >= lo && toks[k-1].Norm == "with" && withVerbs[toks[k-2].Norm]
			if n, _, ok := number(toks, k, true); ok && n > 1 && attackNoun && toks[last-1].Norm != "targets" && !(n <= 3 && fewAt(toks, last, hi)) &&
				!(withFew && n <= 6) {
				return true
			}
		}
	}
	for k := last; k < hi && k < last+3; k++ {
		if w := toks[k].Norm; w == "since" || w == "times" {
			return true
		}
	}
	// "has in the past summoned the charge d'affaires over strikes in
	// Sinjar": strikes of other times.
	if attackNoun && pastHabit(toks, lo, hi) || roleFor(toks, lo, first) {
		return true
	}
	// "attacks on every front at once", "strikes on all fronts": a
	// pattern.
	if attackNoun {
		for k := last; k < hi && k < last+3; k++ {
			if toks[k].Norm == "every" || toks[k].Norm == "all" && k+1 < hi && (toks[k+1].Norm == "fronts" || toks[k+1].Norm == "sides") {
				return true
			}
		}
	}
	// "No incident was reported in Baghdad this week": none. ("No attack
	// took place against Ain al-Asad" denies one and still tells it.)
	if first > lo && toks[first-1].Norm == "no" && (h == "incident" || h == "incidents") {
		return true
	}
	// "drones over Tyre, Nabatieh and the Bekaa, but no strike": a
	// flight, unless a verb of attack follows the places.
	if last+1 < hi && toks[last].Norm == "over" && flying(toks, lo, first, h) {
		k, named := last+1, false
		for k < hi && listedAfter(toks, k, k+1) {
			named = named || toks[k].Upper
			k++
		}
		if named && (k >= hi || toks[k].Kind == normalize.Punct || flightEnds[toks[k].Norm]) {
			return true
		}
	}
	// "aerial raids and artillery fire across the fronts of the northern
	// Hama countryside": fighting along whole fronts.
	for k := last; k+2 < hi && k < last+5; k++ {
		if w := toks[k].Norm; w == "," || w == "." || w == ";" {
			break
		}
		if (toks[k].Norm == "across" || toks[k].Norm == "along") && toks[k+1].Norm == "the" &&
			(toks[k+2].Norm == "fronts" || toks[k+2].Norm == "axes" || toks[k+2].Norm == "frontlines") {
			return true
		}
	}
	// "the United States ended its bombing campaign in Yemen": many
	// strikes over weeks; but "resumed its bombing campaign on Gaza on
	// Tuesday" tells that day's.
	if last < hi && (toks[last].Norm == "campaign" || toks[last].Norm == "campaigns") &&
		(hasWord(toks, max(lo, first-3), first, "ended", "halted", "stopped", "suspended", "paused", "ending", "halting") ||
			!dayWordIn(toks, lo, hi) && !casualtyWordIn(toks, last, hi)) {
		return true
	}
	// "extending into the camp the operation it launched in Jenin on 21
	// January and later widened to Tulkarm": a campaign that grows.
	campaign := h == "operation" || h == "offensive" || h == "campaign"
	for k := max(lo, first-4); k < first && !campaign; k++ {
		campaign = toks[k].Norm == "operation" || toks[k].Norm == "offensive" || toks[k].Norm == "campaign"
	}
	if campaign && (grownAt(toks, first-1, max(lo, first-6)-1, -1) || grownAt(toks, last, min(hi, last+12), 1)) {
		return true
	}
	// "It was the first time since the truce collapsed on 18 March that
	// rockets hit Ashkelon": a comparison with the attack told, no new one.
	for k := max(lo, first-15); k+2 < first; k++ {
		if toks[k].Norm == "first" && toks[k+1].Norm == "time" && toks[k+2].Norm == "since" && hasWord(toks, k+3, first, "that") {
			return true
		}
	}
	// "the target was a Hamas commander who directed sniper and anti-tank
	// fire at troops": the target's deeds, told of no time.
	for k := first - 1; k > lo && k >= first-5; k-- {
		if deedVerbs[toks[k].Norm] && toks[k-1].Norm == "who" {
			return true
		}
		if toks[k].Kind == normalize.Punct {
			break
		}
	}
	// "It dropped nothing and no strike followed": none.
	if first > lo && toks[first-1].Norm == "no" && attackWords[h] && last < hi {
		switch toks[last].Norm {
		case "followed", "ensued", "came", "occurred", "happened":
			return true
		}
	}
	// "There have been no attacks on U.S. forces in Iraq and Syria since
	// Feb. 4": none over a time.
	if first > lo && toks[first-1].Norm == "no" && attackNoun {
		return true
	}
	// "Attacks on sites hosting U.S.-led coalition forces continued at a
	// low rate": a pattern.
	if attackNoun {
		for k := last; k < hi && k < last+12; k++ {
			w := toks[k].Norm
			if w == "continued" || w == "continue" || w == "continues" || w == "persisted" || w == "resumed" || w == "resume" || w == "resumes" ||
				trendVerbs[w] {
				return true
			}
			if w == "," || w == ";" || w == ":" || killVerbs[w] || agentVerbs[w] {
				break
			}
		}
	}
	// "attacks would continue until the last U.S. soldier left": what is
	// to come.
	if attackNoun && last < hi && (toks[last].Norm == "would" || toks[last].Norm == "will") {
		return true
	}
	// "have fired missiles and drones at Israel since the start of the
	// war": what has gone on since.
	if perfectBefore(toks, lo, first) {
		for k := last; k < hi && k < last+12; k++ {
			if toks[k].Norm == "since" {
				return true
			}
			if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" {
				break
			}
		}
	}
	// "They did not attack anything", "never struck any target": nothing
	// was attacked.
	if first >= lo+1 && (toks[first-1].Norm == "not" || toks[first-1].Norm == "never" || toks[first-1].Norm == "didnt") && last < hi {
		switch toks[last].Norm {
		case "anything", "any", "anyone", "anybody":
			return true
		}
	}
	// "was among the first sites targeted when attacks resumed", "among
	// the most often hit": a place in a pattern of attacks.
	for k := first - 1; k > lo && k >= first-6; k-- {
		if w := toks[k].Norm; (w == "first" || w == "most" || w == "earliest") && toks[k-1].Norm == "the" && k-2 >= lo && toks[k-2].Norm == "among" {
			return true
		}
	}
	// "SDF arrest operation, four detained, no clashes": none.
	if first > lo && toks[first-1].Norm == "no" && noneNouns[h] {
		return true
	}
	// "\"not a drone, not a rocket, nothing\" had come near the base":
	// none of them.
	if first >= lo+2 && toks[first-2].Norm == "not" && (toks[first-1].Norm == "a" || toks[first-1].Norm == "an" || toks[first-1].Norm == "one") {
		return true
	}
	// "advance notice of any U.S. strike on Iraqi soil", "will answer any
	// further attack", "I'm not tracking any attack on U.S. forces near
	// Erbil": whichever may come, none in particular, none known.
	for k := first - 1; k >= lo && k >= first-6 && toks[k].Norm != "," && toks[k].Norm != ";" && toks[k].Norm != ":"; k-- {
		if toks[k].Norm == "any" {
			return true
		}
	}
	// "without a rocket or a drone being fired": the whole clause.
	for k := first - 1; k >= lo && k >= first-10 && toks[k].Kind != normalize.Punct; k-- {
		if toks[k].Norm == "without" {
			return true
		}
	}
	if accusedOf(toks, lo, first, last) || periodAfter(toks, last, hi) || abstractTarget(toks, last, hi) || attackNoun && distributedOver(toks, last, hi) {
		return true
	}
	return barePlural(toks, lo, first, last)
}

// accusedOf reports bare plural weapons after "accused ... of launching"
// or "blamed ... for":
// "has accused outlaw groups ... of launching drones at Harir" tells what
// they are blamed for over time, not one attack ("accused Iran of
// launching the drone" would).
func accusedOf(toks []normalize.Token, lo, first, last int) bool {
	if first-1 < lo || !plural(toks[last-1].Norm) && !plural(toks[first].Norm) {
		return false
	}
	// "blamed outlaw groups ... for drones fired at Harir"
	at := first - 1
	if toks[at].Norm != "for" {
		if first-2 < lo || toks[first-2].Norm != "of" {
			return false
		}
		switch toks[first-1].Norm {
		case "launching", "firing", "sending", "using", "flying":
		default:
			return false
		}
		at--
	}
	for k := at - 1; k >= lo && k >= first-25; k-- {
		switch toks[k].Norm {
		case "accused", "accuses", "accusing", "blamed", "blames", "blaming":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// heardAfter reports "were heard" or "was heard" right after token last.
func heardAfter(toks []normalize.Token, last, hi int) bool {
	return last+1 < hi && (toks[last].Norm == "were" || toks[last].Norm == "was") && toks[last+1].Norm == "heard"
}

// barePlural reports "attacks on bases threaten security": a plural attack
// noun with no determiner, number or doer before it speaks of attacks in
// general. "conducted attacks on X", "drone attacks" are not bare.
func barePlural(toks []normalize.Token, lo, first, last int) bool {
	w := toks[last-1].Norm
	if last-first != 1 || !plural(w) || weaponNoun(w) || !attackWords[w] || isVerbForm(w) {
		return false
	}
	if first == lo {
		return false
	}
	// "reported that explosions shook the base": what happened there;
	// "at about 21:10, explosions were heard inside the base": so too.
	if last < len(toks) && shookVerbs[toks[last].Norm] || (w == "explosions" || w == "blasts") && heardAfter(toks, last, len(toks)) {
		return false
	}
	switch toks[first-1].Norm {
	case "on", "of", "to", "against", "about", "in", "for", "that", ",":
		// "In Sanaa, strikes on the Hezyaz power station cut electricity":
		// a place opening the sentence, then what happened there.
		if toks[first-1].Norm == "," && (toks[lo].Norm == "in" || toks[lo].Norm == "at") && first-lo <= 6 {
			return false
		}
		return first-1 > lo && !attackWords[toks[first-2].Norm]
	}
	return false
}

// shookVerbs tell, after a bare plural, what the attacks did on one
// occasion: "explosions shook", "strikes hit".
var shookVerbs = map[string]bool{
	"shook": true, "rocked": true, "hit": true, "struck": true, "targeted": true, "killed": true,
	"wounded": true, "damaged": true, "destroyed": true, "echoed": true, "rang": true,
}

// periodAfter reports a span of months shortly after an attack word:
// "the factions that attacked U.S. bases in Iraq and Syria from October
// to February", "between January and March".
func periodAfter(toks []normalize.Token, last, hi int) bool {
	for k := last; k+3 < hi && k < last+12; k++ {
		w := toks[k].Norm
		// "U.S." goes on.
		if w == ";" || w == "." && !(k > last && len(toks[k-1].Norm) == 1) {
			return false
		}
		if w != "from" && w != "between" {
			continue
		}
		if _, ok := months[toks[k+1].Norm]; !ok || !toks[k+1].Upper {
			continue
		}
		for j := k + 2; j < hi && j <= k+4; j++ {
			switch toks[j].Norm {
			case "to", "until", "till", "through", "and":
				if j+1 < hi {
					_, ok := months[toks[j+1].Norm]
					return ok && toks[j+1].Upper
				}
			}
		}
	}
	return false
}

// pastHabit reports "in the past" as a time of habits, not of hours: not
// "in the past 24 hours", "in the past few days".
func pastHabit(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k+3 <= hi; k++ {
		if toks[k].Norm != "in" || toks[k+1].Norm != "the" || toks[k+2].Norm != "past" {
			continue
		}
		if k+3 == hi {
			return true
		}
		n := &toks[k+3]
		if n.Kind == normalize.Number || smallNumbers[n.Norm] > 0 || n.Norm == "few" || n.Norm == "several" || n.Norm == "couple" {
			continue
		}
		if _, unit := units[n.Norm]; !unit {
			return true
		}
	}
	return false
}

// roleFor reports a man's role, not an attack: "was responsible for
// advancing and carrying out rocket launches", "in charge of drone
// attacks". "responsible for the attack on the base" names one.
func roleFor(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k > lo && k >= first-6; k-- {
		if toks[k].Kind == normalize.Punct {
			return false
		}
		if toks[k].Norm == "for" && toks[k-1].Norm == "responsible" || toks[k].Norm == "of" && toks[k-1].Norm == "charge" {
			// "responsible for Sunday's drone attack", "for the attack"
			switch n := &toks[k+1]; n.Norm {
			case "the", "this", "that", "these", "those", "a", "an", "its", "their", "his":
				return false
			default:
				return !n.Possessive && !n.Upper
			}
		}
	}
	return false
}

// abstractTargets are what words, not weapons, attack.
var abstractTargets = map[string]bool{
	"democracy": true, "freedom": true, "freedoms": true, "sovereignty": true, "constitution": true,
	"judiciary": true, "independence": true, "rights": true, "values": true, "dignity": true,
	"institutions": true, "truth": true, "journalism": true,
	"reputation": true, "credibility": true, "legitimacy": true, "unity": true, "rule": true,
}

// headEnds are words that end the noun phrase before them.
var headEnds = map[string]bool{"of": true, "and": true, "in": true, "by": true, "that": true, "which": true, "itself": true}

// abstractTarget reports an attack "on the rule of law", "on press
// freedom", "against democracy": a figure of speech, no attack.
func abstractTarget(toks []normalize.Token, last, hi int) bool {
	if last+1 >= hi || toks[last].Norm != "on" && toks[last].Norm != "against" {
		return false
	}
	for k := last + 1; k < hi && k <= last+3; k++ {
		w := toks[k].Norm
		// The noun ends its phrase: not "an attack on rights activists".
		if abstractTargets[w] && (k+1 >= hi || toks[k+1].Kind == normalize.Punct || headEnds[toks[k+1].Norm]) {
			return true
		}
		if w != "the" && w != "our" && w != "its" && w != "their" && w != "his" && w != "her" && w != "press" && w != "judicial" && w != "human" {
			return false
		}
	}
	return false
}

// distributedOver reports a toll "distributed over the governorates of the
// South, Nabatieh and Baalbek-Hermel" after the attacks at last: a day's
// count of many attacks in many places.
func distributedOver(toks []normalize.Token, last, hi int) bool {
	for k := last; k+1 < hi; k++ {
		if toks[k].Norm == "distributed" && (toks[k+1].Norm == "over" || toks[k+1].Norm == "among" || toks[k+1].Norm == "across" || toks[k+1].Norm == "between") {
			return true
		}
	}
	return false
}

// noneNouns are the fire that "no" denies: "no clashes", "no shooting
// reported".
var noneNouns = map[string]bool{"clashes": true, "fighting": true, "exchanges": true, "shooting": true,
	"gunfire": true, "shelling": true, "firing": true}

// trendVerbs tell how attacks went over a time: "Israeli raids in the
// West Bank have intensified since the start of the war".
var trendVerbs = map[string]bool{"intensified": true, "escalated": true, "increased": true, "surged": true,
	"multiplied": true, "subsided": true, "declined": true, "decreased": true, "eased": true, "slowed": true}

// durationUnits are the units of "a month-long operation".
var durationUnits = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true,
	"months": true, "year": true, "years": true, "decade": true, "decades": true}

// operationVerbBefore reports a verb in the simple past that carries out
// attacks right before token k: "carried out", "conducted", "launched",
// not "have carried out" (a record over a time).
func operationVerbBefore(toks []normalize.Token, lo, k int) bool {
	v := k - 1
	if v > lo && toks[v].Norm == "out" && toks[v-1].Norm == "carried" {
		v--
	}
	if v <= lo || !operationVerbs[toks[v].Norm] {
		return false
	}
	for j := v - 1; j >= lo && j >= v-2; j-- {
		switch toks[j].Norm {
		case "have", "has", "had", "having", "been":
			return false
		}
	}
	return true
}

// flightEnds may follow the places aircraft flew over: "drones over Tyre
// on Thursday", "jets over Beirut but no strike".
var flightEnds = map[string]bool{"on": true, "but": true, "during": true, "throughout": true, "all": true,
	"at": true, "for": true, "since": true, "again": true}

// deedVerbs tell what a man targeted had done: "a commander who directed
// sniper fire", "who planned rocket attacks".
var deedVerbs = map[string]bool{"directed": true, "led": true, "ran": true, "oversaw": true, "planned": true,
	"commanded": true, "organized": true, "organised": true, "coordinated": true, "masterminded": true}

// grownAt reports a verb of growing in tokens from k toward end (step 1
// or -1), within the clause: "the operation it launched in Jenin ... and
// later widened to Tulkarm", "extending into the camp the operation".
func grownAt(toks []normalize.Token, k, end, step int) bool {
	for ; k != end; k += step {
		switch toks[k].Norm {
		case "widened", "expanded", "extended", "broadened", "extending", "expanding", "widening":
			return true
		case ";", ".", ",":
			return false
		}
	}
	return false
}

// kindsInBrackets reports a bracket still open at token k that opens
// right after a generic attack word of before, no earlier than token lo,
// and holds a bare list of the kinds of attacks counted: "attacks (air
// raids, drone missiles and artillery shelling)"; not "50 strikes
// (including one that hit a school in Jabalia, killing 12)".
func kindsInBrackets(toks []normalize.Token, lo int, before []trigger, k int) bool {
	for j := k - 1; j >= lo && j >= k-20; j-- {
		switch w := toks[j].Norm; {
		case w == ")":
			return false
		case w == "(":
			for _, t := range before {
				if t.Last == j && t.Generic {
					for i := j + 1; i < k; i++ {
						if w := toks[i].Norm; w == "including" || w == "one" || w == "which" || w == "that" || is(&toks[i], cKill|cInjure) {
							return false
						}
					}
					return true
				}
			}
			return false
		}
	}
	return false
}

// orderedBefore reports a verb of ordering in the few words before token
// k, from lo: "instructed the forces to", "ordered the army to".
func orderedBefore(toks []normalize.Token, lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-5; j-- {
		switch toks[j].Norm {
		case "instructed", "ordered", "directed", "orders", "instructs", "told":
			return true
		}
	}
	return false
}

// steppedUpBefore reports "stepped up" or "ramped up" right before token
// first, a possessive or article between: "stepped up its strikes".
func steppedUpBefore(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	if k > lo && (toks[k].Norm == "its" || toks[k].Norm == "their" || toks[k].Norm == "the" || toks[k].Norm == "his") {
		k--
	}
	if k-1 < lo || toks[k].Norm != "up" {
		return false
	}
	switch toks[k-1].Norm {
	case "stepped", "stepping", "steps", "step", "ramped", "ramping", "ramps", "ramp":
		return true
	}
	return false
}

// paceOf reports "the pace of" (tempo, rate, frequency, intensity) before
// token first, up to two words between: "the pace of Israeli strikes".
func paceOf(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k > lo && k >= first-3; k-- {
		if toks[k].Norm != "of" {
			continue
		}
		switch toks[k-1].Norm {
		case "pace", "tempo", "rate", "frequency", "intensity":
			return true
		}
		return false
	}
	return false
}

// paceChanged reports a verb of a pace that changes in the few words
// after token last: "the frequency of airstrikes increased on Monday".
func paceChanged(toks []normalize.Token, last, hi int) bool {
	for k := last; k < hi && k < last+9; k++ {
		switch toks[k].Norm {
		case "rose", "increased", "intensified", "slowed", "dropped", "declined", "eased", "grew", "fell", "doubled":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// searchAfter reports a search told within a few words after token last:
// "participated in the combing of the area", "took part in the search".
func searchAfter(toks []normalize.Token, last, hi int) bool {
	for k := last; k < hi && k < last+6; k++ {
		switch toks[k].Norm {
		case "combing", "search", "searches", "manhunt", "pursuit":
			return k > last && (toks[k-1].Norm == "the" || toks[k-1].Norm == "in")
		case ",", ";", ".":
			return false
		}
	}
	return false
}
