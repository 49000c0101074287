// Package boundaries holds the country boundaries sitrep draws maps with:
// Natural Earth's 1:50m countries (public domain) as TopoJSON, from the npm
// package world-atlas (fetched by httpapi/web/vendor.sh). The dashboard
// serves the file as it is; Countries decodes it for maps drawn in Go.
package boundaries

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

// TopoJSON is the embedded file.
//
//go:embed countries-50m.json
var TopoJSON []byte

// Point is a longitude and latitude, in degrees.
type Point struct{ Lon, Lat float64 }

// Country is one country's outline: polygons, each a list of rings (the
// outer ring first, then holes), each ring closed.
type Country struct {
	Name     string
	Polygons [][][]Point
}

var (
	once      sync.Once
	countries []Country
	loadErr   error
)

// Countries returns the decoded countries, decoding them on first use.
func Countries() ([]Country, error) {
	once.Do(func() { countries, loadErr = Decode(TopoJSON) })
	return countries, loadErr
}

type topology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string            `json:"type"`
			Arcs       json.RawMessage   `json:"arcs"`
			Properties map[string]string `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

// Decode reads a TopoJSON topology whose object "countries" holds polygons
// and multipolygons, quantized or not.
func Decode(b []byte) ([]Country, error) {
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("boundaries: %w", err)
	}
	arcs := make([][]Point, len(t.Arcs))
	for i, a := range t.Arcs {
		pts := make([]Point, len(a))
		var x, y float64
		for k, p := range a {
			if t.Transform != nil {
				x, y = x+p[0], y+p[1] // delta-encoded
				pts[k] = Point{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[k] = Point{p[0], p[1]}
			}
		}
		arcs[i] = pts
	}
	obj, ok := t.Objects["countries"]
	if !ok {
		return nil, fmt.Errorf("boundaries: no object \"countries\"")
	}
	ring := func(idx []int) ([]Point, error) {
		var out []Point
		for _, i := range idx {
			j := i
			if i < 0 {
				j = ^i
			}
			if j >= len(arcs) {
				return nil, fmt.Errorf("boundaries: arc %d of %d", j, len(arcs))
			}
			a := arcs[j]
			start := 0
			if len(out) > 0 {
				start = 1 // each arc begins where the last ended
			}
			for k := start; k < len(a); k++ {
				if i < 0 {
					out = append(out, a[len(a)-1-k])
				} else {
					out = append(out, a[k])
				}
			}
		}
		return out, nil
	}
	var out []Country
	for _, g := range obj.Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("boundaries: %w", err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("boundaries: %w", err)
			}
		default:
			continue
		}
		c := Country{Name: g.Properties["name"]}
		for _, p := range polys {
			var rings [][]Point
			for _, r := range p {
				pts, err := ring(r)
				if err != nil {
					return nil, err
				}
				rings = append(rings, pts)
			}
			c.Polygons = append(c.Polygons, rings)
		}
		out = append(out, c)
	}
	return out, nil
}
