package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// ReplaceIncidents replaces all incidents with incidents in one
// transaction. An empty or repeated id is EINVALID and changes nothing.
func (s *Store) ReplaceIncidents(ctx context.Context, incidents []sitrep.Incident) error {
	if err := s.replaceAll(ctx, incidents, false, nil); err != nil {
		return fmt.Errorf("replace incidents: %w", err)
	}
	return nil
}

// ReplaceAll is a full fusion's write in one transaction, so that no reader
// sees the incidents replaced but a retired id not yet redirected: it
// replaces all incidents, records their ids as TrackIDs does, and marks
// the documents fused as MarkFused does.
func (s *Store) ReplaceAll(ctx context.Context, incidents []sitrep.Incident, fused []string) error {
	if err := s.replaceAll(ctx, incidents, true, fused); err != nil {
		return fmt.Errorf("replace incidents: %w", err)
	}
	return nil
}

func (s *Store) replaceAll(ctx context.Context, incidents []sitrep.Incident, track bool, fused []string) error {
	if err := storesql.CheckIDs(incidents); err != nil {
		return err
	}
	// Encoding (filling assertions back in, marshalling) runs on every core
	// ahead of the one writer, a bounded number of incidents ahead, in order.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rows, slots := s.encodeIncidents(ctx, incidents)
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := replaceIn(ctx, tx, incidents, rows, slots); err != nil {
		return err
	}
	if track {
		if err := trackIn(ctx, tx, incidents); err != nil {
			return fmt.Errorf("track ids: %w", err)
		}
	}
	if err := markFusedIn(ctx, tx, fused); err != nil {
		return fmt.Errorf("mark fused: %w", err)
	}
	return tx.Commit()
}

