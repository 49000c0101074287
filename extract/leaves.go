package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// leaves returns the places of s that an incident can be at: not owned by
// a generic trigger, not containing another place of the sentence, not a
// "near X" that only locates an earlier place.
func (d *docState) leaves(s *sentence) []placeRef {
	g := d.x.Gazetteer
	var cands []placeRef
	downed := d.downedOver(s)
	told := allAnaphoric(s)
	for i, p := range s.Places {
		// "the blast was heard in Jiyeh, and traffic toward Sidon was
		// halted": where the attack told was heard, where roads lead.
		// "The shooting came two days after a ceasefire took hold on
		// Israel's northern front": where the truce holds.
		if told && (heardIn(d.toks, s.First, p.First) || p.First > s.First && (d.toks[p.First-1].Norm == "toward" || d.toks[p.First-1].Norm == "towards") ||
			eventPlace(d.toks, s.First, p.First)) {
			continue
		}
		if nearestTriggerGeneric(s, p.First, p.Last) || inAside(s.Aside, p.First, p.Last) || downed[i] || nothingAbout(d.toks, s.First, p.First) ||
			notButAfter(d.toks, s, p) ||
			clockBefore(d.toks, p.First) || departureBefore(d.toks, p.First) || intendedBefore(d.toks, s.First, p.First) ||
			(rank(p.Entry.Kind) >= 2 || divisionAfter(d.toks, p.Last) || divisionListBefore(d.toks, s.First, p.First)) && vagueAreaBefore(d.toks, s.First, p.First) ||
			flownOver(d.toks, s.First, p.First, p.Last, s.Last, placeAfter(s, i)) || anyPlaceIn(d.toks, s.First, p.First) ||
			evidenceFrom(d.toks, s.First, p.First) || wreckageAt(d.toks, s.First, p.First) || (facingBefore(d.toks, s.First, p.First) || nowAt(d.toks, s.First, p)) && resolvedBefore(s, i) ||
			groupsHome(d.toks, s, i) || d.sirenListed(s, i) || distanceFrom(d.toks, s.First, p.First) || farPartOf(d.toks, s, i) ||
			d.heardInList(s, i) || d.funeralPlace(s, p) || treatedIn(d.toks, s.First, p.First) || notHitAfter(d.toks, p.Last, s.Last) ||
			d.mournedIn(s, i) ||
			// "a battle of reckoning with Israel", "talks with Iraq": the
			// other side, not where.
			p.Entry.Kind == sitrep.KindCountry && p.First > s.First && d.toks[p.First-1].Norm == "with" ||
			weaponNamed(d.toks, p.Last, s.Last) || calledWeapon(d.toks, s.First, p.First, p.Last, s.Last) || futureClause(d.toks, s.First, p.First) ||
			d.campaignStart(s, i) || leadsToward(d.toks, s, i) || accusedAt(d.toks, s.First, p.First) || roadBetween(d.toks, s.First, p.First) ||
			gatheredAt(d.toks, s.First, p.First) || sitsBy(d.toks, s.First, p.First) && resolvedBefore(s, i) ||
			p.Entry.Subkind == "hospital" && hospitalCounts(d.toks, p.Last, s.Last) || accordingTo(d.toks, s.First, p.First) && resolvedBefore(s, i) {
			continue
		}
		dup := false
		for _, q := range cands {
			if q.Entry.ID == p.Entry.ID {
				dup = true
			}
		}
		if !dup {
			cands = append(cands, p)
		}
	}
	var out []placeRef
	// "missile toward the Tel Aviv area; Houthis claim Yafa": a place in a
	// part after a semicolon with no attack word (dropped below) does not
	// take the place of the attack's that holds it.
	semi := d.semicolonApart(s)
	for i, p := range cands {
		keep := true
		// "An aerial target that approached Israel from the east was
		// intercepted over the Gulf of Eilat": where it headed, not where
		// it was downed.
		if len(cands) > 1 && rank(p.Entry.Kind) >= 2 && p.First > s.First && approachWords[d.toks[p.First-1].Norm] {
			continue
		}
		rural := countryside(d.toks, p.First, p.Last)
		for j, q := range cands {
			if i != j && containsAny(g, p, q.Entry) && !(semi && !d.partHasTrigger(s, q) && d.partHasTrigger(s, p)) {
				keep = false
				break
			}
			// "In the countryside of Derik, warplanes bombed the Swediyah
			// gas plant", "In Sanaa, strikes on the Hezyaz power station":
			// the town and its country hold the site.
			// "the north-eastern countryside of al-Hasakah" holds a site
			// of the province however far from the city.
			// So does "the countryside of Damascus" a town named before it:
			// "a military point near al-Kiswah in the countryside of
			// Damascus".
			if i != j && p.Entry.Kind == sitrep.KindTown &&
				(q.Entry.Kind == sitrep.KindSite || rural && q.Entry.Kind == sitrep.KindTown && inCountrysideOf(d.toks, q.Last, p.First)) &&
				(rural || p.First == s.First+1 && d.toks[s.First].Norm == "in" &&
					p.Last < s.Last && d.toks[p.Last].Norm == ",") && p.Entry.Country == q.Entry.Country &&
				(sitrep.DistanceKm(p.Entry.Lat, p.Entry.Lon, q.Entry.Lat, q.Entry.Lon) <= 50 ||
					rural && p.Entry.Admin1 != "" && q.Entry.Admin1 == p.Entry.Admin1) {
				keep = false
				break
			}
		}
		// "the village of Fambita, rural commune of Kokorou, department
		// of Tera, region of Tillaberi", "the sector of Bapere, in the
		// territory of Lubero, ... in the village of Ntoyo": the divisions
		// that hold the place.
		if keep && chainedDivision(d.toks, s.First, p.First) {
			for j, q := range cands {
				// Not "a position in the district of Hilla and a site near
				// al-Iskandariya": another target joined by "and".
				if j != i && !chainedDivision(d.toks, s.First, q.First) && rank(q.Entry.Kind) <= rank(p.Entry.Kind) &&
					!d.joinedByAnd(p.Last, q.First) {
					keep = false
					break
				}
			}
		}
		// "explosions over the town, about 220 km north-east of Rostov-on-
		// Don": where the town lies, not another place.
		if keep && p.Offset.Km > 0 && d.locatesAnaphor(s, p) {
			keep = false
		}
		// "over the Arava about 15 kilometres north of Eilat": the point
		// the distance names, in the region told before it.
		if keep && len(out) > 0 && holdsOffset(g, out[len(out)-1], p) {
			out[len(out)-1] = p
			continue
		}
		if keep && len(out) > 0 && (p.Near || d.spatialOf(p) || d.insideOf(out, p)) && d.describesEarlier(s, out, p) {
			keep = false
		}
		// "the town of Taybeh - Marjayoun", "Kfar Hamam - Hasbaya": the
		// Lebanese army names a village with its district's town.
		if keep && len(out) > 0 && dashDistrict(d.toks, out[len(out)-1], p) {
			keep = false
		}
		if keep {
			out = append(out, p)
		}
	}
	// "a drone was brought down over the hills near the town of Khalifan
	// while it was heading toward Harir base": the site it was heading for
	// is the attack's; the towns near which it fell only say where.
	if target := headedFor(d.toks, out); target >= 0 {
		kept := out[:0]
		for i, p := range out {
			if i == target || p.Entry.Kind != sitrep.KindTown || d.joinedByAnd(min(p.Last, out[target].Last), max(p.First, out[target].First)) {
				kept = append(kept, p)
			}
		}
		out = kept
	}
	// "the Rmelan landing zone, near the borders with Turkey and Iraq": next
	// to a precise place, countries and foreign provinces only locate it.
	precise := map[string]bool{}
	known := false
	for _, p := range out {
		if rank(p.Entry.Kind) <= 1 && !p.Area {
			precise[p.Entry.Country] = true
			known = true
		}
	}
	// "Harir base ... in the Shaqlawa district": an unknown area next to a
	// place only says where it is.
	if known {
		kept := out[:0]
		for _, p := range out {
			if !p.Area {
				kept = append(kept, p)
			}
		}
		out = kept
	}
	if len(precise) > 0 {
		kept := out[:0]
		for _, p := range out {
			if rank(p.Entry.Kind) <= 1 || p.Entry.Kind != sitrep.KindCountry && precise[p.Entry.Country] || d.waterApart(s, out, p) {
				kept = append(kept, p)
			}
		}
		out = kept
	}
	// "last week's U.S. strikes near Abu Kamal ...; and a long read on why
	// Eilat's port has gone quiet": a place in a part after a semicolon
	// with no attack word of its own is none of the attack's.
	if semi {
		kept := out[:0]
		for _, p := range out {
			if d.partHasTrigger(s, p) {
				kept = append(kept, p)
			}
		}
		out = kept
	}
	// "the drone attack on Harir air base ..., when a drone was shot down
	// near the village of Bardasur": a village the gazetteer lacks, beside
	// a site it knows, only says where the drone fell.
	site := false
	for _, p := range out {
		if p.Entry.Kind == sitrep.KindSite && p.Entry.Subkind != "unresolved" {
			site = true
		}
	}
	if site {
		kept := out[:0]
		for _, p := range out {
			if p.Entry.Subkind != "unresolved" {
				kept = append(kept, p)
			}
		}
		out = kept
	}
	// "the area of the Hamdan airport in Albukamal": a name the gazetteer
	// lacks, placed in a town it knows, is in that town. "the Nineveh
	// Operations Command arrested three men": a command's name, not a
	// place told.
	kept := out[:0]
	for _, p := range out {
		if (p.Entry.Subkind != "unresolved" || !d.placedIn(out, p)) && !d.commandName(p) && !d.speakersPlace(s, p) {
			kept = append(kept, p)
		}
	}
	return kept
}

