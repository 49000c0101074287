package sqlite

import (
	"context"
	"fmt"
)

// Place is a place imported into the gazetteer, as one gazetteer TSV row.
type Place struct {
	ID       string
	GeoNames bool   // ranked with the GeoNames layer rather than the curated one
	Row      string // gazetteer.Entry.Row()
	File     string // the file it came from
}

// PutPlaces adds or replaces imported places, all in one transaction, and
// returns how many were new.
func (s *Store) PutPlaces(ctx context.Context, ps []Place) (added int, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("put places: %w", err)
	}
	defer tx.Rollback()
	exists, err := tx.PrepareContext(ctx, `SELECT count(*) FROM places WHERE id = ?`)
	if err != nil {
		return 0, fmt.Errorf("put places: %w", err)
	}
	defer exists.Close()
	put, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO places (id, geonames, row, file) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return 0, fmt.Errorf("put places: %w", err)
	}
	defer put.Close()
	for _, p := range ps {
		var n int
		if err := exists.QueryRowContext(ctx, p.ID).Scan(&n); err != nil {
			return 0, fmt.Errorf("put place %s: %w", p.ID, err)
		}
		gn := 0
		if p.GeoNames {
			gn = 1
		}
		if _, err := put.ExecContext(ctx, p.ID, gn, p.Row, p.File); err != nil {
			return 0, fmt.Errorf("put place %s: %w", p.ID, err)
		}
		if n == 0 {
			added++
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("put places: %w", err)
	}
	return added, nil
}

// Places returns the imported places, ordered by id.
func (s *Store) Places(ctx context.Context) ([]Place, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, geonames, row, file FROM places ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list places: %w", err)
	}
	defer rows.Close()
	var ps []Place
	for rows.Next() {
		var p Place
		if err := rows.Scan(&p.ID, &p.GeoNames, &p.Row, &p.File); err != nil {
			return nil, fmt.Errorf("list places: %w", err)
		}
		ps = append(ps, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list places: %w", err)
	}
	return ps, nil
}
