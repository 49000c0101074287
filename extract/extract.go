// Package extract turns one document into mentions, reports (incidents as
// that document tells them) and tallies, with byte spans on every fact. It
// is rule and gazetteer based: sentences are read for attack words, places,
// dates, actors, claims, sources and casualties, and then assembled into
// incidents document-wide.
package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/copies"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// DefaultHistoryDays is how long before publication an incident may be
// dated and still be news rather than background.
const DefaultHistoryDays = 60

// DefaultRecallDays is how much older than a dated report an incident told
// past its lede may be and still be news rather than a recalled event.
const DefaultRecallDays = 8

// DefaultUndatedDays is the window before publication given to an incident
// that a dated report tells without a date.
const DefaultUndatedDays = 7

// Extractor is the rule-based extractor. Create it with New.
type Extractor struct {
	Gazetteer   *gazetteer.Gazetteer
	HistoryDays int
	RecallDays  int
	UndatedDays int
	actors      *actorDict
}

var _ sitrep.Extractor = (*Extractor)(nil)

// New returns an extractor over the gazetteer g.
func New(g *gazetteer.Gazetteer) (*Extractor, error) {
	a, err := loadActors(actorsTSV)
	if err != nil {
		return nil, err
	}
	return &Extractor{Gazetteer: g, HistoryDays: DefaultHistoryDays, RecallDays: DefaultRecallDays,
		UndatedDays: DefaultUndatedDays, actors: a}, nil
}

// Extract reads doc. It never fails; unreadable text yields fewer facts.
func (x *Extractor) Extract(doc *sitrep.Document) sitrep.Extraction {
	d := x.read(doc)
	var ex sitrep.Extraction
	ex.Mentions = d.mentions()
	ex.Signature = d.signature()
	ex.Reports = d.assemble()
	ex.Tallies = d.tallies()
	return ex
}

// docState is one document being read.
type docState struct {
	x     *Extractor
	doc   *sitrep.Document
	text  string
	toks  []normalize.Token
	sents []*sentence
	// outletActor is the armed group whose own channel the document is.
	outletActor *Actor
	// outletOfficial: the document is an official's own statement (CENTCOM).
	outletOfficial bool
	// signed: the document had no publication date; it is read as
	// published on the date it is signed with (signedOn).
	signed bool
	// lastDate is the date of the incident told last, for "the same day".
	lastDate sitrep.When
	// dateline is the byte offset where a wire dateline ends, 0 for none.
	dateline int
	// loose are the sentences that tell outcomes, for those about none of
	// the incidents: "The Pentagon said US troops intercepted two drones
	// and took no casualties or damage."
	loose []*sentence
	// chains holds each sentence's reporting chain once read: every
	// assertion of a sentence asks for it.
	chains map[*sentence]chainOf
}

// centcomDateline reports whether text opens with the dateline of U.S.
// Central Command's releases, its headquarters: "TAMPA, Fla. -".
func centcomDateline(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "TAMPA, Fla") || strings.HasPrefix(t, "TAMPA, Florida") || strings.HasPrefix(t, "TAMPA, FL")
}

// officialTitle reports whether a title calls the text the statement or
// release of an official body or a state's forces: "U.S. Central Command
// statement on strikes", "IDF statement", "Press release: Ministry of
// Defence".
func (x *Extractor) officialTitle(title string) bool {
	tt := normalize.Tokens(title)
	release := false
	for _, t := range tt {
		switch t.Norm {
		case "statement", "release", "communique", "communiqué":
			release = true
		}
	}
	if !release {
		return false
	}
	for _, m := range x.actors.match(title, tt, 0, len(tt)) {
		if m.Actor.Type == Official || m.Actor.Type == StateForce {
			return true
		}
	}
	return false
}

// govBody reports whether a name is a government body's: "Kurdistan
// Regional Government - Ministry of Natural Resources", "U.S. Central
// Command". Outlets named after an army or the police are often news
// titles ("Army Times") and do not count.
func govBody(toks []normalize.Token) bool {
	for i, t := range toks {
		switch t.Norm {
		case "ministry", "ministere", "government", "presidency", "directorate", "governorate", "municipality":
			return true
		case "command":
			return i > 0 && toks[i-1].Upper
		}
	}
	return false
}

// letterhead reports whether the text opens with a government body's name
// on a line of its own: "Republic of Lebanon - Ministry of Public Health".
func letterhead(text string) bool {
	line, _, ok := strings.Cut(text, "\n")
	if !ok || len(line) > 100 || strings.HasSuffix(strings.TrimSpace(line), ".") {
		return false
	}
	return govBody(normalize.Tokens(line))
}

// chainOf is a sentence's reporting chain (docState.chain).
type chainOf struct {
	origin string
	via    []string
}

