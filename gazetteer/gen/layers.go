package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
)

// Sources of the rows that are not towns.
const (
	sourceAtlas   = "Natural Earth 1:50m via world-atlas 2.0.2 (public domain); names sitrep"
	sourceCapital = "GeoNames cities500 (CC BY 4.0), capital and places; names sitrep"
	sourceAdmin1  = "GeoNames admin1 names and cities500 places (CC BY 4.0)"
	sourceRegion  = "sitrep; bbox from Natural Earth via world-atlas 2.0.2 (public domain)"
)

// countryRow is a row of gen/countries.tsv.
type countryRow struct {
	code, atlas, name string
	aliases           []string
}

// regionRow is a row of gen/regions.tsv.
type regionRow struct {
	id, name string
	aliases  []string
	lat, lon float64
	bbox     [4]float64
	fixed    bool // point and bbox given
	point    bool // point given, bbox from the members
	members  []string
}

// readTable reads a tab-separated file with "#" comments and a header row
// naming want columns, and returns its rows with want fields each (empty
// trailing fields may be left out).
func readTable(path string, want []string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	header := false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fld := strings.Split(l, "\t")
		if !header {
			if !slices.Equal(fld, want) {
				return nil, fmt.Errorf("%s:%d: got columns %q, want %q", path, n, fld, want)
			}
			header = true
			continue
		}
		if len(fld) > len(want) {
			return nil, fmt.Errorf("%s:%d: got %d fields, want at most %d", path, n, len(fld), len(want))
		}
		for len(fld) < len(want) {
			fld = append(fld, "")
		}
		for i := range fld {
			fld[i] = strings.TrimSpace(fld[i])
		}
		rows = append(rows, fld)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if !header {
		return nil, fmt.Errorf("%s: no header row", path)
	}
	return rows, nil
}

func splitNames(s string) []string {
	var out []string
	for _, a := range strings.Split(s, "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func readCountries(path string) ([]countryRow, error) {
	rows, err := readTable(path, []string{"code", "atlas", "name", "aliases"})
	if err != nil {
		return nil, err
	}
	var out []countryRow
	seen := map[string]bool{}
	for _, r := range rows {
		if len(r[0]) != 2 || strings.ToUpper(r[0]) != r[0] || seen[r[0]] {
			return nil, fmt.Errorf("%s: code %q: want a new upper-case ISO 3166-1 alpha-2 code", path, r[0])
		}
		seen[r[0]] = true
		out = append(out, countryRow{code: r[0], atlas: r[1], name: r[2], aliases: splitNames(r[3])})
	}
	return out, nil
}

func readRegions(path string) ([]regionRow, error) {
	rows, err := readTable(path, []string{"id", "name", "aliases", "lat", "lon", "bbox", "members"})
	if err != nil {
		return nil, err
	}
	var out []regionRow
	for _, r := range rows {
		rg := regionRow{id: r[0], name: r[1], aliases: splitNames(r[2]), members: strings.Fields(r[6])}
		if r[3] != "" && len(rg.members) > 0 && r[5] == "" { // a point of its own, the box of its members
			var errs [2]error
			rg.lat, errs[0] = strconv.ParseFloat(r[3], 64)
			rg.lon, errs[1] = strconv.ParseFloat(r[4], 64)
			if errs[0] != nil || errs[1] != nil {
				return nil, fmt.Errorf("%s: %s: bad point", path, rg.id)
			}
			rg.point = true
		} else if r[3] != "" {
			var errs [2]error
			rg.lat, errs[0] = strconv.ParseFloat(r[3], 64)
			rg.lon, errs[1] = strconv.ParseFloat(r[4], 64)
			parts := strings.Split(r[5], ",")
			if errs[0] != nil || errs[1] != nil || len(parts) != 4 {
				return nil, fmt.Errorf("%s: %s: bad point or bbox", path, rg.id)
			}
			for i, p := range parts {
				v, err := strconv.ParseFloat(p, 64)
				if err != nil {
					return nil, fmt.Errorf("%s: %s: bbox: %w", path, rg.id, err)
				}
				rg.bbox[i] = v
			}
			rg.fixed = true
		} else if len(rg.members) == 0 {
			return nil, fmt.Errorf("%s: %s: neither a point nor members", path, rg.id)
		}
		out = append(out, rg)
	}
	return out, nil
}

// readDemonymKeys returns the keys of the demonyms of data/demonyms.tsv,
// which no generated name may take.
func readDemonymKeys(path string) (map[string]bool, error) {
	rows, err := readTable(path, []string{"id", "demonyms"})
	if err != nil {
		return nil, err
	}
	keys := map[string]bool{}
	for _, r := range rows {
		for _, d := range splitNames(r[1]) {
			k, err := gazetteer.Key(d)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %q: %w", path, r[0], d, err)
			}
			keys[k] = true
		}
	}
	return keys, nil
}

