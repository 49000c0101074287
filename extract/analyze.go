package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
	"strings"
)

// trigger is a word or phrase that says an attack happened.
type trigger struct {
	First, Last int
	Category    string // "" for a generic attack word
	Generic     bool   // about a pattern of attacks, not one
	Anaphoric   bool   // "the attack": refers back to an incident already told
	Count       int    // weapons counted before it ("six missiles"), 0 when none
	Verb        bool   // a verb ("struck", "targeted") rather than a noun
	System      string // the weapon system named: "Shahed", "close-range ballistic missile"
	// Site: "the sites", "the facilities": the places of the attack just
	// told, whose parts follow ("Two of the sites were at Jurf al-Sakhar").
	Site bool
	// More: "Other strikes hit ...": more of the attack just told.
	More bool
}

// siteNouns name the places an attack hit, after "the".
var siteNouns = map[string]bool{"sites": true, "facilities": true, "locations": true}

// placeRef is a gazetteer match kept as a location.
type placeRef struct {
	gazetteer.Match
	Entry *gazetteer.Entry
	Near  bool // introduced by "near", "outside", "close to"
	// Offset places the incident from the named place: "10 km north of
	// Mosul"; Side is "north of Mosul" without a distance.
	Offset offset
	Side   bool
	Area   bool // a name the gazetteer lacks for an area that holds places: "the X district"
	// Locator is set on a place that only locates the one before it: "the
	// Kharab al-Jir airfield, south of the town of Rmelan".
	Locator bool
}

// speaker is who a sentence says is speaking.
type speaker struct {
	Name  string
	Kind  string // official, armed_group, media, local, outlet
	Verb  int    // token index of the speech verb, -1 when none
	Label bool   // named by a transcript label ("GEN. RYDER:")
}

// casualty is one count of killed or injured.
type casualty struct {
	Field     string // sitrep.FieldFatalities or FieldInjuries
	N         int
	Span      sitrep.Span
	Qualifier string // QualAtLeast, QualUpTo, QualAbout, or "" for an exact count
}

// sentence is what one sentence says, before incidents are assembled.
type sentence struct {
	Index       int
	Span        sitrep.Span
	Paragraph   int
	First, Last int // token range
	Triggers    []trigger
	Places      []placeRef
	Dates       []dateExpr
	Actors      []actorMatch
	Speaker     speaker
	Claimant    *actorMatch // who claims responsibility here
	ClaimSpan   sitrep.Span
	// UnnamedClaim: a claim whose claimant the text does not name.
	UnnamedClaim bool
	Perpetrator  *actorMatch
	Target       *actorMatch // who was attacked: "attacks on US forces", "US troops were targeted"
	// Side is the word of the side the sentence's counts are of, when it
	// names one: "israeli" in "no injuries on the Israeli side".
	Side       string
	Hedged     bool
	Doubted    bool
	Debunked   bool
	Denied     bool
	Casualties []casualty
	Outcomes   []outcome // what the attack did: hits, interceptions, damage
	Generic    bool      // the whole sentence is about many incidents
	Uncertain  bool      // "it is not known whether drones or rockets": no weapon is asserted
	Aside      [][2]int  // token ranges that only describe: "which sits between X and Y", "in response to ..."
	Tally      bool      // the sentence states a running total
	// Part: an item of a list that distributes a toll ("- 6 in the depots
	// west of Deir Ezzor city"), a part of the attack of its own.
	Part   bool
	Plural bool // "three locations": a summary of several incidents
	// Listed: the sentence ends in a colon and the list after it names
	// the targets of its attack; a province or country it names is not.
	Listed bool
	// Vessels are the ships the sentence names (findVessels).
	Vessels []vesselRef
}

func (s *sentence) nonGeneric() []trigger {
	var out []trigger
	for _, t := range s.Triggers {
		if !t.Generic {
			out = append(out, t)
		}
	}
	return out
}