func (x *Extractor) read(doc *sitrep.Document) *docState {
	// An undated statement signed with its date is read as published then.
	signed := false
	if !doc.Published.HasYear() {
		if day, ok := signedOn(doc.Text); ok {
			cp := *doc
			cp.Published = day
			doc, signed = &cp, true
		}
	}
	text := doc.Text
	d := &docState{x: x, doc: doc, text: text, toks: normalize.Tokens(text), signed: signed}
	classify(d.toks)
	ot := normalize.Tokens(doc.Outlet)
	if doc.Outlet != "" {
		for _, m := range x.actors.match(doc.Outlet, ot, 0, len(ot)) {
			switch m.Actor.Type {
			case ArmedGroup:
				d.outletActor = m.Actor
			case Official, StateForce:
				d.outletOfficial = true
			}
		}
	}
	// A release relayed by an archive or a digest: "TAMPA, Fla. - At 4:00
	// p.m. (Eastern Time) on Feb. 2, U.S. Central Command forces ...", the
	// dateline of U.S. Central Command's releases, or a title that calls
	// the text an official body's statement ("U.S. Central Command
	// statement on strikes in Iraq and Syria").
	if !d.outletOfficial && d.outletActor == nil && (centcomDateline(text) || x.officialTitle(doc.Title) ||
		govBody(ot) || letterhead(text)) {
		d.outletOfficial = true
	}

	actors := x.actors.match(text, d.toks, 0, len(d.toks))
	// "The Islamic Resistance" of a story of Lebanon that never names Iraq
	// is Hezbollah, by its own name for its armed wing.
	if hz := x.actors.get("hezbollah"); hz != nil && strings.Contains(text, "Leban") && !strings.Contains(text, "Iraq") {
		for i := range actors {
			if actors[i].Actor.ID == "iri" {
				actors[i].Actor = hz
			}
		}
	}
	places := disambiguate(x.Gazetteer, text, d.locations(x.Gazetteer.Match(text, d.toks), actors))
	// "the airport of the Red Sea port city of Hodeidah": the town's airport
	// when the gazetteer knows it as "Hodeidah airport".
	for i, p := range places {
		if e := p.Entry; e.Kind == sitrep.KindTown && airportOf(d.toks, p.First) {
			for _, a := range x.Gazetteer.Lookup(text[p.Start:p.End] + " airport") {
				if a.Kind == sitrep.KindSite && sitrep.DistanceKm(a.Lat, a.Lon, e.Lat, e.Lon) <= 30 {
					places[i].Entry = a
					break
				}
			}
		}
	}
	places = sameSiteAgain(text, places)
	// "a source told Qamishlo Voice", "the Khabur Monitoring Network's
	// correspondents": the outlet's name, not a place.
	if o := strings.TrimSpace(doc.Outlet); strings.Contains(o, " ") {
		places = slices.DeleteFunc(places, func(p placeRef) bool {
			return len(text)-p.Start >= len(o) && strings.EqualFold(text[p.Start:p.Start+len(o)], o)
		})
	}
	if more := namesakePlaces(x.Gazetteer, text, d.toks, places, actors); len(more) > 0 {
		places = mergePlaces(places, more)
	}
	if unknown := d.unknownPlaces(places, actors); len(unknown) > 0 {
		places = mergePlaces(places, unknown)
	}
	// Places that only locate another have served as context.
	places = slices.DeleteFunc(places, func(p placeRef) bool { return p.Locator })
	dlStart, dateline := datelineSpan(text, d.toks)
	inDateline := func(at int) bool { return at >= dlStart && at < dateline }
	kept := places[:0]
	var datelineTown *gazetteer.Entry
	for _, p := range places {
		if !inDateline(p.Start) {
			kept = append(kept, p)
		} else if datelineTown == nil && p.Entry.Kind == sitrep.KindTown && p.Entry.Subkind != "unresolved" {
			datelineTown = p.Entry
		}
	}
	places = kept
	// "MAJDAL SHAMS, Golan Heights - Mourners filled the streets of this
	// Druze town": the town of the dateline.
	if datelineTown != nil {
		places = mergePlaces(places, thisTown(d.toks, dateline, datelineTown, places))
		// "Damascus, SANA - ... military points in the southern region":
		// that part of the dateline's country.
		if c := x.Gazetteer.Country(datelineTown.Country); c != nil {
			places = mergePlaces(places, countryPart(x.Gazetteer, d.toks, dateline, c, places))
		}
	}
	d.dateline = dateline
	dt := &dater{text: text, toks: d.toks, pub: doc.Published}
	ti, ai, pi := 0, 0, 0
	prev := speaker{Kind: SpeakerOutlet, Verb: -1}
	var lastArmed *actorMatch
	var armedSeen []actorMatch
	var list tollList
	var targets *targetList
	var label speaker
	hasLabel, para := false, -1
	for n, ns := range normalize.Sentences(text) {
		s := &sentence{Index: n, Span: sitrep.Span{Start: ns.Start, End: ns.End}, Paragraph: ns.Paragraph}
		for ti < len(d.toks) && d.toks[ti].Start < ns.Start {
			ti++
		}
		s.First = ti
		for ti < len(d.toks) && d.toks[ti].End <= ns.End {
			ti++
		}
		s.Last = ti
		for ai < len(actors) && actors[ai].First < s.First {
			ai++
		}
		for ai < len(actors) && actors[ai].Last <= s.Last {
			s.Actors = append(s.Actors, actors[ai])
			ai++
		}
		for pi < len(places) && places[pi].First < s.First {
			pi++
		}
		for pi < len(places) && places[pi].Last <= s.Last {
			s.Places = append(s.Places, places[pi])
			pi++
		}
		placeUnknown(s, d.toks, datelineTown)
		d.analyze(s, dt, prev, armedReferent(d.toks, s.First, s.Last, armedSeen, lastArmed))
		// "attacked with drones two bases of the enemy: 1- the base of
		// al-Rukban ..., 2- the base of al-Tanf ...": each item names a
		// target of the attack the sentence before tells.
		// "1- Ain al-Assad base ..., with two drones, at noon": an item
		// that tells its own weapon is the attack the list's sentence
		// dates and claims.
		if targets != nil && bulletItem(d.toks, s.First, s.Last) && len(s.Places) > 0 {
			if len(s.Triggers) == 0 {
				s.Part = true
				targets.Listed = true
				s.Triggers = append(s.Triggers, trigger{First: s.First, Last: s.First + 1, Anaphoric: true, Category: targets.category})
			}
			if len(s.Dates) == 0 {
				s.Dates = targets.Dates
			}
			if s.Claimant == nil {
				s.Claimant, s.ClaimSpan = targets.Claimant, targets.ClaimSpan
			}
			if s.Perpetrator == nil {
				s.Perpetrator = targets.Perpetrator
			}
			if s.Speaker.Kind == SpeakerOutlet {
				s.Speaker = targets.Speaker
			}
		} else if !bulletItem(d.toks, s.First, s.Last) {
			targets = nil
			if s.Last-s.First > 2 && d.toks[s.Last-1].Norm == ":" && len(s.nonGeneric()) > 0 {
				targets = &targetList{sentence: s}
				for _, t := range s.nonGeneric() {
					if t.Category != "" {
						targets.category = t.Category
						break
					}
				}
			}
		}
		// "... to 29 killed. They are distributed as follows: - 14 in
		// Albukamal, where ...": each item's count is of the toll's kind.
		if c, ok := listCount(d.toks, s.First, s.Last, list.field); ok && len(s.Casualties) == 0 {
			s.Casualties = append(s.Casualties, c)
			s.Part = true
			list.toll.Plural = true // it sums up the parts the list tells
			// An item without an attack word tells it by its count.
			if len(s.Triggers) == 0 {
				s.Triggers = append(s.Triggers, trigger{First: s.First + 1, Last: s.First + 2, Anaphoric: true})
			}
		} else if !listItem(d.toks, s.First, s.Last) {
			list = list.next(d.toks, s)
		}
		if s.Paragraph != para {
			para = s.Paragraph
			label, hasLabel = labelSpeaker(text, d.toks, s.First, s.Last)
		}
		if hasLabel && s.Speaker.Kind == SpeakerOutlet {
			s.Speaker = label
		}
		dates := s.Dates[:0]
		for _, e := range s.Dates {
			if !inDateline(e.Span.Start) {
				dates = append(dates, e)
			}
		}
		s.Dates = dates
		cas := s.Casualties[:0]
		for _, c := range s.Casualties {
			if !inDateline(c.Span.Start) {
				cas = append(cas, c)
			}
		}
		s.Casualties = cas
		if s.Speaker.Kind != SpeakerOutlet {
			prev = s.Speaker
		}
		for k := range s.Actors {
			if s.Actors[k].Actor.Type == ArmedGroup {
				a := s.Actors[k]
				lastArmed = &a
				armedSeen = append(armedSeen, a)
			}
		}
		d.sents = append(d.sents, s)
	}
	d.unplacedInCountry()
	return d
}

