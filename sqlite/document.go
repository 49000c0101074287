package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// PutDocument stores doc and its extraction in one transaction and sets
// doc.Version. A document whose Hash equals that of the latest version
// under doc.ID is PutUnchanged: nothing is written and x is ignored. Changed
// text is stored as the next version, and x replaces the reports and tallies
// of the previous one, whose text and mentions stay in the file. An empty
// Hash is computed from Text. Reports and tallies are stored under doc.ID
// whatever their Doc field says. An empty ID is EINVALID.
func (s *Store) PutDocument(ctx context.Context, doc *sitrep.Document, x sitrep.Extraction) (sitrep.PutResult, error) {
	if err := storesql.PrepareDocument(doc); err != nil {
		return 0, err
	}
	e, err := encodeExtraction(doc.ID, x)
	if err != nil {
		return 0, fmt.Errorf("put document %s: %w", doc.ID, err)
	}
	res, version, err := s.putDocument(ctx, doc, e)
	if err != nil {
		return 0, fmt.Errorf("put document %s: %w", doc.ID, err)
	}
	doc.Version = version
	return res, nil
}

func (s *Store) putDocument(ctx context.Context, doc *sitrep.Document, e encoded) (sitrep.PutResult, int, error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	res, version, err := s.putOne(ctx, tx, doc, e)
	if err != nil || res == sitrep.PutUnchanged {
		return res, version, err
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, err
	}
	return res, version, nil
}