// findTriggers returns the attack words of tokens [lo, hi).
func findTriggers(toks []normalize.Token, lo, hi int) []trigger {
	var out []trigger
	// A habit told with no day, time or toll (the words looked for only
	// in a sentence that has a word of a habit).
	habitWord, habitual := false, false
	for k := lo; k < hi && !habitWord; k++ {
		habitWord = habitualAt(toks, lo, k)
	}
	if habitWord {
		habitWord = !dayWordIn(toks, lo, hi) && !casualtyWordIn(toks, lo, hi) && !hasWord(toks, lo, hi, timeOfDayWords...)
		habitual = habitWord && habitualClause(toks, lo, hi)
	}
	for i := lo; i < hi; i++ {
		t := toks[i]
		// "Suspected Boko Haram fighters on motorcycles killed at least 34
		// people": fighters killing are an attack.
		if is(&t, cKillVerb) && fightersBefore(toks, lo, i) {
			out = append(out, trigger{First: i, Last: i + 1, Verb: true})
			continue
		}
		// "Israeli troops killed a young man in Anabta", "its aircraft had
		// eliminated Ali Hussein Sweid": forces that kill attack; from
		// the air, an air strike.
		// "Israeli aircraft raided Khiam": a raid from the air (not
		// "troops raided the camp", an arrest raid as often as not).
		if (is(&t, cKillVerb) || t.Norm == "eliminated" || t.Norm == "raided") && t.Norm != "abducted" && t.Norm != "kidnapped" && killedWhom(toks, i+1, hi) {
			if c, ok := forcesBefore(toks, lo, i); ok && (t.Norm != "raided" || c == sitrep.CategoryAirstrike && aircraftRaided(toks, lo, i)) {
				out = append(out, trigger{First: i, Last: i + 1, Verb: true, Category: c})
				continue
			}
		}
		// "Israeli aircraft flattened a building in Chiyah": aircraft that
		// level a building strike it (troops that do are demolishing).
		if is(&t, cLevelVerb) && (t.Norm != "destroyed" || structureAfter(toks, i+1, hi)) && killedWhom(toks, i+1, hi) {
			if c, ok := forcesBefore(toks, lo, i); ok && c == sitrep.CategoryAirstrike {
				out = append(out, trigger{First: i, Last: i + 1, Verb: true, Category: c})
				continue
			}
		}
		// "Israeli aircraft pounded Bint Jbeil", "was pounded by Russian
		// aircraft", "troops pounded the camp": heavy fire by forces (not
		// "heavy rain pounded Beirut").
		if t.Norm == "pounded" || t.Norm == "pounding" {
			if c, ok := poundedBy(toks, lo, i, hi); ok {
				out = append(out, trigger{First: i, Last: i + 1, Verb: true, Category: c})
				continue
			}
		}
		// "A building near the Hosh roundabout was levelled ... after an
		// Israeli evacuation warning": a strike from the air the army
		// warned of.
		if is(&t, cLevelVerb) && t.Norm != "destroyed" && i > lo && passiveAux[toks[i-1].Norm] && evacuationWarned(toks, i+1, hi) &&
			!hasWord(toks, i+1, hi, "bulldozer", "bulldozers", "troops", "soldiers", "demolition") {
			out = append(out, trigger{First: i, Last: i + 1, Verb: true, Category: sitrep.CategoryAirstrike})
			continue
		}
		// "the fighter planes of the Zionist regime made a car of a
		// Lebanese family the target": a translation from Persian.
		if t.Norm == "target" {
			if k, ok := madeTarget(toks, lo, i); ok {
				out = append(out, trigger{First: i, Last: i + 1, Verb: true, Category: madeBy(toks, lo, k)})
				continue
			}
		}
		// "The Houthis say they downed an MQ-9 over Marib": a missile that
		// brought down a state's drone.
		// (Not "a U.S. MQ-9", whose owner would read as the attacker.)
		if t.Upper && is(&t, cStateDrone) && (downedBefore(toks, lo, i) || downedAfter(toks, i, hi)) && (i == lo || !toks[i-1].Upper && toks[i-1].Norm != ".") {
			last := i + 1
			for last < hi && (is(&toks[last], cStateDrone) || toks[last].Norm == "-" || toks[last].Kind == normalize.Number ||
				toks[last].Norm == "drone" || toks[last].Norm == "uav") {
				last++
			}
			out = append(out, trigger{First: i, Last: last, Category: sitrep.CategoryMissile})
			i = last - 1
			continue
		}
		// "was flattened by an Israeli bomb": a state's bomb is dropped
		// from the air.
		if (t.Norm == "bomb" || t.Norm == "bombs") && stateBomb(toks, lo, i) {
			out = append(out, trigger{First: i, Last: i + 1, Category: sitrep.CategoryAirstrike})
			continue
		}
		// "was killed by Israeli army fire", "wounded by live fire": shots.
		if t.Norm == "fire" && firedBy(toks, lo, i) {
			out = append(out, trigger{First: i, Last: i + 1, Category: sitrep.CategoryShooting})
			continue
		}
		if t.Kind != normalize.Word || !is(&toks[i], cPhraseFirst|cWeapon|cAttack|cSite|cAim) {
			continue
		}
		tr, ok := phraseAt(toks, i, hi)
		if !ok {
			if is(&t, cWeapon) && defenceAfter(toks, i+1, hi) {
				continue // "a THAAD missile-defense battery", "a guided-missile destroyer"
			}
			if is(&t, cWeapon) {
				// "The Islamic Resistance bombarded the settlement": a verb
				// whose subject is the doer.
				// Not the passive: "its positions were bombarded".
				tr = trigger{First: i, Last: i + 1, Category: weaponWords[t.Norm],
					Verb: (t.Norm == "shelled" || t.Norm == "bombarded") && !(i > lo && passiveAux[toks[i-1].Norm])}
				// "drone strike", "rocket attack": one trigger.
				if i+1 < hi && is(&toks[i+1], cAttack) {
					tr.Last = i + 2
				}
			} else if is(&t, cAttack) {
				tr = trigger{First: i, Last: i + 1, Verb: isVerbForm(t.Norm)}
			} else if is(&t, cSite) && i > lo && toks[i-1].Norm == "the" {
				tr = trigger{First: i, Last: i + 1, Site: true}
			} else if is(&t, cAim) && aimedAt(toks, i, hi) && !(t.Norm == "flew" && personFlew(toks, lo, i)) {
				tr = trigger{First: i, Last: i + 1, Verb: true}
			} else {
				continue
			}
		}
		// "an Israeli patrol fired toward herders", "soldiers shot a
		// teenager": ground forces firing at people, a shooting.
		if tr.Category == "" && tr.Last == i+1 && groundFire(toks, lo, i, hi) {
			tr.Category = sitrep.CategoryShooting
		}
		// "Weekly Incident Overview", "incident report": a heading.
		if (t.Norm == "incident" || t.Norm == "incidents") && i+1 < hi && headingNouns[toks[i+1].Norm] {
			continue
		}
		// "died of a heart attack", "a panic attack": no attack.
		if (t.Norm == "attack" || t.Norm == "attacks") && i > lo && (toks[i-1].Norm == "heart" || toks[i-1].Norm == "panic" || toks[i-1].Norm == "asthma") {
			continue
		}
		// "Hit, a town on the Euphrates, is on the main road": the town
		// of that name, told in apposition.
		if t.Norm == "hit" && t.Upper && i+2 < hi && toks[i+1].Norm == "," && (toks[i+2].Norm == "a" || toks[i+2].Norm == "the") &&
			i+3 < hi && (toks[i+3].Norm == "town" || toks[i+3].Norm == "city") {
			continue
		}
		// "a missile storage facility", "drone launch sites": what was
		// struck, not what struck; "Shahed News Agency": an outlet.
		if tr.Category != "" && tr.Last == i+1 && i+1 < hi && (targetNouns[toks[i+1].Norm] || mediaNouns[toks[i+1].Norm]) {
			continue
		}
		// "seized rifles and two rocket-propelled grenade launchers": a
		// longer weapon's name before the thing it names, unless fired.
		if tr.Category != "" && !tr.Verb && tr.Last > i+1 && tr.Last < hi && targetNouns[toks[tr.Last].Norm] &&
			!hasWord(toks, max(lo, i-3), i, "fired", "launched", "used", "with", "using") {
			continue
		}
		// "while its teams were loading artillery shells onto trucks":
		// weapons handled as cargo, not fired.
		if tr.Category != "" && !tr.Verb && cargoBefore(toks, lo, i) {
			continue
		}
		// "the drone force had carried out several operations", "the
		// missile unit": a body of the group, not a weapon used.
		if tr.Category != "" && !tr.Verb && tr.Last < hi && unitNouns[toks[tr.Last].Norm] {
			continue
		}
		// "Shahed" alone is a drone only as one: "a Shahed", "two Shaheds",
		// "Shahed-136", "Shahed drones"; "the correspondent of Shahed" is
		// the agency's.
		if t.Norm == "shahed" && tr.Last == i+1 && !shahedDrone(toks, lo, i, hi) {
			continue
		}
		// "reconnaissance drones flew low over Tyre": watching, not attacking.
		// "they were probably surveillance drones": what they were.
		if tr.Category == sitrep.CategoryDrone && i > lo && watchWords[toks[i-1].Norm] &&
			(tr.Last < hi && flightVerbs[toks[tr.Last].Norm] || tr.Last >= hi || toks[tr.Last].Kind == normalize.Punct) {
			continue
		}
		// "Israeli drones flew at low altitude over Tyre", "a drone sighted
		// over the Arava valley": a flight, unless the drone is an attack
		// one or the clause tells what it struck ("flew into the base and
		// exploded").
		if tr.Category == sitrep.CategoryDrone && flewAfter(toks, tr.Last, hi) &&
			!armedDrone(toks, max(lo, tr.First-2), tr.Last) && !struckAfter(toks, tr.Last+1, hi) {
			continue
		}
		// "celebratory gunfire across Baghdad", "firing in the air": a
		// celebration, not an attack.
		if i > lo && (toks[i-1].Norm == "celebratory" || toks[i-1].Norm == "celebration") ||
			tr.Last+2 < hi && toks[tr.Last].Norm == "in" && toks[tr.Last+1].Norm == "the" && toks[tr.Last+2].Norm == "air" {
			continue
		}
		// "explosions from interceptions lit up the sky": the defence's.
		if (t.Norm == "explosions" || t.Norm == "explosion" || t.Norm == "blasts" || t.Norm == "blast") && interceptionsAfter(toks, tr.Last, hi) {
			continue
		}
		// "turned back after reports of drones overhead", "Drone sightings
		// over oil wells": drones seen, not striking.
		if tr.Category == sitrep.CategoryDrone && tr.Last < hi && (toks[tr.Last].Norm == "overhead" || toks[tr.Last].Norm == "hovering" ||
			toks[tr.Last].Norm == "sightings" || toks[tr.Last].Norm == "sighting") &&
			!struckAfter(toks, tr.Last+1, hi) {
			continue
		}
		// "the enemy drones did not leave the sky of the district since
		// the morning, flying at low heights above the towns": aloft, not
		// striking.
		if tr.Category == sitrep.CategoryDrone && droneAloft(toks, tr.Last, hi, !armedDrone(toks, max(lo, tr.First-2), tr.Last) && !strikeOpens(toks, hi)) {
			continue
		}
		// "filmed by one of its surveillance drones over Haifa", "the
		// drone had not been armed": watching, not striking.
		if tr.Category == sitrep.CategoryDrone && unarmedDrone(toks, lo, tr.First, tr.Last, hi) {
			continue
		}
		// "the flight of its drones over various regions": flying.
		if (tr.Category == sitrep.CategoryDrone || tr.Category == sitrep.CategoryAirstrike) && flightOf(toks, lo, i) {
			continue
		}
		// "a drone was seen above the city of Hit": a sighting.
		if tr.Category == sitrep.CategoryDrone && sighted(toks, tr.Last, hi) && !armedDrone(toks, max(lo, tr.First-2), tr.Last) {
			continue
		}
		// "hundreds demonstrated in Qaladze against the Turkish strikes":
		// what a protest is against, not an attack told.
		// "the counter-rocket system", "anti-drone guns": the defence's.
		if tr.Category != "" && i-2 >= lo && toks[i-1].Norm == "-" && (toks[i-2].Norm == "counter" || toks[i-2].Norm == "anti") {
			continue
		}
		// "found a launch platform loaded with two rockets": weapons
		// found, seized or dismantled, not fired.
		if tr.Category != "" && (foundBefore(toks, lo, i) || foundAfter(toks, tr.Last, hi) || madeBefore(toks, lo, i) || notFired(toks, lo, i, tr.Last, hi)) {
			continue
		}
		// "air defence batteries opened fire": defending, not attacking.
		if tr.Category == sitrep.CategoryShooting && defenceBefore(toks, lo, i) {
			continue
		}
		// "the gunship opened fire on a vehicle": from the air.
		if tr.Category == sitrep.CategoryShooting && i-1 >= lo && aircraftNouns[toks[i-1].Norm] {
			tr.Category = sitrep.CategoryAirstrike
		}
		// "shells" alone is artillery only after a count, "artillery" or
		// a state's forces' adjective ("Turkish shells landed").
		if t.Norm == "shells" && tr.Last == i+1 && (i == lo || toks[i-1].Kind != normalize.Number && toks[i-1].Norm != "artillery" &&
			toks[i-1].Norm != "tank" && toks[i-1].Norm != "enemy" && !(toks[i-1].Upper && demonyms[toks[i-1].Norm] != "")) {
			continue
		}
		// "the army says he threw an explosive device", "a terrorist
		// hurled an explosive device at the forces": what the army says
		// the man it shot did, not the raid's weapon.
		if tr.Category == sitrep.CategoryIED && !tr.Verb && hasWord(toks, max(lo, tr.First-3), tr.First, "threw", "hurled", "throwing", "hurling", "thrown", "throw", "hurl") {
			continue
		}
		// "People in Tel Aviv read about drones over Eilat": news heard
		// of, no attack told.
		if !tr.Verb && tr.First-2 >= lo && toks[tr.First-1].Norm == "about" && topicVerbs[toks[tr.First-2].Norm] {
			continue
		}
		// "air raid sirens went off", "an air raid shelter": the alarm
		// and the refuge, no raid.
		if tr.Last < hi && toks[tr.Last-1].Norm == "raid" && raidAlarm[toks[tr.Last].Norm] {
			continue
		}
		// "a rocket alert in the Kissufim area", "drone warning sirens":
		// a warning, which an attack told beside it may follow.
		if !tr.Verb && tr.Last < hi && (tr.Category == sitrep.CategoryRocket || tr.Category == sitrep.CategoryMissile || tr.Category == sitrep.CategoryDrone) &&
			raidAlarm[toks[tr.Last].Norm] {
			continue
		}
		// "an Israeli shell hit a water tank", "one tank shell landed":
		// "shell" alone likewise, after one of these or "a", "one"; not
		// "a shell company", "a Shell petrol station", "a shell of its
		// former self", nor one a bomb disposal unit detonated or an old
		// one found.
		if t.Norm == "shell" && (i == lo || t.Upper || !shellBefore(&toks[i-1]) ||
			i+1 < hi && (shellCompany[toks[i+1].Norm] || toks[i+1].Norm == "of") || hasWord(toks, max(lo, i-5), i, "detonated", "defused", "disposal", "unexploded", "found", "removed", "dismantled", "old")) {
			continue
		}
		// "in one of the deadliest attacks of its kind": a comparison with
		// other attacks, not one.
		if !tr.Verb && i-4 >= lo && toks[i-4].Norm == "one" && toks[i-3].Norm == "of" && toks[i-2].Norm == "the" &&
			superlativeBefore(toks, i-1, i) {
			continue
		}
		// "the air defences of the base opened fire at a drone approaching
		// it": the defence, not an attack; the drone is.
		if tr.Category == sitrep.CategoryShooting && defencesFire(toks, lo, tr.First, hi) {
			continue
		}
		// "a general strike shut the town", "shops closed for a strike
		// called to mourn him": a walkout, no attack.
		if (t.Norm == "strike" || t.Norm == "strikes") && walkout(toks, lo, i, hi) {
			continue
		}
		// "urging the government to strike a deal", "struck a balance":
		// an idiom, no attack.
		if strikeIdiom(toks, i, hi) {
			continue
		}
		// "Israeli jets broke the sound barrier over Beirut": a boom, no
		// strike.
		if tr.Category == sitrep.CategoryAirstrike && soundBarrier(toks, tr.Last, hi) {
			continue
		}
		// "their intended targets", "legitimate targets": what is aimed at, not an attack.
		if t.Norm == "targets" && i > lo && (toks[i-1].Norm == "their" || toks[i-1].Norm == "its" || toks[i-1].Norm == "intended" || toks[i-1].Norm == "legitimate" || toks[i-1].Norm == "on") {
			continue
		}
		// "the enemy forces that are attacking our country": what a side
		// does, no attack told.
		if tr.Verb && ongoingClause(toks, lo, tr.First) {
			continue
		}
		tr.Generic = habitual || habitWord && habitualBefore(toks, lo, tr.First) || genericAt(toks, lo, tr.First, tr.Last, hi) || noneOf(toks, lo, tr.First) || oftenBefore(toks, lo, tr.First) ||
			tr.Verb && repeatedlyAfter(toks, tr.Last, hi) && !dayWordBesidesSince(toks, lo, hi) ||
			protestAgainst(toks, lo, tr.First) ||
			!tr.Verb && toks[tr.First].Norm != "no" && futureAfter(toks, tr.Last, hi)
		// "Other strikes hit": the noun and the verb after it.
		tr.More = !tr.Generic && (tr.First > lo && toks[tr.First-1].Norm == "other" ||
			tr.First-1 > lo && toks[tr.First-2].Norm == "other" && attackWords[toks[tr.First-1].Norm])
		tr.Anaphoric = !tr.Verb && (anaphoricAt(toks, lo, tr.First, tr.Last) || tr.Category != "" && definitePlural(toks, lo, tr.First, tr.Last)) ||
			tr.Verb && (definiteObject(toks, tr.Last, hi) || definiteSubject(toks, lo, tr.First, hi)) || tr.Site ||
			isVerbForm(toks[tr.Last-1].Norm) && theTownAfter(toks, tr.Last, hi)
		// "movements of militia vehicles near al-Quriyah in the hours
		// before the attack": a time told by an attack already told ("the
		// crew had left the tank before the strike, and nobody was hurt"
		// still tells its toll).
		if tr.Anaphoric && !tr.Verb && tr.First-3 >= lo && toks[tr.First-1].Norm == "the" && toks[tr.First-2].Norm == "before" {
			switch toks[tr.First-3].Norm {
			case "hours", "days", "minutes", "weeks":
				tr.Generic = true
			}
		}
		if tr.Category != "" {
			tr.Count = countBefore(toks, lo, tr.First)
		}
		// "The al-Funduq shooting, in which gunmen opened fire on a car":
		// the clause tells the attack its antecedent names.
		if tr.Verb && !tr.Anaphoric && len(out) > 0 && relativeOfTold(toks, lo, out[len(out)-1], tr.First) {
			tr.Anaphoric = true
		}
		out = append(out, tr)
		i = tr.Last - 1
	}
	return out
}

