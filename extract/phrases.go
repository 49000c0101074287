package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// What a clause says beside its attack words: how far an aside runs, a
// drone seen or a weapon told again, a count of what has gone on since, a
// capital standing for its government, a name placed in the document's
// country.

// clauseEnd returns where the phrase from token k ends, before stop: at a
// verb of speech or of attack, or an auxiliary, where the sentence goes on
// ("Officials in Ituri province said ...", "militants in Ituri attacked").
func clauseEnd(toks []normalize.Token, k, stop int) int {
	for j := k; j < stop; j++ {
		w := toks[j].Norm
		if speechVerbs[w] || attackWords[w] && toks[j].Kind == normalize.Word && strings.HasSuffix(w, "ed") {
			return j
		}
		switch w {
		case "was", "were", "is", "are", "has", "have", "had", "say", "says", "told", "will", "would":
			return j
		}
	}
	return stop
}

// clauseBreak reports whether a new clause begins between tokens i and j:
// a semicolon, or a comma before "and", "but", "while" or "whereas".
func clauseBreak(toks []normalize.Token, i, j int) bool {
	for k := i; k < j && k+1 < len(toks); k++ {
		switch toks[k].Norm {
		case ";":
			return true
		case ",":
			switch toks[k+1].Norm {
			case "and", "but", "while", "whereas":
				return true
			}
		}
	}
	return false
}

// clockBefore reports "9 p.m. in Sanaa", "23:50 in Baghdad", "10 a.m.
// local time in Erbil": a place after a time of day (dater.clock), whose
// clock it tells, at token first.
func clockBefore(toks []normalize.Token, first int) bool {
	if first < 3 || toks[first-1].Norm != "in" {
		return false
	}
	// "yesterday afternoon here in Washington, which was just before
	// midnight local time in Iraq": whose clock, not where.
	if toks[first-2].Norm == "here" || toks[first-2].Norm == "time" && toks[first-3].Norm == "local" {
		return true
	}
	// "so Tuesday afternoon for you in Washington": the listeners' clock.
	k := first - 2
	for k > 0 && listenerWords[toks[k].Norm] {
		k--
	}
	if k < first-2 && (partsOfDay[toks[k].Norm] != "" || timesOfDay[toks[k].Norm]) {
		return true
	}
	if _, ok := weekdays[toks[k].Norm]; ok && k < first-2 {
		return true
	}
	// "(7:10 p.m. Wednesday in Washington)": a weekday after a clock.
	if _, ok := weekdays[toks[first-2].Norm]; ok && first >= 4 {
		d := &dater{toks: toks}
		for k := first - 3; k >= 0 && k >= first-10; k-- {
			if e, ok := d.clock(k, first-2); ok && e.Last >= first-2 {
				return true
			}
		}
	}
	d := &dater{toks: toks}
	for k := first - 2; k >= 0 && k >= first-7; k-- {
		if e, ok := d.clock(k, first-1); ok && e.Last == first-1 {
			return true
		}
	}
	return false
}

// departureBefore reports "leave for Soran", "fled to Erbil": where
// people went, at token first, not where an attack was.
func departureBefore(toks []normalize.Token, first int) bool {
	if first < 2 || toks[first-1].Norm != "for" && toks[first-1].Norm != "to" {
		return false
	}
	switch toks[first-2].Norm {
	case "leave", "left", "leaving", "fled", "flee", "fleeing", "flees", "moved", "move", "moving", "relocated",
		"evacuated", "displaced", "returned", "return", "travelled", "traveled", "migrated":
		return true
	}
	return false
}

// arrivalBefore reports where people were taken after an attack, just
// before token first: "landed in Djibouti", "brought to Aden", "taken to
// hospital in Erbil", "airlifted to Baghdad".
func arrivalBefore(toks []normalize.Token, first int) bool {
	if first < 2 {
		return false
	}
	k := first - 1
	if toks[k].Norm == "the" && k > 1 {
		k--
	}
	if k < 1 || toks[k].Norm != "in" && toks[k].Norm != "to" && toks[k].Norm != "at" {
		return false
	}
	switch toks[k-1].Norm {
	case "landed", "brought", "taken", "arrived", "airlifted", "flown", "transferred", "disembarked", "ferried", "docked":
		return true
	}
	return false
}

