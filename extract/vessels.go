package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// vesselRef is a ship the text names: "M/V Rubymar", "the Liberia-flagged
// tanker Strinda", "the British ship (RUBYMAR)", "the Strinda, a Norwegian
// tanker", "USS Carney". Name is as written, without the M/V that
// introduces it; a warship keeps its navy's prefix ("USS Carney").
type vesselRef struct {
	First, Last int // tokens of the name
	Name        string
	Warship     bool
	Typed       bool // an advisory's vessel line: "MARITA GRACE, bulk carrier"
}

// merchantPrefixes introduce a merchant ship's name: "MV", "M/V", "MT",
// "M/T".
var merchantPrefixes = map[string]bool{"mv": true, "mt": true}

// navyPrefixes introduce a warship's name: "USS Carney", "HMS Diamond".
var navyPrefixes = map[string]bool{"uss": true, "hms": true, "fs": true, "ins": true, "hmcs": true, "hnlms": true,
	"fgs": true}

// vesselNouns name a merchant ship just before its name ("the tanker
// Strinda") or in an apposition after it ("the Strinda, a Norwegian
// tanker"); warshipNouns name a warship's class.
var vesselNouns = map[string]bool{"vessel": true, "ship": true, "tanker": true, "carrier": true, "freighter": true,
	"bulker": true, "boxship": true, "containership": true, "merchantman": true}

// warshipNouns name a warship's class before its name: "the destroyer
// Carney".
var warshipNouns = map[string]bool{"destroyer": true, "frigate": true, "cruiser": true, "warship": true,
	"corvette": true}

// flagWords end the adjectives of a ship's flag and owners, which its name
// may follow without a noun: "the Belize-flagged, British-registered
// Rubymar", "the Israeli-owned Galaxy Leader".
var flagWords = map[string]bool{"flagged": true, "registered": true, "owned": true, "operated": true, "managed": true}

// notVesselNames are capitalised words that follow a ship's noun without
// naming it: "the ship Monday", "a vessel The".
var notVesselNames = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "at": true,
	"off": true, "near": true, "and": true, "or": true, "but": true, "was": true, "is": true, "which": true,
	"that": true, "this": true, "it": true, "its": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "yesterday": true, "today": true, "tonight": true, "earlier": true, "later": true, "no": true,
	"none": true, "after": true, "before": true, "while": true, "as": true, "when": true, "local": true}