// definiteSubject reports a passive verb at token first whose subject
// refers back: "The patrol was attacked near Khirbet al-Maaza", "the
// vessel was hit".
func definiteSubject(toks []normalize.Token, lo, first, hi int) bool {
	k := first - 1
	if k-2 < lo || toks[k].Norm != "was" && toks[k].Norm != "were" || toks[k-2].Norm != "the" {
		return false
	}
	w := toks[k-1].Norm
	if !(anaphorWords[w] && !is(&toks[k-1], cAttack|cWeapon) || struckNouns[w]) {
		return false
	}
	// Not "In the evening, the convoy was attacked near Nawa, killing
	// two": an attack with its own toll is another.
	for j := first + 1; j < hi; j++ {
		if is(&toks[j], cKill|cInjure) {
			return false
		}
	}
	return true
}

// theTownAfter reports "the city", "the town", "the village" as the object
// of a verb ending at token k, the clause ending there: "aircraft are
// striking the city", the city just named.
func theTownAfter(toks []normalize.Token, k, hi int) bool {
	if k+1 >= hi || toks[k].Norm != "the" {
		return false
	}
	switch toks[k+1].Norm {
	case "city", "town", "village", "capital":
		return k+2 >= hi || toks[k+2].Kind == normalize.Punct
	}
	return false
}

// struckNouns are what an attack told before struck, named again as the
// subject of its verb.
var struckNouns = map[string]bool{"patrol": true, "convoy": true, "checkpoint": true, "position": true}

// relativeOfTold reports a verb at token first in a relative clause (", in
// which", ", during which") right after the attack noun of trigger a, which
// the text names as told: "the shooting", "the al-Funduq shooting".
func relativeOfTold(toks []normalize.Token, lo int, a trigger, first int) bool {
	k := a.Last
	if a.Verb || k+3 > first || toks[k].Norm != "," || toks[k+1].Norm != "in" && toks[k+1].Norm != "during" || toks[k+2].Norm != "which" {
		return false
	}
	for j := k + 3; j < first; j++ {
		if w := toks[j].Norm; w == "," || w == ";" || w == "." {
			return false
		}
	}
	for j := a.First - 1; j >= lo && j >= a.First-5; j-- {
		switch toks[j].Norm {
		case "the", "this", "that":
			return true
		case "a", "an", ",", ".", ";", ":":
			return false
		}
	}
	return false
}

// foundBefore reports a verb of finding or seizing shortly before the
// weapon word at token i, with nothing that tells an attack between: "found
// a launch platform loaded with two rockets", "seized three drones". "found
// the bodies of three people killed in an airstrike" is the airstrike's.
func foundBefore(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-8; k-- {
		w := toks[k].Norm
		switch w {
		case "found", "seized", "discovered", "dismantled", "defused", "confiscated", "recovered", "uncovered", "seize", "find":
			return true
		case "in", "by", "during", "after", "from", "that", "which", ",", ".", ";", ":":
			return false
		}
		if killVerbs[w] || attackWords[w] {
			return false
		}
	}
	return false
}

// foundAfter reports weapons found after the fact: "after the rockets
// were found", "two drones had been seized".
func foundAfter(toks []normalize.Token, j, hi int) bool {
	k := j
	for k < hi && k < j+3 && (toks[k].Norm == "were" || toks[k].Norm == "was" || toks[k].Norm == "had" || toks[k].Norm == "have" ||
		toks[k].Norm == "has" || toks[k].Norm == "been" || toks[k].Norm == "later" || toks[k].Norm == "also") {
		k++
	}
	if k == j || k >= hi {
		return false
	}
	switch toks[k].Norm {
	case "found", "seized", "discovered", "recovered", "confiscated", "dismantled", "defused", "uncovered":
		return true
	}
	return false
}

// notFired reports weapons that were not fired: "two rockets which were
// not launched", "three unfired rockets".
func notFired(toks []normalize.Token, lo, i, j, hi int) bool {
	if i > lo && (toks[i-1].Norm == "unfired" || toks[i-1].Norm == "unlaunched") {
		return true
	}
	// "Weapons finds: launch rail with two rockets near Khasham": a
	// launcher holding its rockets, with no verb of firing.
	if onLauncher(toks, lo, i) {
		return true
	}
	k := j
	for k < hi && k < j+4 && (toks[k].Norm == "which" || toks[k].Norm == "that" || toks[k].Norm == "were" || toks[k].Norm == "was" ||
		toks[k].Norm == "had" || toks[k].Norm == "been" || toks[k].Norm == "yet") {
		k++
	}
	if k+1 >= hi || toks[k].Norm != "not" {
		return false
	}
	switch toks[k+1].Norm {
	case "launched", "fired", "used", "detonated", "exploded":
		return true
	}
	return false
}

// madeBefore reports weapons being made, stored or their parts: "parts
// that could be used to assemble drones", "a workshop manufacturing
// rockets", "facilities used to store drones and missiles".
func madeBefore(toks []normalize.Token, lo, i int) bool {
	// "carrying parts of what officials described as a drone"
	for k := i - 1; k >= lo && k >= i-7; k-- {
		if toks[k].Norm == "parts" || toks[k].Norm == "components" {
			if k+1 < i && toks[k+1].Norm == "of" {
				return true
			}
		}
	}
	for k := i - 1; k >= lo && k >= i-4; k-- {
		switch toks[k].Norm {
		case "assemble", "assembling", "assembled", "assembly", "manufacture", "manufacturing", "manufactured", "parts", "components",
			// "facilities used to store drones and missiles"
			"store", "storing", "stored", "stockpile", "stockpiled", "stockpiling", "housed", "housing", "produce", "producing":
			return true
		case ",", ".", ";", ":":
			return false
		}
	}
	return false
}

// defenceBefore reports air defences as the subject just before token i:
// "air defence batteries opened fire", "anti-aircraft guns opened fire".
func defenceBefore(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		switch toks[k].Norm {
		case "defence", "defences", "defense", "defenses":
			if !selfDefence(toks, lo, k) {
				return true
			}
		case "anti-aircraft", "antiaircraft", "batteries", "interceptors":
			return true
		}
	}
	return false
}

// selfDefence reports the "defense" at toks[k] of "self-defense", which
// names a reason for strikes, not air defences: "forces conducted
// self-defense strikes".
func selfDefence(toks []normalize.Token, lo, k int) bool {
	if k-1 >= lo && toks[k-1].Norm == "-" {
		k--
	}
	return k-1 >= lo && toks[k-1].Norm == "self"
}

func phraseAt(toks []normalize.Token, i, hi int) (trigger, bool) {
	if !is(&toks[i], cPhraseFirst) {
		return trigger{}, false
	}
	for _, p := range phrasesByFirst[toks[i].Norm] {
		if end, ok := matchWords(toks, i, hi, p.words); ok {
			return trigger{First: i, Last: end, Category: p.category, Verb: p.category == ""}, true
		}
	}
	return trigger{}, false
}

// aimVerbs attack when aimed: "launched at", "fired two rockets at", "flown a drone at".
var aimVerbs = map[string]bool{"launched": true, "fired": true, "flown": true, "flew": true, "sent": true, "lobbed": true}

// madeTarget reports "made ... the target" ending at token i, with the
// index of "made": "made the base of Eyn al-Asad in the province of Anbar
// the target".
func madeTarget(toks []normalize.Token, lo, i int) (int, bool) {
	if i-1 < lo || toks[i-1].Norm != "the" {
		return 0, false
	}
	for k := i - 2; k >= lo && k >= i-16; k-- {
		switch toks[k].Norm {
		case "made", "make", "makes", "making":
			return k, k < i-2
		case ".", ";", ":":
			return 0, false
		}
	}
	return 0, false
}

// madeBy returns the category of what "made ... the target" was made by,
// from the words before "made" at token k: "the fighter planes of the
// Zionist regime made" an air strike.
func madeBy(toks []normalize.Token, lo, k int) string {
	for j := k - 1; j >= lo && j >= k-8; j-- {
		w := toks[j].Norm
		if toks[j].Kind == normalize.Punct && w != "-" {
			break
		}
		if aircraftNouns[w] {
			return sitrep.CategoryAirstrike
		}
		if c := weaponWords[w]; c != "" {
			return c
		}
	}
	return ""
}

