package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// unacknowledged marks the frames whose striking side says only that it
// is looking into the report: "The Israeli military said it was aware of
// the report and was looking into it", "Regarding reports of a strike in
// the area of al-Wahda Street: the details are being looked into". The
// sentence tells no attack of its own, and it speaks for the state whose
// forces struck ("The Lebanese army said it was looking into the incident"
// says nothing of an Israeli strike); it is about the frame whose place it
// names, or else about that state's attack told last before it.
func (d *docState) unacknowledged(frames []*frame) {
	for _, s := range d.sents {
		if freshTrigger(s) {
			continue
		}
		side := d.sideOf(s)
		// "The Israeli army had issued no statement about Qana by
		// evening", "Israel issued no statement on the raid": the side that
		// struck, silent.
		at := -1
		if !d.outletOfficial {
			at = silence(d.toks, s.First, s.Last)
		}
		silent := false
		if at >= 0 {
			// The side silent is the one named as its subject, just before:
			// not Israel in "Hezbollah, which Israel says used the homes,
			// issued no statement".
			if sub := d.subjectSide(s, at); sub != "" {
				side, silent = sub, true
			}
		}
		if !silent && (!reviewWords(d.toks, s.First, s.Last) ||
			!(s.Speaker.Kind == SpeakerOfficial || d.outletOfficial || hasWord(d.toks, s.First, s.Last, "army", "military", "idf"))) {
			continue
		}
		var named, last *frame
		lastAt := -1
		for _, f := range frames {
			if f.dropped || len(f.claimants) > 0 {
				continue
			}
			// The state that struck: its forces, or the adjective of the
			// frame's first sentence ("killed by Israeli army fire").
			struck := ""
			if f.perp != nil && f.perp.Type == StateForce {
				struck = homeOf[f.perp.ID]
			} else if f.perp == nil {
				struck = d.sideOf(f.sents[0])
			}
			if struck == "" || side != "" && side != struck {
				continue
			}
			for _, p := range s.Places {
				if named == nil && d.samePlace(f.place, p, true) {
					named = f
				}
			}
			if at := f.sents[0].Index; at < s.Index && at > lastAt {
				last, lastAt = f, at
			}
		}
		if named == nil && len(s.Places) == 0 {
			named = last
		}
		if named != nil {
			named.stances[sitrep.StanceUnacknowledged] = true
		}
	}
}

// officialHome is the country of the official bodies that speak for a
// state's forces.
var officialHome = map[string]string{"centcom": "US", "pentagon": "US", "white_house": "US", "us_command_iraq": "US",
	"cjtf": "US", "iraq_gov": "IQ", "syria_gov": "SY", "krg_ct": "IQ", "asayish": "IQ"}

// sideOf returns the country of the state or official body sentence s
// speaks for or tells of, by the actor or the adjective it names first
// ("the Israeli military", "CENTCOM", "the Lebanese army"), or "" when it
// names none ("the army said").
func (d *docState) sideOf(s *sentence) string {
	for _, a := range s.Actors {
		if h := homeOf[a.Actor.ID]; h != "" {
			return h
		}
		if h := officialHome[a.Actor.ID]; h != "" {
			return h
		}
	}
	for k := s.First; k < s.Last; k++ {
		if id := demonyms[d.toks[k].Norm]; id != "" && homeOf[id] != "" {
			return homeOf[id]
		}
	}
	return ""
}

// subjectSide returns the country of the state that the six words before
// token at name, by an actor of its forces or an official body, an
// adjective or the state's name ("The Israeli army had", "Israel"), or "".
func (d *docState) subjectSide(s *sentence, at int) string {
	lo := max(s.First, at-6)
	for _, a := range s.Actors {
		if a.Last > at || a.Last < lo {
			continue
		}
		if h := homeOf[a.Actor.ID]; h != "" {
			return h
		}
		if h := officialHome[a.Actor.ID]; h != "" {
			return h
		}
	}
	for k := at - 1; k >= lo; k-- {
		w := d.toks[k].Norm
		if id := demonyms[w]; id != "" && homeOf[id] != "" {
			return homeOf[id]
		}
		if id := countryForces[w]; id != "" && homeOf[id] != "" && d.toks[k].Upper {
			return homeOf[id]
		}
		if w == "," || w == ";" {
			break
		}
	}
	return ""
}

