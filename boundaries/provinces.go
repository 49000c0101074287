package boundaries

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

// ProvincesJSON is the embedded GeoJSON of the first-level divisions of the
// region (the Middle East and its neighbours): Natural Earth's 1:10m Admin 1
// (public domain) as generalised by the QGIS project, from Debian's
// qgis-common (boundaries/gen/fetch.sh writes it).
//
//go:embed provinces.json
var ProvincesJSON []byte

// Province is one first-level division's outline.
type Province struct {
	Name     string
	Country  string // ISO 3166-1 alpha-2
	Polygons [][][]Point
}

var (
	provOnce  sync.Once
	provinces []Province
	provErr   error
)

// Provinces returns the decoded divisions, decoding them on first use.
func Provinces() ([]Province, error) {
	provOnce.Do(func() { provinces, provErr = DecodeProvinces(ProvincesJSON) })
	return provinces, provErr
}

// DecodeProvinces reads a GeoJSON FeatureCollection of Polygon and
// MultiPolygon features with the properties name and cc.
func DecodeProvinces(b []byte) ([]Province, error) {
	var fc struct {
		Features []struct {
			Properties struct {
				Name string `json:"name"`
				CC   string `json:"cc"`
			} `json:"properties"`
			Geometry struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, fmt.Errorf("boundaries: provinces: %w", err)
	}
	out := make([]Province, 0, len(fc.Features))
	for i, f := range fc.Features {
		var polys [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return nil, fmt.Errorf("boundaries: province %d: %w", i, err)
			}
			polys = [][][][2]float64{p}
		case "MultiPolygon":
			if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
				return nil, fmt.Errorf("boundaries: province %d: %w", i, err)
			}
		default:
			return nil, fmt.Errorf("boundaries: province %d: geometry %q, want a polygon", i, f.Geometry.Type)
		}
		p := Province{Name: f.Properties.Name, Country: f.Properties.CC}
		for _, poly := range polys {
			rings := make([][]Point, 0, len(poly))
			for _, r := range poly {
				pts := make([]Point, len(r))
				for k, c := range r {
					pts[k] = Point{Lon: c[0], Lat: c[1]}
				}
				rings = append(rings, pts)
			}
			p.Polygons = append(p.Polygons, rings)
		}
		out = append(out, p)
	}
	return out, nil
}
