package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

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
	seen := make(map[string]bool, len(incidents))
	rows := make([][]any, 0, len(incidents))
	for _, inc := range incidents {
		if inc.ID == "" {
			return sitrep.Errorf(sitrep.EINVALID, "replace incidents: incident with empty id")
		}
		if seen[inc.ID] {
			return sitrep.Errorf(sitrep.EINVALID, "replace incidents: incident %q twice", inc.ID)
		}
		seen[inc.ID] = true
		b, err := json.Marshal(record{Incident: inc, When: inc.When, Reports: inc.Reports})
		if err != nil {
			return fmt.Errorf("replace incidents: incident %s: %w", inc.ID, err)
		}
		start, end := storesql.Interval(inc.When)
		actors := append(append([]string(nil), inc.ClaimedBy...), inc.Perpetrator, inc.Target)
		rows = append(rows, []any{inc.ID, start, end, storesql.DateSort(inc.When), inc.Place.Country, fold(inc.Place.Name),
			fold(strings.Join(actors, "\n")), inc.Category, inc.Status, inc.Grade, inc.Rejected, string(b)})
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM incidents`); err != nil {
			return err
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"incidents"}, []string{"id", "date_start", "date_end", "date_sort",
			"country", "place_fold", "actors_fold", "category", "status", "grade", "rejected", "json"},
			pgx.CopyFromRows(rows))
		return err
	})
	if err != nil {
		return fmt.Errorf("replace incidents: %w", err)
	}
	return nil
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
	return r.incident(), nil
}

func fold(s string) string { return strings.ToLower(s) }
