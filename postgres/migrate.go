package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep/sitrep/storesql"
)

// upgrade fills, in tx, what a store made before incremental fusion lacks:
// the related keys of its reports, the report keys and documents of its
// incidents. Its documents are all listed as unfused, since nothing said
// which ones a fusion took in: the next update fuses everything once.
func upgrade(ctx context.Context, tx pgx.Tx) error {
	var docs []string
	var seqs []int32
	var days []*int32
	var cells []*int64
	var blocks []*string
	rows, err := tx.Query(ctx, `SELECT doc, seq, json FROM reports`)
	if err != nil {
		return fmt.Errorf("upgrade reports: %w", err)
	}
	for rows.Next() {
		var doc string
		var seq int32
		if err := rows.Scan(&doc, &seq, nil); err != nil {
			rows.Close()
			return fmt.Errorf("upgrade reports: %w", err)
		}
		r, err := storesql.DecodeHead(rows.RawValues()[2])
		if err != nil {
			rows.Close()
			return fmt.Errorf("upgrade reports: %s#%d: %w", doc, seq, err)
		}
		day, cell, block := keyColumns(storesql.RelatedKeys(r))
		docs, seqs = append(docs, doc), append(seqs, seq)
		days, cells, blocks = append(days, day), append(cells, cell), append(blocks, block)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("upgrade reports: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE reports r SET day_key = k.day_key, cell = k.cell, block = k.block
		FROM unnest($1::text[], $2::integer[], $3::integer[], $4::bigint[], $5::text[]) AS k(doc, seq, day_key, cell, block)
		WHERE r.doc = k.doc AND r.seq = k.seq`, docs, seqs, days, cells, blocks); err != nil {
		return fmt.Errorf("upgrade reports: %w", err)
	}
	var ids, keys []string
	var links [][]any
	rows, err = tx.Query(ctx, `SELECT id, json FROM incidents`)
	if err != nil {
		return fmt.Errorf("upgrade incidents: %w", err)
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id, nil); err != nil {
			rows.Close()
			return fmt.Errorf("upgrade incidents: %w", err)
		}
		var rec record
		if err := json.Unmarshal(rows.RawValues()[1], &rec); err != nil {
			rows.Close()
			return fmt.Errorf("upgrade incidents: %s: %w", id, err)
		}
		r, err := incidentRowOf(rec.incident())
		if err != nil {
			rows.Close()
			return fmt.Errorf("upgrade incidents: %s: %w", id, err)
		}
		ids, keys = append(ids, id), append(keys, r.keys)
		for _, d := range r.docs {
			links = append(links, []any{d, id})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("upgrade incidents: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE incidents i SET report_keys = k.keys
		FROM unnest($1::text[], $2::text[]) AS k(id, keys) WHERE i.id = k.id`, ids, keys); err != nil {
		return fmt.Errorf("upgrade incidents: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM incident_docs`); err != nil {
		return fmt.Errorf("upgrade incidents: %w", err)
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"incident_docs"}, []string{"doc", "incident_id"}, pgx.CopyFromRows(links)); err != nil {
		return fmt.Errorf("upgrade incidents: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO unfused (doc) SELECT DISTINCT id FROM documents ON CONFLICT DO NOTHING`); err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	return nil
}