// area is a country or first-level division, with the cities500 places
// that lie in it.
type area struct {
	places     []geoRow
	population int // of its places, sections of places (PPLX) left out
}

func (a *area) add(row geoRow) {
	a.places = append(a.places, row)
	if row.code != "PPLX" {
		a.population += row.population
	}
}

// box returns the bbox of the places.
func (a *area) box() [4]float64 {
	b := [4]float64{90, 180, -90, -180}
	for _, p := range a.places {
		b[0], b[1] = min(b[0], p.lat), min(b[1], p.lon)
		b[2], b[3] = max(b[2], p.lat), max(b[3], p.lon)
	}
	return b
}

// capital returns the country's capital (PPLC), or else its most populous
// place.
func (a *area) capital() geoRow {
	best := a.places[0]
	for _, p := range a.places {
		if p.code == "PPLC" && best.code != "PPLC" || (p.code == "PPLC") == (best.code == "PPLC") && p.population > best.population {
			best = p
		}
	}
	return best
}

// nameList is the names given to one generated row.
type nameList struct {
	name    string
	aliases []string
}

// pickNames returns the name and aliases of a hand-written or GeoNames
// row that text can match and that are not taken, one per key, and the
// names left out. The name is empty when the first name is taken or
// unusable: the row is then left out.
func pickNames(first string, others []string, taken map[string]bool) (nameList, []string) {
	var (
		n    nameList
		seen = map[string]bool{}
		out  []string
	)
	for i, s := range append([]string{first}, others...) {
		k, err := gazetteer.Key(s)
		switch {
		case err != nil || taken[k]:
			out = append(out, s)
			if i == 0 {
				return nameList{}, out
			}
			continue
		case seen[k]:
			continue
		}
		seen[k] = true
		if i == 0 {
			n.name = s
		} else {
			n.aliases = append(n.aliases, s)
		}
	}
	return n, out
}

// admin1Suffixes and admin1Prefixes are the words of the GeoNames admin1
// names that say what kind of area it is ("Yazd Province", "Moscow
// Oblast", "Republic of Tyva"); the name without them is an alias.
var (
	admin1Suffixes = []string{"autonomous okrug", "autonomous region", "province", "oblast'", "oblast", "krai", "kray",
		"region", "governorate", "prefecture", "voivodeship", "county", "republic", "state", "department"}
	admin1Prefixes = []string{"republic of", "state of", "province of"}
	// bareDenied are short forms that name other places better: Kurdistan
	// in the news is Iraq's Kurdistan Region, not Iran's Kurdistan Province.
	bareDenied = map[string]bool{"kurdistan": true}
)

// bareName returns name without the words of admin1Suffixes and
// admin1Prefixes, or "" when it has none of them or too little is left.
func bareName(name string) string {
	f := strings.ToLower(name)
	bare := ""
	for _, s := range admin1Suffixes {
		if strings.HasSuffix(f, " "+s) {
			bare = strings.TrimSpace(name[:len(name)-len(s)])
			break
		}
	}
	for _, p := range admin1Prefixes {
		if strings.HasPrefix(f, p+" ") {
			bare = strings.TrimSpace(name[len(p):])
			break
		}
	}
	if bare == "" {
		return ""
	}
	k, err := gazetteer.Key(bare)
	if err != nil || len(k) < 4 || bareDenied[k] {
		return ""
	}
	return bare
}

// cleanAdmin1 returns a GeoNames admin1 name that text can match:
// without periods ("St.-Petersburg"), a parenthesis ("Ho Chi Minh City
// (HCMC)") and stray apostrophes ("Leningradskaya Oblast'").
func cleanAdmin1(name string) string {
	if i, j := strings.IndexByte(name, '('), strings.IndexByte(name, ')'); i >= 0 && j > i {
		name = name[:i] + name[j+1:] // "Ho Chi Minh City (HCMC)"
	}
	name = strings.ReplaceAll(name, ".", "")
	name = cleanApostrophes(name)
	return strings.Join(strings.Fields(name), " ")
}

