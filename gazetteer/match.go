package gazetteer

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/normalize"
)

// Match is one place name found in a text.
type Match struct {
	Start, End  int      // byte span in the text, with absorbed keywords and direction words
	First, Last int      // token indices [First, Last)
	Entries     []*Entry // candidates, best first; shared, must not be modified
	Direction   string   // "north", "southwest", "central"... when a direction word precedes
	Demonym     bool     // the name is a demonym of its entries ("Russian", "Iraqi"), not a place named
	Key         string   // the name's key (see Key), without keywords and direction
	// Qualified is set when a division or country follows the name after a
	// comma ("London, Ky.", "Paris, Texas"): Entries then hold only the
	// places inside it, namesakes included.
	Qualified bool
	// Cued is set when a keyword or a word about the place ("province",
	// "the city of", "air base", "Gov.") calls for the kind of Entries[0]:
	// the context may choose among the places of that kind only.
	Cued bool
}

// Match returns the place names in text, whose tokens are toks (from
// normalize.Tokens), in text order and non-overlapping; at each position
// the longest name wins. Hyphens and articles ("al-", "as-", the Arabic
// "ال") inside names are optional. A Latin-script name needs a capitalised
// word; names that are common English words ("Hit", "Salt") must also not
// start a sentence unless a place keyword follows or precedes them. A
// following "province", "city", "oil field", "air base"... and a preceding
// "province of", "city of"... are part of the span and put candidates of
// that kind first; so is a preceding direction ("western Anbar", "the
// south of Syria"), which sets Direction.
//
// Names that only GeoNames entries bear match under stricter rules: not at
// all when they are one word of three letters or fewer ("Qom", "Sur") or
// only stop words ("Most", "May"); in Latin script, only with a
// capitalised word that does not start the sentence, unless a place
// keyword follows ("Musayyib city"), and not right after a capitalised word
// that is not a stop word, where they end a longer name ("Lloyd Austin",
// "Abu Mahdi al-Muhandis"), nor, when of one word, right before one, where
// they start a longer name ("Franklin Roosevelt"), nor as the name of an area ("Shaqlawa district",
// "the district of Marjayoun"). The names of generated countries,
// first-level divisions and regions may start a sentence and take "province"
// or "region" when a division bears them.
//
// Names written in capitals in the data ("US", "UK", "U.S.", "UAE") match
// only in capitals, whatever their length. A name ending in an initial
// takes its period ("U.S."). Demonyms ("Russian",
// "Iraqi") match with Demonym set, without keywords or direction; they
// must be capitalised and not end a longer name ("Native American").
func (g *Gazetteer) Match(text string, toks []normalize.Token) []Match {
	m := matcher{g: g, text: text, toks: toks, strict: true, caseless: caseless(toks)}
	return m.qualify(m.possessiveParts(m.listKinds(m.all())))
}

// kwClass is the kind of place a keyword speaks of.
type kwClass int

const (
	classNone kwClass = iota
	classAdmin
	classTown
	classSite
	classArea // "district": an area around a town, of no entry kind
)

type keyword struct {
	words []string
	class kwClass
}