// analyze fills in what sentence s says on its own.
func (d *docState) analyze(s *sentence, dt *dater, prev speaker, lastArmed *actorMatch) {
	toks := d.toks
	lo, hi := s.First, s.Last
	s.Triggers = findTriggers(toks, lo, hi)
	// "the city of Hit": a town's name inside the sentence, not the verb.
	s.Triggers = slices.DeleteFunc(s.Triggers, func(t trigger) bool {
		if t.First == lo || !toks[t.First].Upper {
			return false
		}
		for _, p := range s.Places {
			if p.First <= t.First && t.Last <= p.Last {
				return true
			}
		}
		return false
	})
	// "have fired missiles at Israel since October, but most were aimed at
	// Eilat and were intercepted": the many attacks told before.
	for i, t := range s.Triggers {
		if !t.Generic && i > 0 && s.Triggers[i-1].Generic && mostOf(toks, lo, t.First) {
			s.Triggers[i].Generic = true
		}
	}
	s.Dates = dt.find(lo, hi)
	// "On Friday night the US carried out a series of air strikes": a
	// series on one day is one raid, not a pattern.
	for i, t := range s.Triggers {
		if t.Generic && seriesOnly(toks, lo, t.First) && hasDay(s.Dates) {
			s.Triggers[i].Generic = false
		}
	}
	s.Speaker = findSpeaker(d.text, toks, lo, hi, s.Actors, prev, lastArmed)
	s.Claimant, s.ClaimSpan, s.UnnamedClaim = findClaim(toks, lo, hi, s.Actors, s.Triggers, s.Speaker, lastArmed)
	// A group that denies ("The Pakistani Taliban denied involvement ...,
	// and suspicion fell on the Islamic State, which has targeted
	// clerics") claims nothing.
	denies := s.Speaker.Verb >= 0 && denyWords[toks[s.Speaker.Verb].Norm]
	if s.Claimant == nil && s.Speaker.Kind == SpeakerArmed && !denies && (hasVerbTrigger(s) || ownOperations(toks, lo, hi)) {
		// "the group said in a statement that it targeted ..."
		for k := range s.Actors {
			if s.Actors[k].Actor.Type == ArmedGroup {
				s.Claimant = &s.Actors[k]
				break
			}
		}
		if s.Claimant == nil && lastArmed != nil && len(s.nonGeneric()) > 0 {
			s.Claimant = lastArmed
		}
		if s.Claimant != nil {
			s.ClaimSpan = sitrep.Span{Start: toks[max(s.Speaker.Verb, lo)].Start, End: toks[max(s.Speaker.Verb, lo)].End}
		}
	}
	// "..., after a group calling itself X said on Telegram that it had
	// struck the base": a second voice in the sentence, the claimant's.
	if s.Claimant == nil && hasVerbTrigger(s) {
		for k := range s.Actors {
			a := &s.Actors[k]
			if a.Actor.Type != ArmedGroup {
				continue
			}
			for j := a.Last; j < hi && j < a.Last+4; j++ {
				if w := toks[j].Norm; w == "said" || w == "announced" || w == "stated" {
					s.Claimant, s.ClaimSpan = a, a.Span
					break
				}
			}
			if s.Claimant != nil {
				break
			}
		}
	}
	s.Perpetrator = perpetratorIn(d.x.actors, toks, s)
	// "The Houthis said U.S. and British strikes hit Hodeidah": a group
	// telling of a state's attack reports it; it claims nothing.
	if s.Claimant != nil && s.Perpetrator != nil && s.Perpetrator.Actor.Type == StateForce &&
		s.Claimant.Actor.Type == ArmedGroup && s.Claimant.Actor != s.Perpetrator.Actor {
		s.Claimant, s.ClaimSpan = nil, sitrep.Span{}
	}
	// "The Islamic Resistance in Iraq targeted the base": an armed group
	// telling of its own attack, in its own voice or the outlet's, claims it.
	// Not when another side names it: "Drones attributed by the army to
	// the Rapid Support Forces struck ...".
	if s.Claimant == nil && s.Perpetrator != nil && s.Perpetrator.Actor.Type == ArmedGroup &&
		(s.Speaker.Kind == SpeakerOutlet || s.Speaker.Kind == SpeakerArmed) && !denies &&
		!attributedBefore(toks, lo, s.Perpetrator.First) {
		s.Claimant, s.ClaimSpan = s.Perpetrator, s.Perpetrator.Span
	}
	s.Aside = asides(toks, lo, hi)
	s.Target = targetIn(toks, s)
	weapon := map[int]bool{}
	// Numbers inside dates ("Dec 18", "14-3-2024") count nobody.
	for _, e := range s.Dates {
		for k := e.First; k < e.Last; k++ {
			weapon[k] = true
		}
	}
	for _, t := range s.Triggers {
		if t.Count > 0 {
			for k := max(lo, t.First-6); k < t.Last; k++ {
				weapon[k] = true
			}
		}
	}
	s.Casualties = findCasualties(toks, lo, hi, weapon)
	s.Casualties = append(s.Casualties, vagueCasualties(toks, lo, hi, s.Casualties)...)
	s.Casualties = slices.DeleteFunc(s.Casualties, func(c casualty) bool { return asideToll(toks, s.Aside, c) })
	if len(s.Casualties) > 0 {
		s.Side = sideOf(toks, lo, hi, s.Casualties)
	}
	for k := range s.Casualties {
		if s.Casualties[k].Qualifier == "" {
			s.Casualties[k].Qualifier = qualifierOf(toks, lo, hi, s.Casualties[k])
		}
	}
	for i := lo; i < hi; i++ {
		w := toks[i].Norm
		c := sentenceWords[w]
		if c == 0 {
			continue
		}
		if c&wordUncertain != 0 {
			s.Uncertain = true
		}
		if c&wordHedge != 0 {
			s.Hedged = true
		}
		if c&wordDoubt != 0 {
			s.Doubted = true
		}
		if c&wordDeny != 0 {
			s.Denied = true
		}
		if c&wordVerify != 0 && (negatedAt(toks, lo, i) || i >= lo+2 && toks[i-1].Norm == "independently" && negatedAt(toks, lo, i-1)) &&
			!detailDoubted(toks, lo, i, hi) {
			s.Doubted = true
		}
		if c&wordPhrase != 0 {
			for _, p := range debunkByFirst[w] {
				if _, ok := matchWords(toks, i, hi, p); ok {
					s.Debunked = true
				}
			}
			for _, p := range genericByFirst[w] {
				if _, ok := matchWords(toks, i, hi, p); ok {
					// "For context: on 30 MAY, ... forces conducted strikes":
					// a background that names its day tells one incident.
					if p[0] == "for" && p[1] == "context" && hasDay(s.Dates) {
						continue
					}
					s.Generic = true
				}
			}
		}
		if c&wordPluralTarget != 0 {
			for k := i - 1; k >= lo && k >= i-3; k-- {
				if n, _, ok := number(toks, k, true); ok && n > 1 {
					s.Plural = true
				}
			}
		}
	}
	s.Tally = isTallySentence(toks, lo, hi)
	if s.Tally && (hasDay(s.Dates) || !pluralAttacks(toks, lo, hi)) && tollOnly(toks, lo, hi) {
		// "the death toll of the strikes that targeted, on Friday night,
		// ... rose to 29 killed", "the agency later gave a toll of two
		// dead": one attack's toll, not a running count.
		s.Tally = false
	}
	if !s.Generic && !s.Tally {
		s.Outcomes = findOutcomes(toks, lo, hi)
	}
}

