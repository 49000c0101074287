package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// record is the JSON of an incident in the incidents table: sitrep.Incident
// leaves When and Reports out of its JSON, the store keeps them.
type record struct {
	sitrep.Incident
	When    sitrep.When     `json:"when"`
	Reports []sitrep.Report `json:"reports"`
}

// ReplaceIncidents replaces all incidents in one transaction. An empty or
// repeated id is EINVALID and changes nothing.
func (s *Store) ReplaceIncidents(ctx context.Context, incidents []sitrep.Incident) error {
	rows, err := checkedRows(incidents)
	if err != nil {
		return fmt.Errorf("replace incidents: %w", err)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return replaceIn(ctx, tx, rows) })
	if err != nil {
		return fmt.Errorf("replace incidents: %w", err)
	}
	return nil
}

// incidentRow is an incident ready to write: its columns, and the
// documents it was fused from.
type incidentRow struct {
	id, json, keys, digest string
	values                 []any
	docs                   []string
}

var incidentColumns = []string{"id", "date_start", "date_end", "date_sort", "country", "place_fold", "actors_fold",
	"category", "status", "grade", "rejected", "json", "report_keys", "digest"}

// checkedRows encodes incidents after checking that no id is empty or
// repeated (EINVALID).
func checkedRows(incidents []sitrep.Incident) ([]incidentRow, error) {
	if err := storesql.CheckIDs(incidents); err != nil {
		return nil, err
	}
	return incidentRows(incidents)
}

// incidentRows encodes incidents, on every core for many of them: the
// reports are stored as they come (without assertions when they came
// from ReportHeads; Incident fills those in).
func incidentRows(incidents []sitrep.Incident) ([]incidentRow, error) {
	rows := make([]incidentRow, len(incidents))
	errs := make([]error, len(incidents))
	workers := min(runtime.GOMAXPROCS(0), 1+len(incidents)/256)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(incidents); i += workers {
				rows[i], errs[i] = incidentRowOf(incidents[i])
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("incident %s: %w", incidents[i].ID, err)
		}
	}
	return rows, nil
}

func incidentRowOf(inc sitrep.Incident) (incidentRow, error) {
	b, err := json.Marshal(record{Incident: inc, When: inc.When, Reports: inc.Reports})
	if err != nil {
		return incidentRow{}, err
	}
	start, end := storesql.Interval(inc.When)
	actors := append(append([]string(nil), inc.ClaimedBy...), inc.Perpetrator, inc.Target, inc.Vessel)
	keys := make([]string, len(inc.Reports))
	for i, r := range inc.Reports {
		keys[i] = r.Key()
	}
	sum := sha256.Sum256(b)
	r := incidentRow{id: inc.ID, json: string(b), keys: strings.Join(keys, "\n"), docs: incidentDocs(inc),
		digest: hex.EncodeToString(sum[:16])}
	r.values = []any{inc.ID, start, end, storesql.DateSort(inc.When), inc.Place.Country, fold(inc.Place.Name),
		fold(strings.Join(actors, "\n")), inc.Category, inc.Status, inc.Grade, inc.Rejected, r.json, r.keys, r.digest}
	return r, nil
}

// incidentDocs returns the ids of the documents of inc's sources and
// reports, sorted, once each.
func incidentDocs(inc sitrep.Incident) []string {
	var docs []string
	for _, src := range inc.Sources {
		docs = append(docs, src.Doc)
	}
	for _, r := range inc.Reports {
		docs = append(docs, r.Doc)
	}
	sort.Strings(docs)
	docs = slices.Compact(docs)
	if len(docs) > 0 && docs[0] == "" {
		docs = docs[1:]
	}
	return docs
}

