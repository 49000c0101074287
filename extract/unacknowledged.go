package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// unacknowledged marks the frames whose striking side says only that it
// is looking into the report: "The Israeli military said it was aware of
// the report and was looking into it", "Regarding reports of a strike in
// the area of al-Wahda Street: the details are being looked into". The
// sentence tells no attack of its own; it is about the frame whose place
// it names, or else about the state's attack told last before it.
func (d *docState) unacknowledged(frames []*frame) {
	for _, s := range d.sents {
		if hasVerbTrigger(s) || !reviewWords(d.toks, s.First, s.Last) ||
			!(s.Speaker.Kind == SpeakerOfficial || d.outletOfficial || hasWord(d.toks, s.First, s.Last, "army", "military", "idf")) {
			continue
		}
		var named, last *frame
		lastAt := -1
		for _, f := range frames {
			// A state's attack, or an unclaimed one by no named group:
			// "was killed by Israeli army fire".
			if f.dropped || len(f.claimants) > 0 || f.perp != nil && f.perp.Type != StateForce || f.category == sitrep.CategoryUnknown {
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
			if next == "into" && reviewedAfter(toks, i+2, hi) {
				return true
			}
		case "examining", "reviewing", "checking", "assessing", "investigating":
			if reviewedAfter(toks, i+1, hi) {
				return true
			}
		case "examined", "reviewed", "checked":
			if i-2 >= lo && toks[i-1].Norm == "being" && reviewedAfter(toks, max(lo, i-5), i) {
				return true
			}
		case "examination", "review":
			if i-1 >= lo && (toks[i-1].Norm == "under" || toks[i-1].Norm == "for") {
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

// reviewedAfter reports whether the words from k on (three at most) are
// what a side looks into when it owns nothing: the report, the details,
// the incident, "it", "them".
func reviewedAfter(toks []normalize.Token, k, hi int) bool {
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

// acknowledges reports whether sentence s is an attack's acknowledgement
// in its side's or an official's own words: an official outlet's text, or
// a speaker that names a state's forces or an official body ("the Israeli
// military said", "CENTCOM said"), not "hospital officials said".
func (d *docState) acknowledges(s *sentence) bool {
	// "Asked about the strike, a military spokesperson said the army was
	// looking into the report": no acknowledgement.
	if reviewWords(d.toks, s.First, s.Last) {
		return false
	}
	if d.outletOfficial {
		return true
	}
	if s.Speaker.Kind != SpeakerOfficial || s.Speaker.Name == "" {
		return false
	}
	toks := normalize.Tokens(s.Speaker.Name)
	for _, m := range d.x.actors.match(s.Speaker.Name, toks, 0, len(toks)) {
		if m.Actor.Type == StateForce || m.Actor.Type == Official {
			return true
		}
	}
	return false
}