// afterKeywords may follow a name, longest first. Site keywords are taken
// only when the name has a site among its candidates.
var afterKeywords = []keyword{
	{[]string{"oil", "and", "gas", "field"}, classSite},
	{[]string{"military", "air", "base"}, classSite},
	{[]string{"border", "crossing"}, classSite},
	{[]string{"military", "base"}, classSite},
	{[]string{"air", "base"}, classSite},
	{[]string{"oil", "field"}, classSite},
	{[]string{"gas", "field"}, classSite},
	{[]string{"oilfield"}, classSite},
	{[]string{"gasfield"}, classSite},
	{[]string{"airbase"}, classSite},
	{[]string{"airfield"}, classSite},
	{[]string{"airport"}, classSite},
	{[]string{"field"}, classSite},
	{[]string{"base"}, classSite},
	{[]string{"garrison"}, classSite},
	{[]string{"outpost"}, classSite},
	{[]string{"camp"}, classSite},
	{[]string{"crossing"}, classSite},
	{[]string{"province"}, classAdmin},
	{[]string{"governorate"}, classAdmin},
	{[]string{"governate"}, classAdmin},
	{[]string{"region"}, classAdmin},
	{[]string{"district"}, classArea},
	// Lebanon's and Iraq's districts and sub-districts: "the caza of
	// Marjayoun", "the Chamchamal qada", "the nahiya of Qara Hanjir".
	{[]string{"caza"}, classArea},
	{[]string{"kaza"}, classArea},
	{[]string{"qada"}, classArea},
	{[]string{"qadaa"}, classArea},
	{[]string{"nahiya"}, classArea},
	{[]string{"nahia"}, classArea},
	{[]string{"subdistrict"}, classArea},
	{[]string{"city"}, classTown},
	{[]string{"town"}, classTown},
}

// beforeOf are the words of "<word> of <name>".
var beforeOf = map[string]kwClass{
	"province": classAdmin, "governorate": classAdmin, "governate": classAdmin,
	"city": classTown, "town": classTown,
}

// arabicBefore are Arabic words that precede a name: governorate, city,
// town; base, field, airport, crossing, camp.
var arabicBefore = map[string]kwClass{
	normalize.Fold("محافظة"): classAdmin,
	normalize.Fold("مدينة"):  classTown,
	normalize.Fold("بلدة"):   classTown,
	normalize.Fold("قاعدة"):  classSite,
	normalize.Fold("حقل"):    classSite,
	normalize.Fold("مطار"):   classSite,
	normalize.Fold("معبر"):   classSite,
	normalize.Fold("مخيم"):   classSite,
}

// matcher holds the state of one Match or Lookup.
type matcher struct {
	g      *Gazetteer
	text   string
	toks   []normalize.Token
	strict bool // capitalisation rules, off for Lookup
	// caseless is set for a text whose case says nothing (all lower case,
	// as MUC-4 and many social media posts; all capitals): only the names
	// of curated places, countries, divisions, regions and cities of some
	// size match, none that is a common word or only a few letters.
	caseless bool
	// initial holds the keys of names refused for starting a sentence,
	// and initialOK those the text names elsewhere, taken there too.
	initial   []string
	initialOK map[string]bool
}

// caselessLocatives may stand before a town's name in a caseless text.
var caselessLocatives = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "from": true, "into": true,
	"toward": true, "towards": true, "around": true}

// locative reports whether the word before token i (an article aside)
// places what follows: "in", "near", "from"...
func (m *matcher) locative(i int) bool {
	j := i - 1
	for j >= 0 && (isArticle(m.toks[j].Norm) || dirAdjectives[m.toks[j].Norm] != "") {
		j--
	}
	return j >= 0 && caselessLocatives[m.toks[j].Norm]
}

// keywordAfter reports whether a place keyword follows the name of n keys
// at token i: "usulutan department", "guerrero state".
func (m *matcher) keywordAfter(i, n int) bool {
	j := i + n
	if j >= len(m.toks) {
		return false
	}
	switch m.toks[j].Norm {
	case "department", "province", "state", "governorate", "region", "district", "city", "town",
		"caza", "kaza", "qada", "qadaa", "nahiya", "nahia", "subdistrict":
		return true
	}
	return false
}

// caseless reports whether a text's letters are almost all of one case:
// fewer than one word in fifty capitalised, or four in five in capitals.
func caseless(toks []normalize.Token) bool {
	words, upper := 0, 0
	for i := range toks {
		if toks[i].Kind == normalize.Word {
			words++
			if toks[i].Upper {
				upper++
			}
		}
	}
	return words >= 20 && (upper*50 < words || upper*5 > words*4)
}

