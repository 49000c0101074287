package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
)

// reviewLock is the advisory lock key under which reviews take their seq.
const reviewLock = 7317

// AddReview appends r to the audit log, setting its Seq and At.
func (s *Store) AddReview(ctx context.Context, r *sitrep.Review) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// One review at a time takes the next seq.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, reviewLock); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM reviews`).Scan(&r.Seq); err != nil {
			return err
		}
		r.At = time.Now().UTC().Format(time.RFC3339)
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO reviews (seq, at, incident, json) VALUES ($1, $2, $3, $4)`,
			r.Seq, r.At, r.Incident, string(b))
		return err
	})
	if err != nil {
		return fmt.Errorf("add review: %w", err)
	}
	return nil
}

// Reviews returns the audit log, oldest first.
func (s *Store) Reviews(ctx context.Context) ([]sitrep.Review, error) {
	rs, err := eachJSON[sitrep.Review](ctx, s, `SELECT json FROM reviews ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	return rs, nil
}

// SaveReviews records whether each review applied at the last fusion.
func (s *Store) SaveReviews(ctx context.Context, rs []sitrep.Review) error {
	if len(rs) == 0 {
		return nil
	}
	seqs := make([]int32, len(rs))
	js := make([]string, len(rs))
	for i, r := range rs {
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("save reviews: %w", err)
		}
		seqs[i], js[i] = int32(r.Seq), string(b)
	}
	_, err := s.pool.Exec(ctx, `UPDATE reviews SET json = v.json FROM unnest($1::integer[], $2::text[]) AS v(seq, json)
		WHERE reviews.seq = v.seq`, seqs, js)
	if err != nil {
		return fmt.Errorf("save reviews: %w", err)
	}
	return nil
}

// TrackIDs records the ids of incs as published, with the key of their
// first report, and points every id published before that incs lack to
// the incident that now holds its first report (dropping its redirect when
// none does).
func (s *Store) TrackIDs(ctx context.Context, incs []sitrep.Incident) error {
	if err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return trackIn(ctx, tx, incs) }); err != nil {
		return fmt.Errorf("track ids: %w", err)
	}
	return nil
}

// trackIn is TrackIDs in tx.
func trackIn(ctx context.Context, tx pgx.Tx, incs []sitrep.Incident) error {
	holder := map[string]string{} // report key -> incident id
	ids := map[string]bool{}
	for _, inc := range incs {
		ids[inc.ID] = true
		for _, r := range inc.Reports {
			holder[r.Key()] = inc.ID
		}
	}
	rows, err := tx.Query(ctx, `SELECT id, anchor FROM published`)
	if err != nil {
		return err
	}
	var redirect [][]any
	for rows.Next() {
		var id, anchor string
		if err := rows.Scan(&id, &anchor); err != nil {
			rows.Close()
			return err
		}
		if to := holder[anchor]; to != "" && !ids[id] {
			redirect = append(redirect, []any{id, to})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM redirects`); err != nil {
		return err
	}
	if len(redirect) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"redirects"}, []string{"id", "target"}, pgx.CopyFromRows(redirect)); err != nil {
			return err
		}
	}
	return publish(ctx, tx, incs)
}

// Redirect returns the incident id that a retired id now points to, or "".
func (s *Store) Redirect(ctx context.Context, id string) (string, error) {
	var to string
	err := s.pool.QueryRow(ctx, `SELECT target FROM redirects WHERE id = $1`, id).Scan(&to)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("redirect %s: %w", id, err)
	}
	return to, nil
}