// defenceAfter reports a defence against the weapon just before token k,
// or a class of warship named after it: "missile-defense battery",
// "missile defence system", "drone defences", "the guided-missile
// destroyer USS Carney", "a missile boat".
func defenceAfter(toks []normalize.Token, k, hi int) bool {
	if k < hi && toks[k].Norm == "-" {
		k++
	}
	if k >= hi {
		return false
	}
	switch toks[k].Norm {
	case "defense", "defence", "defenses", "defences", "shield", "interceptor", "interceptors",
		"destroyer", "destroyers", "cruiser", "cruisers", "frigate", "frigates", "corvette", "corvettes",
		"boat", "boats", "submarine", "submarines":
		return true
	}
	return false
}

// arrestRaid reports a raid that arrests, whose only attack words are
// "raid": "SDF forces arrested two men in the town of al-Busayrah during
// a raid on houses" is a security operation, no attack.
func arrestRaid(toks []normalize.Token, lo, hi int, ts []trigger) bool {
	if len(ts) == 0 {
		return false
	}
	// "arrested four persons ... in a security operation which they said
	// targeted a cell": the operation's target, no attack.
	targeted := false
	for _, t := range ts {
		w := toks[t.First].Norm
		if t.Generic && w != "raid" && w != "raids" {
			continue // "arrest raid, 5 detained, no shooting reported"
		}
		if w != "raid" && w != "raids" && w != "targeted" && w != "targeting" || t.Category != "" {
			return false
		}
		targeted = targeted || w == "targeted" || w == "targeting"
	}
	if targeted && !hasWord(toks, lo, hi, "operation", "operations", "sweep", "campaign") {
		return false
	}
	for k := lo; k < hi; k++ {
		switch toks[k].Norm {
		case "arrested", "detained", "arrest", "arrests", "detention", "captured", "apprehended", "searching":
			return true
		case "search":
			// "raids ... in search of cells of the Islamic State group"
			return k > lo && toks[k-1].Norm == "in"
		}
	}
	return false
}

// demolition reports houses blown up or demolished among tokens [lo, hi):
// "troops were blowing up houses", "the blowing up of houses in Kfar
// Kila", "demolished two homes".
func demolition(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		from := 0
		switch toks[k].Norm {
		case "blowing", "blew", "blow", "blown":
			if k+1 < hi && toks[k+1].Norm == "up" {
				from = k + 2
			}
		case "demolishing", "demolished", "demolish", "demolition", "demolitions", "razing", "razed", "bulldozing", "bulldozed":
			// By troops or their machines: "troops demolished two homes",
			// not "an Israeli strike demolished two homes".
			if hasWord(toks, max(lo, k-5), k, "troops", "soldiers", "forces", "army", "bulldozers", "bulldozer") || k+1 < hi && toks[k+1].Norm == "of" {
				from = k + 1
			}
		}
		if from == 0 {
			continue
		}
		for j := from; j < hi && j <= from+3; j++ {
			if buildingWords[toks[j].Norm] || toks[j].Norm == "structures" || toks[j].Norm == "dwellings" {
				return true
			}
		}
	}
	return false
}

// buildingWords are buildings people live or work in: what an air strike
// levels (structureAfter) and troops demolish.
var buildingWords = map[string]bool{"houses": true, "homes": true, "house": true, "home": true, "buildings": true,
	"building": true}

// blastWords are what a demolition is heard as.
var blastWords = map[string]bool{"explosion": true, "explosions": true, "blast": true, "blasts": true,
	"detonation": true, "detonations": true, "up": true}

// mishap reports an accident or a remnant of an old war among tokens [lo,
// hi): "accident", "accidental", "unexploded", "left over from", "gas
// cylinder", "war remnant".
func mishap(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch w := toks[k].Norm; w {
		case "accident", "accidental", "accidentally", "unexploded", "leftover", "legacy": // "legacy IED/mine"
			return true
		case "generator", "boiler":
			// "A generator exploded in a fuel workshop in Hajin", "an
			// explosion at a neighbourhood generator in Karrada"
			if k+1 < hi && (toks[k+1].Norm == "exploded" || toks[k+1].Norm == "blew") ||
				hasWord(toks, max(lo, k-5), k, "explosion", "blast", "fire") {
				return true
			}
		case "mine", "mines", "landmine", "landmines":
			// "a mine left by the Islamic State", "mines left behind"
			if k+2 < hi && toks[k+1].Norm == "left" && (toks[k+2].Norm == "by" || toks[k+2].Norm == "behind") {
				return true
			}
			// "an old landmine exploded in the desert"
			if k > lo && toks[k-1].Norm == "old" {
				return true
			}
		case "left":
			// "left over from the war", "a landmine left from the years of
			// the Islamic State"
			if k+2 < hi && toks[k+1].Norm == "over" && toks[k+2].Norm == "from" ||
				k+1 < hi && toks[k+1].Norm == "from" && hasWord(toks, max(lo, k-3), k, "mine", "mines", "landmine", "landmines", "shell", "ordnance") {
				return true
			}
		case "found":
			// "an army engineering unit blew up a cluster bomb found near
			// Khiam": disposal of what was found, when nobody was hurt.
			if k > lo && hasWord(toks, max(lo, k-3), k, "bomb", "bombs", "shell", "shells", "ordnance", "device", "devices", "munition", "munitions", "rocket", "rockets", "mine", "mines") &&
				hasWord(toks, lo, k, "blew", "detonated", "destroyed") && hasWord(toks, lo, k, "army", "engineers", "engineering", "sappers", "unit", "troops", "soldiers") &&
				!casualtyWordIn(toks, lo, hi) && !hasWord(toks, k, hi, "while", "after", "as", "when", "but", "whereas") {
				return true
			}
		case "defused", "defusing", "dismantled", "dismantling", "demining", "demined":
			// "engineers defused a roadside bomb": no attack.
			return true
		case "removed":
			// "removed and destroyed 140 landmines and explosive devices
			// planted by the militia": demining.
			if hasWord(toks, k+1, min(hi, k+8), "landmines", "mines", "devices", "ordnance", "explosives") {
				return true
			}
		case "cylinder":
			// "a gas cylinder", "a cylinder of gas" (from Arabic)
			if k > lo && toks[k-1].Norm == "gas" || k+2 < hi && toks[k+1].Norm == "of" && toks[k+2].Norm == "gas" {
				return true
			}
		case "controlled":
			// "controlled detonation of old ordnance by army engineers"
			if k+1 < hi && (toks[k+1].Norm == "detonation" || toks[k+1].Norm == "detonations" || toks[k+1].Norm == "explosion" ||
				toks[k+1].Norm == "explosions" || toks[k+1].Norm == "demolition") {
				return true
			}
		case "smuggling":
			// "a smuggling drone downed by the Jordanian army": contraband,
			// no attack.
			if k+1 < hi && (toks[k+1].Norm == "drone" || toks[k+1].Norm == "drones") {
				return true
			}
		case "drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "manoeuvre", "maneuver":
			// "naval forces would hold an exercise in the Gulf of Eilat and
			// residents might hear explosions", "a planned drill east of
			// Ma'alot-Tarshiha with loud explosions": training, no attack;
			// not when the sentence tells of the dead or the hurt.
			// Nor when it answers a claim ("the SDF denied the claim,
			// saying the explosions came from a live-fire exercise"): a
			// dispute, which the claim's sentence tells.
			if !casualtyWordIn(toks, lo, hi) && !hasWord(toks, lo, hi, "denied", "denies", "deny", "denial", "claim", "claims",
				"claimed", "claiming", "attributed", "attributing", "assumed", "blamed") {
				return true
			}
		case "remnant", "remnants":
			// "a war remnant", "remnants of war"; not "ISIS remnants".
			// "explosive remnant, not an attack"
			if k > lo && (toks[k-1].Norm == "war" || toks[k-1].Norm == "explosive") || k+2 < hi && toks[k+1].Norm == "of" && toks[k+2].Norm == "war" {
				return true
			}
		}
	}
	return false
}

// personFlew reports "flew" whose subject is no weapon nor aircraft:
// "Secretary of State Antony Blinken flew into Baghdad", not "a pair of
// drones flew into the base".
func personFlew(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-6; k-- {
		if is(&toks[k], cWeapon) || aircraftNouns[toks[k].Norm] || toks[k].Norm == "it" || toks[k].Norm == "they" {
			return false
		}
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" {
			break
		}
	}
	return true
}

// notAimed after "at" tell how or when, not at what: "flew at low
// altitude", "launched at dawn".
var notAimed = map[string]bool{"low": true, "high": true, "altitude": true, "altitudes": true, "dawn": true, "night": true,
	"noon": true, "midnight": true, "speed": true, "least": true, "about": true, "around": true, "once": true,
	"height": true, "level": true, "first": true}

// aimedAt reports whether an aim word follows the verb at token i within
// its phrase: "launched at", "fired two rockets at", "flown a swarm of
// explosive-laden drones into".
func aimedAt(toks []normalize.Token, i, hi int) bool {
	for k := i + 1; k < hi && k <= i+8; k++ {
		if aimWords[toks[k].Norm] {
			// "flew at low altitude", "flew at a low altitude", "fired at
			// dawn": how or when, not at what.
			if k+1 < hi && toks[k].Norm == "at" && (notAimed[toks[k+1].Norm] ||
				k+2 < hi && (toks[k+1].Norm == "a" || toks[k+1].Norm == "an" || toks[k+1].Norm == "the") && notAimed[toks[k+2].Norm]) {
				continue
			}
			return k == i+1 || k == i+3 || weaponBefore(toks, i+1, k)
		}
		// "fired \"dozens of Katyusha rockets\" at": quotes go through.
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" && !quoteMarks[toks[k].Norm] {
			return false
		}
	}
	return false
}

// noneOf reports whether the attack word at token first is denied: "no
// confirmed attack", "no new strikes", "warned ... against targeting".
// "No attack took place" denies one attack, told elsewhere: that stays an
// attack word, for the denial to reach it.
func noneOf(toks []normalize.Token, lo, first int) bool {
	// "warned Iran's leadership against targeting U.S. troops": what is
	// warned against has not happened.
	if first-1 >= lo && toks[first-1].Norm == "against" && strings.HasSuffix(toks[first].Norm, "ing") {
		return true
	}
	// "No explosion was heard": nothing happened; a denial says "no
	// attack", which stays an attack word.
	if first-1 >= lo && toks[first-1].Norm == "no" {
		switch toks[first].Norm {
		case "explosion", "explosions", "blast", "blasts":
			return true
		}
		// "with no strike reported", "no raid was reported there", "no air
		// strike reported": nothing was seen to happen.
		k := first + 1
		if k < len(toks) && attackWords[toks[k].Norm] {
			k++
		}
		if k < len(toks) && (toks[k].Norm == "was" || toks[k].Norm == "were" || toks[k].Norm == "has") {
			k++
			if k < len(toks) && toks[k].Norm == "been" {
				k++
			}
		}
		if k < len(toks) && toks[k].Norm == "reported" {
			return true
		}
	}
	return first-2 >= lo && toks[first-2].Norm == "no" && noneAdjectives[toks[first-1].Norm]
}

