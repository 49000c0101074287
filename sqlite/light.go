package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// ReportHeads returns the reports of the latest version of every document,
// as Reports does but without their assertions: what fusion needs, in a
// fraction of the memory. ReplaceIncidents fills the assertions back in.
func (s *Store) ReportHeads(ctx context.Context) ([]sitrep.Report, error) {
	// Sized at once: a Report is large, and growing the slice copies them.
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM reports`).Scan(&n); err != nil {
		return nil, fmt.Errorf("list report heads: %w", err)
	}
	rs := make([]sitrep.Report, 0, n)
	err := s.eachJSON(ctx, `SELECT json FROM reports ORDER BY doc, seq`, nil, func(b []byte) error {
		r, err := storesql.DecodeHead(b)
		if err != nil {
			return err
		}
		rs = append(rs, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list report heads: %w", err)
	}
	return rs, nil
}

// DocumentHeads returns the latest version of every document without its
// text, by id.
func (s *Store) DocumentHeads(ctx context.Context) (map[string]sitrep.Document, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.version, d.hash, d.url, d.outlet, d.title,
		d.published, d.language, d.origin, d.copy_of
		FROM documents d
		WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.id = d.id AND n.version > d.version)`)
	if err != nil {
		return nil, fmt.Errorf("document heads: %w", err)
	}
	defer rows.Close()
	out := map[string]sitrep.Document{}
	for rows.Next() {
		var d sitrep.Document
		var published sql.NullString
		if err := rows.Scan(&d.ID, &d.Version, &d.Hash, &d.URL, &d.Outlet, &d.Title, &published, &d.Language, &d.Origin, &d.CopyOf); err != nil {
			return nil, fmt.Errorf("document heads: %w", err)
		}
		if published.Valid {
			if d.Published, err = sitrep.ParseDate(published.String); err != nil {
				return nil, fmt.Errorf("document heads: %s: %w", d.ID, err)
			}
		}
		out[d.ID] = d
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document heads: %w", err)
	}
	return out, nil
}

// fillAssertions gives reports that came without assertions (from
// ReportHeads) the assertions stored with them.
func fillAssertions(ctx context.Context, get *sql.Stmt, rs []sitrep.Report) error {
	for i := range rs {
		if rs[i].Assertions != nil {
			continue
		}
		var b []byte
		err := get.QueryRowContext(ctx, rs[i].Doc, rs[i].Seq).Scan(&b)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return err
		}
		var full struct {
			Assertions []sitrep.Assertion `json:"assertions"`
		}
		if err := json.Unmarshal(b, &full); err != nil {
			return err
		}
		rs[i].Assertions = full.Assertions
	}
	return nil
}
