package boundaries_test

import (
	"testing"

	"github.com/sitrep/sitrep/boundaries"
)

// TestDecode decodes a hand-made quantized topology: two squares sharing
// an edge, one of them using the shared arc reversed.
func TestDecode(t *testing.T) {
	topo := `{"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
	 "arcs":[[[0,0],[0,1]], [[0,1],[1,0],[0,-1],[-1,0]], [[0,0],[-1,0],[0,1],[1,0]]],
	 "objects":{"countries":{"type":"GeometryCollection","geometries":[
	  {"type":"Polygon","arcs":[[0,1]],"properties":{"name":"East"}},
	  {"type":"MultiPolygon","arcs":[[[-1,2]]],"properties":{"name":"West"}}]}}}`
	cs, err := boundaries.Decode([]byte(topo))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].Name != "East" || cs[1].Name != "West" {
		t.Fatalf("got %+v", cs)
	}
	east := cs[0].Polygons[0][0]
	want := []boundaries.Point{{10, 20}, {10, 21}, {11, 21}, {11, 20}, {10, 20}}
	if len(east) != len(want) {
		t.Fatalf("East ring %v, want %v", east, want)
	}
	for i := range want {
		if east[i] != want[i] {
			t.Fatalf("East ring %v, want %v", east, want)
		}
	}
	west := cs[1].Polygons[0][0]
	if west[0] != (boundaries.Point{10, 21}) || west[len(west)-1] != west[0] || len(west) != 5 {
		t.Errorf("West ring %v: want it closed from (10,21)", west)
	}
}

// TestCountries decodes the embedded file: every ring closed, in range,
// and the countries of the region there.
func TestCountries(t *testing.T) {
	cs, err := boundaries.Countries()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 200 {
		t.Fatalf("%d countries, want over 200", len(cs))
	}
	names := map[string]bool{}
	for _, c := range cs {
		names[c.Name] = true
		for _, p := range c.Polygons {
			for _, r := range p {
				if len(r) < 4 || r[0] != r[len(r)-1] {
					t.Fatalf("%s: ring of %d points not closed", c.Name, len(r))
				}
				for _, pt := range r {
					if pt.Lon < -180.001 || pt.Lon > 180.001 || pt.Lat < -90.001 || pt.Lat > 90.001 {
						t.Fatalf("%s: point %v out of range", c.Name, pt)
					}
				}
			}
		}
	}
	for _, n := range []string{"Syria", "Iraq", "Jordan", "Yemen", "Lebanon", "Israel"} {
		if !names[n] {
			t.Errorf("no %s", n)
		}
	}
}

// TestProvinces decodes the embedded divisions: rings closed and in the
// region, and the governorates of Iraq and Syria there.
func TestProvinces(t *testing.T) {
	ps, err := boundaries.Provinces()
	if err != nil {
		t.Fatal(err)
	}
	per := map[string][]string{}
	for _, p := range ps {
		per[p.Country] = append(per[p.Country], p.Name)
		if len(p.Polygons) == 0 {
			t.Errorf("%s (%s): no polygon", p.Name, p.Country)
		}
		for _, poly := range p.Polygons {
			for _, r := range poly {
				if len(r) < 4 || r[0] != r[len(r)-1] {
					t.Fatalf("%s (%s): ring of %d points not closed", p.Name, p.Country, len(r))
				}
				for _, pt := range r {
					if pt.Lon < 5 || pt.Lon > 80 || pt.Lat < -5 || pt.Lat > 50 {
						t.Fatalf("%s (%s): point %v outside the region", p.Name, p.Country, pt)
					}
				}
			}
		}
	}
	if n := len(per["IQ"]); n != 18 {
		t.Errorf("Iraq: %d governorates %v, want 18", n, per["IQ"])
	}
	if n := len(per["SY"]); n < 14 {
		t.Errorf("Syria: %d governorates %v, want 14 or more", n, per["SY"])
	}
	for _, cc := range []string{"JO", "LB", "YE", "SA", "IR", "TR", "IL"} {
		if len(per[cc]) == 0 {
			t.Errorf("no division of %s", cc)
		}
	}
	if _, err := boundaries.DecodeProvinces([]byte(`{"features":[{"properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`)); err == nil {
		t.Error("a Point feature: no error")
	}
}