// all matches the whole text. A name refused only for starting a
// sentence ("Jenin was raided") is taken there too when the text names
// the place elsewhere: one sense per text.
func (m *matcher) all() []Match {
	out := m.pass()
	if len(m.initial) == 0 || !m.strict {
		return out
	}
	var ok map[string]bool
	for j, k := range m.initial {
		if slices.Contains(m.initial[:j], k) {
			continue
		}
		for _, mt := range out {
			// Named as a place there: "in Jenin", "the town of Tammun",
			// "east of Aqraba" (not "the uncle of Rami").
			if mt.Key == k && (mt.Cued || mt.Direction != "" || m.locative(mt.First) || m.partOf(mt.First)) {
				if ok == nil {
					ok = map[string]bool{}
				}
				ok[k] = true
				break
			}
		}
	}
	if ok == nil {
		return out
	}
	m.initial, m.initialOK = nil, ok
	out = m.pass()
	m.initial, m.initialOK = nil, nil
	return out
}

// partOf reports "east of", "the outskirts of", "the entrance of" before
// token i: a place, as a man's name after "the uncle of" is not.
func (m *matcher) partOf(i int) bool {
	if i < 2 || m.toks[i-1].Norm != "of" {
		return false
	}
	switch m.toks[i-2].Norm {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts",
		"edge", "entrance", "centre", "center", "town", "village", "city", "camp", "area":
		return true
	}
	return false
}

// sentenceStops end a sentence or open a line's text.
var sentenceStops = map[string]bool{".": true, "!": true, "?": true, ":": true, ";": true, "•": true, "*": true}

// bracketedPlace reports a one-word place's name in brackets at token
// end, qualifying the name before it: a place of the same country within
// about 30 km of one of es. "Tammun (Tubas):"; not a man's home town in a
// list of the dead ("Rami (Jenin):", Rama being in Galilee).
func (m *matcher) bracketedPlace(end int, es []*Entry) bool {
	if end+2 >= len(m.toks) || m.toks[end].Norm != "(" || m.toks[end+2].Norm != ")" {
		return false
	}
	t := &m.toks[end+1]
	if t.Kind != normalize.Word || !t.Upper {
		return false
	}
	k := tokenKey(t.Norm)
	if stopWords[k] || commonWords[k] || !m.g.lone.has(k) {
		return false
	}
	for _, l := range m.g.first[k] {
		if l.second != "" {
			continue
		}
		for _, q := range l.p.entries {
			for _, e := range es {
				if e.Country == q.Country && math.Abs(e.Lat-q.Lat) < 0.3 && math.Abs(e.Lon-q.Lon) < 0.35 {
					return true
				}
			}
		}
	}
	return false
}

// pass matches the text once, from left to right.
func (m *matcher) pass() []Match {
	out := make([]Match, 0, len(m.toks)/16+1)
	prev := 0
	for i := 0; i < len(m.toks); {
		if mt, ok := m.at(i, prev); ok {
			out = append(out, mt)
			prev, i = mt.Last, mt.Last
			continue
		}
		i++
	}
	return out
}

// at returns the longest acceptable match whose name starts at token i,
// extending left no further than token prev.
func (m *matcher) at(i, prev int) (Match, bool) {
	t := &m.toks[i]
	if t.Kind == normalize.Punct || t.Kind == normalize.Word && isArticle(t.Norm) {
		return Match{}, false
	}
	k := tokenKey(t.Norm)
	next, nextRead := "", false
	// A possessive first tries the names that start with it ("People's
	// Republic of China"), then those it ends ("Iraq's").
	for pass := range 2 {
		var ls []lead
		if pass == 0 {
			if !t.Possessive || !m.g.filter.has(k+possessiveMark) {
				continue
			}
			ls = m.g.first[k+possessiveMark]
		} else {
			if !m.g.filter.has(k) {
				break
			}
			if !m.g.lone.has(k) {
				if !nextRead {
					next, nextRead = m.secondKey(i), true
				}
				if next == "" || !m.g.pairs.hasPair(k, next) {
					break
				}
			}
			ls = m.g.first[k]
		}
		for _, l := range ls {
			if l.second != "" {
				if !nextRead {
					next, nextRead = m.secondKey(i), true
				}
				if l.second != next {
					continue // extend would not reach the name's end
				}
			}
			p := l.p
			if m.strict && p.short && !p.curated && !p.abbrev {
				continue
			}
			if m.caseless && (!p.major && !p.curated || p.weak || p.abbrev || p.short || !p.curated && (p.town && !p.big || p.admin && !p.major0) && !m.locative(i) && !m.keywordAfter(i, len(p.keys))) {
				continue
			}
			end := m.extend(i, p)
			if end < 0 || m.strict && !m.capitalised(i, end) || p.abbrev && !m.capitals(i, end) {
				continue
			}
			// "an east London hospital": a direction in lower case before a
			// name is a part of that place, not the first word of another's
			// ("East London", South Africa).
			if m.strict && !m.caseless && end-i > 1 && !t.Upper && dirAdjectives[t.Norm] != "" {
				continue
			}
			if mt, ok := m.build(p, i, end, prev); ok {
				return mt, true
			}
		}
	}
	return Match{}, false
}

