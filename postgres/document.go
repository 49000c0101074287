package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
)

const documentColumns = `id, version, hash, url, outlet, title, published, language, text, origin, copy_of`

func scanDocument(sc pgx.Row) (sitrep.Document, error) {
	var d sitrep.Document
	var published *string
	if err := sc.Scan(&d.ID, &d.Version, &d.Hash, &d.URL, &d.Outlet, &d.Title, &published, &d.Language, &d.Text,
		&d.Origin, &d.CopyOf); err != nil {
		return d, err
	}
	if published != nil {
		var err error
		if d.Published, err = sitrep.ParseDate(*published); err != nil {
			return d, fmt.Errorf("document %s: published: %w", d.ID, err)
		}
	}
	return d, nil
}

// Document returns the latest version of document id, or ENOTFOUND.
func (s *Store) Document(ctx context.Context, id string) (sitrep.Document, error) {
	d, err := scanDocument(s.pool.QueryRow(ctx, `SELECT `+documentColumns+`
		FROM documents WHERE id = $1 ORDER BY version DESC LIMIT 1`, id))
	if err != nil {
		return d, fmt.Errorf("get document %s: %w", id, notFound(err, "document %q not found", id))
	}
	return d, nil
}

// EachDocument calls fn with the latest version of every document, in order
// of id, from one snapshot (one query); it stops at fn's first error.
func (s *Store) EachDocument(ctx context.Context, fn func(sitrep.Document) error) error {
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT ON (id) `+documentColumns+`
		FROM documents ORDER BY id, version DESC`)
	if err != nil {
		return fmt.Errorf("each document: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return fmt.Errorf("each document: %w", err)
		}
		if err := fn(d); err != nil {
			return fmt.Errorf("each document: %s: %w", d.ID, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("each document: %w", err)
	}
	return nil
}

// Reports returns the reports of the latest version of every document, by
// document id and seq.
func (s *Store) Reports(ctx context.Context) ([]sitrep.Report, error) {
	rs, err := eachJSON[sitrep.Report](ctx, s, `SELECT json FROM reports ORDER BY doc, seq`)
	if err != nil {
		return nil, fmt.Errorf("list reports: %w", err)
	}
	return rs, nil
}

// Tallies returns the tallies of the latest version of every document, by
// document id and seq.
func (s *Store) Tallies(ctx context.Context) ([]sitrep.Tally, error) {
	ts, err := eachJSON[sitrep.Tally](ctx, s, `SELECT json FROM tallies ORDER BY doc, seq`)
	if err != nil {
		return nil, fmt.Errorf("list tallies: %w", err)
	}
	return ts, nil
}

// eachJSON decodes the one JSON column of query's rows.
func eachJSON[T any](ctx context.Context, s *Store, query string, args ...any) ([]T, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		var v T
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// nullDate returns d as YYYY-MM-DD (or --MM-DD), nil when zero.
func nullDate(d sitrep.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// HasDocuments reports whether the store holds any document.
func (s *Store) HasDocuments(ctx context.Context) (bool, error) {
	var any bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents)`).Scan(&any); err != nil {
		return false, fmt.Errorf("has documents: %w", err)
	}
	return any, nil
}

// Hashes returns the hash of the latest version of each of ids that the
// store holds, by id: ingest skips extracting a document stored unchanged.
func (s *Store) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT ON (id) id, hash FROM documents
		WHERE id = ANY($1) ORDER BY id, version DESC`, ids)
	if err != nil {
		return nil, fmt.Errorf("hashes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, hash string
		if err := rows.Scan(&id, &hash); err != nil {
			return nil, fmt.Errorf("hashes: %w", err)
		}
		out[id] = hash
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("hashes: %w", err)
	}
	return out, nil
}