// nothingAbout reports "nothing about", "no claim for", "no word on"
// before token first: "had published nothing about Harir".
func nothingAbout(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	if k > lo && toks[k].Norm == "the" {
		k--
	}
	if k <= lo {
		return false
	}
	switch toks[k].Norm {
	case "about", "on", "for", "regarding", "concerning":
	case "of":
		// "made no mention of Daraa"
		if k-2 < lo || toks[k-1].Norm != "mention" || toks[k-2].Norm != "no" {
			return false
		}
		return true
	default:
		return false
	}
	// Not "there was no attack on Khor Mor": that denies an attack there.
	for j := k - 1; j >= lo && j >= k-3; j-- {
		switch toks[j].Norm {
		case "nothing":
			return true
		case "no", "not":
			switch toks[k-1].Norm {
			case "word", "claim", "comment", "information", "details", "mention", "statement", "news":
				return true
			}
		}
	}
	return false
}

// approachWords before a country or region tell where a weapon headed:
// "approached Israel from the east".
var approachWords = map[string]bool{"approached": true, "approaching": true, "approaches": true}

// speakersPlace reports whether p only qualifies the official who speaks:
// "The Sulaimani security directorate on Monday dismissed a claim".
func (d *docState) speakersPlace(s *sentence, p placeRef) bool {
	// "Baghdad and Washington say there was no attack": capitals speak.
	if capitals[d.toks[p.First].Norm] && p.Last-p.First == 1 {
		k := p.Last
		for k < s.Last && (d.toks[k].Norm == "and" || d.toks[k].Norm == "," || capitals[d.toks[k].Norm]) {
			k++
		}
		if k < s.Last && is(&d.toks[k], cSpeech) {
			return true
		}
		// "denied Washington's account that Baghdad had been warned":
		// the government told, not the place.
		for k < s.Last && (d.toks[k].Norm == "had" || d.toks[k].Norm == "has" || d.toks[k].Norm == "been" || d.toks[k].Norm == "was" ||
			d.toks[k].Norm == "not" || d.toks[k].Norm == "never") {
			k++
		}
		if k < s.Last && k > p.Last && toldVerbs[d.toks[k].Norm] {
			return true
		}
		// "Did Baghdad know about the strike in advance?"
		if p.First > s.First && p.Last < s.Last && (d.toks[p.First-1].Norm == "did" || d.toks[p.First-1].Norm == "does") && toldVerbs[d.toks[p.Last].Norm] {
			return true
		}
	}
	if d.quotedSpeakerAt(s, p) {
		return true
	}
	v := s.Speaker.Verb
	if v < 0 || p.Last >= v || v-p.Last > 6 {
		return false
	}
	// The name runs on into the official's title: "Sulaimani security
	// directorate", not "in the Gulf of Aden on Wednesday, officials said".
	for k := p.Last; k < v && k <= p.Last+2; k++ {
		if officialWords[d.toks[k].Norm] {
			return true
		}
		switch d.toks[k].Norm {
		case "on", "in", "at", "of", "by", "and", "from", "for", "to", "near":
			return false
		}
		if d.toks[k].Kind != normalize.Word {
			return false
		}
	}
	return false
}

// commandName reports whether p names a military or civil body: "the
// Nineveh Operations Command", "the Basra Provincial Council".
func (d *docState) commandName(p placeRef) bool {
	k := p.Last
	if k+1 < len(d.toks) && (d.toks[k].Norm == "provincial" || d.toks[k].Norm == "governorate") && d.toks[k+1].Norm == "council" {
		return true // not "the Nay Pyi Taw Council Area"
	}
	if k < len(d.toks) && d.toks[k].Norm == "operations" {
		k++
	}
	return k < len(d.toks) && d.toks[k].Upper && d.toks[k].Norm == "command"
}

