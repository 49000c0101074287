package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// Cues in the words around a name or a verb: where a statement was made,
// the town of a dateline, a part of a country, the airport of a town, a
// country owning its forces, a group telling its own operations.

// ownOperations reports "it had carried out three operations", "we
// conducted": the speaker's own attacks, told as operations.
func ownOperations(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch toks[k].Norm {
		case "carried", "conducted", "executed":
			for j := k - 1; j >= lo && j >= k-2; j-- {
				if w := toks[j].Norm; w == "it" || w == "they" || w == "we" {
					return true
				}
			}
		}
	}
	return false
}

// persianMonths are the months of the Persian (solar Hijri) calendar,
// which Iranian media date by ("10 Mehr 1403"), by their numbers.
var persianMonths = map[string]int{"farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4,
	"mordad": 5, "amordad": 5, "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10,
	"bahman": 11, "esfand": 12}

// statementWords make what follows "in" the place of a statement.
var statementWords = map[string]bool{
	"statement": true, "said": true, "says": true, "told": true, "speaking": true, "spoke": true,
	"conference": true, "briefing": true, "interview": true, "remarks": true, "address": true, "issued": true,
	"reporters": true, "journalists": true, "rally": true, "speech": true, "ceremony": true, "funeral": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "called": true, "condemned": true,
	"denied": true, "denies": true, "dismissed": true, "rejected": true,
}

// statementPlace reports whether the place at tokens [first, last) is where
// something was said: after "in" or "at" in a statement's phrase ("in a
// statement issued ... in Washington"), or opening a sentence that a
// statement follows ("In Washington, a spokesperson called the attack
// horrific"), with no attack word between them.
// clauseVerbs go on a clause after its subject: "flights at the airport
// remained suspended".
var clauseVerbs = map[string]bool{"remained": true, "remain": true, "remains": true, "was": true, "were": true,
	"is": true, "are": true, "had": true, "has": true, "have": true, "stayed": true, "reopened": true,
	"resumed": true, "came": true}

func statementPlace(toks []normalize.Token, first, last int) bool {
	// "in the southern suburb of Beirut": from "in".
	for first >= 3 && toks[first-1].Norm == "of" && partNouns[toks[first-2].Norm] {
		k := first - 3
		for k > 0 && (toks[k].Norm == "the" || dirAdjectiveWords[toks[k].Norm]) {
			k--
		}
		if toks[k].Norm != "in" && toks[k].Norm != "at" {
			break
		}
		first = k + 1
	}
	// "In the town of al-Bukamal, the militias held a ceremony": from
	// "In" (the name's span may hold "town of").
	open := first
	if open >= 4 && toks[open-1].Norm == "of" && settlementNouns[toks[open-2].Norm] && toks[open-3].Norm == "the" {
		open -= 3
	} else if open >= 2 && toks[open-1].Norm == "the" && settlementNouns[toks[open].Norm] {
		open--
	}
	if open >= 1 && (toks[open-1].Norm == "in" || toks[open-1].Norm == "at") && (open == 1 || toks[open-2].Kind == normalize.Punct) {
		if comma := whereEnds(toks, last); comma < len(toks) {
			for k := comma + 1; k < len(toks) && k <= comma+10; k++ {
				w := toks[k].Norm
				if attackWords[w] || weaponWords[w] != "" || w == "." {
					break
				}
				if statementWords[w] {
					return true
				}
			}
		}
	}
	if first < 1 || toks[first-1].Norm != "in" && toks[first-1].Norm != "at" {
		return false
	}
	// "the ministry said flights at Damascus International Airport
	// remained suspended": a verb after the place makes it part of what
	// was said.
	if first < 2 || last < len(toks) && clauseVerbs[toks[last].Norm] {
		return false
	}
	for k := first - 2; k >= 0 && k >= first-8; k-- {
		w := toks[k].Norm
		// "said two of its fighters were killed at Jurf al-Sakhar": where
		// the dead fell.
		if toks[k].Kind == normalize.Punct || attackWords[w] || weaponWords[w] != "" || is(&toks[k], cKill|cInjure) {
			return false
		}
		if statementWords[w] {
			return !struckGathering(toks, k)
		}
	}
	return false
}

// settlementNouns name a place before "of": "the town of al-Bukamal".
var settlementNouns = map[string]bool{"town": true, "city": true, "village": true, "port": true, "capital": true}

