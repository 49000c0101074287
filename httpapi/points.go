package httpapi

import (
	"bytes"
	"context"
	"net/http"
	"strconv"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
)

// MaxPoints bounds /api/v1/points and /api/v1/export.
const MaxPoints = 200000

// Point is an incident as the map and the timeline draw it.
type Point struct {
	ID           string   `json:"id"`
	Lat          *float64 `json:"lat"` // null without coordinates
	Lon          *float64 `json:"lon"`
	GeoPrecision int      `json:"geo_precision"`
	DateStart    *string  `json:"date_start"` // null when undated
	DateEnd      *string  `json:"date_end"`
	Category     string   `json:"category"`
	Grade        string   `json:"grade"`
	Status       string   `json:"status"`
	Country      string   `json:"country"`
	Admin1       string   `json:"admin1"`
	Place        string   `json:"place"`
	Documents    int      `json:"documents"` // documents it was fused from
}

// PointPage is the body of GET /api/v1/points.
type PointPage struct {
	Count  int     `json:"count"`
	Points []Point `json:"points"`
}

// allFilter reads the filters of a query string for a listing that is not
// paged: every incident that matches, up to MaxPoints.
func allFilter(r *http.Request) (sitrep.IncidentFilter, error) {
	q := r.URL.Query()
	if q.Get("limit") != "" || q.Get("offset") != "" {
		return sitrep.IncidentFilter{}, bad("this listing is not paged: leave out limit and offset")
	}
	f, err := filter(r)
	f.Limit = MaxPoints
	return f, err
}

func (s *Server) points(w http.ResponseWriter, r *http.Request) (any, error) {
	f, err := allFilter(r)
	if err != nil {
		return nil, err
	}
	heads, err := s.heads(r.Context(), f)
	if err != nil {
		return nil, err
	}
	page := PointPage{Count: len(heads), Points: make([]Point, 0, len(heads))}
	for _, inc := range heads {
		p := Point{ID: inc.ID, GeoPrecision: inc.Place.Precision, Category: inc.Category, Grade: inc.Grade,
			Status: inc.Status, Country: inc.Place.Country, Admin1: inc.Place.Admin1, Place: inc.Place.Name,
			Documents: inc.Documents}
		if inc.Place.HasCoords() {
			lat, lon := inc.Place.Lat, inc.Place.Lon
			p.Lat, p.Lon = &lat, &lon
		}
		if !inc.When.IsZero() {
			a, b := inc.When.Start.String(), inc.When.End.String()
			p.DateStart, p.DateEnd = &a, &b
		}
		page.Points = append(page.Points, p)
	}
	return page, nil
}

// HeadLister is a store that lists incident heads (the SQLite store).
type HeadLister interface {
	IncidentHeads(ctx context.Context, f sitrep.IncidentFilter) ([]sitrep.IncidentHead, error)
}

// heads lists the heads of the incidents of f, from whole incidents when
// the store has no faster way.
func (s *Server) heads(ctx context.Context, f sitrep.IncidentFilter) ([]sitrep.IncidentHead, error) {
	if hl, ok := s.Store.(HeadLister); ok {
		return hl.IncidentHeads(ctx, f)
	}
	incs, err := s.Store.Incidents(ctx, f)
	if err != nil {
		return nil, err
	}
	out := make([]sitrep.IncidentHead, len(incs))
	for i, inc := range incs {
		docs := map[string]bool{}
		for _, src := range inc.Sources {
			docs[src.Doc] = true
		}
		for _, r := range inc.Reports {
			docs[r.Doc] = true
		}
		out[i] = sitrep.IncidentHead{ID: inc.ID, When: inc.When, Place: inc.Place, Category: inc.Category,
			Status: inc.Status, Grade: inc.Grade, Documents: len(docs)}
	}
	return out, nil
}

// export writes the incidents of the filter as a download: format csv
// (ACLED-style), geojson or jsonl.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	f, err := allFilter(r)
	if err != nil {
		writeError(w, err)
		return
	}
	type format struct {
		ctype, ext string
		write      func(*bytes.Buffer, []sitrep.Incident) error
	}
	formats := map[string]format{
		"csv": {"text/csv; charset=utf-8", "csv", func(b *bytes.Buffer, incs []sitrep.Incident) error {
			return export.WriteCSV(b, incs)
		}},
		"geojson": {"application/geo+json", "geojson", func(b *bytes.Buffer, incs []sitrep.Incident) error {
			return export.WriteGeoJSON(b, incs)
		}},
		"jsonl": {"application/jsonl; charset=utf-8", "jsonl", func(b *bytes.Buffer, incs []sitrep.Incident) error {
			return export.WriteJSONL(b, incs)
		}},
	}
	name := r.URL.Query().Get("format")
	fm, ok := formats[name]
	if !ok {
		writeError(w, bad("format %q: want csv, geojson or jsonl", name))
		return
	}
	incs, err := s.Store.Incidents(r.Context(), f)
	if err != nil {
		writeError(w, err)
		return
	}
	var buf bytes.Buffer
	if err := fm.write(&buf, incs); err != nil {
		writeError(w, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", fm.ctype)
	h.Set("Content-Disposition", `attachment; filename="sitrep-incidents.`+fm.ext+`"`)
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.Write(buf.Bytes())
}