// placedIn reports whether p is followed, within two words, by "in" and a
// known town or site of out: "Hamdan airport in Albukamal".
func (d *docState) placedIn(out []placeRef, p placeRef) bool {
	for _, q := range out {
		if q.Entry.Subkind == "unresolved" || rank(q.Entry.Kind) > 1 || q.First < p.Last+1 || q.First > p.Last+3 ||
			d.toks[q.First-1].Norm != "in" {
			continue
		}
		return true
	}
	return false
}

// waterApart reports whether p is a sea or strait told of in a clause of
// its own: "missiles hit a tanker in the Gulf of Aden, and a drone struck a
// ship off Hodeidah port" holds two incidents; "a ship off Hodeidah in the
// Red Sea" one.
func (d *docState) waterApart(s *sentence, out []placeRef, p placeRef) bool {
	if p.Entry.Kind != sitrep.KindRegion || p.Entry.Country != "" {
		return false
	}
	switch p.Entry.Subkind {
	case "sea", "strait":
	default:
		return false
	}
	for _, q := range out {
		if rank(q.Entry.Kind) > 1 {
			continue
		}
		lo, hi := min(p.Last, q.Last), max(p.First, q.First)
		brk, trig := false, false
		for k := lo; k < hi; k++ {
			switch d.toks[k].Norm {
			case "and", ";", "while", "separately", "meanwhile":
				brk = true
			}
			trig = trig || triggerAt(s.Triggers, k)
		}
		if !brk || !trig {
			return false
		}
	}
	return true
}

// containsAny reports whether any candidate entry of p contains e.
func containsAny(g *gazetteer.Gazetteer, p placeRef, e *gazetteer.Entry) bool {
	if p.Entry.ID == e.ID {
		return false
	}
	if g.Contains(p.Entry, e) {
		return true
	}
	// "the base at Ain al-Asad in western Anbar": the direction only
	// describes; the province contains the base.
	for _, c := range p.Entries {
		if c.ID != e.ID && c.Kind != sitrep.KindSite && c.Kind != sitrep.KindTown && g.Contains(c, e) {
			return true
		}
	}
	return false
}

// holdsOffset reports a region whose box holds the point a distance from
// a town names: "over the Arava, about 15 kilometres north of Eilat" (the
// Arava's box leaves Eilat out); or a province that holds the town, the
// point no farther than 50 km from it: "in the Bekaa, about 10 km west of
// Baalbek".
func holdsOffset(g *gazetteer.Gazetteer, p, q placeRef) bool {
	if q.Offset.Km <= 0 || rank(q.Entry.Kind) > 1 {
		return false
	}
	if p.Entry.Kind == sitrep.KindAdmin1 {
		return q.Offset.Km <= 50 && g.Contains(p.Entry, q.Entry)
	}
	if p.Entry.Kind != sitrep.KindRegion || !p.Entry.HasBBox() {
		return false
	}
	// Curated boxes are drawn roughly: a tenth of a degree of slack.
	const slack = 0.1
	lat, lon := moved(q.Entry.Lat, q.Entry.Lon, q.Offset)
	b := p.Entry.BBox
	return lat >= b[0]-slack && lat <= b[2]+slack && lon >= b[1]-slack && lon <= b[3]+slack
}

// spatialOf reports "northeast of X", "10 km south of X".
func (d *docState) spatialOf(p placeRef) bool {
	if p.First < 2 || d.toks[p.First-1].Norm != "of" {
		return false
	}
	switch d.toks[p.First-2].Norm {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts":
		return true
	case "n", "s", "e", "w", "ne", "nw", "se", "sw":
		// A table's "W of al-Qusayr".
		return d.toks[p.First-2].Upper && (p.First < 3 || d.toks[p.First-3].Norm != "'")
	}
	return false
}

// insideOf reports "the U.S. embassy compound in Baghdad's Green Zone": a
// site named after another precise place, a few km from it, that only
// says where the first one is.
func (d *docState) insideOf(out []placeRef, p placeRef) bool {
	q := out[len(out)-1]
	if rank(q.Entry.Kind) > 1 || p.First < 1 {
		return false
	}
	// "in occupied Jaffa", "in the occupied area of Jaffa": the words
	// between go through.
	k := p.First - 1
	for k > 0 && k > p.First-5 && areaOfWords[d.toks[k].Norm] {
		k--
	}
	w := d.toks[k].Norm
	if w != "in" && w != "inside" && w != "within" {
		return false
	}
	km := sitrep.DistanceKm(q.Entry.Lat, q.Entry.Lon, p.Entry.Lat, p.Entry.Lon)
	switch {
	case q.Entry.Kind == sitrep.KindSite && p.Entry.Kind == sitrep.KindTown:
		// "Ben Gurion airport in occupied Jaffa": the city the site is
		// named by, some way off.
		return q.Entry.Country == p.Entry.Country && km <= 25
	case p.Entry.Kind == sitrep.KindSite:
		return km <= 5
	case district(p.Entry):
		// "the Khor Mor gas field in Chamchamal district": a district
		// placed by its towns, tens of km from its other sites.
		return q.Entry.Country == p.Entry.Country && (q.Entry.Admin1 == "" || q.Entry.Admin1 == p.Entry.Admin1) && km <= 80
	case p.Entry.Kind == sitrep.KindTown && (divisionWords[d.toks[p.Last-1].Norm] || p.Last < len(d.toks) && divisionWords[d.toks[p.Last].Norm]):
		// "Haris, in the Bint Jbeil district": the district of the town
		// it is named after.
		return q.Entry.Country == p.Entry.Country && km <= 40
	}
	return false
}

// areaOfWords may stand between "in" and the town that holds a site: "in
// the occupied area of Jaffa".
var areaOfWords = map[string]bool{"the": true, "occupied": true, "area": true, "of": true, "city": true}

// district reports whether e is a second-level division (a county or
// district inside a province), not a part of a place made by a direction.
func district(e *gazetteer.Entry) bool {
	switch e.Subkind {
	case "district", "county", "parish", "borough", "municipality":
		return e.Kind == sitrep.KindRegion && e.Admin1 != ""
	}
	return false
}

// describesEarlier reports whether p only locates an earlier place of the
// same clause: no "and", "or", ";" nor attack word between them.
func (d *docState) describesEarlier(s *sentence, earlier []placeRef, p placeRef) bool {
	q := earlier[len(earlier)-1]
	if q.Entry.Subkind == "unresolved" && q.Entry.Country == "" {
		return true // an unknown place: whatever follows can only locate it
	}
	// "near X" locates within a short drive; "south of Baghdad" farther.
	reach := 50.0
	if d.spatialOf(p) || p.Direction != "" {
		reach = 150
	} else if district(p.Entry) {
		reach = 80 // a district is placed by its towns, not at its middle
	}
	if rank(q.Entry.Kind) > 1 || sitrep.DistanceKm(q.Entry.Lat, q.Entry.Lon, p.Entry.Lat, p.Entry.Lon) > reach {
		return false
	}
	for k := q.Last; k < p.First; k++ {
		switch d.toks[k].Norm {
		case "and", "or", ";", "another", "while", "separately":
			return false
		}
		if triggerAt(s.Triggers, k) {
			return false
		}
	}
	return true
}

