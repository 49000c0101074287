// Package gazetteer resolves place names in news text to entries with
// coordinates and a geo-precision code. Its curated data, data/places.tsv,
// holds the countries, governorates, towns and military or energy sites of
// Syria, Iraq and Jordan that attack reports name. Under it lies a
// generated layer, data/geonames.tsv.gz: the towns of the Middle East and
// the cities of 100,000 people or more elsewhere (GeoNames), the
// first-level divisions of the world (GeoNames), every other country
// (Natural Earth shapes) and the continents and large regions, for the
// places the curated file lacks (see gen for how to regenerate it). The
// demonyms of data/demonyms.tsv ("Russian", "Iraqi") match as names of
// their country or region, flagged Match.Demonym. The small towns of the
// rest of the world (GeoNames, data/namesakes.tsv.gz) are not matched by
// themselves: Namesakes offers them as other places of a name, and Match
// resolves a name followed by its division ("London, Ky.") among them.
// More entries, from the TSV format or another source, can be added with
// Add or Read.
package gazetteer

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/klauspost/compress/gzip"

	"github.com/sitrep/sitrep/normalize"
)

//go:embed data/places.tsv
var placesTSV string

//go:embed data/demonyms.tsv
var demonymsTSV string

// geonamesGz is written by the generator in gen from GeoNames data that
// gen/fetch.sh downloads; "go generate ./gazetteer" runs both (see gen).
//
//go:generate bash gen/fetch.sh data/geonames.tsv.gz
//go:embed data/geonames.tsv.gz
var geonamesGz []byte

// Gazetteer is a set of entries indexed by id and by every folded name and
// alias. It is safe for concurrent reads; Add and Read must not run
// concurrently with anything else.
type Gazetteer struct {
	entries   []*Entry
	byID      map[string]*Entry
	byKey     map[string]*pattern // joined name keys
	first     map[string][]lead   // by first name key, longest first
	countries map[string]*Entry   // by ISO2 code, curated first
	filter    keyFilter           // first name keys, to skip most words without a map lookup
	// lone are the first keys of one-word and possessive names, pairs the
	// first two keys of the others: most words that begin names begin
	// only longer ones, and the next word rules them out.
	lone, pairs keyFilter
	arena       arena
	namesakes   *namesakes // nil but in Load
	// stopNamed are the GeoNames towns and divisions left out of byKey
	// because stop words make their names ("Austin"), by joined key: text
	// names them only with their division ("Austin, Texas").
	stopNamed map[string][]*Entry
	spelt     spelt // Spelt's index
}

// lead is a pattern under its first key, with the key that must follow
// it: most words that begin names ("the", "a", "north") begin many, and a
// text's next word rules out nearly all of them without reading them.
type lead struct {
	second string // the second key; "" for one word or a possessive name
	p      *pattern
}

// pattern is one name as a key sequence, and the entries that bear it.
type pattern struct {
	keys    []string
	joined  string   // the keys joined by spaces, its key in byKey
	entries []*Entry // best first
	weak    bool     // made of common English words only
	hasSite bool
	curated bool      // an entry of the curated layer bears it
	short   bool      // one word of 3 letters or fewer
	abbrev  bool      // written in capitals ("US", "U.K."): text must be too
	demonym bool      // a demonym ("Russian"): its entries are the places it speaks of
	major   bool      // a generated country, first-level division or region bears it
	admin   bool      // an admin1 entry bears it, so "<name> province" is its own
	town    bool      // its best candidate is a town: in a caseless text it needs "in", "near"...
	big     bool      // ... unless a capital or a city of a million people
	major0  bool      // its best candidate is a country or a region: in a caseless text, no surname
	one     [1]*Entry // the first entries, without an allocation
	// possessive: a key ends in possessiveMark ("Democratic People's
	// Republic of Korea").
	possessive bool
}

// MajorPopulation is the population from which a generated town's name
// matches even at the start of a sentence ("Edmonton police said").
const MajorPopulation = 100000

// New returns an empty gazetteer.
func New() *Gazetteer {
	return &Gazetteer{
		byID:      map[string]*Entry{},
		byKey:     map[string]*pattern{},
		first:     map[string][]lead{},
		countries: map[string]*Entry{},
	}
}