// vesselsIn returns the ships tokens [lo, hi) name, in order, leaving out
// names that are places or actors the sentence already reads (taken).
func vesselsIn(text string, toks []normalize.Token, lo, hi int, taken func(i int) bool) []vesselRef {
	var out []vesselRef
	add := func(first int, warship bool, prefix string) int {
		last := vesselNameEnd(toks, first, hi)
		if last == first || taken(first) {
			return first
		}
		name := joinName(text, toks, first, last)
		if prefix != "" {
			name = prefix + " " + name
		}
		out = append(out, vesselRef{First: first, Last: last, Name: name, Warship: warship})
		return last
	}
	for i := lo; i < hi; i++ {
		t := &toks[i]
		// Most words neither begin a ship's name nor are capitalised.
		if t.Kind != normalize.Word || !t.Upper && !is(t, cVesselCue) {
			continue
		}
		w := t.Norm
		switch {
		case navyPrefixes[w] && t.Upper && i+1 < hi:
			i = add(i+1, true, strings.ToUpper(w)) - 1
		case merchantPrefixes[w] && t.Upper && i+1 < hi:
			i = add(i+1, false, "") - 1
		case (w == "m") && t.Upper && i+3 < hi && toks[i+1].Norm == "/" && (toks[i+2].Norm == "v" || toks[i+2].Norm == "t"):
			i = add(i+3, false, "") - 1
		case warshipNouns[w] && !t.Possessive && i+1 < hi && !navyPrefixes[toks[i+1].Norm]:
			// "the U.S. Navy destroyer Carney": a warship, whose navy's
			// prefix the name may lack.
			if j := add(i+1, true, ""); j > i+1 {
				i = j - 1
			}
		case vesselNouns[w] && !t.Possessive && i+1 < hi:
			k := i + 1
			// "the ship (RUBYMAR)", "the tanker \"Strinda\"".
			if nameQuotes[toks[k].Norm] {
				k++
			}
			// "the bulk carrier M/V Unity Explorer", "the aircraft carrier
			// USS Eisenhower": the prefix's case reads it.
			if k < hi && !merchantPrefixes[toks[k].Norm] && !navyPrefixes[toks[k].Norm] && toks[k].Norm != "m" &&
				!(w == "carrier" && (i > lo && toks[i-1].Norm == "aircraft" || toks[k].Norm == "air" || toks[k].Norm == "strike")) {
				if j := add(k, false, ""); j > k {
					i = j - 1
				}
			}
		case flagWords[w] && i > lo && toks[i-1].Norm == "-" && i+1 < hi && toks[i+1].Kind == normalize.Word &&
			!merchantPrefixes[toks[i+1].Norm] && !navyPrefixes[toks[i+1].Norm] && toks[i+1].Norm != "m":
			// "the Belize-flagged, British-registered Rubymar".
			if j := add(i+1, false, ""); j > i+1 {
				i = j - 1
			}
		case t.Upper && allCaps(text[t.Start:t.End]) && !notVesselNames[w] && !taken(i) && typedAfter(text, toks, i, hi):
			// "MARITA GRACE, bulk carrier, approx. 57,000 dwt": an
			// advisory's vessel line.
			last := vesselNameEnd(toks, i, hi)
			out = append(out, vesselRef{First: i, Last: last, Name: joinName(text, toks, i, last), Typed: true})
			i = last - 1
		case t.Upper && (i == lo || toks[i-1].Norm == "the") && !notVesselNames[w]:
			// "the Strinda, a Norwegian-owned chemical tanker".
			last := vesselNameEnd(toks, i, hi)
			if last > i && appositionShip(toks, last, hi) && !taken(i) {
				out = append(out, vesselRef{First: i, Last: last, Name: joinName(text, toks, i, last)})
				i = last - 1
			}
		}
	}
	return out
}

// vesselNameEnd returns the end of a ship's name starting at token first: up to
// four capitalised words or numbers after a word ("Number 9"), with "of"
// between capitalised words ("Star of Luck"). first itself when none.
func vesselNameEnd(toks []normalize.Token, first, hi int) int {
	k := first
	for k < hi && k-first < 4 {
		t := toks[k]
		switch {
		case t.Kind == normalize.Word && capWord(t) && !(k == first && notVesselNames[t.Norm]) && !shipNameStop[t.Norm]:
		case t.Kind == normalize.Number && k > first && t.End-t.Start <= 3 && !distanceAfter(toks, k, hi):
		case t.Norm == "of" && k > first && k+1 < hi && capWord(toks[k+1]):
		default:
			return k
		}
		k++
	}
	return k
}

// distanceAfter reports a number that is a distance, its unit written
// against it or after it: "98NM", "98 NM", "40 km".
func distanceAfter(toks []normalize.Token, k, hi int) bool {
	if k+1 >= hi {
		return false
	}
	u := toks[k+1].Norm
	return kmPerUnit[u] > 0
}

// shipNameStop are capitalised words that end a name: "the tanker Strinda
// Monday" is held by capWord; these are nouns of a place or side that
// follow a name without belonging to it.
var shipNameStop = map[string]bool{"strait": true, "gulf": true}

// appositionShip reports a ship's noun that takes up the name just before
// token k: ", a Norwegian tanker" (an apposition), "as the container ship
// sailed" (the next clause): a comma or "as", an article, then the noun
// within six tokens.
func appositionShip(toks []normalize.Token, k, hi int) bool {
	if k+2 >= hi {
		return false
	}
	switch toks[k].Norm {
	case ",":
		if a := toks[k+1].Norm; a != "a" && a != "an" {
			return false
		}
	case "as":
		if toks[k+1].Norm != "the" {
			return false
		}
	default:
		return false
	}
	for j := k + 2; j < hi && j <= k+8; j++ {
		if vesselNouns[toks[j].Norm] {
			return true
		}
		if toks[j].Kind == normalize.Punct && toks[j].Norm != "-" {
			return false
		}
	}
	return false
}

