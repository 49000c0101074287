package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// What incremental fusion reads and writes (package pipeline): the
// documents, incidents and published ids that some new documents touch,
// never all of them. The semantics are the SQLite store's.

// DocumentHeadsOf returns the latest versions of docs without their text,
// by id; ids the store lacks are left out.
func (s *Store) DocumentHeadsOf(ctx context.Context, ids []string) (map[string]sitrep.Document, error) {
	// Through the primary key, id by id, as in put.go.
	rows, err := s.pool.Query(ctx, `SELECT d.id, d.version, d.hash, d.url, d.outlet, d.title, d.published, d.language,
		'', d.origin, d.copy_of FROM unnest($1::text[]) AS u(id)
		CROSS JOIN LATERAL (SELECT * FROM documents WHERE id = u.id ORDER BY version DESC LIMIT 1) d`, ids)
	if err != nil {
		return nil, fmt.Errorf("document heads: %w", err)
	}
	defer rows.Close()
	out := make(map[string]sitrep.Document, len(ids))
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

// SignaturesNear calls fn as EachSignature does, for the documents
// published from from to to and those without a known year of
// publication.
func (s *Store) SignaturesNear(ctx context.Context, from, to sitrep.Date, fn func(id string, published sitrep.Date, sig []byte, copyOf string) error) error {
	const cols = `SELECT d.id, d.published, d.signature, d.copy_of FROM documents d WHERE `
	const latest = ` AND d.signature IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.id = d.id AND n.version > d.version)`
	return s.eachSignature(ctx, "signatures near "+from.String(), cols+`d.published COLLATE "C" BETWEEN $1 AND $2`+latest+
		` UNION ALL `+cols+`d.published COLLATE "C" < '0'`+latest+
		` UNION ALL `+cols+`d.published IS NULL`+latest, []any{from.String(), to.String()}, fn)
}

// IncidentsOf returns the incidents fused from any of docs: for each id,
// the keys of its reports.
func (s *Store) IncidentsOf(ctx context.Context, docs []string) (map[string][]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, report_keys FROM incidents
		WHERE id IN (SELECT incident_id FROM incident_docs WHERE doc = ANY($1))`, docs)
	if err != nil {
		return nil, fmt.Errorf("incidents of %d documents: %w", len(docs), err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var id, keys string
		if err := rows.Scan(&id, &keys); err != nil {
			return nil, fmt.Errorf("incidents of %d documents: %w", len(docs), err)
		}
		out[id] = nil
		if keys != "" {
			out[id] = strings.Split(keys, "\n")
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("incidents of %d documents: %w", len(docs), err)
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
	rows, err := incidentRows(u.Add)
	if err != nil {
		return fmt.Errorf("update incidents: %w", err)
	}
	stamps := s.takeStamps(u.Fused)
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// An incident fused again into what is stored (same id, same
		// record, reports included) stays as it is: a re-fusion of a large
		// component then writes only what changed.
		same, err := unchanged(ctx, tx, u.Remove, rows)
		if err != nil {
			return err
		}
		var gone []string
		for _, id := range u.Remove {
			if !same[id] {
				gone = append(gone, id)
			}
		}
		if len(gone) > 0 {
			if _, err := tx.Exec(ctx, `DELETE FROM incident_docs WHERE incident_id = ANY($1)`, gone); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `DELETE FROM incidents WHERE id = ANY($1)`, gone); err != nil {
				return err
			}
		}
		var changed []sitrep.Incident
		var write []incidentRow
		kept := map[string]bool{}
		for i, inc := range u.Add {
			if same[inc.ID] {
				for _, r := range inc.Reports {
					kept[r.Key()] = true
				}
				continue
			}
			changed = append(changed, inc)
			write = append(write, rows[i])
		}
		if err := insertIncidents(ctx, tx, write); err != nil {
			return err
		}
		// The ids anchored on an unchanged incident's reports already
		// point at it.
		var keys []string
		for _, k := range u.Keys {
			if !kept[k] {
				keys = append(keys, k)
			}
		}
		if err := trackUpdate(ctx, tx, changed, keys); err != nil {
			return err
		}
		return markFusedIn(ctx, tx, u.Fused, stamps)
	})
	if err != nil {
		s.putStamps(stamps)
		return fmt.Errorf("update incidents: %w", err)
	}
	return nil
}

// unchanged returns the ids of remove that rows store again as they are:
// the same id with the same record (the same digest of it).
func unchanged(ctx context.Context, tx pgx.Tx, remove []string, rows []incidentRow) (map[string]bool, error) {
	gone := make(map[string]bool, len(remove))
	for _, id := range remove {
		gone[id] = true
	}
	var ids []string
	digests := map[string]string{}
	for _, r := range rows {
		if gone[r.id] {
			ids = append(ids, r.id)
			digests[r.id] = r.digest
		}
	}
	same := map[string]bool{}
	if len(ids) == 0 {
		return same, nil
	}
	rs, err := tx.Query(ctx, `SELECT id, digest FROM incidents WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	for rs.Next() {
		var id, old string
		if err := rs.Scan(&id, &old); err != nil {
			return nil, err
		}
		if old == digests[id] {
			same[id] = true
		}
	}
	return same, rs.Err()
}

// trackUpdate is TrackIDs after an update that replaced the incidents
// holding the report keys keys with incs: ids published with one of keys
// as anchor are pointed at the incident of incs now holding it (or at
// none), and the ids of incs are published.
func trackUpdate(ctx context.Context, tx pgx.Tx, incs []sitrep.Incident, keys []string) error {
	holder := map[string]string{}
	ids := map[string]bool{}
	for _, inc := range incs {
		ids[inc.ID] = true
		for _, r := range inc.Reports {
			holder[r.Key()] = inc.ID
		}
	}
	var redirect [][]any
	if len(keys) > 0 {
		rows, err := tx.Query(ctx, `SELECT id, anchor FROM published WHERE anchor = ANY($1) ORDER BY anchor, id`, keys)
		if err != nil {
			return err
		}
		var pub []string
		for rows.Next() {
			var id, anchor string
			if err := rows.Scan(&id, &anchor); err != nil {
				rows.Close()
				return err
			}
			pub = append(pub, id)
			if to := holder[anchor]; to != "" && !ids[id] {
				redirect = append(redirect, []any{id, to})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM redirects WHERE id = ANY($1)`, pub); err != nil {
			return err
		}
	}
	if len(redirect) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"redirects"}, []string{"id", "target"}, pgx.CopyFromRows(redirect)); err != nil {
			return err
		}
	}
	return publish(ctx, tx, incs)
}

// publish records the ids of incs, with the key of their first report,
// unless they are published already.
func publish(ctx context.Context, tx pgx.Tx, incs []sitrep.Incident) error {
	var ids, anchors []string
	for _, inc := range incs {
		if len(inc.Reports) > 0 {
			ids, anchors = append(ids, inc.ID), append(anchors, inc.Reports[0].Key())
		}
	}
	if len(ids) == 0 {
		return nil
	}
	_, err := tx.Exec(ctx, `INSERT INTO published (id, anchor) SELECT * FROM unnest($1::text[], $2::text[])
		ON CONFLICT (id) DO NOTHING`, ids, anchors)
	return err
}

// MarkFused records that the reports of docs are fused: a document stored
// again since Unfused listed it stays unfused.
func (s *Store) MarkFused(ctx context.Context, docs []string) error {
	stamps := s.takeStamps(docs)
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		return markFusedIn(ctx, tx, docs, stamps)
	})
	if err != nil {
		s.putStamps(stamps)
		return fmt.Errorf("mark fused: %w", err)
	}
	return nil
}

// markFusedIn is MarkFused in tx, with the stamps Unfused read (a document
// without one is marked fused whatever its stamp).
func markFusedIn(ctx context.Context, tx pgx.Tx, docs []string, stamps map[string]int64) error {
	if len(docs) == 0 {
		return nil
	}
	ids := make([]string, len(docs))
	read := make([]*int64, len(docs))
	for i, d := range docs {
		ids[i] = d
		if st, ok := stamps[d]; ok {
			read[i] = &st
		}
	}
	_, err := tx.Exec(ctx, `DELETE FROM unfused u USING unnest($1::text[], $2::bigint[]) AS f(doc, stamp)
		WHERE u.doc = f.doc AND (f.stamp IS NULL OR u.stamp = f.stamp)`, ids, read)
	return err
}

// takeStamps removes the stamps of docs that Unfused read and returns them.
func (s *Store) takeStamps(docs []string) map[string]int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int64{}
	for _, d := range docs {
		if st, ok := s.stamps[d]; ok {
			out[d] = st
			delete(s.stamps, d)
		}
	}
	return out
}

// putStamps gives back stamps taken for a write that failed.
func (s *Store) putStamps(stamps map[string]int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for d, st := range stamps {
		if _, ok := s.stamps[d]; !ok {
			s.stamps[d] = st
		}
	}
}

// Unfused returns the documents stored or re-extracted since the last
// fusion that took them in, by id.
func (s *Store) Unfused(ctx context.Context) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT doc, stamp FROM unfused ORDER BY doc`)
	if err != nil {
		return nil, fmt.Errorf("unfused: %w", err)
	}
	defer rows.Close()
	var out []string
	stamps := map[string]int64{}
	for rows.Next() {
		var d string
		var st int64
		if err := rows.Scan(&d, &st); err != nil {
			return nil, fmt.Errorf("unfused: %w", err)
		}
		out = append(out, d)
		stamps[d] = st
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("unfused: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for d, st := range stamps {
		s.stamps[d] = st
	}
	return out, nil
}

// UnfusedAmong returns which of docs are unfused (all unfused documents
// when docs is nil), without recording their stamps as Unfused does.
func (s *Store) UnfusedAmong(ctx context.Context, docs []string) (map[string]bool, error) {
	q, args := `SELECT doc FROM unfused`, []any{}
	if docs != nil {
		q, args = `SELECT doc FROM unfused WHERE doc = ANY($1)`, []any{docs}
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("unfused: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			return nil, fmt.Errorf("unfused: %w", err)
		}
		out[d] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("unfused: %w", err)
	}
	return out, nil
}

// Copied reports whether a stored document is recorded as copying
// document id.
func (s *Store) Copied(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE copy_of = $1 AND copy_of <> '')`, id).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("copied %s: %w", id, err)
	}
	return ok, nil
}

// IncidentCount returns the number of incidents stored.
func (s *Store) IncidentCount(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM incidents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count incidents: %w", err)
	}
	return n, nil
}

// ReplaceAll is a full fusion's write in one transaction, so that no reader
// sees the incidents replaced but a retired id not yet redirected: it
// replaces all incidents, records their ids as TrackIDs does, and marks
// the documents fused as MarkFused does.
func (s *Store) ReplaceAll(ctx context.Context, incidents []sitrep.Incident, fused []string) error {
	rows, err := checkedRows(incidents)
	if err != nil {
		return fmt.Errorf("replace incidents: %w", err)
	}
	stamps := s.takeStamps(fused)
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := replaceIn(ctx, tx, rows); err != nil {
			return err
		}
		if err := trackIn(ctx, tx, incidents); err != nil {
			return fmt.Errorf("track ids: %w", err)
		}
		return markFusedIn(ctx, tx, fused, stamps)
	})
	if err != nil {
		s.putStamps(stamps)
		return fmt.Errorf("replace incidents: %w", err)
	}
	return nil
}
