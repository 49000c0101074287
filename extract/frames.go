package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
	"slices"
	"sort"
)

// frame is one incident being assembled from the sentences of a document.
type frame struct {
	place     placeRef
	when      sitrep.When
	whenSet   bool
	whenWeak  bool // the date came from "the same day", "hours later"
	category  string
	weapons   map[string]int
	systems   map[string]string // by kind, the system named
	claimants []*Actor
	perp      *Actor
	target    *Actor
	killed    *int
	injured   *int
	stances   map[string]bool
	sents     []*sentence
	asserts   []sitrep.Assertion
	summary   bool // country-level or "three locations": may sum up other frames
	another   bool // told as another attack than one before ("a second missile")
	dropped   bool
	mergedTo  *frame
	touchedBy []int // sentences that touched it
}

func (f *frame) has(s *sentence) bool {
	for _, t := range f.sents {
		if t == s {
			return true
		}
	}
	return false
}

// assemble turns the document's sentences into reports.
func (d *docState) assemble() []sitrep.Report {
	var frames, current []*frame
	var pending *frame // an attack told without a place yet: "aircraft struck three facilities"
	pendingPara := -1
	var pendingSent *sentence // the sentence that told it
	// section is the date a heading gives the paragraph it opens
	// ("January 29 (Monday). Al-Hasakah province, Syria. The group claimed..."),
	// or the paragraphs under it when it stands alone.
	var section sitrep.When
	sectionPara := -1
	// paraDate is the day a sentence without an attack word gave its
	// paragraph, for the attacks after it there.
	var paraDate sitrep.When
	paraDatePara := -1
	lastPara := -10
	// A heading alone on its line ("MONDAY", "WEDNESDAY" in a week's log)
	// dates the paragraphs under it, up to the next heading.
	perPara := map[int]int{}
	for _, s := range d.sents {
		perPara[s.Paragraph]++
	}
	standalone := false
	// scene is a sentence without an attack word that gives a town or site
	// and a day, for the attack the next sentence tells without either.
	var scene *sentence
	var item *sentence // the heading of the item the sentence is in
	for _, s := range d.sents {
		if e, ok := d.heading(s); ok {
			section, sectionPara = e, s.Paragraph
			standalone = perPara[s.Paragraph] == 1
		} else if e, ok := d.itemHeading(s); ok {
			// "Fri 14 March, Wana, South Waziristan. A bomb planted inside
			// a mosque went off ...": a round-up's item, its day and place
			// first.
			// "SUN 17 DEC - DEIR EZ-ZOR (SYRIA)" alone on its line: the
			// item's day and place for the paragraphs under it.
			section, sectionPara, standalone = e, s.Paragraph, perPara[s.Paragraph] == 1
			item = s
		} else if s.Paragraph != sectionPara && !standalone {
			section = sitrep.When{}
		}
		if item != nil && s.Paragraph != item.Paragraph && !(perPara[item.Paragraph] == 1 && s.Paragraph == item.Paragraph+1) {
			item = nil
		}
		// "On Friday, Nov. 17, we had three attacks.": a day for the
		// attacks the paragraph then tells one by one.
		if len(s.Places) == 0 && (len(s.Triggers) == 0 || s.Plural || len(s.nonGeneric()) == 0) {
			// Not the day a statement was made: "State media said on Sunday".
			if e, ok := d.dateFor(s, placeRef{}); ok && !e.Relative && !e.When.IsZero() &&
				!(s.Speaker.Verb >= 0 && e.First > s.Speaker.Verb && e.First-s.Speaker.Verb <= 3) {
				paraDate, paraDatePara = e.When, s.Paragraph
			}
		}
		if s.Tally {
			continue
		}
		if len(s.Outcomes) > 0 {
			d.loose = append(d.loose, s)
		}
		var touched []*frame
		if !s.Generic {
			ng := s.nonGeneric()
			allAnaphoric := len(ng) > 0
			for _, t := range ng {
				// "Sunday's attack came as ...", once an attack is told.
				if !t.Anaphoric && !(len(frames) > 0 && !t.Verb && dayPossessive(d.toks, s.First, t.First)) {
					allAnaphoric = false
				}
			}
			leaves := d.leaves(s)
			// "a strong explosion was heard in the towns of Dhiban and
			// al-Tayyana": where the attack just told was heard.
			if len(current) > 0 {
				leaves = slices.DeleteFunc(leaves, func(p placeRef) bool {
					return p.Entry.Kind == sitrep.KindTown && heardAt(d.toks, s.First, p.First)
				})
			}
			// "Residents of the village of al-Jawadiyah, about ten kilometres
			// to the west, said they heard a loud explosion": where the
			// witnesses of an attack told before were.
			if len(frames) > 0 {
				leaves = slices.DeleteFunc(leaves, func(p placeRef) bool {
					return p.Entry.Kind == sitrep.KindTown && witnessesIn(d.toks, s, p.First)
				})
			}
			// "this Friday ... terrorists encircled the mosque of the
			// village of Fambita ... The terrorists opened the fire on the
			// faithful, killing 44": the first attack, where and when the
			// sentence before set the scene.
			// With no attack told before, nothing is referred back to.
			fromScene := len(leaves) == 0 && len(ng) > 0 && scene != nil && scene.Index == s.Index-1 &&
				len(frames) == 0 && pending == nil && !d.hasDate(s)
			if fromScene {
				leaves, allAnaphoric = d.leaves(scene), false
			}
			// The first attack of a round-up's item is at the item's place.
			if len(leaves) == 0 && len(ng) > 0 && !allAnaphoric && item != nil && item != s && !d.toldIn(frames, item.Paragraph) {
				scene, fromScene = item, true
				leaves = d.leaves(item)
			}
			// "A day before the al-Omar attack, a Turkish drone targeted a car
			// near Qamishli": the incident told is Qamishli's; al-Omar is only
			// named to date it.
			fresh := false
			for _, p := range leaves {
				if t := nearestTrigger(s, p.First, p.Last); t.Last > 0 && !t.Anaphoric && !t.Generic && !d.namesTold(s, p) {
					fresh = true
				}
			}
			for _, p := range leaves {
				if len(ng) == 0 {
					continue
				}
				if fresh && (nearestTrigger(s, p.First, p.Last).Anaphoric || d.namesTold(s, p)) {
					continue
				}
				date, hasDate := d.dateFor(s, p)
				if fromScene && !hasDate {
					date, hasDate = d.dateFor(scene, p)
				}
				if hasDate {
					date = d.claimDay(s, p, date, frames)
				}
				// "the reported attacks in Syria": a coarse place next to a
				// definite reference speaks of incidents already told.
				if !s.Part && (allAnaphoric || nearestTrigger(s, p.First, p.Last).Anaphoric && rank(p.Entry.Kind) >= 2) {
					if f := d.findFrame(frames, p, date, hasDate, ""); f != nil {
						touched = appendFrame(touched, f)
						continue
					}
					if rank(p.Entry.Kind) >= 2 {
						for _, f := range current {
							if d.samePlace(f.place, p, true) {
								touched = appendFrame(touched, f)
							}
						}
						continue
					}
					// "Insurgents stormed the barracks in northern Borno State
					// ... The attack on Dikwa killed five soldiers": the town
					// inside the area just told, where it was.
					if f := d.insideCurrent(current, p); f != nil && !hasDate {
						f.place = p
						touched = appendFrame(touched, f)
						continue
					}
					// "The attack comes at a sensitive time for the SDF in Deir
					// ez-Zor": the attack just told at a site of that province.
					if f := sameProvince(current, p); allAnaphoric && f != nil && !hasDate && singleAnaphor(d.toks, s, ng) {
						touched = appendFrame(touched, f)
						continue
					}
				}
				cat := d.categoryFor(s, ng, p)
				var f *frame
				// "the Houthis fired a second missile, which struck a tanker":
				// another attack than the one told at that place.
				// "The earlier raids, on October 27 and November 8, also
				// targeted the al-Bukamal area": other attacks than those told
				// at that place.
				another := earlierAttacks(d.toks, s)
				for _, t := range ng {
					another = another || newOrdinal(d.toks, s.First, t.First)
				}
				if !another && !s.Part {
					// "A drone strike on a car ... The missile hit the
					// vehicle": the drone's missile, the attack told.
					fcat := cat
					if theWeaponActs(d.toks, s.First, nearestTrigger(s, p.First, p.Last)) {
						fcat = ""
					}
					f = d.findFrame(frames, p, date, hasDate, fcat)
					if f == nil && !hasDate {
						f = d.onlyInside(frames, p, s, cat)
					}
					// "... in north-western Pakistan. The attack struck the
					// Darul Uloom Haqqania in Akora Khattak": where it was.
					if t := nearestTrigger(s, p.First, p.Last); f == nil && !hasDate && theAttackActs(d.toks, s.First, t) {
						if f = d.insideCurrent(current, p); f != nil {
							f.place = p
						}
					}
				}
				if f == nil && allSites(ng) && pending == nil && len(current) == 0 {
					continue // "the sites" with no attack just told
				}
				if f == nil && allAnaphoric && !s.Part && (triggerDistance(s, p) > 20 || !locativeBefore(d.toks, p.First) && !p.Near && !coordinated(d.toks, s, p)) {
					// "the strike came after the killing ... near Baghdad airport",
					// "the strikes undermined what Baghdad and Washington agreed"
					continue
				}
				if f == nil {
					f = &frame{place: p, weapons: map[string]int{}, stances: map[string]bool{}, another: another}
					f.summary = s.Plural || p.Entry.Kind == sitrep.KindCountry
					frames = append(frames, f)
					// "The second strike followed on Wednesday in the desert. Two
					// drones were sent toward At-Tanf": the unlocated attack's day.
					// Also in the next paragraph: "The IRGC announced that
					// tonight, Tuesday, it targeted centres in the occupied
					// territories. ... 'targeted the air bases of Nevatim,
					// Hatzerim and Tel Nof'".
					if pending != nil && !hasDate && pending.whenSet && !pending.whenWeak && s.Paragraph <= pendingPara+1 && rank(p.Entry.Kind) <= 1 {
						f.when, f.whenSet = pending.when, true
					}
					// "the targets included sites near Mayadin": a part of the
					// strikes just told, on their day, with their weapon.
					if t := subjectOf(s, nearestTrigger(s, p.First, p.Last)); (t.Anaphoric || t.More) && (pending != nil || len(current) > 0) &&
						d.partOf(p, pending, current, t) {
						src := pending
						if src == nil {
							src = current[0]
						}
						if !hasDate && src.whenSet {
							f.when, f.whenSet = src.when, true
						}
						if cat == "" {
							f.category = src.category
						}
						f.perp = src.perp
						// Who told the attack tells its parts: "U.S. aircraft
						// struck three facilities, the Pentagon said". Its toll,
						// if any, is the whole attack's, not each part's.
						if src == pending && pendingSent != nil {
							told := *pendingSent
							told.Casualties = nil
							d.attach(f, &told)
						}
					}
				} else if moreSpecific(p.Entry, f.place.Entry) {
					f.place = p
				}
				// "There was one other attempt over the weekend. A drone was
				// launched at Al-Asad": the day the paragraph just gave, before
				// the day of the heading above it ("Monday, Nov. 20" over "On
				// Friday, Nov. 17, we had three attacks. ... a drone targeted").
				if !hasDate && !paraDate.IsZero() && s.Paragraph == paraDatePara {
					date, hasDate = dateExpr{When: paraDate}, true
				}
				if !hasDate && !section.IsZero() && rank(p.Entry.Kind) <= 1 {
					date, hasDate = dateExpr{When: section, First: -1}, true
				}
				if hasDate {
					date = d.claimDay(s, p, date, frames)
				}
				// "... targeted by several rockets this evening. The coalition
				// responded by shelling the sources of fire": the answer, on
				// the day of the attack it answers.
				if !hasDate && !f.whenSet && len(current) > 0 && current[0] != f && current[0].whenSet && !current[0].whenWeak &&
					s.Paragraph == lastPara && hasWord(d.toks, s.First, s.Last, "responded", "retaliated", "response", "retaliation") {
					date, hasDate = dateExpr{When: current[0].when}, true
				}
				// "The fighters also targeted the Meron base with a salvo of
				// missiles at 17:30": on the day of the attack just told.
				if !hasDate && !f.whenSet && len(current) > 0 && current[0] != f && current[0].whenSet && !current[0].whenWeak &&
					s.Paragraph <= lastPara+1 && alsoBefore(d.toks, s.First, nearestTrigger(s, p.First, p.Last)) {
					date, hasDate = dateExpr{When: current[0].when}, true
				}
				if hasDate && (!f.whenSet || f.whenWeak && !date.Relative) {
					f.when, f.whenSet, f.whenWeak = date.When, true, date.Relative
					told := s
					if fromScene {
						told = scene
					}
					d.assert(f, told, sitrep.FieldDate, date.When.Start.String(), date.Span)
				}
				if f.whenSet {
					d.lastDate = f.when
				}
				d.setCategory(f, s, cat, ng, p)
				if fromScene && !f.has(scene) {
					d.attach(f, scene)
					// Who set the scene tells the attack: "The Government
					// informed ... that terrorists encircled the mosque".
					stance := d.stance(f, scene)
					f.stances[stance] = true
					d.assertAs(f, scene, sitrep.FieldPlace, p.Entry.Name, sitrep.Span{Start: p.Start, End: p.End},
						d.sourceName(scene), stance)
				}
				touched = appendFrame(touched, f)
			}
		}
		// "Seven of the dead were workers at the port of Salif, and two were
		// killed at the Ras Isa oil terminal": a toll shared out over the
		// places of the raid just told in the area.
		if len(touched) == 0 && len(s.Triggers) == 0 && len(s.Casualties) > 0 && len(current) == 1 {
			if parts := d.tollParts(s, current[0]); len(parts) > 0 {
				frames = append(frames, parts...)
				touched = parts
			}
		}
		if len(touched) == 0 && pending != nil && d.refersBack(s, nil) && !d.otherDay(s, pending) {
			// More about the unlocated attack: its date, its weapon.
			if date, ok := d.dateFor(s, placeRef{}); ok && (!pending.whenSet || pending.whenWeak) && !date.Relative {
				pending.when, pending.whenSet, pending.whenWeak = date.When, true, false
			}
			continue
		}
		if len(touched) == 0 && !s.Generic && newUnlocated(s, d) && !d.retold(s, current) {
			// A new attack with no place of its own ends the story of the
			// last one: what follows is about this one.
			pending = &frame{weapons: map[string]int{}, stances: map[string]bool{}, perp: actorOf(s.Perpetrator)}
			pendingPara, pendingSent = s.Paragraph, s
			pending.category = d.categoryFor(s, s.nonGeneric(), placeRef{})
			if date, ok := d.dateFor(s, placeRef{}); ok {
				pending.when, pending.whenSet, pending.whenWeak = date.When, true, date.Relative
			}
			current = nil
			continue
		}
		if len(touched) == 0 && len(current) > 0 && !s.Generic && s.Paragraph <= lastPara+1 && d.refersBack(s, current) {
			touched = d.named(s, current)
			// "Both operations were claimed...": the last two told.
			if n := bothCount(d.toks, s); n > len(touched) && len(frames) >= n {
				touched = frames[len(frames)-n:]
			}
			for _, f := range touched {
				d.setCategory(f, s, d.categoryFor(s, s.nonGeneric(), placeRef{}), s.nonGeneric(), placeRef{})
				// "Hours later, aircraft struck ... The strikes, carried out on
				// Tuesday, ...": an explicit date beats a relative one.
				if f.whenWeak && len(s.nonGeneric()) > 0 {
					if date, ok := d.dateFor(s, f.place); ok && !date.Relative {
						f.when, f.whenWeak = date.When, false
						d.assert(f, s, sitrep.FieldDate, date.When.Start.String(), date.Span)
					}
				}
			}
		}
		for _, f := range touched {
			d.attach(f, d.shareClaim(d.shareCasualties(s, f, touched), f, touched))
		}
		if len(touched) > 0 {
			current = touched
			lastPara = s.Paragraph
			pending = nil
		}
		scene = nil
		if len(s.Triggers) == 0 && !s.Generic && d.hasDate(s) {
			for _, p := range d.leaves(s) {
				if rank(p.Entry.Kind) <= 1 {
					scene = s
				}
			}
		}
	}
	return d.finish(frames)
}

