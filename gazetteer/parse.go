package gazetteer

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// Columns of a gazetteer TSV file, in the order of data/places.tsv.
var columns = []string{"id", "kind", "subkind", "name", "aliases", "country", "admin1",
	"lat", "lon", "population", "bbox", "source"}

// required columns; the others may be left out of a file.
var required = []string{"id", "kind", "name", "country", "lat", "lon"}

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
// lon are required); then one entry a line, aliases separated by "|" and
// bbox as "minlat,minlon,maxlat,maxlon". Blank lines and lines starting
// with "#" are skipped. On error, which names the line, g is unchanged.
func (g *Gazetteer) Read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var (
		col   map[string]int
		ncol  int
		lines = map[string]int{} // id → line, for duplicates within the file
		es    []*Entry
		keys  [][][]string
		line  int
		buf   []normalize.Token
	)
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if col == nil {
			var err error
			if col, err = header(fields); err != nil {
				return fmt.Errorf("line %d: %w", line, err)
			}
			ncol = len(fields)
			continue
		}
		if len(fields) != ncol {
			return fmt.Errorf("line %d: got %d fields, want %d", line, len(fields), ncol)
		}
		e, err := entry(fields, col)
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		if first, dup := lines[e.ID]; dup {
			return fmt.Errorf("line %d: duplicate id %q (first on line %d)", line, e.ID, first)
		}
		lines[e.ID] = line
		k, err := g.prepareBuf(e, &buf)
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		es = append(es, e)
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", line+1, err)
	}
	if col == nil {
		return fmt.Errorf("line %d: no header row", line)
	}
	for i, e := range es {
		g.insert(e, keys[i])
	}
	return nil
}

// header maps column names to field positions.
func header(fields []string) (map[string]int, error) {
	col := map[string]int{}
	for i, f := range fields {
		name := strings.ToLower(strings.TrimSpace(f))
		known := false
		for _, c := range columns {
			known = known || c == name
		}
		if !known {
			return nil, fmt.Errorf("unknown column %q", f)
		}
		if _, dup := col[name]; dup {
			return nil, fmt.Errorf("column %q twice", name)
		}
		col[name] = i
	}
	for _, c := range required {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("header has no column %q", c)
		}
	}
	return col, nil
}

// entry parses one row.
func entry(fields []string, col map[string]int) (*Entry, error) {
	get := func(name string) string {
		if i, ok := col[name]; ok {
			return strings.TrimSpace(fields[i])
		}
		return ""
	}
	e := &Entry{
		ID:      get("id"),
		Kind:    get("kind"),
		Subkind: get("subkind"),
		Name:    get("name"),
		Country: get("country"),
		Admin1:  get("admin1"),
		Source:  get("source"),
	}
	for _, a := range strings.Split(get("aliases"), "|") {
		if a = strings.TrimSpace(a); a != "" {
			e.Aliases = append(e.Aliases, a)
		}
	}
	if len(e.Country) != 2 || strings.ToUpper(e.Country) != e.Country {
		return nil, fmt.Errorf("%s: country %q: want an upper-case ISO 3166-1 alpha-2 code", e.ID, e.Country)
	}
	var err error
	if e.Lat, err = number(get("lat"), -90, 90); err != nil {
		return nil, fmt.Errorf("%s: lat: %w", e.ID, err)
	}
	if e.Lon, err = number(get("lon"), -180, 180); err != nil {
		return nil, fmt.Errorf("%s: lon: %w", e.ID, err)
	}
	if p := get("population"); p != "" {
		if e.Population, err = strconv.Atoi(p); err != nil || e.Population < 0 {
			return nil, fmt.Errorf("%s: population %q: want a whole number >= 0", e.ID, p)
		}
	}
	if b := get("bbox"); b != "" {
		parts := strings.Split(b, ",")
		if len(parts) != 4 {
			return nil, fmt.Errorf("%s: bbox %q: want minlat,minlon,maxlat,maxlon", e.ID, b)
		}
		for i, p := range parts {
			lim := 90.0
			if i%2 == 1 {
				lim = 180
			}
			if e.BBox[i], err = number(strings.TrimSpace(p), -lim, lim); err != nil {
				return nil, fmt.Errorf("%s: bbox: %w", e.ID, err)
			}
		}
		if e.BBox[0] > e.BBox[2] || e.BBox[1] > e.BBox[3] {
			return nil, fmt.Errorf("%s: bbox %q: min above max", e.ID, b)
		}
	}
	return e, nil
}

func number(s string, lo, hi float64) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || f < lo || f > hi {
		return 0, fmt.Errorf("%q: want a number in [%g, %g]", s, lo, hi)
	}
	return f, nil
}
