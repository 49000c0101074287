package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
)

// ring is a closed ring of lon, lat points; the last point repeats the
// first.
type ring [][2]float64

// polygon is an outer ring and its holes.
type polygon []ring

// shape is the land of one country: its polygons.
type shape []polygon

// readAtlas reads the countries of a world-atlas TopoJSON file
// (countries-50m.json) and returns their shapes by feature id, or by
// feature name for the features without an id (Kosovo). Features sharing
// an id are merged.
func readAtlas(path string) (map[string]shape, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var topo struct {
		Transform *struct {
			Scale     [2]float64 `json:"scale"`
			Translate [2]float64 `json:"translate"`
		} `json:"transform"`
		Arcs    [][][2]float64 `json:"arcs"`
		Objects map[string]struct {
			Geometries []struct {
				ID         string          `json:"id"`
				Type       string          `json:"type"`
				Arcs       json.RawMessage `json:"arcs"`
				Properties struct {
					Name string `json:"name"`
				} `json:"properties"`
			} `json:"geometries"`
		} `json:"objects"`
	}
	if err := json.Unmarshal(data, &topo); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	countries, ok := topo.Objects["countries"]
	if !ok {
		return nil, fmt.Errorf("%s: no object \"countries\"", path)
	}
	arcs := decodeArcs(topo.Arcs, topo.Transform)
	out := map[string]shape{}
	for i, g := range countries.Geometries {
		key := g.ID
		if key == "" {
			key = g.Properties.Name
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("%s: geometry %d (%s): %w", path, i, key, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("%s: geometry %d (%s): %w", path, i, key, err)
			}
		default:
			continue
		}
		for _, p := range polys {
			var poly polygon
			for _, r := range p {
				rg, err := assemble(arcs, r)
				if err != nil {
					return nil, fmt.Errorf("%s: geometry %d (%s): %w", path, i, key, err)
				}
				poly = append(poly, rg)
			}
			if len(poly) > 0 {
				out[key] = append(out[key], poly)
			}
		}
	}
	return out, nil
}

// decodeArcs turns the quantised, delta-encoded arcs of a TopoJSON
// topology into absolute positions.
func decodeArcs(arcs [][][2]float64, tr *struct {
	Scale     [2]float64 `json:"scale"`
	Translate [2]float64 `json:"translate"`
}) [][][2]float64 {
	out := make([][][2]float64, len(arcs))
	for i, a := range arcs {
		pts := make([][2]float64, len(a))
		var x, y float64
		for j, p := range a {
			if tr == nil {
				pts[j] = p
				continue
			}
			x, y = x+p[0], y+p[1]
			pts[j] = [2]float64{x*tr.Scale[0] + tr.Translate[0], y*tr.Scale[1] + tr.Translate[1]}
		}
		out[i] = pts
	}
	return out
}

// assemble joins the arcs of a ring; a negative index ~i is arc i
// reversed.
func assemble(arcs [][][2]float64, idx []int) (ring, error) {
	var r ring
	for k, i := range idx {
		rev := i < 0
		if rev {
			i = ^i
		}
		if i >= len(arcs) {
			return nil, fmt.Errorf("arc %d of %d", i, len(arcs))
		}
		a := arcs[i]
		if rev {
			a = slices.Clone(a)
			slices.Reverse(a)
		}
		if k > 0 && len(a) > 0 {
			a = a[1:] // the first point repeats the last of the previous arc
		}
		r = append(r, a...)
	}
	if len(r) < 4 {
		return nil, fmt.Errorf("ring of %d points", len(r))
	}
	return r.unwrapped(), nil
}

// unwrapped returns r with the longitudes west of the antimeridian moved
// past 180 when the ring crosses it (Russia's Chukotka, Fiji), so that
// areas and centroids come out right; wrap brings results back.
func (r ring) unwrapped() ring {
	for i := 0; i+1 < len(r); i++ {
		if math.Abs(r[i+1][0]-r[i][0]) > 180 {
			for j := range r {
				if r[j][0] < 0 {
					r[j][0] += 360
				}
			}
			return r
		}
	}
	return r
}

// wrap returns lon in [-180, 180].
func wrap(lon float64) float64 {
	for lon > 180 {
		lon -= 360
	}
	return lon
}

// clampBox returns b with its longitudes in [-180, 180]: a box past the
// antimeridian is cut at it.
func clampBox(b [4]float64) [4]float64 {
	if b[1] > 180 {
		return [4]float64{b[0], wrap(b[1]), b[2], wrap(b[3])}
	}
	b[3] = min(b[3], 180)
	return b
}

// projected returns the points of r in a sinusoidal (equal-area)
// projection about the meridian lon0, in degrees.
func (r ring) projected(lon0 float64) [][2]float64 {
	out := make([][2]float64, len(r))
	for i, p := range r {
		out[i] = [2]float64{(p[0] - lon0) * math.Cos(p[1]*math.Pi/180), p[1]}
	}
	return out
}

// moments returns the signed area of a ring of projected points and its
// first moments (area times centroid).
func moments(pts [][2]float64) (a, mx, my float64) {
	for i := 0; i+1 < len(pts); i++ {
		p, q := pts[i], pts[i+1]
		c := p[0]*q[1] - q[0]*p[1]
		a += c
		mx += (p[0] + q[0]) * c
		my += (p[1] + q[1]) * c
	}
	return a / 2, mx / 6, my / 6
}