// typedAfter reports a name in capitals from token i, then a comma and a
// ship's type without an article: "MARITA GRACE, bulk carrier".
func typedAfter(text string, toks []normalize.Token, i, hi int) bool {
	last := vesselNameEnd(toks, i, hi)
	if last == i || last+2 >= hi || toks[last].Norm != "," {
		return false
	}
	for k := i; k < last; k++ {
		if toks[k].Kind == normalize.Word && !allCaps(text[toks[k].Start:toks[k].End]) {
			return false
		}
	}
	for j := last + 1; j < hi && j <= last+3; j++ {
		if vesselNouns[toks[j].Norm] {
			return true
		}
		if toks[j].Kind != normalize.Word || toks[j].Upper || toks[j].Norm == "the" || toks[j].Norm == "a" || toks[j].Norm == "an" {
			return false
		}
	}
	return false
}

// joinName writes tokens [first, last) of text as a name, single spaces
// between them; a name in capitals ("RUBYMAR", in a group's statement)
// takes initial capitals.
func joinName(text string, toks []normalize.Token, first, last int) string {
	name := strings.Join(strings.Fields(text[toks[first].Start:toks[last-1].End]), " ")
	if strings.ToUpper(name) == name {
		return titleName(strings.ToLower(name))
	}
	return name
}

// titleName capitalises each word of a lower-case name: "maersk
// gibraltar" -> "Maersk Gibraltar". Names are compared by
// sitrep.VesselKey, so the case is for display only.
func titleName(s string) string {
	b := []byte(s)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' '
	}
	return string(b)
}

// findVessels reads the ships each sentence names: where the text
// introduces them, then every later or earlier capitalised mention of a
// name introduced somewhere in the document ("the Rubymar", "RUBYMAR").
func (d *docState) findVessels() {
	known := map[string]vesselRef{} // by first word
	for _, s := range d.sents {
		s.Vessels = vesselsIn(d.text, d.toks, s.First, s.Last, d.takenBy(s))
		for _, v := range s.Vessels {
			if _, ok := known[d.toks[v.First].Norm]; !ok {
				known[d.toks[v.First].Norm] = v
			}
		}
	}
	if len(known) == 0 {
		return
	}
	for _, s := range d.sents {
		for i := s.First; i < s.Last; i++ {
			v, ok := known[d.toks[i].Norm]
			if !ok || !d.toks[i].Upper || s.namesVesselAt(i) {
				continue
			}
			n := v.Last - v.First
			if i+n > s.Last || !sameWords(d.toks, v.First, i, n) {
				continue
			}
			s.Vessels = append(s.Vessels, vesselRef{First: i, Last: i + n, Name: v.Name, Warship: v.Warship})
			i += n - 1
		}
	}
}

// takenBy reports the tokens of s that begin a place or an actor it reads.
func (d *docState) takenBy(s *sentence) func(i int) bool {
	return func(i int) bool {
		for _, p := range s.Places {
			if i >= p.First && i < p.Last {
				return true
			}
		}
		for _, a := range s.Actors {
			if i >= a.First && i < a.Last {
				return true
			}
		}
		return false
	}
}

func (s *sentence) namesVesselAt(i int) bool {
	for _, v := range s.Vessels {
		if i >= v.First && i < v.Last {
			return true
		}
	}
	return false
}

func sameWords(toks []normalize.Token, a, b, n int) bool {
	for k := range n {
		if toks[a+k].Norm != toks[b+k].Norm {
			return false
		}
	}
	return true
}

