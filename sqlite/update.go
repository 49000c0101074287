package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// What incremental fusion reads and writes: the documents, incidents and
// published ids that one new document touches, never all of them.

// DocumentHeadsOf returns the latest versions of docs without their text,
// by id; ids the store lacks are left out.
func (s *Store) DocumentHeadsOf(ctx context.Context, ids []string) (map[string]sitrep.Document, error) {
	out := make(map[string]sitrep.Document, len(ids))
	for _, id := range ids {
		var d sitrep.Document
		var published sql.NullString
		err := s.db.QueryRowContext(ctx, `SELECT id, version, hash, url, outlet, title, published, language, origin, copy_of
			FROM documents WHERE id = ? ORDER BY version DESC LIMIT 1`, id).
			Scan(&d.ID, &d.Version, &d.Hash, &d.URL, &d.Outlet, &d.Title, &published, &d.Language, &d.Origin, &d.CopyOf)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("document heads: %s: %w", id, err)
		}
		if published.Valid {
			if d.Published, err = sitrep.ParseDate(published.String); err != nil {
				return nil, fmt.Errorf("document heads: %s: %w", id, err)
			}
		}
		out[id] = d
	}
	return out, nil
}

// SignaturesNear calls fn as EachSignature does, for the documents
// published from from to to and those without a known year of
// publication.
func (s *Store) SignaturesNear(ctx context.Context, from, to sitrep.Date, fn func(id string, published sitrep.Date, sig []byte, copyOf string) error) error {
	const cols = `SELECT d.id, d.published, d.signature, d.copy_of FROM documents d WHERE `
	const latest = ` AND d.signature IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.id = d.id AND n.version > d.version)`
	rows, err := s.db.QueryContext(ctx, cols+`d.published BETWEEN ? AND ?`+latest+
		` UNION ALL `+cols+`d.published < '0'`+latest+
		` UNION ALL `+cols+`d.published IS NULL`+latest, from.String(), to.String())
	if err != nil {
		return fmt.Errorf("signatures near %s: %w", from, err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id, copyOf string
			published  sql.NullString
			sig        []byte
		)
		if err := rows.Scan(&id, &published, &sig, &copyOf); err != nil {
			return fmt.Errorf("signatures near %s: %w", from, err)
		}
		var d sitrep.Date
		if published.Valid {
			if d, err = sitrep.ParseDate(published.String); err != nil {
				return fmt.Errorf("signatures near: %s: %w", id, err)
			}
		}
		if err := fn(id, d, sig, copyOf); err != nil {
			return err
		}
	}
	return rows.Err()
}

// IncidentsOf returns the incidents fused from any of docs: for each id,
// the keys of its reports.
func (s *Store) IncidentsOf(ctx context.Context, docs []string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, d := range docs {
		ids, err := s.IncidentIDs(ctx, d)
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			if _, ok := out[id]; ok {
				continue
			}
			var keys string
			err := s.db.QueryRowContext(ctx, `SELECT report_keys FROM incidents WHERE id = ?`, id).Scan(&keys)
			if err != nil {
				return nil, fmt.Errorf("incident %s: %w", id, err)
			}
			out[id] = nil
			if keys != "" {
				out[id] = strings.Split(keys, "\n")
			}
		}
	}
	return out, nil
}