// intendedBefore reports a place that an attack was only being readied
// against, just before token first: "spotted them preparing to fire at the
// Avivim area", "a cell about to launch rockets toward Metula".
func intendedBefore(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	for k >= lo && (toks[k].Norm == "the" || toks[k].Norm == "at" || toks[k].Norm == "on" || toks[k].Norm == "toward" ||
		toks[k].Norm == "towards" || toks[k].Norm == "into") {
		k--
	}
	// An object between: "to launch rockets toward Metula".
	for j := k; j >= lo && j > k-3; j-- {
		if fireVerbs[toks[j].Norm] {
			k = j
			break
		}
	}
	if k-2 < lo || !fireVerbs[toks[k].Norm] || toks[k-1].Norm != "to" {
		return false
	}
	switch toks[k-2].Norm {
	case "preparing", "prepared", "planning", "planned", "poised", "about", "ready", "intending", "intended", "preparation":
		return true
	}
	return false
}

// fireVerbs launch an attack.
var fireVerbs = map[string]bool{"fire": true, "launch": true, "attack": true, "strike": true, "target": true,
	"shell": true, "hit": true, "bomb": true}

// headedFor returns the index of the one site among ps that an attack was
// heading for ("heading toward Harir base", "on its way to", "approaching
// the base at"), or -1.
func headedFor(toks []normalize.Token, ps []placeRef) int {
	found := -1
	for i, p := range ps {
		if p.Entry.Kind != sitrep.KindSite {
			continue
		}
		k := p.First - 1
		if k > 0 && toks[k].Norm == "the" {
			k--
		}
		if k < 1 {
			continue
		}
		w, prev := toks[k].Norm, toks[k-1].Norm
		if (w == "for" || w == "toward" || w == "towards" || w == "to") && (prev == "heading" || prev == "headed" || prev == "bound" || prev == "way") ||
			w == "approaching" {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// vagueAreaBefore reports a place that only says where an untold number
// of targets lay: "shelled the outskirts of a number of villages in the
// Bint Jbeil and Marjayoun districts", "struck infrastructure in several
// areas of southern Lebanon", "several outposts in Syria".
func vagueAreaBefore(toks []normalize.Token, lo, first int) bool {
	// Back over the names listed with the place to its preposition.
	k := first - 1
	for k >= lo && first-k <= 10 {
		w := toks[k].Norm
		if w == "in" || w == "of" || w == "across" || w == "around" || w == "near" || w == "along" || w == "throughout" ||
			w == "toward" || w == "towards" {
			break
		}
		if w != "the" && w != "and" && w != "," && w != "-" && w != "al" && !(toks[k].Kind == normalize.Word && toks[k].Upper) {
			return false
		}
		k--
	}
	if k < lo || first-k > 10 {
		return false
	}
	// "several localities of the caza of Bint Jbeil": of the division of
	// the place.
	if k-3 >= lo && toks[k].Norm == "of" && divisionWords[toks[k-1].Norm] && toks[k-2].Norm == "the" && (toks[k-3].Norm == "of" || toks[k-3].Norm == "in") {
		k -= 3
	}
	// Before it, a plural noun of places counted vaguely.
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if !vagueTargets[toks[j].Norm] {
			continue
		}
		// "aircraft pounded villages in the districts of Tyre, Bint Jbeil
		// and Nabatieh": a bare plural, the object of the attack.
		if j-1 >= lo && j == k-1 && withVerbs[toks[j-1].Norm] && inhabitedPlurals[toks[j].Norm] {
			return true
		}
		for q := j - 1; q >= lo && q >= j-3; q-- {
			// "as many as three locations": a count.
			if toks[q].Kind == normalize.Number || smallNumbers[toks[q].Norm] > 1 {
				return false
			}
			switch toks[q].Norm {
			case "several", "various", "multiple", "numerous", "many":
				return true
			case "number", "series", "handful", "string", "range":
				return q+1 < j && toks[q+1].Norm == "of"
			}
		}
		return false
	}
	return false
}

// inhabitedPlurals are the places lived in that a vague plural counts:
// "villages", "towns"; not "targets" or "positions", which an attack names
// in its area.
var inhabitedPlurals = map[string]bool{"villages": true, "towns": true, "areas": true, "localities": true,
	"hamlets": true, "communities": true, "neighbourhoods": true, "neighborhoods": true}

// divisionAfter reports a word of an administrative division or a
// countryside right after tokens [.., last) ("the Bint Jbeil and Marjayoun
// districts"), across the names listed with it.
func divisionAfter(toks []normalize.Token, last int) bool {
	for k := last; k < len(toks) && k < last+6; k++ {
		switch w := toks[k].Norm; {
		case divisionWords[w]:
			return true
		case w == "and" || w == "," || w == "-" || w == "al" || toks[k].Kind == normalize.Word && toks[k].Upper:
		default:
			return false
		}
	}
	return false
}

var divisionWords = map[string]bool{"district": true, "districts": true, "province": true, "provinces": true,
	"governorate": true, "governorates": true, "region": true, "regions": true, "countryside": true,
	"caza": true, "kaza": true, "qada": true, "qadaa": true, "nahiya": true, "nahia": true, "subdistrict": true}

// vagueTargets are plural nouns of places that a vague count leaves untold.
var vagueTargets = map[string]bool{"villages": true, "areas": true, "towns": true, "positions": true,
	"outposts": true, "locations": true, "sites": true, "points": true, "bases": true, "targets": true,
	"neighbourhoods": true, "neighborhoods": true, "districts": true, "parts": true, "regions": true,
	"localities": true, "hamlets": true, "communities": true, "settlements": true,
	"launches": true} // "a number of launches toward northern Israel"

// sighted reports "was seen above", "were spotted flying over" from token
// k: a drone sighted, not one that struck ("was seen crashing into").
func sighted(toks []normalize.Token, k, hi int) bool {
	if k+2 >= hi || !(toks[k].Norm == "was" || toks[k].Norm == "were") {
		return false
	}
	// "was also seen flying low"
	if w := toks[k+1].Norm; (w == "also" || w == "later" || w == "reportedly" || w == "first") && k+3 < hi {
		k++
	}
	switch toks[k+1].Norm {
	case "seen", "spotted", "sighted":
	default:
		return false
	}
	switch toks[k+2].Norm {
	case "above", "over", "overhead", "near", "flying", "hovering", "circling", "in":
		return true
	}
	return false
}

// armedDrone reports a word in tokens [lo, hi) that makes a drone one that
// attacks: "kamikaze drones were seen over the base" tells an attack.
func armedDrone(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch toks[k].Norm {
		case "kamikaze", "suicide", "attack", "armed", "explosive", "explosives", "one-way", "way", "shahed":
			return true
		}
	}
	return false
}

// secondPlaceEnd returns where the place named from token k ends: "the
// village of al-Hujeira", "Amude".
func secondPlaceEnd(toks []normalize.Token, k, stop int) int {
	if k < stop && toks[k].Norm == "the" {
		k++
	}
	// "the village of al-Hujeira", "the border village of al-Qasr"
	for j := k; j < stop && j <= k+2 && toks[j].Kind == normalize.Word && !toks[j].Upper; j++ {
		if _, ok := placeNouns[toks[j].Norm]; ok && j+1 < stop && toks[j+1].Norm == "of" {
			k = j + 2
			break
		}
	}
	if k >= stop {
		return stop
	}
	return min(stop, capsRun(toks, k))
}

// theWeaponActs reports "The missile hit the vehicle", "the drone struck":
// the weapon of the attack told before, now acting.
func theWeaponActs(toks []normalize.Token, lo int, tr trigger) bool {
	return !tr.Verb && tr.Last-tr.First == 2 && tr.First > lo && toks[tr.First-1].Norm == "the" &&
		weaponNoun(toks[tr.First].Norm) && !plural(toks[tr.First].Norm) && isVerbForm(toks[tr.Last-1].Norm)
}

// aircraftNouns fly the weapons that open fire from the air.
var aircraftNouns = map[string]bool{"gunship": true, "gunships": true, "helicopter": true, "helicopters": true,
	"aircraft": true, "jet": true, "jets": true, "warplane": true, "warplanes": true, "plane": true, "planes": true,
	"bomber": true, "bombers": true}

// dayWordIn reports a weekday, a month or "yesterday" among tokens [lo, hi).
func dayWordIn(toks []normalize.Token, lo, hi int) bool {
	return dayWordWhere(toks, lo, hi, false)
}

// dayWordBesidesSince is dayWordIn but for the date a period starts from:
// "several times since July 2024" tells no day of an attack.
func dayWordBesidesSince(toks []normalize.Token, lo, hi int) bool {
	return dayWordWhere(toks, lo, hi, true)
}

// dayWordWhere is dayWordIn, skipping the words a "since" opens when
// sinceless.
func dayWordWhere(toks []normalize.Token, lo, hi int, sinceless bool) bool {
	for k := lo; k < hi; k++ {
		if w := toks[k].Norm; (calendarWord(w) || w == "yesterday" || w == "today") && !(sinceless && hasWord(toks, max(lo, k-3), k, "since")) {
			return true
		}
	}
	return false
}

// interceptionsAfter reports "from interceptions", "of the air defences"
// from token k: explosions the defence made.
func interceptionsAfter(toks []normalize.Token, k, hi int) bool {
	if k >= hi || toks[k].Norm != "from" && toks[k].Norm != "of" {
		return false
	}
	for j := k + 1; j < hi && j <= k+3; j++ {
		switch toks[j].Norm {
		case "interceptions", "interception", "intercepts", "interceptors", "interceptor", "defences", "defenses":
			return true
		}
	}
	return false
}

// perfectBefore reports "have" or "has" within the three words before
// token first, in its clause: "have fired", "has launched dozens of".
func perfectBefore(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-3; k-- {
		switch toks[k].Norm {
		case "have", "has":
			return true
		case ",", ".", ";", ":":
			return false
		}
	}
	return false
}

// theAttackActs reports "The attack struck", "the strike hit": the attack
// told before, now placed.
func theAttackActs(toks []normalize.Token, lo int, tr trigger) bool {
	if tr.Verb { // "The attack struck": the noun before the verb
		return tr.First-2 >= lo && anaphorWords[toks[tr.First-1].Norm] && toks[tr.First-2].Norm == "the"
	}
	return tr.Last-tr.First == 2 && tr.First > lo && toks[tr.First-1].Norm == "the" &&
		anaphorWords[toks[tr.First].Norm] && isVerbForm(toks[tr.Last-1].Norm)
}

// unplacedInCountry places the names the gazetteer lacks that no sentence
// placed in the country of the document, when most of its places and at
// least two lie in one: "Kanan village, in Tamu Township" in a story of
// Myanmar. Two reports of one such name in one country can then fuse.
func (d *docState) unplacedInCountry() {
	votes := map[string]int{}
	all, unplaced := 0, false
	for _, s := range d.sents {
		for _, p := range s.Places {
			e := p.Entry
			switch {
			case e.Subkind == "unresolved" && e.Country == "":
				unplaced = true
			case e.Subkind != "unresolved" && e.Country != "":
				votes[e.Country]++
				all++
			}
		}
	}
	if !unplaced {
		return
	}
	top := ""
	for cc, n := range votes {
		if n > votes[top] || n == votes[top] && cc < top {
			top = cc
		}
	}
	c := d.x.Gazetteer.Country(top)
	if top == "" || votes[top] < 2 || 2*votes[top] <= all || c == nil {
		return
	}
	for _, s := range d.sents {
		for i, p := range s.Places {
			if e := p.Entry; e.Subkind == "unresolved" && e.Country == "" {
				cp := *e
				cp.Country, cp.Lat, cp.Lon = c.Country, c.Lat, c.Lon
				s.Places[i].Entry = &cp
				s.Places[i].Entries = []*gazetteer.Entry{&cp}
			}
		}
	}
}

// mediaAfter reports a word after a name that makes it an outlet's: "Al
// Mayadeen TV", "Al-Mayadeen reported".
func mediaAfter(toks []normalize.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].Norm
	return mediaNouns[w] || speechVerbs[w] || w == "correspondent" || w == "reporter" || w == "website"
}

// mostOf reports "most were", "many of them", "some were" as the subject
// of the trigger at token first, within its fourteen words before.
func mostOf(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-14; k-- {
		switch toks[k].Norm {
		case "most", "many", "some", "all":
			return k+1 < first && (toks[k+1].Norm == "were" || toks[k+1].Norm == "of")
		case ".", ";":
			return false
		}
	}
	return false
}

// inList reports whether the name at token i ends a list of places after
// "in": "U.S. forces in Iraq, Syria and Jordan came under attack".
func inList(toks []normalize.Token, i int) bool {
	if i < 2 || toks[i-1].Norm != "and" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		switch t := toks[k]; {
		case t.Norm == "in":
			return true
		case t.Kind == normalize.Word && t.Upper, t.Norm == ",":
		default:
			return false
		}
	}
	return false
}

// appealVerbs come before "on" and a capital that stands for its
// government: "called on Baghdad to".
var appealVerbs = map[string]bool{"called": true, "calls": true, "call": true, "calling": true, "urged": true,
	"prevailed": true, "relied": true, "depends": true, "depend": true, "pressed": true}