// whereEnds returns the comma that ends an opening place at token last,
// past a phrase that places it ("In al-Bukamal on the Iraqi border,",
// "In Kfar Kila near the frontier,"), or len(toks) when there is none.
func whereEnds(toks []normalize.Token, last int) int {
	for k := last; k < len(toks) && k <= last+6; k++ {
		t := &toks[k]
		switch {
		case t.Norm == ",":
			return k
		case k == last && t.Norm != "on" && t.Norm != "near" && t.Norm != "along" && t.Norm != "by":
			return len(toks)
		case t.Kind == normalize.Punct || attackWords[t.Norm] || weaponWords[t.Norm] != "" || is(t, cKill|cInjure):
			return len(toks)
		}
	}
	return len(toks)
}

// gatheringNouns are the statement words that name a crowd an attack may
// strike: "a drone struck mourners at a funeral in Bint Jbeil".
var gatheringNouns = map[string]bool{"funeral": true, "rally": true, "ceremony": true}

// struckGathering reports whether the gathering noun at token k is what an
// attack word before it in the clause struck: then the place after it is
// the attack's, not where something was said.
func struckGathering(toks []normalize.Token, k int) bool {
	return gatheringNouns[toks[k].Norm] && struckBefore(toks, k)
}

// eventLinks set another event beside an attack: "the strike came a day
// after a ceasefire agreement signed in Doha".
var eventLinks = map[string]bool{"after": true, "before": true, "since": true, "following": true, "ahead": true,
	"amid": true, "despite": true}

// struckBefore reports whether an attack word stands within six words
// before token k, in its clause: "opened fire on a rally", "a drone
// strike hit a meeting"; a list of what was struck adds its length.
func struckBefore(toks []normalize.Token, k int) bool {
	for j, reach := k-1, k-6; j >= 0 && j >= reach; j-- {
		w := toks[j].Norm
		// "struck a wedding, a hospital and a funeral": a list of what
		// was struck goes on.
		if w == "," && (toks[j+1].Norm == "a" || toks[j+1].Norm == "an" || toks[j+1].Norm == "the") {
			reach -= 4
			continue
		}
		if toks[j].Kind == normalize.Punct || eventLinks[w] {
			return false
		}
		if attackWords[w] || weaponWords[w] != "" || w == "fire" || w == "fired" {
			return true
		}
	}
	return false
}

// thisTown returns a place for each "this town" (or city, village, with
// up to two words between) after the dateline ending at byte from: the
// dateline's town e, where no known place already is.
func thisTown(toks []normalize.Token, from int, e *gazetteer.Entry, known []placeRef) []placeRef {
	var out []placeRef
	for i, t := range toks {
		if t.Start < from || t.Norm != "this" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if w := toks[k].Norm; w == "town" || w == "city" || w == "village" {
				if !slices.ContainsFunc(known, func(p placeRef) bool { return p.First <= k && k < p.Last }) {
					out = append(out, placeRef{Match: gazetteer.Match{Start: t.Start, End: toks[k].End, First: i, Last: k + 1,
						Entries: []*gazetteer.Entry{e}}, Entry: e})
				}
				break
			}
			if toks[k].Kind != normalize.Word {
				break
			}
		}
	}
	return out
}

// theTown returns a place for each "the town" or "the village" that names
// no town of its own ("at the northern entrance of the town", not "the
// town of Yaroun"): the town the sentence named last before it, unless
// that place only locates another ("north of Hebron"), where no known
// place already is. "A young man from Beit Ummar, north of Hebron, was
// killed by gunfire at the entrance of the town": the town is Beit Ummar.
func theTown(toks []normalize.Token, known []placeRef) []placeRef {
	var out []placeRef
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm != "the" || toks[i+1].Norm != "town" && toks[i+1].Norm != "village" {
			continue
		}
		if i+2 < len(toks) && (toks[i+2].Norm == "of" || toks[i+2].Kind == normalize.Word && toks[i+2].Upper) {
			continue
		}
		if slices.ContainsFunc(known, func(p placeRef) bool { return p.First <= i+1 && i < p.Last }) {
			continue
		}
		var e *gazetteer.Entry
		for k := len(known) - 1; k >= 0; k-- {
			p := known[k]
			if p.Last > i {
				continue
			}
			if sentenceBetween(toks, p.Last, i) {
				break
			}
			// Nor a town that only says what another faces: "Kfar Kila,
			// the border town facing Metula, ... the edge of the town".
			if p.Locator || p.Side || p.Offset.Km > 0 || betweenPart(toks, p.First) || facingBefore(toks, 0, p.First) {
				continue
			}
			if p.Entry.Kind == sitrep.KindTown && p.Entry.Subkind != "unresolved" {
				e = p.Entry
			}
			break
		}
		if e != nil {
			out = append(out, placeRef{Match: gazetteer.Match{Start: toks[i].Start, End: toks[i+1].End, First: i, Last: i + 2,
				Entries: []*gazetteer.Entry{e}}, Entry: e})
		}
	}
	return out
}

