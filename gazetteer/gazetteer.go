// Package gazetteer resolves place names in news text to entries with
// coordinates and a geo-precision code. Its curated data, data/places.tsv,
// holds the countries, governorates, towns and military or energy sites of
// Syria, Iraq and Jordan that attack reports name; more entries, from this
// format or another source, can be added with Add or Read.
package gazetteer

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

//go:embed data/places.tsv
var placesTSV string

// Gazetteer is a set of entries indexed by id and by every folded name and
// alias. It is safe for concurrent reads; Add and Read must not run
// concurrently with anything else.
type Gazetteer struct {
	entries   []*Entry
	byID      map[string]*Entry
	byKey     map[string]*pattern   // joined name keys
	first     map[string][]*pattern // by first name key, longest first
	countries map[string]*Entry     // by ISO2 code
	filter    keyFilter             // first name keys, to skip most words without a map lookup
}

// pattern is one name as a key sequence, and the entries that bear it.
type pattern struct {
	keys    []string
	entries []*Entry // best first
	weak    bool     // made of common English words only
	hasSite bool
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

// Load returns the curated gazetteer parsed from the embedded
// data/places.tsv. Each call returns a new gazetteer.
func Load() (*Gazetteer, error) {
	g, err := Parse(strings.NewReader(placesTSV))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: data/places.tsv: %w", err)
	}
	return g, nil
}

// Add validates e and adds it to g, indexed by its name and aliases. It
// fails on an id already in g, an unknown kind, or a name that text could
// never match; g is then unchanged. Entries added earlier win ties between
// candidates of the same kind and population.
func (g *Gazetteer) Add(e *Entry) error {
	keys, err := g.prepare(e)
	if err != nil {
		return err
	}
	g.insert(e, keys)
	return nil
}

// prepare checks e against g and returns the keys of its names.
func (g *Gazetteer) prepare(e *Entry) ([][]string, error) {
	return g.prepareBuf(e, nil)
}

// prepareBuf is prepare with a token buffer to reuse.
func (g *Gazetteer) prepareBuf(e *Entry, buf *[]normalize.Token) ([][]string, error) {
	if e == nil {
		return nil, fmt.Errorf("nil entry")
	}
	if e.ID == "" || strings.ContainsAny(e.ID, "# \t") {
		return nil, fmt.Errorf("bad id %q: empty, or with '#' or space", e.ID)
	}
	if _, dup := g.byID[e.ID]; dup {
		return nil, fmt.Errorf("duplicate id %q", e.ID)
	}
	if kindRank(e.Kind) > 4 {
		return nil, fmt.Errorf("%s: unknown kind %q", e.ID, e.Kind)
	}
	if e.Name == "" {
		return nil, fmt.Errorf("%s: empty name", e.ID)
	}
	names := append([]string{e.Name}, e.Aliases...)
	keys := make([][]string, 0, len(names))
	for _, n := range names {
		k, err := nameKeys(n, buf)
		if err != nil {
			return nil, fmt.Errorf("%s: name %q: %w", e.ID, n, err)
		}
		keys = append(keys, k)
	}
	return keys, nil
}

func (g *Gazetteer) insert(e *Entry, keys [][]string) {
	e.order = len(g.entries)
	g.entries = append(g.entries, e)
	g.byID[e.ID] = e
	if e.Kind == KindCountry {
		if _, ok := g.countries[e.Country]; !ok {
			g.countries[e.Country] = e
		}
	}
	for _, k := range keys {
		g.index(k, e)
	}
}

func (g *Gazetteer) index(keys []string, e *Entry) {
	joined := strings.Join(keys, " ")
	p := g.byKey[joined]
	if p == nil {
		p = &pattern{keys: keys, weak: isWeak(keys)}
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
// either case, or nil.
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

// Lookup returns the entries that name can refer to, best first, or nil.
// The name is matched as in Match but without the capitalisation rules, so
// it may carry place keywords ("Anbar province", "Al-Omar oil field"); a
// leading direction ("southwest Syria") puts the region made by Region
// first.
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
