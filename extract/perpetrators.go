package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// stateForces are the state forces that a country's name or adjective
// stands for next to an attack word, with their home country.
var stateForces = []struct {
	id, home          string
	names, adjectives []string
}{
	{"us_forces", "US", nil, []string{"american"}},
	// "the Hebrew army", "the Zionist enemy": Israel's forces as Arabic and
	// French outlets name them.
	{"israel_army", "IL", []string{"israel"}, []string{"israeli", "hebrew", "zionist"}},
	{"turkey_forces", "TR", []string{"turkey", "türkiye"}, []string{"turkish"}},
	{"russia_forces", "RU", []string{"russia"}, []string{"russian"}},
	{"jordan_army", "JO", []string{"jordan"}, []string{"jordanian"}},
	{"uk_forces", "GB", []string{"britain"}, []string{"british"}},
	{"pakistan_forces", "PK", []string{"pakistan"}, []string{"pakistani"}},
	{"iran_forces", "IR", []string{"iran"}, nil}, // "Iranian drones" are flown by others too
	{"lebanon_army", "LB", nil, nil},
}

// demonyms name the state whose forces an adjective before an attack noun
// points to; countryForces the state whose forces are the subject of an
// attack verb ("Israel struck", "Pakistan carried out strikes"); homeOf is
// the country of each state force.
var demonyms, countryForces, homeOf = func() (adj, name, home map[string]string) {
	adj, name, home = map[string]string{}, map[string]string{}, map[string]string{}
	for _, f := range stateForces {
		home[f.id] = f.home
		for _, w := range f.names {
			name[w] = f.id
		}
		for _, w := range f.adjectives {
			adj[w] = f.id
		}
	}
	return adj, name, home
}()

// demonymBefore returns the state force named by an adjective just before
// toks[first] ("Israeli", "U.S."), or nil.
func demonymBefore(dict *actorDict, toks []normalize.Token, lo, first int) *actorMatch {
	k := first - 1
	if k >= lo && (toks[k].Norm == "air" || toks[k].Norm == "drone") {
		k--
	}
	if k < lo {
		return nil
	}
	id := demonyms[toks[k].Norm]
	start := k
	// "U.S." is u . s . in tokens.
	if toks[k].Norm == "." && k-3 >= lo && toks[k-1].Norm == "s" && toks[k-2].Norm == "." && toks[k-3].Norm == "u" {
		id, start = "us_forces", k-3
	} else if toks[k].Norm == "us" && toks[k].Upper {
		id = "us_forces"
	}
	if id == "" {
		return nil
	}
	a := dict.get(id)
	if a == nil {
		return nil
	}
	return &actorMatch{First: start, Last: k + 1, Actor: a,
		Span: sitrep.Span{Start: toks[start].Start, End: toks[k].End}}
}

// seriesOnly reports whether the only pattern word before an attack word
// is "series", "wave" or "round" ("a series of air strikes").
func seriesOnly(toks []normalize.Token, lo, first int) bool {
	found := false
	for k := first - 1; k >= lo && k >= first-6; k-- {
		switch w := toks[k].Norm; {
		case w == "series" || w == "wave" || w == "round":
			found = true
		case genericBefore[w] || quantityWords[w]:
			return false
		}
	}
	return found
}

// hasDay reports whether one of the dates is a day of its own.
func hasDay(ds []dateExpr) bool {
	return slices.ContainsFunc(ds, ownDay)
}

// ownDay reports a date that is a day of its own: not a period's start, a
// calendar nor a day counted from another.
func ownDay(e dateExpr) bool {
	return !e.Since && !e.Calendar && !e.Relative && e.When.Precision == sitrep.PrecisionDay
}

// hasVerbTrigger reports whether s tells of an attack with a verb
// ("targeted", "struck"), as a claim does, rather than naming one.
func hasVerbTrigger(s *sentence) bool {
	for _, t := range s.Triggers {
		if t.Verb && !t.Generic {
			return true
		}
	}
	return false
}

// sameSiteAgain gives a short name the site a longer name of it matched
// earlier in the document: "The Victoria base near Baghdad airport ...
// About Victoria there was no statement" speaks of the base, not of the
// Australian state.
func sameSiteAgain(text string, places []placeRef) []placeRef {
	sites := map[string]*gazetteer.Entry{}
	for i, p := range places {
		name := strings.ToLower(text[p.Start:p.End])
		if p.Entry.Kind == sitrep.KindSite {
			if sp := strings.IndexByte(name, ' '); sp > 0 {
				sites[name[:sp]] = p.Entry
			}
			continue
		}
		if e := sites[name]; e != nil && rank(p.Entry.Kind) >= 2 && p.Entry.Country != e.Country {
			places[i].Entry = e
			places[i].Entries = []*gazetteer.Entry{e}
		}
	}
	return places
}

