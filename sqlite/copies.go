package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/sitrep/sitrep"
)

// EachSignature calls fn with the id, publication date, signature and
// recorded copy_of of the latest version of every document that has a
// signature, by id.
func (s *Store) EachSignature(ctx context.Context, fn func(id string, published sitrep.Date, sig []byte, copyOf string) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.published, d.signature, d.copy_of FROM documents d
		WHERE d.signature IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.id = d.id AND n.version > d.version)
		ORDER BY d.id`)
	if err != nil {
		return fmt.Errorf("signatures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id        string
			published sql.NullString
			sig       []byte
			copyOf    string
		)
		if err := rows.Scan(&id, &published, &sig, &copyOf); err != nil {
			return fmt.Errorf("signatures: %w", err)
		}
		var d sitrep.Date
		if published.Valid {
			if d, err = sitrep.ParseDate(published.String); err != nil {
				return fmt.Errorf("signatures: %s: %w", id, err)
			}
		}
		if err := fn(id, d, sig, copyOf); err != nil {
			return err
		}
	}
	return rows.Err()
}

// SetCopies records, for each document of changes, the document it copies
// ("" for none); the others keep theirs.
func (s *Store) SetCopies(ctx context.Context, changes map[string]string) error {
	if len(changes) == 0 {
		return nil
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("set copies: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `UPDATE documents SET copy_of = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("set copies: %w", err)
	}
	defer st.Close()
	for id, origin := range changes {
		if _, err := st.ExecContext(ctx, origin, id); err != nil {
			return fmt.Errorf("set copies: %s: %w", id, err)
		}
	}
	return tx.Commit()
}
