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
// Incident fills the assertions back in. Heads decoded before come from
// the store's cache: a fusion after a few new documents decodes theirs
// only.
func (s *Store) ReportHeads(ctx context.Context) ([]sitrep.Report, error) {
	if s.heads.Len() > 0 {
		rows, err := s.pool.Query(ctx, `SELECT doc, seq, version FROM reports ORDER BY doc, seq`)
		if err != nil {
			return nil, fmt.Errorf("list report heads: %w", err)
		}
		ks, err := scanKeyed(rows)
		if err != nil {
			return nil, fmt.Errorf("list report heads: %w", err)
		}
		missing := 0
		for _, k := range ks {
			if _, ok := s.heads.Get(k.key(), k.version); !ok {
				missing++
			}
		}
		if missing*2 <= len(ks) {
			out, err := s.headsOf(ctx, ks)
			if err != nil {
				return nil, fmt.Errorf("list report heads: %w", err)
			}
			return out, nil
		}
	}
	// An empty cache, or most heads new to it: one pass over every row.
	rows, err := s.pool.Query(ctx, `SELECT doc, seq, version, json FROM reports ORDER BY doc, seq`)
	if err != nil {
		return nil, fmt.Errorf("list report heads: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Report
	for rows.Next() {
		var k keyed
		if err := rows.Scan(&k.doc, &k.seq, &k.version, nil); err != nil {
			return nil, fmt.Errorf("list report heads: %w", err)
		}
		r, err := storesql.DecodeHead(rows.RawValues()[3])
		if err != nil {
			return nil, fmt.Errorf("list report heads: %s: %w", k.key(), err)
		}
		s.heads.Put(k.key(), k.version, r)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list report heads: %w", err)
	}
	return out, nil
}

// keyed is a stored report's key and version, as a query found them.
type keyed struct {
	doc          string
	seq, version int
}

func (k keyed) key() string { return sitrep.Report{Doc: k.doc, Seq: k.seq}.Key() }

// scanKeyed reads rows of doc, seq and version, and closes them.
func scanKeyed(rows pgx.Rows) ([]keyed, error) {
	defer rows.Close()
	var out []keyed
	for rows.Next() {
		var k keyed
		if err := rows.Scan(&k.doc, &k.seq, &k.version); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// headsOf returns the heads of the reports ks, in their order: from the
// cache when it holds them at that version, else read and decoded, all in
// one round trip. A report gone since ks was read is left out; one stored
// again since comes at its new version.
func (s *Store) headsOf(ctx context.Context, ks []keyed) ([]sitrep.Report, error) {
	out := make([]sitrep.Report, len(ks))
	found := make([]bool, len(ks))
	var missing []int
	var docs []string
	var seqs []int32
	for i, k := range ks {
		if r, ok := s.heads.Get(k.key(), k.version); ok {
			out[i], found[i] = r, true
			continue
		}
		missing = append(missing, i)
		docs, seqs = append(docs, k.doc), append(seqs, int32(k.seq))
	}
	if len(missing) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT k.n, r.version, r.json FROM unnest($1::text[], $2::integer[]) WITH ORDINALITY AS k(doc, seq, n)
		JOIN reports r ON r.doc = k.doc AND r.seq = k.seq`, docs, seqs)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var n int64
		var version int
		if err := rows.Scan(&n, &version, nil); err != nil {
			return nil, err
		}
		i := missing[n-1]
		r, err := storesql.DecodeHead(rows.RawValues()[2])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ks[i].key(), err)
		}
		s.heads.Put(ks[i].key(), version, r)
		out[i], found[i] = r, true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	kept := out[:0]
	for i, r := range out {
		if found[i] {
			kept = append(kept, r)
		}
	}
	return kept, nil
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
func (s *Store) RelatedTo(ctx context.Context, rs []sitrep.Report, w sitrep.Window, from int, known func(key string) bool) ([]sitrep.Report, error) {
	var b pgx.Batch
	for _, l := range storesql.RelatedLookups(rs, w, from) {
		args := []any{l.Arg, storesql.WildDay, l.Lo, l.Hi}
		if l.To != nil {
			args = append(args, l.To)
		}
		b.Queue(`SELECT doc, seq, version FROM reports WHERE `+l.Where("$")+` AND day_key = $2
			UNION ALL SELECT doc, seq, version FROM reports WHERE `+l.Where("$")+` AND day_key BETWEEN $3 AND $4`,
			args...)
	}
	if b.Len() == 0 {
		return nil, nil
	}
	seen := map[string]bool{}
	var ks []keyed
	res := s.pool.SendBatch(ctx, &b)
	for range b.Len() {
		rows, err := res.Query()
		if err != nil {
			res.Close()
			return nil, fmt.Errorf("related reports: %w", err)
		}
		found, err := scanKeyed(rows)
		if err != nil {
			res.Close()
			return nil, fmt.Errorf("related reports: %w", err)
		}
		for _, k := range found {
			key := k.key()
			if seen[key] || known != nil && known(key) {
				continue
			}
			seen[key] = true
			ks = append(ks, k)
		}
	}
	if err := res.Close(); err != nil {
		return nil, fmt.Errorf("related reports: %w", err)
	}
	out, err := s.headsOf(ctx, ks)
	if err != nil {
		return nil, fmt.Errorf("related reports: %w", err)
	}
	return out, nil
}

// ReportsOf returns the reports of the latest versions of docs, without
// assertions, by document (in the order of docs) then seq. They are new,
// mostly: decoded, and kept for the fusions to come.
func (s *Store) ReportsOf(ctx context.Context, docs []string) ([]sitrep.Report, error) {
	rows, err := s.pool.Query(ctx, `SELECT r.doc, r.seq, r.version, r.json FROM unnest($1::text[]) WITH ORDINALITY AS d(doc, n)
		JOIN reports r ON r.doc = d.doc ORDER BY d.n, r.seq`, docs)
	if err != nil {
		return nil, fmt.Errorf("reports of %d documents: %w", len(docs), err)
	}
	defer rows.Close()
	var out []sitrep.Report
	for rows.Next() {
		var k keyed
		if err := rows.Scan(&k.doc, &k.seq, &k.version, nil); err != nil {
			return nil, fmt.Errorf("reports of %d documents: %w", len(docs), err)
		}
		r, err := storesql.DecodeHead(rows.RawValues()[3])
		if err != nil {
			return nil, fmt.Errorf("reports of %d documents: %s: %w", len(docs), k.key(), err)
		}
		s.heads.Put(k.key(), k.version, r)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reports of %d documents: %w", len(docs), err)
	}
	return out, nil
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
	rows, err := s.pool.Query(ctx, `SELECT r.doc, r.seq, r.version FROM unnest($1::text[], $2::integer[]) WITH ORDINALITY AS k(doc, seq, n)
		JOIN reports r ON r.doc = k.doc AND r.seq = k.seq ORDER BY k.n`, docs, seqs)
	if err != nil {
		return nil, fmt.Errorf("reports by key: %w", err)
	}
	ks, err := scanKeyed(rows)
	if err == nil {
		var rs []sitrep.Report
		if rs, err = s.headsOf(ctx, ks); err == nil {
			return rs, nil
		}
	}
	return nil, fmt.Errorf("reports by key: %w", err)
}