// attributedBefore reports whether tokens [lo, at) lay an attack at the
// door of whoever is named at at, as a charge rather than a claim:
// "attributed by the army to", "blamed on", "accused", "suspected".
func attributedBefore(toks []normalize.Token, lo, at int) bool {
	for k := max(lo, at-8); k < at; k++ {
		switch toks[k].Norm {
		case "attributed", "blamed", "blames", "blaming", "accused", "accuses", "accusing", "suspected", "suspects",
			"alleged", "allegedly", "presumed", "purported", "believed", "thought":
			return true
		}
	}
	return false
}

// perpetratorIn returns the actor doing the attack in active voice ("US
// forces had struck", "militias targeted", "US forces carried out strikes"),
// or after "by" in the passive.
func perpetratorIn(dict *actorDict, toks []normalize.Token, s *sentence) *actorMatch {
	for _, t := range s.Triggers {
		if t.Generic || defenceWords[toks[t.First].Norm] {
			continue // "US troops intercepted two drones": the defender
		}
		// "saying it was retaliation for the U.S. strikes": the answered
		// attack's side, not this one's; "the Hezbollah cell that had fired
		// the missile": the target's.
		if inAside(s.Aside, t.First, t.Last) || relativeVerb(toks, s.First, t) && attackBefore(s, t) {
			continue
		}
		if !t.Verb {
			// "Israeli air strikes", "a U.S. drone strike", "Turkish shelling"
			if a := demonymBefore(dict, toks, s.First, t.First); a != nil {
				return a
			}
			// "the raid carried out by the Israeli enemy", "strikes by U.S.
			// forces"
			if a := agentAfter(dict, toks, s, t); a != nil {
				return a
			}
			// "carried out strikes", "conducted an airstrike", "launched drones"
			k := t.First - 1
			for k > s.First && (toks[k].Norm == "a" || toks[k].Norm == "an" || toks[k].Norm == "the" || toks[k].Kind == normalize.Number || smallNumbers[toks[k].Norm] > 0 ||
				strikeModifiers[toks[k].Norm] || toks[k].Norm == "-" && toks[k-1].Norm == "self" ||
				toks[k].Norm == "of" && k-1 > s.First && seriesNouns[toks[k-1].Norm] ||
				seriesNouns[toks[k].Norm] && toks[k+1].Norm == "of") {
				k--
			}
			if k <= s.First {
				continue
			}
			// "its jets conducted self-defence strikes after a drone
			// launched from Syria hit Eilat": the strikes answer the
			// attack the sentence tells, whose doer is another.
			if hasWord(toks, k, t.First, "self") && hasWord(toks, t.Last, s.Last, "after", "following") {
				continue
			}
			w := toks[k].Norm
			// "Israel answered on Monday evening with raids on the port":
			// the country that answers with the strikes.
			if w == "with" {
				if v := answerVerbBefore(toks, s.First, k); v >= 0 {
					if a := countrySubject(dict, toks, s.First, v); a != nil {
						return a
					}
				}
			}
			if w == "out" && toks[k-1].Norm == "carried" {
				k--
			} else if w == "with" && k-1 > s.First && withVerbs[toks[k-1].Norm] && raidNouns[toks[t.Last-1].Norm] {
				// "The aggression targets with two raids the area of
				// al-Jabanah": the doer of the verb the raids are made with.
				k--
			} else if w == "with" && (toks[k-1].Norm == "operation" || toks[k-1].Norm == "operations") {
				// "executed ... a qualitative operation with a drone": the
				// operation's doer, found by operationVerb.
			} else if w != "conducted" && w != "launched" && w != "fired" && w != "firing" && w != "launching" {
				continue
			}
			t = trigger{First: k, Last: k + 1, Verb: true}
		}
		passive := false
		for k := t.First - 1; k >= s.First && k >= t.First-3; k-- {
			switch toks[k].Norm {
			case "was", "were", "been", "be", "being", "is", "are":
				passive = true
			}
		}
		if !passive {
			// The country right before the verb is nearer than any actor.
			if a := countrySubject(dict, toks, s.First, t.First); a != nil {
				return a
			}
		}
		for k := len(s.Actors) - 1; k >= 0; k-- {
			a := &s.Actors[k]
			if passive {
				if a.First > t.Last && a.First <= t.Last+2 && toks[a.First-1].Norm == "by" {
					return a
				}
				continue
			}
			if a.Last > t.First || a.Actor.Type == Media || a.Actor.Type == Monitor {
				continue
			}
			// "a branch of the PKK and has struck": another's attack; "the
			// naval forces of the Yemeni Armed Forces carried out at the
			// hour ten and a quarter ... an operation targeting": theirs.
			verb := operationVerb(toks, a.Last, t.First)
			op := verb >= 0
			if !op {
				verb = t.First
			}
			if (a.Last >= t.First-4 || timeBetween(toks, s, a.Last, t.First) || op) &&
				!(objectOf(toks, s.First, a.First) && clauseAnd(toks, a.Last, verb)) {
				return a
			}
		}
	}
	return nil
}