// betweenPart reports a place named as an end of "between X and Y" (at
// token first): where another place lies, not the town "the town" means
// ("stormed Beit Ummar, between Hebron and Bethlehem, ... the town's
// entrance").
func betweenPart(toks []normalize.Token, first int) bool {
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		switch w := toks[k].Norm; {
		case w == "between":
			return true
		case toks[k].Kind == normalize.Punct && w != "-":
			return false
		}
	}
	return false
}

// sentenceBetween reports a sentence's end among tokens [i, j).
func sentenceBetween(toks []normalize.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if w := toks[k].Norm; w == "." && !abbrevDot(toks, 0, k) || w == "!" || w == "?" {
			return true
		}
	}
	return false
}

// abbrevDot reports whether the period at token k (after lo) follows a
// single letter: "U.S." is letters and periods, no end of a clause.
func abbrevDot(toks []normalize.Token, lo, k int) bool {
	return k > lo && toks[k-1].Kind == normalize.Word && toks[k-1].End-toks[k-1].Start == 1
}

// countryPart returns a place for each "the southern region" (or
// northern, eastern, western, central) after byte from: that part of
// country c, where no known place already is.
func countryPart(g *gazetteer.Gazetteer, toks []normalize.Token, from int, c *gazetteer.Entry, known []placeRef) []placeRef {
	var out []placeRef
	for i := 0; i+2 < len(toks); i++ {
		t := toks[i]
		if t.Start < from || t.Norm != "the" || toks[i+2].Norm != "region" || !dirAdjectiveWords[toks[i+1].Norm] {
			continue
		}
		if slices.ContainsFunc(known, func(p placeRef) bool { return p.First <= i+2 && i < p.Last }) {
			continue
		}
		if r := g.Region(c, toks[i+1].Norm); r != nil {
			out = append(out, placeRef{Match: gazetteer.Match{Start: toks[i+1].Start, End: toks[i+2].End, First: i + 1, Last: i + 3,
				Entries: []*gazetteer.Entry{r}, Direction: toks[i+1].Norm}, Entry: r})
		}
	}
	return out
}

// airportOf reports "the airport of" shortly before token first, in the
// same phrase: "the airport of Taiz", "the airport of the Red Sea port city
// of Hodeidah".
func airportOf(toks []normalize.Token, first int) bool {
	for k := first - 1; k >= 1 && k >= first-8; k-- {
		if toks[k].Kind == normalize.Punct {
			return false
		}
		if toks[k].Norm == "of" && (toks[k-1].Norm == "airport" || toks[k-1].Norm == "airfield") {
			return true
		}
	}
	return false
}

// namedSites makes a name the gazetteer lacks, told as "the airport of
// Ramon", the airport it knows by that name ("Ramon airport"), and the
// town after "in the area of" its locator: "which targeted the airport of
// Ramon in the area of Umm al-Rashrash". A name after its site's noun, in
// a translation's word order, is that site too: "in junction Ramot" is
// Ramot junction (of Jerusalem), not the Golan's Ramot.
func namedSites(g *gazetteer.Gazetteer, text string, toks []normalize.Token, places []placeRef) {
	for i, p := range places {
		if p.Entry == nil {
			continue
		}
		name := ""
		switch {
		case p.Entry.Subkind == "unresolved" && airportOf(toks, p.First):
			name = text[p.Start:p.End] + " airport"
		case p.First > 0 && p.Entry.Kind == sitrep.KindTown && (toks[p.First-1].Norm == "junction" || toks[p.First-1].Norm == "crossing"):
			name = text[p.Start:p.End] + " " + toks[p.First-1].Norm
		default:
			continue
		}
		for _, a := range g.Lookup(name) {
			if a.Kind != sitrep.KindSite || p.Entry.Subkind != "unresolved" && a.Country != p.Entry.Country {
				continue
			}
			places[i].Entry = a
			if i+1 < len(places) && areaGap(toks, p.Last, places[i+1].First) {
				places[i+1].Locator = true
			}
			break
		}
	}
}