// shareCasualties returns s with the casualty counts that are f's when s
// tells several attacks at places of its own: each count goes to the attack
// whose place it is nearest to ("an Israeli strike in Beirut ... the rocket
// that killed 12 children in Majdal Shams"). Otherwise it returns s.
func (d *docState) shareCasualties(s *sentence, f *frame, touched []*frame) *sentence {
	if len(s.Casualties) == 0 {
		return s
	}
	if len(touched) < 2 {
		return d.withoutJointTolls(s)
	}
	at := func(g *frame) int {
		for _, p := range s.Places {
			if !inAside(s.Aside, p.First, p.Last) && d.samePlace(g.place, p, false) {
				return p.First
			}
		}
		return -1
	}
	own := at(f)
	if own < 0 {
		return s
	}
	// How far a count is from a place: the clause breaks between them
	// first, then the words ("at Ramot Naftali, after four fighters were
	// killed in a strike on Kfar Kila": Kfar Kila's).
	dist := func(ci, k int) int {
		lo, hi := min(ci, k), max(ci, k)
		breaks := 0
		for j := lo; j < hi; j++ {
			switch d.toks[j].Norm {
			case ",", ";", "after", "following", "when", "while":
				breaks++
			}
		}
		return breaks*1000 + hi - lo
	}
	var keep []casualty
	for _, c := range s.Casualties {
		ci := d.tokenAt(s, c.Span.Start)
		// "hit a headquarters in Hilla, about 100 km south of Baghdad,
		// killing one member ..., and that another hit a warehouse near
		// al-Iskandariya": a participle's count is of the clause before it.
		participle := false
		switch d.toks[ci].Norm {
		case "killing", "wounding", "injuring", "leaving":
			participle = true
		}
		far := func(k int) int {
			// Not "killing a man in Tel Aviv": the place of the participle's own phrase.
			if participle && k > ci && dist(ci, k) >= 1000 {
				return dist(ci, k) + 5000
			}
			return dist(ci, k)
		}
		if d.jointToll(s, ci) {
			continue
		}
		nearest, best := f, far(own)
		for _, g := range touched {
			if k := at(g); k >= 0 && far(k) < best {
				nearest, best = g, far(k)
			}
		}
		if nearest == f {
			keep = append(keep, c)
		}
	}
	return withCasualties(s, keep)
}