// stateForces are the state forces that a country's name or adjective
// stands for next to an attack word, with their home country.
var stateForces = []struct {
	id, home          string
	names, adjectives []string
}{
	{"us_forces", "US", nil, []string{"american"}},
	{"israel_army", "IL", []string{"israel"}, []string{"israeli"}},
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
	for _, e := range ds {
		if !e.Since && !e.Calendar && !e.Relative && e.When.Precision == sitrep.PrecisionDay {
			return true
		}
	}
	return false
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
		if !t.Verb {
			// "Israeli air strikes", "a U.S. drone strike", "Turkish shelling"
			if a := demonymBefore(dict, toks, s.First, t.First); a != nil {
				return a
			}
			// "carried out strikes", "conducted an airstrike", "launched drones"
			k := t.First - 1
			for k > s.First && (toks[k].Norm == "a" || toks[k].Norm == "an" || toks[k].Norm == "the" || toks[k].Kind == normalize.Number ||
				strikeModifiers[toks[k].Norm] || toks[k].Norm == "of" && k-1 > s.First && seriesNouns[toks[k-1].Norm]) {
				k--
			}
			if k <= s.First {
				continue
			}
			w := toks[k].Norm
			if w == "out" && toks[k-1].Norm == "carried" {
				k--
			} else if w != "conducted" && w != "launched" && w != "fired" {
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
			if a.Last <= t.First && a.Last >= t.First-4 && a.Actor.Type != Media && a.Actor.Type != Monitor &&
				!(objectOf(toks, s.First, a.First) && slices.ContainsFunc(toks[a.Last:t.First], isAnd)) {
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
}

// seriesNouns count strikes with "of": "a series of strikes".
var seriesNouns = map[string]bool{"series": true, "wave": true, "round": true, "number": true, "barrage": true}

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

// isAnd reports whether t is "and".
func isAnd(t normalize.Token) bool { return t.Norm == "and" }

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
	if k < lo || !toks[k].Upper {
		return nil
	}
	id := countryForces[toks[k].Norm]
	if id == "" || k > lo && (objectBefore[toks[k-1].Norm] || toks[k-1].Norm == "-") {
		return nil
	}
	a := dict.get(id)
	if a == nil {
		return nil
	}
	return &actorMatch{First: k, Last: k + 1, Actor: a, Span: sitrep.Span{Start: toks[k].Start, End: toks[k].End}}
}

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

// locations keeps the gazetteer matches that name where something is: not
// inside an actor's name, not "Damascus-based", not "Damascus said".
func (d *docState) locations(ms []gazetteer.Match, actors []actorMatch) []placeRef {
	var out []placeRef
	ai := 0
	for _, m := range ms {
		// "Iraqi officials", "American troops": a people, not a place.
		if len(m.Entries) == 0 || m.Demonym {
			continue
		}
		for ai < len(actors) && actors[ai].Last <= m.First {
			ai++
		}
		toks := d.toks
		// "in Al-Mayadeen", "near Mayadeen": the town, not the channel of
		// its name.
		if ai < len(actors) && actors[ai].First < m.Last && !(actors[ai].Actor.Type == Media && actors[ai].First == m.First &&
			actors[ai].Last == m.Last && locativeBefore(toks, m.First) && !mediaAfter(toks, m.Last)) {
			continue
		}
		next := func(k int) string {
			if m.Last+k < len(toks) {
				return toks[m.Last+k].Norm
			}
			return ""
		}
		if streetWords[next(0)] || roadAfter(toks, m.Last) {
			continue // "Palestine Street", "Baghdad airport road", "the Deir Ezzor-Palmyra international road"
		}
		if next(0) == "-" && compoundAfter[next(1)] {
			continue
		}
		if m.Direction == "" && outletName(toks, m.First, m.Last) {
			continue
		}
		e := m.Entries[0]
		// "US and Coalition forces": a country's abbreviation names a place
		// only after a preposition that locates ("in the US").
		if e.Kind == sitrep.KindCountry && abbreviation(d.text[m.Start:m.End]) && !inBefore(toks, m.First) {
			continue
		}
		// "U.S. service members", "US patrol": a country as an adjective.
		if e.Kind == sitrep.KindCountry && m.Direction == "" && m.Last < len(toks) &&
			toks[m.Last].Kind == normalize.Word && !toks[m.Last].Upper && !toks[m.Last-1].Possessive &&
			!afterPlace[toks[m.Last].Norm] && !inList(toks, m.First) {
			continue
		}
		// "Tuesday 10 Mehr 1403": a month of the Persian calendar, not Mohr.
		if persianMonths[toks[m.First].Norm] && m.Last-m.First == 1 &&
			(m.First > 0 && toks[m.First-1].Kind == normalize.Number || next(0) != "" && toks[m.Last].Kind == normalize.Number) {
			continue
		}
		// "14 Muharram 1446", "Rajab 1445": a month of the Islamic calendar,
		// not Mukharram or a village named Rajab.
		if hijriMonthName(toks, m.First, m.Last) &&
			(m.First > 0 && toks[m.First-1].Kind == normalize.Number || next(0) != "" && toks[m.Last].Kind == normalize.Number) {
			continue
		}
		// "In a statement issued late on Thursday in Washington", "told
		// reporters in Geneva": where a statement was made.
		if statementPlace(toks, m.First, m.Last) {
			continue
		}
		// A capital abroad stands for its government unless the text puts
		// something in it: "Washington decided", but "a strike in Moscow".
		if e.Subkind == "capital" && !strings.HasPrefix(e.Source, "project") && e.Country != "SY" && e.Country != "IQ" &&
			e.Country != "JO" && !locativeBefore(toks, m.First) {
			continue
		}
		if (e.Kind == sitrep.KindCountry || e.Kind == sitrep.KindTown) && m.Direction == "" {
			if metonymVerb[next(0)] || (next(0) == "has" || next(0) == "have") && metonymVerb[next(1)] {
				continue
			}
			// "The pressure on Baghdad has grown", "ties with Tehran": the
			// government, under pressure or in talks.
			if (e.Subkind == "capital" || capitals[toks[m.First].Norm]) && m.First >= 2 && (toks[m.First-1].Norm == "on" && toks[m.First-2].Norm == "pressure" ||
				toks[m.First-1].Norm == "with" && (toks[m.First-2].Norm == "ties" || toks[m.First-2].Norm == "relations" || toks[m.First-2].Norm == "talks")) {
				continue
			}
			// "Iran and Pakistan said": both stand for their governments.
			if next(0) == "and" && m.Last+1 < len(toks) && toks[m.Last+1].Upper && metonymVerb[next(2)] {
				continue
			}
		}
		// "Iraq’s Popular Mobilization Forces", "Jordan's air force",
		// "Turkey's defence ministry", "the European Union's Aspides naval
		// mission": a country, town or region owning an organisation (a
		// region's past its name: a country's "Red Sea coast" is a place).
		if (e.Kind == sitrep.KindCountry || e.Kind == sitrep.KindTown || e.Kind == sitrep.KindRegion) && m.Direction == "" &&
			toks[m.Last-1].Possessive && (ai < len(actors) && actors[ai].First == m.Last || ownedAfter[next(0)] ||
			ownedAfter[pastModifiers(toks, m.Last)] || e.Kind == sitrep.KindRegion && ownedAfter[ownedWord(toks, m.Last)]) {
			continue
		}
		near := false
		if m.Direction != "" {
			if r := d.x.Gazetteer.Region(e, m.Direction); r != nil {
				e = r
			} else {
				near = true // "south of Baghdad": beside the town, not in it
			}
		}
		ref := placeRef{Match: m, Entry: e, Near: near}
		// "the Kharab al-Jir airfield, south of the town of Rmelan": the
		// second place locates the first; it tells no attack of its own.
		ref.Locator = len(out) > 0 && (locatorGap(toks, out[len(out)-1].Last, m.First) ||
			besideGap(toks, out[len(out)-1].Last, m.First) && rank(out[len(out)-1].Entry.Kind) <= 1 ||
			parenthesisedDivision(toks, out[len(out)-1], m, e) || aliasGap(toks, out[len(out)-1].Last, m.First))
		if m.Direction == "" {
			ref.Offset, ref.Side = offsetBefore(toks, m.First)
			// "70 nautical miles east of Djibouti": a distance is measured
			// from the city of a country's name, not from the country.
			if ref.Offset.Km > 0 && e.Kind == sitrep.KindCountry {
				for _, c := range m.Entries {
					if c.Kind == sitrep.KindTown && c.Country == e.Country && normalize.Fold(c.Name) == normalize.Fold(e.Name) {
						ref.Entry = c
						break
					}
				}
			}
		}
		before := m.First - 1
		if before > 0 && toks[before].Norm == "the" {
			before--
		}
		if before >= 0 && !ref.Near {
			switch toks[before].Norm {
			case "near", "outside", "around":
				ref.Near = true
			case "to":
				ref.Near = before > 0 && toks[before-1].Norm == "close"
			}
		}
		out = append(out, ref)
	}
	return out
}

// parenthesisedDivision reports a division or country in brackets right
// after a place: "Sarsang (Duhok)", "Tawke and Peshkhabour (Zakho
// district)". It places the names before it and tells no attack of its
// own.
func parenthesisedDivision(toks []normalize.Token, prev placeRef, m gazetteer.Match, e *gazetteer.Entry) bool {
	if m.First != prev.Last+1 || toks[prev.Last].Norm != "(" || m.Last >= len(toks) || toks[m.Last].Norm != ")" {
		return false
	}
	switch pe := prev.Entry; {
	case e.Kind == sitrep.KindCountry, e.Kind == sitrep.KindAdmin1:
		return pe.Kind != e.Kind
	case e.Kind == sitrep.KindRegion && e.Precision() == sitrep.GeoNear: // a district
		return pe.Kind == sitrep.KindTown || pe.Kind == sitrep.KindSite
	}
	return false
}

// motiveNouns open an aside naming what an attack answers: "in response
// to", "in retaliation for", "revenge for".
var motiveNouns = map[string]bool{"response": true, "retaliation": true, "revenge": true, "reprisal": true}

// asideToll reports whether casualty c is told in a relative clause that
// describes an aside ("in retaliation for the strike on its consulate,
// which killed seven officers"), or in what a strike's target is blamed
// for: the toll of what the aside names.
func asideToll(toks []normalize.Token, aside [][2]int, c casualty) bool {
	for _, b := range aside {
		// "the commander it blames for the rocket that killed 12 children":
		// the toll of the attack it is blamed for; "hours after a drone
		// attack ... wounded three": the toll of the attack answered.
		// "in response to ... the crime of the American occupation which
		// killed five heroes near Kirkuk": the toll of the attack answered.
		motive := toks[b[0]].Norm == "in" && b[0]+1 < len(toks) && motiveNouns[toks[b[0]+1].Norm] || motiveNouns[toks[b[0]].Norm]
		if (blameOpeners[toks[b[0]].Norm] || toks[b[0]].Norm == "after" || motive) && c.Span.Start >= toks[b[0]].Start &&
			(b[1] >= len(toks) || c.Span.Start < toks[b[1]].Start) {
			return true
		}
	}
	for k, b := range aside {
		if toks[b[0]].Norm != "which" || c.Span.Start < toks[b[0]].Start || b[1] > 0 && c.Span.Start >= toks[b[1]-1].End {
			continue
		}
		for _, a := range aside[:k] {
			if a[1] == b[0]-1 && a[0] < a[1] && toks[a[1]].Norm == "," {
				return true
			}
		}
	}
	return false
}

// locatorGap reports whether tokens [i, j) between two place names make
// the second a locator of the first: a comma, then only words of a
// direction or distance and "of", "near" or "outside" (", south of the
// town of", ", 10 km north of", ", near").
func locatorGap(toks []normalize.Token, i, j int) bool {
	// ", south of the town of X" or, without the comma, "in the north of
	// the capital X".
	in := i < j && toks[i].Norm == "in"
	if j-i < 2 || j-i > 9 || toks[i].Norm != "," && !in {
		return false
	}
	rel, dir := false, false
	for k := i + 1; k < j; k++ {
		t := &toks[k]
		switch w := t.Norm; {
		case w == "of" || w == "near" || w == "outside":
			rel = true
		case locatorWords[w] || t.Kind == normalize.Number || isDash(w):
		default:
			if _, n := gazetteer.DirectionWord(toks, k); n == 0 {
				return false
			}
			dir = true
		}
	}
	return rel && (dir || !in)
}

// besideGap reports "next to", "near", "beside" alone between two places:
// "the Victory base next to Baghdad airport". The second locates the first
// when that is a site or town (the caller checks); "in Idlib near
// Saraqib" refines the province.
func besideGap(toks []normalize.Token, i, j int) bool {
	switch {
	case j-i == 1 && (toks[i].Norm == "beside" || toks[i].Norm == "near"),
		j-i == 2 && (toks[i].Norm == "next" || toks[i].Norm == "close") && toks[i+1].Norm == "to",
		j-i == 2 && (toks[i].Norm == "beside" || toks[i].Norm == "near") && toks[i+1].Norm == "the",
		j-i == 3 && (toks[i].Norm == "next" || toks[i].Norm == "close") && toks[i+1].Norm == "to" && toks[i+2].Norm == "the":
		return true
	}
	return false
}

// aliasGap reports whether tokens [i, j), between a place and the next,
// make the second another name of the first: "the Kharab al-Jir airstrip,
// known to the coalition as the Rumalyn landing zone", "which the
// coalition calls", "also called", "dubbed".
func aliasGap(toks []normalize.Token, i, j int) bool {
	if j-i < 2 || j-i > 10 {
		return false
	}
	k := j - 1
	if toks[k].Norm == "the" {
		k--
	}
	switch toks[k].Norm {
	case "calls", "call", "called", "dubbed", "aka":
	case "as":
		known := false
		for m := i; m < k; m++ {
			known = known || toks[m].Norm == "known"
		}
		if !known {
			return false
		}
	default:
		return false
	}
	for m := i; m < k; m++ {
		if toks[m].Norm == "." || toks[m].Norm == ";" {
			return false
		}
	}
	return true
}

// locatorWords may stand between a place and the place that locates it.
var locatorWords = map[string]bool{"the": true, "town": true, "city": true, "village": true, "capital": true, "close": true, "to": true,
	"just": true, "some": true, "about": true, "around": true, "km": true, "kilometres": true, "kilometers": true,
	"miles": true, "nautical": true, "a": true, "few": true}

// abbreviation reports whether a name is written as a few capitals: "US",
// "U.S.", "UAE".
func abbreviation(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n > 0 && n <= 4
}

// inBefore reports "in" or "inside" just before token i, past "the".
func inBefore(toks []normalize.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	return k >= 0 && (toks[k].Norm == "in" || toks[k].Norm == "inside")
}

// locativeBefore reports whether a preposition that locates ("in", "near",
// "outside"...) stands just before token i, past "the".
func locativeBefore(toks []normalize.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Norm {
	case "on":
		// "called on Baghdad to restrain the armed groups": its government.
		return k == 0 || !appealVerbs[toks[k-1].Norm]
	case "in", "near", "at", "outside", "inside", "into", "around", "over", "across", "toward", "towards":
		return true
	case "capital", ",":
		// "hit the capital Sanaa", "the Yemeni capital, Sanaa": the city.
		if toks[k].Norm == "," {
			k--
		}
		return k >= 0 && toks[k].Norm == "capital"
	case "of":
		// "the southern suburb of Beirut", "the outskirts of Sanaa"
		return k > 0 && partNouns[toks[k-1].Norm]
	}
	return false
}

// afterPlace are lower-case words that follow a country named as a place
// ("in Iraq and Syria", "Syria since October"); other lower-case words after
// a country make it an adjective ("U.S. troops", "Iraq war").
var afterPlace = map[string]bool{
	"and": true, "or": true, "in": true, "on": true, "at": true, "to": true, "of": true, "the": true,
	"a": true, "an": true, "with": true, "for": true, "from": true, "by": true, "is": true, "was": true,
	"were": true, "are": true, "has": true, "have": true, "had": true, "said": true, "says": true,
	"as": true, "after": true, "before": true, "since": true, "during": true, "while": true,
	"which": true, "that": true, "who": true, "but": true, "when": true, "where": true, "over": true,
	"into": true, "near": true, "until": true, "through": true, "across": true, "against": true,
	"amid": true, "so": true, "alone": true, "itself": true, "too": true, "again": true, "late": true,
	"early": true, "last": true, "this": true, "earlier": true, "later": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "did": true, "does": true,
	"not": true, "also": true, "only": true, "between": true, "about": true, "under": true,
}

// roadAfter reports whether the words from toks[k] make the place before a
// road's end: "-Palmyra international road", "-Hasakah highway",
// " international highway".
func roadAfter(toks []normalize.Token, k int) bool {
	if k < len(toks) && (toks[k].Norm == "-" || toks[k].Norm == "–") {
		k++
		for n := 0; n < 3 && k < len(toks) && toks[k].Kind == normalize.Word && toks[k].Upper; n++ {
			k++
		}
	}
	for n := 0; n < 2 && k < len(toks) && roadAdjectives[toks[k].Norm]; n++ {
		k++
	}
	return k < len(toks) && (toks[k].Norm == "road" || toks[k].Norm == "highway" || toks[k].Norm == "motorway")
}

// roadAdjectives stand between a road's ends and the word road.
var roadAdjectives = map[string]bool{"international": true, "main": true, "desert": true, "old": true,
	"new": true, "coastal": true, "strategic": true, "ring": true}

// outletNouns after a name, with an article before it, make it an
// outlet's name: "a Suwayda network", "the Aden daily".
var outletNouns = map[string]bool{"network": true, "daily": true, "outlet": true, "website": true, "broadcaster": true}

// mastheadNouns, capitalised after a place's name, make it a newspaper's.
var mastheadNouns = map[string]bool{"herald": true, "times": true, "post": true, "tribune": true, "gazette": true,
	"observer": true, "journal": true, "chronicle": true, "courier": true, "today": true, "dispatch": true,
	"daily": true, "press": true, "wire": true, "news": true, "monitor": true, "mail": true, "express": true,
	"independent": true, "standard": true, "telegraph": true}

// outletName reports whether the name of tokens [first, last) names an
// outlet: "a Suwayda news network", "Damascus radio", "the Aden daily";
// not "Gaza news" without an outlet's noun after it.
func outletName(toks []normalize.Token, first, last int) bool {
	next := func(k int) string {
		if last+k < len(toks) {
			return toks[last+k].Norm
		}
		return ""
	}
	// "the Qamishlo Herald", "Baghdad Today": a masthead.
	if last < len(toks) && toks[last].Upper && mastheadNouns[toks[last].Norm] {
		return true
	}
	switch w := next(0); {
	case w == "news":
		return mediaNouns[next(1)] || outletNouns[next(1)]
	case mediaNouns[w]:
		return true
	case outletNouns[w]:
		return first > 0 && (toks[first-1].Norm == "a" || toks[first-1].Norm == "the")
	}
	return false
}

// compoundAfter make "Iran-backed", "Damascus-based" an adjective, not a place.
var compoundAfter = map[string]bool{
	"based": true, "backed": true, "led": true, "run": true, "affiliated": true, "aligned": true,
	"allied": true, "linked": true, "sponsored": true, "funded": true, "held": true, "controlled": true,
	"supported": true, "made": true, "born": true,
	// A ship's flag and owners: "a Barbados-flagged, Liberian-owned bulk carrier".
	"flagged": true, "owned": true, "registered": true, "operated": true, "managed": true,
}

// streetWords after a name make it a street or a building, not the place.
var streetWords = map[string]bool{
	"street": true, "st": true, "square": true, "road": true, "avenue": true, "bridge": true,
	"hospital": true, "mosque": true, "university": true, "stadium": true, "hotel": true,
	"highway": true, "time": true, // "(Damascus time)"
}

// mergePlaces merges two lists of place references in text order.
func mergePlaces(a, b []placeRef) []placeRef {
	out := make([]placeRef, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || len(a) > 0 && a[0].Start <= b[0].Start {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// disambiguate picks, for names that several places bear, the one the
// document is about: the place a name qualified by its division ("London,
// Ky.") resolved to, for the name's every mention; else a place in a
// province named nearby, or near another place the document names, then in
// a country the unambiguous names of the document point to, then the
// gazetteer's own order (curated first, larger first). Small towns that
// the gazetteer matches only as namesakes of a larger place win only with
// a province named nearby or a place near them ("Edmonton, just outside
// Cairns").
func disambiguate(g *gazetteer.Gazetteer, text string, refs []placeRef) []placeRef {
	sense := map[string]*gazetteer.Entry{}
	votes := map[string]int{} // by country, of the names of places in one country
	own := map[string]int{}   // of those votes, by the name's key
	var anchors []*placeRef   // places the others may lie near
	type anchorKey struct {
		key   string
		entry *gazetteer.Entry
	}
	seenAnchor := map[anchorKey]bool{}
	admin := false
	// Where refs are in text order (they are as matched), the provinces
	// named within 240 bytes of a name are found by binary search.
	ordered := sort.SliceIsSorted(refs, func(i, j int) bool { return refs[i].Start < refs[j].Start })
	for i, r := range refs {
		if len(r.Entries) == 0 {
			continue
		}
		if r.Direction != "" {
			// "north London" anchors what lies near London.
			if e := r.Entries[0]; (e.Kind == sitrep.KindTown || e.Kind == sitrep.KindSite) && (len(r.Entries) == 1 || dominant(r.Entries)) {
				k := anchorKey{r.Key, r.Entry}
				if !seenAnchor[k] {
					seenAnchor[k] = true
					anchors = append(anchors, &refs[i])
				}
			}
			continue
		}
		if r.Qualified && r.Key != "" && sense[r.Key] == nil {
			sense[r.Key] = r.Entry
		}
		if r.Entry.Kind == sitrep.KindAdmin1 {
			admin = true
		}
		// A town or site, or a district or county ("Black Hawk County"),
		// that the name leaves no doubt about.
		small := r.Entry.Kind == sitrep.KindTown || r.Entry.Kind == sitrep.KindSite || r.Entry.Precision() == sitrep.GeoNear
		if small && (r.Qualified || len(r.Entries) == 1 || dominant(r.Entries)) {
			// One anchor per place and name: a name told a hundred times
			// anchors once.
			k := anchorKey{r.Key, r.Entry}
			if !seenAnchor[k] {
				seenAnchor[k] = true
				anchors = append(anchors, &refs[i])
			}
		}
		cc := r.Entries[0].Country
		one := true
		for _, e := range r.Entries[1:] {
			if e.Country != cc {
				one = false
				break
			}
		}
		if one {
			votes[cc]++
			own[r.Key]++
		}
	}
	// context scores a candidate by the province named near the name (admin
	// points) and the places of the document near it (10); another mention
	// of the same name, with or without its designator, vouches for neither
	// ("Plymouth" and "Plymouth County" of one state).
	context := func(r placeRef, e *gazetteer.Entry, admin int) int {
		score := 0
		window := refs
		if ordered {
			lo := sort.Search(len(refs), func(k int) bool { return refs[k].Start >= r.Start-240 })
			hi := sort.Search(len(refs), func(k int) bool { return refs[k].Start > r.End+240 })
			window = refs[lo:hi]
		}
		for _, o := range window {
			if o.Start != r.Start && !sameName(o.Key, r.Key) && o.Start >= r.Start-240 && o.Start <= r.End+240 && o.Entry.Kind == sitrep.KindAdmin1 &&
				o.Entry.Country == e.Country && o.Entry.Name == e.Admin1 {
				score += admin
				break
			}
		}
		for _, o := range anchors {
			if !sameName(o.Key, r.Key) && within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, nearKm) {
				score += 10
				break
			}
		}
		return score
	}
	// keyContext is the best context any mention of r's name gives e: the
	// province told beside one mention of "Plymouth County" places the
	// others too.
	type keyEntry struct {
		key   string
		entry *gazetteer.Entry
	}
	keyScores := map[keyEntry]int{}
	keyContext := func(r placeRef, e *gazetteer.Entry) int {
		if r.Key == "" {
			return context(r, e, 10)
		}
		ke := keyEntry{r.Key, e}
		if v, ok := keyScores[ke]; ok {
			return v
		}
		best := 0
		for _, o := range refs {
			if o.Key == r.Key && o.Direction == "" && len(o.Entries) > 0 && o.Entries[0] == r.Entries[0] {
				best = max(best, context(o, e, 10))
			}
		}
		keyScores[ke] = best
		return best
	}
	// neighbours counts the votes of the other countries that lie near a
	// candidate, at half the weight of its own country's: Azerbaijan and
	// Armenia make "Georgia" the country, not the state.
	neighbours := func(e *gazetteer.Entry) int {
		n := 0
		for cc, v := range votes {
			if cc == e.Country {
				continue
			}
			if c := g.Country(cc); c != nil && within(c.Lat, c.Lon, e.Lat, e.Lon, neighbourKm) {
				n += v
			}
		}
		return n
	}
	// pick returns the candidate of r the context favours, among the
	// namesakes of a town too.
	pick := func(r placeRef, namesakes bool) *gazetteer.Entry {
		best, bestScore := r.Entries[0], -1
		for k, e := range r.Entries {
			if r.Cued && e.Kind != r.Entries[0].Kind {
				continue // "New York Gov." is the state's, whatever the city near
			}
			// The votes of the other names: a name does not vouch for itself.
			v := votes[e.Country]
			if e.Country == r.Entries[0].Country {
				v -= own[r.Key]
			}
			score := v*2 + neighbours(e) + keyContext(r, e)
			if k == 0 {
				score++ // the gazetteer's own preference breaks ties
				// ... and outweighs two of a country's votes when its place
				// is far larger: London is London, England, even beside
				// Toronto, but not in a story that names Canada three times
				// and no other country.
				if dominant(r.Entries) {
					score += 4
				}
			}
			if score > bestScore {
				best, bestScore = e, score
			}
		}
		if namesakes {
			// A small town's province named nearby counts for less than a
			// place near it: it must also beat the larger place's size.
			for _, e := range g.Namesakes(r.Key) {
				if score := context(r, e, 6); score >= 10 && score > bestScore {
					best, bestScore = e, score
				}
			}
		}
		return best
	}
	for i, r := range refs {
		if r.Qualified || len(r.Entries) == 0 {
			continue
		}
		// A part of a place ("West Surrey", "central Washington") is a
		// part of the place the context favours.
		if r.Direction != "" {
			best := sense[r.Key]
			if best == nil && len(r.Entries) > 1 {
				best = pick(r, false)
			}
			if best != nil && best != r.Entries[0] {
				refs[i].Entry = best
				if reg := g.Region(best, r.Direction); reg != nil {
					refs[i].Entry = reg
				}
			}
			continue
		}
		if r.Entry != r.Entries[0] {
			continue
		}
		if e := sense[r.Key]; e != nil {
			refs[i].Entry = e
			continue
		}
		namesakes := (admin || len(anchors) > 0) && r.Entries[0].Kind == sitrep.KindTown && !curated(r.Entries)
		if len(r.Entries) < 2 && !namesakes {
			continue
		}
		refs[i].Entry = pick(r, namesakes)
	}
	// "Suffolk County" of one state makes a bare "Suffolk" that county,
	// not a county of another country; a town of that name is another
	// place and keeps its own (countyBare).
	county := map[string]*gazetteer.Entry{}
	for _, r := range refs {
		if bare := countyBare(r); bare != "" && county[bare] == nil {
			county[bare] = r.Entry
		}
	}
	for i, r := range refs {
		if e := county[r.Key]; e != nil && r.Direction == "" && !r.Qualified && sense[r.Key] == nil &&
			len(r.Entries) > 0 && r.Entries[0].Kind != sitrep.KindTown && r.Entry.Kind != sitrep.KindTown {
			refs[i].Entry = e
		}
	}
	// "the Karak district" in a story of Jordan that names the town of
	// Karak is the town's district, not a district of that name in a
	// country the document does not otherwise name.
	bareSense := map[string]*gazetteer.Entry{}
	for _, r := range refs {
		if r.Direction == "" && r.Entry != nil && votes[r.Entry.Country] > 0 && bareSense[r.Key] == nil {
			bareSense[r.Key] = r.Entry
		}
	}
	for i, r := range refs {
		bare, ok := designated(r.Key)
		if !ok || r.Direction != "" || r.Entry == nil || votes[r.Entry.Country] > own[r.Key] {
			continue
		}
		if e := bareSense[bare]; e != nil && e.Country != r.Entry.Country {
			refs[i].Entry = e
		}
	}
	// "near Maysalun, in Syria's Deir ez-Zor province", "the village of
	// Arman in the south of Syria's Suwayda province": a name whose only
	// places lie in another country than the province, country or part of
	// a country named right after it is not one of them.
	kept := refs[:0]
	for i, r := range refs {
		if strayTown(refs, r, votes[r.Entry.Country]-own[r.Key]) {
			continue
		}
		if i+1 < len(refs) && r.Direction == "" && (r.Entry.Kind == sitrep.KindTown || r.Entry.Kind == sitrep.KindSite) {
			o := refs[i+1]
			container := o.Entry.Kind == sitrep.KindAdmin1 || o.Entry.Kind == sitrep.KindCountry ||
				o.Entry.Kind == sitrep.KindRegion && o.Entry.Country != "" // "in the south of Syria's ..."
			if o.Start-r.End < 40 && qualifierGap(text[r.End:o.Start]) && container && o.Entry.Country != "" &&
				o.Entry.Country != r.Entry.Country && !anyIn(r.Entries, o.Entry.Country) {
				continue
			}
		}
		kept = append(kept, r)
	}
	return kept
}

// A town matched by another of its names only is doubted (strayTown) when
// it lies further than villageKm from every other place of the document
// (a village, under villagePopulation), or further than townKm from them all
// and from the points of the countries and seas the document names.
const (
	villageKm         = 300
	villagePopulation = 10000
	townKm            = 1500
	strayPopulation   = 1000000 // from which a town is known abroad by its other names ("Kiev")
)

// strayTown reports whether r is a town of the gazetteer's generated layer
// that only another name of it matches, in a country no other name of the
// document lies in (others, the votes of the other names) and far from all
// its places: "the Batas area" of Iraqi Kurdistan is not Bath, England, nor
// "the village of Tal Adas" of al-Hasakah Tel Adashim in Israel; Hodeidah
// in a story of the Red Sea stays. The name is then left to the towns the
// gazetteer lacks (unknownPlaces).
func strayTown(refs []placeRef, r placeRef, others int) bool {
	e := r.Entry
	if e == nil || r.Direction != "" || r.Qualified || e.Kind != sitrep.KindTown || e.Curated() ||
		e.Population >= strayPopulation || e.Subkind == "capital" || others > 0 || r.Key == "" {
		return false
	}
	if k, err := gazetteer.Key(e.Name); err != nil || k == r.Key {
		return false
	}
	village := e.Population < villagePopulation
	placed := false
	for _, o := range refs {
		if o.Entry == nil || o.Start == r.Start || sameName(o.Key, r.Key) {
			continue
		}
		wide := o.Entry.Kind == sitrep.KindCountry || o.Entry.Kind == sitrep.KindRegion && o.Entry.Country == ""
		if village && !wide && within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, villageKm) ||
			!village && within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, townKm) {
			return false
		}
		placed = placed || !wide
	}
	return placed
}

// qualifierGap reports whether gap, the text between a place name and the
// province or country after it, makes the second qualify the first: a
// comma or bracket alone ("Maysalun, Syria", "Maysalun (Syria"), or "in" or
// "of" with the words of a locative phrase ("Maysalun, in Syria's",
// "Maysalun in the north of Syria"). "Manbij near the Turkish border",
// "Sirte, the US..." and a sentence's end ("Caracas reacted. Malta was
// calm") qualify nothing.
func qualifierGap(gap string) bool {
	locative := false
	for _, w := range strings.FieldsFunc(gap, func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == '-' || r == '\u2013' || r == '\u2014' || r == '\u00a0'
	}) {
		switch strings.ToLower(w) {
		case "in", "of":
			locative = true
		case "the", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
			"central", "province", "governorate", "countryside":
		default:
			return false
		}
	}
	return locative || strings.TrimSpace(strings.Trim(gap, " ,(\u00a0")) == ""
}

// sameName reports whether two keys name the same, but for a designator
// after one of them: "plymouth" and "plymouth county".
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	rest, ok := strings.CutPrefix(b, a+" ")
	if !ok {
		return false
	}
	switch rest {
	case "county", "province", "governorate", "district", "city", "parish", "region", "state":
		return true
	}
	return false
}

