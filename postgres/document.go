package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
)

// encoded is an extraction ready to write.
type encoded struct {
	mentions []byte
	reports  []row
	tallies  []row
}

type row struct {
	seq  int
	json []byte
}

// encode encodes x for document id; reports and tallies are stored under id
// whatever their Doc field says. Two reports or tallies with one seq are
// an error.
func encode(id string, x sitrep.Extraction) (encoded, error) {
	var e encoded
	ms := x.Mentions
	if ms == nil {
		ms = []sitrep.Mention{}
	}
	var err error
	if e.mentions, err = json.Marshal(ms); err != nil {
		return e, fmt.Errorf("encode mentions: %w", err)
	}
	seen := map[int]bool{}
	for _, r := range x.Reports {
		if seen[r.Seq] {
			return e, sitrep.Errorf(sitrep.EINVALID, "two reports with seq %d", r.Seq)
		}
		seen[r.Seq] = true
		r.Doc = id
		b, err := json.Marshal(r)
		if err != nil {
			return e, fmt.Errorf("encode report %d: %w", r.Seq, err)
		}
		e.reports = append(e.reports, row{r.Seq, b})
	}
	seen = map[int]bool{}
	for _, t := range x.Tallies {
		if seen[t.Seq] {
			return e, sitrep.Errorf(sitrep.EINVALID, "two tallies with seq %d", t.Seq)
		}
		seen[t.Seq] = true
		t.Doc = id
		b, err := json.Marshal(t)
		if err != nil {
			return e, fmt.Errorf("encode tally %d: %w", t.Seq, err)
		}
		e.tallies = append(e.tallies, row{t.Seq, b})
	}
	return e, nil
}

// PutDocument stores doc and its extraction in one transaction and sets
// doc.Version, as the SQLite store does: the same Hash as the latest
// version is PutUnchanged and writes nothing; changed text is the next
// version, whose extraction replaces the previous one's.
func (s *Store) PutDocument(ctx context.Context, doc *sitrep.Document, x sitrep.Extraction) (sitrep.PutResult, error) {
	if doc.ID == "" {
		return 0, sitrep.Errorf(sitrep.EINVALID, "put document: empty id")
	}
	if doc.Hash == "" {
		sum := sha256.Sum256([]byte(doc.Text))
		doc.Hash = hex.EncodeToString(sum[:])
	}
	e, err := encode(doc.ID, x)
	if err != nil {
		return 0, fmt.Errorf("put document %s: %w", doc.ID, err)
	}
	var res sitrep.PutResult
	var version int
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var err error
		res, version, err = putOne(ctx, tx, doc, e, x.Signature)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("put document %s: %w", doc.ID, err)
	}
	doc.Version = version
	return res, nil
}

