package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
)

// sourceConventional says where a country's point comes from when it is
// the conventional one of the world-countries package.
const sourceConventional = "world-countries latlng (ODbL 1.0); bbox Natural Earth"

// readPoints reads the conventional point of each country from the
// countries.json of the world-countries npm package: the point most
// gazetteers give a country (Russia 60, 100; Canada 60, -95), by ISO2 code.
func readPoints(path string) (map[string][2]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var list []struct {
		CCA2   string    `json:"cca2"`
		LatLng []float64 `json:"latlng"`
	}
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make(map[string][2]float64, len(list))
	for _, c := range list {
		if len(c.LatLng) == 2 && c.CCA2 != "" {
			out[c.CCA2] = [2]float64{c.LatLng[0], c.LatLng[1]}
		}
	}
	return out, nil
}

// sourceGeoNames says where a country's point comes from when
// gen/country-points.tsv gives it.
const sourceGeoNames = "GeoNames country feature (CC BY 4.0); bbox Natural Earth"

// readGeoNamesPoints reads gen/country-points.tsv: the point of the GeoNames
// feature of some countries, by ISO2 code.
func readGeoNamesPoints(path string) (map[string][2]float64, error) {
	rows, err := readTable(path, []string{"code", "geonameid", "lat", "lon"})
	if err != nil {
		return nil, err
	}
	out := make(map[string][2]float64, len(rows))
	for _, r := range rows {
		lat, err1 := strconv.ParseFloat(r[2], 64)
		lon, err2 := strconv.ParseFloat(r[3], 64)
		if _, err := strconv.Atoi(r[1]); err != nil || err1 != nil || err2 != nil ||
			lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return nil, fmt.Errorf("%s: %s: bad geonameid or point", path, r[0])
		}
		if _, dup := out[r[0]]; dup {
			return nil, fmt.Errorf("%s: %s listed twice", path, r[0])
		}
		out[r[0]] = [2]float64{lat, lon}
	}
	return out, nil
}

// sourceAdmin1Centroid says where a first-level division's point comes
// from when gen/admin1-points.tsv places it.
const sourceAdmin1Centroid = "GeoNames admin1 names and cities500 places (CC BY 4.0); point Natural Earth"

// readAdmin1Points reads gen/admin1-points.tsv (boundaries/gen -centroids):
// the centroid of each first-level division of Natural Earth, by ISO2 code
// and then by the keys of its names (Natural Earth's and GeoNames'), a key
// borne by two divisions of a country left out.
func readAdmin1Points(path string) (map[string]map[string][2]float64, error) {
	rows, err := readTable(path, []string{"country", "name", "gn_name", "lat", "lon"})
	if err != nil {
		return nil, err
	}
	out := map[string]map[string][2]float64{}
	ambiguous := map[string]bool{}
	for _, r := range rows {
		lat, err1 := strconv.ParseFloat(r[3], 64)
		lon, err2 := strconv.ParseFloat(r[4], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return nil, fmt.Errorf("%s: %s %s: bad point", path, r[0], r[1])
		}
		m := out[r[0]]
		if m == nil {
			m = map[string][2]float64{}
			out[r[0]] = m
		}
		for _, k := range divisionKeys(r[1], r[2]) {
			if p, seen := m[k]; seen && p != [2]float64{lat, lon} {
				ambiguous[r[0]+"\t"+k] = true
			}
			m[k] = [2]float64{lat, lon}
		}
	}
	for k := range ambiguous {
		cc, key, _ := strings.Cut(k, "\t")
		delete(out[cc], key)
	}
	return out, nil
}

// divisionKeys returns the keys a division's names are compared by: their
// gazetteer keys without designators ("Jiangsu Sheng" is "jiangsu").
func divisionKeys(names ...string) []string {
	var keys []string
	for _, n := range names {
		for _, v := range []string{n, bareName(n)} {
			k, err := gazetteer.Key(v)
			if err == nil && k != "" && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// admin1Point returns the point of the division named name of country
// cc that gen/admin1-points.tsv gives, when it lies in box, the box of the
// division's cities500 places widened by half a degree (a name that
// matched another division lies elsewhere).
func (l *layers) admin1Point(cc, name string, box [4]float64) (lat, lon float64, ok bool) {
	for _, k := range divisionKeys(name) {
		p, found := l.admin1Points[cc][k]
		if !found {
			continue
		}
		if box[3]-box[1] < 180 && p[0] >= box[0]-0.5 && p[0] <= box[2]+0.5 && p[1] >= box[1]-0.5 && p[1] <= box[3]+0.5 {
			return p[0], p[1], true
		}
		return 0, 0, false
	}
	return 0, 0, false
}
