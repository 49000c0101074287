package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
	"slices"
)

// frame is one incident being assembled from the sentences of a document.
type frame struct {
	killedNamed bool // the count of killed is of the victims named ("killed a senior commander")
	place       placeRef
	when        sitrep.When
	whenSet     bool
	whenWeak    bool // the date came from "the same day", "hours later"
	whenSpoken  bool // the date is the day a toll or a strike was told ("..., the ministry said on Friday")
	category    string
	weapons     map[string]int
	systems     map[string]string // by kind, the system named
	claimants   []*Actor
	perp        *Actor
	target      *Actor
	killed      *int
	injured     *int
	stances     map[string]bool // the stances told, and the markers sitrep.StanceDebunked, StanceUnacknowledged, StanceAcknowledged
	sents       []*sentence
	asserts     []sitrep.Assertion
	summary     bool // country-level or "three locations": may sum up other frames
	another     bool // told as another attack than one before ("a second missile")
	dropped     bool
	mergedTo    *frame
	touchedBy   []int // sentences that touched it
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
	// sceneDay is the sentence that gave the scene its day when the scene
	// gave only its place, and sceneAt the sentence that completed it:
	// "Time of event: 0725 UTC 08 AUG 2024." then "Position: 98NM ESE of
	// ADEN.", an advisory's fields.
	var sceneDay, dayOnly, placeOnly *sentence
	sceneAt := -1
	var item *sentence // the heading of the item the sentence is in
	for _, s := range d.sents {
		if e, ok := d.logDays[s.Paragraph]; ok {
			// "FRIDAY: A pair of drones at Al Asad ... In the evening, a
			// pair of rockets landed": a log entry's day for its paragraph.
			section, sectionPara, standalone = e, s.Paragraph, false
		} else if e, ok := d.heading(s); ok {
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
		// "0210 UTC (0510 LT) 17 FEB - JORDAN/SYRIA border area:
		// UNCONFIRMED.": an alert's item line, its countries no place of
		// an attack.
		if coarseOnly(s.Places) && (len(s.Triggers) == 0 || s.Plural || len(s.nonGeneric()) == 0) {
			// Not the day a statement was made: "State media said on Sunday".
			if e, ok := d.dateFor(s, placeRef{}); ok && !e.Relative && !e.When.IsZero() &&
				!(s.Speaker.Verb >= 0 && e.First > s.Speaker.Verb && e.First-s.Speaker.Verb <= 3) {
				paraDate, paraDatePara = e.When, s.Paragraph
			}
		}
		// "Q: The Houthis say they hit the Amber Coast. ... Q: And the
		// strike in Tulkarm?": a reporter's next question opens another
		// topic, not the place of the attack told without one.
		if pending != nil && s.Paragraph > pendingPara && s.Speaker.Label && s.Speaker.Kind == SpeakerMedia {
			pending = nil
		}
		// "- A shepherd was wounded when a patrol opened fire ... - The
		// cause of the blasts at Sheikh Maskin is unclear": the next item
		// of a round-up tells another event, not where the last one was.
		if pending != nil && s.Paragraph > pendingPara && listItem(d.toks, s.First, s.Last) && listItem(d.toks, pendingSent.First, pendingSent.Last) {
			pending = nil
		}
		// "- HAIFA. A rocket struck ... - TYRE. A building was levelled
		// ... Health ministry: two dead": an item headed by another place
		// tells of it, not of the attack the last item told.
		if len(current) > 0 && s.Paragraph > lastPara && listItem(d.toks, s.First, s.Last) && len(s.Triggers) == 0 && len(s.Places) > 0 &&
			!slices.ContainsFunc(current, func(f *frame) bool { return d.samePlace(f.place, s.Places[0], true) }) {
			current = nil
		}
		if s.Tally && !d.attackBeforeTotal(s) {
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
			// "... will be held on Sunday in Bint Jbeil": the funeral's town.
			leaves = slices.DeleteFunc(leaves, func(p placeRef) bool {
				return rank(p.Entry.Kind) <= 1 && heldAt(d.toks, s, p.First)
			})
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
			// Not a heading in capitals ("THE STRIKE"), which names what
			// the paragraph under it tells.
			fromScene := len(leaves) == 0 && len(ng) > 0 && scene != nil && sceneAt == s.Index-1 &&
				len(frames) == 0 && pending == nil && !d.hasDate(s) && !allCapsWords(d.text, d.toks[s.First:s.Last])
			if fromScene {
				leaves, allAnaphoric = d.leaves(scene), false
			}
			// "- HAIFA. A rocket from Lebanon struck a street in the Neve
			// Sha'anan neighbourhood": a part of the town the item's heading
			// names that the gazetteer lacks is in that town.
			// So is "on the edge of the village, east of Nabatieh" under "-
			// KFAR TEBNIT.": the side of another town locates the village.
			if len(ng) > 0 && !allAnaphoric && (len(leaves) == 0 || allUnresolved(leaves) || allSides(leaves) && theTownIn(d.toks, s)) && placeOnly != nil && placeOnly.Index == s.Index-1 &&
				listItem(d.toks, placeOnly.First, placeOnly.Last) && d.placeHeading(placeOnly) && d.townLeaf(placeOnly) {
				leaves = d.leaves(placeOnly)
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
				// "hit three merchant ships in the Red Sea on the same Sunday
				// as the Kirkuk strike": the strike told before, named to
				// date another attack.
				if fresh && (nearestTrigger(s, p.First, p.Last).Anaphoric || d.namesTold(s, p)) ||
					d.namesTold(s, p) && d.toldAt(frames, p) && otherVerb(s, nearestTrigger(s, p.First, p.Last)) {
					continue
				}
				// "Three hours after the strike in Tyre, rockets hit Kiryat
				// Shmona": Tyre's strike, told before, dates the attack of
				// another place.
				after := afterTold(d.toks, s, p)
				if after && len(leaves) > 1 && d.toldAt(frames, p) && triggerOutside(s, p.First-4, p.Last) {
					continue
				}
				// "U.S. aircraft hit two facilities near Jurf al-Sakhar ...
				// after an attack on Al-Asad Air Base": the attack answered
				// is another, of another day.
				if len(leaves) > 1 && afterAnAttack(d.toks, s.First, p.First) && (p.Last >= s.Last || d.toks[p.Last].Kind == normalize.Punct) &&
					!slices.ContainsFunc(s.Casualties, func(c casualty) bool { return c.Span.Start >= p.End }) {
					continue
				}
				date, hasDate := d.dateFor(s, p)
				// "following the strike in Mayfadoun, jets also struck ... soon
				// afterwards": counted from the day of the strike it names, not
				// from the attack told last.
				if hasDate && date.Relative && after {
					if f := d.findFrame(frames, p, date, false, ""); f != nil && f.whenSet && !f.whenWeak {
						date.When = sitrep.When{Start: f.when.Start.AddDays(date.Shift), End: f.when.End.AddDays(date.Shift), Precision: f.when.Precision}
						date.Value = date.When.Start.String()
					}
				}
				if fromScene && !hasDate {
					date, hasDate = d.dateFor(scene, p)
					if !hasDate && sceneDay != nil {
						date, hasDate = d.dateFor(sceneDay, placeRef{})
					}
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
						// "... in the hills east of Tartus. The patrol was
						// attacked near Khirbet al-Maaza": the village is where.
						if sideThenTown(f.place, p) && (p.Near || locativeBefore(d.toks, p.First)) {
							f.place = p
						}
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
				// "In the town of al-Busayrah, SDF patrols set up checkpoints
				// after the attack": what was done there since.
				if f == nil && allAnaphoric && !s.Part && (triggerDistance(s, p) > 20 || !locativeBefore(d.toks, p.First) && !p.Near && !coordinated(d.toks, s, p) && !facingSite(d.toks, p) ||
					sinceTold(d.toks, s.First, nearestTrigger(s, p.First, p.Last)) || rankedIn(d.toks, s.First, p.First)) {
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
					// Not one of another day: "to investigate the attack that
					// targeted the Khor Mor gas field ... yesterday, Friday"
					// after today's rocket at the Victory base.
					if t := subjectOf(s, nearestTrigger(s, p.First, p.Last)); (t.Anaphoric || t.More) && (pending != nil || len(current) > 0) &&
						d.partOf(p, pending, current, t) &&
						!(hasDate && pending == nil && current[0].whenSet && !current[0].when.Overlaps(date.When, 0)) &&
						// Nor the unlocated attack of another day: "Regarding the
						// explosion that targeted the workers near Manbij on Monday"
						// after Wednesday's drone.
						!(hasDate && pending != nil && pending.whenSet && !pending.whenWeak && !date.Relative && !pending.when.Overlaps(date.When, 0)) {
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
				} else if moreSpecific(p.Entry, f.place.Entry) || sideThenTown(f.place, p) {
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
				// "... shot down at about 8:40 p.m. on Friday. Shortly after
				// midnight, a second drone was shot down near the Rumalyn
				// Landing Zone": the next day.
				if !hasDate && !f.whenSet && d.lastDate.Precision == sitrep.PrecisionDay && d.lastDate.Start.HasYear() &&
					d.afterMidnightIn(s) && d.lastDateSent != nil && evening(d.toks, d.lastDateSent.First, d.lastDateSent.Last) {
					next := d.lastDate.Start.AddDays(1)
					date, hasDate = dateExpr{When: sitrep.When{Start: next, End: next, Precision: sitrep.PrecisionDay}}, true
				}
				if hasDate && (!f.whenSet || f.whenWeak && !date.Relative) {
					f.when, f.whenSet, f.whenWeak = date.When, true, date.Relative
					f.whenSpoken = date.First >= s.First && d.speechDay(s, date)
					told := s
					if fromScene {
						told = scene
					}
					d.assert(f, told, sitrep.FieldDate, date.When.Start.String(), date.Span)
				}
				if f.whenSet {
					d.lastDate, d.lastDateSent = f.when, s
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
		// "..., the commander killed on Friday when an Israeli strike
		// levelled a building there": an attack told afresh on another day
		// is none of the attacks just told, placed or not.
		if len(touched) == 0 && len(current) > 0 && !s.Generic && s.Paragraph <= lastPara+1 && d.refersBack(s, current) &&
			!d.freshOnAnotherDay(s, current) {
			touched = d.redated(s, d.named(s, current), frames)
			// "Both operations were claimed...": the last two told.
			if n := bothCount(d.toks, s); n > len(touched) && len(frames) >= n {
				touched = frames[len(frames)-n:]
			}
			for _, f := range touched {
				d.setCategory(f, s, d.categoryFor(s, s.nonGeneric(), placeRef{}), s.nonGeneric(), placeRef{})
				// "Hours later, aircraft struck ... The strikes, carried out on
				// Tuesday, ...": an explicit date beats a relative one.
				// So does a first date: "Two rockets struck near the Victory
				// base complex ... The rockets hit at about 11:30 p.m. on
				// Tuesday", "The operation was carried out at the evening of
				// yesterday, the Sunday 8 Sha'ban 1445".
				// "An Israeli strike killed 33, the ministry said on Friday.
				// The strike on Thursday also wounded 52": the day told of
				// the strike beats the day the toll was given.
				if (f.whenWeak || f.whenSpoken) && len(s.nonGeneric()) > 0 || !f.whenSet && (len(s.nonGeneric()) > 0 || d.itOpens(s)) {
					if date, ok := d.dateFor(s, f.place); ok && !date.Relative &&
						(f.whenSet && !f.whenSpoken || date.When.Precision == sitrep.PrecisionDay && !d.speechDay(s, date) &&
							(!f.whenSpoken || spokenAfter(f.when, date.When))) {
						f.when, f.whenSet, f.whenWeak, f.whenSpoken = date.When, true, false, false
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
		lastDay, lastPlace := dayOnly, placeOnly
		scene, sceneDay, dayOnly, placeOnly, sceneAt = nil, nil, nil, nil, s.Index
		if len(s.Triggers) == 0 && !s.Generic {
			dated := d.hasDate(s)
			switch {
			case dated && len(s.Places) == 0:
				dayOnly = s
				if lastPlace != nil && lastPlace.Index == s.Index-1 && d.townLeaf(lastPlace) {
					scene, sceneDay = lastPlace, s
				}
			case dated:
				if d.townLeaf(s) {
					scene = s
				}
			case len(s.Places) > 0:
				placeOnly = s
				if lastDay != nil && lastDay.Index == s.Index-1 && d.townLeaf(s) {
					scene, sceneDay = s, lastDay
				}
			}
		}
	}
	return d.finish(frames)
}

// spokenAfter reports a day at most two days before the day a toll was
// told on: the strike it tells of.
func spokenAfter(spoken, day sitrep.When) bool {
	n := spoken.Start.Days() - day.Start.Days()
	return n >= 0 && n <= 2
}

// freshOnAnotherDay reports a sentence telling an attack afresh on an
// explicit day that is none of the frames' days (for a frame with none yet,
// not the day told last).
func (d *docState) freshOnAnotherDay(s *sentence, frames []*frame) bool {
	if !freshTrigger(s) {
		return false
	}
	e, ok := d.dateFor(s, placeRef{})
	if !ok || e.Relative {
		return false
	}
	for _, f := range frames {
		if f.whenSet && f.when.Overlaps(e.When, 0) ||
			!f.whenSet && !(e.When.Precision == sitrep.PrecisionDay && d.lastDate.Precision == sitrep.PrecisionDay && !d.lastDate.Overlaps(e.When, 0)) {
			return false
		}
	}
	return true
}

// redated gives each frame of touched whose day the sentence's day is not
// the earlier frame at its place that has that day: "There was no attack
// on Khor Mor on Sunday ... the drone used on Friday" speaks of Friday's.
func (d *docState) redated(s *sentence, touched, frames []*frame) []*frame {
	date, ok := d.dateFor(s, placeRef{})
	if !ok || date.Relative || date.When.Precision != sitrep.PrecisionDay {
		return touched
	}
	out := make([]*frame, 0, len(touched))
	for _, f := range touched {
		if f.whenSet && !f.when.Overlaps(date.When, 0) {
			for _, g := range frames {
				if g != f && !g.dropped && g.whenSet && g.when.Overlaps(date.When, 0) && d.samePlace(g.place, f.place, false) {
					f = g
					break
				}
			}
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
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
	// "An Israeli drone struck a car ... Hezbollah said it had fired at
	// Israeli troops": an armed group's claim after a state's strike is
	// the group's own attack.
	if s.Claimant != nil && s.Claimant.Actor.Type == ArmedGroup && stateStruck(f) {
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
			// "one drone was shot down and a second struck near a
			// hangar": the projectiles of one attack counted.
			return !countedOne(toks, lo, k)
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

// refersBack reports whether a sentence without a new place speaks of the
// incidents just told: "the attack", "the base", a claim, casualties.
func (d *docState) refersBack(s *sentence, current []*frame) bool {
	if len(s.Triggers) > 0 && len(s.nonGeneric()) == 0 {
		return false // about other attacks: "a wave of other recent strikes"
	}
	named := 0 // places of the sentence that current frames have
	aside := 0 // places that only describe
	elsewhere := false
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
		// Nor, unless it says "the drone", a land's region that does not
		// hold it: "a drone sighted over the Arava valley", after a claim
		// on Eilat.
		if !ok && p.Entry.Kind == sitrep.KindRegion && p.Entry.Country != "" {
			elsewhere = true
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
	if elsewhere {
		return false
	}
	// "It detonated at about 10:45 on Monday".
	if d.itOpens(s) {
		return true
	}
	for k := s.First; k+1 < s.Last; k++ {
		if definiteAt(d.toks, k, s.Last) {
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

// countedOne reports "one" and a weapon before token k in the sentence:
// "one drone was shot down and a second struck", the second of the same
// attack's weapons.
func countedOne(toks []normalize.Token, lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-12; j-- {
		if toks[j].Norm == "one" && j+1 < k && (weaponNoun(toks[j+1].Norm) || j+2 < k && weaponNoun(toks[j+2].Norm)) {
			return true
		}
	}
	return false
}

// coarseOnly reports places that are all countries or none.
func coarseOnly(ps []placeRef) bool {
	for _, p := range ps {
		if p.Entry.Kind != sitrep.KindCountry {
			return false
		}
	}
	return true
}

// afterMidnight reports "after midnight", "past midnight" in tokens [lo,
// hi) with no day of the week or date of its own before it.
func afterMidnight(toks []normalize.Token, lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if toks[k].Norm == "midnight" && (toks[k-1].Norm == "after" || toks[k-1].Norm == "past") {
			return k+1 >= hi || toks[k+1].Norm != "on" && toks[k+1].Norm != "between"
		}
	}
	return false
}

// evening reports an evening or night time in tokens [lo, hi): "at about
// 8:40 p.m.", "late on Friday", "on Friday night".
func evening(toks []normalize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch toks[k].Norm {
		case "evening", "night", "tonight", "late":
			return true
		case "p":
			if k+2 < hi && toks[k+1].Norm == "." && toks[k+2].Norm == "m" {
				return true
			}
		case "pm":
			return true
		}
	}
	return false
}

// afterMidnightIn is afterMidnight over sentence s, read once per
// sentence: a sentence may place many attacks.
func (d *docState) afterMidnightIn(s *sentence) bool {
	if d.midnightSent != s {
		d.midnightSent, d.midnightVal = s, afterMidnight(d.toks, s.First, s.Last)
	}
	return d.midnightVal
}

// itOpens reports whether a sentence opens on the attack just told: "The
// operation was carried out ...", "This attack came ...", "It happened
// ...".
func (d *docState) itOpens(s *sentence) bool {
	k := s.First
	if k+1 >= s.Last {
		return false
	}
	switch d.toks[k].Norm {
	case "the", "this", "that":
		return definiteAt(d.toks, k, s.Last)
	case "it":
		switch d.toks[k+1].Norm {
		case "happened", "occurred", "took", "came", "exploded", "detonated":
			return true
		case "went":
			return k+2 < s.Last && d.toks[k+2].Norm == "off"
		}
	}
	return false
}

// sinceTold reports an attack word that refers back after "after",
// "following" or "since": "set up checkpoints after the attack".
func sinceTold(toks []normalize.Token, lo int, t trigger) bool {
	for k := t.First - 1; k >= lo && k >= t.First-3; k-- {
		switch toks[k].Norm {
		case "after", "following", "since":
			return true
		case "the", "this", "that", "these", "those", "last", "latest", "recent":
			continue
		}
		return false
	}
	return false
}

// toldAt reports a frame at place p among frames.
func (d *docState) toldAt(frames []*frame, p placeRef) bool {
	for _, f := range frames {
		if !f.dropped && d.samePlace(f.place, p, false) {
			return true
		}
	}
	return false
}

// otherVerb reports an attack verb of s other than t: the sentence tells
// an attack of its own.
func otherVerb(s *sentence, t trigger) bool {
	for _, o := range s.Triggers {
		if o.Verb && !o.Generic && !o.Anaphoric && o.First != t.First {
			return true
		}
	}
	return false
}

// definiteAt reports a definite reference to an incident at token k,
// before hi: "the attack", "this strike", "the drone attack".
func definiteAt(toks []normalize.Token, k, hi int) bool {
	w := toks[k].Norm
	if (w == "the" || w == "this" || w == "that") && k+1 < hi && anaphorWords[toks[k+1].Norm] {
		return true
	}
	return (w == "the" || w == "this") && k+2 < hi && anaphorWords[toks[k+2].Norm]
}

// stateStruck reports whether f's attack is a state's: its perpetrator,
// or that of a sentence told of it.
func stateStruck(f *frame) bool {
	if f.perp != nil {
		return f.perp.Type == StateForce
	}
	for _, t := range f.sents {
		if t.Perpetrator != nil {
			return t.Perpetrator.Actor.Type == StateForce
		}
	}
	return false
}

// townLeaf reports a town or a site among the places an attack of s can
// be at.
func (d *docState) townLeaf(s *sentence) bool {
	for _, p := range d.leaves(s) {
		if rank(p.Entry.Kind) <= 1 {
			return true
		}
	}
	return false
}

// allUnresolved reports places that are all names the gazetteer lacks,
// and at least one.
func allUnresolved(ps []placeRef) bool {
	for _, p := range ps {
		if p.Entry.Subkind != "unresolved" {
			return false
		}
	}
	return len(ps) > 0
}

// allSides reports places that are all told as a side of a town ("east
// of Nabatieh"), and at least one.
func allSides(ps []placeRef) bool {
	for _, p := range ps {
		if !p.Side && p.Offset.Km == 0 {
			return false
		}
	}
	return len(ps) > 0
}

// placeHeading reports a sentence of places and at most three other words:
// "- HAIFA.", "- AL-SBEINEH (southern outskirts of Damascus)."
func (d *docState) placeHeading(s *sentence) bool {
	left := 0
	for k := s.First; k < s.Last; k++ {
		if d.toks[k].Kind != normalize.Word || slices.ContainsFunc(s.Places, func(p placeRef) bool { return k >= p.First && k < p.Last }) {
			continue
		}
		left++
	}
	return left <= 3
}

// facingSite reports a site named as what the target faced: "the strike
// on a house facing Kamal Adwan Hospital", "the shop opposite the mosque".
func facingSite(toks []normalize.Token, p placeRef) bool {
	k := p.First - 1
	if k > 0 && toks[k].Norm == "the" {
		k--
	}
	return k >= 0 && p.Entry.Kind == sitrep.KindSite && (toks[k].Norm == "facing" || toks[k].Norm == "opposite")
}

// theTownIn reports "the village" or "the town" in s: the place a heading
// named, not "a village west of Saraqib".
func theTownIn(toks []normalize.Token, s *sentence) bool {
	for k := s.First; k+1 < s.Last; k++ {
		if toks[k].Norm == "the" && (toks[k+1].Norm == "village" || toks[k+1].Norm == "town") {
			return true
		}
	}
	return false
}
