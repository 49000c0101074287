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
	"sync"
	"time"

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
	if knownActorsErr != nil {
		return nil, knownActorsErr
	}
	return &Extractor{Gazetteer: g, HistoryDays: DefaultHistoryDays, RecallDays: DefaultRecallDays,
		UndatedDays: DefaultUndatedDays, actors: knownActors}, nil
}

// Extract reads doc. It never fails; unreadable text yields fewer facts.
func (x *Extractor) Extract(doc *sitrep.Document) sitrep.Extraction {
	d := x.read(doc)
	var ex sitrep.Extraction
	ex.Mentions = d.mentions()
	ex.Signature = d.signature()
	ex.Reports = d.assemble()
	ex.Tallies = d.tallies()
	// What Extract returns holds strings of the text, never its tokens.
	tokenPool.Put(&d.toks)
	return ex
}

// tokenPool holds the token slices of texts read, for the next: a
// report's tokens take some 30 KB.
var tokenPool sync.Pool

// tokens returns the tokens of text, in a slice from tokenPool when there
// is one.
func tokens(text string) []normalize.Token {
	if p, ok := tokenPool.Get().(*[]normalize.Token); ok {
		return normalize.AppendTokens((*p)[:0], text, 0, len(text))
	}
	return normalize.Tokens(text)
}