// bbox returns the box of the polygon's outer ring: minlat, minlon,
// maxlat, maxlon.
func (p polygon) bbox() [4]float64 {
	b := [4]float64{90, 180, -90, -180}
	for _, q := range p[0] {
		b[0], b[1] = min(b[0], q[1]), min(b[1], q[0])
		b[2], b[3] = max(b[2], q[1]), max(b[3], q[0])
	}
	return b
}

// centre returns the middle longitude of the polygon's box, the meridian
// of its projection.
func (p polygon) centre() float64 {
	b := p.bbox()
	return (b[1] + b[3]) / 2
}

// area returns the area of the polygon (outer ring less holes) in square
// degrees at the equator.
func (p polygon) area() float64 {
	lon0 := p.centre()
	total := 0.0
	for i, r := range p {
		a, _, _ := moments(r.projected(lon0))
		if i == 0 {
			total += math.Abs(a)
		} else {
			total -= math.Abs(a)
		}
	}
	return total
}

// centroid returns the area-weighted centroid of the polygon, holes
// taken out, as lat, lon.
func (p polygon) centroid() (float64, float64) {
	lon0 := p.centre()
	var sa, sx, sy float64
	for i, r := range p {
		a, mx, my := moments(r.projected(lon0))
		// Orientation differs between sources: make the outer ring add
		// and the holes subtract.
		sign := 1.0
		if (i == 0) != (a > 0) {
			sign = -1
		}
		sa += sign * a
		sx += sign * mx
		sy += sign * my
	}
	if sa == 0 {
		q := p[0][0]
		return q[1], q[0]
	}
	x, y := sx/sa, sy/sa
	c := math.Cos(y * math.Pi / 180)
	if c < 1e-9 {
		return y, lon0
	}
	return y, lon0 + x/c
}

// contains reports whether the point lies inside the polygon: in its
// outer ring and in none of its holes (even-odd rule in lon, lat).
func (p polygon) contains(lat, lon float64) bool {
	if !p[0].contains(lat, lon) {
		return false
	}
	for _, h := range p[1:] {
		if h.contains(lat, lon) {
			return false
		}
	}
	return true
}

func (r ring) contains(lat, lon float64) bool {
	in := false
	for i := 0; i+1 < len(r); i++ {
		a, b := r[i], r[i+1]
		if (a[1] > lat) != (b[1] > lat) {
			x := a[0] + (lat-a[1])/(b[1]-a[1])*(b[0]-a[0])
			if lon < x {
				in = !in
			}
		}
	}
	return in
}

// labelPoint returns a point of the polygon: its centroid when inside it,
// otherwise the middle of the widest of the inner stretches, along
// parallels near the centroid's, whose middle is nearest the centroid
// (Croatia, Vietnam and other bent countries have their centroid outside).
func (p polygon) labelPoint() (lat, lon float64) {
	clat, clon := p.centroid()
	if p.contains(clat, clon) {
		return clat, clon
	}
	b := p.bbox()
	best := math.Inf(1)
	lat, lon = clat, clon
	const steps = 40
	for k := 0; k <= steps; k++ {
		y := b[0] + (b[2]-b[0])*(float64(k)+0.5)/(steps+1)
		for _, s := range p.stretches(y) {
			mid := (s[0] + s[1]) / 2
			if !p.contains(y, mid) {
				continue
			}
			dy, dx := y-clat, (mid-clon)*math.Cos(clat*math.Pi/180)
			if d := dx*dx + dy*dy; d < best {
				best, lat, lon = d, y, mid
			}
		}
	}
	return lat, lon
}

// stretches returns the stretches of the parallel at lat that lie inside
// the outer ring, as lon pairs.
func (p polygon) stretches(lat float64) [][2]float64 {
	var xs []float64
	for _, r := range p {
		for i := 0; i+1 < len(r); i++ {
			a, b := r[i], r[i+1]
			if (a[1] > lat) != (b[1] > lat) {
				xs = append(xs, a[0]+(lat-a[1])/(b[1]-a[1])*(b[0]-a[0]))
			}
		}
	}
	slices.Sort(xs)
	var out [][2]float64
	for i := 0; i+1 < len(xs); i += 2 {
		out = append(out, [2]float64{xs[i], xs[i+1]})
	}
	return out
}

// mainland returns the index of the largest polygon of s, by area.
func (s shape) mainland() int {
	best, bestA := 0, -1.0
	for i, p := range s {
		if a := p.area(); a > bestA {
			best, bestA = i, a
		}
	}
	return best
}

// clusterGap is how far, in degrees, a polygon may lie from the box of the
// mainland and the polygons already near it to count in the country's box:
// Corsica and Sicily do, French Guiana, Alaska and Hawaii do not.
const clusterGap = 3.0

// bbox returns the box of the mainland of s and of the polygons that lie
// near it, joined transitively.
func (s shape) bbox() [4]float64 {
	boxes := make([][4]float64, len(s))
	for i, p := range s {
		boxes[i] = p.bbox()
	}
	main := s.mainland()
	b := boxes[main]
	in := make([]bool, len(s))
	in[main] = true
	for grown := true; grown; {
		grown = false
		for i, q := range boxes {
			if in[i] || boxGap(b, q) > clusterGap {
				continue
			}
			in[i], grown = true, true
			b = [4]float64{min(b[0], q[0]), min(b[1], q[1]), max(b[2], q[2]), max(b[3], q[3])}
		}
	}
	return b
}

// boxGap returns the distance in degrees between two boxes, 0 when they
// touch or overlap.
func boxGap(a, b [4]float64) float64 {
	dy := max(0, b[0]-a[2], a[0]-b[2])
	dx := max(0, b[1]-a[3], a[1]-b[3])
	return math.Hypot(dx, dy)
}