// replaceIn makes rows the incidents in tx. It writes only what changed:
// the incidents stored with the digest of their row stay, the others are
// deleted, and the rows new or changed are written. A full fusion that
// changes a tenth of the incidents writes a tenth of them.
func replaceIn(ctx context.Context, tx pgx.Tx, rows []incidentRow) error {
	stored := map[string]string{}
	q, err := tx.Query(ctx, `SELECT id, digest FROM incidents`)
	if err != nil {
		return err
	}
	for q.Next() {
		var id, digest string
		if err := q.Scan(&id, &digest); err != nil {
			q.Close()
			return err
		}
		stored[id] = digest
	}
	q.Close()
	if err := q.Err(); err != nil {
		return err
	}
	var write []incidentRow
	for _, r := range rows {
		if d, ok := stored[r.id]; ok && d == r.digest {
			delete(stored, r.id)
			continue
		}
		write = append(write, r)
	}
	if len(stored) > 0 {
		gone := slices.Collect(maps.Keys(stored))
		if _, err := tx.Exec(ctx, `DELETE FROM incident_docs WHERE incident_id = ANY($1)`, gone); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM incidents WHERE id = ANY($1)`, gone); err != nil {
			return err
		}
	}
	return insertIncidents(ctx, tx, write)
}

// insertIncidents writes rows and their documents in tx.
func insertIncidents(ctx context.Context, tx pgx.Tx, rows []incidentRow) error {
	if len(rows) == 0 {
		return nil
	}
	values := make([][]any, len(rows))
	var links [][]any
	for i, r := range rows {
		values[i] = r.values
		for _, d := range r.docs {
			links = append(links, []any{d, r.id})
		}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"incidents"}, incidentColumns, pgx.CopyFromRows(values)); err != nil {
		return err
	}
	if len(links) == 0 {
		return nil
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"incident_docs"}, []string{"doc", "incident_id"}, pgx.CopyFromRows(links))
	return err
}

// Incidents returns the incidents f selects, in the order and with the
// filters of the SQLite store (see storetest).
func (s *Store) Incidents(ctx context.Context, f sitrep.IncidentFilter) ([]sitrep.Incident, error) {
	var where []string
	var args []any
	add := func(cond string, a any) {
		args = append(args, a)
		where = append(where, strings.ReplaceAll(cond, "$?", fmt.Sprintf("$%d", len(args))))
	}
	if !f.Since.IsZero() || !f.Until.IsZero() {
		where = append(where, storesql.DateCond(f.Since, f.Until, storesql.Dialect{
			Last5: func(col string) string { return "right(" + col + ", 5)" }, True: "TRUE", False: "FALSE"}))
	}
	if f.Country != "" {
		add(`country = $?`, f.Country)
	}
	if f.Place != "" {
		add(`strpos(place_fold, $?) > 0`, fold(f.Place))
	}
	if f.Actor != "" {
		add(`strpos(actors_fold, $?) > 0`, fold(f.Actor))
	}
	if f.Category != "" {
		add(`category = $?`, f.Category)
	}
	if f.Status != "" {
		add(`status = $?`, f.Status)
	}
	if f.Grade != "" {
		add(`grade = $?`, f.Grade)
	}
	if !f.Rejected {
		where = append(where, `NOT rejected`)
	}
	cond := func(extra string) string {
		all := append(append([]string(nil), where...), extra)
		return ` WHERE ` + strings.Join(all, ` AND `)
	}
	limit, offset := f.Limit, max(f.Offset, 0)
	page := func(q string, limit, offset int) string {
		if limit > 0 {
			q += fmt.Sprintf(` LIMIT %d`, limit)
		}
		return q + fmt.Sprintf(` OFFSET %d`, offset)
	}
	var queries []string
	if !f.Newest {
		queries = append(queries, page(`SELECT json FROM incidents`+cond(`TRUE`)+` ORDER BY date_sort, id`, limit, offset))
	} else {
		// Dated ones newest first, then the others as by default.
		var dated int
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM incidents`+cond(`date_sort < '~'`), args...).Scan(&dated); err != nil {
			return nil, fmt.Errorf("list incidents: %w", err)
		}
		rest := true
		if offset < dated {
			queries = append(queries, page(`SELECT json FROM incidents`+cond(`date_sort < '~'`)+
				` ORDER BY date_sort DESC, id DESC`, limit, offset))
			if limit > 0 {
				limit -= dated - offset
				rest = limit > 0
			}
			offset = 0
		} else {
			offset -= dated
		}
		if rest {
			queries = append(queries, page(`SELECT json FROM incidents`+cond(`date_sort >= '~'`)+
				` ORDER BY date_sort, id`, limit, offset))
		}
	}
	var out []sitrep.Incident
	for _, q := range queries {
		recs, err := eachJSON[record](ctx, s, q, args...)
		if err != nil {
			return nil, fmt.Errorf("list incidents: %w", err)
		}
		for _, r := range recs {
			out = append(out, r.incident())
		}
	}
	return out, nil
}

func (r record) incident() sitrep.Incident {
	inc := r.Incident
	inc.When, inc.Reports = r.When, r.Reports
	return inc
}

// Incident returns incident id, or ENOTFOUND.
func (s *Store) Incident(ctx context.Context, id string) (sitrep.Incident, error) {
	var b []byte
	if err := s.pool.QueryRow(ctx, `SELECT json FROM incidents WHERE id = $1`, id).Scan(&b); err != nil {
		return sitrep.Incident{}, fmt.Errorf("get incident %s: %w", id, notFound(err, "incident %q not found", id))
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return sitrep.Incident{}, fmt.Errorf("get incident %s: %w", id, err)
	}
	inc := r.incident()
	if err := s.fillAssertions(ctx, inc.Reports); err != nil {
		return inc, fmt.Errorf("get incident %s: assertions: %w", id, err)
	}
	return inc, nil
}

// fillAssertions gives reports that came without assertions (from
// ReportHeads or RelatedTo) the assertions stored with them.
func (s *Store) fillAssertions(ctx context.Context, rs []sitrep.Report) error {
	var docs []string
	var seqs []int32
	at := map[string]int{}
	for i, r := range rs {
		if r.Assertions == nil {
			docs, seqs = append(docs, r.Doc), append(seqs, int32(r.Seq))
			at[r.Key()] = i
		}
	}
	if len(docs) == 0 {
		return nil
	}
	rows, err := s.pool.Query(ctx, `SELECT r.doc, r.seq, r.json FROM unnest($1::text[], $2::integer[]) AS k(doc, seq)
		JOIN reports r ON r.doc = k.doc AND r.seq = k.seq`, docs, seqs)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var doc string
		var seq int
		if err := rows.Scan(&doc, &seq, nil); err != nil {
			return err
		}
		var full struct {
			Assertions []sitrep.Assertion `json:"assertions"`
		}
		if err := json.Unmarshal(rows.RawValues()[2], &full); err != nil {
			return err
		}
		rs[at[sitrep.Report{Doc: doc, Seq: seq}.Key()]].Assertions = full.Assertions
	}
	return rows.Err()
}

func fold(s string) string { return strings.ToLower(s) }