// joinedByAnd reports tokens [i, j) holding "and" (or "or") and no comma,
// other stop or word opening a clause: two places of one list.
func (d *docState) joinedByAnd(i, j int) bool {
	and := false
	for k := i; k < j; k++ {
		switch d.toks[k].Norm {
		case ",", ";", ".", ":", "(", ")", "while", "after", "when", "then", "before", "as":
			return false
		case "and", "or":
			and = true
		}
	}
	return and
}

// claimDay returns the date of an attack a claim tells, from the date
// its sentence gives: a week up to it for "the TUSAS attack" a claim names
// (claimWeek); the day of the attack told at that place the day before for
// "In the early hours of Tuesday, channels published a statement claiming
// an attack on al-Shaddadi" (postedClaim).
func (d *docState) claimDay(s *sentence, p placeRef, date dateExpr, frames []*frame) dateExpr {
	date = d.claimWeek(s, p, date)
	if d.postedClaim(s, p, date) {
		wide := date
		wide.When.Start = date.When.Start.AddDays(-1)
		if f := d.findFrame(frames, p, wide, true, ""); f != nil && f.whenSet && f.when.Start.Before(date.When.Start) {
			date.When, date.Value = f.when, f.when.Start.String()
		}
	}
	return date
}

// newClause reports ", and after", ", and when", ", while" in tokens
// [i, j): an adverbial clause of another event; with and, only after
// ", and" (", after a group said it had struck the base" may tell the
// same attack).
func (d *docState) newClause(i, j int, and bool) bool {
	for k := i; k+2 < j; k++ {
		if d.toks[k].Norm != "," {
			continue
		}
		n := k + 1
		if d.toks[n].Norm == "and" {
			n++
		} else if and {
			continue
		}
		switch d.toks[n].Norm {
		case "after", "when", "while", "before":
			return true
		}
	}
	return false
}

