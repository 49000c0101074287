package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
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
