package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
)

// wildDay is the day_key of reports whose dates lack a year, have no end
// or span more than maxSpan days: they are candidates whatever the dates.
// The grid of reports.cell has cellsPerDeg cells a degree. As in the
// SQLite store, whose rows these columns mirror.
const (
	wildDay     = -1_000_000_000
	maxSpan     = 31
	cellsPerDeg = 4
)

// relatedKeys returns the columns that find r again as a candidate of
// another report: day_key, cell and block (see schema.sql), nil for NULL.
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

// lightReport decodes a stored report without its assertions, which fusion
// does not need and which make up most of its size.
type lightReport struct {
	sitrep.Report
	Assertions skip `json:"assertions"`
}

// skip is a JSON value read and thrown away.
type skip struct{}

// UnmarshalJSON ignores the value.
func (skip) UnmarshalJSON([]byte) error { return nil }

func decodeLight(b []byte) (sitrep.Report, error) {
	var lr lightReport
	if err := json.Unmarshal(b, &lr); err != nil {
		return sitrep.Report{}, err
	}
	lr.Report.Assertions = nil
	return lr.Report, nil
}

// ReportHeads returns the reports of the latest version of every document
// without their assertions, by document id and seq: what fusion needs.
// Incident fills the assertions back in.
func (s *Store) ReportHeads(ctx context.Context) ([]sitrep.Report, error) {
	rows, err := s.pool.Query(ctx, `SELECT json FROM reports ORDER BY doc, seq`)
	if err != nil {
		return nil, fmt.Errorf("list report heads: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Report
	for rows.Next() {
		r, err := decodeLight(rows.RawValues()[0])
		if err != nil {
			return nil, fmt.Errorf("list report heads: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list report heads: %w", err)
	}
	return out, nil
}

// RelatedTo returns the reports, without assertions, that may tell the
// same event as one of rs, as the SQLite store's RelatedTo does: dated ones
// whose dates come within slack days of its dates, or whose dates lack a
// year or span over a month; at precise points within km of its point when
// that is precise, or under its place id (or name, when it has none and is
// not precise). Reports starting before day from (math.MinInt for no
// bound) are left out, save those whose dates lack a year or span over a
// month, and so are those known says are known already. Each report comes
// once. The queries, one per cell or block, go in one round trip.
func (s *Store) RelatedTo(ctx context.Context, rs []sitrep.Report, slack int, km float64, from int, known func(key string) bool) ([]sitrep.Report, error) {
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
	var b pgx.Batch
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
		b.Queue(`SELECT doc, seq, json FROM reports WHERE `+col+` = $1 AND day_key = $2
			UNION ALL SELECT doc, seq, json FROM reports WHERE `+col+` = $1 AND day_key BETWEEN $3 AND $4`,
			arg, wildDay, sp.lo, sp.hi)
	}
	if b.Len() == 0 {
		return nil, nil
	}
	seen := map[string]bool{}
	var out []sitrep.Report
	res := s.pool.SendBatch(ctx, &b)
	defer res.Close()
	for range b.Len() {
		rows, err := res.Query()
		if err != nil {
			return nil, fmt.Errorf("related reports: %w", err)
		}
		for rows.Next() {
			var doc string
			var seq int
			if err := rows.Scan(&doc, &seq, nil); err != nil {
				rows.Close()
				return nil, fmt.Errorf("related reports: %w", err)
			}
			k := sitrep.Report{Doc: doc, Seq: seq}.Key()
			if seen[k] || known != nil && known(k) {
				continue
			}
			seen[k] = true
			r, err := decodeLight(rows.RawValues()[2])
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("related reports: %s: %w", k, err)
			}
			out = append(out, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("related reports: %w", err)
		}
	}
	if err := res.Close(); err != nil {
		return nil, fmt.Errorf("related reports: %w", err)
	}
	return out, nil
}

// ReportsOf returns the reports of the latest versions of docs, without
// assertions, by document (in the order of docs) then seq.
func (s *Store) ReportsOf(ctx context.Context, docs []string) ([]sitrep.Report, error) {
	rs, err := s.lightReports(ctx, `SELECT r.json FROM unnest($1::text[]) WITH ORDINALITY AS d(doc, n)
		JOIN reports r ON r.doc = d.doc ORDER BY d.n, r.seq`, docs)
	if err != nil {
		return nil, fmt.Errorf("reports of %d documents: %w", len(docs), err)
	}
	return rs, nil
}

// ReportsByKey returns the reports with the given keys ("doc#seq") that
// the store holds, without assertions, in the order of keys.
func (s *Store) ReportsByKey(ctx context.Context, keys []string) ([]sitrep.Report, error) {
	var docs []string
	var seqs []int32
	for _, k := range keys {
		i := strings.LastIndexByte(k, '#')
		if i < 0 {
			continue
		}
		seq, err := strconv.ParseInt(k[i+1:], 10, 32)
		if err != nil {
			continue
		}
		docs, seqs = append(docs, k[:i]), append(seqs, int32(seq))
	}
	rs, err := s.lightReports(ctx, `SELECT r.json FROM unnest($1::text[], $2::integer[]) WITH ORDINALITY AS k(doc, seq, n)
		JOIN reports r ON r.doc = k.doc AND r.seq = k.seq ORDER BY k.n`, docs, seqs)
	if err != nil {
		return nil, fmt.Errorf("reports by key: %w", err)
	}
	return rs, nil
}

// lightReports decodes the one JSON column of query's rows as reports
// without assertions.
func (s *Store) lightReports(ctx context.Context, query string, args ...any) ([]sitrep.Report, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sitrep.Report
	for rows.Next() {
		r, err := decodeLight(rows.RawValues()[0])
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