// frameVessels returns the ship each of kept tells of (frameVessel): the
// merchant ship its own sentences that tell the attack name; else, at sea
// or off a port, one the text names after its first sentence, before the
// first sentence of the next incident it tells and six sentences at most,
// that no other incident's own sentences name ("Houthi terrorists fired
// two anti-ship ballistic missiles toward the Bab el-Mandeb. ¶ One of the
// two missiles struck M/V Rubymar"); else the warship its own sentences
// name. Sentences dated to another day than the incident's give none. An air strike's ships are those that
// launched it, not its target, and an incident told at a country is no
// ship's ("the USS Mason knocked down a missile heading for the tanker
// Torm Thor ... U.S. and British aircraft struck ... Yemen").
func (d *docState) frameVessels(kept []*frame) []string {
	out := make([]string, len(kept))
	none := func(f *frame) bool {
		return len(f.sents) == 0 || f.category == sitrep.CategoryAirstrike || f.place.Entry == nil ||
			f.place.Entry.Kind == sitrep.KindCountry
	}
	var starts []int
	for _, f := range kept {
		if len(f.sents) > 0 {
			starts = append(starts, firstSentence(f))
		}
	}
	slices.Sort(starts)
	// A sentence dated to another day than the incident's tells another
	// attack: "USS Carney destroyed 14 drones ... The engagement followed
	// Friday's drone strike on the container ship MSC Palatium III".
	sameDay := func(f *frame, ss []*sentence) []*sentence {
		var out []*sentence
		for _, s := range ss {
			if day := dayOf(s); f.whenSet && !day.IsZero() && !day.Overlaps(f.when, 0) {
				continue
			}
			out = append(out, s)
		}
		return out
	}
	own := map[string]bool{}
	for i, f := range kept {
		if !none(f) {
			out[i] = frameVessel(sameDay(f, f.sents), f.place.First, false, true)
			own[sitrep.VesselKey(out[i])] = true
		}
	}
	for i, f := range kept {
		if out[i] != "" || none(f) {
			continue
		}
		// Only an attack at sea, or off a port, finds its ship in the
		// sentences after it.
		if e := f.place.Entry; e.Country == "" || f.place.Offset.Km > 0 || f.place.Side {
			a := firstSentence(f)
			b := min(len(d.sents), a+6)
			if k, _ := slices.BinarySearch(starts, a+1); k < len(starts) {
				b = min(b, starts[k])
			}
			if v := frameVessel(sameDay(f, d.sents[a:b]), f.place.First, false, false); !own[sitrep.VesselKey(v)] {
				out[i] = v
			}
		}
		// "USS Mason shot down one anti-ship ballistic missile" and no
		// merchant ship: the warship.
		if out[i] == "" {
			out[i] = frameVessel(sameDay(f, f.sents), f.place.First, true, true)
		}
	}
	// An advisory that tells one attack at sea and names one merchant ship,
	// in its own section ("2. VESSEL / MARITA GRACE, bulk carrier"): that
	// ship.
	// Not one that tells of several: "struck two commercial vessels".
	at, n := -1, 0
	for i, f := range kept {
		if e := f.place.Entry; !none(f) && (e.Country == "" || f.place.Offset.Km > 0 || f.place.Side) {
			at, n = i, n+1
			if f.summary || d.shipsCounted(f) {
				n++
			}
		}
	}
	if n == 1 && out[at] == "" {
		if v := d.onlyShip(); v != "" && !own[sitrep.VesselKey(v)] {
			out[at] = v
		}
	}
	return out
}

// shipsCounted reports a sentence of f that counts ships: "two
// commercial vessels", "the two merchant ships".
func (d *docState) shipsCounted(f *frame) bool {
	for _, s := range f.sents {
		for k := s.First; k+1 < s.Last; k++ {
			if n, next, ok := number(d.toks, k, true); ok && n > 1 && next < s.Last {
				for j := next; j < s.Last && j <= next+2; j++ {
					if vesselNouns[d.toks[j].Norm] || d.toks[j].Norm == "vessels" || d.toks[j].Norm == "ships" || d.toks[j].Norm == "tankers" {
						return true
					}
				}
			}
		}
	}
	return false
}