// strikeModifiers may stand between "carried out" and the strikes: "a
// rare strike", "a second wave of retaliatory strikes".
var strikeModifiers = map[string]bool{
	"rare": true, "new": true, "fresh": true, "further": true, "second": true, "third": true, "deadly": true,
	"massive": true, "major": true, "limited": true, "targeted": true, "precision": true, "retaliatory": true,
	"heavy": true, "intense": true, "several": true, "multiple": true, "overnight": true, "separate": true,
	"series": true, "wave": true, "round": true, "number": true,
	"concentrated": true, "intensive": true, "coordinated": true, "simultaneous": true, "violent": true,
	"successive": true, "repeated": true, "punitive": true, "pre-emptive": true, "preemptive": true,
	// "conducted self-defense strikes", "defensive strikes"
	"self": true, "defense": true, "defence": true, "additional": true, "joint": true,
	"precise": true, "surgical": true,
}

// seriesNouns count strikes with "of": "a series of strikes".
var seriesNouns = map[string]bool{"series": true, "wave": true, "round": true, "number": true, "barrage": true,
	"salvo": true, "volley": true, "dozens": true, "scores": true, "tens": true, "hundreds": true, "dozen": true}

// ownCountry reports whether place e is the whole country of state force
// a: "the Houthis killed someone in Israel and Israel struck Yemen" tells
// of no Israeli attack on Israel.
func ownCountry(a *Actor, e *gazetteer.Entry) bool {
	return e != nil && e.Kind == sitrep.KindCountry && homeOf[a.ID] != "" && homeOf[a.ID] == e.Country
}

// objectBefore are the words that make the name after them an object.
var objectBefore = map[string]bool{"at": true, "on": true, "toward": true, "towards": true, "against": true,
	"into": true, "from": true, "in": true, "of": true, "to": true, "by": true, "over": true, "near": true,
	"across": true, "inside": true, "with": true, "for": true, "targeting": true, "attacking": true}

// clauseAnd reports whether an "and" between tokens i and j joins
// clauses: not the "and" of a clock in words, "at twelve and forty
// minutes past midnight".
func clauseAnd(toks []normalize.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Norm == "and" && !(k > i && k+1 < j && clockWord(toks[k-1].Norm) && clockWord(toks[k+1].Norm)) {
			return true
		}
	}
	return false
}

// objectOf reports whether the name at toks[at] is the object of a
// preposition: "a branch of the PKK and has struck" is no attack by the
// PKK, the verb's subject being before it; "drones of the Islamic
// Resistance struck" is.
func objectOf(toks []normalize.Token, lo, at int) bool {
	k := at - 1
	if k >= lo && toks[k].Norm == "the" {
		k--
	}
	return k >= lo && objectBefore[toks[k].Norm]
}

