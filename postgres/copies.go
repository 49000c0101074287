package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
)

// EachSignature calls fn with the copy signature of the latest version of
// every document that has one, by id, and the document it is recorded to
// copy ("" for none).
func (s *Store) EachSignature(ctx context.Context, fn func(id string, published sitrep.Date, sig []byte, copyOf string) error) error {
	return s.eachSignature(ctx, "signatures", `SELECT id, published, signature, copy_of FROM (
		SELECT DISTINCT ON (id) id, published, signature, copy_of FROM documents ORDER BY id, version DESC) d
		WHERE signature IS NOT NULL ORDER BY id`, nil, fn)
}

// eachSignature calls fn with each row of query (id, published, signature,
// copy_of); its own errors are named with what, fn's returned as they are.
func (s *Store) eachSignature(ctx context.Context, what, query string, args []any, fn func(id string, published sitrep.Date, sig []byte, copyOf string) error) error {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, copyOf string
		var published *string
		var sig []byte
		if err := rows.Scan(&id, &published, &sig, &copyOf); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		var d sitrep.Date
		if published != nil {
			if d, err = sitrep.ParseDate(*published); err != nil {
				return fmt.Errorf("%s: %s: %w", what, id, err)
			}
		}
		if err := fn(id, d, sig, copyOf); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// SetCopies records, in one transaction, which document each of changes'
// documents copies ("" for none).
func (s *Store) SetCopies(ctx context.Context, changes map[string]string) error {
	if len(changes) == 0 {
		return nil
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var b pgx.Batch
		for id, origin := range changes {
			b.Queue(`UPDATE documents SET copy_of = $1 WHERE id = $2`, origin, id)
		}
		return tx.SendBatch(ctx, &b).Close()
	})
	if err != nil {
		return fmt.Errorf("set copies: %w", err)
	}
	return nil
}

// DocumentHeads returns the latest version of every document without its
// text, by id: what fusion needs of documents.
func (s *Store) DocumentHeads(ctx context.Context) (map[string]sitrep.Document, error) {
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT ON (id) id, version, hash, url, outlet, title, published, language,
		'', origin, copy_of FROM documents ORDER BY id, version DESC`)
	if err != nil {
		return nil, fmt.Errorf("document heads: %w", err)
	}
	defer rows.Close()
	out := map[string]sitrep.Document{}
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, fmt.Errorf("document heads: %w", err)
		}
		out[d.ID] = d
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document heads: %w", err)
	}
	return out, nil
}
