package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

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
		r, err := storesql.DecodeHead(rows.RawValues()[0])
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
	var b pgx.Batch
	for _, l := range storesql.RelatedLookups(rs, slack, km, from) {
		b.Queue(`SELECT doc, seq, json FROM reports WHERE `+l.Col+` = $1 AND day_key = $2
			UNION ALL SELECT doc, seq, json FROM reports WHERE `+l.Col+` = $1 AND day_key BETWEEN $3 AND $4`,
			l.Arg, storesql.WildDay, l.Lo, l.Hi)
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
			r, err := storesql.DecodeHead(rows.RawValues()[2])
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
		r, err := storesql.DecodeHead(rows.RawValues()[0])
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