// PutDocuments stores docs and their extractions (xs[i] is that of
// docs[i]) as PutDocument does, in one transaction: all or, on an error,
// none.
func (s *Store) PutDocuments(ctx context.Context, docs []*sitrep.Document, xs []sitrep.Extraction) ([]sitrep.PutResult, error) {
	es := make([]encoded, len(docs))
	for i, doc := range docs {
		if doc.ID == "" {
			return nil, sitrep.Errorf(sitrep.EINVALID, "put document: empty id")
		}
		if doc.Hash == "" {
			sum := sha256.Sum256([]byte(doc.Text))
			doc.Hash = hex.EncodeToString(sum[:])
		}
		var err error
		if es[i], err = encode(doc.ID, xs[i]); err != nil {
			return nil, fmt.Errorf("put document %s: %w", doc.ID, err)
		}
	}
	res := make([]sitrep.PutResult, len(docs))
	versions := make([]int, len(docs))
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// Every document's lock first, in order of id: two batches that share
		// documents never wait on each other in a circle.
		ids := make([]string, 0, len(docs))
		for _, doc := range docs {
			ids = append(ids, doc.ID)
		}
		sort.Strings(ids)
		for _, id := range slices.Compact(ids) {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, id); err != nil {
				return err
			}
		}
		for i, doc := range docs {
			var err error
			if res[i], versions[i], err = putOne(ctx, tx, doc, es[i], xs[i].Signature); err != nil {
				return fmt.Errorf("put document %s: %w", doc.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	for i, doc := range docs {
		doc.Version = versions[i]
	}
	return res, nil
}

// putOne stores one document in tx.
func putOne(ctx context.Context, tx pgx.Tx, doc *sitrep.Document, e encoded, sig []byte) (sitrep.PutResult, int, error) {
	// One writer per document id at a time.
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, doc.ID); err != nil {
		return 0, 0, err
	}
	var prev int
	var hash string
	err := tx.QueryRow(ctx, `SELECT version, hash FROM documents WHERE id = $1 ORDER BY version DESC LIMIT 1`,
		doc.ID).Scan(&prev, &hash)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return 0, 0, err
	case hash == doc.Hash:
		return sitrep.PutUnchanged, prev, nil
	}
	version := prev + 1
	if _, err := tx.Exec(ctx, `INSERT INTO documents
		(id, version, hash, url, outlet, title, published, language, text, origin, mentions, signature)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
		doc.ID, version, doc.Hash, doc.URL, doc.Outlet, doc.Title, nullDate(doc.Published), doc.Language,
		doc.Text, doc.Origin, e.mentions, sig); err != nil {
		return 0, 0, err
	}
	if err := writeExtraction(ctx, tx, doc.ID, version, e); err != nil {
		return 0, 0, err
	}
	if prev > 0 {
		return sitrep.PutNewVersion, version, nil
	}
	return sitrep.PutNew, version, nil
}

// writeExtraction replaces the reports and tallies of document id with
// those of e, for version.
func writeExtraction(ctx context.Context, tx pgx.Tx, id string, version int, e encoded) error {
	for _, q := range []string{`DELETE FROM reports WHERE doc = $1`, `DELETE FROM tallies WHERE doc = $1`} {
		if _, err := tx.Exec(ctx, q, id); err != nil {
			return err
		}
	}
	var b pgx.Batch
	for _, r := range e.reports {
		b.Queue(`INSERT INTO reports (doc, seq, version, json) VALUES ($1, $2, $3, $4)`, id, r.seq, version, string(r.json))
	}
	for _, t := range e.tallies {
		b.Queue(`INSERT INTO tallies (doc, seq, version, json) VALUES ($1, $2, $3, $4)`, id, t.seq, version, string(t.json))
	}
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, &b).Close()
}

// PutExtraction replaces the mentions, reports and tallies of the latest
// version of document id: ENOTFOUND when there is none.
func (s *Store) PutExtraction(ctx context.Context, id string, x sitrep.Extraction) error {
	e, err := encode(id, x)
	if err != nil {
		return fmt.Errorf("put extraction %s: %w", id, err)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, id); err != nil {
			return err
		}
		var version int
		err := tx.QueryRow(ctx, `SELECT version FROM documents WHERE id = $1 ORDER BY version DESC LIMIT 1`, id).Scan(&version)
		if err != nil {
			return notFound(err, "document %q not found", id)
		}
		if _, err := tx.Exec(ctx, `UPDATE documents SET mentions = $1, signature = $2 WHERE id = $3 AND version = $4`,
			e.mentions, x.Signature, id, version); err != nil {
			return err
		}
		return writeExtraction(ctx, tx, id, version, e)
	})
	if err != nil {
		return fmt.Errorf("put extraction %s: %w", id, err)
	}
	return nil
}

const documentColumns = `id, version, hash, url, outlet, title, published, language, text, origin, copy_of`

func scanDocument(sc pgx.Row) (sitrep.Document, error) {
	var d sitrep.Document
	var published *string
	if err := sc.Scan(&d.ID, &d.Version, &d.Hash, &d.URL, &d.Outlet, &d.Title, &published, &d.Language, &d.Text,
		&d.Origin, &d.CopyOf); err != nil {
		return d, err
	}
	if published != nil {
		var err error
		if d.Published, err = sitrep.ParseDate(*published); err != nil {
			return d, fmt.Errorf("document %s: published: %w", d.ID, err)
		}
	}
	return d, nil
}

// Document returns the latest version of document id, or ENOTFOUND.
func (s *Store) Document(ctx context.Context, id string) (sitrep.Document, error) {
	d, err := scanDocument(s.pool.QueryRow(ctx, `SELECT `+documentColumns+`
		FROM documents WHERE id = $1 ORDER BY version DESC LIMIT 1`, id))
	if err != nil {
		return d, fmt.Errorf("get document %s: %w", id, notFound(err, "document %q not found", id))
	}
	return d, nil
}

// EachDocument calls fn with the latest version of every document, in order
// of id, from one snapshot (one query); it stops at fn's first error.
func (s *Store) EachDocument(ctx context.Context, fn func(sitrep.Document) error) error {
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT ON (id) `+documentColumns+`
		FROM documents ORDER BY id, version DESC`)
	if err != nil {
		return fmt.Errorf("each document: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return fmt.Errorf("each document: %w", err)
		}
		if err := fn(d); err != nil {
			return fmt.Errorf("each document: %s: %w", d.ID, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("each document: %w", err)
	}
	return nil
}

// Reports returns the reports of the latest version of every document, by
// document id and seq.
func (s *Store) Reports(ctx context.Context) ([]sitrep.Report, error) {
	rs, err := eachJSON[sitrep.Report](ctx, s, `SELECT json FROM reports ORDER BY doc, seq`)
	if err != nil {
		return nil, fmt.Errorf("list reports: %w", err)
	}
	return rs, nil
}

// Tallies returns the tallies of the latest version of every document, by
// document id and seq.
func (s *Store) Tallies(ctx context.Context) ([]sitrep.Tally, error) {
	ts, err := eachJSON[sitrep.Tally](ctx, s, `SELECT json FROM tallies ORDER BY doc, seq`)
	if err != nil {
		return nil, fmt.Errorf("list tallies: %w", err)
	}
	return ts, nil
}

// eachJSON decodes the one JSON column of query's rows.
func eachJSON[T any](ctx context.Context, s *Store, query string, args ...any) ([]T, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		var v T
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// nullDate returns d as YYYY-MM-DD (or --MM-DD), nil when zero.
func nullDate(d sitrep.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}
