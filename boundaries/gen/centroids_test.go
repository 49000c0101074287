package main

import (
	"math"
	"testing"
)

func TestLargestCentroid(t *testing.T) {
	square := func(x0, y0, side float64) [][2]float64 {
		return [][2]float64{{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}, {x0, y0}}
	}
	reverse := func(r [][2]float64) [][2]float64 {
		out := make([][2]float64, len(r))
		for i, p := range r {
			out[len(r)-1-i] = p
		}
		return out
	}
	for _, c := range []struct {
		name     string
		polys    [][][][2]float64
		lat, lon float64
	}{
		// A mainland and a far island: the mainland's centre.
		{"island", [][][][2]float64{{square(100, -30, 1)}, {square(10, 40, 4)}}, 42, 12},
		// Clockwise rings count as well as counter-clockwise ones.
		{"clockwise", [][][][2]float64{{reverse(square(10, 40, 4))}}, 42, 12},
		// A hole in the east half pulls the centre west.
		{"hole", [][][][2]float64{{square(0, 0, 4), reverse(square(2, 1, 2))}}, 2, 5.0 / 3},
	} {
		lat, lon, ok := largestCentroid(c.polys)
		if !ok || math.Abs(lat-c.lat) > 1e-9 || math.Abs(lon-c.lon) > 1e-9 {
			t.Errorf("%s: got %v,%v (%v), want %v,%v", c.name, lat, lon, ok, c.lat, c.lon)
		}
	}
	if _, _, ok := largestCentroid(nil); ok {
		t.Error("no polygon: got a centroid")
	}
}