// PutDocuments stores docs and their extractions (xs[i] is that of
// docs[i]) as PutDocument does, in one transaction: all of them or, on an
// error, none. Storing documents in batches writes each page they share
// once.
func (s *Store) PutDocuments(ctx context.Context, docs []*sitrep.Document, xs []sitrep.Extraction) ([]sitrep.PutResult, error) {
	es := make([]encoded, len(docs))
	for i, doc := range docs {
		if err := storesql.PrepareDocument(doc); err != nil {
			return nil, err
		}
		var err error
		if es[i], err = encodeExtraction(doc.ID, xs[i]); err != nil {
			return nil, fmt.Errorf("put document %s: %w", doc.ID, err)
		}
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	defer tx.Rollback()
	res := make([]sitrep.PutResult, len(docs))
	versions := make([]int, len(docs))
	for i, doc := range docs {
		if res[i], versions[i], err = s.putOne(ctx, tx, doc, es[i]); err != nil {
			return nil, fmt.Errorf("put document %s: %w", doc.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	for i, doc := range docs {
		doc.Version = versions[i]
	}
	return res, nil
}

// putOne stores one document in tx.
func (s *Store) putOne(ctx context.Context, tx *sql.Tx, doc *sitrep.Document, e encoded) (sitrep.PutResult, int, error) {
	var (
		prev int
		hash string
	)
	err := tx.StmtContext(ctx, s.stmt.latest).QueryRowContext(ctx, doc.ID).Scan(&prev, &hash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return 0, 0, err
	case hash == doc.Hash:
		return sitrep.PutUnchanged, prev, nil
	}
	version := prev + 1
	_, err = tx.StmtContext(ctx, s.stmt.insertDocument).ExecContext(ctx,
		doc.ID, version, doc.Hash, doc.URL, doc.Outlet, doc.Title, nullDate(doc.Published),
		doc.Language, doc.Origin, time.Now().UTC().Format(time.RFC3339Nano), e.signature)
	if err != nil {
		return 0, 0, err
	}
	if _, err := tx.StmtContext(ctx, s.stmt.insertBody).ExecContext(ctx, doc.ID, version, doc.Text, e.mentions); err != nil {
		return 0, 0, err
	}
	if err := s.writeExtraction(ctx, tx, doc.ID, version, e, prev > 0); err != nil {
		return 0, 0, err
	}
	if prev > 0 {
		return sitrep.PutNewVersion, version, nil
	}
	return sitrep.PutNew, version, nil
}

// writeExtraction inserts the reports and tallies of e for version of doc
// id, deleting those already there when replace is set.
func (s *Store) writeExtraction(ctx context.Context, tx *sql.Tx, id string, version int, e encoded, replace bool) error {
	if _, err := tx.StmtContext(ctx, s.stmt.markUnfused).ExecContext(ctx, id); err != nil {
		return err
	}
	if replace {
		if _, err := tx.StmtContext(ctx, s.stmt.deleteReports).ExecContext(ctx, id); err != nil {
			return err
		}
		if _, err := tx.StmtContext(ctx, s.stmt.deleteTallies).ExecContext(ctx, id); err != nil {
			return err
		}
	}
	if len(e.reports) > 0 {
		st := tx.StmtContext(ctx, s.stmt.insertReport)
		for _, r := range e.reports {
			if _, err := st.ExecContext(ctx, id, r.seq, version, r.dateStart, r.dateEnd, r.country, r.placeID, r.json,
				r.dayKey, r.cell, r.block, r.vessel); err != nil {
				return fmt.Errorf("report %d: %w", r.seq, err)
			}
		}
	}
	if len(e.tallies) > 0 {
		st := tx.StmtContext(ctx, s.stmt.insertTally)
		for _, t := range e.tallies {
			if _, err := st.ExecContext(ctx, id, t.seq, version, t.kind, t.count, t.periodStart, t.periodEnd, t.json); err != nil {
				return fmt.Errorf("tally %d: %w", t.seq, err)
			}
		}
	}
	return nil
}

// PutExtraction replaces the mentions, reports and tallies of the latest
// version of document id in one transaction: ENOTFOUND when there is no such
// document.
func (s *Store) PutExtraction(ctx context.Context, id string, x sitrep.Extraction) error {
	e, err := encodeExtraction(id, x)
	if err != nil {
		return fmt.Errorf("put extraction %s: %w", id, err)
	}
	if err := s.putExtraction(ctx, id, e); err != nil {
		return fmt.Errorf("put extraction %s: %w", id, err)
	}
	return nil
}

func (s *Store) putExtraction(ctx context.Context, id string, e encoded) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var (
		version int
		hash    string
	)
	err = tx.StmtContext(ctx, s.stmt.latest).QueryRowContext(ctx, id).Scan(&version, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return sitrep.Errorf(sitrep.ENOTFOUND, "document %q not found", id)
	} else if err != nil {
		return err
	}
	if _, err := tx.StmtContext(ctx, s.stmt.updateMentions).ExecContext(ctx, e.mentions, id, version); err != nil {
		return err
	}
	if _, err := tx.StmtContext(ctx, s.stmt.updateSignature).ExecContext(ctx, e.signature, id, version); err != nil {
		return err
	}
	if err := s.writeExtraction(ctx, tx, id, version, e, true); err != nil {
		return err
	}
	return tx.Commit()
}

// documentColumns are read FROM documentTables.
const (
	documentColumns = `d.id, d.version, d.hash, d.url, d.outlet, d.title, d.published, d.language, b.text, d.origin, d.copy_of`
	documentTables  = `documents d JOIN document_bodies b ON b.id = d.id AND b.version = d.version`
)

func scanDocument(sc interface{ Scan(...any) error }) (sitrep.Document, error) {
	var (
		d         sitrep.Document
		published sql.NullString
	)
	err := sc.Scan(&d.ID, &d.Version, &d.Hash, &d.URL, &d.Outlet, &d.Title, &published, &d.Language, &d.Text, &d.Origin, &d.CopyOf)
	if err != nil {
		return d, err
	}
	if published.Valid {
		if d.Published, err = sitrep.ParseDate(published.String); err != nil {
			return d, fmt.Errorf("document %s: published: %w", d.ID, err)
		}
	}
	return d, nil
}

// Document returns the latest version of document id, or ENOTFOUND.
func (s *Store) Document(ctx context.Context, id string) (sitrep.Document, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+documentColumns+`
		FROM `+documentTables+` WHERE d.id = ? ORDER BY d.version DESC LIMIT 1`, id)
	d, err := scanDocument(row)
	if errors.Is(err, sql.ErrNoRows) {
		return d, sitrep.Errorf(sitrep.ENOTFOUND, "document %q not found", id)
	} else if err != nil {
		return d, fmt.Errorf("get document %s: %w", id, err)
	}
	return d, nil
}

// EachDocument calls fn with the latest version of every document, in order
// of id, reading from one snapshot: documents stored meanwhile, by fn or
// others, are not visited. It stops at the first error of fn and returns it
// wrapped.
func (s *Store) EachDocument(ctx context.Context, fn func(sitrep.Document) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+documentColumns+`
		FROM `+documentTables+`
		WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.id = d.id AND n.version > d.version)
		ORDER BY d.id`)
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

// Mentions returns the mentions extracted from the latest version of
// document id, or ENOTFOUND.
func (s *Store) Mentions(ctx context.Context, id string) ([]sitrep.Mention, error) {
	var b []byte
	var text string
	err := s.db.QueryRowContext(ctx, `SELECT text, mentions FROM document_bodies WHERE id = ? ORDER BY version DESC LIMIT 1`, id).Scan(&text, &b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, sitrep.Errorf(sitrep.ENOTFOUND, "document %q not found", id)
	} else if err != nil {
		return nil, fmt.Errorf("get mentions %s: %w", id, err)
	}
	ms, err := decodeMentions(b, text)
	if err != nil {
		return nil, fmt.Errorf("get mentions %s: %w", id, err)
	}
	return ms, nil
}

// Reports returns the reports of the latest version of every document,
// ordered by document id and seq.
func (s *Store) Reports(ctx context.Context) ([]sitrep.Report, error) {
	var rs []sitrep.Report
	err := s.eachJSON(ctx, `SELECT json FROM reports ORDER BY doc, seq`, nil, func(b []byte) error {
		var r sitrep.Report
		if err := json.Unmarshal(b, &r); err != nil {
			return err
		}
		rs = append(rs, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list reports: %w", err)
	}
	return rs, nil
}

// Tallies returns the tallies of the latest version of every document,
// ordered by document id and seq.
func (s *Store) Tallies(ctx context.Context) ([]sitrep.Tally, error) {
	var ts []sitrep.Tally
	err := s.eachJSON(ctx, `SELECT json FROM tallies ORDER BY doc, seq`, nil, func(b []byte) error {
		var t sitrep.Tally
		if err := json.Unmarshal(b, &t); err != nil {
			return err
		}
		ts = append(ts, t)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list tallies: %w", err)
	}
	return ts, nil
}

// eachJSON runs a query of one JSON column and calls fn with each value,
// valid only during the call.
func (s *Store) eachJSON(ctx context.Context, query string, args []any, fn func([]byte) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var b sql.RawBytes
		if err := rows.Scan(&b); err != nil {
			return err
		}
		if err := fn(b); err != nil {
			return err
		}
	}
	return rows.Err()
}

// HasDocuments reports whether the store holds any document.
func (s *Store) HasDocuments(ctx context.Context) (bool, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents)`).Scan(&n); err != nil {
		return false, fmt.Errorf("has documents: %w", err)
	}
	return n == 1, nil
}

// Hashes returns the hash of the latest version of each of ids that the
// store holds, by id: ingest skips extracting a document stored unchanged.
func (s *Store) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	for len(ids) > 0 {
		n := min(len(ids), 500)
		chunk := ids[:n]
		ids = ids[n:]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, `SELECT id, hash FROM documents WHERE id IN (?`+
			strings.Repeat(",?", len(chunk)-1)+`) ORDER BY id, version`, args...)
		if err != nil {
			return nil, fmt.Errorf("hashes: %w", err)
		}
		for rows.Next() {
			var id, hash string
			if err := rows.Scan(&id, &hash); err != nil {
				rows.Close()
				return nil, fmt.Errorf("hashes: %w", err)
			}
			out[id] = hash // the latest version comes last
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("hashes: %w", err)
		}
	}
	return out, nil
}
