package extract

import (
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
	"sort"
)

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
		// "struck Haris (five dead, two wounded) and Tallousa (four
		// dead)": a count in brackets right after a place is its.
		if open := d.bracketOpen(s, ci); open > k && d.nameRun(k, open) {
			return 0
		}
		lo, hi := min(ci, k), max(ci, k)
		breaks := 0
		for j := lo; j < hi; j++ {
			// "in Tyre, in the south, killed five": an apposition
			// between commas breaks no clause.
			if j2 := d.appositionEnd(j, hi); j2 > 0 {
				j = j2
				continue
			}
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
			// "and three people in Nabatieh": a place inside the count's
			// own words is its.
			if d.toks[k].Start >= c.Span.Start && d.toks[k].End <= c.Span.End {
				return 0
			}
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

// bracketOpen returns the "(" that opens the brackets token ci is in,
// within sentence s, or -1.
func (d *docState) bracketOpen(s *sentence, ci int) int {
	for k := ci - 1; k >= s.First && k >= ci-bracketSpan; k-- {
		switch d.toks[k].Norm {
		case "(":
			return k
		case ")", ";":
			return -1
		}
	}
	return -1
}

// nameRun reports tokens [k, j) that are the words of one name: words
// in capitals, or joined to them by a hyphen or an apostrophe ("Kfar
// Kila", "al-Sharqiyah").
func (d *docState) nameRun(k, j int) bool {
	for i := k; i < j; i++ {
		t := d.toks[i]
		switch {
		case t.Norm == "-" || t.Norm == "'":
		case t.Kind == normalize.Word && (t.Upper || i > k && (d.toks[i-1].Norm == "-" || d.toks[i-1].Norm == "'")):
		default:
			return false
		}
	}
	return true
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
	// "a raid on ... Idlib city on Sunday 1st (...); ...; a drone attack
	// claimed by the Military Operations Command on an artillery gun on
	// Jabal Zain al-Abidin on Tuesday 3rd; raids on Talbiseh ...": the
	// claim is the attack's of its own part.
	if d.semicolonApart(s) {
		lo, hi := d.semicolonPart(s, k, k)
		mine := false
		for _, p := range s.Places {
			if p.First >= lo && p.Last <= hi && d.samePlace(f.place, p, false) {
				mine = true
			}
		}
		if !mine {
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

// otherSide reports whether actor a, named in sentence s before the place
// of frame f, is of another clause than f's place, which names a side of
// its own: "Hezbollah said it struck the Branit barracks with a drone,
// while an Israeli air raid on a house in Aita al-Shaab killed one of its
// fighters"; "a Hezbollah drone wounded a reservist near Shtula; Israeli
// jets then hit a house in Aita al-Shaab".
func (d *docState) otherSide(s *sentence, a *actorMatch, f *frame, perp bool) bool {
	at := -1
	for _, p := range s.Places {
		if p.Entry != nil && f.place.Entry != nil && p.Entry.ID == f.place.Entry.ID {
			at = p.First
			break
		}
	}
	// A claimant the sentence does not name (the outlet's own group) is of
	// no clause.
	if at < 0 || a.Last <= s.First || a.First >= s.Last {
		return false
	}
	if a.First > at {
		if !perp {
			return false // "..., and he confirmed that the Yemeni Armed Forces will continue"
		}
		// "a drone wounded a reservist near Shtula; Israeli jets then hit
		// a house in Aita al-Shaab": the side of a later clause with a
		// place of its own.
		brk := d.breakIn(at, a.First)
		if brk < 0 {
			return false
		}
		for _, p := range s.Places {
			if p.First > brk && p.Entry != nil && p.Entry.ID != f.place.Entry.ID && rank(p.Entry.Kind) <= 1 {
				return true
			}
		}
		return false
	}
	brk := d.breakIn(a.Last, at)
	if brk < 0 {
		return false
	}
	// Not a side told in an aside: "in response to the massacres of the
	// Israeli enemy".
	for _, o := range s.Actors {
		if o.First > brk && o.First < at && o.Actor.ID != a.Actor.ID && !inAside(s.Aside, o.First, o.Last) {
			return true
		}
	}
	for k := brk + 1; k < at; k++ {
		if id := demonyms[d.toks[k].Norm]; id != "" && id != a.Actor.ID && !inAside(s.Aside, k, k+1) {
			return true
		}
	}
	return false
}

// breakIn returns the last clause break in tokens [lo, hi), -1 for none:
// a semicolon, "while", "whereas", ", and", ", then", ", but".
func (d *docState) breakIn(lo, hi int) int {
	brk := -1
	for k := lo; k < hi; k++ {
		switch d.toks[k].Norm {
		case ";", "while", "whereas":
			brk = k
		case ",":
			if k+1 < hi && (d.toks[k+1].Norm == "and" || d.toks[k+1].Norm == "then" || d.toks[k+1].Norm == "but") {
				brk = k
			}
		}
	}
	return brk
}

// appositionEnd returns the index of the comma that closes a short
// apposition opened by the comma at j (", in the south,", ", near
// Tyre,"), before hi, or 0: a few words without a count, a casualty
// word, a conjunction or an attack word.
func (d *docState) appositionEnd(j, hi int) int {
	if d.toks[j].Norm != "," {
		return 0
	}
	for k := j + 1; k < hi && k <= j+5; k++ {
		t := &d.toks[k]
		if t.Norm == "," {
			if k == j+1 {
				return 0
			}
			return k
		}
		if t.Kind != normalize.Word || is(t, cKill) || is(t, cInjure) || is(t, cAttack) || is(t, cNumber) {
			return 0
		}
		switch t.Norm {
		case "and", "or", "but", "while", "when", "after", "following", "killing", "wounding", "injuring", "leaving":
			return 0
		}
	}
	return 0
}