// oftenBefore reports how often, just before an attack word: "the most
// frequently targeted site", "a regularly shelled village" tell a pattern;
// so does a risk of it.
func oftenBefore(toks []normalize.Token, lo, first int) bool {
	if first-1 < lo {
		return false
	}
	switch toks[first-1].Norm {
	case "frequently", "often", "regularly", "repeatedly", "routinely", "most":
		return true
	}
	// "have been targeted the most often", "targeted repeatedly"
	if first+1 < len(toks) {
		switch n := toks[first+1].Norm; n {
		case "repeatedly", "regularly", "frequently", "often":
			return true
		case "the", "most":
			return first+3 < len(toks) && (toks[first+2].Norm == "most" && toks[first+3].Norm == "often" || n == "most" && toks[first+2].Norm == "often")
		}
	}
	// "runs a severe risk of being targeted", "the threat of attacks": what
	// may happen.
	for k := first - 1; k >= lo && k >= first-3; k-- {
		switch toks[k].Norm {
		case "risk", "risks", "threat", "threats", "danger", "fear", "fears":
			return k+1 < first && toks[k+1].Norm == "of"
		}
	}
	return false
}

// habitualBefore reports a word of what happens from time to time right
// before token first, in its clause: "settlers frequently attack
// shepherds", "raids and, at times, airstrikes". Not one of a clause that
// describes the attacker ("artillery, which usually targets open fields,
// shelled a house"). findTriggers asks it of sentences that tell no day,
// time or toll.
func habitualBefore(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	if k > lo && toks[k].Norm == "," {
		// ", at times, airstrikes": the phrase set off before the noun.
		k--
		return habitualAt(toks, lo, k)
	}
	for ; k >= lo && k >= first-6; k-- {
		if habitualAt(toks, lo, k) {
			return true
		}
		if toks[k].Kind == normalize.Punct || relativeWords[toks[k].Norm] {
			return false
		}
	}
	return false
}

// habitualClause reports a sentence whose clause tells a habit with its
// subject or auxiliary before the adverb: "where they occasionally ambush
// troops and plant bombs", "armed groups have often used improvised bombs
// ..., and Israel has answered with raids". Not "Usually quiet, the town
// was shelled", nor "which usually targets open fields".
func habitualClause(toks []normalize.Token, lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if habitualAt(toks, lo, k) && toks[k].Norm != "times" && toks[k].Norm != "time" {
			switch toks[k-1].Norm {
			case "they", "have", "has", "had", "are", "is", "were", "was", "will", "would", "still":
				return true
			}
		}
	}
	return false
}

// habitualAt reports a word of a habit at token k: "often", "at times",
// "from time to time".
func habitualAt(toks []normalize.Token, lo, k int) bool {
	switch toks[k].Norm {
	case "often", "frequently", "occasionally", "sometimes", "routinely", "regularly", "periodically", "usually",
		"typically", "habitually":
		return true
	case "times":
		return k > lo && toks[k-1].Norm == "at"
	case "time":
		return k-2 >= lo && toks[k-1].Norm == "to" && toks[k-2].Norm == "time"
	}
	return false
}

// relativeWords open a clause that describes a noun before it.
var relativeWords = map[string]bool{"which": true, "that": true, "who": true, "whose": true}

// timeOfDayWords tell when in a day an attack came: a sentence with one
// tells an attack, however often such attacks come.
var timeOfDayWords = []string{"overnight", "tonight", "morning", "afternoon", "evening", "dawn", "noon", "night", "midnight",
	"ago", "today", "yesterday"}

// repeatedlyAfter reports "repeatedly", "several times" in the clause
// after an attack verb: "Israel has struck Houthi targets in Yemen
// repeatedly", a pattern when no day is told.
//
// "Israel has struck Hodeidah and the nearby ports of Ras Isa and Salif
// several times since July 2024": fourteen words when a "since", "for" or
// "over" follows, eight else ("shelled the outskirts of the towns of
// Kfarchouba and Kfarhamam with phosphorus shells several times" is one
// shelling).
func repeatedlyAfter(toks []normalize.Token, k, hi int) bool {
	reach := 8
	if hasWord(toks, k, min(hi, k+18), "since", "for", "over") {
		reach = 14
	}
	for j := k; j < hi && j <= k+reach; j++ {
		switch w := toks[j].Norm; {
		case w == "repeatedly" || w == "frequently":
			return true
		case w == "times" && j > k && (toks[j-1].Norm == "several" || toks[j-1].Norm == "many" || toks[j-1].Norm == "multiple" || toks[j-1].Norm == "numerous"):
			return true
		case (w == "years" || w == "months" || w == "weeks") && forPeriod(toks, k, j) && !hasWord(toks, k, j, "that", "which", "who", "where"):
			// "have fired missiles at Israel for most of the past two
			// years", "for months"
			return true
		case toks[j].Kind == normalize.Punct:
			return false
		}
	}
	return false
}

// forPeriod reports "for" opening the period that ends at token j, after
// token k: "for months", "for most of the past two years", "for the last
// three weeks".
func forPeriod(toks []normalize.Token, k, j int) bool {
	for i := j - 1; i >= k && i >= j-6; i-- {
		switch toks[i].Norm {
		case "for", "over":
			return true
		case "most", "of", "the", "past", "last", "two", "three", "four", "several", "many":
			continue
		}
		if toks[i].Kind == normalize.Number {
			continue
		}
		return false
	}
	return false
}

// futureAfter reports a noun phrase of attacks that is the subject of
// what may come: "Further U.S. strikes in Iraq are likely to strain
// relations", "attacks could resume".
func futureAfter(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j <= k+4; j++ {
		switch toks[j].Norm {
		case "could", "would", "might", "may", "will":
			return true
		case "likely", "expected":
			return j > k && (toks[j-1].Norm == "are" || toks[j-1].Norm == "is")
		case ",", ".", ";", ":", "that", "which", "who", "was", "were", "had", "has", "have":
			return false
		}
	}
	return false
}

var noneAdjectives = map[string]bool{"confirmed": true, "new": true, "further": true, "reported": true,
	"known": true, "major": true, "significant": true, "successful": true}

// firedBy reports "fire" as the agent of a killing or a wounding: "killed
// by Israeli army fire", "wounded by live fire" (no weapon named between,
// which is its own trigger: "by artillery fire").
func firedBy(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		if toks[k].Kind != normalize.Word || is(&toks[k], cWeapon) {
			return false
		}
		if toks[k].Norm == "by" {
			return k > lo && is(&toks[k-1], cKill|cInjure)
		}
	}
	return false
}

// ongoingClause reports a verb in the present progressive of a relative
// clause ("the enemy forces that are attacking our country", "jets which
// are bombing the south"): conduct that goes on, no one attack.
func ongoingClause(toks []normalize.Token, lo, first int) bool {
	if first-2 < lo || !strings.HasSuffix(toks[first].Norm, "ing") {
		return false
	}
	switch toks[first-1].Norm {
	case "are", "is":
	default:
		return false
	}
	switch toks[first-2].Norm {
	case "that", "which", "who":
		return true
	}
	return false
}

// killVerbs are what fighters do to people in an attack.
var killVerbs = map[string]bool{"killed": true, "massacred": true, "slaughtered": true, "butchered": true,
	"abducted": true, "kidnapped": true}

// fighterNouns are armed men who do not fight as a state.
var fighterNouns = map[string]bool{"fighters": true, "militants": true, "insurgents": true, "jihadists": true,
	"bandits": true, "attackers": true, "assailants": true, "terrorists": true, "rebels": true, "extremists": true,
	"militiamen": true, "raiders": true, "gunmen": true}

// fightersBefore reports whether the verb at token i has armed men as its
// subject, within the clause: "fighters on motorcycles killed", not
// "fighters were killed".
func fightersBefore(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-6; k-- {
		w := toks[k].Norm
		switch {
		case w == "was" || w == "were" || w == "been" || w == "being" || w == "be" || w == "who" || w == "that":
			return false
		case fighterNouns[w]:
			return true
		case toks[k].Kind == normalize.Punct && w != "-":
			return false
		}
	}
	return false
}

// stateDrones are the drones states fly, which armed groups claim to
// bring down: "an MQ-9 Reaper", "a Hermes 450".
var stateDrones = map[string]bool{"mq": true, "reaper": true, "predator": true, "hermes": true, "heron": true,
	"rq": true, "scaneagle": true}

// downedBefore reports a verb of bringing down an aircraft shortly before
// token i: "downed an MQ-9", "shot down a U.S. MQ-9 Reaper".
func downedBefore(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-8; k-- {
		switch toks[k].Norm {
		case "downed", "downing":
			return true
		case "down":
			return k > lo && (toks[k-1].Norm == "shot" || toks[k-1].Norm == "shooting" || toks[k-1].Norm == "brought" ||
				toks[k-1].Norm == "bringing" || toks[k-1].Norm == "shoot")
		}
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" && toks[k].Norm != "." {
			return false
		}
	}
	return false
}

// downedAfter reports a passive verb of bringing down after the drone
// named at token i: "a Reaper drone was brought down by the Houthis".
func downedAfter(toks []normalize.Token, i, hi int) bool {
	for k := i + 1; k+1 < hi && k <= i+5; k++ {
		if toks[k].Norm != "was" && toks[k].Norm != "were" {
			continue
		}
		switch toks[k+1].Norm {
		case "downed":
			return true
		case "shot", "brought":
			return k+2 < hi && toks[k+2].Norm == "down"
		}
		return false
	}
	return false
}

// forcesBefore reports whether the verb at token i has a state's forces
// as its subject, within the clause ("Israeli troops killed", "its
// aircraft had eliminated"), and the category that tells: an air strike
// for aircraft, none told for troops.
func forcesBefore(toks []normalize.Token, lo, i int) (string, bool) {
	for k := i - 1; k >= lo && k >= i-5; k-- {
		w := toks[k].Norm
		switch {
		case w == "was" || w == "were" || w == "been" || w == "being" || w == "be" || w == "who" || w == "that" || w == "which":
			return "", false
		case aircraftNouns[w]:
			// "A suicide bomber killed six people": no aircraft.
			if k > lo && toks[k-1].Norm == "suicide" {
				return "", false
			}
			return sitrep.CategoryAirstrike, true
		case groundForces[w]:
			// "two soldiers killed and 24 wounded": the dead counted.
			if k > lo && (toks[k-1].Kind == normalize.Number || smallNumbers[toks[k-1].Norm] > 0) {
				return "", false
			}
			return "", true
		case toks[k].Kind == normalize.Punct && w != "-":
			return "", false
		}
	}
	return "", false
}

