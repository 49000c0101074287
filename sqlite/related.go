package sqlite

import (
	"context"
	"database/sql"
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

// RelatedTo returns the reports, without assertions, that may tell the
// same event as one of rs: dated ones whose dates come within slack days
// of its dates, or whose dates lack a year or span over a month; at
// precise points (geo_precision 1 or 2) within km of its point when that
// is precise, or under its place id (or name, when it has none and is not
// precise). It is a superset of what fusion relates (cluster's Related),
// found on indexes, so that new reports' neighbours are read without
// reading every report. Reports starting before day from (days since
// 1970; math.MinInt for no bound) are left out, save those whose dates
// lack a year or span over a month, and so are those known says are known
// already, before they are decoded. Each report comes once.
func (s *Store) RelatedTo(ctx context.Context, rs []sitrep.Report, slack int, km float64, from int, known func(key string) bool) ([]sitrep.Report, error) {
	// One query per cell or block, over the days its reports need.
	type span struct{ lo, hi int }
	want := map[string]span{}
	var order []string
	need := func(key string, lo, hi int) {
		lo = max(lo, from)
		if sp, ok := want[key]; ok {
			want[key] = span{min(sp.lo, lo), max(sp.hi, hi)}
			return
		}
		want[key] = span{lo, hi}
		order = append(order, key)
	}
	for _, r := range rs {
		dayKey, cell, block := relatedKeys(r)
		if dayKey == nil {
			continue
		}
		lo, hi := math.MinInt32, math.MaxInt32
		if dayKey != wildDay {
			lo, hi = r.When.Start.Days()-slack-maxSpan, r.When.End.Days()+slack
		}
		if block != nil {
			need("b"+block.(string), lo, hi)
		}
		if cell == nil {
			continue
		}
		lat, lon := r.Place.Lat, r.Place.Lon
		dlat := km/110.5 + 1e-9
		dlon := 180.0
		if c := math.Cos((math.Abs(lat) + dlat) * math.Pi / 180); c > 1e-6 {
			dlon = min(180, km/(111.3*c)+1e-9)
		}
		y0, y1 := int64(math.Floor((lat-dlat)*cellsPerDeg)), int64(math.Floor((lat+dlat)*cellsPerDeg))
		x0, x1 := int64(math.Floor((lon-dlon)*cellsPerDeg)), int64(math.Floor((lon+dlon)*cellsPerDeg))
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				need("c"+strconv.FormatInt((y+1000)*10000+x+1000, 10), lo, hi)
			}
		}
	}
	seen := map[string]bool{}
	var out []sitrep.Report
	for _, key := range order {
		sp := want[key]
		if sp.lo > sp.hi {
			continue
		}
		col, arg := "block", any(key[1:])
		if key[0] == 'c' {
			n, _ := strconv.ParseInt(key[1:], 10, 64)
			col, arg = "cell", n
		}
		q := `SELECT doc, seq, json FROM reports WHERE ` + col + ` = ?1 AND day_key = ?2
			UNION ALL SELECT doc, seq, json FROM reports WHERE ` + col + ` = ?1 AND day_key BETWEEN ?3 AND ?4`
		if err := s.eachRow(ctx, q, []any{arg, wildDay, sp.lo, sp.hi}, func(doc string, seq int, b []byte) error {
			k := sitrep.Report{Doc: doc, Seq: seq}.Key()
			if seen[k] || known != nil && known(k) {
				return nil
			}
			seen[k] = true
			var lr lightReport
			if err := json.Unmarshal(b, &lr); err != nil {
				return err
			}
			lr.Report.Assertions = nil
			out = append(out, lr.Report)
			return nil
		}); err != nil {
			return nil, fmt.Errorf("related reports: %w", err)
		}
	}
	return out, nil
}

// eachRow runs a query of doc, seq and a JSON column and calls fn with
// each row, the JSON valid only during the call.
func (s *Store) eachRow(ctx context.Context, query string, args []any, fn func(doc string, seq int, b []byte) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			doc string
			seq int
			b   sql.RawBytes
		)
		if err := rows.Scan(&doc, &seq, &b); err != nil {
			return err
		}
		if err := fn(doc, seq, b); err != nil {
			return err
		}
	}
	return rows.Err()
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