// alsoBefore reports "also" just before attack verb t: "also targeted",
// "also struck".
func alsoBefore(toks []normalize.Token, lo int, t trigger) bool {
	return t.Verb && t.First-1 >= lo && toks[t.First-1].Norm == "also"
}

// jointToll reports a count at token ci told after two or more towns or
// sites joined by "and" with no clause between them: "a bombardment that
// targeted a position in Hilla and a site near al-Iskandariya, which led
// to the martyrdom of one member": one toll of them all, no one place's.
func (d *docState) jointToll(s *sentence, ci int) bool {
	lo, hi := -1, -1
	var first *gazetteer.Entry
	distinct := false
	for _, p := range s.Places {
		if p.Last > ci || rank(p.Entry.Kind) > 1 || inAside(s.Aside, p.First, p.Last) {
			continue
		}
		if first == nil {
			first, lo = p.Entry, p.First
		} else if p.Entry != first && !d.x.Gazetteer.Contains(first, p.Entry) && !d.x.Gazetteer.Contains(p.Entry, first) {
			distinct = true
		}
		hi = p.First
	}
	return distinct && d.joinedByAnd(lo, hi)
}

// tokenAt returns the index of the first token of s starting at or after
// byte offset at.
func (d *docState) tokenAt(s *sentence, at int) int {
	return sort.Search(s.Last-s.First, func(k int) bool { return d.toks[s.First+k].Start >= at }) + s.First
}

// withCasualties returns s with only the counts keep (a subset of its
// own), or s itself when keep holds them all.
func withCasualties(s *sentence, keep []casualty) *sentence {
	if len(keep) == len(s.Casualties) {
		return s
	}
	cp := *s
	cp.Casualties = keep
	return &cp
}

// withoutJointTolls returns s without the counts that are the joint toll
// of several places (jointToll), or s itself when it has none.
func (d *docState) withoutJointTolls(s *sentence) *sentence {
	var keep []casualty
	for _, c := range s.Casualties {
		ci := d.tokenAt(s, c.Span.Start)
		if !d.jointToll(s, ci) {
			keep = append(keep, c)
		}
	}
	return withCasualties(s, keep)
}

