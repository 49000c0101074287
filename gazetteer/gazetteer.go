// Package gazetteer resolves place names in news text to entries with
// coordinates and a geo-precision code. Its curated data, data/places.tsv,
// holds the countries, governorates, towns and military or energy sites of
// Syria, Iraq and Jordan that attack reports name. Under it lies a layer
// generated from GeoNames, data/geonames.tsv.gz: the towns of the Middle
// East and the cities of 100,000 people or more elsewhere, for the places
// the curated file lacks (see gen for how to regenerate it). More entries,
// from the TSV format or another source, can be added with Add or Read.
package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/normalize"
)

//go:embed data/places.tsv
var placesTSV string

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
	byKey     map[string]*pattern   // joined name keys
	first     map[string][]*pattern // by first name key, longest first
	countries map[string]*Entry     // by ISO2 code, curated entries only
	filter    keyFilter             // first name keys, to skip most words without a map lookup
	arena     arena
}

// pattern is one name as a key sequence, and the entries that bear it.
type pattern struct {
	keys    []string
	entries []*Entry // best first
	weak    bool     // made of common English words only
	hasSite bool
	curated bool      // an entry of the curated layer bears it
	short   bool      // one word of 3 letters or fewer
	one     [1]*Entry // the first entries, without an allocation
}

// New returns an empty gazetteer.
func New() *Gazetteer {
	return &Gazetteer{
		byID:      map[string]*Entry{},
		byKey:     map[string]*pattern{},
		first:     map[string][]*pattern{},
		countries: map[string]*Entry{},
	}
}

// Load returns the gazetteer of the embedded data: the curated entries of
// data/places.tsv first, then the GeoNames layer of data/geonames.tsv.gz,
// whose entries come after curated ones among the candidates of a name.
// Each call returns a new gazetteer.
func Load() (*Gazetteer, error) {
	g, err := LoadCurated()
	if err != nil {
		return nil, err
	}
	text, err := gunzip(geonamesGz)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: data/geonames.tsv.gz: %w", err)
	}
	if err := g.read(text, layerGeoNames); err != nil {
		return nil, fmt.Errorf("gazetteer: data/geonames.tsv.gz: %w", err)
	}
	return g, nil
}

// LoadCurated returns the gazetteer of the embedded data/places.tsv alone,
// without the GeoNames layer. Each call returns a new gazetteer.
func LoadCurated() (*Gazetteer, error) {
	g := New()
	if err := g.read(placesTSV, layerCurated); err != nil {
		return nil, fmt.Errorf("gazetteer: data/places.tsv: %w", err)
	}
	return g, nil
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

// insert adds e to g with the joined keys of its names. GeoNames entries
// are not indexed by names made only of stop words, and never become the
// entry of a country code.
func (g *Gazetteer) insert(e *Entry, keys []string) {
	e.order = len(g.entries)
	g.entries = append(g.entries, e)
	g.byID[e.ID] = e
	if e.Kind == KindCountry && e.layer == layerCurated {
		if _, ok := g.countries[e.Country]; !ok {
			g.countries[e.Country] = e
		}
	}
	for _, k := range keys {
		if e.layer == layerGeoNames && isStopName(k) {
			continue
		}
		g.index(k, e)
	}
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

func (g *Gazetteer) index(joined string, e *Entry) {
	p := g.byKey[joined]
	if p == nil {
		p = g.arena.pattern(joined)
		keys := p.keys
		p.weak = isWeak(keys)
		p.short = len(keys) == 1 && utf8.RuneCountInString(keys[0]) <= 3
		g.byKey[joined] = p
		list := g.first[keys[0]]
		at := len(list)
		for at > 0 && len(list[at-1].keys) < len(keys) {
			at--
		}
		g.first[keys[0]] = slices.Insert(list, at, p)
		g.filter.add(keys[0])
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
	}
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

// Country returns the country entry with the ISO 3166-1 alpha-2 code, in
// either case, or nil. Countries come from the curated layer (and Add)
// only: the GeoNames layer has towns of countries the gazetteer does not
// hold as entries, for which Country returns nil.
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