// nearestTriggerGeneric reports whether the attack word nearest to tokens
// [first, last) is generic.
func nearestTriggerGeneric(s *sentence, first, last int) bool {
	return nearestTrigger(s, first, last).Generic
}

// nearestTrigger returns the attack word nearest to tokens [first, last),
// preferring a specific one on ties; the zero trigger when there is none.
func nearestTrigger(s *sentence, first, last int) trigger {
	// The triggers are in text order and do not overlap (findTriggers):
	// the nearest is the last one ending by first, one overlapping
	// [first, last), or the first one starting at or after last.
	ts := s.Triggers
	lo := sort.Search(len(ts), func(k int) bool { return ts[k].Last > first })
	hi := sort.Search(len(ts), func(k int) bool { return ts[k].First >= last })
	best, bt := 1<<30, trigger{}
	for _, t := range ts[max(lo-1, 0):min(hi+1, len(ts))] {
		dist := first - t.Last
		if t.First >= last {
			dist = t.First - last
		}
		if dist < 0 {
			dist = 0
		}
		if dist < best || dist == best && !t.Generic {
			best, bt = dist, t
		}
	}
	return bt
}

// saidBefore reports whether a speech verb stands at most five tokens
// before token k, from first: "said on its Telegram channel on".
func saidBefore(toks []normalize.Token, first, k int) bool {
	for j := k - 1; j >= first && j >= k-6; j-- {
		if speechVerbs[toks[j].Norm] {
			return true
		}
	}
	return false
}

// pluperfect reports whether attack word t is told in the past perfect:
// "that it had targeted Harir", "had already struck".
func pluperfect(toks []normalize.Token, first int, t trigger) bool {
	if !t.Verb {
		return false
	}
	for j := t.First - 1; j >= first && j >= t.First-2; j-- {
		if toks[j].Norm == "had" {
			return true
		}
	}
	return false
}

// semicolonApart reports a sentence cut by semicolons into parts.
func (d *docState) semicolonApart(s *sentence) bool {
	for k := s.First; k < s.Last; k++ {
		if d.toks[k].Norm == ";" {
			return true
		}
	}
	return false
}

// partHasTrigger reports whether the semicolon-bounded part of s that
// holds place p has an attack word told of an event (not a pattern).
func (d *docState) partHasTrigger(s *sentence, p placeRef) bool {
	lo, hi := d.semicolonPart(s, p.First, p.Last)
	for _, t := range s.Triggers {
		if !t.Generic && t.First >= lo && t.Last <= hi {
			return true
		}
	}
	return false
}

// semicolonPart returns the bounds of the part of s, between semicolons,
// that holds tokens [first, last).
func (d *docState) semicolonPart(s *sentence, first, last int) (lo, hi int) {
	lo, hi = s.First, s.Last
	for k := first - 1; k >= s.First; k-- {
		if d.toks[k].Norm == ";" {
			lo = k + 1
			break
		}
	}
	for k := last; k < s.Last; k++ {
		if d.toks[k].Norm == ";" {
			hi = k
			break
		}
	}
	return lo, hi
}

// divisionOfBefore reports "the caza of", "the district of" just before
// token first.
// divisionListBefore is divisionOfBefore for a place listed after the
// division's word: "the districts of Tyre, Bint Jbeil and Nabatieh".
func divisionListBefore(toks []normalize.Token, lo, first int) bool {
	k := first
	for k-1 >= lo && first-k < 10 {
		if w := toks[k-1].Norm; w == "," || w == "and" || w == "-" || w == "al" || toks[k-1].Kind == normalize.Word && toks[k-1].Upper {
			k--
			continue
		}
		break
	}
	return divisionOfBefore(toks, first) || k < first && divisionOfBefore(toks, k)
}

func divisionOfBefore(toks []normalize.Token, first int) bool {
	return first >= 2 && toks[first-1].Norm == "of" && divisionWords[toks[first-2].Norm]
}

// placeAfter reports whether s names a place after its i-th.
func placeAfter(s *sentence, i int) bool {
	return i+1 < len(s.Places) && s.Places[i+1].First >= s.Places[i].Last
}

// anyPlaceIn reports "any other site in", "any place in" just before token
// first: "No attack took place against the airport or any other site in
// Erbil" names no place of an attack.
func anyPlaceIn(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	if k-2 < lo || toks[k].Norm != "in" {
		return false
	}
	switch toks[k-1].Norm {
	case "site", "sites", "place", "places", "location", "locations", "target", "targets", "area", "areas", "facility":
	default:
		return false
	}
	j := k - 2
	if toks[j].Norm == "other" && j-1 >= lo {
		j--
	}
	return toks[j].Norm == "any"
}

// evidenceFrom reports a place a video or images came from, in the words
// before token first: "fact-checkers traced the video to a wedding in
// Duhok", "footage filmed in Idlib in 2019".
func evidenceFrom(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-8; k-- {
		w := toks[k].Norm
		switch w {
		case "video", "videos", "footage", "images", "image", "photos", "photo", "clip", "clips", "pictures":
			return true
		case ",", ";", ":":
			return false
		}
		if is(&toks[k], cAttack|cWeapon) {
			return false
		}
	}
	return false
}

// wreckageAt reports where the wreckage of a downed weapon fell, in the
// words before token first: "its wreckage fell in farmland near the
// village of Kani Qirzhala", "debris landed near Ankawa". Where it was
// brought down is told elsewhere.
func wreckageAt(toks []normalize.Token, lo, first int) bool {
	fell := false
	for k := first - 1; k >= lo && k >= first-12; k-- {
		switch w := toks[k].Norm; w {
		case "fell", "landed", "crashed", "found", "scattered", "recovered":
			fell = true
		case "wreckage", "debris", "remains", "remnants":
			return fell
		case ",", ";", ":":
			return false
		default:
			if is(&toks[k], cAttack|cWeapon) {
				return false
			}
		}
	}
	return false
}

// quotedSpeakerAt reports the place of a speaker named after a quote:
// "\"It was a short sound,\" said a shopkeeper in Kasnazan." The place
// ends the sentence, after "in" or "from" and a few words after the
// speech verb, which follows the quote's comma or closing mark.
func (d *docState) quotedSpeakerAt(s *sentence, p placeRef) bool {
	if p.First < s.First+3 || d.toks[p.First-1].Norm != "in" && d.toks[p.First-1].Norm != "from" {
		return false
	}
	if p.Last < s.Last && d.toks[p.Last].Norm != "." && d.toks[p.Last].Norm != "," {
		return false
	}
	for k := p.First - 2; k > s.First && k >= p.First-6; k-- {
		w := d.toks[k].Norm
		if speechVerbs[w] {
			b := d.toks[k-1].Norm
			return b == "," || b == "\"" || b == "”" || b == "'"
		}
		if d.toks[k].Kind != normalize.Word {
			return false
		}
	}
	return false
}