// shareClaim returns s without its claimant for f when s tells several
// attacks and the claim sits in a relative clause after another's place:
// "a drone attack on Erbil airport, which the Islamic Resistance in Iraq
// claimed; a rocket attack on Ain al-Asad". Otherwise it returns s.
func (d *docState) shareClaim(s *sentence, f *frame, touched []*frame) *sentence {
	if len(touched) < 2 || s.Claimant == nil {
		return s
	}
	k := d.tokenAt(s, s.ClaimSpan.Start)
	// "after the Islamic Resistance announced its targeting of the base in
	// Al-Tanf, and after the American aggression targeted positions in
	// Albukamal": a clause of its own after the claim's.
	for _, p := range s.Places {
		if p.First > k && d.samePlace(f.place, p, false) && d.newClause(k, p.First, false) {
			cp := *s
			cp.Claimant = nil
			return &cp
		}
	}
	// The relative pronoun opening the clause of the claim.
	rel := -1
	for j := k - 1; j >= s.First && j >= k-8; j-- {
		if w := d.toks[j].Norm; w == "which" || w == "that" {
			rel = j
			break
		}
		if d.toks[j].Norm == ";" || d.toks[j].Norm == "." {
			break
		}
	}
	if rel < 0 {
		return s
	}
	// The place just before it owns the claim.
	owner := -1
	for _, p := range s.Places {
		if p.Last <= rel && rel-p.Last <= 3 {
			owner = p.First
		}
	}
	if owner < 0 {
		return s
	}
	for _, p := range s.Places {
		if p.First == owner && d.samePlace(f.place, p, false) {
			return s
		}
	}
	cp := *s
	cp.Claimant = nil
	return &cp
}

// named returns the frames of current whose place the sentence names
// outside its asides ("killed at Jurf al-Sakhar" after strikes there and
// near al-Qaim), or all of current when it names none of them.
func (d *docState) named(s *sentence, current []*frame) []*frame {
	var out []*frame
	for _, f := range current {
		for _, p := range s.Places {
			if !inAside(s.Aside, p.First, p.Last) && d.samePlace(f.place, p, true) {
				out = append(out, f)
				break
			}
		}
	}
	if len(out) == 0 {
		return current
	}
	return out
}

// tollParts returns new frames for the places of s, a toll without an
// attack word, when every one is a town or site inside the area of c, the
// raid just told: its parts, on its day, with its weapon and doer.
func (d *docState) tollParts(s *sentence, c *frame) []*frame {
	g := d.x.Gazetteer
	if rank(c.place.Entry.Kind) < 2 {
		return nil
	}
	var out []*frame
	for _, p := range d.leaves(s) {
		if rank(p.Entry.Kind) > 1 || !g.Contains(c.place.Entry, p.Entry) {
			return nil
		}
		f := &frame{place: p, weapons: map[string]int{}, stances: map[string]bool{}, category: c.category, perp: c.perp,
			when: c.when, whenSet: c.whenSet, whenWeak: c.whenWeak}
		out = append(out, f)
	}
	return out
}

// subjectOf returns the attack word that is the subject of verb t when
// it stands just before it ("the strikes, which hit military sites in
// Tehran"), else t.
func subjectOf(s *sentence, t trigger) trigger {
	if !t.Verb || t.Anaphoric {
		return t
	}
	for _, u := range s.Triggers {
		if u.Last <= t.First && t.First-u.Last <= 3 && u.Anaphoric && !u.Generic {
			return u
		}
	}
	return t
}

// partOf reports whether place p, named with attack word t, may be a part
// of the attack just told: one told without a place, "other strikes", "the
// sites", or a place in the last one's country. "The SDF said it had no
// connection to the attack in Ankara", after Turkish drone strikes in
// Syria, names another attack.
func (d *docState) partOf(p placeRef, pending *frame, current []*frame, t trigger) bool {
	if pending != nil || t.More || t.Site {
		return true
	}
	c := current[0].place.Entry
	if c == nil || p.Entry.Country == "" || c.Country == "" {
		return true
	}
	return p.Entry.Country == c.Country
}

// otherDay reports whether s dates what it tells to another day than f's:
// "In the early hours of Wednesday, U.S. aircraft struck ..., the Pentagon
// said" after last week's strikes is another attack, not more about them.
func (d *docState) otherDay(s *sentence, f *frame) bool {
	e, ok := d.dateFor(s, placeRef{})
	return ok && !e.Relative && f.whenSet && !f.when.Overlaps(e.When, 0)
}

func appendFrame(fs []*frame, f *frame) []*frame {
	for _, g := range fs {
		if g == f {
			return fs
		}
	}
	return append(fs, f)
}

// heading reports a sentence that is only a date, as tracker and live-blog
// headings are: "January 29 (Monday).", "17:45 GMT -".
func (d *docState) heading(s *sentence) (sitrep.When, bool) {
	if len(s.Dates) == 0 || len(s.Triggers) > 0 || len(s.Places) > 0 {
		return sitrep.When{}, false
	}
	e := s.Dates[0]
	if e.Relative || e.Since || e.When.Precision != sitrep.PrecisionDay {
		return sitrep.When{}, false
	}
	inDate := make([]bool, s.Last-s.First)
	for _, x := range s.Dates {
		for k := max(x.First, s.First); k < min(x.Last, s.Last); k++ {
			inDate[k-s.First] = true
		}
	}
	words, covered := 0, 0
	for k := s.First; k < s.Last; k++ {
		if d.toks[k].Kind == normalize.Punct {
			continue
		}
		words++
		if inDate[k-s.First] {
			covered++
		}
	}
	return e.When, words > 0 && words-covered <= 2
}

// bothCount returns how many incidents a sentence refers back to at once
// ("both attacks", "all three strikes"), or 0.
func bothCount(toks []normalize.Token, s *sentence) int {
	for k := s.First; k+1 < s.Last; k++ {
		w, next := toks[k].Norm, toks[k+1].Norm
		switch {
		case w == "both" && (anaphorWords[next] || attackWords[next] || next == "operations" || next == "incidents" || next == "of"):
			return 2
		// "No one was hurt in either attack", "at either base", "in either
		// place", "neither strike caused damage": the two just told.
		case (w == "either" || w == "neither") && (anaphorWords[next] || attackWords[next] || next == "place" || next == "site" ||
			next == "location" || next == "case"):
			return 2
		case w == "all" && k+2 < s.Last && (next == "three" || next == "four") && (anaphorWords[toks[k+2].Norm] || attackWords[toks[k+2].Norm]):
			return smallNumbers[next]
		}
	}
	return 0
}

