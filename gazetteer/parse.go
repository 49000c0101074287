package gazetteer

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// Columns of a gazetteer TSV file, in the order of data/places.tsv.
var columns = [numColumns]string{"id", "kind", "subkind", "name", "aliases", "country", "admin1",
	"lat", "lon", "population", "bbox", "source"}

// Positions in columns.
const (
	colID = iota
	colKind
	colSubkind
	colName
	colAliases
	colCountry
	colAdmin1
	colLat
	colLon
	colPopulation
	colBBox
	colSource
	numColumns
)

// required columns; the others may be left out of a file.
var required = []int{colID, colKind, colName, colCountry, colLat, colLon}

// layout is the field position of each column in a file, -1 when absent.
type layout [numColumns]int

// Parse reads a gazetteer from a TSV file shaped like data/places.tsv and
// returns it. Errors name the line.
func Parse(r io.Reader) (*Gazetteer, error) {
	g := New()
	if err := g.Read(r); err != nil {
		return nil, err
	}
	return g, nil
}

// Read adds the entries of a TSV file to g. The first row names the
// columns (any order, see data/places.tsv; id, kind, name, country, lat and
// lon are required, country may be empty for a region that spans
// countries); then one entry a line, aliases separated by "|" and
// bbox as "minlat,minlon,maxlat,maxlon". Blank lines and lines starting
// with "#" are skipped. On error, which names the line, g is unchanged.
func (g *Gazetteer) Read(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	return g.read(string(data), layerCurated, nil)
}

// read adds the entries of the TSV text to g, in the given layer. A bad
// row fails the whole text, unless bad is set: then the row is left out
// and bad is told why.
func (g *Gazetteer) read(text string, l layer, bad func(error)) error {
	rows := strings.Count(text, "\n") + 1
	var (
		lay     *layout
		ncol    int
		lines   = make(map[string]int, rows) // id → line, for duplicates within the file
		es      = make([]*Entry, 0, rows)
		keys    = make([][]string, 0, rows) // joined keys of each entry's names
		ents    = make([]Entry, 0, rows)
		aliases = make([]string, 0, strings.Count(text, "|"))
		buf     []normalize.Token
		fields  []string
		line    int
	)
	for text != "" {
		line++
		var row string
		row, text, _ = strings.Cut(text, "\n")
		row = strings.TrimRight(row, "\r")
		if strings.TrimSpace(row) == "" || strings.HasPrefix(row, "#") {
			continue
		}
		fields = splitTabs(fields[:0], row)
		if lay == nil {
			var err error
			if lay, err = header(fields, required); err != nil {
				return fmt.Errorf("line %d: %w", line, err)
			}
			ncol = len(fields)
			continue
		}
		ents = append(ents, Entry{layer: l})
		e := &ents[len(ents)-1]
		k, err := g.row(e, fields, ncol, lay, &aliases, lines, &buf)
		if err != nil {
			err = fmt.Errorf("line %d: %w", line, err)
			if bad == nil {
				return err
			}
			bad(err)
			ents = ents[:len(ents)-1]
			continue
		}
		lines[e.ID] = line
		es = append(es, e)
		keys = append(keys, k)
	}
	if lay == nil {
		return fmt.Errorf("line %d: no header row", line)
	}
	names := 0
	for _, k := range keys {
		names += len(k)
	}
	g.reserve(len(es), names)
	for i, e := range es {
		g.insert(e, keys[i])
	}
	return nil
}

// row parses the fields of one row into e and checks it against g and the
// ids read before (lines), returning the joined keys of its names.
func (g *Gazetteer) row(e *Entry, fields []string, ncol int, lay *layout, aliases *[]string, lines map[string]int, buf *[]normalize.Token) ([]string, error) {
	if len(fields) != ncol {
		return nil, fmt.Errorf("got %d fields, want %d", len(fields), ncol)
	}
	if err := entry(e, fields, lay, aliases); err != nil {
		return nil, err
	}
	if first, dup := lines[e.ID]; dup {
		return nil, fmt.Errorf("duplicate id %q (first on line %d)", e.ID, first)
	}
	return g.prepareBuf(e, buf)
}

// splitTabs appends the tab-separated fields of s to dst.
func splitTabs(dst []string, s string) []string {
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
}

// header returns the layout of a file from its header row, which must
// name the columns of need.
func header(fields []string, need []int) (*layout, error) {
	lay := new(layout)
	for i := range lay {
		lay[i] = -1
	}
	for i, f := range fields {
		name := strings.ToLower(strings.TrimSpace(f))
		c := slices.Index(columns[:], name)
		if c < 0 {
			return nil, fmt.Errorf("unknown column %q: want %s", f, strings.Join(columns[:], ", "))
		}
		if lay[c] >= 0 {
			return nil, fmt.Errorf("column %q twice", name)
		}
		lay[c] = i
	}
	for _, c := range need {
		if lay[c] < 0 {
			return nil, fmt.Errorf("header has no column %q", columns[c])
		}
	}
	return lay, nil
}

// entry parses one row into e, taking the slice of its aliases from the
// end of *aliases.
func entry(e *Entry, fields []string, lay *layout, aliases *[]string) error {
	get := func(c int) string {
		if i := lay[c]; i >= 0 {
			return strings.TrimSpace(fields[i])
		}
		return ""
	}
	e.ID, e.Kind, e.Subkind, e.Name = get(colID), get(colKind), get(colSubkind), get(colName)
	e.Country, e.Admin1, e.Source = get(colCountry), get(colAdmin1), get(colSource)
	from := len(*aliases)
	for rest, more := get(colAliases), true; more; {
		var a string
		a, rest, more = strings.Cut(rest, "|")
		if a = strings.TrimSpace(a); a != "" {
			*aliases = append(*aliases, a)
		}
	}
	if n := len(*aliases); n > from {
		e.Aliases = (*aliases)[from:n:n]
	}
	if (len(e.Country) != 2 || strings.ToUpper(e.Country) != e.Country) && !(e.Country == "" && e.Kind == KindRegion) {
		return fmt.Errorf("%s: country %q: want an upper-case ISO 3166-1 alpha-2 code (or none for a region)", e.ID, e.Country)
	}
	var err error
	if e.Lat, err = number(get(colLat), -90, 90); err != nil {
		return fmt.Errorf("%s: lat: %w", e.ID, err)
	}
	if e.Lon, err = number(get(colLon), -180, 180); err != nil {
		return fmt.Errorf("%s: lon: %w", e.ID, err)
	}
	if p := get(colPopulation); p != "" {
		if e.Population, err = strconv.Atoi(p); err != nil || e.Population < 0 {
			return fmt.Errorf("%s: population %q: want a whole number >= 0", e.ID, p)
		}
	}
	if b := get(colBBox); b != "" {
		parts := strings.Split(b, ",")
		if len(parts) != 4 {
			return fmt.Errorf("%s: bbox %q: want minlat,minlon,maxlat,maxlon", e.ID, b)
		}
		for i, p := range parts {
			lim := 90.0
			if i%2 == 1 {
				lim = 180
			}
			if e.BBox[i], err = number(strings.TrimSpace(p), -lim, lim); err != nil {
				return fmt.Errorf("%s: bbox: %w", e.ID, err)
			}
		}
		if e.BBox[0] > e.BBox[2] || e.BBox[1] > e.BBox[3] {
			return fmt.Errorf("%s: bbox %q: min above max", e.ID, b)
		}
	}
	return nil
}

func number(s string, lo, hi float64) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || f < lo || f > hi {
		return 0, fmt.Errorf("%q: want a number in [%g, %g]", s, lo, hi)
	}
	return f, nil
}
