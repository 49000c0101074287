package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// writeCentroids writes, for every first-level division of the world in the
// GeoPackage, the centroid of the area of its largest polygon (an island
// or an exclave does not pull it away: Valparaiso without Easter Island),
// as TSV rows "country, name, gn_name, lat, lon" sorted by country and
// name. gazetteer/gen places the divisions it writes there.
func writeCentroids(gpkg, out string) error {
	var lines []string
	clean := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	err := eachState(gpkg, func(st state) error {
		if len(st.CC) != 2 || st.Name == "" {
			return nil // "-99": no country code
		}
		if lat, lon, ok := largestCentroid(st.Polys); ok {
			lines = append(lines, strings.Join([]string{st.CC, clean(st.Name), clean(st.GNName),
				strconv.FormatFloat(lat, 'f', 3, 64), strconv.FormatFloat(lon, 'f', 3, 64)}, "\t"))
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(lines)
	data := "country\tname\tgn_name\tlat\tlon\n" + strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile(out, []byte(data), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d division centroids to %s\n", len(lines), out)
	return nil
}

// largestCentroid returns the centroid of the area of the largest of
// polys (rings of [lon, lat]; holes count negatively), in plane
// coordinates, which is near enough for a division's point.
func largestCentroid(polys [][][][2]float64) (lat, lon float64, ok bool) {
	best := 0.0
	for _, p := range polys {
		var a, x, y float64
		for k, r := range p {
			var ra, rx, ry float64
			for i := range r {
				p0, p1 := r[i], r[(i+1)%len(r)]
				c := p0[0]*p1[1] - p1[0]*p0[1]
				ra += c
				rx += (p0[0] + p1[0]) * c
				ry += (p0[1] + p1[1]) * c
			}
			// The outer ring adds, holes take away, whatever their winding.
			if (k == 0) != (ra > 0) {
				ra, rx, ry = -ra, -rx, -ry
			}
			a, x, y = a+ra, x+rx, y+ry
		}
		if a > best {
			best, lon, lat = a, x/(3*a), y/(3*a)
		}
	}
	return lat, lon, best > 0 && !math.IsNaN(lat) && !math.IsNaN(lon)
}