// layers builds the rows of the countries, first-level divisions and
// regions.
type layers struct {
	cur       *curated
	taken     map[string]bool // keys of curated names and demonyms
	shapes    map[string]shape
	countries map[string]*area // by ISO2 code
	admin1    map[string]*area // by "CC.code"
	r         *report
	points    map[string][3]float64 // lat, lon, area of each country's mainland, for regions
	boxes     map[string][4]float64
	// conventional are the points gazetteers and geoparsing gold sets give
	// countries (Russia 60, 100), by ISO2 code, when known.
	conventional map[string][2]float64
	geonames     map[string][2]float64 // gen/country-points.tsv
	// admin1Points are the centroids of gen/admin1-points.tsv, by ISO2
	// code and key of the division's name (readAdmin1Points).
	admin1Points map[string]map[string][2]float64
	adm1         map[string][2]float64 // ADM1 points of GeoNames dumps, by "CC.code" (readADM1)
}

func newLayers(cur *curated, taken map[string]bool, shapes map[string]shape, rows []geoRow, r *report) *layers {
	l := &layers{cur: cur, taken: taken, shapes: shapes, countries: map[string]*area{}, admin1: map[string]*area{}, r: r,
		points: map[string][3]float64{}, boxes: map[string][4]float64{}}
	for _, row := range rows {
		c := l.countries[row.country]
		if c == nil {
			c = &area{}
			l.countries[row.country] = c
		}
		c.add(row)
		code := row.country + "." + row.admin1
		a := l.admin1[code]
		if a == nil {
			a = &area{}
			l.admin1[code] = a
		}
		a.add(row)
	}
	return l
}

// countryLines returns the rows of the countries that data/places.tsv
// lacks.
func (l *layers) countryLines(list []countryRow) []string {
	var lines []string
	for _, c := range list {
		places := l.countries[c.code]
		lat, lon, box, src := 0.0, 0.0, [4]float64{}, ""
		if s, ok := l.shapes[c.atlas]; ok && c.atlas != "" {
			main := s[s.mainland()]
			lat, lon = main.labelPoint()
			lon = wrap(lon)
			box = clampBox(s.bbox())
			l.points[c.code] = [3]float64{lat, lon, main.area()}
			src = sourceAtlas
		} else if places != nil {
			cap := places.capital()
			lat, lon, box, src = cap.lat, cap.lon, places.box(), sourceCapital
			l.points[c.code] = [3]float64{lat, lon, 0}
			l.r.warnf("country %s %s: no world-atlas shape; point of %s", c.code, c.name, cap.ascii)
		} else {
			l.r.warnf("country %s %s: no world-atlas shape and no cities500 place; left out", c.code, c.name)
			continue
		}
		// The conventional point when it lies on or near the country's
		// shapes (small territories' points sit just off their islands; the
		// box grows to hold them); the label point otherwise.
		if p, ok := l.conventional[c.code]; ok && (box == [4]float64{} ||
			p[0] >= box[0]-1 && p[0] <= box[2]+1 && p[1] >= box[1]-1 && p[1] <= box[3]+1) {
			lat, lon, src = p[0], p[1], sourceConventional
			if box != ([4]float64{}) {
				box = [4]float64{min(box[0], lat), min(box[1], lon), max(box[2], lat), max(box[3], lon)}
			}
		}
		if p, ok := l.geonames[c.code]; ok {
			lat, lon, src = p[0], p[1], sourceGeoNames
		}
		l.boxes[c.code] = box
		if l.cur.countries[c.code] {
			continue // curated: only its point and box serve, for regions
		}
		n, dropped := pickNames(c.name, c.aliases, l.taken)
		if len(dropped) > 0 {
			l.r.warnf("country %s: names left out (taken or unusable): %q", c.code, dropped)
		}
		if n.name == "" {
			continue
		}
		pop := 0
		if places != nil {
			pop = places.population
		}
		lines = append(lines, line(strings.ToLower(c.code), gazetteer.KindCountry, "country", n.name, n.aliases, c.code, "",
			lat, lon, pop, box, src))
		l.r.kinds[gazetteer.KindCountry]++
	}
	return lines
}

// Divisions smaller than both limits are left out: the parishes and
// municipalities that micro-states and some countries have as first-level
// divisions, named like people ("Paul", "Michael") more often than named.
const (
	minAdmin1Population = 50000 // people in cities500 places
	minAdmin1Span       = 1.0   // degrees of the places' box, on its longer side
)

