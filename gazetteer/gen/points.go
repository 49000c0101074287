package main

import (
	"encoding/json"
	"fmt"
	"os"
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