// UpdateIncidents applies u in one transaction: removes the incidents
// u.Remove, stores u.Add, redirects the published ids anchored on u.Keys
// (as TrackIDs does), publishes the ids of u.Add, and marks u.Fused as
// fused. An empty id in u.Add, or one repeated or already held by an
// incident that stays, is an error and changes nothing.
func (s *Store) UpdateIncidents(ctx context.Context, u sitrep.IncidentUpdate) error {
	if err := storesql.CheckIDs(u.Add); err != nil {
		return fmt.Errorf("update incidents: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rows, slots := s.encodeIncidents(ctx, u.Add)
	js := make([]string, len(u.Add))
	for i := range u.Add {
		r := <-rows[i]
		<-slots
		if r.err != nil {
			return fmt.Errorf("update incidents: incident %s: %w", u.Add[i].ID, r.err)
		}
		js[i] = r.json
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("update incidents: %w", err)
	}
	defer tx.Rollback()
	// An incident fused again into what is stored (same id, same record,
	// reports included) stays as it is: a re-fusion of a large component
	// then writes only what changed.
	same, err := unchanged(ctx, tx, u.Remove, u.Add, js)
	if err != nil {
		return fmt.Errorf("update incidents: %w", err)
	}
	for _, id := range u.Remove {
		if same[id] {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM incident_docs WHERE incident_id = ?`, id); err != nil {
			return fmt.Errorf("update incidents: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = ?`, id); err != nil {
			return fmt.Errorf("update incidents: %w", err)
		}
	}
	ins, err := tx.PrepareContext(ctx, insertIncidentSQL)
	if err != nil {
		return fmt.Errorf("update incidents: %w", err)
	}
	defer ins.Close()
	link, err := tx.PrepareContext(ctx, `INSERT INTO incident_docs (doc, incident_id) VALUES (?, ?)`)
	if err != nil {
		return fmt.Errorf("update incidents: %w", err)
	}
	defer link.Close()
	var changed []sitrep.Incident
	kept := map[string]bool{}
	for i, inc := range u.Add {
		if same[inc.ID] {
			for _, r := range inc.Reports {
				kept[r.Key()] = true
			}
			continue
		}
		if err := insertIncident(ctx, ins, link, inc, js[i]); err != nil {
			return fmt.Errorf("update incidents: incident %s: %w", inc.ID, err)
		}
		changed = append(changed, inc)
	}
	// The ids anchored on an unchanged incident's reports already point
	// at it.
	var keys []string
	for _, k := range u.Keys {
		if !kept[k] {
			keys = append(keys, k)
		}
	}
	if err := trackUpdate(ctx, tx, changed, keys); err != nil {
		return fmt.Errorf("update incidents: %w", err)
	}
	for _, d := range u.Fused {
		if _, err := tx.ExecContext(ctx, `DELETE FROM unfused WHERE doc = ?`, d); err != nil {
			return fmt.Errorf("update incidents: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("update incidents: %w", err)
	}
	return nil
}

// unchanged returns the ids of remove that add stores again as they are:
// the same id with the same record (js[i] is the record of add[i]).
func unchanged(ctx context.Context, tx *sql.Tx, remove []string, add []sitrep.Incident, js []string) (map[string]bool, error) {
	gone := make(map[string]bool, len(remove))
	for _, id := range remove {
		gone[id] = true
	}
	same := map[string]bool{}
	st, err := tx.PrepareContext(ctx, `SELECT json FROM incidents WHERE id = ?`)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	for i, inc := range add {
		if !gone[inc.ID] {
			continue
		}
		var old string
		switch err := st.QueryRowContext(ctx, inc.ID).Scan(&old); {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return nil, err
		case old == js[i]:
			same[inc.ID] = true
		}
	}
	return same, nil
}

// trackUpdate is TrackIDs after an update that replaced the incidents
// holding the report keys keys with incs: ids published with one of keys
// as anchor are pointed at the incident of incs now holding it (or at
// none), and the ids of incs are published.
func trackUpdate(ctx context.Context, tx *sql.Tx, incs []sitrep.Incident, keys []string) error {
	holder := map[string]string{}
	ids := map[string]bool{}
	for _, inc := range incs {
		ids[inc.ID] = true
		for _, r := range inc.Reports {
			holder[r.Key()] = inc.ID
		}
	}
	sorted := append([]string(nil), keys...)
	sort.Strings(sorted)
	for _, k := range sorted {
		rows, err := tx.QueryContext(ctx, `SELECT id FROM published WHERE anchor = ?`, k)
		if err != nil {
			return err
		}
		var pub []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			pub = append(pub, id)
		}
		rows.Close()
		for _, id := range pub {
			if _, err := tx.ExecContext(ctx, `DELETE FROM redirects WHERE id = ?`, id); err != nil {
				return err
			}
			if to := holder[k]; to != "" && !ids[id] {
				if _, err := tx.ExecContext(ctx, `INSERT INTO redirects (id, target) VALUES (?, ?)`, id, to); err != nil {
					return err
				}
			}
		}
	}
	for _, inc := range incs {
		if len(inc.Reports) == 0 {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO published (id, anchor) VALUES (?, ?)`,
			inc.ID, inc.Reports[0].Key()); err != nil {
			return err
		}
	}
	return nil
}

// MarkFused records that the reports of docs are fused.
func (s *Store) MarkFused(ctx context.Context, docs []string) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("mark fused: %w", err)
	}
	defer tx.Rollback()
	if err := markFusedIn(ctx, tx, docs); err != nil {
		return fmt.Errorf("mark fused: %w", err)
	}
	return tx.Commit()
}

// markFusedIn is MarkFused in tx.
func markFusedIn(ctx context.Context, tx *sql.Tx, docs []string) error {
	if len(docs) == 0 {
		return nil
	}
	st, err := tx.PrepareContext(ctx, `DELETE FROM unfused WHERE doc = ?`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, d := range docs {
		if _, err := st.ExecContext(ctx, d); err != nil {
			return err
		}
	}
	return nil
}

// Unfused returns the documents stored or re-extracted since the last
// fusion that took them in, by id.
func (s *Store) Unfused(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT doc FROM unfused ORDER BY doc`)
	if err != nil {
		return nil, fmt.Errorf("unfused: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			return nil, fmt.Errorf("unfused: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// UnfusedAmong returns which of docs are unfused (all unfused documents
// when docs is nil).
func (s *Store) UnfusedAmong(ctx context.Context, docs []string) (map[string]bool, error) {
	all, err := s.Unfused(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	if docs == nil {
		for _, d := range all {
			out[d] = true
		}
		return out, nil
	}
	want := make(map[string]bool, len(docs))
	for _, d := range docs {
		want[d] = true
	}
	for _, d := range all {
		if want[d] {
			out[d] = true
		}
	}
	return out, nil
}

// Copied reports whether a stored document is recorded as copying
// document id.
func (s *Store) Copied(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE copy_of = ? AND copy_of != ''`, id).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("copied %s: %w", id, err)
	}
	return n > 0, nil
}

// IncidentCount returns the number of incidents stored.
func (s *Store) IncidentCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM incidents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count incidents: %w", err)
	}
	return n, nil
}
