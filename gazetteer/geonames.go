package gazetteer

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// GeoNames dump columns (allCountries.txt, SY.txt, cities500.txt...).
const (
	gnID = iota
	gnName
	gnASCII
	gnAlternates
	gnLat
	gnLon
	gnClass
	gnCode
	gnCountry
	gnCC2
	gnAdmin1
	gnAdmin2
	gnAdmin3
	gnAdmin4
	gnPopulation
	gnColumns = 19
)

// maxLine is the longest line the dump readers accept.
const maxLine = 1 << 20

// GeoNamesSkipped counts the rows of a dump that ReadGeoNames leaves out,
// by reason.
type GeoNamesSkipped map[string]int

// ReadGeoNames reads a GeoNames dump (the tab-separated geoname table of
// allCountries.txt or a country file) and returns its places as entries of
// the GeoNames layer: populated places as towns; spots (airports, bases,
// installations) and localities as sites; second- and lower-level
// divisions and areas (oil fields, regions) as regions inside their
// first-level division. Historical and destroyed places, first-level
// divisions (the gazetteer has them), water and relief features are
// skipped and counted in skipped. admin1 names the first-level division of
// a row (see Gazetteer.Admin1Of); keep, when not nil, chooses the entries
// to return (the others are counted as "not kept"). A bad row is a problem
// naming file and line; the other rows still come through.
func ReadGeoNames(r io.Reader, file string, admin1 func(country, code string, lat, lon float64) string, keep func(*Entry) bool) ([]*Entry, GeoNamesSkipped, []sitrep.Problem) {
	var (
		out      []*Entry
		problems []sitrep.Problem
		skipped  = GeoNamesSkipped{}
		line     int
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	for sc.Scan() {
		line++
		row := strings.TrimRight(sc.Text(), "\r")
		if row == "" || strings.HasPrefix(row, "#") {
			continue
		}
		f := strings.Split(row, "\t")
		if len(f) != gnColumns {
			problems = append(problems, sitrep.Problem{File: file, Line: line,
				Msg: fmt.Sprintf("got %d tab-separated fields, want the %d of a GeoNames dump row", len(f), gnColumns)})
			continue
		}
		e, why, err := geoNamesEntry(f)
		if err != nil {
			problems = append(problems, sitrep.Problem{File: file, Line: line, Msg: err.Error()})
			continue
		}
		if e == nil {
			skipped[why]++
			continue
		}
		if e.Clean() != nil {
			skipped["name cannot be matched"]++
			continue
		}
		if keep != nil && !keep(e) {
			skipped["not kept"]++
			continue
		}
		if admin1 != nil {
			// A first-level division's own row names the division of the
			// gazetteer it stands for, when its code finds one.
			if a := admin1(e.Country, f[gnAdmin1], e.Lat, e.Lon); e.Kind != KindAdmin1 || a != "" {
				e.Admin1 = a
			}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, sitrep.Problem{File: file, Line: line + 1, Msg: "read: " + err.Error()})
	}
	return out, skipped, problems
}

// geoNamesEntry turns one dump row into an entry, or nil and the reason it
// is skipped.
func geoNamesEntry(f []string) (*Entry, string, error) {
	id, err := strconv.ParseInt(f[gnID], 10, 64)
	if err != nil || id <= 0 {
		return nil, "", fmt.Errorf("geonameid %q: want a positive whole number", f[gnID])
	}
	class, code := f[gnClass], f[gnCode]
	kind := geoNamesKind(class, code)
	if kind == "" {
		return nil, "feature " + class + "." + code, nil
	}
	lat, err := number(f[gnLat], -90, 90)
	if err != nil {
		return nil, "", fmt.Errorf("gn-%d: latitude: %w", id, err)
	}
	lon, err := number(f[gnLon], -180, 180)
	if err != nil {
		return nil, "", fmt.Errorf("gn-%d: longitude: %w", id, err)
	}
	cc := strings.ToUpper(strings.TrimSpace(f[gnCountry]))
	if len(cc) != 2 {
		return nil, "no country", nil
	}
	name := strings.TrimSpace(f[gnName])
	if name == "" {
		return nil, "", fmt.Errorf("gn-%d: empty name", id)
	}
	pop := 0
	if p := strings.TrimSpace(f[gnPopulation]); p != "" {
		if n, err := strconv.ParseInt(p, 10, 64); err == nil && n > 0 && n < 1<<31 {
			pop = int(n)
		}
	}
	e := &Entry{ID: "gn-" + strconv.FormatInt(id, 10), Kind: kind, Subkind: strings.ToLower(code), Name: name,
		Country: cc, Lat: lat, Lon: lon, Population: pop, Source: "GeoNames (CC BY 4.0), imported"}
	e.Aliases = geoNamesAliases(name, f[gnASCII], strings.Split(f[gnAlternates], ","))
	return e, "", nil
}

// geoNamesKind maps a GeoNames feature class and code to an entry kind, or
// "" for features sitrep does not index.
func geoNamesKind(class, code string) string {
	switch class {
	case "P":
		switch code {
		case "PPLH", "PPLQ", "PPLW", "PPLCH":
			return "" // historical, ruined or destroyed
		}
		return KindTown
	case "S":
		if strings.HasSuffix(code, "H") && len(code) == 5 {
			return "" // historical sites (MILBH...)
		}
		return KindSite
	case "A":
		switch code {
		case "ADM2", "ADM3", "ADM4", "ADM5", "ADMD":
			return KindRegion
		case "ADM1":
			return KindAdmin1
		case "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR":
			return KindCountry
		}
		return ""
	case "L":
		if code == "LCTY" {
			return KindSite
		}
		return KindRegion
	}
	return ""
}

// geoNamesAliases keeps the names of a row that a report could use: the
// ASCII name when it differs, and alternate names in Latin or Arabic script
// that are words rather than codes or links, without repeats.
func geoNamesAliases(name, ascii string, alternates []string) []string {
	seen := map[string]bool{strings.ToLower(name): true}
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		k := strings.ToLower(s)
		if s == "" || seen[k] || len(s) > 80 || strings.Contains(s, "|") || !nameLike(s) {
			return
		}
		seen[k] = true
		out = append(out, s)
	}
	add(ascii)
	for _, a := range alternates {
		add(a)
	}
	return out
}