// designated returns the name of a key with a designator after it
// ("karak district": "karak").
func designated(key string) (string, bool) {
	i := strings.LastIndexByte(key, ' ')
	if i <= 0 || !sameName(key[:i], key) {
		return "", false
	}
	return key[:i], true
}

// dominant reports whether the first of a name's candidates is a major
// place far larger than the next: London, England beside London, Ontario.
func dominant(es []*gazetteer.Entry) bool {
	next := 0
	if len(es) > 1 {
		next = es[1].Population
	}
	pop := es[0].Population
	return pop >= 10*next && pop >= gazetteer.MajorPopulation
}

// countyBare returns the key of the bare name of a county the text names
// with its designator ("Suffolk County": "suffolk"), or "". A bare name that is a county or province elsewhere then means it
// (see disambiguate); a town of that name is another place and keeps its
// own candidates.
func countyBare(r placeRef) string {
	if r.Direction != "" || r.Entry == nil || r.Entry.Kind != sitrep.KindRegion && r.Entry.Kind != sitrep.KindAdmin1 {
		return ""
	}
	bare, ok := strings.CutSuffix(r.Key, " county")
	if !ok || bare == "" {
		return ""
	}
	return bare
}

// nearKm is how close a place must lie to another the document names to
// count as near it.
const nearKm = 50

