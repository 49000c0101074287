package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// admin1Mapper names the governorate of a row: for the countries of
// curatedAdmin1 the curated admin1 entry whose name or alias has the key of
// the GeoNames admin1 name (without words like "Muhafazat"), or failing
// that the same consonants ("Tafielah", "Tafilah"), or failing that the
// curated admin1 whose bbox holds the row's point; elsewhere the GeoNames
// admin1 name itself.
type admin1Mapper struct {
	cur    *curated
	names  map[string]string           // GeoNames admin1 names by "CC.code"
	byCode map[string]*gazetteer.Entry // mapped by name; nil when no name matched
	r      *report
}

func newAdmin1Mapper(cur *curated, names map[string]string, r *report) *admin1Mapper {
	return &admin1Mapper{cur: cur, names: names, byCode: map[string]*gazetteer.Entry{}, r: r}
}

func (m *admin1Mapper) name(row geoRow) string {
	code := row.country + "." + row.admin1
	if !curatedAdmin1[row.country] {
		n, ok := m.names[code]
		if !ok {
			m.r.noAdmin1[row.country]++
		}
		return n
	}
	e, done := m.byCode[code]
	if !done {
		var how string
		e, how = m.byName(row.country, m.names[code])
		m.byCode[code] = e
		if e != nil {
			m.r.mapped = append(m.r.mapped, fmt.Sprintf("%s %q → %s (%s)", code, m.names[code], e.Name, how))
		} else {
			m.r.mapped = append(m.r.mapped, fmt.Sprintf("%s %q → no curated admin1 by name; by bbox per row", code, m.names[code]))
		}
	}
	if e != nil {
		return e.Name
	}
	if e := m.byBox(row); e != nil {
		m.r.warnf("%s %s (%s, admin1 %s %q): admin1 %s by bbox", rowID(row), row.ascii, row.country, code, m.names[code], e.Name)
		return e.Name
	}
	m.r.warnf("%s %s (%s, admin1 %s %q): NOT MAPPED to a curated admin1; admin1 left empty", rowID(row), row.ascii, row.country, code, m.names[code])
	m.r.unmapped++
	return ""
}

// byName returns the curated admin1 of country named name, and how it was
// found, or nil.
func (m *admin1Mapper) byName(country, name string) (*gazetteer.Entry, string) {
	key, err := gazetteer.Key(bareAdmin(name))
	if err != nil {
		return nil, ""
	}
	for _, how := range []string{"key", "consonants"} {
		for _, e := range m.cur.admin1[country] {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				// "Sanaa Governorate" of GeoNames and of the curated file
				// alike, the city keeping the bare name.
				k, err := gazetteer.Key(bareAdmin(n))
				if err != nil {
					continue
				}
				if how == "key" && k == key || how == "consonants" && consonants(k) == consonants(key) {
					return e, how
				}
			}
		}
	}
	return nil, ""
}

// consonants returns the key without vowels, spaces and doubled letters.
func consonants(k string) string {
	var b strings.Builder
	var last rune
	for _, r := range k {
		if strings.ContainsRune("aeiouy ", r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// byBox returns the curated admin1 of the row's country whose bbox holds
// its point, the one with the nearest centre when several do, or nil.
func (m *admin1Mapper) byBox(row geoRow) *gazetteer.Entry {
	var best *gazetteer.Entry
	bestKm := 0.0
	for _, e := range m.cur.admin1[row.country] {
		b := e.BBox
		if row.lat < b[0] || row.lat > b[2] || row.lon < b[1] || row.lon > b[3] {
			continue
		}
		if d := sitrep.DistanceKm(row.lat, row.lon, e.Lat, e.Lon); best == nil || d < bestKm {
			best, bestKm = e, d
		}
	}
	return best
}

// report collects what the generator did, for standard error.
type report struct {
	perCountry map[string]int // rows written
	dropped    map[string]int // rows left out, by the curated id they repeat
	noAdmin1   map[string]int // rows without a GeoNames admin1 name, by country
	mapped     []string       // admin1 codes of curatedAdmin1 countries
	warnings   []string
	unmapped   int
	kinds      map[string]int // rows written by kind
	noPlaces   int            // admin1 codes without a cities500 place, left out
	small      int            // admin1 codes left out as too small
	// admin1Centroids counts the divisions placed at their centroid.
	admin1Centroids int
}

func newReport() *report {
	return &report{perCountry: map[string]int{}, dropped: map[string]int{}, noAdmin1: map[string]int{}, kinds: map[string]int{}}
}

func (r *report) warnf(format string, args ...any) {
	r.warnings = append(r.warnings, fmt.Sprintf(format, args...))
}

func (r *report) print(w io.Writer, rows, size int, out string) {
	slices.Sort(r.mapped)
	fmt.Fprintln(w, "admin1 of the countries with curated governorates:")
	for _, s := range r.mapped {
		fmt.Fprintln(w, "  "+s)
	}
	n := 0
	for _, c := range r.dropped {
		n += c
	}
	fmt.Fprintf(w, "left out %d rows repeating %d curated towns and sites:", n, len(r.dropped))
	for _, id := range slices.Sorted(maps.Keys(r.dropped)) {
		fmt.Fprintf(w, " %s", id)
		if r.dropped[id] > 1 {
			fmt.Fprintf(w, "×%d", r.dropped[id])
		}
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, "rows without a GeoNames admin1 name:")
	for _, cc := range slices.Sorted(maps.Keys(r.noAdmin1)) {
		fmt.Fprintf(w, " %s %d", cc, r.noAdmin1[cc])
	}
	fmt.Fprintln(w)
	for _, s := range r.warnings {
		fmt.Fprintln(w, "warning:", s)
	}
	fmt.Fprintf(w, "rows not mapped to a curated admin1: %d\n", r.unmapped)
	fmt.Fprintf(w, "admin1 codes left out: %d without a cities500 place, %d too small; %d placed at their centroid\n", r.noPlaces, r.small, r.admin1Centroids)
	fmt.Fprint(w, "rows per kind:")
	for _, k := range slices.Sorted(maps.Keys(r.kinds)) {
		fmt.Fprintf(w, " %s %d", k, r.kinds[k])
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, "towns per country:")
	for _, cc := range slices.Sorted(maps.Keys(r.perCountry)) {
		fmt.Fprintf(w, " %s %d", cc, r.perCountry[cc])
	}
	fmt.Fprintf(w, "\nwrote %s: %d rows, %d bytes before compression\n", out, rows, size)
}

// bareAdmin returns a division's name without its designator words:
// "Sanaa" of "Sanaa Governorate".
func bareAdmin(name string) string {
	var words []string
	for _, w := range strings.Fields(strings.ReplaceAll(name, "-", " ")) {
		if !adminWords[normalize.Fold(w)] {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}