// countrySubject returns the forces of the country named just before the
// attack verb at toks[verb] ("Iran hit", "Israel also struck"), unless the
// name is the object of a preposition ("missiles fired at Israel hit").
func countrySubject(dict *actorDict, toks []normalize.Token, lo, verb int) *actorMatch {
	k := verb - 1
	for k >= lo && (toks[k].Norm == "also" || toks[k].Norm == "then" || toks[k].Norm == "later" ||
		toks[k].Norm == "has" || toks[k].Norm == "had" || toks[k].Norm == "have") {
		k--
	}
	// "American aircraft, at a late hour of Friday night, carried out
	// strikes": the subject before a phrase set off by commas.
	if k > lo && toks[k].Norm == "," {
		j := k - 1
		for j > lo && j > k-14 && toks[j].Norm != "," {
			j--
		}
		if j > lo && toks[j].Norm == "," {
			k = j - 1
		}
	}
	// "American aircraft carried out strikes", "Israeli jets struck": a
	// state's aircraft or forces.
	if k > lo && forceNouns[toks[k].Norm] {
		if a := demonymBefore(dict, toks, lo, k); a != nil && !(a.First > lo && objectBefore[toks[a.First-1].Norm]) {
			a.Last, a.Span.End = k+1, toks[k].End
			return a
		}
	}
	// "the Israeli enemy carried out an air aggression", "the American
	// occupation launched": the state's forces as the other side names
	// them.
	named := false
	if k > lo && (toks[k].Norm == "enemy" || toks[k].Norm == "occupation") && !toks[k].Upper && demonyms[toks[k-1].Norm] != "" {
		k, named = k-1, true
	}
	if k < lo || !toks[k].Upper {
		return nil
	}
	id := countryForces[toks[k].Norm]
	if id == "" && named {
		id = demonyms[toks[k].Norm]
	}
	if id == "" || k > lo && (objectBefore[toks[k-1].Norm] || toks[k-1].Norm == "-") {
		return nil
	}
	a := dict.get(id)
	if a == nil {
		return nil
	}
	return &actorMatch{First: k, Last: k + 1, Actor: a, Span: sitrep.Span{Start: toks[k].Start, End: toks[k].End}}
}

// forceNouns are a state's arms that strike: "American aircraft", "Israeli
// warplanes", "U.S. forces".
var forceNouns = map[string]bool{"aircraft": true, "jets": true, "warplanes": true, "warplane": true, "planes": true,
	"helicopters": true, "forces": true, "troops": true, "military": true, "navy": true, "army": true, "aviation": true}

// defenceWords are attack words told by the side that was attacked.
var defenceWords = map[string]bool{"intercepted": true, "intercepting": true, "downed": true, "shot": true}

// targetIn returns the actor attacked: the object of an attack verb
// ("targeted US forces"), after "on", "against", "targeting" next to an
// attack word, or the subject of a passive attack verb ("US troops ... had
// been targeted").
func targetIn(toks []normalize.Token, s *sentence) *actorMatch {
	for _, t := range s.Triggers {
		if t.Generic {
			continue
		}
		for k := range s.Actors {
			a := &s.Actors[k]
			if a.Actor.Type == Media || a.Actor.Type == Monitor || a.Actor.Type == Official {
				continue
			}
			// "targeted US forces", "attacked the US troops": the object.
			if t.Verb && (a.First == t.Last || a.First == t.Last+1 && toks[t.Last].Norm == "the") {
				return a
			}
			if a.First > t.Last && a.First <= t.Last+3 {
				switch toks[a.First-1].Norm {
				case "on", "against", "targeting", "at", "the":
					if toks[a.First-1].Norm != "the" || a.First-2 >= t.Last && (toks[a.First-2].Norm == "on" || toks[a.First-2].Norm == "against") {
						return a
					}
				}
			}
			if t.Verb && a.Last <= t.First && a.Last >= t.First-8 {
				for j := a.Last; j < t.First; j++ {
					if w := toks[j].Norm; w == "were" || w == "was" || w == "been" {
						return a
					}
				}
			}
		}
	}
	return nil
}

// timeBetween reports only a time told between a subject and its verb:
// "the mujahideen of the Islamic Resistance in Iraq at the evening of
// Saturday 24-8-2024 targeted".
func timeBetween(toks []normalize.Token, s *sentence, i, j int) bool {
	if j-i > 30 {
		return false
	}
	dated := false
	for k := i; k < j; k++ {
		in := false
		for _, e := range s.Dates {
			if e.First <= k && k < e.Last {
				in, dated = true, true
				break
			}
		}
		if in {
			continue
		}
		// "at the hour 19:45 of the evening of today Saturday 21-10-2023",
		// "of Wednesday 24 Ramadan 1445 H corresponding to 3-4-2024", as
		// Arabic statements date their operations.
		if toks[k].Kind == normalize.Number || toks[k].Norm == ":" || toks[k].Norm == "," || toks[k].Norm == "-" || toks[k].Norm == "/" {
			continue
		}
		switch toks[k].Norm {
		case "dawn", "noon", "midnight", "minutes", "minute", "o'clock":
			// "the Mujahideen of the Islamic Resistance at twelve and
			// forty minutes past midnight bombarded": a clock in words.
			dated = true
			continue
		case "at", "in", "on", "the", "of", "evening", "night", "morning", "afternoon", "early", "late", "hours",
			"hour", "forenoon", "precisely", "exactly", "and", "corresponding", "corresponds", "which", "to", "h", "ah", "hijri",
			"past", "quarter", "half", "a.m.", "p.m.":
			continue
		}
		if clockWord(toks[k].Norm) {
			continue
		}
		return false
	}
	return dated
}