// secondKey returns the key of the word extend compares with the second
// key of a name that starts at token i, or "" when no such name can go on
// there (the first word is a possessive; a punctuation mark or the end).
func (m *matcher) secondKey(i int) string {
	if m.toks[i].Possessive {
		return ""
	}
	j := m.skip(i + 1)
	if j >= len(m.toks) || m.toks[j].Kind == normalize.Punct {
		return ""
	}
	return tokenKey(m.toks[j].Norm)
}

// extend returns the end of the name of p starting at token i, or -1.
func (m *matcher) extend(i int, p *pattern) int {
	if p.possessive {
		return m.extendPossessive(i, p.keys)
	}
	j := i + 1
	for _, k := range p.keys[1:] {
		if m.toks[j-1].Possessive {
			return -1
		}
		j = m.skip(j)
		if j >= len(m.toks) {
			return -1
		}
		t := &m.toks[j]
		if t.Kind == normalize.Punct || tokenKey(t.Norm) != k {
			return -1
		}
		j++
	}
	return j
}

// extendPossessive is extend for a name with a possessive inside: a
// possessive in text ends the name unless the name has it there.
func (m *matcher) extendPossessive(i int, keys []string) int {
	j := i + 1
	for n, k := range keys[1:] {
		if m.toks[j-1].Possessive != strings.HasSuffix(keys[n], possessiveMark) {
			return -1
		}
		j = m.skip(j)
		if j >= len(m.toks) {
			return -1
		}
		t := &m.toks[j]
		base, marked := strings.CutSuffix(k, possessiveMark)
		if t.Kind == normalize.Punct || base != tokenKey(t.Norm) || marked && !t.Possessive {
			return -1
		}
		j++
	}
	return j
}

// skip returns the first token at or after j that is not a connector
// inside a name: a dash, an article, the period of an initial.
func (m *matcher) skip(j int) int {
	for ; j < len(m.toks); j++ {
		t := &m.toks[j]
		switch {
		case t.Kind == normalize.Punct && isDash(t.Norm):
		case t.Kind == normalize.Punct && t.Norm == "." && j > 0 && isInitial(&m.toks[j-1]):
		case t.Kind == normalize.Word && isArticle(t.Norm):
		default:
			return j
		}
	}
	return j
}

