package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sitrep/sitrep"
)

// feature is one incident as a GeoJSON Feature.
type feature struct {
	Type       string     `json:"type"`
	ID         string     `json:"id"`
	Geometry   *point     `json:"geometry"` // null when the place has no coordinates
	Properties properties `json:"properties"`
}

type point struct {
	Type        string   `json:"type"`
	Coordinates [2]coord `json:"coordinates"` // [lon, lat]
}

// properties are the JSONL fields with the place flattened and its
// coordinates left to the geometry.
type properties struct {
	ID              string                `json:"id"`
	DateStart       *string               `json:"date_start"`
	DateEnd         *string               `json:"date_end"`
	DatePrecision   string                `json:"date_precision"`
	Place           string                `json:"place"`
	Country         string                `json:"country"`
	Admin1          string                `json:"admin1"`
	GeoPrecision    *int                  `json:"geo_precision"`
	Category        string                `json:"category"`
	EventType       string                `json:"event_type"`
	SubEventType    string                `json:"sub_event_type"`
	ClaimedBy       []string              `json:"claimed_by"`
	Perpetrator     *string               `json:"perpetrator"`
	Target          *string               `json:"target"`
	Vessel          *string               `json:"vessel"`
	Weapons         []weaponRecord        `json:"weapons"`
	Fatalities      *int                  `json:"fatalities"`
	Injuries        *int                  `json:"injuries"`
	FatalitiesRange *sitrep.Range         `json:"fatalities_range"`
	InjuriesRange   *sitrep.Range         `json:"injuries_range"`
	Outcome         *string               `json:"outcome"`
	Damage          *string               `json:"damage"`
	Status          string                `json:"status"`
	Grade           *string               `json:"grade"`
	GradeReasons    []string              `json:"grade_reasons"`
	Sources         []sourceRecord        `json:"sources"`
	Contradictions  []contradictionRecord `json:"contradictions"`
}

// WriteGeoJSON writes incs to w as an RFC 7946 FeatureCollection, one
// Feature a line. A feature's geometry is a Point [lon, lat] when the place
// has coordinates and null otherwise; its properties are the fields of
// WriteJSONL with the place's name, country, admin1 and geo_precision
// flattened into place, country, admin1 and geo_precision. It returns the
// first write error.
func WriteGeoJSON(w io.Writer, incs []sitrep.Incident) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"type":"FeatureCollection","features":[`)
	for i, inc := range incs {
		b, err := marshal(toFeature(inc))
		if err != nil {
			return fmt.Errorf("write incident %d (%s): %w", i+1, inc.ID, err)
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n")
		bw.Write(b)
	}
	if len(incs) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}

// toFeature converts an incident to a GeoJSON feature.
func toFeature(inc sitrep.Incident) feature {
	r := toRecord(inc)
	f := feature{
		Type: "Feature",
		ID:   r.ID,
		Properties: properties{
			ID:              r.ID,
			DateStart:       r.DateStart,
			DateEnd:         r.DateEnd,
			DatePrecision:   r.DatePrecision,
			Place:           r.Place.Name,
			Country:         r.Place.Country,
			Admin1:          r.Place.Admin1,
			GeoPrecision:    r.Place.GeoPrecision,
			Category:        r.Category,
			EventType:       r.EventType,
			SubEventType:    r.SubEventType,
			ClaimedBy:       r.ClaimedBy,
			Perpetrator:     r.Perpetrator,
			Target:          r.Target,
			Vessel:          r.Vessel,
			Weapons:         r.Weapons,
			Fatalities:      r.Fatalities,
			Injuries:        r.Injuries,
			FatalitiesRange: r.FatalitiesRange,
			InjuriesRange:   r.InjuriesRange,
			Outcome:         r.Outcome,
			Damage:          r.Damage,
			Status:          r.Status,
			Grade:           r.Grade,
			GradeReasons:    r.GradeReasons,
			Sources:         r.Sources,
			Contradictions:  r.Contradictions,
		},
	}
	if r.Place.Lat != nil && r.Place.Lon != nil {
		f.Geometry = &point{Type: "Point", Coordinates: [2]coord{*r.Place.Lon, *r.Place.Lat}}
	}
	return f
}

// marshal encodes v as compact JSON without HTML escaping or newline.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