// within reports whether two points lie within km of each other, without
// trigonometry for the many that lie further apart in latitude alone.
func within(lat1, lon1, lat2, lon2, km float64) bool {
	if d := lat1 - lat2; d*111.19 > km || -d*111.19 > km { // a degree of latitude is 111.195 km on DistanceKm's sphere
		return false
	}
	return sitrep.DistanceKm(lat1, lon1, lat2, lon2) <= km
}

// neighbourKm is how close a country's point must lie to a candidate place
// for the country's votes to count for it.
const neighbourKm = 800

// curated reports whether es, a name's candidates, hold a curated place.
func curated(es []*gazetteer.Entry) bool {
	return len(es) > 0 && es[0].Curated()
}

func anyIn(es []*gazetteer.Entry, country string) bool {
	for _, e := range es {
		if e.Country == country {
			return true
		}
	}
	return false
}

// metonymVerb follows a capital or country that stands for its government.
var metonymVerb = map[string]bool{
	"said": true, "says": true, "estimates": true, "estimated": true, "slammed": true,
	"accused": true, "warned": true, "blamed": true, "denied": true, "insists": true,
	"would": true, "will": true, "has": false, "demanded": true, "protested": true,
	"condemned": true, "announced": true, "vowed": true, "urged": true, "alone": true,
	"insisted": true, "rejected": true, "summoned": true, "holds": true, "blames": true,
	"decided": true, "owned": true, "responded": true, "retaliated": true,
	"accuses": true, "believes": true, "wants": true, "considers": true,
	"regards": true, "sees": true, "hopes": true, "fears": true,
}