// capitalised reports whether a word of the name [i, end), other than an
// article, is capitalised or of a script without case.
func (m *matcher) capitalised(i, end int) bool {
	if m.caseless {
		return true
	}
	for j := i; j < end; j++ {
		t := &m.toks[j]
		if t.Kind != normalize.Word || isArticle(t.Norm) {
			continue
		}
		if t.Upper {
			return true
		}
		if c := m.text[t.Start]; c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRuneInString(m.text[t.Start:])
			if unicode.IsLetter(r) && !unicode.IsLower(r) && !unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// capitals reports whether every letter of the words [i, end), up to a
// possessive's apostrophe, is a capital.
func (m *matcher) capitals(i, end int) bool {
	for j := i; j < end; j++ {
		t := &m.toks[j]
		if t.Kind != normalize.Word {
			continue
		}
		for _, r := range m.text[t.Start:t.End] {
			if r == '\'' || r == '’' {
				break // "UK's"
			}
			if unicode.IsLetter(r) && !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// demonym returns the match of the demonym [i, end), which takes no
// article, keyword or direction.
func (m *matcher) demonym(p *pattern, i, end int) (Match, bool) {
	if m.strict && (!m.toks[i].Upper || m.afterName(i)) {
		return Match{}, false
	}
	return Match{Start: m.toks[i].Start, End: m.toks[end-1].End, First: i, Last: end, Entries: p.entries, Demonym: true, Key: p.joined}, true
}

// build extends the name [i, end) of pattern p with its leading article,
// keywords and direction, and checks the rules for common words.
func (m *matcher) build(p *pattern, i, end, prev int) (Match, bool) {
	if p.demonym {
		return m.demonym(p, i, end)
	}
	if end < len(m.toks) && isInitial(&m.toks[end-1]) && m.toks[end].Norm == "." && m.toks[end].Start == m.toks[end-1].End {
		end++ // the period of a final initial: "U.S."
	}
	start := m.leadingArticle(i, prev)
	first, last := start, end
	class := classNone
	keyword := false
	if !m.toks[end-1].Possessive {
		if n, c := m.following(end, p.hasSite); n > 0 {
			last, class, keyword = end+n, c, true
		}
	}
	// "Washington state", "the state of New York", "the Quebec
	// government", "the Basra governor": the division, not its namesake
	// city; the word stays outside the name.
	if class == classNone && p.admin && (end < len(m.toks) && divisionWords[m.toks[end].Norm] && !m.toks[end-1].Possessive ||
		start >= 2 && m.toks[start-1].Norm == "of" && m.toks[start-2].Norm == "state") {
		class = classAdmin
	}
	dir := ""
	townOf := false // "the city of", "the town of"
	if n, c := m.preceding(start, prev, p.hasSite); n > 0 {
		first -= n
		keyword = true
		townOf = c == classTown
		if class == classNone || c == classAdmin {
			class = c
		}
	} else if d, n := m.direction(start, prev); n > 0 {
		first -= n
		dir = d
	}
	// "the city of Turkey" is a town the gazetteer does not have (Turkey,
	// Texas), not the country ("a U.S. city" is).
	if townOf && onlyCountries(p.entries) {
		return Match{}, false
	}
	if m.strict && p.weak {
		if !m.toks[i].Upper || !keyword && m.sentenceInitial(start) {
			return Match{}, false
		}
	}
	// "Israel Katz said", "Vladimir Putin called", "Georgia Stevens, 9,":
	// a given name before a surname that ends a two-word name is a
	// person's, whatever places bear it. Other names stay places there:
	// "Texas Rangers", "Malaysia Airlines flight".
	if m.strict && len(p.keys) == 1 && givenNames[p.keys[0]] && last == end && start == i && !keyword && m.latin(i) && m.surnameAt(end) && !m.locative(i) {
		return Match{}, false
	}
	// "a patrol in Wadi Omran", "on Jabal Amel": a valley or mountain the
	// gazetteer lacks, not the town named like it (Amran).
	// Not a province or region ("Wadi Hadramout", "Jabal Qandil").
	if p.town && start > 0 && !keyword && dir == "" && nameHeads[m.toks[start-1].Norm] && m.toks[start-1].Upper && m.toks[start-1].End+1 == m.toks[start].Start {
		return Match{}, false
	}
	// "in the valley of Omran": the same, translated.
	if p.town && start >= 2 && !keyword && dir == "" && m.toks[start-1].Norm == "of" && (m.toks[start-2].Norm == "valley" || m.toks[start-2].Norm == "wadi") {
		return Match{}, false
	}
	if m.strict && !p.curated {
		// GeoNames has towns, not the districts or provinces named after
		// them, unless a first-level division bears the name.
		if class == classArea || (class == classAdmin || m.areaOf(start, prev)) && !p.admin {
			// "Hodeidah province": the province named after its
			// capital, under a spelling only the town bears.
			a := m.g.namesakeProvince(p.entries)
			if class != classAdmin || a == nil {
				return Match{}, false
			}
			return Match{Start: m.toks[first].Start, End: m.toks[last-1].End, First: first, Last: last,
				Entries: []*Entry{a}, Direction: dir, Key: p.joined, Cued: true}, true
		}
		// Countries, divisions and regions may start a sentence: few of
		// their names are common words.
		if m.latin(i) && (last == end && !p.major && !m.properNoun(start, i, end) && !m.initialOK[p.joined] && !m.bracketedPlace(end, p.entries) || m.afterName(start)) {
			// A capitalised name that opens a sentence; not in brackets:
			// "Bednayel (Baalbek, ...)" qualifies.
			if last == end && !m.afterName(start) && m.toks[i].Upper && m.sentenceInitial(start) &&
				(start == 0 || m.toks[start-1].Kind != normalize.Punct || sentenceStops[m.toks[start-1].Norm]) {
				m.initial = append(m.initial, p.joined)
			}
			return Match{}, false
		}
		// A one-word town name before another capitalised word starts a
		// longer name, a person's most often ("Franklin Roosevelt",
		// "Vladimir Putin"); countries and divisions there are mostly
		// places still ("Jamaica Cancer Society", "Texas Rangers").
		if len(p.keys) == 1 && !p.major && last == end && m.latin(i) && m.beforeName(end) {
			return Match{}, false
		}
	}
	es := preferKind(p.entries, class)
	return Match{
		Start:     m.toks[first].Start,
		End:       m.toks[last-1].End,
		First:     first,
		Last:      last,
		Entries:   es,
		Direction: dir,
		Key:       p.joined,
		Cued:      class != classNone && es[0].Kind == classKind[class],
	}, true
}

// namesakeProvince returns the first-level division that the best of es,
// a town, shares its name with, up to transliteration ("Al Hudaydah" in Al
// Hudaydah, "Taiz" in Ta'izz), or nil.
func (g *Gazetteer) namesakeProvince(es []*Entry) *Entry {
	if len(es) == 0 || es[0].Kind != KindTown || es[0].Admin1 == "" {
		return nil
	}
	a := g.Admin1(es[0].Country, es[0].Admin1)
	if a == nil {
		return nil
	}
	tk, err1 := Key(es[0].Name)
	ak, err2 := Key(a.Name)
	if err1 != nil || err2 != nil || tk != ak && Skeleton(tk) != Skeleton(ak) {
		return nil
	}
	return a
}

// classKind is the kind of place each class of keyword calls for.
var classKind = map[kwClass]string{classAdmin: KindAdmin1, classTown: KindTown, classSite: KindSite}

// areaOf reports whether "district of", "province of"... stands just
// before token start.
func (m *matcher) areaOf(start, prev int) bool {
	j := start - 1
	if j-1 < prev || m.toks[j].Norm != "of" {
		return false
	}
	switch m.toks[j-1].Norm {
	case "district", "province", "governorate", "governate", "region", "caza", "kaza", "qada", "qadaa", "nahiya",
		"nahia", "subdistrict":
		return true
	}
	return false
}

// latin reports whether token i is in Latin script.
func (m *matcher) latin(i int) bool {
	c := m.text[m.toks[i].Start]
	if c < utf8.RuneSelf {
		return true
	}
	r, _ := utf8.DecodeRuneInString(m.text[m.toks[i].Start:])
	return unicode.Is(unicode.Latin, r)
}

// properNoun reports whether the name [i, end), starting with its article
// at token start, has a capitalised word that does not start a sentence.
func (m *matcher) properNoun(start, i, end int) bool {
	if m.caseless {
		return true
	}
	for j := i; j < end; j++ {
		t := &m.toks[j]
		if t.Kind == normalize.Word && t.Upper && !isArticle(t.Norm) && (j != start || !m.sentenceInitial(j)) {
			return true
		}
	}
	return false
}

// afterName reports whether the word before token start is capitalised
// and no stop word, so that a name starting at start would end a longer
// one: a person's ("Lloyd Austin"), an organisation's.
func (m *matcher) afterName(start int) bool {
	if start == 0 || m.caseless {
		return false
	}
	t := &m.toks[start-1]
	if t.Kind != normalize.Word || !t.Upper || t.Possessive || m.text[t.End:m.toks[start].Start] != " " {
		return false
	}
	k := tokenKey(t.Norm)
	return !stopWords[k] && !commonWords[k] && !isArticle(k)
}

// beforeName reports whether token end is a capitalised word, not a stop
// word, right after the name, one space away: the name would start a
// longer one.
func (m *matcher) beforeName(end int) bool {
	if end >= len(m.toks) || m.toks[end-1].Possessive || m.caseless {
		return false
	}
	t := &m.toks[end]
	if t.Kind != normalize.Word || !t.Upper || m.text[m.toks[end-1].End:t.Start] != " " {
		return false
	}
	k := tokenKey(t.Norm)
	return !stopWords[k] && !commonWords[k] && !isArticle(k)
}

// surnameAt reports whether token end is a surname after a first name:
// a capitalised word one space away (beforeName) that is no place there,
// ending the name, as a lower-case word, a punctuation mark other
// than a hyphen or the end of the text after it shows ("Katz said",
// "Putin's", "Stevens,"). "Texas Rangers Foundation", "Syria Kurdish
// forces" and "Israel Defense Forces" are not.
func (m *matcher) surnameAt(end int) bool {
	if !m.beforeName(end) {
		return false
	}
	if _, ok := m.at(end, end); ok {
		return false
	}
	t := &m.toks[end]
	if _, c := m.following(end, true); c != classNone || nameWords[tokenKey(t.Norm)] {
		return false
	}
	// A surname has lower-case letters: "MDC", "KLM" are abbreviations.
	word := m.text[t.Start:t.End]
	if strings.ToUpper(word) == word {
		return false
	}
	if end+1 >= len(m.toks) || t.Possessive {
		return true
	}
	switch n := &m.toks[end+1]; {
	case n.Kind == normalize.Word:
		// "Lagos Chamber of Commerce"
		return !n.Upper && n.Norm != "of"
	case n.Norm == ".":
		// "Oklahoma Gov. Mary Fallin"
		return utf8.RuneCountInString(word) > 3
	}
	return !isDash(m.toks[end+1].Norm)
}

// onlyCountries reports whether every candidate is a country.
func onlyCountries(es []*Entry) bool {
	for _, e := range es {
		if e.Kind != KindCountry {
			return false
		}
	}
	return true
}

// divisionWords after a name make it the division of that name: its
// state, government, governor.
var divisionWords = map[string]bool{"state": true, "government": true, "governor": true, "gov": true, "premier": true,
	"legislature": true}

// givenNames are given names that places bear too, as keys.
var givenNames = wordSet(`
adelaide alexandria ariel augusta aurora austin beverly charlotte chelsea clare elizabeth
eugene florence georgia hebron helena israel jordan kobe larissa lorraine madison marion mary
nancy nigel paris regina salem santiago savannah sharon shiloh sydney tyler valencia victor
victoria viktoria virginia vladimir
`)

// nameWords are the capitalised words after a place name that make it a
// part of a longer name, not a first name ("California Governor", "Windsor
// Castle", "Lagos Chamber").
var nameWords = wordSet(`
academy airport assembly castle chamber chambers club college council county fc
gov governor hospital legislature mayor municipal parliament police port province senate
senator state stadium turf university
`)

// leadingArticle returns the start of the name at token i with its
// article: one joined by a hyphen ("At-Tanf") or a capitalised "Al"/"El".
// A lone lower-case article is a preposition ("at Tanf") and stays out.
func (m *matcher) leadingArticle(i, prev int) int {
	if i-1 < prev {
		return i
	}
	a := &m.toks[i-1]
	if a.Kind == normalize.Punct && isDash(a.Norm) && a.End == m.toks[i].Start && i-2 >= prev {
		b := &m.toks[i-2]
		if b.Kind == normalize.Word && isArticle(b.Norm) && b.End == a.Start && !b.Possessive {
			return i - 2
		}
		return i
	}
	if a.Kind == normalize.Word && (a.Upper || m.caseless) && (a.Norm == "al" || a.Norm == "el") {
		return i - 1
	}
	return i
}

// following returns the length and class of a keyword at token j.
func (m *matcher) following(j int, site bool) (int, kwClass) {
	for _, kw := range afterKeywords {
		if kw.class == classSite && !site {
			continue
		}
		if n := m.words(j, kw.words); n > 0 {
			return n, kw.class
		}
	}
	return 0, classNone
}

// words returns the number of tokens from j that spell words (dashes
// allowed between them), or 0.
func (m *matcher) words(j int, words []string) int {
	start := j
	for k, w := range words {
		if k > 0 {
			for j < len(m.toks) && m.toks[j].Kind == normalize.Punct && isDash(m.toks[j].Norm) {
				j++
			}
		}
		if j >= len(m.toks) {
			return 0
		}
		t := &m.toks[j]
		if t.Kind != normalize.Word || t.Norm != w || k < len(words)-1 && t.Possessive {
			return 0
		}
		j++
	}
	return j - start
}

// preceding returns the length and class of "province of", "city of"...
// or an Arabic keyword just before token start.
func (m *matcher) preceding(start, prev int, site bool) (int, kwClass) {
	j := start - 1
	if j < prev || m.toks[j].Kind != normalize.Word {
		return 0, classNone
	}
	if c, ok := arabicBefore[m.toks[j].Norm]; ok {
		if c == classSite && !site {
			return 0, classNone
		}
		return 1, c
	}
	if m.toks[j].Norm == "of" && j-1 >= prev && m.toks[j-1].Kind == normalize.Word {
		if c, ok := beforeOf[m.toks[j-1].Norm]; ok {
			return 2, c
		}
	}
	return 0, classNone
}

// sentenceInitial reports whether token i starts a sentence, a line or a
// quotation.
func (m *matcher) sentenceInitial(i int) bool {
	if i == 0 {
		return true
	}
	p := &m.toks[i-1]
	if strings.ContainsRune(m.text[p.End:m.toks[i].Start], '\n') {
		return true
	}
	if p.Kind == normalize.Punct {
		switch p.Norm {
		case ".", "!", "?", ":", ";", "\"", "“", "‘", "(", "[", "«", "•", "*":
			return true
		}
	}
	return false
}

// nameHeads begin the names of valleys and mountains: "Wadi", "Jabal".
var nameHeads = map[string]bool{"wadi": true, "jabal": true, "jebel": true}

// preferKind returns es with the entries of the kind a keyword speaks of
// first, copying only when the order changes. Curated entries stay before
// GeoNames ones: the kind is sought among them when there are any.
func preferKind(es []*Entry, c kwClass) []*Entry {
	if n := curatedPrefix(es); n > 0 && n < len(es) {
		head := preferKind(es[:n:n], c)
		if &head[0] == &es[0] {
			return es
		}
		return append(head, es[n:]...)
	}
	return preferKindAll(es, c)
}

// curatedPrefix returns the number of curated entries at the head of es.
func curatedPrefix(es []*Entry) int {
	n := 0
	for n < len(es) && es[n].layer == layerCurated {
		n++
	}
	return n
}

func preferKindAll(es []*Entry, c kwClass) []*Entry {
	kind := classKind[c]
	if kind == "" {
		return es
	}
	if len(es) < 2 || es[0].Kind == kind {
		return es
	}
	out := make([]*Entry, 0, len(es))
	for _, e := range es {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return es
	}
	for _, e := range es {
		if e.Kind != kind {
			out = append(out, e)
		}
	}
	return out
}