// onlyShip returns the one merchant ship the text names, when it names it
// on an advisory's vessel line; "" when it names none there, or several
// ships anywhere.
func (d *docState) onlyShip() string {
	one, typed := "", false
	for _, s := range d.sents {
		for _, v := range s.Vessels {
			if v.Warship {
				continue
			}
			if one != "" && sitrep.VesselKey(one) != sitrep.VesselKey(v.Name) {
				return ""
			}
			one, typed = v.Name, typed || v.Typed
		}
	}
	if !typed {
		return ""
	}
	return one
}

func firstSentence(f *frame) int {
	a := f.sents[0].Index
	for _, s := range f.sents {
		a = min(a, s.Index)
	}
	return a
}

// frameVessel returns the ship sentences tell of: the merchant ship the
// first of them to name one merchant ship names ("the missile was likely
// targeting M/V Torm Thor" after "USS Mason shot down one anti-ship
// ballistic missile"), else the warship of the first to name one; "" when
// none does. A sentence that names several merchant ships tells of the one
// named last before the incident's place, token at ("struck M/V Islander
// in the Gulf of Aden on Feb. 22, and six days after M/V Rubymar was hit"),
// and of none when the place is not in it. Warships count only when navy
// is set; with told, only sentences that tell an attack or its outcome
// count.
func frameVessel(sents []*sentence, at int, navy, told bool) string {
	warship := ""
	for _, s := range sents {
		// "The Yemeni Armed Forces hold the British government
		// responsible (RUBYMAR)": a sentence that tells no attack or
		// outcome names a ship for another reason.
		if told && len(s.Triggers) == 0 && len(s.Outcomes) == 0 {
			continue
		}
		m, w := s.vesselsNamed()
		switch {
		case len(m) == 1:
			return m[0]
		case len(m) > 1:
			if at < s.First || at >= s.Last {
				return ""
			}
			name := ""
			for _, v := range s.Vessels {
				if !v.Warship && v.Last <= at {
					name = v.Name
				}
			}
			return name
		}
		if navy && warship == "" && len(w) == 1 {
			warship = w[0]
		}
	}
	return warship
}

// vesselsNamed returns the merchant ships and the warships s names, each
// once.
func (s *sentence) vesselsNamed() (merchant, navy []string) {
	for _, v := range s.Vessels {
		if v.Warship {
			navy = appendNew(navy, v.Name)
		} else {
			merchant = appendNew(merchant, v.Name)
		}
	}
	return merchant, navy
}

func appendNew(xs []string, x string) []string {
	k := sitrep.VesselKey(x)
	for _, y := range xs {
		if sitrep.VesselKey(y) == k {
			return xs
		}
	}
	return append(xs, x)
}

// sameShip merges the incidents of a document that tell one ship's attack
// in two places ("struck M/T STRINDA ... in the Red Sea", "near the Bab
// el-Mandeb", both on 11 December): one ship, dates that meet, weapons
// that agree. The one at the more precise place keeps the other.
func sameShip(kept []*frame, vessels []string) ([]*frame, []string) {
	for i := range kept {
		if vessels[i] == "" || kept[i].dropped {
			continue
		}
		for j := i + 1; j < len(kept); j++ {
			f, c := kept[i], kept[j]
			if c.dropped || sitrep.VesselKey(vessels[j]) != sitrep.VesselKey(vessels[i]) || !f.whenSet || !c.whenSet ||
				!f.when.Overlaps(c.when, 0) || !sitrep.CategoryCompatible(f.category, c.category) {
				continue
			}
			if placePrecision(c) < placePrecision(f) {
				f.place, c.place = c.place, f.place
			}
			merge(f, c)
		}
	}
	var fs []*frame
	var vs []string
	for i, f := range kept {
		if !f.dropped {
			fs, vs = append(fs, f), append(vs, vessels[i])
		}
	}
	return fs, vs
}

func placePrecision(f *frame) int {
	if f.place.Entry == nil {
		return 5
	}
	return f.place.Entry.Place().Precision
}