// ownedAfter are the first words of what a country owns that text names
// after the country's possessive: its forces and institutions, which act
// elsewhere ("Jordan's air force struck ... in southern Syria").
var ownedAfter = map[string]bool{
	"military": true, "army": true, "armed": true, "air": true, "navy": true, "naval": true, "forces": true,
	"troops": true, "soldiers": true, "jets": true, "warplanes": true, "aircraft": true, "defence": true,
	"defense": true, "foreign": true, "interior": true, "government": true, "president": true, "prime": true,
	"supreme": true, "leader": true, "officials": true, "spokesman": true, "spokesperson": true, "ministry": true,
	"envoy": true, "ambassador": true, "intelligence": true, "coast": true, "border": true,
	"mission": true, "operation": true, "coalition": true, "commission": true, "council": true, "minister": true,
	"diplomats": true, "command": true, "commander": true,
}

// pastModifiers returns the word at token i past up to two lower-case
// modifiers ending in "ly" or "ed": "Yemen's internationally recognised
// government" gives "government".
func pastModifiers(toks []normalize.Token, i int) string {
	for n := 0; i < len(toks) && n < 2 && toks[i].Kind == normalize.Word && !toks[i].Upper &&
		(strings.HasSuffix(toks[i].Norm, "ly") || strings.HasSuffix(toks[i].Norm, "ed")); n++ {
		i++
	}
	if i < len(toks) {
		return toks[i].Norm
	}
	return ""
}

// ownedWord returns the word after a possessive region's name ending
// before token i, past up to two capitalised words, the name of what it
// owns: "the European Union's Aspides naval mission" gives "naval".
func ownedWord(toks []normalize.Token, i int) string {
	for n := 0; i < len(toks) && n < 2 && toks[i].Kind == normalize.Word && toks[i].Upper; n++ {
		i++
	}
	if i < len(toks) {
		return toks[i].Norm
	}
	return ""
}

// dirAdjectiveWords qualify the part of a town: "the southern suburb".
var dirAdjectiveWords = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true,
	"north": true, "south": true, "east": true, "west": true, "central": true}

// partNouns name a part of a town: "the southern suburb of Beirut".
var partNouns = map[string]bool{"suburb": true, "suburbs": true, "outskirts": true, "edge": true, "centre": true,
	"center": true, "heart": true, "district": true, "neighbourhood": true, "neighborhood": true, "quarter": true,
	"west": true, "east": true, "north": true, "south": true}

// airportAfter reports a town's airport named with its possessive, the
// town's tokens ending before last: "Baghdad's international airport"
// (the tokens drop the "'s").
func airportAfter(toks []normalize.Token, last int) bool {
	k := last
	if k < len(toks) && toks[k].Norm == "international" {
		k++
	}
	return k > last && k < len(toks) && (toks[k].Norm == "airport" || toks[k].Norm == "airfield")
}

// sceneDateline reports a dateline town small enough to be the scene of
// what its lede tells: a village or a town, not a capital or a city that
// correspondents file from.
func sceneDateline(e *gazetteer.Entry) bool {
	return e.Subkind != "capital" && !capitals[strings.ToLower(e.Name)] && e.Population < 150000
}

// ledeEnd returns the byte offset where the sentence after a dateline
// ending at from ends: its first full stop or line break.
func ledeEnd(text string, from int) int {
	for i := from; i < len(text); i++ {
		switch text[i] {
		case '\n':
			return i
		case '.':
			// Not the stop of an initial: "U.S. aircraft struck".
			initial := i >= 1 && text[i-1] >= 'A' && text[i-1] <= 'Z' && (i == 1 || text[i-2] == '.' || text[i-2] == ' ')
			if !initial && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
				return i
			}
		}
	}
	return len(text)
}
