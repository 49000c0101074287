package extract

import (
	"strings"
	"unicode"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// Speaker kinds.
const (
	SpeakerOfficial = "official"
	SpeakerArmed    = "armed_group"
	SpeakerMedia    = "media"
	SpeakerLocal    = "local"
	SpeakerOutlet   = "outlet"
	// SpeakerLocalOfficial is an official of the country where an attack on
	// foreign forces took place: a witness, not the target side.
	SpeakerLocalOfficial = "local_official"
)

// armedNouns stand for the armed group named last: "the group said", "the
// resistance announced", "the militia claimed".
var armedNouns = map[string]bool{"group": true, "resistance": true, "militia": true, "faction": true,
	"groups": true, "militias": true, "factions": true, // "a coalition of Iraqi armed groups said"
	"movement": true, "organization": true, "organisation": true, "banner": true, "umbrella": true}

// nameHasWord reports whether name has word w, in any case.
func nameHasWord(name, w string) bool {
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// armedReferent returns the armed group that an armed noun of tokens [lo,
// hi) stands for ("the resistance": the Islamic Resistance in Iraq): the
// latest of seen whose name has the word, or last.
func armedReferent(toks []normalize.Token, lo, hi int, seen []actorMatch, last *actorMatch) *actorMatch {
	for i := lo + 1; i < hi; i++ {
		w := toks[i].Norm
		if !is(&toks[i], cArmed) || toks[i-1].Norm != "the" || w == "group" {
			continue
		}
		for k := len(seen) - 1; k >= 0; k-- {
			if nameHasWord(seen[k].Actor.Name, w) {
				return &seen[k]
			}
		}
	}
	return last
}

// nounUse are words before "reports", "reported" or "claims" that make it
// a noun or a passive rather than a speaker's verb.
var nounUse = map[string]bool{
	"were": true, "was": true, "been": true, "the": true, "no": true, "immediate": true, "of": true,
	"media": true, "initial": true, "conflicting": true, "unconfirmed": true, "unverified": true,
	"news": true, "local": true, "also": true, "multiple": true, "some": true, "many": true,
	"earlier": true, "these": true, "such": true, "its": true, "their": true, "is": true, "are": true,
	// "amid reports of a drone attack", "despite claims by the group"
	"amid": true, "amidst": true, "despite": true, "following": true, "after": true, "with": true, "to": true,
	"about": true, "over": true, "on": true, "by": true, "from": true,
}

// findSpeaker returns who the sentence in tokens [lo, hi) cites, and the
// speech verb. prev is the speaker of the sentence before, for "It said".
func findSpeaker(text string, toks []normalize.Token, lo, hi int, actors []actorMatch, prev speaker, lastArmed *actorMatch) speaker {
	// "the group", "the same group": the armed group named last.
	var armed speaker
	if lastArmed != nil {
		armed = speaker{Name: lastArmed.Actor.Name, Kind: SpeakerArmed}
	}
	for i := lo; i < hi; i++ {
		w := toks[i].Norm
		if !is(&toks[i], cSpeech) || toks[i].Kind != normalize.Word {
			continue
		}
		// "neither the coalition nor the SDF has said anything": no one
		// speaks.
		if negatedAt(toks, lo, i) || i+1 < hi && (toks[i+1].Norm == "anything" || toks[i+1].Norm == "nothing") {
			continue
		}
		if w == "according" {
			if i+1 < hi && toks[i+1].Norm == "to" {
				return speakerAfter(text, toks, i+2, hi, actors, i, armed)
			}
			continue
		}
		if w == "cited" || w == "citing" || w == "quoted" {
			if w == "cited" || w == "quoted" {
				if i+1 < hi && toks[i+1].Norm == "by" {
					return speakerAfter(text, toks, i+2, hi, actors, i, armed)
				}
			}
			sp := speakerAfter(text, toks, i+1, hi, actors, i, armed)
			if sp.Kind != SpeakerOutlet {
				return sp
			}
			continue
		}
		if w == "called" || w == "described" || w == "termed" {
			// "in what the Pentagon called a response": the speaker stands
			// between "what" and the verb; elsewhere the verb names things.
			k := i - 1
			for k > lo && k >= i-5 && toks[k].Norm != "what" {
				k--
			}
			if toks[k].Norm != "what" || k == i-1 {
				// "The Pentagon called a claimed drone strike on Harir
				// \"not accurate\"": a judgement of a claim is a statement.
				if sp := speakerBefore(text, toks, lo, i, actors, prev, armed); sp.Kind != SpeakerOutlet && judgedFalse(toks, i+1, hi) {
					return sp
				}
				continue
			}
			if sp := speakerBefore(text, toks, k+1, i, actors, prev, armed); sp.Kind != SpeakerOutlet {
				return sp
			}
			continue
		}
		// "a claimed drone strike": an adjective.
		if w == "claimed" && i > lo && (toks[i-1].Norm == "a" || toks[i-1].Norm == "an" || toks[i-1].Norm == "the") {
			continue
		}
		if (w == "reported" || w == "reports" || w == "claims") && i > lo && nounUse[toks[i-1].Norm] {
			continue // "were reported", "no immediate reports": not a speaker's verb
		}
		sp := speakerBefore(text, toks, lo, i, actors, prev, armed)
		if sp.Kind == SpeakerOutlet {
			// "..., said the Pentagon": the subject follows the verb.
			sp = speakerAfter(text, toks, i+1, min(hi, i+5), actors, i, armed)
		}
		if sp.Kind != SpeakerOutlet {
			return sp
		}
	}
	// "Turkish jets struck the Qandil and Gara areas (defence ministry: 32
	// targets)": an official's word in brackets, as a label.
	for i := lo; i+3 < hi; i++ {
		if toks[i].Norm != "(" {
			continue
		}
		for k := i + 1; k < hi && k <= i+4; k++ {
			if toks[k].Norm == ":" && k > i+1 {
				if officialWords[toks[k-1].Norm] {
					return speaker{Name: strings.TrimSpace(text[toks[i+1].Start:toks[k-1].End]), Kind: SpeakerOfficial, Verb: -1, Label: true}
				}
				break
			}
			if toks[k].Kind == normalize.Punct {
				break
			}
		}
	}
	return speaker{Kind: SpeakerOutlet, Verb: -1}
}

func negatedAt(toks []normalize.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		if negations[toks[k].Norm] {
			return true
		}
	}
	return false
}

// speakerBefore looks for the subject of a speech verb at toks[verb] in the
// words before it.
func speakerBefore(text string, toks []normalize.Token, lo, verb int, actors []actorMatch, prev, armed speaker) speaker {
	// "..., Iraqi security sources and the militia said": the subject is
	// what follows the last comma, when something does.
	if c := lastComma(toks, lo, verb); c >= 0 && verb-c > 1 && verb-c <= 9 {
		sp := speakerIn(text, toks, c+1, verb, actors, prev, armed)
		// "ADF fighters attacked a village near Butembo, the civil society
		// said": a subject of its own after the comma, unknown as it is;
		// the group before the comma is who attacked, not who speaks.
		// "..., Tehran said": a capital speaks for its government.
		if sp.Kind == SpeakerOutlet && verb-c == 2 && capitals[toks[c+1].Norm] && toks[c+1].Upper {
			return speaker{Name: text[toks[c+1].Start:toks[c+1].End], Kind: SpeakerOfficial, Verb: verb}
		}
		if sp.Kind != SpeakerOutlet {
			return sp
		}
		if subjectWords(toks, c+1, verb) || jointSubject(toks, c+1, verb) {
			return speaker{Name: strings.TrimSpace(text[toks[c+1].Start:toks[verb-1].End]), Kind: SpeakerLocal, Verb: verb}
		}
	}
	// "The Popular Mobilization Forces, the umbrella to which Kataib
	// Hezbollah belongs, said": the subject before the apposition.
	if c := lastComma(toks, lo, verb); c == verb-1 {
		if o := lastComma(toks, lo, c); o > lo && o+1 < c && appositionOpeners[toks[o+1].Norm] {
			if sp := speakerIn(text, toks, lo, o, actors, prev, armed); sp.Kind != SpeakerOutlet {
				sp.Verb = verb
				return sp
			}
		}
	}
	sp := speakerIn(text, toks, lo, verb, actors, prev, armed)
	// "The civil society of the sector of Bapere, in the territory of
	// Lubero, informs ...": the subject opens the sentence, before the
	// phrases set off by commas.
	if c := lastComma(toks, lo, verb); sp.Kind == SpeakerOutlet && c == verb-1 {
		first := lo
		for first < verb && toks[first].Norm != "," {
			first++
		}
		if first > lo && first < c && subjectWords(toks, lo, first) && !attackBetween(toks, lo, first) {
			return speaker{Name: strings.TrimSpace(text[toks[lo].Start:toks[first-1].End]), Kind: SpeakerLocal, Verb: verb}
		}
	}
	return sp
}

// appositionOpeners open a noun phrase set off by commas after a subject.
var appositionOpeners = map[string]bool{"the": true, "a": true, "an": true}

// attackBetween reports whether an attack word lies in tokens [lo, hi):
// then the words are a clause of their own, not a speaker.
func attackBetween(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if attackWords[toks[k].Norm] || weaponWords[toks[k].Norm] != "" || killWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

// capitals name their governments as the subjects of speech: "Tehran said".
var capitals = map[string]bool{"tehran": true, "washington": true, "moscow": true, "kyiv": true, "kiev": true,
	"beijing": true, "ankara": true, "damascus": true, "baghdad": true, "beirut": true, "riyadh": true,
	"cairo": true, "amman": true, "london": true, "paris": true, "islamabad": true, "kabul": true,
	"kinshasa": true, "kigali": true, "abuja": true, "khartoum": true, "tripoli": true,
	"doha": true, "jerusalem": true, "berlin": true, "delhi": true, "naypyitaw": true, "naypyidaw": true}

// subjectWords reports whether tokens [lo, verb) are a noun phrase of
// their own: words, none of them a pronoun or a conjunction that makes
// the clause part of the one before.
func subjectWords(toks []normalize.Token, lo, verb int) bool {
	switch toks[lo].Norm {
	case "in", "on", "at", "from", "with", "by", "for", "after", "before", "during", "through", "via", "also",
		"however", "meanwhile", "then", "later", "earlier", "separately", "too":
		return false // ", in a statement on its channel, claimed": no subject
	}
	words := 0
	for k := lo; k < verb; k++ {
		switch toks[k].Norm {
		case "it", "they", "he", "she", "we", "which", "who", "that", "and", "but", "as", "while", "officials",
			"nobody", "no", "none":
			return false
		}
		// "..., initially told": an adverb, the subject is further back.
		if w := toks[k].Norm; toks[k].Kind == normalize.Word && !(strings.HasSuffix(w, "ly") && !toks[k].Upper) {
			words++
		}
	}
	return words > 0
}

// jointSubject reports two noun phrases joined by "and" in tokens [lo,
// verb), each a subject of its own and the first opening with an article:
// "..., the civil defence and the town's municipality said". Not a clause:
// no attack word in it.
func jointSubject(toks []normalize.Token, lo, verb int) bool {
	if w := toks[lo].Norm; w != "the" && w != "a" && w != "an" || attackBetween(toks, lo, verb) {
		return false
	}
	and := -1
	for k := lo; k < verb; k++ {
		if toks[k].Norm == "and" {
			if and >= 0 {
				return false
			}
			and = k
		}
	}
	return and > lo && and+1 < verb && subjectWords(toks, lo, and) && subjectWords(toks, and+1, verb)
}

func lastComma(toks []normalize.Token, lo, verb int) int {
	for k := verb - 1; k >= lo; k-- {
		if toks[k].Norm == "," {
			return k
		}
	}
	return -1
}

// speakerIn looks for the subject of a speech verb at toks[verb] in the
// words [lo, verb).
func speakerIn(text string, toks []normalize.Token, lo, verb int, actors []actorMatch, prev, armed speaker) speaker {
	for k := len(actors) - 1; k >= 0; k-- {
		a := actors[k]
		if a.Last <= verb && a.First >= lo {
			kind := speakerKind(a.Actor.Type)
			// "a spokesperson for the U.S. command", "Pentagon spokesman Pat Ryder"
			if kind == SpeakerMedia && hasOfficialWord(toks, max(lo, a.First-3), verb) {
				kind = SpeakerOfficial
			}
			for j := lo; j < a.First; j++ {
				if w := toks[j].Norm; w == "sources" || w == "source" || w == "witnesses" || w == "residents" {
					// "a source in the SDF"; not "a military source at the
					// General Command of the Jordan Armed Forces", a
					// state's forces speaking without a name.
					if !(militarySource(toks, j) && (a.Actor.Type == StateForce || a.Actor.Type == Official)) {
						kind = SpeakerLocal
					}
				}
			}
			return speaker{Name: subjectText(text, toks, lo, a, verb), Kind: kind, Verb: verb}
		}
	}
	// "The commander of U.S. air forces in the region said": twelve words
	// back, periods of abbreviations included.
	start := max(lo, verb-12)
	for k := verb - 1; k >= start; k-- {
		w := toks[k].Norm
		switch {
		case armedNouns[w] && k > start && monitorWords[toks[k-1].Norm]:
			// "A Syrian monitoring group reports": a monitor, not an
			// armed group.
			return speaker{Name: phrase(text, toks, start, verb), Kind: SpeakerMedia, Verb: verb}
		case armedNouns[w]:
			// "the resistance": the armed group named last whose name has
			// the word; "the group": the armed speaker before, or the armed
			// group named last.
			switch {
			case armed.Kind == SpeakerArmed && nameHasWord(armed.Name, w):
				return speaker{Name: armed.Name, Kind: SpeakerArmed, Verb: verb}
			case prev.Kind == SpeakerArmed:
				return speaker{Name: prev.Name, Kind: prev.Kind, Verb: verb}
			case armed.Kind == SpeakerArmed:
				return speaker{Name: armed.Name, Kind: SpeakerArmed, Verb: verb}
			}
			return speaker{Name: "the " + w, Kind: SpeakerArmed, Verb: verb}
		case w == "it" || w == "statement" || w == "they" || w == "he" || w == "she":
			// "Hezbollah responded by firing 60 rockets at ..., it said in a
			// statement": the subject the sentence opened with.
			if a, ok := openingActor(toks, actors, lo); ok && (w == "it" || w == "they") {
				return speaker{Name: a.Actor.Name, Kind: speakerKind(a.Actor.Type), Verb: verb}
			}
			if prev.Kind != SpeakerOutlet && prev.Kind != "" {
				return speaker{Name: prev.Name, Kind: prev.Kind, Verb: verb}
			}
		case officialWords[w] && !(w == "police" && k+1 < verb && policeman[toks[k+1].Norm]):
			return officialSpeaker(text, toks, start, verb)
		case militarySource(toks, k) && verb == k+1 && opensStatement(toks, lo, k-1):
			// "DAMASCUS - A military source said that at about 09:30 today
			// the Israeli enemy carried out an air aggression": a state's
			// forces, as its news agency opens with them, unnamed. Not "...,
			// a military source told the Qamishlo Herald", a source.
			return speaker{Name: phrase(text, toks, start, verb), Kind: SpeakerOfficial, Verb: verb}
		case w == "sources" || w == "source" || w == "witnesses" || w == "residents" || w == "activists" || w == "media":
			return speaker{Name: phrase(text, toks, start, verb), Kind: SpeakerLocal, Verb: verb}
		}
		if toks[k].Kind == normalize.Punct && w != "-" && w != "." && w != "," {
			break
		}
	}
	return speaker{Kind: SpeakerOutlet, Verb: -1}
}

// policeman are the words after "police" that make one man of it: "a
// police officer said", "a police source said".
var policeman = map[string]bool{"officer": true, "officers": true, "source": true, "sources": true,
	"man": true, "men": true, "colonel": true, "captain": true, "lieutenant": true, "sergeant": true}

// judgedFalse reports whether tokens [lo, hi) call something false:
// "\"not accurate\"", "baseless", "did not happen".
func judgedFalse(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if denyWords[toks[k].Norm] {
			return true
		}
		for _, p := range debunkByFirst[toks[k].Norm] {
			if _, ok := matchWords(toks, k, hi, p); ok {
				return true
			}
		}
	}
	return false
}

// monitorWords before "group" or "organisation" make it a monitor's or an
// aid group's: "a monitoring group", "a rights group".
var monitorWords = map[string]bool{"monitoring": true, "monitor": true, "rights": true, "watchdog": true,
	"advocacy": true, "aid": true, "research": true, "humanitarian": true, "relief": true, "medical": true}

func speakerAfter(text string, toks []normalize.Token, lo, hi int, actors []actorMatch, verb int, prevArmed speaker) speaker {
	// The speaker ends at the clause: "according to the Observatory, gunmen
	// killed three SDF members" is the Observatory's account.
	for k := lo; k < hi; k++ {
		if w := toks[k].Norm; w == "," || w == ";" || w == "." || w == "that" {
			hi = k
			break
		}
	}
	for _, a := range actors {
		if a.First >= lo && a.First < lo+8 && a.First < hi {
			kind := speakerKind(a.Actor.Type)
			// "sources in the SDF", "a source close to the group": not the body itself.
			for k := lo; k < a.First; k++ {
				if w := toks[k].Norm; w == "sources" || w == "source" || w == "witnesses" || w == "residents" {
					kind = SpeakerLocal
				}
			}
			if kind == SpeakerMedia && hasOfficialWord(toks, lo, a.Last) {
				kind = SpeakerOfficial
			}
			return speaker{Name: a.Actor.Name, Kind: kind, Verb: verb}
		}
	}
	for k := lo; k < hi && k < lo+8; k++ {
		w := toks[k].Norm
		if officialWords[w] {
			sp := officialSpeaker(text, toks, lo, k+1)
			sp.Verb = verb
			return sp
		}
		if armedNouns[w] && prevArmed.Kind == SpeakerArmed {
			return speaker{Name: prevArmed.Name, Kind: SpeakerArmed, Verb: verb}
		}
		if w == "sources" || w == "source" || w == "witnesses" || w == "residents" || w == "media" {
			return speaker{Name: phrase(text, toks, lo, k+1), Kind: SpeakerLocal, Verb: verb}
		}
		if toks[k].Kind == normalize.Punct && w != "-" && w != "." {
			break
		}
	}
	return speaker{Kind: SpeakerOutlet, Verb: -1}
}

func hasOfficialWord(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if officialWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

func speakerKind(actorType string) string {
	switch actorType {
	case Government:
		return SpeakerLocalOfficial
	case Official, StateForce, Partner:
		return SpeakerOfficial
	case ArmedGroup:
		return SpeakerArmed
	default:
		return SpeakerMedia
	}
}

// subjectText returns the noun phrase of a speaker: the actor with the
// title words just before it ("US Defense Department deputy spokesperson
// Sabrina Singh"), at most a few words.
func subjectText(text string, toks []normalize.Token, lo int, a actorMatch, verb int) string {
	end := verb
	for end > a.Last && toks[end-1].Kind == normalize.Punct {
		end--
	}
	// Stop at a clause break between the actor and the verb.
	for k := a.Last; k < end; k++ {
		if toks[k].Norm == "," || toks[k].Norm == "that" || toks[k].Norm == "on" || toks[k].Norm == "in" || toks[k].Norm == "during" {
			end = k
			break
		}
	}
	for end > a.Last && preVerb[strings.ToLower(toks[end-1].Norm)] {
		end--
	}
	start := a.First
	if start > lo && (toks[start-1].Norm == "the" || toks[start-1].Norm == "The") {
		start--
	}
	s := strings.TrimSpace(text[toks[start].Start:toks[end-1].End])
	if end-start > 12 || s == "" {
		return a.Actor.Name
	}
	return s
}

func phrase(text string, toks []normalize.Token, lo, hi int) string {
	for lo < hi && toks[lo].Kind == normalize.Punct {
		lo++
	}
	// Keep the last clause only.
	for k := hi - 1; k > lo; k-- {
		if toks[k].Norm == "," || toks[k].Norm == "that" || toks[k].Norm == "and" {
			lo = k + 1
			break
		}
	}
	if lo >= hi {
		return ""
	}
	return strings.TrimSpace(text[toks[lo].Start:toks[hi-1].End])
}

// speakerName trims what is not a speaker's name from the words before
// a speech verb: a live blog entry's time ("06:15 GMT - A Syrian
// monitoring group"), a conjunction before ("but the health ministry"),
// an auxiliary or adverb after ("A U.S. official has", "the ministry
// later").
func speakerName(name string) string {
	for _, dash := range []string{" - ", " – ", " — "} {
		if i := strings.Index(name, dash); i > 0 && i <= 12 && strings.ContainsAny(name[:i], "0123456789") {
			name = strings.TrimSpace(name[i+len(dash):])
			break
		}
	}
	// "Erbil: Kurdish counter-terrorism forces", the place of a
	// round-up's item before its colon.
	if i := strings.Index(name, ": "); i > 0 && i <= 24 && strings.Count(name[:i], " ") <= 2 {
		name = strings.TrimSpace(name[i+2:])
	}
	for {
		w, rest, ok := strings.Cut(name, " ")
		if !ok || !nameLeads[strings.ToLower(w)] {
			break
		}
		name = rest
	}
	for {
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || !nameTails[strings.ToLower(name[i+1:])] {
			break
		}
		name = name[:i]
	}
	return name
}

// nameLeads and nameTails are words around a speaker's name that are
// not of it.
var (
	nameLeads = map[string]bool{"but": true, "and": true, "while": true, "whereas": true, "meanwhile,": true}
	nameTails = map[string]bool{"has": true, "have": true, "had": true, "later": true, "also": true, "earlier": true,
		"then": true, "again": true, "separately": true}
)

// branchNouns after a group's name in the possessive make another group:
// "al Qaeda's affiliate", "the PKK's armed wing".
var branchNouns = map[string]bool{"affiliate": true, "affiliates": true, "branch": true, "branches": true,
	"wing": true, "arm": true, "offshoot": true, "franchise": true, "ally": true, "allies": true, "proxy": true,
	"proxies": true, "faction": true, "partner": true, "province": true, "armed": true, "military": true,
	"media": true}

// findClaim returns the armed group claiming responsibility in tokens
// [lo, hi) and the span of the claim words, or nil; unnamed is set for a
// claim whose claimant the text does not name ("pro-Iranian groups claimed
// to have struck the Rmelan base").
func findClaim(toks []normalize.Token, lo, hi int, actors []actorMatch, trs []trigger, sp speaker, lastArmed *actorMatch) (a *actorMatch, span sitrep.Span, unnamed bool) {
	for i := lo; i < hi; i++ {
		w := toks[i].Norm
		claim := false
		switch w {
		case "claimed", "claims", "claim", "claiming":
			// "IRI claim only; no official ... corroboration": a table's
			// note that the group's claim is all there is ("CLAIM ONLY |
			// UAS attack claimed by unknown channel" names no group).
			if w == "claim" && i+1 < hi && toks[i+1].Norm == "only" {
				for k := range actors {
					if actors[k].Last == i && actors[k].Actor.Type == ArmedGroup {
						return &actors[k], sitrep.Span{Start: toks[i].Start, End: toks[i+1].End}, false
					}
				}
				break
			}
			for k := i + 1; k < hi && k <= i+6; k++ {
				n := toks[k].Norm
				if n == "responsibility" || n == "credit" {
					claim = true
					break
				}
				if t, ok := triggerOf(trs, k); ok {
					claim = !t.Generic // "has claimed scores of attacks" claims none in particular
					break
				}
				// "CLAIM ONLY | UAS attack": a table's label, its cells apart.
				if n == "." || n == "|" || n == "that" && !(k+1 < hi && (triggerAt(trs, k+1) || anaphorWords[toks[k+1].Norm])) {
					break
				}
			}
		case "responsibility":
			claim = i > lo && (toks[i-1].Norm == "took" || toks[i-1].Norm == "takes" || toks[i-1].Norm == "assumed" || toks[i-1].Norm == "claimed")
		}
		// "| UAV (claimed) |": a table's weapon marked as claimed, by the
		// group the row or the text names.
		if w == "claimed" && i-2 >= lo && toks[i-1].Norm == "(" && i+1 < hi && toks[i+1].Norm == ")" && triggerAt(trs, i-2) {
			claim = true
		}
		// "Both operations were claimed on Telegram by ... the Islamic
		// Resistance in Iraq": a passive claim names its claimant after "by".
		// "Later claimed by the Islamic Resistance in Iraq (IRI).": a
		// table's note, its subject the row's attack.
		// "drone attack claimed by the Islamic Resistance in Iraq (IRI)": a
		// table's cell, the claim after the attack it claims.
		if !claim && (w == "claimed") && (i > lo && (toks[i-1].Norm == "were" || toks[i-1].Norm == "was" || toks[i-1].Norm == "been") ||
			(i == lo || i == lo+1 && claimAdverbs[toks[lo].Norm] || triggerAt(trs, i-1)) && i+1 < hi && toks[i+1].Norm == "by") {
			for k := range actors {
				a := &actors[k]
				if a.First > i && a.First <= i+12 && a.Actor.Type == ArmedGroup {
					for j := i + 1; j < a.First; j++ {
						if toks[j].Norm == "by" {
							return a, sitrep.Span{Start: toks[i].Start, End: toks[i].End}, false
						}
					}
				}
			}
		}
		// "No party has claimed responsibility": the verb's negation.
		if !claim || negatedAt(toks, lo, i) || w == "responsibility" && negatedAt(toks, lo, i-1) {
			continue
		}
		span = sitrep.Span{Start: toks[i].Start, End: toks[i].End}
		// The claimant is the armed group before the verb, or after "by".
		var best *actorMatch
		for k := range actors {
			a := &actors[k]
			// "JNIM, al Qaeda's affiliate in the Sahel, claimed": the
			// group whose branch claims is not the claimant.
			if best != nil && a.Last < hi && toks[a.Last-1].Possessive && branchNouns[toks[a.Last].Norm] {
				continue
			}
			// "the SDF claimed a drone attack on an armoured vehicle": a
			// partner force claims its own attacks in so many words.
			if a.Last <= i && a.First >= lo && (a.Actor.Type == ArmedGroup || a.Actor.Type == Partner && claimsAttack(toks, i, hi, trs)) {
				best = a
			}
		}
		if best == nil {
			for k := range actors {
				a := &actors[k]
				if a.First > i && a.First <= i+4 && a.Actor.Type == ArmedGroup && toks[a.First-1].Norm == "by" {
					best = a
					break
				}
			}
		}
		// An official who tells of a claim is no claimant, unless the claim
		// comes first: "groups claimed to have struck X, but the Pentagon
		// said it had no record of such an attack".
		if best == nil && sp.Kind == SpeakerOfficial {
			unnamed = unnamed || sp.Verb > i
			continue
		}
		// "A previously unknown group calling itself Saraya Fath al-Mubin
		// claims": a new group, not the one told before.
		if best == nil && !newGroupBefore(toks, lo, i) {
			best = lastArmed
		}
		if best != nil {
			return best, span, false
		}
		unnamed = true
	}
	return nil, span, unnamed
}

func triggerOf(trs []trigger, k int) (trigger, bool) {
	for _, t := range trs {
		if k >= t.First && k < t.Last {
			return t, true
		}
	}
	return trigger{}, false
}

func triggerAt(trs []trigger, k int) bool {
	for _, t := range trs {
		if k >= t.First && k < t.Last {
			return true
		}
	}
	return false
}

// officialSpeaker names an official from the words [lo, hi) and tells a
// local official ("two Iraqi security officials") from the target side's.
func officialSpeaker(text string, toks []normalize.Token, lo, hi int) speaker {
	sp := speaker{Name: phrase(text, toks, lo, hi), Kind: SpeakerOfficial, Verb: hi}
	local := false
	for k := lo; k < hi; k++ {
		switch toks[k].Norm {
		case "u", "us", "american", "pentagon", "coalition", "centcom", "washington":
			return sp
		case "iraqi", "syrian", "kurdish", "provincial", "local", "iraq", "syria", "jordanian", "security":
			local = true
		}
	}
	if local {
		sp.Kind = SpeakerLocalOfficial
	}
	return sp
}

// openingActor returns the actor a sentence opens with, before token lo:
// the subject a later "it said" refers to.
func openingActor(toks []normalize.Token, actors []actorMatch, lo int) (*actorMatch, bool) {
	if len(actors) == 0 || actors[0].First >= lo || actors[0].Actor.Type == Media || actors[0].Actor.Type == Monitor {
		return nil, false
	}
	k := actors[0].First - 1
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	if k < 0 {
		return &actors[0], true
	}
	switch toks[k].Norm {
	case ".", "!", "?", ":", "\"", "”":
		return &actors[0], true
	}
	return nil, false
}

// claimAdverbs may open a note of who claimed an attack: "Later claimed by".
var claimAdverbs = map[string]bool{"later": true, "subsequently": true, "also": true, "since": true, "reportedly": true,
	"-": true}

// newGroupBefore reports a group the text introduces as new or unknown
// before the claim verb at token i: "a previously unknown group calling
// itself", "a new channel", "an unknown group".
func newGroupBefore(toks []normalize.Token, lo, i int) bool {
	for k := max(lo, i-12); k < i; k++ {
		switch toks[k].Norm {
		case "calling", "unknown", "little-known", "new", "newly", "obscure":
			return true
		}
	}
	return false
}

// militarySource reports "military source" ending at token k, a state's
// forces speaking unnamed.
func militarySource(toks []normalize.Token, k int) bool {
	return k > 0 && toks[k].Norm == "source" && toks[k-1].Norm == "military"
}

// opensStatement reports whether the words before token k (an article at
// most) open the sentence or follow a dateline's dash: "DAMASCUS - A
// military source said".
func opensStatement(toks []normalize.Token, lo, k int) bool {
	j := k - 1
	if j >= lo && (toks[j].Norm == "a" || toks[j].Norm == "the") {
		j--
	}
	if j < lo {
		// The phrase opens its clause: the sentence's, not one after a
		// comma ("..., a military source told the Qamishlo Herald").
		return j < 0 || toks[j].Norm != "," && toks[j].Norm != "and" && toks[j].Norm != "but"
	}
	return toks[j].Norm == "-" || toks[j].Norm == ":" || toks[j].Norm == "–" || toks[j].Norm == "—"
}

// claimsAttack reports a claim verb at token i whose object is an attack:
// "claimed a drone attack", "claimed responsibility for the strike"; not
// "claimed Turkish drones struck a car" (alleged) nor "claimed that".
func claimsAttack(toks []normalize.Token, i, hi int, trs []trigger) bool {
	for k := i + 1; k < hi && k <= i+5; k++ {
		switch toks[k].Norm {
		case "a", "an", "the", "responsibility", "for", "its", "their", "new":
			continue
		}
		if t, ok := triggerOf(trs, k); ok {
			// the attack noun is the object: "a drone attack"
			return !t.Verb && !verbAfter(toks, t.Last, hi)
		}
		return false
	}
	return false
}

// verbAfter reports a past-tense attack verb right after token k: the
// noun before it is a subject ("drones struck"), not an object.
func verbAfter(toks []normalize.Token, k, hi int) bool {
	if k >= hi {
		return false
	}
	switch toks[k].Norm {
	case "struck", "hit", "targeted", "attacked", "killed", "bombed", "shelled":
		return true
	}
	return false
}