// poundedThings are pounded by hand, not by guns.
var poundedThings = map[string]bool{"door": true, "doors": true, "gate": true, "gates": true, "man": true, "men": true,
	"him": true, "them": true, "her": true, "detainee": true, "detainees": true, "protesters": true, "youth": true, "youths": true}

// poundedBy reads who pounded at token i: forces before it or aircraft
// after "by"; from the air an air strike, else shelling. Not "pounded on
// the door".
func poundedBy(toks []normalize.Token, lo, i, hi int) (string, bool) {
	if i+1 >= hi || toks[i+1].Norm == "on" || toks[i+1].Norm == "at" || toks[i+1].Norm == "away" {
		return "", false
	}
	// Not "pounded the door", "pounded the man with rifle butts".
	for j := i + 1; j < hi && j <= i+4; j++ {
		if poundedThings[toks[j].Norm] {
			return "", false
		}
	}
	c, ok := "", false
	if toks[i+1].Norm == "by" {
		for k := i + 2; k < hi && k <= i+5 && !ok; k++ {
			if aircraftNouns[toks[k].Norm] {
				c, ok = sitrep.CategoryAirstrike, true
			} else if groundForces[toks[k].Norm] {
				ok = true
			}
		}
	} else {
		c, ok = forcesBefore(toks, lo, i)
	}
	if ok && c == "" {
		c = sitrep.CategoryArtillery
	}
	return c, ok
}

// aircraftRaided reports aircraft as the subject of "raided" at token i,
// not troops they backed: "troops backed by helicopters raided the camp",
// "commandos landing by helicopter raided a house".
func aircraftRaided(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-8; k-- {
		w := toks[k].Norm
		if groundForces[w] || w == "by" || w == "with" {
			return false
		}
		if toks[k].Kind == normalize.Punct {
			break
		}
	}
	return true
}

// killedWhom reports an object after a verb of killing that ends before
// token k: "killed a man", "killed Ali Hussein Sweid", "killed two
// Palestinians", "killed at least three"; not "killed and 24 wounded".
func killedWhom(toks []normalize.Token, k, hi int) bool {
	if k >= hi {
		return false
	}
	t := &toks[k]
	switch t.Norm {
	case "a", "an", "the", "his", "her", "their", "its", "him", "them", "at", "one", "several", "dozens", "scores":
		return true
	}
	return t.Kind == normalize.Number || smallNumbers[t.Norm] > 0 || t.Kind == normalize.Word && t.Upper && !weekdayName(t.Norm)
}

// levelVerbs bring a building down (cLevelVerb); "destroyed" only with a
// building after it.
var levelVerbs = map[string]bool{"flattened": true, "levelled": true, "leveled": true, "destroyed": true}

// evacuationWarned reports "after an (Israeli) evacuation warning" or
// "order" in tokens [k, hi).
func evacuationWarned(toks []normalize.Token, k, hi int) bool {
	for ; k+1 < hi; k++ {
		if toks[k].Norm == "evacuation" && (toks[k+1].Norm == "warning" || toks[k+1].Norm == "order") {
			return true
		}
	}
	return false
}

// structureAfter reports a building or a site a few words after token i:
// "destroyed a seven-storey building", not "destroyed two drones".
func structureAfter(toks []normalize.Token, i, hi int) bool {
	for k := i; k < hi && k < i+5; k++ {
		if buildingWords[toks[k].Norm] {
			return true
		}
		switch toks[k].Norm {
		case "block", "depot", "warehouse", "bridge", "headquarters", "compound", "factory", "facility", "store", "shop",
			"school", "mosque", "hospital", "tower", "towers", "high-rise":
			return true
		}
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" {
			return false
		}
	}
	return false
}

// groundForces are armed men on the ground: a state's troops and police,
// settlers, gunmen.
var groundForces = map[string]bool{"troops": true, "soldiers": true, "forces": true, "police": true, "policemen": true,
	"settlers": true, "snipers": true, "sniper": true, "commandos": true, "patrol": true, "patrols": true,
	"soldier": true, "gunmen": true}

// groundFire reports "fired" straight at its aim ("fired toward", "fired
// on", "fired shots at") or "shot" someone, after ground forces: the
// shooting of troops, police, settlers or gunmen, no weapon named.
func groundFire(toks []normalize.Token, lo, i, hi int) bool {
	switch w := toks[i].Norm; {
	case w == "fired":
		k := i + 1
		if k < hi && (toks[k].Norm == "shots" || toks[k].Norm == "rounds" || toks[k].Norm == "bullets") {
			k++
		}
		if k >= hi || !aimWords[toks[k].Norm] {
			return false
		}
	case w == "shot":
		if i+1 < hi && toks[i+1].Norm == "down" {
			return false
		}
	default:
		return false
	}
	c, ok := forcesBefore(toks, lo, i)
	return ok && c == ""
}

// possessiveDays in the possessive before an attack noun refer back to
// the attack of that day once one is told ("Sunday's attack came as ...").
var possessiveDays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "yesterday": true, "today": true, "night": true,
	"weekend": true, "morning": true, "evening": true}

// eventNouns name events that are no attack and happen somewhere: the
// place after them is theirs.
var eventNouns = map[string]bool{"deal": true, "agreement": true, "accord": true, "talks": true,
	"negotiations": true, "meeting": true, "meetings": true, "summit": true, "conference": true, "visit": true,
	"ceasefire": true, "truce": true, "election": true, "elections": true, "vote": true, "ceremony": true,
	"rally": true, "signing": true}

// dayPossessive reports whether the attack noun at token first follows a
// day in the possessive: "Sunday's attack", "last night's strikes".
func dayPossessive(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-3; k-- {
		if toks[k].Possessive {
			return possessiveDays[toks[k].Norm]
		}
	}
	return false
}

// timeBefore come before "after" in "hours after", "days after",
// "shortly after", "a day after".
var timeBefore = map[string]bool{"hours": true, "days": true, "day": true, "shortly": true, "minutes": true,
	"soon": true, "weeks": true}

// attackNounWithin reports whether an attack noun or a weapon comes in the
// three words from token i: "a drone attack", "an attack".
func attackNounWithin(toks []normalize.Token, i, hi int) bool {
	for k := i; k < hi && k < i+3; k++ {
		if attackWords[toks[k].Norm] && !isVerbForm(toks[k].Norm) || weaponWords[toks[k].Norm] != "" {
			return true
		}
	}
	return false
}

// verbAttackBetween reports whether an attack verb comes in tokens [lo, hi):
// "struck", "hit", "targeted".
func verbAttackBetween(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if attackWords[toks[k].Norm] && isVerbForm(toks[k].Norm) {
			return true
		}
	}
	return false
}

// originEnds end an origin phrase: the verb of what the weapon did, or
// the next clause.
var originEnds = map[string]bool{"hit": true, "hits": true, "struck": true, "strikes": true, "landed": true,
	"lands": true, "fell": true, "falls": true, "killed": true, "kills": true, "killing": true, "wounded": true,
	"injured": true, "exploded": true, "explodes": true, "targeted": true, "slammed": true, "crashed": true,
	"impacted": true, "damaged": true, "and": true, "at": true, "on": true,
	"against": true, "came": true, "comes": true, "went": true, "detonated": true, "blew": true}

// originNouns after "from the" or "from an" make a longer origin phrase.
var originNouns = map[string]bool{"direction": true, "area": true, "vicinity": true, "outskirts": true, "airspace": true,
	"part": true, "parts": true,
	"territory": true, "region": true}

// quoteMarks open or close a quotation.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "'": true, "‘": true, "’": true, "«": true, "»": true}

// weaponBefore reports whether a weapon noun lies in tokens [lo, hi).
func weaponBefore(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if weaponNoun(toks[k].Norm) {
			return true
		}
	}
	return false
}

// aimWords follow "launched" and "fired" when they aim at a target.
var aimWords = map[string]bool{"at": true, "against": true, "toward": true, "towards": true, "on": true, "into": true}

func isVerbForm(w string) bool {
	n := len(w)
	return n > 2 && (w[n-2:] == "ed" || w[n-3:] == "ing") || w == "struck" || w == "hit" || w == "shot"
}

func plural(w string) bool { return len(w) > 3 && w[len(w)-1] == 's' }

func weaponNoun(w string) bool { _, ok := weaponWords[w]; return ok }

// anaphoricAt reports whether a noun trigger is definite: "the attack",
// "the reported attacks", "this strike", "the Erbil attack".
func anaphoricAt(toks []normalize.Token, lo, first, last int) bool {
	if !anaphorWords[toks[last-1].Norm] {
		return false
	}
	for k := first - 1; k >= lo && k >= first-4; k-- {
		switch toks[k].Norm {
		case "its", "their":
			// "its attack", "their latest strikes"; but "its jets struck":
			// the owner's weapons act, they refer to nothing.
			return k >= first-2 && (last >= len(toks) || !agentVerbs[toks[last].Norm])
		case "the", "this", "these", "those", "same":
			// "a number of the suitable missiles": a quantity. "The
			// Houthis fired missiles": the article is the name's.
			// "struck, with the drones, a base": a translation's
			// instrument, as Arabic writes it with its article.
			if instrumentThe(toks, lo, k) {
				return false
			}
			return !partitive(toks, lo, k) && !nameAfter(toks, k, first)
		case "that":
			// "that attack" but not "said that they heard explosions"
			return k >= first-2 && !(k > lo && speechVerbs[toks[k-1].Norm])
		case "a", "an", "another", "of", "on", "in", "at", "against", "for", "with", "by", ",", ".", ";", ":":
			return false
		}
		if toks[k].Kind == normalize.Number {
			return false
		}
	}
	return false
}

// shahedDrone reports whether "Shahed" at token i names the drone.
func shahedDrone(toks []normalize.Token, lo, i, hi int) bool {
	if i+1 < hi && (toks[i+1].Norm == "-" || toks[i+1].Kind == normalize.Number || weaponWords[toks[i+1].Norm] != "") {
		return true
	}
	if i > lo {
		switch w := toks[i-1].Norm; {
		case w == "a" || w == "an" || w == "the" || w == "iranian" || w == "iranian-made" || w == "made":
			return true
		case toks[i-1].Kind == normalize.Number || smallNumbers[w] > 0:
			return true
		}
	}
	return false
}