// toldVerbs are what is done to a government a capital names: "Baghdad
// had been warned".
var toldVerbs = map[string]bool{"warned": true, "informed": true, "notified": true, "told": true, "consulted": true,
	"briefed": true, "alerted": true, "know": true, "knew": true, "approve": true, "approved": true, "agree": true, "agreed": true}

// allAnaphoric reports whether every attack word of s refers back to an
// attack told before ("the blast", "the strike"), and s has one.
func allAnaphoric(s *sentence) bool {
	n := 0
	for _, t := range s.Triggers {
		if t.Generic {
			continue
		}
		if !t.Anaphoric {
			return false
		}
		n++
	}
	return n > 0
}

// heardIn reports "heard in", "heard across", "felt as far as" just before
// token first, in its clause.
func heardIn(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-5; k-- {
		switch toks[k].Norm {
		case "heard", "felt":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// eventPlace reports a truce or talks named in the eight words before
// token first, in its clause, with no attack word between: the place is
// theirs ("after a ceasefire took hold on Israel's northern front", "as
// talks resumed in Cairo"). Not a gathering, which may be the one attacked
// ("The attack took place at an election rally in Quetta").
func eventPlace(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-8; k-- {
		w := toks[k].Norm
		switch {
		case truceNouns[w]:
			return true
		case w == "," || w == ";" || w == "." || is(&toks[k], cAttack|cKill|cWeapon):
			return false
		}
	}
	return false
}

// gatheredAt reports a place where people met as the attack came: "The
// strike came as ministers gathered at the Baabda palace", "while
// envoys met in Cairo".
func gatheredAt(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-8; k-- {
		w := toks[k].Norm
		switch {
		case w == "," || w == ";" || w == "." || is(&toks[k], cAttack|cKill|cWeapon):
			return false
		case meetVerbs[w]:
			// Officials meeting, not the victims: "killed 20 people as
			// they gathered at an aid point in Rafah".
			official := false
			for j := k - 1; j >= lo && j >= k-6; j-- {
				if v := toks[j].Norm; officialNouns[v] {
					official = true
				} else if v == "as" || v == "while" {
					return official
				} else if v == "," || is(&toks[j], cAttack|cKill|cWeapon) {
					return false
				}
			}
			return false
		}
	}
	return false
}

// hospitalCounts reports a hospital that speaks or counts, from token k:
// "while Nasser Hospital had earlier put the number at four", "Al-Aqsa
// hospital said".
func hospitalCounts(toks []normalize.Token, k, hi int) bool {
	for k < hi && (toks[k].Norm == "had" || toks[k].Norm == "has" || toks[k].Norm == "earlier" || toks[k].Norm == "also" ||
		toks[k].Norm == "later" || toks[k].Norm == "then") {
		k++
	}
	if k >= hi {
		return false
	}
	switch toks[k].Norm {
	case "gave", "put", "puts", "reported", "recorded", "counted", "listed", "received", "registered":
		return true
	}
	return is(&toks[k], cSpeech)
}

// accordingTo reports a place named as a source: "according to al-Aqsa
// Martyrs Hospital", "according to the Nasser medical complex".
func accordingTo(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	if k >= lo && toks[k].Norm == "the" {
		k--
	}
	return k-1 >= lo && toks[k].Norm == "to" && toks[k-1].Norm == "according"
}

// sitsBy reports a place that only locates the one told before it, in a
// relative clause: "Yahmor, a town that sits below the Beaufort castle",
// "Khiam, which lies near the border".
func sitsBy(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-6; k-- {
		w := toks[k].Norm
		switch {
		case w == ";" || w == "." || is(&toks[k], cAttack|cKill|cWeapon):
			return false
		case locatingVerbs[w]:
			for j := k - 1; j >= lo && j >= k-3; j-- {
				if v := toks[j].Norm; v == "that" || v == "which" || v == "," {
					return true
				}
			}
			return false
		}
	}
	return false
}

// locatingVerbs say where a place lies.
var locatingVerbs = map[string]bool{"sits": true, "lies": true, "stands": true, "overlooks": true, "overlooking": true,
	"located": true, "situated": true, "perched": true, "nestled": true}

// officialNouns meet in cabinets and talks.
var officialNouns = map[string]bool{"ministers": true, "minister": true, "officials": true, "leaders": true, "envoys": true,
	"envoy": true, "delegates": true, "diplomats": true, "negotiators": true, "lawmakers": true, "mps": true, "deputies": true,
	"cabinet": true, "parliament": true, "president": true, "council": true, "delegation": true, "delegations": true,
	"mediators": true, "generals": true, "commanders": true}

// meetVerbs tell people coming together.
var meetVerbs = map[string]bool{"gathered": true, "met": true, "convened": true, "assembled": true, "gathering": true,
	"meeting": true, "meet": true, "gather": true, "sat": true}

// campaignStart reports the place where a campaign began, in a clause of
// its own ("that began"), when the sentence goes on to another place with
// no attack word between: "The Israeli operation that began in Jenin on 21
// January reached Tammun on Sunday". Not "The operation began in Jenin
// with air strikes that killed 10, and troops later moved into Tulkarm".
func (d *docState) campaignStart(s *sentence, i int) bool {
	p := s.Places[i]
	if i+1 >= len(s.Places) || !campaignBegan(d.toks, s.First, p.First) {
		return false
	}
	relative := false
	for k := p.First - 1; k >= s.First && k >= p.First-4; k-- {
		if w := d.toks[k].Norm; w == "that" || w == "which" {
			relative = true
		}
	}
	return relative && !attackBetween(d.toks, p.Last, s.Places[i+1].First)
}

// leadsToward reports a place where a road leads, after a town or site the
// sentence names before it: "east of Manbij on the road that leads toward
// the Euphrates and the Tishrin Dam", "on the road leading out of Majdal
// Selm towards Shaqra", "near Sanamayn on the highway to Damascus".
// Alone, the road's end is where the attack was: "struck a car on the
// road leading towards Bint Jbeil".
func leadsToward(toks []normalize.Token, s *sentence, i int) bool {
	p := s.Places[i]
	k := p.First - 1
	for k > s.First && (toks[k].Norm == "the" || toks[k].Norm == "and" || toks[k].Norm == "," || toks[k].Upper && toks[k].Kind == normalize.Word) {
		k--
	}
	if k <= s.First || toks[k].Norm != "toward" && toks[k].Norm != "towards" &&
		// "near al-Masmiyah on the highway to Damascus"
		!(toks[k].Norm == "to" && (toks[k-1].Norm == "road" || toks[k-1].Norm == "highway" || toks[k-1].Norm == "route")) {
		return false
	}
	// "leading toward", or "the road leading out of Majdal Selm towards
	// Shaqra", "the road from X towards Y".
	road := false
	for j := k - 1; j >= s.First && j >= k-7 && !road; j-- {
		switch toks[j].Norm {
		case "leads", "leading", "road", "highway":
			road = true
		}
	}
	if !road {
		return false
	}
	for _, q := range s.Places[:i] {
		if rank(q.Entry.Kind) <= 1 && q.Last <= k {
			return true
		}
	}
	return false
}

// weaponNamed reports a number and a weapon after a place's name: the
// weapon is named for it ("a \"Palestine 2\" missile", "Quds 1 cruise
// missiles").
func weaponNamed(toks []normalize.Token, k, hi int) bool {
	if k >= hi || toks[k].Kind != normalize.Number {
		return false
	}
	for j := k + 1; j < hi && j <= k+3; j++ {
		if w := toks[j].Norm; is(&toks[j], cWeapon) {
			return true
		} else if w != "\"" && w != "'" && w != "-" && w != "cruise" && w != "ballistic" && w != "hypersonic" {
			return false
		}
	}
	return false
}

// calledWeapon reports a place's name and a number after a word that
// names a weapon's model: "a hypersonic missile of the type it calls
// \"Palestine 2\"", "a drone named Jaffa 1".
func calledWeapon(toks []normalize.Token, lo, first, last, hi int) bool {
	k := last
	if k < hi && (toks[k].Norm == "-" || toks[k].Norm == "\"") && k+1 < hi && toks[k+1].Kind == normalize.Number && toks[k].Start == toks[k-1].End {
		k++
	}
	if k >= hi || toks[k].Kind != normalize.Number {
		return false
	}
	for j := first - 1; j >= lo && j >= first-4; j-- {
		switch toks[j].Norm {
		case "calls", "called", "named", "dubbed", "type", "model", "class":
			return true
		}
	}
	return false
}

// futureClause reports a place in the object of "will" with a verb that is
// no attack, in the fourteen words before it: "and that Washington will
// help Syria's neighbours, Jordan, Lebanon, Iraq". Not "would", which also
// tells what was done often ("would go house to house in Tammun").
func futureClause(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-14; k-- {
		w := toks[k].Norm
		switch {
		case w == "." || w == ";" || is(&toks[k], cAttack|cKill|cWeapon):
			return false
		case w == "will" && k+1 < first:
			v := toks[k+1].Norm
			return toks[k+1].Kind == normalize.Word && !is(&toks[k+1], cAttack|cKill) && !fireVerbs[v] && v != "be" && v != "not"
		}
	}
	return false
}

// truceNouns name a pause in a war or the talks on one.
var truceNouns = map[string]bool{"ceasefire": true, "cease-fire": true, "truce": true, "talks": true,
	"negotiations": true, "deal": true, "agreement": true, "accord": true, "summit": true}

// townNouns stand for a town told before: "south of the city".
var townNouns = map[string]bool{"city": true, "town": true, "village": true, "camp": true, "capital": true}

// treatedIn reports a place where the wounded are treated, named right
// after the treatment: "remains in intensive care in Marjayoun", "was
// treated in Tyre", "hospitalised in Haifa".
func treatedIn(toks []normalize.Token, lo, first int) bool {
	if first-2 < lo || toks[first-1].Norm != "in" {
		return false
	}
	switch toks[first-2].Norm {
	case "care", "treated", "treatment", "hospitalised", "hospitalized":
		return true
	}
	return false
}

// funeralPlace reports a place where the dead of an attack are mourned,
// told before the mourning and the attack after it: "In Deir Qanoun
// al-Nahr, crowds took part at noon in the funeral of Hassan Zein, who was
// killed on Monday when an Israeli strike hit his car near al-Sultaniyeh".
func (d *docState) funeralPlace(s *sentence, p placeRef) bool {
	k := -1
	for j := p.Last; j < s.Last && j < p.Last+16; j++ {
		if w := d.toks[j].Norm; mourningNouns[w] || w == "mourners" || w == "buried" {
			k = j
			break
		}
	}
	if k < 0 || struckGathering(d.toks, k) {
		return false
	}
	for _, t := range s.Triggers {
		if t.First < k {
			return false
		}
	}
	// "... killed when a drone hit their car outside the town": with no
	// place of its own, the attack was where they are mourned.
	if slices.ContainsFunc(s.Places, func(q placeRef) bool { return q.First > k }) {
		return true
	}
	// Or a name the gazetteer lacks: "on the road between al-Sultaniyeh
	// and Deir Antar", or a place told before: "east of the dam".
	for j := k + 1; j+1 < s.Last; j++ {
		switch d.toks[j].Norm {
		case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
			// "on the road east of the dam": a place of its own, told before;
			// not "south of the city", the funeral's town itself.
			if d.toks[j+1].Norm == "of" && j+3 < s.Last && d.toks[j+2].Norm == "the" && !townNouns[d.toks[j+3].Norm] {
				return true
			}
		case "between", "near", "in", "outside", "at":
			n := j + 1
			if d.toks[n].Norm == "al" || d.toks[n].Norm == "el" {
				n += 2
			}
			if n < s.Last && d.toks[n].Upper {
				return true
			}
		}
	}
	return false
}

// listNouns name the places of a list: "the villages of A and B".
var listNouns = map[string]bool{"village": true, "villages": true, "town": true, "towns": true, "city": true,
	"cities": true, "areas": true, "area": true, "communities": true, "localities": true, "neighbourhoods": true}

// heardInList reports a place of a list of two or more where blasts were
// heard: "the explosions were heard in the villages of al-Shuhayl and
// al-Busayrah" tells where the sound carried, not what was struck.
func (d *docState) heardInList(s *sentence, i int) bool {
	joined := func(j int) bool { // place j-1 and place j are listed together
		for k := s.Places[j-1].Last; k < s.Places[j].First; k++ {
			if w := d.toks[k].Norm; w != "," && w != "and" {
				return false
			}
		}
		return s.Places[j-1].Last < s.Places[j].First
	}
	first := i
	for first > 0 && joined(first) {
		first--
	}
	n := i + 1
	for n < len(s.Places) && joined(n) {
		n++
	}
	k := s.Places[first].First
	// Past names the gazetteer lacks: "al-Tayyana and Shuhayl".
	for j := k - 1; j > s.First && j >= s.Places[first].First-8; j-- {
		w := d.toks[j].Norm
		if w == "of" {
			k = j + 1
			break
		}
		if w != "and" && w != "," && w != "-" && w != "al" && w != "el" && !d.toks[j].Upper {
			break
		}
	}
	// "in the villages of", "in the towns of": past the noun of the list,
	// whose plural lists places the gazetteer may lack ("the towns of
	// al-Tayyana and Shuhayl").
	plural := false
	if noun := d.toks[max(k-2, 0)].Norm; k-3 >= s.First && d.toks[k-1].Norm == "of" && listNouns[noun] {
		plural = strings.HasSuffix(noun, "s")
		k -= 2
		if d.toks[k-1].Norm == "the" {
			k--
		}
	}
	if !(n-first >= 2 || plural) || !heardIn(d.toks, s.First, k) {
		return false
	}
	// Not "... heard in the towns of Khiam and Kfar Kila as Israeli jets
	// struck them", "where houses were destroyed": an attack on them told
	// after the list (a launch, "three rockets were launched from", says
	// only where from).
	end := s.Places[n-1].Last
	for _, t := range s.Triggers {
		if t.First >= end && t.Verb && !t.Generic {
			switch d.toks[t.Last-1].Norm {
			case "launched", "fired":
			default:
				return false
			}
		}
	}
	return !hasWord(d.toks, end, s.Last, "where", "them", "both")
}

// facingBefore reports a place that faces the target across a border:
// "the settlement of Shtula, facing the town of Ramyeh", "opposite the
// village of Aitaroun", "the moshav that faces Ramyeh and Aita al-Shaab",
// "Houla, the village across the valley from Margaliot and Misgav Am".
func facingBefore(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-5; k-- {
		switch toks[k].Norm {
		case "facing", "opposite", "overlooking", "faces", "overlooks":
			return k > lo
		case "from":
			if k-4 >= lo && (toks[k-1].Norm == "across" || toks[k-3].Norm == "across" && toks[k-2].Norm == "the") {
				return true
			}
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// nowAt reports where a ship or a person now is, after a place that told
// where it was struck: "The bulk carrier targeted on 28 AUG approx. 52NM
// W of SALIF is north of Jeddah and proceeding normally", "the vessel is
// now in Djibouti".
func nowAt(toks []normalize.Token, lo int, p placeRef) bool {
	k := p.First - 1
	if k < lo {
		return false
	}
	now := false
	switch toks[k].Norm {
	case "of": // "is north of Jeddah", "is now south-west of Aden"
		_, n := gazetteer.DirectionWord(toks, k-1)
		if n == 0 {
			return false
		}
		k -= n + 1
	case "in", "at", "off": // "is now in Djibouti"
		k--
		now = true
	default:
		if p.Match.Direction == "" {
			return false
		}
	}
	if k >= lo && toks[k].Norm == "now" {
		k--
		now = false
	}
	return !now && k >= lo && (toks[k].Norm == "is" || toks[k].Norm == "are")
}

// resolvedBefore reports a place of s before its i-th that the gazetteer
// knows.
func resolvedBefore(s *sentence, i int) bool {
	for _, q := range s.Places[:i] {
		if q.Entry != nil && q.Entry.Subkind != "unresolved" && rank(q.Entry.Kind) <= 1 {
			return true
		}
	}
	return false
}

// groupsHome reports a country that only says where an armed group is,
// when another place follows it: "drones launched by the Houthis in Yemen
// over the Red Sea".
func groupsHome(toks []normalize.Token, s *sentence, i int) bool {
	p := s.Places[i]
	if p.Entry == nil || p.Entry.Kind != sitrep.KindCountry || p.First < 2 || toks[p.First-1].Norm != "in" || len(s.Places) < 2 {
		return false
	}
	group := false
	for _, a := range s.Actors {
		if a.Last == p.First-1 && a.Actor.Type == ArmedGroup {
			group = true
		}
	}
	if !group {
		return false
	}
	// The other place follows at once: "in Yemen over the Red Sea"; not
	// "sites used by Kataib Hezbollah in Iraq early on Tuesday, hours
	// after a drone attack on a base in Erbil".
	for j, q := range s.Places {
		if j == i || q.Entry == nil || q.Entry.Kind == sitrep.KindCountry || q.Entry.ID == p.Entry.ID || q.First < p.Last || q.First-p.Last > 4 {
			continue
		}
		if q.Entry.HasBBox() || rank(q.Entry.Kind) <= 1 {
			return true
		}
	}
	return false
}

// inCountrysideOf reports that tokens [from, to) join a town to the
// countryside of another after it: "al-Kiswah in the countryside of
// Damascus", "al-Shoula, in the western countryside of".
func inCountrysideOf(toks []normalize.Token, from, to int) bool {
	if from >= to || to-from > 9 {
		return false
	}
	for k := from; k < to; k++ {
		switch toks[k].Norm {
		case "in", "the", "countryside", "of", ",", "-", "'", "’":
			continue
		}
		// "western", "north-eastern": the direction ends at its last token.
		if _, n := gazetteer.DirectionAdjective(toks, k); n == 0 {
			return false
		}
	}
	return true
}

// distanceFrom reports a place that a distance is measured from: "struck
// targets in Yemen, approximately 2,000 kilometres from the State of
// Israel", "some 90 km away from Baghdad".
func distanceFrom(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	for k > lo && (toks[k].Norm == "the" || toks[k].Norm == "state" || toks[k].Norm == "of") {
		k--
	}
	if k <= lo || toks[k].Norm != "from" {
		return false
	}
	k--
	if k > lo && toks[k].Norm == "away" {
		k--
	}
	if kmPerUnit[toks[k].Norm] == 0 || k-1 <= lo {
		return false
	}
	// Far off only: "eight kilometres from the Harir base" is near it.
	n, ok := distance(toks, k-1)
	return ok && n*kmPerUnit[toks[k].Norm] >= 100
}

// dashDistrict reports a town p that follows town q after a spaced dash or
// in brackets, at most 30 km from it: the district q is in, as the
// Lebanese army writes "the town of Taybeh - Marjayoun".
func dashDistrict(toks []normalize.Token, q, p placeRef) bool {
	// Or in brackets: "Kfar Hamam (Hasbaya)".
	bracket := q.Last+1 == p.First && toks[q.Last].Norm == "(" && p.Last < len(toks) && toks[p.Last].Norm == ")"
	if !bracket && (q.Last+1 != p.First || !isDash(toks[q.Last].Norm) || toks[q.Last].Start == toks[q.Last-1].End) {
		return false
	}
	// Not a chain of places: "strikes hit Khiam - Kfar Kila - Odaisseh".
	if !bracket && (p.Last < len(toks) && isDash(toks[p.Last].Norm) || q.First > 0 && isDash(toks[q.First-1].Norm)) {
		return false
	}
	if q.Entry.Kind != sitrep.KindTown || p.Entry.Kind != sitrep.KindTown || q.Entry.Country != p.Entry.Country {
		return false
	}
	return sitrep.DistanceKm(q.Entry.Lat, q.Entry.Lon, p.Entry.Lat, p.Entry.Lon) <= 30
}

// farPartOf reports a place named as a part of the town after it that lies
// far from that town: "the Ras al-Ain area of Baalbek" is not the Ras
// al-Ain of Hasakah; the town stands for it.
func farPartOf(toks []normalize.Token, s *sentence, i int) bool {
	p := s.Places[i]
	if i+1 >= len(s.Places) || p.Last+2 > len(toks) || toks[p.Last+1].Norm != "of" {
		return false
	}
	switch toks[p.Last].Norm {
	case "area", "neighbourhood", "neighborhood", "quarter", "district":
	default:
		return false
	}
	q := s.Places[i+1]
	if q.First != p.Last+2 || q.Entry.Kind != sitrep.KindTown {
		return false
	}
	return sitrep.DistanceKm(p.Entry.Lat, p.Entry.Lon, q.Entry.Lat, q.Entry.Lon) > 15
}

// notHitAfter reports a place said to have been spared, its clause's
// subject: "Ras Isa was not hit on Friday", "the port of Salif was not
// struck".
//
// Past a short apposition and in the perfect too: "The Fordow site, dug
// into a mountain near Qom, had not been hit".
func notHitAfter(toks []normalize.Token, k, hi int) bool {
	if k+1 < hi && toks[k].Norm == "," && (toks[k+1].Norm == "was" || toks[k+1].Norm == "were" || toks[k+1].Norm == "had" || toks[k+1].Norm == "has") {
		k++ // the last place of the subject's apposition: "near Qom, had not been hit"
	} else if k < hi && toks[k].Norm == "," {
		for j := k + 2; j < hi && j <= k+8; j++ {
			if toks[j].Norm == "," {
				k = j + 1
				break
			}
			if toks[j].Kind != normalize.Word || is(&toks[j], cAttack|cKill|cInjure) {
				break
			}
		}
	}
	perfect := k+1 < hi && (toks[k].Norm == "had" || toks[k].Norm == "has" || toks[k].Norm == "have")
	if k+2 >= hi || !perfect && toks[k].Norm != "was" && toks[k].Norm != "were" || toks[k+1].Norm != "not" && toks[k+1].Norm != "never" {
		return false
	}
	j := k + 2
	if toks[j].Norm == "been" && j+1 < hi {
		j++
	} else if perfect {
		return false
	}
	switch toks[j].Norm {
	case "hit", "struck", "targeted", "attacked", "bombed", "shelled", "touched", "damaged":
		// Not "was not hit until Monday, when a drone struck".
		return j+1 >= hi || toks[j+1].Norm != "until" && toks[j+1].Norm != "before" && toks[j+1].Norm != "till"
	}
	return false
}

// notButAfter reports a place that a negated attack verb names before a
// "but" and another place, the one struck instead: "the raids did not
// target the city of Saada itself ..., but the district of Kitaf"; not
// "did not hit Tel Aviv, but debris fell on a house".
func notButAfter(toks []normalize.Token, s *sentence, p placeRef) bool {
	lo, first, last, hi := s.First, p.First, p.Last, s.Last
	neg := false
	for k := first - 1; k >= lo && k >= first-6; k-- {
		if toks[k].Kind == normalize.Punct {
			break
		}
		switch toks[k].Norm {
		case "hit", "struck", "strike", "target", "targeted", "attack", "attacked", "bomb", "bombed", "shell", "shelled":
			neg = k-1 >= lo && (toks[k-1].Norm == "not" || toks[k-1].Norm == "never")
		}
		if neg {
			break
		}
	}
	if !neg {
		return false
	}
	for k := last; k < hi && k <= last+14; k++ {
		if toks[k].Norm == "but" {
			return slices.ContainsFunc(s.Places, func(q placeRef) bool { return q.First > k && q.First <= k+8 })
		}
		if toks[k].Norm == "." || toks[k].Norm == ";" {
			return false
		}
	}
	return false
}

// mournedIn reports the place of a funeral told after the attack and its
// place: "warplanes fired missiles into the hills east of Froun ... just as
// the funeral procession for Hassan Nasrallah was entering the sports city
// in Beirut". No attack word stands between the funeral and the place.
func (d *docState) mournedIn(s *sentence, i int) bool {
	p := s.Places[i]
	for k := p.First - 1; k >= s.First && k >= p.First-12; k-- {
		if is(&d.toks[k], cAttack|cWeapon) {
			return false
		}
		if w := d.toks[k].Norm; mourningNouns[w] || w == "mourners" || w == "buried" || w == "buries" {
			// Not "attacked the population gathered at a mourning
			// (funeral vigil) in the village of Ntoyo": a comma parts the
			// attack from the funeral.
			last := -1
			for _, t := range s.Triggers {
				if t.Last <= k {
					last = t.Last
				}
			}
			// The funeral's clause is a time of its own ("just as",
			// "while"), and no attack follows the place in it: not
			// "mourners at a funeral in Aitaroun came under drone fire".
			return last >= 0 && !struckGathering(d.toks, k) && slices.ContainsFunc(s.Places[:i], func(q placeRef) bool { return q.Last <= k }) &&
				slices.ContainsFunc(d.toks[last:k], func(t normalize.Token) bool { return t.Norm == "," || t.Norm == ";" }) &&
				slices.ContainsFunc(d.toks[last:k], func(t normalize.Token) bool { return t.Norm == "as" || t.Norm == "while" }) &&
				!slices.ContainsFunc(s.Triggers, func(t trigger) bool { return t.First >= p.Last && !t.Generic })
		}
	}
	return false
}

// accusedAt reports a place of the deeds someone is accused of: "a former
// officer accused of involvement in abuses at Saydnaya prison", "charged
// with crimes in Homs"; not "suspected militants in Jenin", "a man wanted
// by Israel in Jenin".
func accusedAt(toks []normalize.Token, lo, first int) bool {
	if first-2 <= lo || toks[first-1].Norm != "at" && toks[first-1].Norm != "in" || !deedNouns[toks[first-2].Norm] {
		return false
	}
	for k := first - 3; k >= lo && k >= first-9; k-- {
		if is(&toks[k], cAttack|cWeapon|cKill) || toks[k].Kind == normalize.Punct {
			return false
		}
		switch toks[k].Norm {
		case "accused", "charged", "convicted":
			return true
		}
	}
	return false
}

// deedNouns are what someone is accused of somewhere.
var deedNouns = map[string]bool{"abuses": true, "crimes": true, "torture": true, "atrocities": true, "killings": true,
	"massacres": true, "executions": true, "involvement": true}

// roadBetween reports a town that ends a road an attack cut or closed:
// "cutting the main road between Hama and Homs".
func roadBetween(toks []normalize.Token, lo, first int) bool {
	k := first - 1
	if k > lo && toks[k].Norm == "and" {
		// the second town: back over the first
		for k--; k > lo && toks[k].Kind == normalize.Word && toks[k].Norm != "between"; k-- {
		}
	}
	if k <= lo || toks[k].Norm != "between" {
		return false
	}
	switch toks[k-1].Norm {
	case "road", "highway", "route", "link", "roads", "traffic", "motorway", "corridor":
	default:
		return false
	}
	// Not "struck a car on the road between Shuhada and Khalsa": there.
	for j := k - 2; j >= lo && j >= k-5; j-- {
		switch toks[j].Norm {
		case "cutting", "cut", "closing", "closed", "blocking", "blocked", "severing", "severed", "linking", "connecting":
			return true
		}
	}
	return false
}
