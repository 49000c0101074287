package gazetteer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Header is the header row of a gazetteer TSV file in the column order of
// data/places.tsv; Row writes entries under it.
var Header = strings.Join(columns[:], "\t")

// Row returns e as one line of a gazetteer TSV file under Header, without
// the newline. Tabs and newlines inside values become spaces, and "|"
// inside a name would split it, so aliases holding one are dropped.
func (e *Entry) Row() string {
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, strings.TrimSpace(s))
	}
	var aliases []string
	for _, a := range e.Aliases {
		if a = clean(a); a != "" && !strings.Contains(a, "|") {
			aliases = append(aliases, a)
		}
	}
	bbox := ""
	if e.HasBBox() {
		bbox = fmt.Sprintf("%s,%s,%s,%s", coord(e.BBox[0]), coord(e.BBox[1]), coord(e.BBox[2]), coord(e.BBox[3]))
	}
	f := [numColumns]string{
		colID: clean(e.ID), colKind: e.Kind, colSubkind: clean(e.Subkind), colName: clean(e.Name),
		colAliases: strings.Join(aliases, "|"), colCountry: e.Country, colAdmin1: clean(e.Admin1),
		colLat: coord(e.Lat), colLon: coord(e.Lon), colPopulation: strconv.Itoa(e.Population),
		colBBox: bbox, colSource: clean(e.Source),
	}
	return strings.Join(f[:], "\t")
}

func coord(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// ParseRow reads one line under Header back into an entry, checking it as
// Read does.
func ParseRow(row string) (*Entry, error) {
	g := New()
	if err := g.read(Header+"\n"+row, layerCurated, nil); err != nil {
		return nil, err
	}
	if len(g.entries) != 1 {
		return nil, fmt.Errorf("want one gazetteer row, got %d", len(g.entries))
	}
	return g.entries[0], nil
}

// AddRows adds rows written by Entry.Row to g (a row whose id g already
// holds, of the same kind, moves that entry to the row's point): to the GeoNames layer when
// geonames is set, else with the curated places. Rows whose id g already
// holds are left out (a newer embedded gazetteer may have gained them), and
// so are rows that do not parse, which are returned as errors.
func (g *Gazetteer) AddRows(rows []string, geonames bool) []error {
	var (
		b    strings.Builder
		errs []error
		seen = make(map[string]bool, len(rows))
	)
	b.WriteString(Header)
	for _, r := range rows {
		id, _, _ := strings.Cut(r, "\t")
		if e := g.byID[id]; e != nil {
			// A row for an entry g holds gives it a point: a GeoNames
			// country or division point imported over the embedded one.
			if o, err := ParseRow(r); err == nil && o.Kind == e.Kind {
				e.Lat, e.Lon, e.Source = o.Lat, o.Lon, o.Source
			}
			continue
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		b.WriteByte('\n')
		b.WriteString(r)
	}
	l := layerCurated
	if geonames {
		l = layerGeoNames
	}
	if err := g.read(b.String(), l, func(err error) { errs = append(errs, err) }); err != nil {
		errs = append(errs, err)
	}
	return errs
}

// Matchable reports whether text could ever match name: names of
// punctuation or articles alone, or with possessives ("Earl's Wood"), cannot.
func Matchable(name string) bool {
	_, err := nameKeys(name, nil)
	return err == nil
}

// Clean drops the aliases of e that could never match, and fails when its
// name could not.
func (e *Entry) Clean() error {
	if _, err := nameKeys(e.Name, nil); err != nil {
		return fmt.Errorf("%s: name %q: %w", e.ID, e.Name, err)
	}
	e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return !Matchable(a) })
	return nil
}