// mediaNouns after a capitalised word make it an outlet's name.
var mediaNouns = map[string]bool{"news": true, "agency": true, "television": true, "tv": true, "channel": true,
	"radio": true, "newspaper": true}

// sightWords after a drone tell it was only seen: "a drone sighted over".
var sightWords = map[string]bool{"sighted": true, "spotted": true, "seen": true, "observed": true}

// flewAfter reports a verb of flight or sighting within a few words after
// a drone: "drones flew", "a drone sighted", "a drone of unknown identity
// had circled".
func flewAfter(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j < k+6; j++ {
		w := toks[j].Norm
		if flightVerbs[w] || sightWords[w] {
			return true
		}
		if toks[j].Kind == normalize.Punct || attackWords[w] || killWords[w] {
			return false
		}
	}
	return false
}

// struckAfter reports an attack, weapon or kill word in tokens [k, hi) up
// to the end of the sentence.
func struckAfter(toks []normalize.Token, k, hi int) bool {
	for ; k < hi; k++ {
		w := toks[k].Norm
		// "without any explosion being heard there": none.
		if w == "without" || w == "no" || w == "not" {
			return false
		}
		if attackWords[w] || killWords[w] || w == "exploded" || w == "crashed" || w == "dropped" || w == "fired" {
			return true
		}
	}
	return false
}

// targetNouns after a weapon word make it a kind of target.
var targetNouns = map[string]bool{"storage": true, "depot": true, "depots": true, "facility": true, "facilities": true,
	"launcher": true, "launchers": true, "launch": true, "factory": true, "factories": true, "warehouse": true,
	"warehouses": true, "production": true, "stockpile": true, "stockpiles": true, "store": true, "stores": true,
	"parts": true, "components": true} // "a car carrying drone parts"

// cargoBefore reports a verb of handling goods in the three words before
// the weapon at token i: "loading artillery shells", "smuggling drones".
func cargoBefore(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		if cargoVerbs[toks[k].Norm] {
			return true
		}
		if toks[k].Kind == normalize.Punct {
			return false
		}
	}
	return false
}

// cargoVerbs handle weapons as goods; not "moving" ("tanks moving into
// Khiam shelled the town") nor past participles ("fired smuggled Grad
// rockets").
var cargoVerbs = map[string]bool{"loading": true, "unloading": true, "storing": true, "stockpiling": true,
	"smuggling": true, "transporting": true, "removing": true, "dismantling": true, "collecting": true,
	"defusing": true}

// unitNouns after a weapon word make it the name of a body of troops:
// "the drone force", "the missile unit", "the Rocket Forces".
var unitNouns = map[string]bool{"force": true, "forces": true, "unit": true, "units": true, "corps": true,
	"brigade": true, "brigades": true, "battalion": true, "command": true, "wing": true, "squadron": true,
	// and its people: "a Hezbollah rocket operative", "a drone expert"
	"operative": true, "operatives": true, "commander": true, "commanders": true, "expert": true, "experts": true,
	"specialist": true, "specialists": true, "engineer": true, "engineers": true}

// watchWords before a drone make it one that watches; flightVerbs after
// it say it only flew.
var (
	watchWords = map[string]bool{"reconnaissance": true, "surveillance": true, "spy": true, "observation": true,
		"recon": true, "unarmed": true, "scouting": true}
	flightVerbs = map[string]bool{"flew": true, "flying": true, "hovered": true, "hovering": true, "circled": true,
		"circling": true, "buzzed": true, "overflew": true, "flies": true, "fly": true}
)

// agentVerbs are the verbs of which "its jets", "their drones" are the
// subject.
var agentVerbs = map[string]bool{
	"struck": true, "hit": true, "targeted": true, "attacked": true, "bombed": true, "shelled": true,
	"pounded": true, "fired": true, "launched": true, "carried": true, "conducted": true, "destroyed": true,
	"killed": true, "raided": true, "strike": true, "hits": true, "target": true, "targets": true,
	"attack": true, "attacks": true, "shot": true, "downed": true, "intercepted": true, "engaged": true,
}

// definiteObject reports "struck the base", "hit the facility": a verb
// whose object refers back to a place already told.
func definiteObject(toks []normalize.Token, k, hi int) bool {
	if k+1 < hi && (toks[k].Norm == "the" || toks[k].Norm == "this" || toks[k].Norm == "that") && anaphorWords[toks[k+1].Norm] {
		// "targeted the ship (OCEAN JAZZ)", "the ship \"Rubymar\"": a ship
		// the statement names, not one told before.
		if k+3 < hi && nameQuotes[toks[k+2].Norm] && toks[k+3].Kind == normalize.Word && toks[k+3].Upper {
			return false
		}
		return k+2 >= hi || toks[k+2].Kind == normalize.Punct || toks[k+2].Norm == "and" || toks[k+2].Norm == "with"
	}
	return false
}

// protestVerbs are what people do against strikes without striking.
var protestVerbs = map[string]bool{"demonstrated": true, "protested": true, "rallied": true, "marched": true,
	"demonstrating": true, "protesting": true, "rallying": true, "marching": true, "demonstrate": true, "protest": true,
	"demonstration": true, "demonstrations": true, "protests": true, "rally": true, "rallies": true, "march": true,
	"sit-in": true, "vigil": true, "chanted": true, "chanting": true}

// protestAgainst reports an attack noun that a protest is against:
// "demonstrated in the centre of Qaladze against the Turkish strikes", "a
// rally against the air raids".
func protestAgainst(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	for k > lo && k >= first-3 && toks[k].Norm != "against" {
		if toks[k].Kind == normalize.Punct {
			return false
		}
		k--
	}
	if k < lo || toks[k].Norm != "against" {
		return false
	}
	for j := k - 1; j >= lo && j >= k-10; j-- {
		if protestVerbs[toks[j].Norm] {
			return true
		}
		if w := toks[j].Norm; w == "." || w == ";" {
			return false
		}
	}
	return false
}

// instrumentThe reports the article at token k of an instrument right
// after the attack's verb or a comma: "struck, with the drones, a base",
// "struck with the drones a base", as a translation from Arabic writes
// it; not "with the same drones".
func instrumentThe(toks []normalize.Token, lo, k int) bool {
	return toks[k].Norm == "the" && k-1 > lo && toks[k-1].Norm == "with" && (toks[k-2].Norm == "," || is(&toks[k-2], cAttack)) &&
		k+1 < len(toks) && toks[k+1].Norm != "same"
}

// nameQuotes open a name in brackets or quotes.
var nameQuotes = map[string]bool{"(": true, "\"": true, "“": true, "'": true, "‘": true}

// definitePlural reports "the rocket and drone strikes", "the drones": a
// plural weapon noun phrase that refers back.
func definitePlural(toks []normalize.Token, lo, first, last int) bool {
	head := headOf(toks, last)
	// "The rockets hit at about 11:30 p.m.": the weapon before its verb,
	// at the start of the sentence ("... and the drones hit their
	// targets" are those the sentence just told).
	if last-first >= 2 && head == last-1 && isVerbForm(toks[head].Norm) && weaponNoun(toks[head-1].Norm) {
		if first-1 != lo {
			return false
		}
		head--
	}
	if !plural(toks[head].Norm) {
		return false
	}
	for k := first - 1; k >= lo && k >= first-6; k-- {
		switch toks[k].Norm {
		case "the", "these", "those":
			// "with a number of the suitable missiles": a quantity, as
			// translated statements write it, not a reference.
			return !partitive(toks, lo, k) && !nameAfter(toks, k, first) && !instrumentThe(toks, lo, k)
		case "a", "an", "of", "by", "with", "on", "at", "against", ".", ";", ":", "its", "their",
			// "In the evening, two rockets landed": the article is the evening's.
			",":
			return false
		}
		if speechVerbs[toks[k].Norm] {
			return false // "The ministry said jets struck": another phrase
		}
		if toks[k].Kind == normalize.Number {
			return false
		}
	}
	return false
}

// headOf returns the index of the head noun of a weapon or attack noun
// phrase ending at last: "rocket and drone strikes" has head "strikes".
func headOf(toks []normalize.Token, last int) int {
	head := last - 1
	for k := last; k < len(toks) && k < last+4; k++ {
		w := toks[k].Norm
		if w == "and" || w == "or" || weaponNoun(w) || attackWords[w] {
			if w != "and" && w != "or" {
				head = k
			}
			continue
		}
		break
	}
	return head
}

// countBefore returns the number written just before a weapon word: "six
// missiles", "ten large-caliber missiles", "two one-way attack drones".
func countBefore(toks []normalize.Token, lo, first int) int {
	for k := first - 1; k >= lo && k >= first-6; k-- {
		t := toks[k]
		if t.Kind == normalize.Punct && t.Norm != "-" {
			return 0
		}
		switch t.Norm {
		case "the", "of", "by", "with", "and", "or", "on", "at", "in",
			// "24 wounded when a drone struck": a count of other things
			"when", "after", "as", "a", "an", "wounded", "killed", "injured", "dead":
			if t.Norm == "of" && k-1 >= lo && (toks[k-1].Norm == "salvo" || toks[k-1].Norm == "barrage" || toks[k-1].Norm == "volley" || toks[k-1].Norm == "total") {
				continue
			}
			return 0
		}
		n, next, ok := number(toks, k, true)
		if !ok {
			continue
		}
		// "one-way", "one-off": not a count.
		if next < len(toks) && toks[next].Norm == "-" && next+1 < len(toks) && (toks[next+1].Norm == "way" || toks[next+1].Norm == "off") {
			continue
		}
		// "thirty-two": the tens word starts it.
		if k-2 >= lo && toks[k-1].Norm == "-" {
			if v, _, ok := number(toks, k-2, true); ok && v >= 20 {
				return v + n
			}
		}
		return n
	}
	return 0
}

// underway reports whether the relative clause at token k tells where the
// attack happened rather than describing: where a ship or unit was at the
// time ("toward USS Carney, which was operating in the Gulf of Aden"), or
// what the weapon hit ("a second missile, which struck a tanker 60
// nautical miles southeast of Aden"), or when the attack came ("which
// took place on Tuesday night").
func underway(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j < k+3; j++ {
		switch w := toks[j].Norm; w {
		case "operating", "sailing", "transiting", "patrolling", "travelling", "traveling", "steaming", "anchored":
			return true
		case "struck", "hit", "targeted", "slammed":
			return true
		case "happened", "occurred", "took", "killed", "wounded", "injured",
			"carried", "conducted", "executed", "mounted", "announced":
			// "the base in Al-Shaddadi, which happened on Monday", "the
			// Kalsu explosion, which killed a member of the PMF late on
			// Friday", "the operation ..., which was carried out (or, in a
			// group's statement, announced) at dawn on Thursday": when the
			// attack itself came, and what it did.
			return true
		}
	}
	return false
}