// mentions lists every recognised expression of the document.
func (d *docState) mentions() []sitrep.Mention {
	var out []sitrep.Mention
	add := func(kind string, s *sentence, sp sitrep.Span, value string) {
		out = append(out, sitrep.Mention{Kind: kind, Span: sp, Text: d.text[sp.Start:sp.End], Value: value, Sentence: s.Index})
	}
	for _, s := range d.sents {
		for _, p := range s.Places {
			add(sitrep.MentionPlace, s, sitrep.Span{Start: p.Start, End: p.End}, p.Entry.ID)
		}
		for _, e := range s.Dates {
			add(sitrep.MentionDate, s, e.Span, e.Value)
		}
		for k := range s.Actors {
			a := &s.Actors[k]
			add(sitrep.MentionActor, s, a.Span, a.Actor.ID)
			out[len(out)-1].Role = d.role(s, a)
		}
		for _, t := range s.Triggers {
			v := t.Category
			if v == "" {
				v = sitrep.CategoryUnknown
			}
			add(sitrep.MentionTrigger, s, d.span(t.First, t.Last), v)
		}
		for _, c := range s.Casualties {
			v := itoa(c.N)
			if c.Qualifier != "" {
				v = c.Qualifier + " " + v
			}
			add(sitrep.MentionCasualty, s, c.Span, c.Field+"="+v)
		}
		for _, o := range s.Outcomes {
			add(sitrep.MentionOutcome, s, d.span(o.First, o.Last), o.Field+"="+o.Value)
		}
		if s.Claimant != nil {
			add(sitrep.MentionClaim, s, s.ClaimSpan, s.Claimant.Actor.ID)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

func (d *docState) span(first, last int) sitrep.Span {
	return sitrep.Span{Start: d.toks[first].Start, End: d.toks[last-1].End}
}

// signature returns the encoded copies signature of the document's words,
// or nil for a text too short to have one.
func (d *docState) signature() []byte {
	words := make([]string, 0, len(d.toks))
	for _, t := range d.toks {
		if t.Kind == normalize.Word || t.Kind == normalize.Number {
			words = append(words, t.Norm)
		}
	}
	s := copies.Of(words)
	if s.N == 0 {
		return nil
	}
	s.Name(d.ownNames()...)
	s.Cite(d.citedOutlets()...)
	return s.Encode()
}
