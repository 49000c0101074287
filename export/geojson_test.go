package export_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/sitrep/sitrep/export"
)

func TestWriteGeoJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := export.WriteGeoJSON(&buf, incidents()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "incidents.geojson.golden", buf.Bytes())

	var fc struct {
		Type     string
		Features []struct {
			Type     string
			Geometry *struct {
				Type        string
				Coordinates []float64
			}
			Properties map[string]any
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != len(incidents()) {
		t.Fatalf("got %s with %d features, want FeatureCollection with %d", fc.Type, len(fc.Features), len(incidents()))
	}
	g := fc.Features[0].Geometry
	if g == nil || g.Type != "Point" || len(g.Coordinates) != 2 || g.Coordinates[0] != 40.576 || g.Coordinates[1] != 35.152 {
		t.Errorf("dated geometry: got %+v, want Point [40.576 35.152]", g)
	}
	if g := fc.Features[2].Geometry; g != nil {
		t.Errorf("undated geometry: got %+v, want null", g)
	}
	p := fc.Features[1].Properties
	if p["place"] != `Camp "Victory", Baghdad` || p["country"] != "IQ" || p["geo_precision"] != 2.0 {
		t.Errorf("flattened place: got %v %v %v, want Camp \"Victory\", Baghdad IQ 2", p["place"], p["country"], p["geo_precision"])
	}
	if _, ok := p["lat"]; ok {
		t.Errorf("properties: got a lat, want coordinates only in the geometry")
	}
}

func TestWriteGeoJSONEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := export.WriteGeoJSON(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "{\"type\":\"FeatureCollection\",\"features\":[]}\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