// datedNoun reports whether a date opens the noun phrase at token k:
// "January 20 missile attack", "Oct. 17 drone strike".
func datedNoun(toks []normalize.Token, k int) bool {
	_, month := months[toks[k].Norm]
	if !month || !toks[k].Upper {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].Norm == "." {
		j++
	}
	return j < len(toks) && toks[j].Kind == normalize.Number
}

// quantityNouns count what follows "of the": "a number of the missiles".
var quantityNouns = map[string]bool{"number": true, "batch": true, "salvo": true, "barrage": true, "group": true,
	"swarm": true, "series": true, "volley": true}

// partitive reports "a number of" before the article at token k: "a number
// of the suitable missiles" counts, it does not refer back.
func partitive(toks []normalize.Token, lo, k int) bool {
	return k >= lo+2 && toks[k-1].Norm == "of" && quantityNouns[toks[k-2].Norm]
}

// nameAfter reports whether the article at token k opens a name, a
// capitalised word other than the weapon phrase starting at first: "The
// Houthis fired two missiles", "The Yemeni Armed Forces targeted ...".
func nameAfter(toks []normalize.Token, k, first int) bool {
	return k+1 < first && toks[k+1].Upper && toks[k+1].Kind == normalize.Word
}

// fewAt reports whether a place follows the attack noun ending at
// last: "two strikes on the Jarban area", "three raids south of Sanaa". A
// few strikes at one place are one attack told, not a count of attacks.
func fewAt(toks []normalize.Token, last, hi int) bool {
	if last >= hi {
		return false
	}
	switch toks[last].Norm {
	case "on", "in", "at", "near", "against", "targeting", "outside":
		return true
	}
	_, n := gazetteer.DirectionWord(toks, last)
	return n > 0
}

// headingNouns after "incident" make a heading, no incident: "Weekly
// Incident Overview", "incident log".
var headingNouns = map[string]bool{"overview": true, "summary": true, "report": true, "reports": true, "tracker": true,
	"log": true, "digest": true, "update": true, "updates": true, "map": true, "list": true, "roundup": true}

// onLauncher reports rockets or missiles a launcher holds, told just before
// token i with no verb between: "launch rail with two rockets", "a launch
// platform with three 107 mm rockets".
func onLauncher(toks []normalize.Token, lo, i int) bool {
	with := false
	for k := i - 1; k >= lo && k >= i-6; k-- {
		switch toks[k].Norm {
		case "with", "loaded", "holding", "carrying":
			with = true
		case "rail", "rails", "platform", "platforms", "launcher", "launchers", "pad", "tube", "tubes":
			return with
		case ",", ".", ";", ":", "fired", "launched", "firing", "launching":
			return false
		}
	}
	return false
}

// defencesFire reports air defences as the subject of the fire at token
// first, aimed at a weapon after it: "the air defences of the coalition
// base opened fire at a drone".
func defencesFire(toks []normalize.Token, lo, first, hi int) bool {
	subject := false
	for k := first - 1; k >= lo && k >= first-24; k-- {
		w := toks[k].Norm
		if (w == "defences" || w == "defenses" || w == "defence" || w == "defense") && !selfDefence(toks, lo, k) {
			subject = true
			break
		}
		if w == ";" || w == "." {
			break
		}
	}
	if !subject {
		return false
	}
	for k := first + 1; k < hi && k <= first+6; k++ {
		if is(&toks[k], cWeapon) {
			return true
		}
	}
	return false
}

// droneAloft reports a drone, its word ending at token k, that its clause
// tells in the sky, flying or hovering, and striking nothing: "did not
// leave the sky of the district", "remained in the skies", "flying at low
// heights above the towns"; when heard, also a drone heard or seen over a
// place (heardAloft), which an armed drone seen over a base is not.
func droneAloft(toks []normalize.Token, k, hi int, heard bool) bool {
	aloft := false
	for j := k; j < hi && j < k+14; j++ {
		w := toks[j].Norm
		if w == ";" || w == "." {
			break
		}
		switch {
		case w == "sky" || w == "skies":
			aloft = true
		case (flightVerbs[w] && w != "fly" && w != "flies" || heard && heardAloft[w]) && j+1 < hi:
			// "flying at low heights above the towns", "hovering over
			// the camp"; not "upgraded to fly farther".
			switch toks[j+1].Norm {
			case "over", "above", "at", "low", "around":
				aloft = true
			}
		case attackWords[w] || killWords[w] || w == "exploded" || w == "crashed" || w == "dropped" || w == "fired" ||
			is(&toks[j], cAttack):
			return false
		}
	}
	return aloft && !struckAfter(toks, k, hi)
}

// strikeOpens reports a sentence from token k whose first words strike:
// "Drones were heard over Tyre. One struck a motorcycle": the drone heard
// is the one that struck.
func strikeOpens(toks []normalize.Token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		if w := toks[j].Norm; attackWords[w] && isVerbForm(w) || killWords[w] {
			return true
		}
	}
	return false
}

// heardAloft are words of drones noticed in the sky, aloft when "over"
// or "above" follows: "drones were heard over Tyre", "heavy drone
// activity over the Bint Jbeil district".
var heardAloft = map[string]bool{"heard": true, "seen": true, "spotted": true, "observed": true, "activity": true,
	"flights": true, "overflights": true}

// casualtyWordIn reports a word of the dead or the hurt in tokens [lo, hi).
func casualtyWordIn(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if killWords[toks[k].Norm] || injureWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

// unarmedDrone reports a drone, its word at tokens [first, last), that
// watches and strikes nothing in its sentence [lo, hi): "one of its
// surveillance drones over Haifa", "the drone had not been armed".
func unarmedDrone(toks []normalize.Token, lo, first, last, hi int) bool {
	watch := false
	for k := first - 1; k >= lo && k >= first-2; k-- {
		if watchWords[toks[k].Norm] {
			watch = true
		}
	}
	for k := last; k+2 < hi && k < last+6; k++ {
		// "the drone had not been armed", "was not armed"
		if toks[k].Norm == "not" && (toks[k+1].Norm == "armed" || toks[k+1].Norm == "been" && toks[k+2].Norm == "armed") {
			watch = true
		}
	}
	if !watch {
		return false
	}
	for k := first + 1; k < hi; k++ {
		if is(&toks[k], cAttack) || killWords[toks[k].Norm] || attackWords[toks[k].Norm] {
			return false // "a reconnaissance drone struck a car"
		}
	}
	return !struckAfter(toks, first+1, hi)
}

// bombCompounds make "bomb" another thing: "bomb disposal", "bomb shelter".
var bombCompounds = map[string]bool{"disposal": true, "squad": true, "shelter": true, "shelters": true, "threat": true,
	"threats": true, "maker": true, "makers": true, "scare": true, "factory": true}

// stateBomb reports a state's bomb: "an Israeli bomb", "U.S. bombs", not
// "a bomb planted by".
func stateBomb(toks []normalize.Token, lo, i int) bool {
	k := i - 1
	if k < lo {
		return false
	}
	// Not "an Israeli bomb disposal unit", "bomb shelter", "bomb threat".
	if i+1 < len(toks) && bombCompounds[toks[i+1].Norm] {
		return false
	}
	if demonyms[toks[k].Norm] != "" {
		return true
	}
	return toks[k].Norm == "." && k-3 >= lo && toks[k-1].Norm == "s" && toks[k-2].Norm == "." && toks[k-3].Norm == "u"
}

// flightOf reports "flight of" or "overflights by" a few words before
// token i: "the flight of its drones", "overflights by Israeli jets".
func flightOf(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		switch toks[k].Norm {
		case "of", "by":
			if k > lo {
				switch toks[k-1].Norm {
				case "flight", "flights", "overflight", "overflights":
					return true
				}
			}
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// citedAttack returns the tokens [from, to) of an attack a statement gives
// as its motive: "the statement gives the Sheikh Radwan strike as a
// motive", "names the Maghazi strike as the reason". (One that "refers to"
// an attack still tells it, a source more; "struck Khiam, citing the
// rockets as a justification" tells the strike.)
func citedAttack(toks []normalize.Token, lo, hi int) (from, to int, ok bool) {
	for k := lo; k+1 < hi; k++ {
		if toks[k].Norm != "as" || !(toks[k+1].Norm == "motive" || toks[k+1].Norm == "motives" ||
			k+2 < hi && (toks[k+1].Norm == "a" || toks[k+1].Norm == "the" || toks[k+1].Norm == "its") && (toks[k+2].Norm == "motive" || toks[k+2].Norm == "reason")) {
			continue
		}
		for j := k - 1; j >= lo && j >= k-12; j-- {
			switch toks[j].Norm {
			case "gives", "gave", "give", "names", "named", "name", "cites", "cited", "cite":
				return j + 1, k, true
			case ".", ";", ",":
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

// shellBefore reports a word that makes the "shell" after it a round
// fired: a count, "artillery", "tank", "enemy", a side ("Israeli").
func shellBefore(t *normalize.Token) bool {
	switch t.Norm {
	case "a", "an", "one", "single", "another", "second", "artillery", "tank", "enemy", "mortar":
		return true
	}
	return t.Upper && demonyms[t.Norm] != ""
}

// shellCompany names what "a shell" is when no round: "a shell company".
var shellCompany = map[string]bool{"company": true, "companies": true, "corporation": true, "firm": true, "game": true,
	"script": true, "account": true, "station": true, "stations": true}

// raidAlarm names what "air raid", "rocket", "missile" or "drone"
// qualify when no attack is told: sirens, alerts, shelters, drills.
var raidAlarm = map[string]bool{"siren": true, "sirens": true, "shelter": true, "shelters": true, "warning": true,
	"warnings": true, "alarm": true, "alarms": true, "alert": true, "alerts": true, "drill": true, "drills": true}

// topicVerbs take what follows "about" as a topic: "read about drones".
var topicVerbs = map[string]bool{"read": true, "reads": true, "hear": true, "hears": true, "heard": true, "talk": true,
	"talks": true, "talked": true, "worry": true, "worries": true, "worried": true, "joke": true, "joked": true,
	"learn": true, "learned": true, "learnt": true, "think": true, "thinks": true, "thought": true}