// admin1Lines returns the rows of the first-level divisions of the
// countries whose governorates are not curated: named as GeoNames names
// them, at the point of their GeoNames ADM1 feature when a dump gives it,
// else at the centroid of their largest polygon (gen/admin1-points.tsv),
// else at the centre of the box of their cities500 places, which comes
// nearer their geographic centre than their seat or the places' mean.
func (l *layers) admin1Lines(names map[string]string) []string {
	var lines []string
	for _, code := range sortedKeys(names) {
		cc, _, _ := strings.Cut(code, ".")
		if curatedAdmin1[cc] {
			continue
		}
		a := l.admin1[code]
		if a == nil {
			l.r.noPlaces++
			continue
		}
		b := a.box()
		if a.population < minAdmin1Population && max(b[2]-b[0], b[3]-b[1]) < minAdmin1Span {
			l.r.small++
			continue
		}
		name := names[code]
		var aliases []string
		if b := bareName(name); b != "" {
			aliases = append(aliases, b)
		}
		n, dropped := pickNames(name, aliases, l.taken)
		if len(dropped) > 0 {
			l.r.warnf("admin1 %s %q: names left out (taken or unusable): %q", code, name, dropped)
		}
		if n.name == "" {
			continue
		}
		lat, lon, src := (b[0]+b[2])/2, (b[1]+b[3])/2, sourceAdmin1
		if p, ok := l.adm1[code]; ok {
			lat, lon, src = p[0], p[1], sourceAdmin1GeoNames
		} else if plat, plon, ok := l.admin1Point(cc, name, b); ok {
			lat, lon, src = plat, plon, sourceAdmin1Centroid
			l.r.admin1Centroids++
		}
		lines = append(lines, line("adm1-"+strings.ToLower(code), gazetteer.KindAdmin1, "admin1", n.name, n.aliases, cc, name,
			lat, lon, a.population, b, src))
		l.r.kinds[gazetteer.KindAdmin1]++
	}
	return lines
}

// regionLines returns the rows of the regions: a fixed point and box, or
// the area-weighted centroid of the members' points and the union of their
// boxes.
func (l *layers) regionLines(list []regionRow) ([]string, error) {
	var lines []string
	for _, rg := range list {
		if !rg.fixed {
			var sw, sx, sy, sz float64
			rg.bbox = [4]float64{90, 180, -90, -180}
			for _, m := range rg.members {
				p, ok := l.points[m]
				if !ok {
					return nil, fmt.Errorf("region %s: member %s: no such country", rg.id, m)
				}
				b := l.boxes[m]
				rg.bbox = [4]float64{min(rg.bbox[0], b[0]), min(rg.bbox[1], b[1]), max(rg.bbox[2], b[2]), max(rg.bbox[3], b[3])}
				w := p[2]
				if w == 0 {
					w = 1e-3 // no shape: a small place
				}
				// Average on the sphere, so that members on both sides of
				// a meridian do not pull apart.
				la, lo := p[0]*math.Pi/180, p[1]*math.Pi/180
				sx += w * math.Cos(la) * math.Cos(lo)
				sy += w * math.Cos(la) * math.Sin(lo)
				sz += w * math.Sin(la)
				sw += w
			}
			if !rg.point {
				rg.lat = math.Atan2(sz, math.Hypot(sx, sy)) * 180 / math.Pi
				rg.lon = math.Atan2(sy, sx) * 180 / math.Pi
			}
		}
		n, dropped := pickNames(rg.name, rg.aliases, l.taken)
		if len(dropped) > 0 {
			l.r.warnf("region %s: names left out (taken or unusable): %q", rg.id, dropped)
		}
		if n.name == "" {
			continue
		}
		sub := "region"
		if rg.fixed {
			sub = "continent"
		}
		lines = append(lines, line(rg.id, gazetteer.KindRegion, sub, n.name, n.aliases, "", "",
			rg.lat, rg.lon, 0, rg.bbox, sourceRegion))
		l.r.kinds[gazetteer.KindRegion]++
	}
	return lines, nil
}

// line formats one row of the output.
func line(id, kind, subkind, name string, aliases []string, country, admin1 string, lat, lon float64, pop int, box [4]float64, source string) string {
	bbox := ""
	if box != [4]float64{} {
		bbox = strings.Join([]string{coord(box[0]), coord(box[1]), coord(box[2]), coord(box[3])}, ",")
	}
	return strings.Join([]string{id, kind, subkind, name, strings.Join(aliases, "|"), country, admin1,
		coord(lat), coord(lon), strconv.Itoa(pop), bbox, source}, "\t")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