// coordinated reports "near Mayadin and Abu Kamal": p follows another
// place of the sentence across "and", "or" or a comma.
func coordinated(toks []normalize.Token, s *sentence, p placeRef) bool {
	if p.First == 0 {
		return false
	}
	switch toks[p.First-1].Norm {
	case "and", "or", ",":
	default:
		return false
	}
	for _, q := range s.Places {
		if q.Last <= p.First-1 && q.Last >= p.First-2 {
			return true
		}
	}
	return false
}

// triggerDistance is the number of tokens between p and its nearest attack word.
func triggerDistance(s *sentence, p placeRef) int {
	t := nearestTrigger(s, p.First, p.Last)
	if t.Last == 0 {
		return 1 << 30
	}
	if t.First >= p.Last {
		return t.First - p.Last
	}
	return max(0, p.First-t.Last)
}

// newUnlocated reports a sentence telling of a new attack without a
// place: an active attack verb by a named actor, not a reference back; or
// an attack with a day of its own ("The second strike followed on
// Wednesday in the Syrian desert.").
func newUnlocated(s *sentence, d *docState) bool {
	if len(s.Places) > 0 && !allAside(s) || s.Tally {
		return false
	}
	for _, t := range s.nonGeneric() {
		if t.Verb && !t.Anaphoric && s.Perpetrator != nil {
			return true
		}
	}
	// A date and an attack word, but not one that refers back ("said on
	// Saturday that 16 were killed there, and condemned the strikes").
	fresh := false
	for _, t := range s.nonGeneric() {
		fresh = fresh || !t.Anaphoric || newOrdinal(d.toks, s.First, t.First)
	}
	if e, ok := d.dateFor(s, placeRef{}); ok && !e.Relative && fresh {
		return true
	}
	return false
}

// retold reports whether s, an attack without a place of its own, is a
// source's account of the one just told rather than another: reported
// speech ("The Asayish said in a statement that a Turkish drone had fired
// on the airport perimeter") in the paragraph after it, with no date of
// its own, no ordinal ("a second drone") and a category that fits.
func (d *docState) retold(s *sentence, current []*frame) bool {
	if len(current) != 1 || s.Speaker.Kind == SpeakerOutlet {
		return false
	}
	f := current[0]
	if len(f.sents) == 0 || s.Paragraph > f.sents[len(f.sents)-1].Paragraph+1 {
		return false
	}
	if _, ok := d.dateFor(s, placeRef{}); ok {
		return false
	}
	ng := s.nonGeneric()
	for _, t := range ng {
		if newOrdinal(d.toks, s.First, t.First) {
			return false
		}
	}
	return sitrep.CategoryCompatible(f.category, d.categoryFor(s, ng, placeRef{}))
}

// newOrdinal reports whether an ordinal or "new" comes shortly before the
// attack word at token first, in its phrase: "the second strike", "a fresh attack" tell
// another attack than the last.
func newOrdinal(toks []normalize.Token, lo, first int) bool {
	// Up to five tokens back: "a second anti-ship ballistic missile".
	for k := first - 1; k >= lo && k >= first-5; k-- {
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" {
			break
		}
		switch toks[k].Norm {
		case "second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th", "new", "fresh", "latest", "another":
			return true
		}
	}
	return false
}

func allAside(s *sentence) bool {
	for _, p := range s.Places {
		if !inAside(s.Aside, p.First, p.Last) {
			return false
		}
	}
	return true
}

func actorOf(m *actorMatch) *Actor {
	if m == nil {
		return nil
	}
	return m.Actor
}

