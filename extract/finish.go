package extract

import (
	"math"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

func itoa(n int) string { return strconv.Itoa(n) }

// attach adds what sentence s says to the incident f: who says so and how
// strongly, claims, perpetrator, casualties.
func (d *docState) attach(f *frame, s *sentence) {
	if f.has(s) || d.campaignToll(s) {
		return
	}
	f.sents = append(f.sents, s)
	source := d.sourceName(s)
	// A reporter's question asserts nothing.
	asserts := len(s.nonGeneric()) > 0 && !(s.Speaker.Label && s.Speaker.Kind == SpeakerMedia)
	stance := d.stance(f, s)
	if s.Doubted {
		f.stances[sitrep.StanceDoubts] = true
		d.assertAs(f, s, sitrep.FieldStatus, sitrep.StatusUnverified, s.Span, source, sitrep.StanceDoubts)
	}
	if s.Debunked {
		f.stances[sitrep.StanceDebunked] = true
		d.assertAs(f, s, sitrep.FieldStatus, sitrep.StatusDisputed, s.Span, source, sitrep.StanceDoubts)
	}
	if asserts || stance == sitrep.StanceConfirms && len(s.Casualties) > 0 || stance == sitrep.StanceDenies {
		f.stances[stance] = true
		if stance == sitrep.StanceConfirms && d.acknowledges(f, s) {
			f.stances[sitrep.StanceAcknowledged] = true
		}
		// The words that name the incident's place: the place itself
		// before a province that holds it ("in the countryside of
		// al-Hasakah ... the airstrip at Rumalyn").
		ev, exact := s.Span, false
		for _, p := range s.Places {
			if !exact && d.samePlace(f.place, p, false) {
				ev, exact = sitrep.Span{Start: p.Start, End: p.End}, true
			}
		}
		if !exact {
			for _, p := range s.Places {
				if d.samePlace(f.place, p, true) {
					ev = sitrep.Span{Start: p.Start, End: p.End}
					break
				}
			}
		}
		d.assertAs(f, s, sitrep.FieldPlace, f.place.Entry.Name, ev, source, stance)
	}
	claimant := s.Claimant
	if claimant == nil && d.outletActor != nil {
		claimant = &actorMatch{Actor: d.outletActor, Span: s.Span}
	}
	// "An Israeli drone struck a car ... Hezbollah said it had fired at
	// Israeli troops": a group claims no state's strike.
	if claimant != nil && s.Claimant != nil && claimant.Actor.Type == ArmedGroup && s.Perpetrator == nil && stateStruck(f) {
		claimant = nil
	}
	if claimant != nil && !d.otherSide(s, claimant, f, false) {
		if !hasActor(f.claimants, claimant.Actor) {
			f.claimants = append(f.claimants, claimant.Actor)
		}
		d.assertAs(f, s, sitrep.FieldClaimedBy, claimant.Actor.Name, claimant.Span, claimant.Actor.Name, sitrep.StanceClaims)
	}
	if s.Target != nil && f.target == nil && (f.perp == nil || s.Target.Actor != f.perp) {
		f.target = s.Target.Actor
		d.assertAs(f, s, sitrep.FieldTarget, f.target.Name, s.Target.Span, source, stance)
	}
	if s.Perpetrator != nil && f.perp == nil && !ownCountry(s.Perpetrator.Actor, f.place.Entry) && !d.otherSide(s, s.Perpetrator, f, true) {
		f.perp = s.Perpetrator.Actor
		d.assertAs(f, s, sitrep.FieldPerpetrator, f.perp.Name, s.Perpetrator.Span, source, stance)
	}
	d.assertOutcomes(f, s, source, stance, false)
	for _, c := range s.Casualties {
		// "No injuries were reported on the Israeli side" of a strike in
		// Lebanon: the other side's.
		if s.Side != "" && !d.sideOfPlace(s.Side, f.place) {
			continue
		}
		// "There were no U.S. personnel hurt" in a release of U.S. air
		// strikes: the striker's own people, no toll of the attack.
		if c.N == 0 && f.perp != nil && f.category == sitrep.CategoryAirstrike && d.ownPeople(s, c, homeOf[f.perp.ID]) {
			continue
		}
		n := c.N
		d.assertAs(f, s, c.Field, itoa(n), c.Span, source, stance)
		if c.Qualifier != qualNamed {
			f.asserts[len(f.asserts)-1].Qualifier = c.Qualifier
		}
		// "The death toll has risen to nine", "the toll now stands at
		// nine": a later count of the same dead, which replaces a lower
		// (told alone, not beside an attack of its own).
		if c.Field == sitrep.FieldFatalities && (f.killed == nil || f.killedNamed && c.Qualifier == "" && n > *f.killed ||
			n > *f.killed && c.Qualifier == "" && !freshTrigger(s) && tollRisen(d.text[c.Span.Start:c.Span.End]) && !d.otherDay(s, f)) {
			f.killed, f.killedNamed = &n, c.Qualifier == qualNamed
		}
		if c.Field == sitrep.FieldInjuries && f.injured == nil {
			f.injured = &n
		}
	}
}

// ownPeople reports a count whose people are named as of country home,
// within a few words of it: "no U.S. personnel hurt", "no Israeli
// soldiers were wounded".
func (d *docState) ownPeople(s *sentence, c casualty, home string) bool {
	if home == "" {
		return false
	}
	lo := d.tokenAt(s, c.Span.Start)
	for k := max(s.First, lo-3); k < s.Last && k < lo+8 && d.toks[k].Start < c.Span.End+40; k++ {
		w := d.toks[k].Norm
		if id := demonyms[w]; id != "" && homeOf[id] == home {
			return true
		}
		// "U.S.", "US"
		if home == "US" && (w == "us" || w == "u" && k+2 < s.Last && d.toks[k+1].Norm == "." && d.toks[k+2].Norm == "s") {
			return true
		}
	}
	return false
}

func hasActor(as []*Actor, a *Actor) bool {
	for _, b := range as {
		if b.ID == a.ID {
			return true
		}
	}
	return false
}

// sourceName names who says what sentence s says: its speaker or the
// document's outlet.
func (d *docState) sourceName(s *sentence) string {
	if s.Speaker.Kind != SpeakerOutlet && s.Speaker.Name != "" {
		return s.Speaker.Name
	}
	if d.doc.Outlet != "" {
		return d.doc.Outlet
	}
	if u, err := url.Parse(d.doc.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return "the report"
}

func (d *docState) assert(f *frame, s *sentence, field, value string, ev sitrep.Span) {
	d.assertAs(f, s, field, value, ev, d.sourceName(s), sitrep.StanceStates)
}

func (d *docState) assertAs(f *frame, s *sentence, field, value string, ev sitrep.Span, source, stance string) {
	a := sitrep.Assertion{
		Field: field, Value: value, Doc: d.doc.ID, Source: source, Stance: stance,
		Sentence: s.Span, Evidence: ev,
	}
	if origin, via := d.chain(s); len(via) > 0 && source == d.sourceName(s) {
		if origin != "" {
			a.Source = origin
		}
		a.Via = via
	}
	f.asserts = append(f.asserts, a)
}

// finish resolves coarse incidents against precise ones, drops background
// and summaries, and writes the reports.
func (d *docState) finish(frames []*frame) []sitrep.Report {
	g := d.x.Gazetteer
	// Coarse frames (region, province, country) from finest to coarsest.
	coarse := make([]*frame, 0, len(frames))
	for _, f := range frames {
		if rank(f.place.Entry.Kind) >= 2 || f.summary {
			coarse = append(coarse, f)
		}
	}
	sort.SliceStable(coarse, func(i, j int) bool { return rank(coarse[i].place.Entry.Kind) < rank(coarse[j].place.Entry.Kind) })
	for _, c := range coarse {
		var inside, others []*frame
		for _, f := range frames {
			// "the northern Golan Heights" is finer than "the Golan Heights".
			part := g.Named(f.place.Entry.ID) != nil && g.Named(f.place.Entry.ID).ID == c.place.Entry.ID
			if f == c || f.dropped || rank(f.place.Entry.Kind) >= rank(c.place.Entry.Kind) && !c.summary && !part {
				continue
			}
			if f.place.Entry.ID != c.place.Entry.ID && !g.Contains(c.place.Entry, f.place.Entry) {
				continue
			}
			if f.place.Entry.ID == c.place.Entry.ID && !c.summary {
				continue
			}
			// "Iran launched drones and missiles at Israel overnight ...
			// missiles hit Nevatim": a country's attack on the day of the
			// attacks told inside it sums them up, whatever its weapon.
			countrySum := c.place.Entry.Kind == sitrep.KindCountry && c.whenSet && (!f.whenSet || f.when.Overlaps(c.when, 0))
			if !sitrep.CategoryCompatible(f.category, c.category) && !countrySum && !d.droneMissile(c, f) {
				continue
			}
			// "at two bases in Iraq and Syria late on Friday and early on
			// Saturday": a summary of two days holds the attacks of both.
			slack := 0
			if len(c.sents) > 0 && daysIn(c.sents[0]) >= 2 && coarsePlaces(c.sents[0]) >= 2 {
				slack = 1
			}
			if f.whenSet && c.whenSet && !f.when.Overlaps(c.when, slack) {
				continue
			}
			// "sirens went off in central Israel on Friday ... Earlier in
			// the week, Hezbollah fired a missile at the Tel Aviv area":
			// an attack of the week is not the one of that day.
			if f.whenSet && c.whenSet && c.when.Precision == sitrep.PrecisionDay && d.earlierPeriod(f) {
				continue
			}
			if f.another && !c.summary {
				others = append(others, f)
				continue
			}
			// Another side's attack inside the area: the answer, not a part
			// ("Hezbollah attacked positions in the Shebaa Farms ... Israeli
			// artillery shelled Kfarchouba").
			if f.perp != nil && (c.perp != nil && c.perp != f.perp || len(c.claimants) > 0 && !hasActor(c.claimants, f.perp)) {
				continue
			}
			inside = append(inside, f)
		}
		// "drones shot down near bases in western Iraq and north-eastern
		// Syria ... a second drone was shot down near the Rumalyn Landing
		// Zone": the one attack told inside the area, second of the day
		// or not.
		// Not a sea, where ships are struck again and again.
		if len(inside) == 0 && len(others) == 1 && c.place.Entry.Country != "" {
			inside = others
		}
		switch {
		case len(inside) == 1 && !c.summary:
			// The missile a drone fired: the drone's attack.
			dm := d.droneMissile(c, inside[0])
			merge(inside[0], c)
			if dm {
				inside[0].category = sitrep.CategoryDrone
			}
		case len(inside) >= 1:
			// A summary of the incidents told in detail: they take its
			// date and weapon when they lack them, not its sources.
			c.dropped = true
			for _, f := range inside {
				// A part of another day than the summary's own takes
				// nothing from it.
				if f.whenSet && c.whenSet && !f.when.Overlaps(c.when, 0) {
					continue
				}
				// Not a year's or a month's: "It was Israel's second attack on
				// Yemen this year" dates no part; the lede may.
				if !f.whenSet && c.whenSet && c.when.Precision != sitrep.PrecisionYear && c.when.Precision != sitrep.PrecisionMonth {
					f.when, f.whenSet = c.when, true
					f.asserts = append(f.asserts, dateAssertions(c)...)
				}
				if f.category == "" && c.category != "" {
					f.category = c.category
				}
				// What a source says of the outcome of the attacks as a
				// whole, it says of each ("no casualties or damage").
				for _, a := range c.asserts {
					if (a.Field == sitrep.FieldOutcome || a.Field == sitrep.FieldDamage) && !saidBy(f.asserts, a.Field, a.Source) {
						f.asserts = append(f.asserts, a)
					}
				}
				// An official's account of the whole raid confirms its parts;
				// not a part it is said did not happen ("The Pentagon called a
				// claimed drone strike on Harir \"not accurate\"").
				if c.stances[sitrep.StanceConfirms] && !f.stances[sitrep.StanceConfirms] && !f.stances[sitrep.StanceDenies] {
					f.stances[sitrep.StanceConfirms] = true
					for _, a := range c.asserts {
						if a.Stance == sitrep.StanceConfirms {
							f.asserts = append(f.asserts, a)
						}
					}
				}
			}
		case !c.whenSet && (rank(c.place.Entry.Kind) >= 2 || len(inside) > 0 || c.place.Start < d.dateline):
			// A site or town of a plural sentence that holds no other
			// incident is one of the attacks it tells ("missiles had hit
			// two air force bases, Nevatim ... and Tel Nof"): kept, dated
			// below like the others.
			c.dropped = true
		case listedOnly(c):
			// "the Islamic Resistance in Iraq attacked two bases of the
			// enemy: 1- ... al-Rukban, 2- ... al-Tanf": the list tells
			// where, not Iraq.
			c.dropped = true
		}
	}
	d.nextDayClaims(frames)
	d.sides(frames)
	pub := d.doc.Published
	ledeEnd := d.ledeEnd()
	lede, ledeAreas, ledeSent := d.ledeDay(ledeEnd)
	var kept []*frame
	for _, f := range frames {
		if f.dropped || d.reactionTo(f, frames) {
			continue
		}
		if pub.HasYear() && f.whenSet && f.when.End.HasYear() && f.when.End.Before(pub.AddDays(-d.x.HistoryDays)) {
			continue // background: an old event recalled
		}
		// "In March 2022, missiles rained down on Erbil": an incident dated
		// only by its year, or by its month past the lede, is history.
		if f.whenSet && (f.when.Precision == sitrep.PrecisionYear ||
			f.when.Precision == sitrep.PrecisionMonth && f.sents[0].Index > ledeEnd) {
			continue
		}
		// Past the lede, an incident more than a week older than the report
		// is recalled, not reported ("Earlier this month, on Nov. 12, ...").
		if pub.HasYear() && f.whenSet && f.when.End.HasYear() && f.sents[0].Index > ledeEnd &&
			f.when.End.Before(pub.AddDays(-d.x.RecallDays)) &&
			(recalled(d.toks, f.sents[0]) || f.when.End.Before(pub.AddDays(-31))) {
			continue
		}
		// "The earlier raids, on October 27 and November 8, also targeted
		// ...": attacks the sentence itself calls earlier ones, days before
		// the report, are background however recent.
		if pub.HasYear() && f.whenSet && f.when.End.HasYear() && f.sents[0].Index > ledeEnd &&
			f.when.End.Before(pub.AddDays(-2)) && earlierAttacks(d.toks, f.sents[0]) {
			continue
		}
		// "12:10 - The army spokesman says drones targeted the southern
		// port at dawn": a live blog's entry tells news of its day.
		for _, s := range f.sents {
			if f.whenSet || !pub.HasYear() {
				break
			}
			if day, ok := d.entryDay(s, pub); ok && freshTrigger(s) {
				f.when, f.whenSet = sitrep.When{Start: day, End: day, Precision: sitrep.PrecisionDay}, true
			}
		}
		// "In Syria, the strikes targeted positions ... in Al-Mayadeen":
		// the strikes the lede told, at one more of their places.
		if !f.whenSet && pub.HasYear() && f.sents[0].Index > ledeEnd && !d.placeTold(frames, f, false) && !recalled(d.toks, f.sents[0]) &&
			d.ledeStrikes(f.sents[0], f.place) {
			if day, s := d.ledeAttackDay(ledeEnd); s != nil {
				f.when, f.whenSet = day, true
				d.assertAs(f, s, sitrep.FieldDate, day.Start.String(), s.Span, d.sourceName(s), sitrep.StanceStates)
			}
		}
		if !f.whenSet && pub.HasYear() && f.sents[0].Index > ledeEnd && inAreas(g, ledeAreas, f.place) && !d.placeTold(frames, f, false) &&
			!recalled(d.toks, f.sents[0]) {
			// "Dozens of strikes across northeast Syria on Thursday ... In
			// Kobani, warplanes struck a bakery": one of the attacks the
			// lede sums up, on its day.
			f.when, f.whenSet = lede, true
			d.assertAs(f, ledeSent, sitrep.FieldDate, lede.Start.String(), ledeSent.Span, d.sourceName(ledeSent), sitrep.StanceStates)
		}
		// "At about 1:10 p.m., an Israeli drone fired a missile at a
		// motorcycle at the entrance of Kfar Kila": a time of day with no
		// day of its own tells the day the lede told.
		if !f.whenSet && pub.HasYear() && f.sents[0].Index > 0 && !d.placeTold(frames, f, true) && !recalled(d.toks, f.sents[0]) &&
			clockIn(d.toks, f.sents[0]) {
			day, s := d.ledeAttackDay(ledeEnd)
			// "DAILY DIGEST - Friday 8 November 2024 - compiled 19:30 ...
			// - HAIFA. A rocket ... struck a street at about 07:40": the
			// day the header gives.
			if s == nil {
				day, s = d.headerDay()
			}
			if s != nil {
				f.when, f.whenSet = day, true
				d.assertAs(f, s, sitrep.FieldDate, day.Start.String(), s.Span, d.sourceName(s), sitrep.StanceStates)
			}
		}
		if !f.whenSet && pub.HasYear() {
			// A dated report that gives an incident no date: news of the
			// lede is recent; anything later without a date is background.
			if f.sents[0].Index > ledeEnd {
				continue
			}
			// A statement signed with its day tells the operations of that
			// day or the night before.
			// So does a lede in the present perfect, news of the hour
			// ("UKMTO has received a report of an incident").
			back := d.x.UndatedDays
			if d.signed || presentPerfect(d.toks, f.sents[0]) {
				back = 1
			}
			f.when = sitrep.When{Start: pub.AddDays(-back), End: pub, Precision: sitrep.PrecisionWeek}
			f.whenSet = true
		}
		kept = append(kept, f)
	}
	d.looseOutcomes(kept)
	d.unacknowledged(kept)
	vessels := d.frameVessels(kept)
	kept, vessels = sameShip(kept, vessels)
	out := make([]sitrep.Report, 0, len(kept))
	for i, f := range kept {
		r := d.report(f, len(out))
		r.Vessel = vessels[i]
		out = append(out, r)
	}
	return out
}

// ledeEnd returns the index of the last sentence of the lede: the first
// sentence of prose (one that ends as a sentence does) and the one after
// it. Headings and reference lines before it do not count ("MARITIME
// SECURITY ADVISORY", "Compiled: 26 JAN 2024, 2230 UTC").
func (d *docState) ledeEnd() int {
	for _, s := range d.sents {
		t := strings.TrimRight(d.text[s.Span.Start:s.Span.End], " \t\n\"'\u201d\u2019)")
		if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
			return max(s.Index+1, 1)
		}
	}
	return 1
}

// ledeDay returns the day the lede (its sentences up to index end) gives
// the attacks it sums up, the areas it names (regions, provinces,
// countries) and its sentence: the first sentence with an attack word, a
// day and such an area ("Turkish drones carried out dozens of strikes
// across northeast Syria on Thursday"), or a zero When.
func (d *docState) ledeDay(end int) (sitrep.When, []placeRef, *sentence) {
	for _, s := range d.sents {
		if s.Index > end {
			break
		}
		// "Thread on the overnight events in Iran, Iraq and Syria": a live
		// thread's lede names its day and areas without an attack word.
		if len(s.Triggers) == 0 && !hasWord(d.toks, s.First, s.Last, "events", "developments") || s.Tally {
			continue
		}
		day := dayOf(s)
		var areas []placeRef
		for _, p := range s.Places {
			if rank(p.Entry.Kind) >= 2 {
				areas = append(areas, p)
			}
		}
		if !day.IsZero() && len(areas) > 0 {
			return day, areas, s
		}
	}
	return sitrep.When{}, nil, nil
}

// placeTold reports whether another frame than f, not dropped, is at f's
// place: a second account of its attack ("Government forces backed them
// with mortar fire"), not another attack. Exact asks for the very place,
// not a town 7 km away.
func (d *docState) placeTold(frames []*frame, f *frame, exact bool) bool {
	for _, o := range frames {
		if o == f || o.dropped {
			continue
		}
		if exact && o.place.Entry != nil && f.place.Entry != nil && o.place.Entry.ID == f.place.Entry.ID ||
			!exact && d.samePlace(o.place, f.place, false) {
			return true
		}
	}
	return false
}

// inAreas reports whether p lies in one of areas; a part of a country
// ("northeast Syria") holds all of it, as news uses such names loosely.
func inAreas(g *gazetteer.Gazetteer, areas []placeRef, p placeRef) bool {
	for _, a := range areas {
		if a.Entry.ID == p.Entry.ID || g.Contains(a.Entry, p.Entry) || a.Direction != "" && a.Entry.Country == p.Entry.Country {
			return true
		}
	}
	return false
}

// reactionTo reports whether f is told only by sentences that react to an
// attack ("The Prime Minister's office condemned the Ain al-Asad attack")
// naming the place of another frame of the document: that attack, told
// there, not one more on the day of the reaction.
func (d *docState) reactionTo(f *frame, frames []*frame) bool {
	for _, s := range f.sents {
		if !reaction(d.toks, s) {
			return false
		}
	}
	for _, g := range frames {
		if g == f || g.dropped || g.place.Entry == nil {
			continue
		}
		for _, s := range f.sents {
			for _, p := range s.Places {
				// "condemned the attack on Hodeidah" after the strikes
				// on the port of Hodeidah: the town holds the port.
				if p.Entry != nil && (p.Entry.ID == g.place.Entry.ID || samePlaceAround(p.Entry, g.place.Entry)) && !slices.Contains(g.sents, s) {
					return true
				}
			}
		}
	}
	return false
}

// samePlaceAround reports whether a town and a site of it (or two sites)
// lie within siteKm of each other: "Hodeidah" and "Hodeidah port".
func samePlaceAround(a, b *gazetteer.Entry) bool {
	return (a.Kind == sitrep.KindSite || b.Kind == sitrep.KindSite) && rank(a.Kind) <= 1 && rank(b.Kind) <= 1 &&
		sitrep.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= siteKm
}

// siteKm is how far a site may lie from the town it is named after.
const siteKm = 10

// reaction reports whether sentence s reacts to an attack: a verb of
// condemnation or mourning before its first attack word, within six words.
func reaction(toks []normalize.Token, s *sentence) bool {
	for k := s.First; k < s.Last; k++ {
		if is(&toks[k], cAttack) {
			return false
		}
		if reactionVerbs[toks[k].Norm] {
			for j := k + 1; j < s.Last && j <= k+6; j++ {
				if is(&toks[j], cAttack) {
					// Not "as Iran condemned the attack on Hodeidah,
					// Israeli jets struck Sanaa airport": another attack
					// told after the one reacted to.
					return !slices.ContainsFunc(s.Triggers, func(t trigger) bool { return t.First > j && !t.Generic })
				}
			}
			return false
		}
	}
	return false
}

// reactionVerbs condemn or mourn what happened.
var reactionVerbs = map[string]bool{"condemned": true, "condemns": true, "condemning": true, "denounced": true,
	"denounces": true, "deplored": true, "decried": true, "mourned": true, "mourns": true}

func dateAssertions(f *frame) []sitrep.Assertion {
	var out []sitrep.Assertion
	for _, a := range f.asserts {
		if a.Field == sitrep.FieldDate {
			out = append(out, a)
		}
	}
	return out
}

// droneMissile reports a drone attack told coarsely, then "the missile"
// it fired told at its place: "An Israeli drone hit a car in southern
// Lebanon ... The missile struck the vehicle on the road to Ainata".
// Not when another missile is told in between ("Later the Houthis fired a
// ballistic missile at Israel. The missile fell near Beersheba").
func (d *docState) droneMissile(c, f *frame) bool {
	if c.category != sitrep.CategoryDrone || f.category != sitrep.CategoryMissile || len(f.sents) == 0 || len(c.sents) == 0 ||
		c.sents[0].Index >= f.sents[0].Index {
		return false
	}
	for _, s := range d.sents[c.sents[0].Index+1 : f.sents[0].Index] {
		for _, t := range s.Triggers {
			if t.Category == sitrep.CategoryMissile {
				return false
			}
		}
	}
	for _, t := range f.sents[0].Triggers {
		if t.Category == sitrep.CategoryMissile && !t.Generic && (t.Anaphoric || t.First > 0 && d.toks[t.First-1].Norm == "the") {
			return true
		}
	}
	return false
}

// merge moves coarse frame c into the precise frame f.
func merge(f, c *frame) {
	c.dropped = true
	if !f.whenSet && c.whenSet {
		f.when, f.whenSet = c.when, true
	}
	if f.category == "" {
		f.category = c.category
	}
	for k, v := range c.weapons {
		if f.weapons[k] == 0 {
			f.weapons[k] = v
		}
	}
	for k, v := range c.systems {
		if f.systems[k] == "" {
			if f.systems == nil {
				f.systems = map[string]string{}
			}
			f.systems[k] = v
		}
	}
	for _, a := range c.claimants {
		if !hasActor(f.claimants, a) {
			f.claimants = append(f.claimants, a)
		}
	}
	if f.perp == nil {
		f.perp = c.perp
	}
	if f.target == nil {
		f.target = c.target
	}
	if f.killed == nil {
		f.killed = c.killed
	}
	if f.injured == nil {
		f.injured = c.injured
	}
	for k := range c.stances {
		f.stances[k] = true
	}
	f.sents = append(f.sents, c.sents...)
	f.asserts = append(f.asserts, c.asserts...)
}

// nextDayClaims folds into an attack the claim of it a document tells on
// the next day: "A drone was shot down late on Tuesday before it could
// reach the Harir air base ... Early on Wednesday the Islamic Resistance
// said on Telegram that it had struck the base". The claim's day is the
// day it was made, not another attack's.
func (d *docState) nextDayClaims(frames []*frame) {
	for _, c := range frames {
		if c.dropped || !c.whenSet || c.when.Precision != sitrep.PrecisionDay || !c.stances[sitrep.StanceClaims] ||
			c.stances[sitrep.StanceStates] || c.stances[sitrep.StanceConfirms] {
			continue
		}
		for _, f := range frames {
			if f == c || f.dropped || !f.whenSet || f.when.Precision != sitrep.PrecisionDay || f.stances[sitrep.StanceClaims] ||
				f.when.End.AddDays(1) != c.when.Start || !d.samePlace(f.place, c.place, false) ||
				!sitrep.CategoryCompatible(f.category, c.category) {
				continue
			}
			c.asserts = slices.DeleteFunc(c.asserts, func(a sitrep.Assertion) bool { return a.Field == sitrep.FieldDate })
			merge(f, c)
			break
		}
	}
}

// sideOfPlace reports whether the side a demonym names ("israeli") is the
// country of place p; true when the word names no country.
func (d *docState) sideOfPlace(side string, p placeRef) bool {
	for _, e := range d.x.Gazetteer.Lookup(side) {
		if e.Kind == sitrep.KindCountry {
			return p.Entry != nil && e.Country == p.Entry.Country
		}
	}
	return true
}

// ledeStrikes reports "the strikes", "the raids" (plural, definite, no
// weapon) as the attack word nearest p in s: the attacks the lede told.
func (d *docState) ledeStrikes(s *sentence, p placeRef) bool {
	if len(s.Dates) > 0 {
		return false
	}
	for _, t := range s.Triggers {
		// "In Washington, lawmakers said the strikes should have ...": a
		// place before them is none of theirs.
		if t.Anaphoric && !t.Generic && t.Category == "" && plural(d.toks[t.Last-1].Norm) && t.Last <= p.First {
			return true
		}
	}
	return false
}

// ledeAttackDay returns the day of the first sentence of the lede (up to
// sentence end) that tells an attack on a day, and that sentence.
func (d *docState) ledeAttackDay(end int) (sitrep.When, *sentence) {
	for _, s := range d.sents {
		if s.Index > end {
			break
		}
		if len(s.nonGeneric()) == 0 || s.Tally {
			continue
		}
		if day := dayOf(s); !day.IsZero() {
			return day, s
		}
	}
	return sitrep.When{}, nil
}

// headerDay returns the day of the text's first line when it is a header
// that tells no attack, on a paragraph of its own or short: "LEVANT LEDGER
// - DAILY DIGEST - Friday 8 November 2024 - compiled 19:30", "Live
// coverage, Saturday 15 March."
func (d *docState) headerDay() (sitrep.When, *sentence) {
	if len(d.sents) < 2 {
		return sitrep.When{}, nil
	}
	s := d.sents[0]
	if len(s.Triggers) > 0 || d.sents[1].Paragraph == s.Paragraph && s.Last-s.First > 10 {
		return sitrep.When{}, nil
	}
	if day := dayOf(s); !day.IsZero() {
		return day, s
	}
	return sitrep.When{}, nil
}

// dayOf returns the first day with a year that s dates something to
// itself (not "since", a calendar period or a day counted from another),
// or the zero When.
func dayOf(s *sentence) sitrep.When {
	for _, e := range s.Dates {
		if !e.Since && !e.Calendar && !e.Relative && e.When.Precision == sitrep.PrecisionDay && e.When.Start.HasYear() {
			return e.When
		}
	}
	return sitrep.When{}
}

// sideKm is how far from a place an attack told as on one side of it
// ("south of Baghdad") may lie.
const sideKm = 120

// sides merges a frame placed on one side of a town without a distance
// ("struck two facilities south of Baghdad early on Wednesday") into the
// one other frame of the document placed precisely on that side, within
// sideKm, on the same day and of a compatible kind ("The strikes hit
// sites in Jurf al-Sakhar"): the same attack, told more closely.
func (d *docState) sides(frames []*frame) {
	for _, c := range frames {
		if c.dropped || !c.place.Side || c.place.Offset.Km > 0 || rank(c.place.Entry.Kind) > 1 {
			continue
		}
		var inside []*frame
		for _, f := range frames {
			if f == c || f.dropped || f.place.Side || f.place.Offset.Km > 0 || f.place.Near || rank(f.place.Entry.Kind) > 1 ||
				f.place.Entry.ID == c.place.Entry.ID {
				continue
			}
			if !sitrep.CategoryCompatible(f.category, c.category) || !f.whenSet || !c.whenSet || !f.when.Overlaps(c.when, 0) || f.another {
				continue
			}
			if f.perp != nil && c.perp != nil && c.perp != f.perp {
				continue
			}
			// Not across a border: "east of Deir al-Balah" is not Jerusalem;
			// "south of Jerusalem" may be Beit Sahour.
			a, b := c.place.Entry, f.place.Entry
			if acrossBorder(a, b) || !within(a.Lat, a.Lon, b.Lat, b.Lon, sideKm) || angleApart(bearing(a.Lat, a.Lon, b.Lat, b.Lon), c.place.Offset.Bearing) > 67.5 {
				continue
			}
			inside = append(inside, f)
		}
		if len(inside) == 1 {
			merge(inside[0], c)
		}
	}
}

// bearing is the initial bearing from one point to another, in degrees
// clockwise from north.
func bearing(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	y := math.Sin((lon2-lon1)*rad) * math.Cos(lat2*rad)
	x := math.Cos(lat1*rad)*math.Sin(lat2*rad) - math.Sin(lat1*rad)*math.Cos(lat2*rad)*math.Cos((lon2-lon1)*rad)
	return math.Mod(math.Atan2(y, x)/rad+360, 360)
}

// angleApart is the angle between two bearings, 0 to 180 degrees.
func angleApart(a, b float64) float64 {
	d := math.Abs(math.Mod(a-b+360, 360))
	return math.Min(d, 360-d)
}

// clockIn reports a time of day in s: "1:10 p.m.", "21:10", "9 pm".
func clockIn(toks []normalize.Token, s *sentence) bool {
	for k := s.First; k+1 < s.Last; k++ {
		if toks[k].Kind != normalize.Number || len(toks[k].Norm) > 2 {
			continue
		}
		next := toks[k+1].Norm
		if next == ":" && k+2 < s.Last && toks[k+2].Kind == normalize.Number && len(toks[k+2].Norm) == 2 && toks[k+1].Start == toks[k].End {
			return true
		}
		if next == "am" || next == "pm" || (next == "a" || next == "p") && k+3 < s.Last && toks[k+2].Norm == "." && toks[k+3].Norm == "m" {
			return true
		}
	}
	return false
}

// coarsePlaces counts the regions, provinces and countries a sentence names.
func coarsePlaces(s *sentence) int {
	n := 0
	for _, p := range s.Places {
		if rank(p.Entry.Kind) >= 2 {
			n++
		}
	}
	return n
}

// daysIn counts the days of their own a sentence gives.
func daysIn(s *sentence) int {
	n := 0
	for _, e := range s.Dates {
		if ownDay(e) {
			n++
		}
	}
	return n
}

// campaignToll reports a toll of a campaign, not of the attack told last:
// "No U.S. service member has been killed in the attacks, the official
// said" (the attacks of the week), a sentence with no place whose only
// attack word is "the attacks".
func (d *docState) campaignToll(s *sentence) bool {
	if len(s.Casualties) == 0 || len(s.Places) > 0 {
		return false
	}
	ng := s.nonGeneric()
	if len(ng) != 1 || !ng[0].Anaphoric {
		return false
	}
	t := ng[0]
	return t.Last-t.First == 1 && d.toks[t.First].Norm == "attacks" && t.First > s.First && d.toks[t.First-1].Norm == "the"
}

// tollRisen reports a count told as a toll that rose: "toll has risen to
// nine", "toll now stands at nine", "the toll climbed to 12", "raising the
// number of people killed ... to eight".
func tollRisen(span string) bool {
	if !strings.Contains(span, "toll") && !strings.Contains(span, "number of") {
		return false
	}
	for _, w := range []string{"risen", "rose", "rises", "climbed", "stands", "stood", "reached", "increased", "jumped", "raising"} {
		if strings.Contains(span, w) {
			return true
		}
	}
	return false
}

// earlierPeriod reports f dated by "earlier this week", "earlier in the
// month": a period before the day the document tells.
func (d *docState) earlierPeriod(f *frame) bool {
	if f.when.Precision != sitrep.PrecisionWeek && f.when.Precision != sitrep.PrecisionMonth {
		return false
	}
	for _, s := range f.sents {
		for _, e := range s.Dates {
			if e.When == f.when && d.toks[e.First].Norm == "earlier" {
				return true
			}
		}
	}
	return false
}

// acrossBorder reports two places in two countries, Jerusalem and the
// West Bank aside.
func acrossBorder(a, b *gazetteer.Entry) bool {
	if a.Country == b.Country {
		return false
	}
	westBank := func(x, y *gazetteer.Entry) bool {
		return x.Country == "IL" && y.Country == "PS" && !strings.HasPrefix(y.Admin1, "Gaza")
	}
	return !westBank(a, b) && !westBank(b, a)
}