// operationVerb returns the token of a group's verb of carrying out an
// operation between tokens i and j, or -1, as statements write it: "the
// naval forces of the Yemeni Armed Forces carried out a military operation
// targeting", "the Islamic Resistance executed a qualitative operation
// against". The verb follows the group within a few words; the operation
// may come after the hour or an invocation: "carried out at the hour ten
// of the morning of Tuesday ... a military operation", "carried out, with
// the help of God, a military operation".
func operationVerb(toks []normalize.Token, i, j int) int {
	if j-i > 40 || j-i < 2 {
		return -1
	}
	verb := i
	for verb < j && verb < i+4 && !operationVerbs[toks[verb].Norm] {
		verb++
	}
	if verb == j || !operationVerbs[toks[verb].Norm] {
		return -1
	}
	for k := verb + 1; k < j; k++ {
		switch toks[k].Norm {
		case "operation", "operations":
			return verb
		case ";":
			return -1 // another clause
		}
	}
	return -1
}

// raidNouns are attacks a verb is made "with": "targets with two raids".
var raidNouns = map[string]bool{"raid": true, "raids": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true}

// operationVerbs carry out an operation.
var operationVerbs = map[string]bool{"carried": true, "conducted": true, "executed": true, "launched": true,
	"implemented": true, "undertook": true, "performed": true}

// relativeVerb reports an attack verb in a relative clause, "that had
// fired", "which launched": what the noun before it did.
func relativeVerb(toks []normalize.Token, lo int, t trigger) bool {
	k := t.First - 1
	if !t.Verb {
		// "that had fired the missile": the weapon of the verb before.
		for k > lo && (toks[k].Norm == "the" || toks[k].Norm == "a" || toks[k].Norm == "an" || toks[k].Kind == normalize.Number) {
			k--
		}
		if k <= lo || toks[k].Norm != "fired" && toks[k].Norm != "launched" {
			return false
		}
		k--
	}
	for k > lo && (toks[k].Norm == "had" || toks[k].Norm == "has" || toks[k].Norm == "have" || toks[k].Norm == "just") {
		k--
	}
	return k > lo && (toks[k].Norm == "that" || toks[k].Norm == "which" || toks[k].Norm == "who") && !speechVerbs[toks[k-1].Norm]
}

// attackBefore reports an attack word of s before t: the main clause's
// attack whose target a relative clause then describes.
func attackBefore(s *sentence, t trigger) bool {
	for _, u := range s.Triggers {
		if u.Last <= t.First && !u.Generic && u.Verb {
			return true
		}
	}
	return false
}

// agentAfter returns the state forces after "by" that follow attack noun
// t: "the raid carried out by the Israeli enemy", "strikes by U.S.
// forces". (A group named there is left to the claim rules.)
func agentAfter(dict *actorDict, toks []normalize.Token, s *sentence, t trigger) *actorMatch {
	j := t.Last
	switch {
	case j+1 < s.Last && toks[j].Norm == "carried" && toks[j+1].Norm == "out":
		j += 2
	case j < s.Last && (toks[j].Norm == "conducted" || toks[j].Norm == "launched" || toks[j].Norm == "waged"):
		j++
	}
	if j+1 >= s.Last || toks[j].Norm != "by" {
		return nil
	}
	for e := j + 2; e <= j+4 && e < s.Last; e++ {
		// The name ends there: not "Iran" of "the Iran-backed Houthis".
		if toks[e].Norm == "-" || toks[e].Upper {
			continue
		}
		if a := countrySubject(dict, toks, j+1, e); a != nil {
			return a
		}
	}
	return nil
}

// answerVerbBefore returns the index of "answered", "responded" or
// "retaliated" at most six tokens before token k in the clause ("Israel
// answered on Monday evening with raids"), or -1.
func answerVerbBefore(toks []normalize.Token, lo, k int) int {
	for j := k - 1; j >= lo && j >= k-6; j-- {
		switch toks[j].Norm {
		case "answered", "responded", "retaliated", "replied":
			return j
		case ",", ";", ".":
			return -1
		}
	}
	return -1
}

// clockWord reports a number word of a clock in words: "twelve",
// "forty".
func clockWord(w string) bool {
	return smallNumbers[w] > 0 && w != "a" && w != "an" && w != "single" && w != "both" && w != "pair" || tens[w] > 0
}