// replaceIn replaces every incident in tx with incidents, encoded in rows.
func replaceIn(ctx context.Context, tx *sql.Tx, incidents []sitrep.Incident, rows []chan incidentJSON, slots chan struct{}) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM incident_docs`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM incidents`); err != nil {
		return err
	}
	ins, err := tx.PrepareContext(ctx, insertIncidentSQL)
	if err != nil {
		return err
	}
	defer ins.Close()
	link, err := tx.PrepareContext(ctx, `INSERT INTO incident_docs (doc, incident_id) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer link.Close()
	for i := range incidents {
		r := <-rows[i]
		<-slots // the encoders may now run one incident further ahead
		if r.err != nil {
			return fmt.Errorf("incident %s: %w", incidents[i].ID, r.err)
		}
		if err := insertIncident(ctx, ins, link, incidents[i], r.json); err != nil {
			return fmt.Errorf("incident %s: %w", incidents[i].ID, err)
		}
	}
	return nil
}

const insertIncidentSQL = `INSERT INTO incidents
	(id, date_start, date_end, date_sort, country, admin1, place, place_id, place_fold,
	 lat, lon, category, status, claimed_by, perpetrator, target, actors_fold, json, grade, rejected, report_keys)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// encoded incident: its JSON, or why it could not be made.
type incidentJSON struct {
	json string
	err  error
}

// encodeIncidents starts workers that encode incidents. Reports are
// stored as they come, without assertions when they came from
// ReportHeads: Incident fills those in when it reads one incident. Result i arrives on
// channel i. The caller takes one value from slots for each result it
// takes, which lets the workers start one more: at most 64 are encoded
// ahead of the caller.
func (s *Store) encodeIncidents(ctx context.Context, incidents []sitrep.Incident) ([]chan incidentJSON, chan struct{}) {
	out := make([]chan incidentJSON, len(incidents))
	for i := range out {
		out[i] = make(chan incidentJSON, 1)
	}
	next := make(chan int)
	slots := make(chan struct{}, 64)
	go func() {
		defer close(next)
		for i := range incidents {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	workers := max(1, runtime.GOMAXPROCS(0))
	for range workers {
		go func() {
			for i := range next {
				inc := incidents[i]
				var r incidentJSON
				var b []byte
				b, r.err = json.Marshal(incidentRecord{Incident: inc, When: inc.When, Reports: inc.Reports})
				r.json = string(b)
				out[i] <- r
			}
		}()
	}
	return out, slots
}

func insertIncident(ctx context.Context, ins, link *sql.Stmt, inc sitrep.Incident, js string) error {
	start, end := interval(inc.When)
	var lat, lon any
	if inc.Place.HasCoords() {
		lat, lon = inc.Place.Lat, inc.Place.Lon
	}
	actors := append(append([]string(nil), inc.ClaimedBy...), inc.Perpetrator, inc.Target, inc.Vessel)
	_, err := ins.ExecContext(ctx, inc.ID, start, end, dateSort(inc.When),
		inc.Place.Country, inc.Place.Admin1, inc.Place.Name, inc.Place.ID, fold(inc.Place.Name),
		lat, lon, inc.Category, inc.Status, strings.Join(inc.ClaimedBy, "\n"), inc.Perpetrator, inc.Target,
		fold(strings.Join(actors, "\n")), js, inc.Grade, inc.Rejected, reportKeys(inc))
	if err != nil {
		return err
	}
	for _, doc := range incidentDocs(inc) {
		if _, err := link.ExecContext(ctx, doc, inc.ID); err != nil {
			return err
		}
	}
	return nil
}

// reportKeys returns the keys of inc's reports, one a line.
func reportKeys(inc sitrep.Incident) string {
	var b strings.Builder
	for i, r := range inc.Reports {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(r.Key())
	}
	return b.String()
}

// incidentDocs returns the ids of the documents of inc's sources and
// reports, sorted, once each.
func incidentDocs(inc sitrep.Incident) []string {
	set := map[string]bool{}
	for _, src := range inc.Sources {
		set[src.Doc] = true
	}
	for _, r := range inc.Reports {
		set[r.Doc] = true
	}
	delete(set, "")
	docs := make([]string, 0, len(set))
	for d := range set {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	return docs
}

// Incidents returns the incidents f selects, ordered by start date: dated
// incidents first, then those whose date has no year by month and day, then
// undated ones; ties by id.
//
// Since and Until select incidents whose date interval overlaps [Since,
// Until]; with either set, undated incidents are left out. A date without
// year is read in the year of the bound, or in any year from Since to Until
// when both are set; a bound without year compares month and day only.
// Country, Category, Status and Grade match exactly; incidents an analyst
// rejected are left out unless f.Rejected; Place is a case-insensitive
// substring of the place name; Actor one of a claimant, the perpetrator or
// the target. Limit <= 0 means no limit; a negative Offset is 0.
func (s *Store) Incidents(ctx context.Context, f sitrep.IncidentFilter) ([]sitrep.Incident, error) {
	qs, err := s.listQueries(ctx, `json`, f)
	if err != nil {
		return nil, fmt.Errorf("list incidents: %w", err)
	}
	var incs []sitrep.Incident
	for _, q := range qs {
		err := s.eachJSON(ctx, q.query, q.args, func(b []byte) error {
			inc, err := decodeIncident(b)
			incs = append(incs, inc)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("list incidents: %w", err)
		}
	}
	return incs, nil
}

// incidentWhere returns the WHERE clause of the incidents of f ("" for
// all) and its arguments.
func incidentWhere(f sitrep.IncidentFilter) (string, []any) {
	var (
		where []string
		args  []any
	)
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if !f.Since.IsZero() || !f.Until.IsZero() {
		add(dateCond(f.Since, f.Until))
	}
	if f.Country != "" {
		add(`country = ?`, f.Country)
	}
	if f.Place != "" {
		add(`instr(place_fold, ?) > 0`, fold(f.Place))
	}
	if f.Actor != "" {
		add(`instr(actors_fold, ?) > 0`, fold(f.Actor))
	}
	if f.Category != "" {
		add(`category = ?`, f.Category)
	}
	if f.Status != "" {
		add(`status = ?`, f.Status)
	}
	if f.Grade != "" {
		add(`grade = ?`, f.Grade)
	}
	if !f.Rejected {
		add(`rejected = 0`)
	}
	if len(where) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(where, ` AND `), args
}

// IncidentHeads lists the incidents of f as Incidents does, reading only
// what maps and timelines need: far faster than whole incidents.
func (s *Store) IncidentHeads(ctx context.Context, f sitrep.IncidentFilter) ([]sitrep.IncidentHead, error) {
	qs, err := s.listQueries(ctx, `id, coalesce(date_start, ''), coalesce(date_end, ''), country, admin1, place,
		place_id, lat, lon, coalesce(json_extract(json, '$.place.geo_precision'), 0), category, status, grade,
		(SELECT count(*) FROM incident_docs d WHERE d.incident_id = incidents.id)`, f)
	if err != nil {
		return nil, fmt.Errorf("list incidents: %w", err)
	}
	var out []sitrep.IncidentHead
	for _, q := range qs {
		if out, err = s.appendHeads(ctx, out, q); err != nil {
			return nil, fmt.Errorf("list incidents: %w", err)
		}
	}
	return out, nil
}

// appendHeads appends the heads q lists to out.
func (s *Store) appendHeads(ctx context.Context, out []sitrep.IncidentHead, q listQuery) ([]sitrep.IncidentHead, error) {
	rows, err := s.db.QueryContext(ctx, q.query, q.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var h sitrep.IncidentHead
		var start, end string
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&h.ID, &start, &end, &h.Place.Country, &h.Place.Admin1, &h.Place.Name, &h.Place.ID,
			&lat, &lon, &h.Place.Precision, &h.Category, &h.Status, &h.Grade, &h.Documents); err != nil {
			return nil, err
		}
		if start != "" {
			if h.When.Start, err = sitrep.ParseDate(start); err != nil {
				return nil, fmt.Errorf("incident %s: %w", h.ID, err)
			}
			h.When.End = h.When.Start
			if end != "" {
				if h.When.End, err = sitrep.ParseDate(end); err != nil {
					return nil, fmt.Errorf("incident %s: %w", h.ID, err)
				}
			}
		}
		if lat.Valid && lon.Valid {
			h.Place.Lat, h.Place.Lon = lat.Float64, lon.Float64
		} else {
			h.Place.Precision = 0
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// listQuery is a query and its arguments.
type listQuery struct {
	query string
	args  []any
}

// listQueries returns the queries that list cols of the incidents of f,
// in f's order, page applied: one query, or for Newest the dated ones
// newest first and then the others (without year, undated) as in the
// default order, so that both parts walk the incidents_order index.
func (s *Store) listQueries(ctx context.Context, cols string, f sitrep.IncidentFilter) ([]listQuery, error) {
	where, args := incidentWhere(f)
	limit, offset := f.Limit, max(f.Offset, 0)
	if limit <= 0 {
		limit = -1
	}
	with := func(extra ...any) []any { return append(append([]any(nil), args...), extra...) }
	if !f.Newest {
		return []listQuery{{`SELECT ` + cols + ` FROM incidents` + where + ` ORDER BY date_sort, id LIMIT ? OFFSET ?`,
			with(limit, offset)}}, nil
	}
	and := func(cond string) string {
		if where == "" {
			return ` WHERE ` + cond
		}
		return where + ` AND ` + cond
	}
	// date_sort is a date for dated incidents, "~MM-DD" or "~~" for the others.
	var dated int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM incidents`+and(`date_sort < '~'`), args...).Scan(&dated); err != nil {
		return nil, err
	}
	var out []listQuery
	if offset < dated {
		out = append(out, listQuery{`SELECT ` + cols + ` FROM incidents` + and(`date_sort < '~'`) +
			` ORDER BY date_sort DESC, id DESC LIMIT ? OFFSET ?`, with(limit, offset)})
		if limit >= 0 {
			if limit -= dated - offset; limit <= 0 {
				return out, nil
			}
		}
		offset = 0
	} else {
		offset -= dated
	}
	return append(out, listQuery{`SELECT ` + cols + ` FROM incidents` + and(`date_sort >= '~'`) +
		` ORDER BY date_sort, id LIMIT ? OFFSET ?`, with(limit, offset)}), nil
}

// dateCond returns the condition of Incidents on the date interval.
func dateCond(since, until sitrep.Date) string {
	return storesql.DateCond(since, until, storesql.Dialect{
		Last5: func(col string) string { return "substr(" + col + ", -5)" }, True: "1", False: "0"})
}

func decodeIncident(b []byte) (sitrep.Incident, error) {
	var rec incidentRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		return sitrep.Incident{}, err
	}
	inc := rec.Incident
	inc.When, inc.Reports = rec.When, rec.Reports
	return inc, nil
}

// Incident returns incident id, or ENOTFOUND.
func (s *Store) Incident(ctx context.Context, id string) (sitrep.Incident, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT json FROM incidents WHERE id = ?`, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return sitrep.Incident{}, sitrep.Errorf(sitrep.ENOTFOUND, "incident %q not found", id)
	} else if err != nil {
		return sitrep.Incident{}, fmt.Errorf("get incident %s: %w", id, err)
	}
	inc, err := decodeIncident(b)
	if err != nil {
		return inc, fmt.Errorf("get incident %s: %w", id, err)
	}
	get, err := s.db.PrepareContext(ctx, `SELECT json FROM reports WHERE doc = ? AND seq = ?`)
	if err != nil {
		return inc, fmt.Errorf("get incident %s: %w", id, err)
	}
	defer get.Close()
	if err := fillAssertions(ctx, get, inc.Reports); err != nil {
		return inc, fmt.Errorf("get incident %s: assertions: %w", id, err)
	}
	return inc, nil
}

// IncidentIDs returns the ids of the incidents fused from document doc, in
// order.
func (s *Store) IncidentIDs(ctx context.Context, doc string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT incident_id FROM incident_docs WHERE doc = ? ORDER BY incident_id`, doc)
	if err != nil {
		return nil, fmt.Errorf("incidents of %s: %w", doc, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("incidents of %s: %w", doc, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("incidents of %s: %w", doc, err)
	}
	return ids, nil
}
