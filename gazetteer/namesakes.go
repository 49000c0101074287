package gazetteer

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// namesakesGz holds the GeoNames cities500 places that the generated layer
// leaves out (small towns outside the Middle East), one row per key of
// their names, sorted by key. It is written by gen with -namesakes.
//
//go:embed data/namesakes.tsv.gz
var namesakesGz []byte

// namesakeSource is the Source of the entries of data/namesakes.tsv.gz.
const namesakeSource = "GeoNames cities500 (CC BY 4.0), namesake"

// namesake1000Source is the Source of its places from GeoNames cities1000.
const namesake1000Source = "GeoNames cities1000 (CC BY 4.0), namesake"

// namesakes is the index of data/namesakes.tsv.gz, read on first use: the
// text and the start of each row, so that a key is found by binary search
// without parsing the rows that do not bear it.
type namesakes struct {
	once  sync.Once
	data  []byte
	text  string
	rows  []int32 // byte offset of each row in text, header left out
	err   error
	mu    sync.Mutex
	cache map[string][]*Entry
}

// Namesakes returns the places of the namesake layer that bear name
// (compared by Key), more populous first: the small towns of the world
// outside the Middle East, which Match does not find by themselves. Their
// entries are not in the gazetteer (Get does not return them) and are
// shared: they must not be modified. It returns nil for a gazetteer made
// without the embedded data (New, LoadCurated), and leaves out ids that g
// already holds (a GeoNames dump imported). A name of one common word
// ("Congress", "Arab", "Justice") has none: text means the word. Only a
// division written after it gives it one ("Independence, Mo.", Match).
func (g *Gazetteer) Namesakes(name string) []*Entry {
	k, err := Key(name)
	if err != nil || !strings.Contains(k, " ") && isStopName(k) {
		return nil
	}
	return g.namesakesOf(k)
}

// namesakesOf returns the namesakes of a joined key.
func (g *Gazetteer) namesakesOf(key string) []*Entry {
	ns := g.namesakes
	if ns == nil {
		return nil
	}
	ns.once.Do(ns.load)
	if ns.err != nil {
		return nil
	}
	ns.mu.Lock()
	es, ok := ns.cache[key]
	ns.mu.Unlock()
	if ok {
		return es
	}
	i := sort.Search(len(ns.rows), func(i int) bool { return ns.key(i) >= key })
	for ; i < len(ns.rows) && ns.key(i) == key; i++ {
		e, err := ns.entry(i)
		if err != nil || g.byID[e.ID] != nil {
			continue
		}
		es = append(es, e)
	}
	ns.mu.Lock()
	ns.cache[key] = es
	ns.mu.Unlock()
	return es
}

func (ns *namesakes) load() {
	text, err := gunzip(ns.data)
	if err != nil {
		ns.err = fmt.Errorf("gazetteer: data/namesakes.tsv.gz: %w", err)
		return
	}
	header, _, _ := strings.Cut(text, "\n")
	if header != "key\tid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tsubkind" {
		ns.err = fmt.Errorf("gazetteer: data/namesakes.tsv.gz: unexpected header %q", header)
		return
	}
	ns.text = text
	ns.rows = make([]int32, 0, strings.Count(text, "\n"))
	for at := len(header) + 1; at < len(text); {
		ns.rows = append(ns.rows, int32(at))
		n := strings.IndexByte(text[at:], '\n')
		if n < 0 {
			break
		}
		at += n + 1
	}
	ns.cache = map[string][]*Entry{}
}

// row returns row i without its newline.
func (ns *namesakes) row(i int) string {
	s := ns.text[ns.rows[i]:]
	if n := strings.IndexByte(s, '\n'); n >= 0 {
		s = s[:n]
	}
	return s
}

// key returns the key of row i: its first field, or when that is empty
// the name in lower case.
func (ns *namesakes) key(i int) string {
	row := ns.row(i)
	k, rest, _ := strings.Cut(row, "\t")
	if k != "" {
		return k
	}
	_, rest, _ = strings.Cut(rest, "\t")
	name, _, _ := strings.Cut(rest, "\t")
	return strings.ToLower(name)
}

// entry parses row i.
func (ns *namesakes) entry(i int) (*Entry, error) {
	f := strings.Split(ns.row(i), "\t")
	if len(f) != 9 {
		return nil, fmt.Errorf("namesake row %d: %d fields", i, len(f))
	}
	lat, err1 := strconv.ParseFloat(f[5], 64)
	lon, err2 := strconv.ParseFloat(f[6], 64)
	pop, err3 := strconv.Atoi(f[7])
	if err1 != nil || err2 != nil || err3 != nil {
		return nil, fmt.Errorf("namesake row %d: bad number", i)
	}
	// A GeoNames id, or the made-up id of a place of cities1000 that
	// cities500 lacks ("gj-ca-52.0269--113.9507").
	id, src := "gn-"+f[1], namesakeSource
	if strings.HasPrefix(f[1], "gj-") {
		id, src = f[1], namesake1000Source
	}
	return &Entry{ID: id, Kind: KindTown, Subkind: f[8], Name: f[2], Country: f[3], Admin1: f[4],
		Lat: lat, Lon: lon, Population: pop, Source: src, order: -1, layer: layerNamesake}, nil
}