// leaves returns the places of s that an incident can be at: not owned by
// a generic trigger, not containing another place of the sentence, not a
// "near X" that only locates an earlier place.
func (d *docState) leaves(s *sentence) []placeRef {
	g := d.x.Gazetteer
	var cands []placeRef
	downed := d.downedOver(s)
	for i, p := range s.Places {
		if nearestTriggerGeneric(s, p.First, p.Last) || inAside(s.Aside, p.First, p.Last) || downed[i] ||
			clockBefore(d.toks, p.First) || departureBefore(d.toks, p.First) || intendedBefore(d.toks, s.First, p.First) ||
			(rank(p.Entry.Kind) >= 2 || divisionAfter(d.toks, p.Last)) && vagueAreaBefore(d.toks, s.First, p.First) {
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
	for i, p := range cands {
		keep := true
		rural := countryside(d.toks, p.First, p.Last)
		for j, q := range cands {
			if i != j && containsAny(g, p, q.Entry) {
				keep = false
				break
			}
			// "In the countryside of Derik, warplanes bombed the Swediyah
			// gas plant", "In Sanaa, strikes on the Hezyaz power station":
			// the town and its country hold the site.
			// "the north-eastern countryside of al-Hasakah" holds a site
			// of the province however far from the city.
			if i != j && p.Entry.Kind == sitrep.KindTown && q.Entry.Kind == sitrep.KindSite &&
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
		if keep && len(out) > 0 && (p.Near || d.spatialOf(p) || d.insideOf(out, p)) && d.describesEarlier(s, out, p) {
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
	return out
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

// spatialOf reports "northeast of X", "10 km south of X".
func (d *docState) spatialOf(p placeRef) bool {
	if p.First < 2 || d.toks[p.First-1].Norm != "of" {
		return false
	}
	switch d.toks[p.First-2].Norm {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts":
		return true
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
	w := d.toks[p.First-1].Norm
	if w == "the" && p.First > 1 {
		w = d.toks[p.First-2].Norm
	}
	if w != "in" && w != "inside" && w != "within" {
		return false
	}
	km := sitrep.DistanceKm(q.Entry.Lat, q.Entry.Lon, p.Entry.Lat, p.Entry.Lon)
	switch {
	case p.Entry.Kind == sitrep.KindSite:
		return km <= 5
	case district(p.Entry):
		// "the Khor Mor gas field in Chamchamal district": a district
		// placed by its towns, tens of km from its other sites.
		return q.Entry.Country == p.Entry.Country && (q.Entry.Admin1 == "" || q.Entry.Admin1 == p.Entry.Admin1) && km <= 80
	}
	return false
}

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

// dateFor picks the date of sentence s for an incident at p: the nearest
// date that no generic attack word is closer to.
func (d *docState) dateFor(s *sentence, p placeRef) (dateExpr, bool) {
	var best dateExpr
	bestDist, ok := 1<<30, false
	for _, e := range s.Dates {
		if e.Relative {
			// "the same day", "a day earlier": from the incident told last.
			if d.lastDate.IsZero() || !d.lastDate.Start.HasYear() && e.Shift != 0 {
				continue
			}
			e.When = sitrep.When{Start: d.lastDate.Start.AddDays(e.Shift), End: d.lastDate.End.AddDays(e.Shift), Precision: d.lastDate.Precision}
			e.Value = e.When.Start.String()
		}
		if e.Since && !e.SinceWhen || e.Calendar || e.When.IsZero() && e.Value == "" {
			continue
		}
		// "at dawn today, Tuesday 26-11-2024": the date the day is then
		// given, not the day the text took it to be.
		if o, ok := restated(d.toks, s.Dates, e); ok {
			e.When, e.Value = o.When, o.Value
		}
		// "fired missiles on Friday, in response to Thursday's strikes": the
		// aside's day is another event's.
		if inAside(s.Aside, e.First, e.Last) {
			continue
		}
		// "connected with the targets of yesterday": whose day, not when.
		if w := d.toks[e.First].Norm; e.First > 0 && d.toks[e.First-1].Norm == "of" && (w == "yesterday" || w == "today") {
			continue
		}
		if t := nearestTrigger(s, e.First, e.Last); t.Generic && !e.SinceWhen && (abs(e.First-t.Last) <= 4 || abs(t.First-e.Last) <= 4) {
			continue // "attacks that began on October 17": the pattern's date
		}
		// Distance to the attack word that goes with the place: in "holds X
		// responsible for Sunday's attack at Tower 22, said late on Tuesday"
		// Sunday is the attack's day.
		// "Another was downed at X last Thursday, and sources say a third
		// fell late on Friday as it approached Y": a place in another
		// clause than the attack word takes the day of its own clause.
		at := p.First
		if t := nearestTrigger(s, p.First, p.Last); t.Last > 0 && (p.Last == 0 || !clauseBreak(d.toks, min(t.First, p.First), max(t.First, p.First))) {
			at = t.First
		}
		dist := abs(e.Last - at)
		if e.First > at {
			dist = e.First - at
		}
		// "hit Harir late on Friday and another was downed near Erbil
		// airport early on Saturday": a day across "and" is the other
		// clause's.
		if lo, hi := min(e.Last, at), max(e.First, at); hi > lo && d.clauseBreak(lo, hi) {
			dist += 20
		}
		// "this morning, Sunday 8-10-2023" in an undated statement: the
		// date that can be placed stands for those just before it.
		if e.When.IsZero() && placedAfter(s.Dates, e) {
			continue
		}
		// "said on Saturday that a drone struck a vehicle late Friday": the
		// day of the statement counts only when no other day is given.
		// "said on its Telegram channel on Wednesday that it had targeted
		// Harir": nor when the attack came before it, at a day untold.
		speechDay := e.First >= 2 && (speechVerbs[d.toks[e.First-1].Norm] ||
			d.toks[e.First-1].Norm == "on" && saidBefore(d.toks, s.First, e.First))
		if speechDay && pluperfect(d.toks, s.First, nearestTrigger(s, p.First, p.Last)) {
			continue
		}
		if len(s.Dates) > 1 && speechDay {
			dist += 50
		}

		if dist < bestDist {
			best, bestDist, ok = e, dist, true
		}
	}
	if ok && best.When.IsZero() {
		return best, false
	}
	return best, ok
}

// instrumentBefore reports "with", "by" or "using" shortly before token
// first: "with tens of ballistic missiles", "by the Fattah missiles".
func instrumentBefore(toks []normalize.Token, lo, first int) bool {
	for k := first - 1; k >= lo && k >= first-5; k-- {
		switch toks[k].Norm {
		case "with", "by", "using":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// placedAfter reports whether a date with a day follows e within three
// tokens: "Sunday 8-10-2023", "this morning, 8 October".
func placedAfter(ds []dateExpr, e dateExpr) bool {
	for _, o := range ds {
		if !o.When.IsZero() && !o.Relative && o.First >= e.Last && o.First-e.Last <= 3 {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

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
		if t.Category == "" || outside && inAside(s.Aside, t.First, t.Last) {
			continue
		}
		// "its targeting of the base in Al-Tanf with drones, and after the
		// American aggression targeted positions in Albukamal": the drones
		// are the other clause's.
		if p.Entry != nil && d.newClause(min(t.Last, p.Last), max(t.First, p.First), true) {
			continue
		}
		dist := abs(t.First - p.First)
		if p.Entry == nil {
			dist = t.First
		} else if t.First >= p.Last && d.clauseBreak(p.Last, t.First) {
			dist += 10 // "missiles hit X and a drone struck Y": the drone is Y's
		}
		if dist < bestDist {
			best, bestDist, bestAt = t.Category, dist, i
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
	// A state's forces striking: an air strike, whatever weapons the
	// sentence names as the target's ("militants preparing to launch
	// drones"), unless the weapon is the strike's own ("a drone strike").
	// The weapon nearer the place than the strike is another attack's:
	// "an Israeli strike in Beirut targeted the man Israel blames for the
	// rocket that killed 12 in Majdal Shams".
	if s.Perpetrator != nil && s.Perpetrator.Actor.Type == StateForce && !ownCountry(s.Perpetrator.Actor, p.Entry) {
		// "targeted the air bases ... by the Fattah hypersonic missiles":
		// the weapon the strike was made with.
		for _, t := range ng {
			if t.Category != "" && instrumentBefore(d.toks, s.First, t.First) {
				return t.Category
			}
		}
		for _, t := range ng {
			switch d.toks[t.Last-1].Norm {
			case "struck", "bombed", "targeted", "hit", "strike", "strikes", "raid", "raids", "bombing":
				if best != "" && p.Entry != nil {
					dist := abs(t.First - p.First)
					if t.First >= p.Last && d.clauseBreak(p.Last, t.First) {
						dist += 10
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
	if best == sitrep.CategoryMissile || best == sitrep.CategoryRocket {
		b := ng[bestAt]
		for _, t := range ng {
			if t.Category != sitrep.CategoryAirstrike {
				continue
			}
			lo, hi := min(t.Last, b.Last), max(t.First, b.First)
			if !d.otherEvent(lo, hi) {
				return sitrep.CategoryAirstrike
			}
		}
	}
	return best
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

// findFrame returns an incident of the document at a compatible place and
// date, latest first, or nil.
func (d *docState) findFrame(frames []*frame, p placeRef, date dateExpr, hasDate bool, cat string) *frame {
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		if !d.samePlace(f.place, p, false) {
			continue
		}
		if hasDate && f.whenSet && !f.when.Overlaps(date.When, 0) {
			continue
		}
		if cat != "" && !sitrep.CategoryCompatible(f.category, cat) {
			continue
		}
		return f
	}
	return nil
}

// samePlace reports whether two mentions can be the same place: one entry,
// two precise places within 8 km, or (with contain) one containing the
// other.
func (d *docState) samePlace(a, b placeRef, contain bool) bool {
	if a.Entry == nil || b.Entry == nil {
		return false
	}
	if a.Entry.ID == b.Entry.ID {
		return true
	}
	g := d.x.Gazetteer
	xs, ys := []*gazetteer.Entry{a.Entry}, []*gazetteer.Entry{b.Entry}
	if a.Direction == "" {
		xs = append(xs, a.Entries...)
	}
	if b.Direction == "" {
		ys = append(ys, b.Entries...)
	}
	for _, x := range xs {
		for _, y := range ys {
			if x.ID == y.ID || contain && (g.Contains(x, y) || g.Contains(y, x)) {
				return true
			}
			if (x.Kind == sitrep.KindSite || x.Kind == sitrep.KindTown) && (y.Kind == sitrep.KindSite || y.Kind == sitrep.KindTown) &&
				sitrep.DistanceKm(x.Lat, x.Lon, y.Lat, y.Lon) <= 8 {
				return true
			}
		}
	}
	return false
}

func moreSpecific(a, b *gazetteer.Entry) bool {
	return rank(a.Kind) < rank(b.Kind)
}

func rank(kind string) int {
	switch kind {
	case sitrep.KindSite:
		return 0
	case sitrep.KindTown:
		return 1
	case sitrep.KindRegion:
		return 2
	case sitrep.KindAdmin1:
		return 3
	}
	return 4
}

// refersBack reports whether a sentence without a new place speaks of the
// incidents just told: "the attack", "the base", a claim, casualties.
func (d *docState) refersBack(s *sentence, current []*frame) bool {
	if len(s.Triggers) > 0 && len(s.nonGeneric()) == 0 {
		return false // about other attacks: "a wave of other recent strikes"
	}
	named := 0 // places of the sentence that current frames have
	aside := 0 // places that only describe
	for _, p := range s.Places {
		// "landed in Djibouti, where port officials said all of them were
		// unhurt": where people went after the attack.
		if inAside(s.Aside, p.First, p.Last) || arrivalBefore(d.toks, p.First) || departureBefore(d.toks, p.First) {
			aside++
			continue
		}
		ok := false
		for _, f := range current {
			if d.samePlace(f.place, p, true) {
				ok = true
			}
		}
		if !ok && (p.Entry.Kind == sitrep.KindSite || p.Entry.Kind == sitrep.KindTown) {
			return false
		}
		if ok {
			named++
		}
	}
	for _, t := range s.Triggers {
		if t.Anaphoric && !t.Generic {
			return true
		}
	}
	for k := s.First; k+1 < s.Last; k++ {
		w := d.toks[k].Norm
		if (w == "the" || w == "this" || w == "that") && anaphorWords[d.toks[k+1].Norm] {
			return true
		}
		if (w == "the" || w == "this") && k+2 < s.Last && anaphorWords[d.toks[k+2].Norm] {
			return true
		}
	}
	// "Kataib Hezbollah said two of its fighters were killed at Jurf
	// al-Sakhar": a toll at a place just told is that attack's.
	if s.Claimant != nil || s.Debunked || s.Doubted || s.Denied || len(s.Casualties) > 0 && (aside == len(s.Places) || named > 0) {
		return true
	}
	// An official adding what was used: "B-1 bombers dropped 125 munitions, CENTCOM said".
	official := s.Speaker.Kind == SpeakerOfficial
	return official && len(s.Places) == 0 && len(s.nonGeneric()) > 0
}

// clauseBreak reports whether tokens [lo, hi) hold a word that starts
// another clause: "and", ";", "while".
func (d *docState) clauseBreak(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch d.toks[k].Norm {
		case "and", ";", "while", "following":
			return true
		}
	}
	return false
}

// joined reports whether weapon trigger t is listed with one of category
// cat: "two Shahed drones and a Katyusha rocket".
func joined(toks []normalize.Token, ng []trigger, t trigger, cat string) bool {
	for _, o := range ng {
		if o.Category != cat {
			continue
		}
		a, b := t, o
		if b.First < a.First {
			a, b = b, a
		}
		if b.First-a.Last > 5 {
			continue
		}
		for k := a.Last; k < b.First; k++ {
			if w := toks[k].Norm; w == "and" || w == "," || w == "as" || w == "plus" {
				return true
			}
		}
	}
	return false
}

// allSites reports whether every trigger of ts names the sites of an
// attack already told ("the sites").
func allSites(ts []trigger) bool {
	for _, t := range ts {
		if !t.Site {
			return false
		}
	}
	return len(ts) > 0
}