// nameLike reports whether s reads as a place name in Latin or Arabic
// script: at least two letters, no digits or URL, not an all-capital code
// of four letters or fewer.
func nameLike(s string) bool {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return false
	}
	letters, upper := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			if !unicode.In(r, unicode.Latin, unicode.Arabic) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters < 2 {
		return false
	}
	return !(upper == letters && utf8.RuneCountInString(s) <= 4)
}

// ReadAlternateNames reads GeoNames' alternateNamesV2.txt (or
// alternateNames.txt) and returns the names of the geonameids that want
// accepts, keeping names in Latin or Arabic script that are not
// historical, colloquial, links, codes or postal codes. Bad rows are
// problems naming file and line.
func ReadAlternateNames(r io.Reader, file string, want func(id int64) bool) (map[int64][]string, []sitrep.Problem) {
	out := map[int64][]string{}
	var problems []sitrep.Problem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		row := strings.TrimRight(sc.Text(), "\r")
		if row == "" || strings.HasPrefix(row, "#") {
			continue
		}
		f := strings.Split(row, "\t")
		if len(f) < 4 {
			problems = append(problems, sitrep.Problem{File: file, Line: line,
				Msg: fmt.Sprintf("got %d tab-separated fields, want at least 4 (alternateNameId, geonameid, isolanguage, name)", len(f))})
			continue
		}
		id, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			problems = append(problems, sitrep.Problem{File: file, Line: line, Msg: fmt.Sprintf("geonameid %q: want a whole number", f[1])})
			continue
		}
		if !want(id) {
			continue
		}
		switch f[2] {
		case "link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "phon", "fr_1793":
			continue
		}
		// isPreferred, isShort, isColloquial, isHistoric follow in V2.
		if len(f) >= 8 && (f[6] == "1" || f[7] == "1") {
			continue
		}
		if n := strings.TrimSpace(f[3]); nameLike(n) && len(n) <= 80 && !strings.Contains(n, "|") && Matchable(n) {
			out[id] = append(out[id], n)
		}
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, sitrep.Problem{File: file, Line: line + 1, Msg: "read: " + err.Error()})
	}
	return out, problems
}

// Admin1Of names the first-level division of a place: the GeoNames admin1
// entry of country and code when the gazetteer has it, else the smallest
// first-level division of the country whose box holds the point (the
// curated governorates of Syria, Iraq, Jordan, Lebanon and Yemen), else "".
func (g *Gazetteer) Admin1Of(country, code string, lat, lon float64) string {
	if code != "" && code != "00" {
		if e := g.byID["adm1-"+strings.ToLower(country)+"."+strings.ToLower(code)]; e != nil {
			return e.Name
		}
	}
	var best *Entry
	area := 0.0
	for _, e := range g.entries {
		if e.Kind != KindAdmin1 || e.Country != country || !e.HasBBox() || !inBox(e.BBox, lat, lon) {
			continue
		}
		if a := (e.BBox[2] - e.BBox[0]) * (e.BBox[3] - e.BBox[1]); best == nil || a < area {
			best, area = e, a
		}
	}
	if best != nil {
		return best.Name
	}
	return ""
}