// docState is one document being read.
type docState struct {
	x     *Extractor
	doc   *sitrep.Document
	text  string
	toks  []normalize.Token
	sents []*sentence
	// logDays are the days of a log's entries by paragraph (weekLog).
	logDays map[int]sitrep.When
	// entryClocks are the clocks of a live blog's entries, read when
	// first needed (midnightsAbove).
	entryClocks []entryClockAt
	// outletSpans are where the text names its own outlet when the name
	// holds an attack word ("Levant Incident Observatory").
	outletSpans [][2]int
	// outletActor is the armed group whose own channel the document is.
	outletActor *Actor
	// outletOfficial: the document is an official's own statement (CENTCOM).
	outletOfficial bool
	// signed: the document had no publication date; it is read as
	// published on the date it is signed with (signedOn).
	signed bool
	// lastDate is the date of the incident told last, for "the same day";
	// lastDateSent is the sentence that dated it (whether it put it in the
	// evening is read when "after midnight" follows).
	lastDate     sitrep.When
	lastDateSent *sentence
	// prevDaySent and prevDay cache outerBase's day of the sentence before.
	prevDaySent *sentence
	prevDay     sitrep.When
	// midnightSent and midnightVal cache afterMidnightIn.
	midnightSent *sentence
	midnightVal  bool
	// dateline is the byte offset where a wire dateline ends, 0 for none.
	dateline int
	// loose are the sentences that tell outcomes, for those about none of
	// the incidents: "The Pentagon said US troops intercepted two drones
	// and took no casualties or damage."
	loose []*sentence
	// chains holds each sentence's reporting chain once read: every
	// assertion of a sentence asks for it.
	chains map[*sentence]chainOf
	// breaksBefore counts the clause breaks before each token, once
	// asked for (breakBetween).
	breaksBefore []int32
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
		case "council":
			// "Kurdistan Region Security Council"
			return i > 0 && toks[i-1].Norm == "security"
		case "cell":
			// "Security Media Cell"
			return i > 0 && toks[i-1].Norm == "media"
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
	d := &docState{x: x, doc: doc, text: text, toks: tokens(text), signed: signed}
	classify(d.toks)
	ot := normalize.Tokens(doc.Outlet)
	d.outletSpans = outletSpans(text, doc.Outlet, ot)
	if doc.Outlet != "" {
		for _, m := range x.actors.match(doc.Outlet, ot, 0, len(ot)) {
			switch m.Actor.Type {
			case ArmedGroup:
				d.outletActor = m.Actor
			case Official, StateForce, Partner:
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
	matches := x.Gazetteer.Match(text, d.toks)
	places := disambiguate(x.Gazetteer, text, d.locations(matches, actors))
	// "the airport of the Red Sea port city of Hodeidah": the town's airport
	// when the gazetteer knows it as "Hodeidah airport".
	for i, p := range places {
		// "Erbil IAP": the international airport of a security report.
		if e := p.Entry; e.Kind == sitrep.KindTown && (airportOf(d.toks, p.First) || airportAfter(d.toks, p.Last) || p.Last < len(d.toks) && d.toks[p.Last].Norm == "iap") {
			for _, a := range x.Gazetteer.Lookup(strings.TrimSuffix(strings.TrimSuffix(text[p.Start:p.End], "'s"), "’s") + " airport") {
				if a.Kind == sitrep.KindSite && sitrep.DistanceKm(a.Lat, a.Lon, e.Lat, e.Lon) <= 30 {
					places[i].Entry = a
					break
				}
			}
		}
	}
	places = sameSiteAgain(text, places)
	places = containedElsewhere(d.toks, places)
	places = inNameTails(text, d.toks, places)
	places = fragments(d.toks, places)
	// No place of an attack, whatever layer names it: a clock ("2:30 p.m.
	// in Washington"), a ship's name ("the Gibraltar Eagle"), whose ship
	// ("linked to Israel"), a war ("the Gaza truce"); and the outlet's own
	// name ("a source told Qamishlo Voice", "the Khabur Monitoring
	// Network's correspondents").
	o := strings.TrimSpace(doc.Outlet)
	notHere := func(p placeRef) bool {
		return clockPlace(d.toks, p) || shipName(d.toks, p) || affiliationBefore(d.toks, p.First) || voyagePlace(d.toks, p) || warPlace(d.toks, p) ||
			destination(d.toks, p.First) ||
			strings.Contains(o, " ") && len(text)-p.Start >= len(o) && strings.EqualFold(text[p.Start:p.Start+len(o)], o)
	}
	// "a Samad missile", "missiles of type Burkan": a weapon's name, not
	// the town of that name.
	places = homesAway(d.toks, places)
	places = slices.DeleteFunc(places, func(p placeRef) bool {
		return systemName(d.toks, p.First, p.Last) || surnameSite(d.toks, p) || givenName(d.toks, p) || orgAfter(d.toks, p.Last) || vehicleMake(d.toks, p) || notHere(p)
	})
	// "Speaking at a funeral in Bint Jbeil": where a statement was made,
	// as for the names the gazetteer knows as written (still a toponym for
	// Places).
	more := slices.DeleteFunc(namesakePlaces(x.Gazetteer, text, d.toks, places, actors), func(p placeRef) bool {
		return statementPlace(d.toks, p.First, p.Last)
	})
	if len(more) > 0 {
		places = mergePlaces(places, slices.DeleteFunc(more, notHere))
	}
	if unknown := d.unknownPlaces(places, actors, matches); len(unknown) > 0 {
		places = mergePlaces(places, slices.DeleteFunc(unknown, notHere))
	}
	namedSites(x.Gazetteer, text, d.toks, places)
	appositionLocators(d.toks, places)
	townSites(x.Gazetteer, text, d.toks, places)
	if asad := d.bareAsad(places); len(asad) > 0 {
		places = mergePlaces(places, asad)
	}
	cellLocators(text, places)
	places = mergePlaces(places, theTown(d.toks, places))
	// Places that only locate another have served as context.
	places = slices.DeleteFunc(places, func(p placeRef) bool { return p.Locator })
	dlStart, dateline := datelineSpan(text, d.toks)
	inDateline := func(at int) bool { return at >= dlStart && at < dateline }
	kept := places[:0]
	var datelineTown *gazetteer.Entry
	var datelinePlace placeRef
	for _, p := range places {
		if !inDateline(p.Start) {
			kept = append(kept, p)
		} else if datelineTown == nil && p.Entry.Kind == sitrep.KindTown && p.Entry.Subkind != "unresolved" {
			datelineTown, datelinePlace = p.Entry, p
		}
	}
	places = kept
	// "DEIR SERYAN - A man was killed on Monday when an Israeli drone
	// fired a missile at his car": a village's dateline over a lede that
	// names no place is the scene, not where a correspondent files from.
	// Not a wire's ("DEIR AL-BALAH, Gaza Strip (AP) -"), filed from where
	// its reporters live.
	if datelineTown != nil && sceneDateline(datelineTown) && !strings.Contains(text[dlStart:dateline], "(") &&
		!slices.ContainsFunc(places, func(p placeRef) bool { return p.Start < ledeEnd(text, dateline) && p.Entry != datelineTown }) {
		places = append([]placeRef{datelinePlace}, places...)
	}
	// "U.S. CENTRAL COMMAND UPDATE\n\nTAMPA, Fla. - At 4:00 p.m. ...": a
	// release's dateline under a heading further down.
	for _, sp := range laterDatelines(text, d.toks, dateline) {
		places = slices.DeleteFunc(places, func(p placeRef) bool { return p.Start >= sp[0] && p.Start < sp[1] })
	}
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
	dt := &dater{text: text, toks: d.toks, pub: doc.Published, week: periodEnd(doc.Title, text, doc.Published)}
	ti, ai, pi := 0, 0, 0
	prev := speaker{Kind: SpeakerOutlet, Verb: -1}
	var lastArmed *actorMatch
	var armedSeen []actorMatch
	var list tollList
	var targets *targetList
	var label speaker
	hasLabel, para := false, -1
	notLogged := -1 // the paragraph a log's "Not logged:" opens
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
		// "Turkish drone strikes on the region have continued throughout
		// the summer. ... the strikes have killed dozens of people this
		// year": the pattern just told.
		if len(d.sents) > 0 && s.Paragraph == d.sents[len(d.sents)-1].Paragraph && allGeneric(d.sents[len(d.sents)-1]) {
			for i, t := range s.Triggers {
				if t.Anaphoric && t.Category == "" && plural(d.toks[t.Last-1].Norm) {
					s.Triggers[i].Generic = true
				}
			}
		}
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
			// "The Islamic Resistance in Iraq announced ... that its
			// fighters carried out the following operations:": the group
			// claims each item.
			if s.Claimant == nil && targets.Speaker.Kind == SpeakerArmed {
				for k := range targets.Actors {
					if a := &targets.Actors[k]; a.Actor.Type == ArmedGroup {
						s.Claimant, s.ClaimSpan = a, a.Span
						break
					}
				}
			}
			if s.Perpetrator == nil {
				s.Perpetrator = targets.Perpetrator
			}
			if s.Speaker.Kind == SpeakerOutlet {
				s.Speaker = targets.Speaker
			}
		} else if !bulletItem(d.toks, s.First, s.Last) {
			targets = nil
			if s.Last-s.First > 2 && d.toks[s.Last-1].Norm == ":" && (len(s.nonGeneric()) > 0 || listOfOperations(d.toks, s)) {
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
		// "Not logged: the Rafah shooting of Sunday 1 June (previous
		// week)...": what a log leaves out, to its paragraph's end.
		if notLoggedAt(d.toks, s.First, s.Last) {
			notLogged = s.Paragraph
		}
		if s.Paragraph == notLogged {
			s.Generic = true
		}
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
	d.weekLog()
	d.unplacedInCountry()
	d.findVessels()
	return d
}

// weekLog dates the entries of a log whose paragraphs open on a weekday
// ("THURSDAY: The IRI claimed a drone attack ...", "FRIDAY: A pair of
// drones ..."): the days run in order, so each entry's is the last such
// weekday before the next entry's, and the last entry's the last one on or
// before publication. Read alone, a week's log published on a Friday would
// put its Thursday and Friday after its Wednesday. The rest of an entry's
// paragraph is on its day (logDays).
func (d *docState) weekLog() {
	pub := d.doc.Published
	if !pub.HasYear() {
		return
	}
	type entry struct {
		s  *sentence
		e  int
		wd time.Weekday
	}
	var log []entry
	para := -1
	for _, s := range d.sents {
		if s.Paragraph == para {
			continue
		}
		para = s.Paragraph
		if s.Last-s.First < 3 {
			continue
		}
		wd, ok := weekdays[d.toks[s.First].Norm]
		if !ok || d.toks[s.First+1].Norm != ":" && !isDash(d.toks[s.First+1].Norm) {
			continue
		}
		for i, e := range s.Dates {
			if e.First == s.First && e.Last == s.First+1 {
				log = append(log, entry{s, i, wd})
				break
			}
		}
	}
	if len(log) < 3 {
		return
	}
	day := pub
	for i := len(log) - 1; i >= 0; i-- {
		for day.Weekday() != log[i].wd {
			day = day.AddDays(-1)
		}
		e := &log[i].s.Dates[log[i].e]
		e.When = sitrep.When{Start: day, End: day, Precision: sitrep.PrecisionDay}
		e.Value = day.String()
		if d.logDays == nil {
			d.logDays = map[int]sitrep.When{}
		}
		d.logDays[log[i].s.Paragraph] = e.When
		day = day.AddDays(-1)
	}
}

// analyze fills in what sentence s says on its own.
func (d *docState) analyze(s *sentence, dt *dater, prev speaker, lastArmed *actorMatch) {
	toks := d.toks
	lo, hi := s.First, s.Last
	s.Triggers = findTriggers(toks, lo, hi)
	// "Levant Incident Observatory - Deir ez-Zor desk": the outlet's name.
	if len(d.outletSpans) > 0 {
		s.Triggers = slices.DeleteFunc(s.Triggers, func(t trigger) bool {
			for _, o := range d.outletSpans {
				if toks[t.First].Start >= o[0] && toks[t.Last-1].End <= o[1] {
					return true
				}
			}
			return false
		})
	}
	// "gas cylinder explosion in a restaurant ... (accident; 2 workers
	// burned)", "a landmine left over from the war exploded": a mishap, no
	// attack.
	if mishap(toks, lo, hi) || arrestRaid(toks, lo, hi, s.Triggers) {
		for i := range s.Triggers {
			s.Triggers[i].Generic = true
		}
	}
	// "The statement gives the Sheikh Radwan strike as a motive": the
	// attack named as the motive, not told.
	if from, to, ok := citedAttack(toks, lo, hi); ok {
		for i, t := range s.Triggers {
			if t.First >= from && t.Last <= to {
				s.Triggers[i].Generic = true
			}
		}
	}
	// "loud blasts were heard from Odaisseh, where troops were blowing up
	// houses": the blasts of a demolition ("an Israeli strike demolished
	// two homes" stays a strike).
	if demolition(toks, lo, hi) {
		for i, t := range s.Triggers {
			if t.Category == "" && blastWords[toks[t.Last-1].Norm] {
				s.Triggers[i].Generic = true
			}
		}
	}
	// "Grades: A = confirmed by the party that carried it out ...; C =
	// claim by the attacking side only": a legend, what its keys stand for.
	if legend(toks, lo, hi) {
		for i := range s.Triggers {
			s.Triggers[i].Generic = true
		}
	}
	// "Scope: attacks with weapons in Gaza, Israel, the West Bank, Lebanon,
	// Syria and Yemen": attacks over many countries, none told; "Each row
	// is one incident": what a row stands for.
	for i, t := range s.Triggers {
		if !t.Verb && (strings.HasSuffix(toks[t.Last-1].Norm, "s") && countriesListed(toks, s.Places, t.Last) >= 4 || t.First >= lo+2 && toks[t.First-1].Norm == "one" &&
			(toks[t.First-2].Norm == "is" || toks[t.First-2].Norm == "as")) {
			s.Triggers[i].Generic = true
		}
	}
	// "counted 11 attacks this week (..., with attacks to and from
	// Yemen)": the same noun bare again is more of the counted ones.
	for i, t := range s.Triggers {
		if t.Verb || t.Generic || t.First == lo || !strings.HasSuffix(toks[t.Last-1].Norm, "s") {
			continue
		}
		// Not one told with its own toll or day: "including attacks on
		// Maarat al-Numan that killed four civilians on Monday".
		if w := toks[t.First-1].Norm; w != "with" && w != "and" && w != "including" || casualtyWordIn(toks, t.Last, hi) || dayWordIn(toks, t.Last, punctAfter(toks, t.Last, hi)) {
			continue
		}
		for _, o := range s.Triggers[:i] {
			if o.Generic && !o.Verb && toks[o.Last-1].Norm == toks[t.Last-1].Norm {
				s.Triggers[i].Generic = true
				break
			}
		}
	}
	systemClasses(toks, lo, hi, s.Triggers)
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
	if more := elliptical(toks, lo, hi, s.Triggers, s.Places); len(more) > 0 {
		s.Triggers = append(s.Triggers, more...)
		slices.SortStableFunc(s.Triggers, func(a, b trigger) int { return a.First - b.First })
	}
	// "have fired missiles at Israel since October, but most were aimed at
	// Eilat and were intercepted": the many attacks told before.
	for i, t := range s.Triggers {
		if !t.Generic && i > 0 && s.Triggers[i-1].Generic && mostOf(toks, lo, t.First) {
			s.Triggers[i].Generic = true
		}
		// "more than 120 Israeli attacks (air raids, drone missiles and
		// artillery shelling) on 41 towns": the kinds of the many.
		if !t.Generic && kindsInBrackets(toks, lo, s.Triggers[:i], t.First) {
			s.Triggers[i].Generic = true
		}
		// "blamed outlaw groups for drones fired at Harir": the participle
		// is the generic weapons'.
		if !t.Generic && t.Verb && i > 0 && s.Triggers[i-1].Generic && s.Triggers[i-1].Category != "" && s.Triggers[i-1].Last == t.First &&
			strings.HasSuffix(toks[t.First].Norm, "ed") {
			s.Triggers[i].Generic = true
		}
	}
	s.Dates = dt.find(lo, hi)
	// "| 31/03 | Shtula (Israel) | ...": a table's day.
	if len(s.Dates) == 0 {
		if e, ok := dt.tableDate(lo, hi); ok {
			s.Dates = append(s.Dates, e)
		}
	}
	// "On Friday night the US carried out a series of air strikes": a
	// series on one day is one raid, not a pattern.
	// Not the day of a truce: "the eighth round of strikes on Yemen since
	// July 2024, and the first since the truce of 6 May".
	seriesDay := slices.ContainsFunc(s.Dates, func(e dateExpr) bool { return ownDay(e) && !eventDay(toks, lo, e.First) })
	for i, t := range s.Triggers {
		if t.Generic && seriesOnly(toks, lo, t.First) && seriesDay {
			s.Triggers[i].Generic = false
		}
	}
	s.Speaker = findSpeaker(d.text, toks, lo, hi, s.Actors, prev, lastArmed)
	s.Speaker.Name = speakerName(s.Speaker.Name)
	s.Claimant, s.ClaimSpan, s.UnnamedClaim = findClaim(toks, lo, hi, s.Actors, s.Triggers, s.Speaker, lastArmed)
	explicit := s.Claimant != nil
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
	s.Aside = asides(toks, lo, hi)
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
	// "Iran's Revolutionary Guards said they had hit targets in Idlib",
	// "a statement from Iran's Revolutionary Guards saying they struck":
	// the Guards announce their strikes abroad as armed groups do, and
	// analysts code them as claims; a government announcing its air
	// force's strikes claims nothing.
	if s.Claimant == nil && !denies && hasVerbTrigger(s) {
		for k := range s.Actors {
			a := &s.Actors[k]
			if a.Actor.ID == "irgc" && saysAfter(toks, a.Last, hi) && theyAttacked(toks, a.Last, hi) {
				s.Claimant, s.ClaimSpan = a, a.Span
				break
			}
		}
	}
	// "Harakat al-Nujaba said it mourns three of its fighters, who fell in
	// the aggression that targeted ...": a group telling of its own dead
	// tells an attack on it, and claims it only in so many words.
	if s.Claimant != nil && !explicit && ownDead(toks, lo, hi) {
		s.Claimant, s.ClaimSpan = nil, sitrep.Span{}
	}
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
	// "| anti-tank missile hits empty house | 0 | 0 |": a table's tolls,
	// those its words did not tell ("| killed 4 | hurt 3 |").
	cells, columns := tableTolls(d.text, toks, lo, hi)
	for _, c := range cells {
		if columns {
			s.Casualties = slices.DeleteFunc(s.Casualties, func(o casualty) bool { return o.Field == c.Field })
		}
		if !slices.ContainsFunc(s.Casualties, func(o casualty) bool { return o.Field == c.Field }) {
			s.Casualties = append(s.Casualties, c)
		}
	}
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
		// "DoD says nobody attacked the base": a denial.
		if (w == "nobody" || w == "no" && i+1 < hi && toks[i+1].Norm == "one") && nobodyAttacked(toks, i, hi) {
			s.Denied = true
		}
		// "no aerial target launched from the east reached Israel's
		// territory", "a drone ... that Israel says never arrived".
		if w == "no" && nothingReached(toks, i, hi) || w == "never" && i+1 < hi && reachVerbs[toks[i+1].Norm] {
			s.Denied = true
		}
		// "it had not struck in the Rmeish area", "carried out no strike
		// in Iraq", "struck nothing in Syria"
		if (w == "not" || w == "never" || w == "nothing" || w == "no") && strikeDenied(toks, lo, i, hi) {
			s.Denied = true
		}
		if !is(&toks[i], cSentence) {
			continue
		}
		c := sentenceWords[w]
		// "an unmanned aircraft of unknown origin": whose, not what.
		if c&wordUncertain != 0 && !(w == "unknown" && i+1 < hi && unknownWhose[toks[i+1].Norm]) {
			s.Uncertain = true
		}
		if c&wordHedge != 0 {
			s.Hedged = true
		}
		if c&wordDoubt != 0 {
			s.Doubted = true
		}
		if c&wordDeny != 0 && !countDenied(toks, lo, i, hi) {
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
			if w == "no" && noAttackTookPlace(toks, i, hi) {
				s.Debunked = true
			}
			for _, p := range genericByFirst[w] {
				if _, ok := matchWords(toks, i, hi, p); ok {
					// "For context: on 30 MAY, ... forces conducted strikes":
					// a background that names its day tells one incident.
					if p[0] == "for" && p[1] == "context" && hasDay(s.Dates) {
						continue
					}
					// "killing 12 people on Tuesday, in one of the deadliest
					// single strikes in recent weeks": a comparison of the
					// attack of that day with others.
					if (p[0] == "in" || p[0] == "so" || p[0] == "to" || p[0] == "over") && superlativeBefore(toks, lo, i) && hasDay(s.Dates) {
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

// mentions lists every recognised expression of the document.
func (d *docState) mentions() []sitrep.Mention {
	n := 0
	for _, s := range d.sents {
		n += len(s.Places) + len(s.Dates) + len(s.Actors) + len(s.Triggers) + len(s.Casualties) + len(s.Outcomes) + 1
	}
	out := make([]sitrep.Mention, 0, n)
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
			if c.Qualifier != "" && c.Qualifier != qualNamed {
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
	if len(out) == 0 {
		return nil
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

// allGeneric reports a sentence whose attack nouns all tell a pattern
// ("Turkish drone strikes ... have continued throughout the summer,
// targeting vehicles": the verb is theirs).
func allGeneric(s *sentence) bool {
	n := 0
	for _, t := range s.Triggers {
		if t.Verb {
			continue
		}
		if !t.Generic {
			return false
		}
		n++
	}
	return n > 0
}

// listOfOperations reports a sentence that opens a list of attacks
// without an attack word of its own: "its fighters carried out the
// following operations against the bases of the American occupation:".
func listOfOperations(toks []normalize.Token, s *sentence) bool {
	for k := s.First; k+1 < s.Last; k++ {
		if toks[k].Norm == "following" && (toks[k+1].Norm == "operations" || toks[k+1].Norm == "attacks" || toks[k+1].Norm == "strikes") {
			return true
		}
	}
	return false
}

// elliptical returns an attack word for each "and the third at X", "and
// another on X" that leaves its verb out after weapons were told: "two of
// the drones were aimed at the al-Omar base on Saturday night and the
// third at the Conoco gas field early on Sunday". The trigger stands on
// the word after the ordinal, so that the ordinal marks a new attack.
func elliptical(toks []normalize.Token, lo, hi int, ts []trigger, places []placeRef) []trigger {
	var out []trigger
	for k := lo + 2; k+2 < hi; k++ {
		switch toks[k].Norm {
		case "second", "third", "fourth", "fifth", "other", "last", "another":
		default:
			continue
		}
		prep := toks[k+1].Norm
		if prep != "at" && prep != "on" && prep != "against" || toks[k-1].Norm != "the" && toks[k].Norm != "another" {
			continue
		}
		if toks[k-1].Norm != "and" && (k-2 < lo || toks[k-2].Norm != "and" && toks[k-2].Norm != ",") {
			continue
		}
		placed := false
		for _, p := range places {
			if p.First >= k+2 && p.First <= k+5 {
				placed = true
				break
			}
		}
		cat := ""
		for _, t := range ts {
			if t.Last <= k && t.Category != "" {
				cat = t.Category
			}
		}
		if !placed || cat == "" {
			continue
		}
		out = append(out, trigger{First: k + 1, Last: k + 2, Anaphoric: true, Category: cat})
	}
	return out
}

// outletSpans returns the byte spans where text names its outlet, when the
// outlet's name has two words or more and one of them is an attack word
// ("Levant Incident Observatory", "Strike Watch"); nil otherwise.
func outletSpans(text, outlet string, ot []normalize.Token) [][2]int {
	if len(ot) < 2 {
		return nil
	}
	attack := false
	for _, t := range ot {
		attack = attack || attackWords[t.Norm] || weaponWords[t.Norm] != ""
	}
	if !attack {
		return nil
	}
	var out [][2]int
	lower, name := strings.ToLower(text), strings.ToLower(strings.TrimSpace(outlet))
	for from := 0; ; {
		i := strings.Index(lower[from:], name)
		if i < 0 {
			return out
		}
		out = append(out, [2]int{from + i, from + i + len(name)})
		from += i + len(name)
	}
}

// nobodyAttacked reports an attack verb right after "nobody" or "no one"
// at token i: "nobody attacked the base", "no one fired at it".
func nobodyAttacked(toks []normalize.Token, i, hi int) bool {
	j := i + 1
	if toks[i].Norm == "no" {
		j++
	}
	j = pastAux(toks, j, hi)
	return j < hi && firedOrStruck(&toks[j])
}

// nothingReached reports "no" and a weapon that reached nothing, from
// toks[i]: "no aerial target launched from the east reached Israel's
// territory", "no drone crossed into Israeli airspace".
func nothingReached(toks []normalize.Token, i, hi int) bool {
	j := i + 1
	if j < hi && (toks[j].Norm == "aerial" || toks[j].Norm == "hostile" || toks[j].Norm == "enemy") {
		j++
	}
	if j >= hi || !is(&toks[j], cWeapon) && toks[j].Norm != "target" && toks[j].Norm != "targets" {
		return false
	}
	for k := j + 1; k < hi && k <= j+8; k++ {
		if reachVerbs[toks[k].Norm] {
			return true
		}
		if toks[k].Kind == normalize.Punct {
			return false
		}
	}
	return false
}

// reachVerbs say that a weapon got where it was sent.
var reachVerbs = map[string]bool{"reached": true, "crossed": true, "entered": true, "arrived": true, "penetrated": true,
	"infiltrated": true}

// pastAux returns the token after "had", "have" or "has" at j, else j.
func pastAux(toks []normalize.Token, j, hi int) int {
	if j < hi && (toks[j].Norm == "had" || toks[j].Norm == "have" || toks[j].Norm == "has") {
		return j + 1
	}
	return j
}

// firedOrStruck reports an attack verb in the past: "attacked", "struck",
// "fired".
func firedOrStruck(t *normalize.Token) bool {
	return is(t, cAttack) && isVerbForm(t.Norm) || t.Norm == "fired"
}

// saysAfter reports a verb of speech shortly after token k: "the Guards
// said", "a statement from the IRGC saying", "IRGC announced".
func saysAfter(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j <= k+3; j++ {
		switch toks[j].Norm {
		case "said", "saying", "says", "announced", "announcing", "stated", "claimed":
			return true
		}
		if toks[j].Kind == normalize.Punct && toks[j].Norm != "(" && toks[j].Norm != ")" {
			return false
		}
	}
	return false
}

// theyAttacked reports "they" or "it" and an attack verb after token k:
// "saying they struck", "said they had hit targets", "that they had fired
// ballistic missiles".
func theyAttacked(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j <= k+8; j++ {
		if w := toks[j].Norm; w == "they" || w == "it" || w == "we" {
			n := pastAux(toks, j+1, hi)
			return n < hi && (firedOrStruck(&toks[n]) || toks[n].Norm == "launched")
		}
	}
	return false
}

// bareAsad returns Ain al-Asad air base where the text names it "Al-Asad"
// alone after an attack verb or a preposition of place: "a pair of rockets
// targeted Al-Asad", "On Al-Asad: the group also claimed". The name alone
// is also a family's (Bashar al-Asad), so the gazetteer does not take it.
func (d *docState) bareAsad(places []placeRef) []placeRef {
	base := d.x.Gazetteer.Get("ain-al-asad")
	if base == nil {
		return nil
	}
	var out []placeRef
	toks := d.toks
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Norm != "al" || toks[i+1].Norm != "-" || toks[i+2].Norm != "asad" || !toks[i].Upper && !toks[i+2].Upper {
			continue
		}
		if i+3 < len(toks) && (toks[i+3].Norm == "air" || toks[i+3].Norm == "airbase" || toks[i+3].Norm == "base") {
			continue // the gazetteer's own names
		}
		switch toks[i-1].Norm {
		case "at", "on", "targeted", "struck", "hit", "attacked", "toward", "towards", "near":
		default:
			continue
		}
		covered := false
		for _, p := range places {
			if p.First <= i && i < p.Last {
				covered = true
			}
		}
		if covered {
			continue
		}
		m := gazetteer.Match{Start: toks[i].Start, End: toks[i+2].End, First: i, Last: i + 3, Entries: []*gazetteer.Entry{base}, Key: "al-asad"}
		out = append(out, placeRef{Match: m, Entry: base})
	}
	return out
}

// unknownWhose are what "unknown" may leave open of an attack without
// doubting its weapon: "of unknown origin", "unknown assailants".
var unknownWhose = map[string]bool{"origin": true, "provenance": true, "affiliation": true, "nationality": true,
	"identity": true, "source": true, "perpetrators": true, "assailants": true, "gunmen": true, "attackers": true}

// notLoggedAt reports a sentence that opens with what a log leaves out:
// "Not logged:", "Not counted:", "Not included here:".
func notLoggedAt(toks []normalize.Token, lo, hi int) bool {
	if hi-lo < 3 || toks[lo].Norm != "not" || !toks[lo].Upper {
		return false
	}
	for k := lo + 1; k < hi && k <= lo+3; k++ {
		if toks[k].Norm == ":" {
			return k > lo+1
		}
		if toks[k].Kind != normalize.Word {
			return false
		}
	}
	return false
}

// countriesListed counts the countries of the list of places that starts
// within six words after token k: "attacks with weapons in Gaza, Israel,
// the West Bank, Lebanon, Syria and Yemen" (4), not "Airstrikes in Idlib,
// Hama and Aleppo provinces" (no country), nor "at the Rmelan landing
// zone ... near the borders with Turkey and Iraq" (a list of two).
// punctAfter returns the first comma, bracket, colon or semicolon from
// token k, or hi.
func punctAfter(toks []normalize.Token, k, hi int) int {
	for ; k < hi; k++ {
		switch toks[k].Norm {
		case ",", ")", "(", ";", ":":
			return k
		}
	}
	return hi
}

// legend reports a sentence that gives the meaning of two keys or more:
// "A = confirmed ...; B = two sources".
func legend(toks []normalize.Token, lo, hi int) bool {
	n := 0
	for k := lo; k < hi; k++ {
		// Not a toll's "killed = 9, wounded = 23".
		if toks[k].Norm == "=" && k+1 < hi && toks[k+1].Kind == normalize.Word && smallNumbers[toks[k+1].Norm] == 0 {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

func countriesListed(toks []normalize.Token, places []placeRef, k int) int {
	n, last := 0, -1
	for _, p := range places {
		if p.First < k {
			continue
		}
		if last < 0 && p.First > k+6 || last >= 0 && !listGap(toks, last, p.First) {
			break
		}
		if e := p.Entry; e != nil && p.Direction == "" && e.Kind == sitrep.KindCountry {
			n++
		}
		last = p.Last
	}
	return n
}