// Load returns the gazetteer of the embedded data: the curated entries of
// data/places.tsv first, then the generated layer of data/geonames.tsv.gz,
// whose entries come after curated ones among the candidates of a name,
// and the demonyms of data/demonyms.tsv. Each call returns a new
// gazetteer.
func Load() (*Gazetteer, error) {
	g, err := loadCurated()
	if err != nil {
		return nil, err
	}
	text, err := gunzip(geonamesGz)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: data/geonames.tsv.gz: %w", err)
	}
	if err := g.read(text, layerGeoNames, nil); err != nil {
		return nil, fmt.Errorf("gazetteer: data/geonames.tsv.gz: %w", err)
	}
	if err := g.readDemonyms(demonymsTSV, false); err != nil {
		return nil, fmt.Errorf("gazetteer: data/demonyms.tsv: %w", err)
	}
	g.addStandaloneAbbrevs()
	g.namesakes = &namesakes{data: namesakesGz}
	return g, nil
}

// LoadCurated returns the gazetteer of the embedded data/places.tsv alone,
// without the generated layer, and the demonyms of its countries. Each
// call returns a new gazetteer.
func LoadCurated() (*Gazetteer, error) {
	g, err := loadCurated()
	if err != nil {
		return nil, err
	}
	if err := g.readDemonyms(demonymsTSV, true); err != nil {
		return nil, fmt.Errorf("gazetteer: data/demonyms.tsv: %w", err)
	}
	return g, nil
}

func loadCurated() (*Gazetteer, error) {
	g := New()
	if err := g.read(placesTSV, layerCurated, nil); err != nil {
		return nil, fmt.Errorf("gazetteer: data/places.tsv: %w", err)
	}
	return g, nil
}

// readDemonyms indexes the demonyms of a table of "id<TAB>demonyms" rows
// (data/demonyms.tsv) as names of the entries with those ids. Rows of ids
// that g lacks are an error, or skipped when missingOK. A demonym that is
// already a name of the curated layer is left to it.
func (g *Gazetteer) readDemonyms(text string, missingOK bool) error {
	header := false
	for line := 1; text != ""; line++ {
		var row string
		row, text, _ = strings.Cut(text, "\n")
		row = strings.TrimRight(row, "\r")
		if strings.TrimSpace(row) == "" || strings.HasPrefix(row, "#") {
			continue
		}
		id, names, ok := strings.Cut(row, "\t")
		if !header {
			if id != "id" || names != "demonyms" {
				return fmt.Errorf("line %d: got header %q, want \"id\tdemonyms\"", line, row)
			}
			header = true
			continue
		}
		e := g.byID[id]
		switch {
		case !ok || strings.Contains(names, "\t"):
			return fmt.Errorf("line %d: want id and demonyms", line)
		case e == nil && missingOK:
			continue
		case e == nil:
			return fmt.Errorf("line %d: no entry %q", line, id)
		}
		for _, n := range strings.Split(names, "|") {
			if n = strings.TrimSpace(n); n == "" {
				continue
			}
			k, err := Key(n)
			if err != nil {
				return fmt.Errorf("line %d: %s: demonym %q: %w", line, id, n, err)
			}
			if p := g.byKey[k]; p != nil && !p.demonym {
				continue
			}
			g.index(k, e, nameDemonym)
		}
	}
	return nil
}

// gunzip returns the decompressed gzip data as a string.
func gunzip(data []byte) (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if n := len(data); n >= 4 {
		b.Grow(int(binary.LittleEndian.Uint32(data[n-4:]))) // ISIZE, the length mod 2^32
	}
	if _, err := io.Copy(&b, zr); err != nil {
		return "", err
	}
	return b.String(), zr.Close()
}

// Add validates e and adds it to g, indexed by its name and aliases. It
// fails on an id already in g, an unknown kind, or a name that text could
// never match; g is then unchanged. Added entries belong to the curated
// layer: they come before GeoNames entries among candidates, and entries
// added earlier win ties between candidates of the same kind and
// population.
func (g *Gazetteer) Add(e *Entry) error {
	keys, err := g.prepareBuf(e, nil)
	if err != nil {
		return err
	}
	e.layer = layerCurated
	g.insert(e, keys)
	return nil
}

