package brief

import (
	"fmt"
	"html"
	"math"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/boundaries"
)

// colors of the categories, as on the dashboard.
var colors = map[string]string{
	sitrep.CategoryDrone: "#d35400", sitrep.CategoryRocket: "#c0392b", sitrep.CategoryMissile: "#8e44ad",
	sitrep.CategoryAirstrike: "#2c3e50", sitrep.CategoryMortar: "#a0522d", sitrep.CategoryArtillery: "#7f8c8d",
	sitrep.CategoryIED: "#b7950b", sitrep.CategoryClash: "#16a085", sitrep.CategoryShooting: "#2980b9",
	sitrep.CategorySuicide: "#000000", sitrep.CategoryUnknown: "#95a5a6",
}

func color(category string) string {
	if c, ok := colors[category]; ok {
		return c
	}
	return "#34495e"
}

// esc escapes text for SVG and HTML.
func esc(s string) string { return html.EscapeString(s) }

// ChartSVG draws the incidents per day of the period as bars.
func (b *Brief) ChartSVG() string {
	per := b.PerDay()
	const w, h, left, bottom, top = 720.0, 170.0, 30.0, 22.0, 8.0
	peak := 1
	for _, n := range per {
		peak = max(peak, n)
	}
	var s strings.Builder
	fmt.Fprintf(&s, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %g %g" width="%g" height="%g" role="img" font-family="sans-serif" font-size="10">`, w, h, w, h)
	fmt.Fprintf(&s, `<title>Incidents per day, %s to %s</title>`, b.Since, b.Until)
	plotW, plotH := w-left-4, h-bottom-top
	fmt.Fprintf(&s, `<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="#999"/>`, left, top+plotH, w-4, top+plotH)
	fmt.Fprintf(&s, `<text x="%g" y="%g" text-anchor="end">%d</text>`, left-4, top+8, peak)
	fmt.Fprintf(&s, `<text x="%g" y="%g" text-anchor="end">0</text>`, left-4, top+plotH)
	bw := plotW / float64(len(per))
	for i, n := range per {
		bh := plotH * float64(n) / float64(peak)
		day := b.Since.AddDays(i)
		fmt.Fprintf(&s, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#5b7083"><title>%s: %d</title></rect>`,
			left+float64(i)*bw+0.5, top+plotH-bh, math.Max(0.5, bw-1), bh, day, n)
	}
	// Dates under the first bar, every step-th and the last.
	step := max(1, (len(per)+5)/6)
	var at []int
	for i := 0; i < len(per); i += step {
		at = append(at, i)
	}
	if last := len(per) - 1; at[len(at)-1] != last {
		if last-at[len(at)-1] < step*2/3 {
			at = at[:len(at)-1]
		}
		at = append(at, last)
	}
	for _, i := range at {
		anchor := "middle"
		x := left + (float64(i)+0.5)*bw
		if i == len(per)-1 && len(per) > 1 {
			anchor, x = "end", w-4
		}
		fmt.Fprintf(&s, `<text x="%.1f" y="%g" text-anchor="%s">%s</text>`, x, h-6, anchor, b.Since.AddDays(i))
	}
	s.WriteString(`</svg>`)
	return s.String()
}

// view is a map's frame: longitudes and latitudes shown and the scale.
type view struct {
	lon0, lat1, scale, cos float64
	w, h                   float64
}

func (v view) xy(lon, lat float64) (float64, float64) {
	return (lon - v.lon0) * v.cos * v.scale, (v.lat1 - lat) * v.scale
}

// frame fits the points in a map at most maxW by maxH, with a margin, at
// least minSpan degrees across; with no points, the Middle East.
func frame(pts [][2]float64, maxW, maxH float64) view {
	lonMin, lonMax, latMin, latMax := 34.0, 60.0, 12.0, 38.0
	if len(pts) > 0 {
		lonMin, lonMax, latMin, latMax = 180, -180, 90, -90
		for _, p := range pts {
			lonMin, lonMax = math.Min(lonMin, p[0]), math.Max(lonMax, p[0])
			latMin, latMax = math.Min(latMin, p[1]), math.Max(latMax, p[1])
		}
		const minSpan = 5.0
		if d := minSpan - (lonMax - lonMin); d > 0 {
			lonMin, lonMax = lonMin-d/2, lonMax+d/2
		}
		if d := minSpan*0.7 - (latMax - latMin); d > 0 {
			latMin, latMax = latMin-d/2, latMax+d/2
		}
		mx, my := (lonMax-lonMin)*0.2, (latMax-latMin)*0.15
		lonMin, lonMax, latMin, latMax = lonMin-mx, lonMax+mx, math.Max(-85, latMin-my), math.Min(85, latMax+my)
	}
	cos := math.Cos((latMin + latMax) / 2 * math.Pi / 180)
	scale := math.Min(maxW/((lonMax-lonMin)*cos), maxH/(latMax-latMin))
	return view{lon0: lonMin, lat1: latMax, scale: scale, cos: cos,
		w: (lonMax - lonMin) * cos * scale, h: (latMax - latMin) * scale}
}

// writePolygons writes a path for each polygon of polys that meets the
// view (its outer ring's box against lon0..lon1, lat0..lat1).
func writePolygons(s *strings.Builder, v view, polys [][][]boundaries.Point, lon1, lat0 float64) {
	for _, poly := range polys {
		if len(poly) == 0 || !meets(poly[0], v.lon0, lon1, lat0, v.lat1) {
			continue
		}
		s.WriteString(`<path d="`)
		for _, ring := range poly {
			lastX, lastY := math.NaN(), math.NaN()
			for k, pt := range ring {
				x, y := v.xy(pt.Lon, pt.Lat)
				x, y = math.Round(x*10)/10, math.Round(y*10)/10
				if x == lastX && y == lastY {
					continue
				}
				if k == 0 {
					fmt.Fprintf(s, "M%g %g", x, y)
				} else {
					fmt.Fprintf(s, "L%g %g", x, y)
				}
				lastX, lastY = x, y
			}
			s.WriteString("Z")
		}
		s.WriteString(`"/>`)
	}
}

// MapSVG draws the incidents of the period with coordinates on the
// countries' outlines and the region's provinces, one circle per place sized by its count, the
// busiest places named.
func (b *Brief) MapSVG() (string, error) {
	countries, err := boundaries.Countries()
	if err != nil {
		return "", err
	}
	type spot struct {
		lon, lat float64
		name     string
		n        int
		cats     map[string]int
	}
	spots := map[string]*spot{}
	var pts [][2]float64
	for _, inc := range b.Incidents {
		p := inc.Place
		if !p.HasCoords() {
			continue
		}
		key := fmt.Sprintf("%.3f,%.3f", p.Lon, p.Lat)
		sp := spots[key]
		if sp == nil {
			sp = &spot{lon: p.Lon, lat: p.Lat, name: p.Name, cats: map[string]int{}}
			spots[key] = sp
			pts = append(pts, [2]float64{p.Lon, p.Lat})
		}
		sp.n++
		sp.cats[inc.Category]++
	}
	v := frame(pts, 720, 520)
	var s strings.Builder
	fmt.Fprintf(&s, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" font-family="sans-serif" font-size="11">`, v.w, v.h, v.w, v.h)
	fmt.Fprintf(&s, `<title>Incidents %s to %s</title><rect width="100%%" height="100%%" fill="#cfe0ea"/>`, b.Since, b.Until)
	lon1 := v.lon0 + v.w/(v.cos*v.scale)
	lat0 := v.lat1 - v.h/v.scale
	s.WriteString(`<g fill="#f4f1ea" stroke="#7a8b99" stroke-width="0.7" stroke-linejoin="round">`)
	for _, c := range countries {
		writePolygons(&s, v, c.Polygons, lon1, lat0)
	}
	s.WriteString(`</g>`)
	// The region's provinces, as thin dashed lines over the countries.
	provinces, err := boundaries.Provinces()
	if err != nil {
		return "", err
	}
	s.WriteString(`<g fill="none" stroke="#9aa7b2" stroke-width="0.5" stroke-dasharray="2 2" stroke-linejoin="round">`)
	for _, p := range provinces {
		writePolygons(&s, v, p.Polygons, lon1, lat0)
	}
	s.WriteString(`</g>`)
	list := make([]*spot, 0, len(spots))
	for _, sp := range spots {
		list = append(list, sp)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].name < list[j].name
	})
	// Largest first, so that small circles stay on top.
	for _, sp := range list {
		x, y := v.xy(sp.lon, sp.lat)
		r := 3.5 + 2.5*math.Sqrt(float64(sp.n-1))
		fmt.Fprintf(&s, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s" fill-opacity="0.85" stroke="#fff"><title>%s: %d</title></circle>`,
			x, y, r, color(sortedKeys(sp.cats)[0]), esc(sp.name), sp.n)
	}
	for i, sp := range list {
		if i == 10 {
			break
		}
		x, y := v.xy(sp.lon, sp.lat)
		label := sp.name
		if sp.n > 1 {
			label = fmt.Sprintf("%s (%d)", sp.name, sp.n)
		}
		anchor, dx := "start", 7.0
		if x > v.w*0.75 {
			anchor, dx = "end", -7 // keep names near the right edge inside
		}
		fmt.Fprintf(&s, `<text x="%.1f" y="%.1f" text-anchor="%s" stroke="#fff" stroke-width="3" paint-order="stroke">%s</text>`,
			x+dx, y+4, anchor, esc(label))
	}
	s.WriteString(`</svg>`)
	return s.String(), nil
}

// meets reports whether the bounding box of ring meets the frame.
func meets(ring []boundaries.Point, lon0, lon1, lat0, lat1 float64) bool {
	minX, maxX, minY, maxY := 180.0, -180.0, 90.0, -90.0
	for _, p := range ring {
		minX, maxX = math.Min(minX, p.Lon), math.Max(maxX, p.Lon)
		minY, maxY = math.Min(minY, p.Lat), math.Max(maxY, p.Lat)
	}
	return maxX >= lon0 && minX <= lon1 && maxY >= lat0 && minY <= lat1
}
