package extract

import (
	"slices"
	"sort"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// status grades how the document tells the incident.
func status(st map[string]bool) string {
	claims := st[sitrep.StanceClaims]
	switch {
	case claims && (st[sitrep.StanceDebunked] || st[sitrep.StanceDenies]):
		return sitrep.StatusDisputed
	case (st[sitrep.StanceDenies] || st[sitrep.StanceDebunked]) && !st[sitrep.StanceConfirms]:
		// "There was no attack on Khor Mor on Sunday."
		return sitrep.StatusDebunked
	case st[sitrep.StanceConfirms] && !(st[sitrep.StanceUnacknowledged] && !st[sitrep.StanceAcknowledged]):
		return sitrep.StatusConfirmed
	case st[sitrep.StanceDoubts]:
		return sitrep.StatusUnverified
	case claims && !st[sitrep.StanceStates] && !st[sitrep.StanceReports]:
		return sitrep.StatusClaimed
	}
	return sitrep.StatusReported
}

func (d *docState) report(f *frame, seq int) sitrep.Report {
	e := f.place.Entry
	pl := e.Place()
	pl.Name = e.Name
	if f.place.Near && e.Kind == sitrep.KindTown {
		pl.Precision = sitrep.GeoNear
	}
	if rank(e.Kind) <= 1 && e.Subkind != "unresolved" && (f.place.Side || f.place.Offset.Km > 0) {
		// "north of Mosul": beside it; "10 km north of Mosul": that far on.
		pl.Precision = sitrep.GeoNear
		if f.place.Offset.Km > 0 {
			pl.Lat, pl.Lon = moved(pl.Lat, pl.Lon, f.place.Offset)
		}
	}
	if e.Subkind == "unresolved" {
		pl.ID = ""
		pl.Precision = unresolvedPrecision(e)
		if pl.Precision == 0 {
			pl.Lat, pl.Lon = 0, 0
		}
	}
	r := sitrep.Report{
		Doc: d.doc.ID, Seq: seq, Place: pl, Category: f.category,
		Fatalities: f.killed, Injuries: f.injured, Status: stateStrikeStatus(f, status(f.stances)),
		Assertions: f.asserts, ClaimedBy: []string{}, Weapons: []sitrep.Weapon{},
	}
	if f.whenSet {
		r.When = f.when
	}
	if r.Category == "" {
		r.Category = sitrep.CategoryUnknown
	}
	for _, a := range f.claimants {
		r.ClaimedBy = append(r.ClaimedBy, a.Name)
	}
	if f.perp != nil {
		r.Perpetrator = f.perp.Name
	}
	if f.target != nil {
		r.Target = f.target.Name
	}
	kinds := make([]string, 0, len(f.weapons))
	for k := range f.weapons {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		r.Weapons = append(r.Weapons, sitrep.Weapon{Kind: k, Count: f.weapons[k], System: f.systems[k]})
	}
	first := f.sents[0]
	for _, s := range f.sents {
		if s.Span.Start < first.Span.Start && len(s.nonGeneric()) > 0 {
			first = s
		}
	}
	r.Quote = d.text[first.Span.Start:first.Span.End]
	r.Span = first.Span
	for st, on := range f.stances {
		if on {
			r.Stances = append(r.Stances, st)
		}
	}
	sort.Strings(r.Stances)
	r.Relay = relayOf(f.asserts)
	r.Outcome = trusted(f.asserts, sitrep.FieldOutcome)
	r.Damage = trusted(f.asserts, sitrep.FieldDamage)
	for _, a := range f.asserts {
		switch a.Field {
		case sitrep.FieldOutcome, sitrep.FieldDamage, sitrep.FieldFatalities, sitrep.FieldInjuries:
		default:
			continue
		}
		ac := sitrep.Account{Field: a.Field, Value: a.Value, Qualifier: a.Qualifier, Source: a.Source, Stance: a.Stance}
		// "The strike killed a Kata'ib Hezbollah commander": the count of
		// the victims named, which a fuller count outranks.
		if a.Field == sitrep.FieldFatalities && f.killedNamed && f.killed != nil && a.Value == itoa(*f.killed) && a.Qualifier == "" {
			ac.Qualifier = sitrep.QualifierNamed
		}
		if !slices.Contains(r.Accounts, ac) {
			r.Accounts = append(r.Accounts, ac)
		}
	}
	r.Place.Lat, r.Place.Lon = round5(r.Place.Lat), round5(r.Place.Lon)
	return r
}

func round5(v float64) float64 {
	return float64(int64(v*1e5+copysign(0.5, v))) / 1e5
}

func copysign(a, b float64) float64 {
	if b < 0 {
		return -a
	}
	return a
}

// stance is how strongly sentence s, about frame f, asserts what it says.
func (d *docState) stance(f *frame, s *sentence) string {
	switch {
	case s.Claimant != nil || d.outletActor != nil || s.UnnamedClaim:
		return sitrep.StanceClaims
	case (s.Speaker.Kind == SpeakerOfficial || s.Speaker.Kind == SpeakerLocalOfficial) && (s.Speaker.Verb >= 0 || s.Speaker.Label) &&
		(s.Denied || s.Debunked),
		// A ministry's own release: "The claims ... that our base in the
		// Metina region was attacked ... are completely baseless."
		d.outletOfficial && s.Speaker.Kind == SpeakerOutlet && (s.Denied || s.Debunked):
		// "MS. SINGH: ... There was no attack on Harir.
		return sitrep.StanceDenies
	case s.Speaker.Kind == SpeakerOfficial && (s.Speaker.Label || s.Speaker.Verb >= 0 && confirmVerbs[d.toks[s.Speaker.Verb].Norm]),
		d.outletOfficial && s.Speaker.Kind == SpeakerOutlet && !s.Hedged,
		// "TAMPA, Fla. - ... the container ship MAERSK HANGZHOU reported
		// that a missile had hit it": what an official's own release
		// relays, it vouches for.
		// Not its own hedge: "is aware of reports of an attack near
		// Conoco and is assessing them".
		d.outletOfficial && s.Speaker.Kind != SpeakerArmed && s.Speaker.Kind != SpeakerMedia && !s.Doubted &&
			!hasWord(d.toks, s.First, s.Last, "aware", "assessing", "reviewing", "investigating", "unconfirmed", "unverified"):
		return sitrep.StanceConfirms
	case s.Speaker.Kind == SpeakerLocalOfficial && (f.category == sitrep.CategoryAirstrike || f.perp != nil && f.perp.Type == StateForce):
		return sitrep.StanceConfirms // the strike's target side
	case s.Speaker.Kind == SpeakerArmed && len(s.Casualties) > 0 && hasWord(d.toks, s.First, s.Last, "its", "our") &&
		(f.category == sitrep.CategoryAirstrike || f.perp != nil && f.perp.Type == StateForce),
		s.Speaker.Kind == SpeakerArmed && d.diedAt(s, f):
		// "Kataib Hezbollah said eight of its fighters were killed in U.S.
		// strikes", "announced the martyrdom of two of its mujahideen": the
		// target side counting its own dead.
		return sitrep.StanceConfirms
	case s.Hedged || s.Speaker.Kind == SpeakerLocal || s.Speaker.Kind == SpeakerMedia || s.Speaker.Kind == SpeakerLocalOfficial:
		return sitrep.StanceReports
	}
	return sitrep.StanceStates
}

// stanceRank orders stances by trust for a field of one report: the
// target side's confirmation, then a plain statement, a hedged report, the
// perpetrator's claim, a doubted one.
var stanceRank = map[string]int{sitrep.StanceConfirms: 0, sitrep.StanceDenies: 1, sitrep.StanceStates: 1,
	sitrep.StanceReports: 2, sitrep.StanceClaims: 3, sitrep.StanceDoubts: 4}

// relayOf returns the outlet through which every assertion of as came (the
// last of each one's Via), or "" when one came otherwise or through a
// platform (Telegram, a website) rather than an outlet.
func relayOf(as []sitrep.Assertion) string {
	relay := ""
	for _, a := range as {
		if len(a.Via) == 0 {
			return ""
		}
		r := a.Via[len(a.Via)-1]
		if relay != "" && r != relay {
			return ""
		}
		relay = r
	}
	if platforms[normalize.Fold(relay)] {
		return ""
	}
	return relay
}

// platforms carry statements without being outlets that vouch for them.
var platforms = map[string]bool{"telegram": true, "twitter": true, "x": true, "facebook": true, "youtube": true,
	"whatsapp": true, "instagram": true, "tiktok": true, "social media": true, "its website": true, "a statement": true}

// trusted returns the value of field that the most trusted assertion of as
// gives, the first on ties, or "".
func trusted(as []sitrep.Assertion, field string) string {
	best, rank := "", 99
	for _, a := range as {
		if a.Field != field {
			continue
		}
		if r, ok := stanceRank[a.Stance]; ok && r < rank {
			best, rank = a.Value, r
		}
	}
	return best
}

// assertOutcomes asserts the outcomes sentence s tells of frame f. A
// loose sentence, about no incident of its own, gives a shoot-down or a
// miss only to an attack that can have one: "The military said it was
// destroyed before it entered Israeli airspace" tells of a drone or a
// missile, not of the warplane's strike on a house the report told.
func (d *docState) assertOutcomes(f *frame, s *sentence, source, stance string, loose bool) {
	if stance == sitrep.StanceDenies {
		stance = sitrep.StanceStates // "no damage" from the side that denies a hit states the outcome
	}
	for _, o := range s.Outcomes {
		if loose && o.Field == sitrep.FieldOutcome && !projectileCategory(f.category) {
			continue
		}
		d.assertAs(f, s, o.Field, o.Value, d.span(o.First, o.Last), source, stance)
	}
}

// maxLooseFrames is the most incidents a document may tell for the
// outcomes it states of no one of them to count for each.
const maxLooseFrames = 4

// looseOutcomes gives each incident of the document the outcomes that
// sentences about none of them state of the document's attacks as a whole,
// when the document tells few incidents and the sentence's source has said
// nothing of the outcome or damage of the incident.
func (d *docState) looseOutcomes(frames []*frame) {
	var live []*frame
	for _, f := range frames {
		if !f.dropped {
			live = append(live, f)
		}
	}
	if len(d.loose) == 0 || len(live) > maxLooseFrames {
		return
	}
	for _, f := range live {
		for _, s := range d.loose {
			// "Central Command also says six drones were destroyed over
			// the southern Red Sea": the outcome of an event elsewhere, not
			// of the strike in Kafr Kila.
			if attachedTo(live, s) || elsewhereThan(s, f) {
				continue
			}
			source := d.sourceName(s)
			if !saidBy(f.asserts, sitrep.FieldOutcome, source) && !saidBy(f.asserts, sitrep.FieldDamage, source) {
				d.assertOutcomes(f, s, source, d.stance(f, s), true)
			}
		}
	}
}

// projectileCategory reports whether an attack of category c is made
// with something that flies to its target and can be shot down or miss:
// drones, missiles, rockets, or a weapon not known.
func projectileCategory(c string) bool {
	switch c {
	case sitrep.CategoryDrone, sitrep.CategoryMissile, sitrep.CategoryRocket, sitrep.CategoryMortar, sitrep.CategoryArtillery,
		sitrep.CategoryUnknown, "":
		return true
	}
	return false
}

// elsewhereThan reports whether sentence s names towns, sites or waters,
// none of them in the country of frame f's place, outside its asides
// (not "fired from Yemen"; countries and land regions, "over northern
// Israel", say too little).
func elsewhereThan(s *sentence, f *frame) bool {
	if f.place.Entry == nil {
		return false
	}
	named := false
	for _, p := range s.Places {
		if p.Entry == nil || inAside(s.Aside, p.First, p.Last) {
			continue
		}
		if p.Entry.Kind == sitrep.KindCountry || p.Entry.Kind == sitrep.KindAdmin1 || p.Entry.Kind == sitrep.KindRegion && p.Entry.Country != "" {
			continue
		}
		if p.Entry.Country == f.place.Entry.Country {
			return false
		}
		named = true
	}
	return named
}

// saidBy reports whether source asserts field in as.
func saidBy(as []sitrep.Assertion, field, source string) bool {
	for _, a := range as {
		if a.Field == field && a.Source == source {
			return true
		}
	}
	return false
}

// attachedTo reports whether one of fs is told by sentence s.
func attachedTo(fs []*frame, s *sentence) bool {
	for _, f := range fs {
		if f.has(s) {
			return true
		}
	}
	return false
}

// hasWord reports whether one of words is among tokens [first, last).
func hasWord(toks []normalize.Token, first, last int, words ...string) bool {
	for i := first; i < last; i++ {
		for _, w := range words {
			if toks[i].Norm == w {
				return true
			}
		}
	}
	return false
}

// listedOnly reports whether every sentence of f heads a list of targets.
func listedOnly(f *frame) bool {
	for _, s := range f.sents {
		if !s.Listed {
			return false
		}
	}
	return len(f.sents) > 0
}

// ownDead reports whether tokens [lo, hi) tell of a group's own dead or
// wounded: "the martyrdom of two of its mujahideen", "our martyrs", "two
// of its fighters were killed". A group telling of them tells an attack
// on it, not one it claims ("its fighters killed three soldiers" is one).
func ownDead(toks []normalize.Token, lo, hi int) bool {
	_, ok := ownDeadAt(toks, lo, hi)
	return ok
}

// diedAt reports whether sentence s tells of its speaker's own dead (see
// ownDead) at the place of frame f, named after them: "the martyrdom of
// two of its mujahideen ... in the aggression that targeted the area of
// the Hamdan airport in Albukamal"; not "claimed rocket fire at Ramot
// Naftali, after four of its fighters were killed in a strike on Kfar
// Kila".
func (d *docState) diedAt(s *sentence, f *frame) bool {
	i, ok := ownDeadAt(d.toks, s.First, s.Last)
	return ok && f.place.Entry != nil && f.place.First > i && f.place.Last <= s.Last
}

// ownDeadAt is ownDead with the index of the word "its" or "our".
func ownDeadAt(toks []normalize.Token, lo, hi int) (int, bool) {
	for i := lo; i+1 < hi; i++ {
		if w := toks[i].Norm; w != "its" && w != "our" {
			continue
		}
		k := i + 1
		if !ownMembers[toks[k].Norm] && k+1 < hi && ownMembers[toks[k+1].Norm] {
			k++ // "its own fighters", "our heroic mujahideen"
		}
		switch {
		case toks[k].Norm == "martyrs" || toks[k].Norm == "martyr":
			return i, true
		case !ownMembers[toks[k].Norm]:
			continue
		}
		for j := max(lo, i-8); j < min(hi, k+8); j++ {
			switch w := toks[j].Norm; {
			case w == "martyrdom" || w == "martyred" || w == "died" || w == "mourned" || w == "mourns":
				return i, true
			case (w == "killed" || w == "wounded" || w == "injured") && j > lo && passiveAux[toks[j-1].Norm]:
				return i, true
			}
		}
	}
	return 0, false
}

// ownMembers are a group's people as it names them.
var ownMembers = map[string]bool{"fighters": true, "mujahideen": true, "mujahidin": true, "members": true,
	"martyrs": true, "martyr": true, "cadres": true, "commanders": true, "commander": true, "men": true}

// passiveAux come before a participle in the passive: "were killed".
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "being": true, "are": true, "is": true}

// stateStrikeStatus confirms a state's air strike that the text tells as a
// fact: states announce their strikes or the struck side reports them, so
// "U.S. aircraft struck three facilities" stated plainly is no mere report.
func stateStrikeStatus(f *frame, st string) string {
	if st == sitrep.StatusReported && f.category == sitrep.CategoryAirstrike && f.perp != nil && f.perp.Type == StateForce &&
		f.stances[sitrep.StanceStates] && !f.stances[sitrep.StanceUnacknowledged] {
		return sitrep.StatusConfirmed
	}
	return st
}
