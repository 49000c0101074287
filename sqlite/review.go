package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/sitrep/sitrep"
)

// AddReview appends r to the audit log, setting its Seq and At.
func (s *Store) AddReview(ctx context.Context, r *sitrep.Review) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("add review: %w", err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM reviews`).Scan(&r.Seq); err != nil {
		return fmt.Errorf("add review: %w", err)
	}
	r.At = time.Now().UTC().Format(time.RFC3339)
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("add review: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO reviews (seq, at, incident, json) VALUES (?, ?, ?, ?)`,
		r.Seq, r.At, r.Incident, string(b)); err != nil {
		return fmt.Errorf("add review: %w", err)
	}
	return tx.Commit()
}

// Reviews returns the audit log, oldest first.
func (s *Store) Reviews(ctx context.Context) ([]sitrep.Review, error) {
	var out []sitrep.Review
	err := s.eachJSON(ctx, `SELECT json FROM reviews ORDER BY seq`, nil, func(b []byte) error {
		var r sitrep.Review
		if err := json.Unmarshal(b, &r); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	return out, nil
}

// SaveReviews records whether each review applied at the last fusion.
func (s *Store) SaveReviews(ctx context.Context, rs []sitrep.Review) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save reviews: %w", err)
	}
	defer tx.Rollback()
	for _, r := range rs {
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("save reviews: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE reviews SET json = ? WHERE seq = ?`, string(b), r.Seq); err != nil {
			return fmt.Errorf("save reviews: %w", err)
		}
	}
	return tx.Commit()
}

// TrackIDs records the ids of incs as published, with the key of their
// first report, and points every id published before that incs lack to
// the incident that now holds its first report (dropping its redirect when
// none does).
func (s *Store) TrackIDs(ctx context.Context, incs []sitrep.Incident) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("track ids: %w", err)
	}
	defer tx.Rollback()
	if err := trackIn(ctx, tx, incs); err != nil {
		return fmt.Errorf("track ids: %w", err)
	}
	return tx.Commit()
}

// trackIn is TrackIDs in tx.
func trackIn(ctx context.Context, tx *sql.Tx, incs []sitrep.Incident) error {
	holder := map[string]string{} // report key -> incident id
	ids := map[string]bool{}
	for _, inc := range incs {
		ids[inc.ID] = true
		for _, r := range inc.Reports {
			holder[r.Key()] = inc.ID
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, anchor FROM published`)
	if err != nil {
		return err
	}
	known := map[string]string{}
	for rows.Next() {
		var id, anchor string
		if err := rows.Scan(&id, &anchor); err != nil {
			rows.Close()
			return err
		}
		known[id] = anchor
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM redirects`); err != nil {
		return err
	}
	for id, anchor := range known {
		if ids[id] {
			continue
		}
		if to := holder[anchor]; to != "" {
			if _, err := tx.ExecContext(ctx, `INSERT INTO redirects (id, target) VALUES (?, ?)`, id, to); err != nil {
				return err
			}
		}
	}
	ins, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO published (id, anchor) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, inc := range incs {
		if _, ok := known[inc.ID]; ok || len(inc.Reports) == 0 {
			continue
		}
		if _, err := ins.ExecContext(ctx, inc.ID, inc.Reports[0].Key()); err != nil {
			return err
		}
	}
	return nil
}

// Redirect returns the incident id that a retired id now points to, or "".
func (s *Store) Redirect(ctx context.Context, id string) (string, error) {
	var to string
	err := s.db.QueryRowContext(ctx, `SELECT target FROM redirects WHERE id = ?`, id).Scan(&to)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("redirect %s: %w", id, err)
	}
	return to, nil
}
