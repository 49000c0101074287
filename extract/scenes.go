package extract

import (
	"slices"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// Where and when an attack is when its own sentence does not say: the
// sentence that set the scene, the heading of a round-up's item, the area
// or province of the attack just told; and the places a sentence names
// that are no attack's (divisions that hold a village, regions over which
// drones were downed, a town where an explosion was heard).

// itemHeading reads the heading of a round-up's item, a sentence opening
// its paragraph with a day and places and little else ("Fri 14 March,
// Wana, South Waziristan, Khyber Pakhtunkhwa.", "Tue 11 - Wed 12 March,
// Kachhi (Bolan) district, Balochistan."), and returns its day.
func (d *docState) itemHeading(s *sentence) (sitrep.When, bool) {
	if len(s.Dates) == 0 || len(s.Places) == 0 || len(s.Triggers) > 0 || s.Index > 0 && d.sents[s.Index-1].Paragraph == s.Paragraph {
		return sitrep.When{}, false
	}
	var when sitrep.When
	for _, e := range s.Dates {
		if !e.Relative && !e.Since && e.When.Precision == sitrep.PrecisionDay && e.First <= s.First+6 {
			when = e.When
			break
		}
	}
	if when.IsZero() {
		return sitrep.When{}, false
	}
	covered := make([]bool, s.Last-s.First)
	mark := func(first, last int) {
		for k := max(first, s.First); k < min(last, s.Last); k++ {
			covered[k-s.First] = true
		}
	}
	for _, e := range s.Dates {
		mark(e.First, e.Last)
	}
	for _, p := range s.Places {
		mark(p.First, p.Last)
	}
	left := 0
	for k := s.First; k < s.Last; k++ {
		if d.toks[k].Kind == normalize.Word && !covered[k-s.First] {
			left++
		}
	}
	return when, left <= 4
}

// toldIn reports whether a frame has a sentence of paragraph para.
func (d *docState) toldIn(frames []*frame, para int) bool {
	for _, f := range frames {
		for _, t := range f.sents {
			if t.Paragraph == para {
				return true
			}
		}
	}
	return false
}

// insideCurrent returns the one attack just told at an area (a
// province, a region) that holds place p, or nil.
func (d *docState) insideCurrent(current []*frame, p placeRef) *frame {
	if len(current) != 1 || rank(p.Entry.Kind) > 1 {
		return nil
	}
	f := current[0]
	a := f.place.Entry
	if a == nil || rank(a.Kind) < 2 || a.Kind == sitrep.KindCountry {
		return nil
	}
	// "northern Borno State" holds what Borno State holds; "north-western
	// Pakistan" any place of Pakistan, as news uses such names loosely.
	if d.samePlace(f.place, p, true) || a.Admin1 != "" && a.Country == p.Entry.Country && a.Admin1 == p.Entry.Admin1 ||
		f.place.Direction != "" && a.Admin1 == "" && a.Country != "" && a.Country == p.Entry.Country {
		return f
	}
	return nil
}

// heardAt reports whether the town at token first is where something was
// heard or seen: "was heard in the afternoon in the towns of Dhiban",
// "heard across Erbil"; not "heard explosions inside the base at ...".
func heardAt(toks []normalize.Token, lo, first int) bool {
	in := false
	for k := first - 1; k >= lo && k >= first-9; k-- {
		switch toks[k].Norm {
		case "in", "across", "from", "over", "throughout":
			in = in || k >= first-6 // "heard in the nearby town of al-Baghdadi"
		case "heard", "seen", "felt":
			return in
		case ",", ".", ";", "and", "at", "inside", "on":
			return false
		}
	}
	return false
}

// heldAt reports a place where an event of mourning is held, not where
// an attack was: "Funerals for the two fighters killed in Friday's air
// strike on Aita al-Shaab will be held on Sunday in Bint Jbeil", "the men
// will be buried in Tyre".
func heldAt(toks []normalize.Token, s *sentence, first int) bool {
	for k := first - 1; k >= s.First && k >= first-8; k-- {
		switch toks[k].Norm {
		case "held", "buried":
			// "a funeral held in Bint Jbeil" may be what was struck.
			if k == s.First || !passiveAux[toks[k-1].Norm] && toks[k-1].Norm != "be" {
				return false
			}
			return toks[k].Norm == "buried" || slices.ContainsFunc(toks[s.First:k], func(t normalize.Token) bool { return mourningNouns[t.Norm] })
		case ",", ";", ".":
			return false
		}
		if is(&toks[k], cAttack) || is(&toks[k], cWeapon) {
			return false
		}
	}
	return false
}

// witnessesIn reports a town where witnesses of the attack just told
// were: "Residents of the village of al-Jawadiyah, about ten kilometres to
// the west, said they heard a loud explosion".
func witnessesIn(toks []normalize.Token, s *sentence, first int) bool {
	if !hasWord(toks, s.First, s.Last, "heard", "saw", "seen", "felt", "hear", "see") {
		return false
	}
	// "Some residents of Shaqlawa ... heard": the name right after.
	if first-2 >= s.First && (toks[first-1].Norm == "of" || toks[first-1].Norm == "in") && witnessNouns[toks[first-2].Norm] {
		return true
	}
	k := first - 1
	for k > s.First && (toks[k].Norm == "the" || toks[k].Norm == "of" || toks[k].Norm == "village" || toks[k].Norm == "town" ||
		toks[k].Norm == "city" || toks[k].Norm == "nearby") && first-k < 6 {
		if toks[k].Norm == "of" && first-k > 1 || toks[k].Norm == "in" {
			break
		}
		k--
	}
	if k <= s.First || toks[k].Norm != "of" && toks[k].Norm != "in" {
		return false
	}
	return witnessNouns[toks[k-1].Norm]
}

// witnessNouns are the people of a place who heard or saw an attack.
var witnessNouns = map[string]bool{"residents": true, "people": true, "villagers": true, "witnesses": true,
	"locals": true, "inhabitants": true}

// sameProvince returns the one attack just told at a site or town of the
// province of town p, or nil.
func sameProvince(current []*frame, p placeRef) *frame {
	if len(current) != 1 || p.Entry.Kind != sitrep.KindTown || p.Entry.Admin1 == "" {
		return nil
	}
	e := current[0].place.Entry
	if e == nil || rank(e.Kind) > 1 || e.Country != p.Entry.Country || e.Admin1 != p.Entry.Admin1 {
		return nil
	}
	return current[0]
}

// singleAnaphor reports whether the attack words of s are one attack
// referred back to, with no ordinal or plural ("The attack comes at ...",
// not "The first strike hit ...", "after the strikes").
func singleAnaphor(toks []normalize.Token, s *sentence, ng []trigger) bool {
	if len(ng) != 1 || plural(toks[ng[0].Last-1].Norm) {
		return false
	}
	for k := max(s.First, ng[0].First-3); k < ng[0].First; k++ {
		switch toks[k].Norm {
		case "first", "second", "third", "fourth", "other", "another", "earlier", "latest", "last", "next", "previous":
			// "This is the second attack ... this week": the one told, counted.
			return k-2 >= s.First && toks[k-1].Norm == "the" && (toks[k-2].Norm == "is" || toks[k-2].Norm == "was")
		}
	}
	return true
}

// hasDate reports whether s gives a day of its own, not one relative to
// another event's.
func (d *docState) hasDate(s *sentence) bool {
	e, ok := d.dateFor(s, placeRef{})
	return ok && !e.Relative && e.When.Precision == sitrep.PrecisionDay
}

// locatesAnaphor reports whether the offset before place p follows a
// comma after a place referred back to: "the town, about 220 km
// north-east of Rostov-on-Don".
func (d *docState) locatesAnaphor(s *sentence, p placeRef) bool {
	for k := p.First - 1; k > s.First+1 && k >= p.First-9; k-- {
		if d.toks[k].Norm != "," {
			continue
		}
		switch d.toks[k-1].Norm {
		case "town", "city", "village", "base", "airfield", "area", "site", "camp", "port":
			return d.toks[k-2].Norm == "the"
		}
		return false
	}
	return false
}

// chainedDivision reports whether the place at token first follows ",
// <division> of" (", rural commune of Kokorou", ", department of Tera"):
// a division named after the place it holds.
func chainedDivision(toks []normalize.Token, lo, first int) bool {
	if first-3 < lo || toks[first-1].Norm != "of" || !divisionNouns[toks[first-2].Norm] {
		return false
	}
	k := first - 3
	// "in the territory of Lubero"
	if toks[k].Norm == "the" && k-1 >= lo && (toks[k-1].Norm == "in" || toks[k-1].Norm == ",") {
		return true
	}
	if toks[k].Kind == normalize.Word && !toks[k].Upper && k-1 >= lo { // "rural commune of"
		k--
	}
	return toks[k].Norm == "," // ", department of Tera"
}

// downedOver marks the places of s, by index, of a list of two or more
// over which air defences downed drones or missiles: "air defences had
// destroyed 14 of them over the Odesa, Mykolaiv, Kharkiv and
// Dnipropetrovsk regions". Such a list tallies interceptions; it places
// no attack.
func (d *docState) downedOver(s *sentence) map[int]bool {
	intercepted := hasWord(d.toks, s.First, s.Last, "defences", "defence", "defenses", "defense")
	for _, o := range s.Outcomes {
		intercepted = intercepted || o.Value == sitrep.OutcomeIntercepted
	}
	if !intercepted || len(s.Casualties) > 0 {
		return nil
	}
	var out map[int]bool
	for i := 0; i < len(s.Places); {
		p := s.Places[i]
		k := p.First - 1
		if k > s.First && d.toks[k].Norm == "the" {
			k--
		}
		if k < s.First || d.toks[k].Norm != "over" {
			i++
			continue
		}
		j := i + 1
		for j < len(s.Places) && coordinated(d.toks, s, s.Places[j]) && s.Places[j].First > s.Places[j-1].Last-1 {
			j++
		}
		if j-i >= 2 {
			if out == nil {
				out = map[int]bool{}
			}
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	// "72 over the Bryansk region, 20 over the Moscow region", "44 of them
	// over the Rostov region": a division's count.
	for i, p := range s.Places {
		k := p.First - 1
		if k > s.First && d.toks[k].Norm == "the" {
			k--
		}
		// "a drone being shot down over eastern Syria": no target told.
		wide := rank(p.Entry.Kind) >= 2 && (p.Direction != "" || p.Entry.Kind == sitrep.KindCountry)
		if k >= s.First && d.toks[k].Norm == "over" && (wide || regionNouns[d.toks[p.Last-1].Norm] || p.Last < s.Last && regionNouns[d.toks[p.Last].Norm]) {
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	// "... most of them over the Belgorod, Kursk and Bryansk regions
	// bordering Ukraine": the countries and regions around the list too.
	for i, p := range s.Places {
		if out != nil && rank(p.Entry.Kind) >= 2 {
			out[i] = true
		}
	}
	return out
}

// regionNouns follow a division's name: "the Rostov region".
var regionNouns = map[string]bool{"region": true, "regions": true, "oblast": true, "oblasts": true,
	"province": true, "provinces": true, "governorate": true, "krai": true}

// divisionNouns name administrative divisions: "department of Tera".
var divisionNouns = map[string]bool{"department": true, "region": true, "province": true, "district": true,
	"commune": true, "county": true, "prefecture": true, "state": true, "governorate": true, "municipality": true,
	"territory": true, "sector": true, "chiefdom": true, "circle": true, "cercle": true, "division": true,
	"subdistrict": true, "tehsil": true, "township": true, "lga": true, "caza": true, "kaza": true, "qada": true,
	"qadaa": true, "nahiya": true, "nahia": true}

// namesTold reports whether place p names an attack by its place, after
// "the", "this" or "that": "The Rumalyn attack followed the Aug. 5 rocket
// attack on Al Asad air base". Beside an attack told afresh, it is the
// attack told before, not another at p.
func (d *docState) namesTold(s *sentence, p placeRef) bool {
	toks := d.toks
	if p.First <= s.First || p.Last >= s.Last {
		return false
	}
	switch toks[p.First-1].Norm {
	case "the", "this", "that":
	default:
		return false
	}
	t := nearestTrigger(s, p.First, p.Last)
	return t.First == p.Last && !t.Verb && anaphorWords[toks[t.Last-1].Norm]
}

// claimWeek returns the date of the attack that place p names after "the"
// in a claim: "Fri 25 Oct. The HPG claimed the TUSAS attack". A day given
// before the claim is the claim's; the attack came in the week up to it.
func (d *docState) claimWeek(s *sentence, p placeRef, date dateExpr) dateExpr {
	if date.When.Precision != sitrep.PrecisionDay || date.First >= p.First || !d.namesTold(s, p) ||
		!hasWord(d.toks, s.First, p.First, "claimed", "claims", "claiming") {
		return date
	}
	date.When = sitrep.When{Start: date.When.Start.AddDays(-6), End: date.When.End, Precision: sitrep.PrecisionWeek}
	return date
}

// postedClaim reports a claim whose only day is given before the verb
// that publishes it, the attack told after that verb: "In the early hours
// of Tuesday, channels published a statement claiming an attack on the
// base in al-Shaddadi". The day is the claim's.
func (d *docState) postedClaim(s *sentence, p placeRef, date dateExpr) bool {
	if s.Claimant == nil && !s.UnnamedClaim || len(s.Dates) != 1 || date.When.Precision != sitrep.PrecisionDay || date.First >= p.First {
		return false
	}
	for k := date.Last; k < p.First; k++ {
		if postVerbs[d.toks[k].Norm] {
			return hasWord(d.toks, k, p.First, "claimed", "claims", "claiming", "claim")
		}
	}
	return false
}

// postVerbs publish or state a claim.
var postVerbs = map[string]bool{"published": true, "posted": true, "issued": true, "released": true,
	"circulated": true, "announced": true, "said": true, "claimed": true}

// restated returns the date with its year that gives the day e again just
// after it: "today, Tuesday 26-11-2024", "Tuesday 26-11-2024".
func restated(toks []normalize.Token, dates []dateExpr, e dateExpr) (dateExpr, bool) {
	w := toks[e.Last-1].Norm
	weekday := weekdayAt(w)
	gap := 0 // tokens between e and the date that restates it
	switch {
	case weekday:
	case w == "today" || w == "yesterday" || w == "tonight":
		gap = 1 // ", "
	default:
		return dateExpr{}, false
	}
	for _, o := range dates {
		if o.First < e.Last || o.First > e.Last+gap+1 || !o.When.Start.HasYear() || o.When.Precision != sitrep.PrecisionDay ||
			o.Relative || o.Last-o.First < 3 {
			continue
		}
		if o.First == e.Last || toks[e.Last].Norm == "," && (o.First == e.Last+1 || weekdayAt(toks[e.Last+1].Norm) && o.First == e.Last+2) {
			return o, true
		}
	}
	return dateExpr{}, false
}

// onlyInside returns the document's one attack so far when it lies inside
// the province or country p that an undated sentence names for one attack
// of its kind: "A U.S. drone strike on a car in eastern Baghdad ... U.S.
// Central Command said its forces had carried out a unilateral strike in
// Iraq"; or a district the gazetteer lacks in its country. Nil otherwise.
func (d *docState) onlyInside(frames []*frame, p placeRef, s *sentence, cat string) *frame {
	if len(frames) != 1 || s.Plural {
		return nil
	}
	f := frames[0]
	if f.place.Entry == nil || !sitrep.CategoryCompatible(f.category, cat) {
		return nil
	}
	// "the drone fired on a car in the eastern Mashtal district": a
	// district the gazetteer lacks, placed nowhere or only in the country
	// of the attack told.
	if e := p.Entry; p.Area && e.Subkind == "unresolved" && (e.Country == "" || unresolvedPrecision(e) >= sitrep.GeoProvince &&
		e.Country == f.place.Entry.Country) && rank(f.place.Entry.Kind) <= 1 {
		return f
	}
	if p.Direction != "" || rank(p.Entry.Kind) < 2 || rank(f.place.Entry.Kind) >= rank(p.Entry.Kind) ||
		!d.x.Gazetteer.Contains(p.Entry, f.place.Entry) {
		return nil
	}
	return f
}
