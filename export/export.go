// Package export writes incidents in the formats analysts load elsewhere:
// JSON Lines (which ReadJSONL reads back), ACLED-style CSV and GeoJSON. Every
// writer gives byte-identical output for the same input.
package export

import (
	"fmt"
	"math"
	"strconv"

	"github.com/sitrep/sitrep"
)

// record is one incident as a JSONL line; the field order is the key order.
type record struct {
	ID              string                `json:"id"`
	DateStart       *string               `json:"date_start"`
	DateEnd         *string               `json:"date_end"`
	DatePrecision   string                `json:"date_precision"`
	Place           placeRecord           `json:"place"`
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

type placeRecord struct {
	Name         string `json:"name"`
	Country      string `json:"country"`
	Admin1       string `json:"admin1"`
	Lat          *coord `json:"lat"`
	Lon          *coord `json:"lon"`
	GeoPrecision *int   `json:"geo_precision"`
}

type weaponRecord struct {
	Kind   string  `json:"kind"`
	Count  *int    `json:"count"`
	System *string `json:"system"`
}

type sourceRecord struct {
	Doc       string  `json:"doc"`
	CopyOf    *string `json:"copy_of"`
	Outlet    *string `json:"outlet"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
	Quote     string  `json:"quote"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
}

type contradictionRecord struct {
	Field  string        `json:"field"`
	Values []valueRecord `json:"values"`
}

type valueRecord struct {
	Value  string `json:"value"`
	Doc    string `json:"doc"`
	Source string `json:"source,omitempty"`
	Stance string `json:"stance,omitempty"`
}

// coord is a latitude or longitude, written with at most five decimals
// (about one metre) so that output does not depend on float noise.
type coord float64

// MarshalJSON writes c rounded to five decimals, never in exponent form.
func (c coord) MarshalJSON() ([]byte, error) { return []byte(formatCoord(float64(c))), nil }

// formatCoord rounds v to five decimals and formats it without exponent.
func formatCoord(v float64) string {
	r := math.Round(v*1e5) / 1e5
	if math.IsInf(r, 0) || math.IsNaN(r) {
		r = v // too large to round; callers keep NaN and Inf out
	}
	if r == 0 {
		r = 0 // no "-0"
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// toRecord converts an incident to its exported form.
func toRecord(inc sitrep.Incident) record {
	eventType, subEventType := sitrep.EventType(inc.Category)
	r := record{
		ID:              inc.ID,
		DateStart:       nullString(inc.When.Start.String()),
		DateEnd:         nullString(inc.When.End.String()),
		DatePrecision:   precision(inc.When),
		Place:           toPlaceRecord(inc.Place),
		Category:        inc.Category,
		EventType:       eventType,
		SubEventType:    subEventType,
		ClaimedBy:       append([]string{}, inc.ClaimedBy...),
		Perpetrator:     nullString(inc.Perpetrator),
		Target:          nullString(inc.Target),
		Vessel:          nullString(inc.Vessel),
		Weapons:         []weaponRecord{},
		Fatalities:      inc.Fatalities,
		Injuries:        inc.Injuries,
		FatalitiesRange: inc.FatalitiesRange,
		InjuriesRange:   inc.InjuriesRange,
		Outcome:         nullString(inc.Outcome),
		Damage:          nullString(inc.Damage),
		Status:          inc.Status,
		Grade:           nullString(inc.Grade),
		GradeReasons:    append([]string{}, inc.GradeReasons...),
		Sources:         []sourceRecord{},
		Contradictions:  []contradictionRecord{},
	}
	for _, w := range inc.Weapons {
		r.Weapons = append(r.Weapons, weaponRecord{Kind: w.Kind, Count: nullInt(w.Count), System: nullString(w.System)})
	}
	for _, s := range inc.Sources {
		r.Sources = append(r.Sources, sourceRecord{
			Doc:       s.Doc,
			CopyOf:    nullString(s.CopyOf),
			Outlet:    nullString(s.Outlet),
			URL:       nullString(s.URL),
			Published: nullString(s.Published),
			Quote:     s.Quote,
			Start:     s.Start,
			End:       s.End,
		})
	}
	for _, c := range inc.Contradictions {
		cr := contradictionRecord{Field: c.Field, Values: []valueRecord{}}
		for _, v := range c.Values {
			cr.Values = append(cr.Values, valueRecord(v))
		}
		r.Contradictions = append(r.Contradictions, cr)
	}
	return r
}

// toPlaceRecord exports p, without coordinates when it has none.
func toPlaceRecord(p sitrep.Place) placeRecord {
	pr := placeRecord{Name: p.Name, Country: p.Country, Admin1: p.Admin1}
	if p.HasCoords() && finite(p.Lat) && finite(p.Lon) {
		lat, lon := coord(p.Lat), coord(p.Lon)
		pr.Lat, pr.Lon = &lat, &lon
	}
	pr.GeoPrecision = nullInt(p.Precision)
	return pr
}

// fromRecord converts an exported record back to an incident. Empty lists
// become nil; the fields the format does not carry stay zero.
func fromRecord(r record) (sitrep.Incident, error) {
	inc := sitrep.Incident{
		ID:              r.ID,
		Category:        r.Category,
		Perpetrator:     deref(r.Perpetrator),
		Target:          deref(r.Target),
		Vessel:          deref(r.Vessel),
		Fatalities:      r.Fatalities,
		Injuries:        r.Injuries,
		FatalitiesRange: r.FatalitiesRange,
		InjuriesRange:   r.InjuriesRange,
		Outcome:         deref(r.Outcome),
		Damage:          deref(r.Damage),
		Status:          r.Status,
		Grade:           deref(r.Grade),
	}
	if len(r.GradeReasons) > 0 {
		inc.GradeReasons = r.GradeReasons
	}
	var err error
	if inc.When.Start, err = sitrep.ParseDate(deref(r.DateStart)); err != nil {
		return inc, fmt.Errorf("date_start: %w", err)
	}
	if inc.When.End, err = sitrep.ParseDate(deref(r.DateEnd)); err != nil {
		return inc, fmt.Errorf("date_end: %w", err)
	}
	inc.When.Precision = r.DatePrecision
	inc.Place = sitrep.Place{Name: r.Place.Name, Country: r.Place.Country, Admin1: r.Place.Admin1}
	if r.Place.GeoPrecision != nil {
		inc.Place.Precision = *r.Place.GeoPrecision
	}
	if r.Place.Lat != nil {
		inc.Place.Lat = float64(*r.Place.Lat)
	}
	if r.Place.Lon != nil {
		inc.Place.Lon = float64(*r.Place.Lon)
	}
	if len(r.ClaimedBy) > 0 {
		inc.ClaimedBy = r.ClaimedBy
	}
	for _, w := range r.Weapons {
		inc.Weapons = append(inc.Weapons, sitrep.Weapon{Kind: w.Kind, Count: derefInt(w.Count), System: deref(w.System)})
	}
	for _, s := range r.Sources {
		inc.Sources = append(inc.Sources, sitrep.Source{
			Doc:       s.Doc,
			CopyOf:    deref(s.CopyOf),
			Outlet:    deref(s.Outlet),
			URL:       deref(s.URL),
			Published: deref(s.Published),
			Quote:     s.Quote,
			Start:     s.Start,
			End:       s.End,
		})
	}
	for _, c := range r.Contradictions {
		sc := sitrep.Contradiction{Field: c.Field}
		for _, v := range c.Values {
			sc.Values = append(sc.Values, sitrep.FieldValue(v))
		}
		inc.Contradictions = append(inc.Contradictions, sc)
	}
	return inc, nil
}

// precision returns the date precision to export: "unknown" when w is
// undated or says nothing.
func precision(w sitrep.When) string {
	if w.IsZero() || w.Precision == "" {
		return sitrep.PrecisionUnknown
	}
	return w.Precision
}

// nullString returns nil for "", else a pointer to s.
func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nullInt returns nil for 0, else a pointer to n.
func nullInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

// deref returns *s, "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// derefInt returns *n, 0 for nil.
func derefInt(n *int) int {
	if n == nil {
		return 0
	}
	return *n
}

// finite reports whether v is neither NaN nor infinite.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// Record returns inc as the value one JSON Lines line holds, for other
// JSON writers (the HTTP API) to embed.
func Record(inc sitrep.Incident) any { return toRecord(inc) }
