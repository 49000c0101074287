package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

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
func (s *Store) RelatedTo(ctx context.Context, rs []sitrep.Report, w sitrep.Window, from int, known func(key string) bool) ([]sitrep.Report, error) {
	// One query per cell, row of cells or block, over the days its reports need.
	seen := map[string]bool{}
	var out []sitrep.Report
	for _, l := range storesql.RelatedLookups(rs, w, from) {
		q := `SELECT doc, seq, json FROM reports WHERE ` + l.Where("?") + ` AND day_key = ?2
			UNION ALL SELECT doc, seq, json FROM reports WHERE ` + l.Where("?") + ` AND day_key BETWEEN ?3 AND ?4`
		args := []any{l.Arg, storesql.WildDay, l.Lo, l.Hi}
		if l.To != nil {
			args = append(args, l.To)
		}
		if err := s.eachRow(ctx, q, args, func(doc string, seq int, b []byte) error {
			k := sitrep.Report{Doc: doc, Seq: seq}.Key()
			if seen[k] || known != nil && known(k) {
				return nil
			}
			seen[k] = true
			r, err := storesql.DecodeHead(b)
			if err != nil {
				return err
			}
			out = append(out, r)
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
			r, err := storesql.DecodeHead(b)
			if err != nil {
				return err
			}
			out = append(out, r)
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
			r, err := storesql.DecodeHead(b)
			if err != nil {
				return err
			}
			out = append(out, r)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("report %s: %w", k, err)
		}
	}
	return out, nil
}