// validate checks e against g.
func (g *Gazetteer) validate(e *Entry) error {
	if e == nil {
		return fmt.Errorf("nil entry")
	}
	if e.ID == "" || strings.ContainsAny(e.ID, "# \t") {
		return fmt.Errorf("bad id %q: empty, or with '#' or space", e.ID)
	}
	if _, dup := g.byID[e.ID]; dup {
		return fmt.Errorf("duplicate id %q", e.ID)
	}
	if kindRank(e.Kind) > 4 {
		return fmt.Errorf("%s: unknown kind %q", e.ID, e.Kind)
	}
	if e.Name == "" {
		return fmt.Errorf("%s: empty name", e.ID)
	}
	return nil
}

// prepareBuf checks e against g and returns the joined keys of its name
// and aliases, folding them with buf (nil or a token buffer to reuse).
func (g *Gazetteer) prepareBuf(e *Entry, buf *[]normalize.Token) ([]string, error) {
	if err := g.validate(e); err != nil {
		return nil, err
	}
	keys := make([]string, 0, 1+len(e.Aliases))
	var scratch []byte
	for i := -1; i < len(e.Aliases); i++ {
		n := e.Name
		if i >= 0 {
			n = e.Aliases[i]
		}
		k, err := joinedKey(n, buf, &scratch)
		if err != nil {
			return nil, fmt.Errorf("%s: name %q: %w", e.ID, n, err)
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// insert adds e to g with the joined keys of its names (keys[0] of its
// name, then of its aliases). Generated towns and first-level divisions
// are not indexed by names made only of stop words ("Central"), unless
// written in capitals; the names of countries and regions, written by
// hand, all are ("United Kingdom", "Middle East"). Countries become
// the entry of a country code only when no curated one is.
func (g *Gazetteer) insert(e *Entry, keys []string) {
	e.order = len(g.entries)
	g.entries = append(g.entries, e)
	if g.spelt.by != nil {
		g.addSpelt(e)
	}
	g.byID[e.ID] = e
	if e.Kind == KindCountry {
		if _, ok := g.countries[e.Country]; !ok {
			g.countries[e.Country] = e
		}
	}
	for i, k := range keys {
		name := e.Name
		if i > 0 {
			name = e.Aliases[i-1]
		}
		f := nameFlags(0)
		if isAbbreviation(name) {
			f = nameAbbrev
		} else if e.layer == layerGeoNames && (e.Kind == KindTown || e.Kind == KindAdmin1) && isStopName(k) && !majorName(e, i, k) {
			if g.stopNamed == nil {
				g.stopNamed = map[string][]*Entry{}
			}
			g.stopNamed[k] = append(g.stopNamed[k], e)
			continue
		}
		g.index(k, e, f)
		if v := feminineVariant(e, k); v != "" && !g.curatedKey(e, v) {
			g.index(v, e, f)
		}
	}
}

// curatedKey reports whether key k is a curated name that an entry of the
// generated layer, e, must leave to the curated place (as the generator
// leaves it).
func (g *Gazetteer) curatedKey(e *Entry, k string) bool {
	p := g.byKey[k]
	return e.layer != layerCurated && p != nil && p.curated
}

// feminineVariant returns key k of e's name with the "h" of an Arabic
// feminine ending dropped from its last word ("mazraah" of "Al Mazra'ah"
// gives "mazraa", "nabatiyah" gives "nabatiya"), as outlets spell it, for
// the towns and sites of the countries Spelt covers; "" when there is none.
// A consonant before the "ah" is the word's own ("Rafah", "Jeddah"); a
// variant under seven letters or that is a given name is none.
func feminineVariant(e *Entry, k string) string {
	if !speltCountries[e.Country] || e.Kind != KindTown && e.Kind != KindSite {
		return ""
	}
	n := len(k)
	if n < 5 || k[n-1] != 'h' || k[n-2] != 'a' || strings.IndexByte("aeiy", k[n-3]) < 0 || k[n-4] == ' ' {
		return ""
	}
	// Not short or a given name: "Rabia", "Aliya", "Zakariya" are other
	// places or people more often than these towns.
	v := k[:n-1]
	if len(v) < 7 || givenNames[v] || strings.Contains(v, " ") && givenNames[v[strings.LastIndexByte(v, ' ')+1:]] {
		return ""
	}
	return v
}

// nameFlags say how a name is written or what it is.
type nameFlags uint8

const (
	nameAbbrev  nameFlags = 1 << iota // in capitals: "US", "U.K."
	nameDemonym                       // a demonym: "Russian"
)

// majorName reports whether key k, the i-th name of e, made only of stop
// words, still names e in text: the own name of a city of MajorPopulation
// in two words or more ("Little Rock", "Port Said", "Long Beach"), not an
// alias ("Queen City") nor a division ("Southern District").
func majorName(e *Entry, i int, k string) bool {
	return i == 0 && e.Kind == KindTown && e.Population >= MajorPopulation && strings.Contains(k, " ")
}

// isAbbreviation reports whether a name is written in capital Latin
// letters only, with or without periods ("UK", "U.S."): text must write
// it in capitals, so that "us" and "Us" are not the United States.
func isAbbreviation(name string) bool {
	letters := 0
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case 'A' <= c && c <= 'Z':
			letters++
		case c == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// reserve grows g for n more entries with names names in all, so that
// reading a large file does not rehash the maps again and again.
func (g *Gazetteer) reserve(n, names int) {
	g.entries = slices.Grow(g.entries, n)
	if n > len(g.byID) {
		g.byID = grown(g.byID, n)
	}
	if names > len(g.byKey) {
		g.byKey = grown(g.byKey, names)
		g.first = grown(g.first, names)
	}
	g.arena.patterns = make([]pattern, 0, names)
	g.arena.keys = make([]string, 0, names*2)
}

// grown returns a copy of m with room for n more keys.
func grown[V any](m map[string]V, n int) map[string]V {
	out := make(map[string]V, len(m)+n)
	maps.Copy(out, m)
	return out
}

// arena holds the patterns and key words of a file being read, allocated
// in bulk.
type arena struct {
	patterns []pattern
	keys     []string
}

// pattern returns a new pattern for the joined keys.
func (a *arena) pattern(joined string) *pattern {
	if len(a.patterns) == cap(a.patterns) {
		a.patterns = make([]pattern, 0, 64)
	}
	a.patterns = a.patterns[:len(a.patterns)+1]
	p := &a.patterns[len(a.patterns)-1]
	p.joined = joined
	n := strings.Count(joined, " ") + 1
	if cap(a.keys)-len(a.keys) < n {
		a.keys = make([]string, 0, max(n, 256))
	}
	from := len(a.keys)
	for {
		w, rest, more := strings.Cut(joined, " ")
		a.keys = append(a.keys, w)
		if !more {
			break
		}
		joined = rest
	}
	p.keys = a.keys[from:len(a.keys):len(a.keys)]
	p.entries = p.one[:0:1]
	return p
}

func (g *Gazetteer) index(joined string, e *Entry, f nameFlags) {
	p := g.byKey[joined]
	if p == nil {
		p = g.arena.pattern(joined)
		keys := p.keys
		p.weak = isWeak(keys) && f == 0
		p.short = len(keys) == 1 && utf8.RuneCountInString(keys[0]) <= 3
		p.possessive = strings.Contains(joined, possessiveMark)
		g.byKey[joined] = p
		list := g.first[keys[0]]
		at := len(list)
		for at > 0 && len(list[at-1].p.keys) < len(keys) {
			at--
		}
		l := lead{p: p}
		if len(keys) > 1 && !p.possessive {
			l.second = keys[1]
		}
		g.first[keys[0]] = slices.Insert(list, at, l)
		g.filter.add(keys[0])
		if l.second == "" {
			g.lone.add(keys[0])
		} else {
			g.pairs.addPair(keys[0], l.second)
		}
	}
	if f&nameAbbrev != 0 {
		p.abbrev, p.weak = true, false
	}
	if f&nameDemonym != 0 {
		p.demonym, p.weak = true, false
	}
	if slices.Contains(p.entries, e) {
		return
	}
	p.entries = append(p.entries, e)
	slices.SortStableFunc(p.entries, compareEntries)
	if e.Kind == KindSite {
		p.hasSite = true
	}
	if e.layer == layerCurated {
		p.curated = true
	} else if e.Kind != KindTown && e.Kind != KindSite || e.Population >= MajorPopulation {
		// Countries, divisions, regions and cities of some size may start a
		// sentence: few of their names are common words.
		p.major = true
	}
	if e.Kind == KindAdmin1 {
		p.admin = true
	}
	best := p.entries[0]
	p.town = best.Kind == KindTown
	p.big = best.Subkind == "capital" || best.Population >= 1000000
	p.major0 = best.Kind == KindCountry || best.Kind == KindRegion
}

// Entries returns all entries in the order they were added.
func (g *Gazetteer) Entries() []*Entry { return slices.Clone(g.entries) }

// Get returns the entry with the given id, or nil. An id of the form
// "base#direction", as made by Region, returns that region of base.
func (g *Gazetteer) Get(id string) *Entry {
	if e := g.byID[id]; e != nil {
		return e
	}
	if i := strings.LastIndexByte(id, '#'); i > 0 {
		return g.Region(g.Get(id[:i]), id[i+1:])
	}
	return nil
}

// Named returns the place that a region made by Region divides, for its
// id "base#direction": Syria for "northeastern Syria". It returns nil for
// any other id.
func (g *Gazetteer) Named(id string) *Entry {
	if i := strings.LastIndexByte(id, '#'); i > 0 {
		return g.Get(id[:i])
	}
	return nil
}

// Country returns the country entry with the ISO 3166-1 alpha-2 code, in
// either case, or nil: the curated one (or the first added) when there is
// one, else the generated one. LoadCurated has the curated countries only.
func (g *Gazetteer) Country(code string) *Entry {
	return g.countries[strings.ToUpper(code)]
}

// Admin1 returns the governorate of the given country (ISO2 code) bearing
// name as its name or an alias, or nil.
func (g *Gazetteer) Admin1(country, name string) *Entry {
	country = strings.ToUpper(country)
	for _, e := range g.byName(name) {
		if e.Kind == KindAdmin1 && e.Country == country {
			return e
		}
	}
	return nil
}

// byName returns the entries bearing exactly name (after folding), best
// first, or nil. The slice must not be modified.
func (g *Gazetteer) byName(name string) []*Entry {
	keys, err := nameKeys(name, nil)
	if err != nil {
		return nil
	}
	if p := g.byKey[strings.Join(keys, " ")]; p != nil {
		return p.entries
	}
	return nil
}

// Lookup returns the entries that name can refer to, best first, or nil:
// curated entries before GeoNames ones, which come more populous first.
// The name is matched as in Match but without the capitalisation and
// GeoNames rules, so it may carry place keywords ("Anbar province",
// "Al-Omar oil field") and be short ("Qom"); a leading direction
// ("southwest Syria") puts the region made by Region first. GeoNames towns
// are not found by names made only of stop words ("Most", "Hero").
func (g *Gazetteer) Lookup(name string) []*Entry {
	toks := normalize.Tokens(name)
	lo, hi := 0, len(toks)
	for lo < hi && toks[lo].Kind == normalize.Punct {
		lo++
	}
	for hi > lo && toks[hi-1].Kind == normalize.Punct {
		hi--
	}
	if lo == hi {
		return nil
	}
	m := matcher{g: g, text: name, toks: toks[:hi]}
	ms := m.all()
	if len(ms) == 1 && ms[0].Last == hi &&
		(ms[0].First == lo || ms[0].First == lo+1 && toks[lo].Norm == "the") {
		out := make([]*Entry, 0, len(ms[0].Entries)+1)
		if d := ms[0].Direction; d != "" {
			for _, e := range ms[0].Entries {
				if r := g.Region(e, d); r != nil {
					out = append(out, r)
					break
				}
			}
		}
		return append(out, ms[0].Entries...)
	}
	return slices.Clone(g.byName(name))
}
