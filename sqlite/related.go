package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
)

// wildDay is the day_key of reports whose dates lack a year, have no end
// or span more than maxSpan days: they are candidates whatever the dates.
const (
	wildDay     = -1_000_000_000
	maxSpan     = 31
	cellsPerDeg = 4 // the grid of reports.cell: 0.25 degrees
)

// relatedKeys returns the columns that find r again as a candidate of
// another report: day_key, cell and block (see migration 0005).
func relatedKeys(r sitrep.Report) (dayKey, cell, block any) {
	w := r.When
	if w.Start.IsZero() {
		return nil, nil, nil
	}
	if w.Start.HasYear() && w.End.HasYear() && w.End.Days()-w.Start.Days() <= maxSpan {
		dayKey = w.Start.Days()
	} else {
		dayKey = wildDay
	}
	p := r.Place
	if p.ID != "" {
		block = p.ID
	}
	if p.Precision == sitrep.GeoSite || p.Precision == sitrep.GeoNear {
		return dayKey, cellOf(p.Lat, p.Lon), block
	}
	if p.ID == "" {
		block = "name:" + p.Name
	}
	return dayKey, nil, block
}

func cellOf(lat, lon float64) int64 {
	y := int64(math.Floor(lat*cellsPerDeg)) + 1000
	x := int64(math.Floor(lon*cellsPerDeg)) + 1000
	return y*10000 + x
}

// RelatedReports returns the reports, without assertions, that may tell
// the same event as r (r itself included): dated ones whose dates come
// within slack days of r's, or whose dates lack a year or span over a
// month; at precise points (geo_precision 1 or 2) within km of r's point
// when r's is precise, or under r's place id (or name when it has none
// and is not precise). It is a superset of what fusion relates (cluster's Related), found
// on indexes, so that a new report's neighbours are read without reading
// every report.
func (s *Store) RelatedReports(ctx context.Context, r sitrep.Report, slack int, km float64) ([]sitrep.Report, error) {
	dayKey, cell, block := relatedKeys(r)
	if dayKey == nil {
		return nil, nil
	}
	// The rows of one cell or block: those with wild dates, and those
	// starting in the window (all dated ones for a wild r).
	lo, hi := math.MinInt32, math.MaxInt32
	if dayKey != wildDay {
		lo, hi = r.When.Start.Days()-slack-maxSpan, r.When.End.Days()+slack
	}
	var out []sitrep.Report
	read := func(col string, key any) error {
		q := `SELECT json FROM reports WHERE ` + col + ` = ?1 AND day_key = ?2
			UNION ALL SELECT json FROM reports WHERE ` + col + ` = ?1 AND day_key BETWEEN ?3 AND ?4`
		return s.eachJSON(ctx, q, []any{key, wildDay, lo, hi}, func(b []byte) error {
			var lr lightReport
			if err := json.Unmarshal(b, &lr); err != nil {
				return err
			}
			lr.Report.Assertions = nil
			out = append(out, lr.Report)
			return nil
		})
	}
	if block != nil {
		if err := read("block", block); err != nil {
			return nil, fmt.Errorf("related reports: %w", err)
		}
	}
	if cell == nil {
		return out, nil
	}
	lat, lon := r.Place.Lat, r.Place.Lon
	dlat := km/110.5 + 1e-9
	dlon := 180.0
	if c := math.Cos((math.Abs(lat) + dlat) * math.Pi / 180); c > 1e-6 {
		dlon = min(180, km/(111.3*c)+1e-9)
	}
	y0, y1 := int64(math.Floor((lat-dlat)*cellsPerDeg)), int64(math.Floor((lat+dlat)*cellsPerDeg))
	x0, x1 := int64(math.Floor((lon-dlon)*cellsPerDeg)), int64(math.Floor((lon+dlon)*cellsPerDeg))
	seen := map[string]bool{}
	for _, c := range out {
		seen[c.Key()] = true // found under the place id already
	}
	n := len(out)
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			if err := read("cell", (y+1000)*10000+x+1000); err != nil {
				return nil, fmt.Errorf("related reports: %w", err)
			}
		}
	}
	if len(seen) > 0 {
		kept := out[:n]
		for _, c := range out[n:] {
			if !seen[c.Key()] {
				kept = append(kept, c)
			}
		}
		out = kept
	}
	return out, nil
}

// ReportsOf returns the reports of the latest versions of docs, without
// assertions, by document then seq.
func (s *Store) ReportsOf(ctx context.Context, docs []string) ([]sitrep.Report, error) {
	var out []sitrep.Report
	for _, d := range docs {
		err := s.eachJSON(ctx, `SELECT json FROM reports WHERE doc = ? ORDER BY seq`, []any{d}, func(b []byte) error {
			var lr lightReport
			if err := json.Unmarshal(b, &lr); err != nil {
				return err
			}
			lr.Report.Assertions = nil
			out = append(out, lr.Report)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reports of %s: %w", d, err)
		}
	}
	return out, nil
}

// ReportsByKey returns the reports with the given keys ("doc#seq") that
// the store holds, without assertions, in the order of keys.
func (s *Store) ReportsByKey(ctx context.Context, keys []string) ([]sitrep.Report, error) {
	var out []sitrep.Report
	for _, k := range keys {
		i := strings.LastIndexByte(k, '#')
		if i < 0 {
			continue
		}
		seq, err := strconv.Atoi(k[i+1:])
		if err != nil {
			continue
		}
		err = s.eachJSON(ctx, `SELECT json FROM reports WHERE doc = ? AND seq = ?`, []any{k[:i], seq}, func(b []byte) error {
			var lr lightReport
			if err := json.Unmarshal(b, &lr); err != nil {
				return err
			}
			lr.Report.Assertions = nil
			out = append(out, lr.Report)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("report %s: %w", k, err)
		}
	}
	return out, nil
}
