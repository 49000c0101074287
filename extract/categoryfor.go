package extract

import (
	"slices"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// categoryFor returns the category of the attack word nearest to p that
// names a weapon, "airstrike" for a strike by a state's forces, or "".
func (d *docState) categoryFor(s *sentence, ng []trigger, p placeRef) string {
	if s.Uncertain {
		return ""
	}
	best, bestDist, bestAt := "", 1<<30, -1
	// A weapon in an aside is another event's ("struck the commander it
	// blames for Saturday's rocket attack"), when an attack word stands
	// outside it.
	outside := false
	for _, t := range ng {
		if !inAside(s.Aside, t.First, t.Last) {
			outside = true
			break
		}
	}
	for i, t := range ng {
		if t.Category == "" || outside && inAside(s.Aside, t.First, t.Last) || d.targetsWeapon(s, t) || operatedAfterStrike(d.toks, ng, t) {
			continue
		}
		// "its targeting of the base in Al-Tanf with drones, and after the
		// American aggression targeted positions in Albukamal": the drones
		// are the other clause's.
		if p.Entry != nil && d.newClause(min(t.Last, p.Last), max(t.First, p.First), true) {
			continue
		}
		// "five killed in a strike on a house in Sheikh Radwan on Tuesday
		// and two killed by shelling east of Deir al-Balah on Wednesday":
		// past X's day, a weapon before another place is that place's.
		if p.Entry != nil && t.First >= p.Last && d.dayThenPlace(s, p, t) {
			continue
		}
		// "opened fire in Bani Suheila on Monday, and on Tuesday a man was
		// killed in Shujaiya": a day closes the weapon's clause and another
		// opens the place's.
		if p.Entry != nil && t.Last <= p.First && d.dayClosesThenDay(s, t.Last, p.First) {
			continue
		}
		dist := abs(t.First - p.First)
		if p.Entry == nil {
			dist = t.First
		} else if t.First >= p.Last && d.clauseBreak(p.Last, t.First) {
			// "missiles hit X and a drone struck Y": the drone is Y's, and
			// X's is a weapon of its own clause however far back.
			dist += 100
		} else if t.First >= p.Last && dateClosesBefore(d.toks, s, p.Last, t.First) {
			// "A drone strike killed a man in Houla on Monday, rockets
			// fell around Beit Hillel on Tuesday": the day closes X's
			// clause, and the rockets are the next one's.
			continue
		}
		if dist < bestDist {
			best, bestDist, bestAt = t.Category, dist, i
		}
	}
	// "fired a Burkan near Ma'ayan Baruch on Sunday and about 60 rockets
	// at the Golan": the system named just before the place.
	if best == "" && p.Entry != nil {
		for k := max(s.First+2, p.First-6); k < p.First; k++ {
			if c := systemClass[namedSystems[d.toks[k].Norm]]; c != "" && (d.toks[k-1].Norm == "a" || d.toks[k-1].Norm == "an") && (firedVerbs[d.toks[k-2].Norm] || fireVerbs[d.toks[k-2].Norm]) {
				best = c
			}
		}
	}
	// "ballistic missiles and rockets": the first of coordinated weapons.
	for bestAt > 0 {
		prev, cur := ng[bestAt-1], ng[bestAt]
		gap := d.toks[prev.Last:cur.First]
		if prev.Category == "" || len(gap) != 1 || gap[0].Norm != "and" && gap[0].Norm != "or" && gap[0].Norm != "," {
			break
		}
		best, bestAt = prev.Category, bestAt-1
	}
	// "bombarded the settlement of Beit Hillel with dozens of Katyusha
	// rockets": the weapon a verb of shelling names is what struck.
	if bestAt >= 0 && shellingVerbs[d.toks[ng[bestAt].First].Norm] {
		for _, t := range ng[bestAt+1:] {
			if t.Category != "" && !shellingVerbs[d.toks[t.First].Norm] && t.First-ng[bestAt].Last <= 12 && instrumentBefore(d.toks, ng[bestAt].Last, t.First) {
				best = t.Category
				break
			}
		}
	}
	// A state's forces striking: an air strike, whatever weapons the
	// sentence names as the target's ("militants preparing to launch
	// drones"), unless the weapon is the strike's own ("a drone strike").
	// The weapon nearer the place than the strike is another attack's:
	// "an Israeli strike in Beirut targeted the man Israel blames for the
	// rocket that killed 12 in Majdal Shams".
	// Not a state named in a later clause: "a missile fired from Lebanon
	// wounded two soldiers near Avivim, and an Israeli drone then struck
	// the men who had fired it".
	// Nor one of an earlier clause that passes to another event: "an
	// Israeli strike on a house of Majdal Selm, a few hours after Hezbollah
	// targeted a barracks in Zar'it".
	if s.Perpetrator != nil && s.Perpetrator.Actor.Type == StateForce && !ownCountry(s.Perpetrator.Actor, p.Entry) &&
		!(p.Entry != nil && s.Perpetrator.First >= p.Last && d.clauseBreak(p.Last, s.Perpetrator.First)) &&
		!(p.Entry != nil && s.Perpetrator.Last <= p.First && hasWord(d.toks, s.Perpetrator.Last, p.First, "after", "before", "when")) {
		// "targeted the air bases ... by the Fattah hypersonic missiles":
		// the weapon the strike was made with.
		// Not across a semicolon: "an Israeli drone killed a sergeant
		// ...; at 19:40 Hezbollah answered with two mortar rounds ...;
		// from about 21:20 Israel struck Haris".
		for _, t := range ng {
			if t.Category != "" && instrumentBefore(d.toks, s.First, t.First) &&
				!(p.Entry != nil && hasWord(d.toks, min(t.Last, p.Last), max(t.First, p.First), ";")) {
				// "carried out an aerial aggression with a salvo of
				// missiles": the missiles of an air strike.
				if t.Category == sitrep.CategoryMissile || t.Category == sitrep.CategoryRocket {
					for _, u := range ng {
						if u.Category == sitrep.CategoryAirstrike && u.Last <= t.First && !d.otherEvent(u.Last, t.First) {
							return sitrep.CategoryAirstrike
						}
						// "a drone of the Israeli enemy targeted with a
						// guided missile a car": the drone's missile.
						if u.Category == sitrep.CategoryDrone && u.Last <= t.First && t.First-u.Last <= 40 && !d.otherEvent(u.Last, t.First) &&
							!weaponBetween(ng, u.Last, t.First) {
							return sitrep.CategoryDrone
						}
					}
				}
				return t.Category
			}
		}
		for _, t := range ng {
			switch d.toks[t.Last-1].Norm {
			case "struck", "bombed", "targeted", "hit", "strike", "strikes", "raid", "raids", "bombing":
				// "soldiers killed two young men during a raid on the
				// Balata camp": troops on the ground, no air raid.
				if w := d.toks[t.Last-1].Norm; (w == "raid" || w == "raids") && t.Category == "" && groundRaid(d.toks, s.First, s.Last, t.First) {
					if troopsKilled(d.toks, s.First, s.Last) >= 0 {
						return sitrep.CategoryShooting
					}
					continue
				}
				// "a man was shot dead during an Israeli raid on Qabatiya":
				// gunfire, not aircraft.
				if w := d.toks[t.Last-1].Norm; (w == "raid" || w == "raids") && t.Category == "" && shotDead(d.toks, s.First, s.Last, t.First) {
					return sitrep.CategoryShooting
				}
				// "a drone of the Turkish army targeted a vehicle": the
				// weapon is the verb's subject, and the strike its own.
				if bestAt >= 0 && (best == sitrep.CategoryDrone || best == sitrep.CategoryMissile) && ng[bestAt].Last <= t.First &&
					t.First-ng[bestAt].Last <= 5 && !hasWord(d.toks, ng[bestAt].Last, t.First, ",", "and", "after", "when", "as", "while") &&
					(p.Entry == nil || !hasWord(d.toks, min(t.Last, p.Last), max(t.First, p.First), ";", ".", "and", "while", "after", "when")) {
					return best
				}
				if best != "" && p.Entry != nil {
					dist := abs(t.First - p.First)
					if t.First >= p.Last && d.clauseBreak(p.Last, t.First) {
						dist += 100
					}
					if bestDist < dist {
						continue
					}
				}
				if t.Category == "" {
					return sitrep.CategoryAirstrike
				}
				return t.Category
			}
		}
	}
	// "aircraft fired missiles": missiles from the air make an air strike.
	// Not across clauses: "Israeli air strikes ... killed eight, hours
	// after a rocket fired from Lebanon killed a soldier in Safed".
	if (best == sitrep.CategoryMissile || best == sitrep.CategoryRocket) && bestAt >= 0 {
		b := ng[bestAt]
		// "an Israeli drone fired a missile at a motorcycle": a drone
		// strike, the missile its weapon.
		for _, t := range ng {
			if t.Category == sitrep.CategoryDrone && t.Last <= b.First && b.First-t.Last <= 4 && !d.otherEvent(t.Last, b.First) &&
				hasWord(d.toks, t.Last, b.First, "fired", "launched", "dropped", "fires", "launches") {
				return sitrep.CategoryDrone
			}
			// "a drone of the Israeli enemy targeted with a guided missile
			// a car", "an Israeli drone targeted a car with two missiles":
			// the drone's strike, the missiles what it struck with.
			if t.Category == sitrep.CategoryDrone && t.Last <= b.First && b.First-t.Last <= 40 && instrumentBefore(d.toks, t.Last, b.First) &&
				!d.otherEvent(t.Last, b.First) && !weaponBetween(ng, t.Last, b.First) {
				return sitrep.CategoryDrone
			}
		}
		for _, t := range ng {
			if t.Category != sitrep.CategoryAirstrike {
				continue
			}
			lo, hi := min(t.Last, b.Last), max(t.First, b.First)
			if !d.otherEvent(lo, hi) {
				return sitrep.CategoryAirstrike
			}
		}
		// "Israeli aircraft flying over the occupied Golan fired several
		// missiles at a building": aircraft, which no attack word names.
		if d.aircraftFired(s, b.First) {
			return sitrep.CategoryAirstrike
		}
	}
	if best != "" {
		return best
	}
	// "Israeli troops killed a 19-year-old in Beit Furik": soldiers kill
	// by gunfire when the sentence names no weapon. Not another clause's
	// place: "..., while an explosion destroyed houses in Odaisseh".
	if j := troopsKilled(d.toks, s.First, s.Last); j >= 0 &&
		(p.Entry == nil || !hasWord(d.toks, min(j, p.First), max(j+1, p.Last), "while", "whereas", ";", "after", "before")) {
		return sitrep.CategoryShooting
	}
	return ""
}

// airWords name an attack from the air.
var airWords = map[string]bool{"air": true, "aerial": true, "airstrike": true, "airstrikes": true,
	"drone": true, "drones": true, "uav": true}

// groundRaid reports a raid at token r of sentence [lo, hi) made by
// forces on the ground: "soldiers ... during a raid", "Israeli forces
// killed a man during a raid on Jenin"; not when the sentence speaks of
// the air ("an Israeli air raid", "aircraft raided").
func groundRaid(toks []normalize.Token, lo, hi, r int) bool {
	ground := false
	for k := lo; k < hi; k++ {
		w := toks[k].Norm
		if airWords[w] || aircraftNouns[w] {
			return false
		}
		if k < r && (groundForces[w] && w != "forces" || w == "forces" && (hasWord(toks, k, r, "during") || forcesKilled(toks, k, hi) && raidAfter(toks, k+1, hi))) {
			ground = true
		}
	}
	return ground
}

// shotDead reports "shot dead" or "shot and killed" in the clause of the
// raid at token r, in [lo, hi), with no aircraft nor air word in the
// sentence: not "killed in a raid on Nabatieh, and a man was shot dead in
// Jenin".
func shotDead(toks []normalize.Token, lo, hi, r int) bool {
	shot := false
	for k := lo; k < hi; k++ {
		w := toks[k].Norm
		if airWords[w] || aircraftNouns[w] || is(&toks[k], cWeapon) {
			return false
		}
		if w == "shot" && k+1 < hi && (toks[k+1].Norm == "dead" || toks[k+1].Norm == "and" && k+2 < hi && toks[k+2].Norm == "killed") &&
			abs(k-r) <= 10 && !hasWord(toks, min(k, r), max(k, r), ";", "and", "while") {
			shot = true
		}
	}
	return shot
}

// troopsKilled returns the verb of soldiers or police who killed or
// wounded in sentence [lo, hi), with no weapon nor aircraft named ("Israeli
// troops killed a 19-year-old"; not "killed a farmer with tank fire"), or
// -1.
func troopsKilled(toks []normalize.Token, lo, hi int) int {
	for k := lo; k < hi; k++ {
		if w := toks[k].Norm; !groundForces[w] || w == "settlers" || w == "forces" && !raidAfter(toks, k+1, hi) {
			continue
		}
		// The soldiers the subject, not the victims: "three soldiers
		// were killed", "two soldiers killed in a drone attack".
		if k > lo && (toks[k-1].Kind == normalize.Number || smallNumbers[toks[k-1].Norm] > 0) || k+2 >= hi {
			continue
		}
		switch toks[k+1].Norm {
		case "killed", "wounded", "injured", "shot":
		default:
			continue
		}
		if o := toks[k+2]; (o.Kind == normalize.Number || smallNumbers[o.Norm] > 0 || o.Norm == "a" || o.Norm == "an" || o.Norm == "dead") &&
			groundRaid(toks, lo, hi, k+1) && !instrumentAfter(toks, k+2, hi) {
			return k + 1
		}
	}
	return -1
}

// inRaid reports "in a raid" or "during a raid" with the raid noun at
// token r: the killing took place in the course of it.
func inRaid(toks []normalize.Token, r int) bool {
	return r >= 2 && (toks[r-1].Norm == "a" || toks[r-1].Norm == "an") && (toks[r-2].Norm == "in" || toks[r-2].Norm == "during")
}

// raidAfter reports a raid in the course of which the killing of token k
// took place, in its clause: "forces killed two Palestinians in a raid on
// Burqin". Forces that merely kill may have struck from the air.
func raidAfter(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j < k+14; j++ {
		switch toks[j].Norm {
		case "raid", "raids":
			return inRaid(toks, j) && !airRaidTarget(toks, j+1, hi) && !weaponIn(toks, k, hi)
		case ".", ";":
			return false
		}
	}
	return false
}

// forcesKilled reports forces at token k that kill or shoot: "forces
// killed", "forces shot"; not "army forces were killed in a raid".
func forcesKilled(toks []normalize.Token, k, hi int) bool {
	if k+1 >= hi {
		return false
	}
	switch toks[k+1].Norm {
	case "killed", "shot", "wounded", "injured":
		return true
	}
	return false
}

// airRaidTarget reports what raids from the air strike, after the raid
// noun at token k: "a raid on a house in Khan Younis", "a raid that
// targeted a house", a tent, a car. Troops raid towns and camps.
func airRaidTarget(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j < k+4; j++ {
		switch toks[j].Norm {
		case "targeted", "targeting", "house", "home", "houses", "homes", "building", "buildings", "tent", "tents", "car",
			"vehicle", "apartment", "flat", "shelter", "school", "motorcycle":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// weaponIn reports a weapon named in tokens [lo, hi): "firing a missile at
// their car".
func weaponIn(toks []normalize.Token, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if is(&toks[j], cWeapon) {
			return true
		}
	}
	return false
}

// instrumentAfter reports "with" or "by" in the ten words after token k,
// before a stop: the weapon or means of a killing ("with tank fire", "by
// running him over").
func instrumentAfter(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j < k+10; j++ {
		switch toks[j].Norm {
		case "with", "by":
			return true
		case ".", ";", ",":
			return false
		}
	}
	return false
}

// aircraftFired reports aircraft that "fired" or "launched" the weapon at
// token w in their own clause: "Israeli aircraft ... fired several
// missiles".
func (d *docState) aircraftFired(s *sentence, w int) bool {
	for k := w - 1; k >= s.First && k >= w-15; k-- {
		if aircraftNouns[d.toks[k].Norm] {
			return hasWord(d.toks, k+1, w, "fired", "launched", "fires", "launches", "shot") && !d.otherEvent(k+1, w)
		}
	}
	return false
}

// otherEvent reports whether tokens [lo, hi) pass from one event to
// another: a clause break, or "after", "before", "when".
func (d *docState) otherEvent(lo, hi int) bool {
	if d.clauseBreak(lo, hi) {
		return true
	}
	for k := lo; k < hi; k++ {
		switch d.toks[k].Norm {
		case "after", "before", "when":
			return true
		}
	}
	return false
}

func (d *docState) setCategory(f *frame, s *sentence, cat string, ng []trigger, p placeRef) {
	for _, t := range ng {
		if t.Category == "" || cat != "" && t.Category != cat && !joined(d.toks, ng, t, cat) {
			continue
		}
		if sys := systemOf(d.text, d.toks, s.First, t.First, t.Last); sys != "" && f.systems[t.Category] == "" {
			if f.systems == nil {
				f.systems = map[string]string{}
			}
			f.systems[t.Category] = sys
			if _, ok := f.weapons[t.Category]; !ok {
				f.weapons[t.Category] = 0
			}
		}
		if t.Count > 0 && f.weapons[t.Category] == 0 {
			f.weapons[t.Category] = t.Count
			d.assert(f, s, sitrep.FieldWeapon, t.Category+"="+itoa(t.Count), d.span(max(s.First, t.First-3), t.Last))
		}
	}
	if cat == "" {
		return
	}
	for _, t := range ng {
		if t.Category == cat {
			d.assert(f, s, sitrep.FieldCategory, cat, d.span(t.First, t.Last))
			break
		}
	}
	if f.category == "" {
		f.category = cat
	}
}

// targetsWeapon reports a weapon the target of the attack used, told in a
// relative clause after the attack: "a drone struck the Hezbollah cell
// that had fired the missile" (not "said that they had fired ballistic
// missiles").
func (d *docState) targetsWeapon(s *sentence, t trigger) bool {
	return relativeVerb(d.toks, s.First, t) && len(s.nonGeneric()) > 1 || d.strikeObject(s, t)
}

// operatedAfterStrike reports a weapon the target was handling, after an
// air strike's trigger: "its aircraft struck two militants it says were
// operating a drone", "struck a cell launching rockets".
func operatedAfterStrike(toks []normalize.Token, ng []trigger, t trigger) bool {
	k := t.First - 1
	for k >= 0 && (toks[k].Norm == "a" || toks[k].Norm == "an" || toks[k].Norm == "the" || toks[k].Norm == "their" ||
		toks[k].Kind == normalize.Number || smallNumbers[toks[k].Norm] > 0) {
		k--
	}
	if k < 0 || !handlingVerbs[toks[k].Norm] {
		return false
	}
	return slices.ContainsFunc(ng, func(u trigger) bool {
		return u.Category == sitrep.CategoryAirstrike && u.Last <= k && k-u.Last <= 15
	})
}

// handlingVerbs are what militants do with a weapon before it is fired.
var handlingVerbs = map[string]bool{"operating": true, "launching": true, "flying": true, "carrying": true,
	"piloting": true, "preparing": true, "transporting": true, "loading": true, "assembling": true}

// strikeObject reports a weapon that a state's forces struck: "forces
// conducted strikes against a UAV ground control station and 10 one-way
// attack UAVs", "struck three missile launchers": the weapon is the
// target, the attack an air strike.
func (d *docState) strikeObject(s *sentence, t trigger) bool {
	if t.Category == "" || t.Category == sitrep.CategoryAirstrike || s.Perpetrator == nil || s.Perpetrator.Actor.Type != StateForce {
		return false
	}
	for _, u := range s.Triggers {
		if u.Category != "" || u.Last > t.First || t.First-u.Last > 24 || u.Generic {
			continue
		}
		switch d.toks[u.Last-1].Norm {
		case "strike", "strikes", "struck", "airstrikes", "raids", "targeted", "destroyed", "hit":
		default:
			continue
		}
		if hasWord(d.toks, u.Last, t.First, "with", "by", "using", "from", "after", "before", "when", "while", ";") {
			continue
		}
		// "strikes that destroyed one UAV ground control station": what
		// the strikes destroyed; not "strikes that a drone ...".
		if hasWord(d.toks, u.Last, t.First, "that", "which") {
			if n := d.toks[u.Last].Norm; (n == "that" || n == "which") && u.Last+1 < t.First {
				switch d.toks[u.Last+1].Norm {
				case "destroyed", "hit", "targeted", "struck", "disabled":
					return true
				}
			}
			continue
		}
		if n := d.toks[u.Last].Norm; u.Verb && d.toks[u.Last-1].Norm != "strikes" || n == "against" || n == "on" {
			return true
		}
		// "conducted strikes in self-defense against four USVs and seven
		// mobile anti-ship cruise missiles"
		if hasWord(d.toks, u.Last, min(u.Last+6, t.First), "against") {
			return true
		}
	}
	return false
}

// adjunctOpeners open a phrase of the clause before, not a clause: "at
// 10.50pm yesterday, with a drone believed to have fallen".
var adjunctOpeners = map[string]bool{"with": true, "after": true, "following": true, "by": true, "as": true,
	"in": true, "from": true, "amid": true, "including": true, "using": true, "when": true, "while": true}

// commaClosesBefore reports whether date e ends its clause with a comma
// that opens the next one at token at, a word or two on: "on Monday,
// rockets fell"; not "yesterday, with a drone".
func commaClosesBefore(toks []normalize.Token, e dateExpr, at int) bool {
	return e.Last < at && toks[e.Last].Norm == "," && at-e.Last <= 3 && !adjunctOpeners[toks[e.Last+1].Norm]
}

// dateClosesBefore reports whether a date of sentence s in tokens [lo,
// hi) closes its clause with a comma that opens the next clause at hi, a
// word or two on: "in Houla on Monday, rockets fell".
func dateClosesBefore(toks []normalize.Token, s *sentence, lo, hi int) bool {
	for _, e := range s.Dates {
		if e.First >= lo && commaClosesBefore(toks, e, hi) {
			return true
		}
	}
	return false
}

// dayClosesThenDay reports a date of sentence s in tokens [lo, hi) that
// ", and" closes, and another date after it that opens a clause of its own
// verb before hi: "on Monday, and on Tuesday a man was killed in". Not an
// apposition ("in the evening of yesterday, Wednesday, on a convoy") nor
// a clause that shares the verb before ("struck al-Tanf with a drone, and
// this evening the base in al-Shaddadi").
func (d *docState) dayClosesThenDay(s *sentence, lo, hi int) bool {
	toks := d.toks
	closed := -1
	for _, e := range s.Dates {
		if e.First >= hi {
			break // dates come in text order: a table's sentence may hold thousands
		}
		if e.First < lo || e.Last > hi {
			continue
		}
		if closed >= 0 && e.First > closed {
			// "and on Tuesday they killed a boy", "another hit a
			// motorcycle": the weapon's bearers again.
			k := e.Last
			if k < hi && toks[k].Norm == "," {
				k++
			}
			if k < hi && (toks[k].Norm == "they" || toks[k].Norm == "it" || toks[k].Norm == "another" || toks[k].Norm == "one" ||
				toks[k].Norm == "he" || toks[k].Norm == "she" || toks[k].Norm == "others") {
				return false
			}
			for k := e.Last; k < hi; k++ {
				if w := toks[k].Norm; passiveAux[w] || killWords[w] || injureWords[w] || attackWords[w] && isVerbForm(w) {
					return true
				}
			}
			return false
		}
		if closed < 0 && e.Last+1 < hi && toks[e.Last].Norm == "," && toks[e.Last+1].Norm == "and" {
			closed = e.Last + 1
		}
	}
	return false
}

// weaponBetween reports an attack word naming a weapon in tokens [lo, hi).
func weaponBetween(ng []trigger, lo, hi int) bool {
	for _, t := range ng {
		if t.Category != "" && t.First >= lo && t.Last <= hi {
			return true
		}
	}
	return false
}

// shellingVerbs tell artillery unless a weapon follows them: "bombarded
// ... with rockets".
var shellingVerbs = map[string]bool{"bombarded": true, "shelled": true, "pounded": true, "bombarding": true, "shelling": true}

// dayThenPlace reports a day of sentence s between place p and trigger
// t, and another place a few words after t, not where t came from, or
// another day: "Sheikh Radwan on Tuesday and two killed by shelling east
// of Deir al-Balah".
func (d *docState) dayThenPlace(s *sentence, p placeRef, t trigger) bool {
	// Dates and places come in text order: a sentence may hold thousands.
	var day *dateExpr
	for i := range s.Dates {
		e := &s.Dates[i]
		if e.Last > t.First {
			break
		}
		if e.First >= p.Last && e.When.Precision == sitrep.PrecisionDay {
			day = e
			break
		}
	}
	if day == nil {
		return false
	}
	for _, q := range s.Places {
		if q.First > t.Last+10 {
			break
		}
		if q.First >= t.Last && q.Entry != p.Entry && d.toks[q.First-1].Norm != "from" && !d.samePlace(p, q, true) {
			return true
		}
	}
	// "in Margaliot on Tuesday, a Hezbollah claim of rockets at the same
	// moshav on Thursday": t has a day of its own.
	for _, o := range s.Dates {
		if o.First > t.Last+10 {
			break
		}
		if o.First >= t.Last && o.When.Precision == sitrep.PrecisionDay && !o.Relative && o.When != day.When &&
			!d.speechDay(s, o) && !eventDay(d.toks, s.First, o.First) {
			return true
		}
	}
	return false
}

// firedVerbs, with fireVerbs, fire a weapon named after "a": "fired a
// Burkan", "launch a Samad".
var firedVerbs = map[string]bool{"fired": true, "launched": true, "fires": true, "launches": true}