// reviewWords reports the words of a side that neither owns nor denies an
// attack: "looking into it", "the details are being examined", "under
// review", "checking the report", "aware of the report", "assessing them".
// Not "assessing the damage", "examining the cameras" (an inquiry's
// work), nor "looking into that claim" (the other side's claim).
func reviewWords(toks []normalize.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		next := ""
		if i+1 < hi {
			next = toks[i+1].Norm
		}
		switch toks[i].Norm {
		case "look", "looks", "looking", "looked":
			if next == "into" && reviewObject(toks, i+2, hi) {
				return true
			}
		case "examining", "reviewing", "checking", "assessing", "investigating":
			if reviewObject(toks, i+1, hi) {
				return true
			}
		case "examine", "check", "investigate":
			// "said it would examine the report"; not "went to the place
			// to collect the remains and to examine them".
			if i-1 >= lo && (toks[i-1].Norm == "would" || toks[i-1].Norm == "will") && reviewObject(toks, i+1, hi) {
				return true
			}
		case "examined", "reviewed", "checked":
			// "the details are being examined"
			if i-2 >= lo && toks[i-1].Norm == "being" && reviewObject(toks, max(lo, i-5), i) {
				return true
			}
		case "examination", "review":
			// "under review"; "would review the report"
			if i-1 >= lo && (toks[i-1].Norm == "under" || toks[i-1].Norm == "for" ||
				toks[i].Norm == "review" && (toks[i-1].Norm == "would" || toks[i-1].Norm == "will") && reviewObject(toks, i+1, hi)) {
				return true
			}
		case "aware":
			for k := i + 1; k < hi && k <= i+5; k++ {
				if w := toks[k].Norm; w == "report" || w == "reports" {
					return true
				}
			}
		}
	}
	return false
}

// silence returns where the words of a side that says nothing of an attack
// begin, or -1: "made no statement", "had issued no statement about", "gave
// no account of the target", "had said nothing about", "did not
// acknowledge". Not "declined to comment", which is how a state that keeps
// silent on such strikes by policy answers every one of them; nor "the
// front was silent", which tells of fire.
func silence(toks []normalize.Token, lo, hi int) int {
	for i := lo; i < hi; i++ {
		prev, next := "", ""
		if i > lo {
			prev = toks[i-1].Norm
		}
		if i+1 < hi {
			next = toks[i+1].Norm
		}
		switch toks[i].Norm {
		case "no":
			switch next {
			case "statement", "account", "acknowledgement", "acknowledgment", "confirmation":
				switch prev {
				case "made", "issued", "gave", "given", "offered", "released", "published", "had", "has", "have", "was", "there":
					return i
				}
			}
		case "nothing":
			if prev == "said" && (next == "about" || next == "on" || next == "of" || next == ".") {
				return i
			}
		case "acknowledge", "acknowledged":
			if prev == "not" || prev == "never" {
				return i
			}
		}
	}
	return -1
}

// reviewObject reports whether one of the three words from k on is what a
// side looks into when it owns nothing: the report, the details, the
// incident, "it", "them".
func reviewObject(toks []normalize.Token, k, hi int) bool {
	for j := k; j < hi && j < k+3; j++ {
		switch toks[j].Norm {
		case "claim", "claims":
			return false
		case "report", "reports", "details", "incident", "it", "them", "matter":
			return true
		}
	}
	return false
}

// acknowledges reports whether sentence s, about frame f, acknowledges the
// attack in its side's or an official's own words: an official outlet's
// text, a speaker that names a state's forces or an official body ("CENTCOM
// said"), or "the military said its jets struck" of the state whose forces
// struck; not "hospital officials said", nor a sentence that only looks
// into the report.
func (d *docState) acknowledges(f *frame, s *sentence) bool {
	if reviewWords(d.toks, s.First, s.Last) {
		return false
	}
	if d.outletOfficial {
		return true
	}
	if s.Speaker.Kind != SpeakerOfficial {
		return false
	}
	if s.Speaker.Name != "" {
		toks := normalize.Tokens(s.Speaker.Name)
		for _, m := range d.x.actors.match(s.Speaker.Name, toks, 0, len(toks)) {
			if m.Actor.Type == StateForce || m.Actor.Type == Official {
				return true
			}
		}
	}
	if f.perp != nil && f.perp.Type == StateForce && hasWord(d.toks, s.First, s.Last, "army", "military", "idf") {
		side := d.sideOf(s)
		return side == "" || side == homeOf[f.perp.ID]
	}
	return false
}
