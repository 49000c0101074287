package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// encoded is an extraction ready to write.
type encoded struct {
	mentions  string
	signature []byte
	reports   []row
	tallies   []row
}

// row is a report or tally ready to write; a tally has no related keys.
type row struct {
	seq                 int
	json                string
	dayKey, cell, block any // see storesql.RelatedKeys
	vessel              any // see storesql.VesselColumn
}

// encode encodes x for document id; reports and tallies are stored under id
// whatever their Doc field says. Two reports or tallies with one seq are
// an error.
func encode(id string, x sitrep.Extraction) (encoded, error) {
	e := encoded{signature: x.Signature}
	ms := x.Mentions
	if ms == nil {
		ms = []sitrep.Mention{}
	}
	b, err := json.Marshal(ms)
	if err != nil {
		return e, fmt.Errorf("encode mentions: %w", err)
	}
	e.mentions = string(b)
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
		w := row{seq: r.Seq, json: string(b)}
		w.dayKey, w.cell, w.block = storesql.RelatedKeys(r)
		w.vessel = storesql.VesselColumn(r)
		e.reports = append(e.reports, w)
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
		e.tallies = append(e.tallies, row{seq: t.Seq, json: string(b)})
	}
	return e, nil
}

// PutDocument stores doc and its extraction in one transaction and sets
// doc.Version, as the SQLite store does: the same Hash as the latest
// version is PutUnchanged and writes nothing; changed text is the next
// version, whose extraction replaces the previous one's. A stored
// document waits in the unfused list for the next fusion.
func (s *Store) PutDocument(ctx context.Context, doc *sitrep.Document, x sitrep.Extraction) (sitrep.PutResult, error) {
	res, err := s.put(ctx, []*sitrep.Document{doc}, []sitrep.Extraction{x})
	if err != nil {
		return 0, err
	}
	return res[0], nil
}

// PutDocuments stores docs and their extractions (xs[i] is that of
// docs[i]) as PutDocument does, in one transaction: all or, on an error,
// none. A batch costs a few round trips, however many documents.
func (s *Store) PutDocuments(ctx context.Context, docs []*sitrep.Document, xs []sitrep.Extraction) ([]sitrep.PutResult, error) {
	res, err := s.put(ctx, docs, xs)
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	return res, nil
}

func (s *Store) put(ctx context.Context, docs []*sitrep.Document, xs []sitrep.Extraction) ([]sitrep.PutResult, error) {
	es := make([]encoded, len(docs))
	for i, doc := range docs {
		if err := storesql.PrepareDocument(doc); err != nil {
			return nil, err
		}
		var err error
		if es[i], err = encode(doc.ID, xs[i]); err != nil {
			return nil, fmt.Errorf("put document %s: %w", doc.ID, err)
		}
	}
	var res []sitrep.PutResult
	var versions []int
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var err error
		res, versions, err = putIn(ctx, tx, docs, es)
		return err
	})
	if err != nil {
		if len(docs) == 1 {
			return nil, fmt.Errorf("put document %s: %w", docs[0].ID, err)
		}
		return nil, err
	}
	for i, doc := range docs {
		doc.Version = versions[i]
	}
	return res, nil
}

// putIn stores docs in tx: one round trip takes the documents' locks and
// reads their latest versions, one more writes what changed.
func putIn(ctx context.Context, tx pgx.Tx, docs []*sitrep.Document, es []encoded) ([]sitrep.PutResult, []int, error) {
	// One writer per document id at a time; every lock in order of id, so
	// that two batches sharing documents never wait on each other in a
	// circle.
	ids := make([]string, 0, len(docs))
	for _, doc := range docs {
		ids = append(ids, doc.ID)
	}
	sort.Strings(ids)
	ids = slices.Compact(ids)
	var b pgx.Batch
	for _, id := range ids {
		b.Queue(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, id)
	}
	type head struct {
		version int
		hash    string
	}
	latest := map[string]head{}
	// Each id's latest version through the primary key: "id = ANY($1)"
	// over many ids had the planner scan the whole table.
	b.Queue(`SELECT u.id, d.version, d.hash FROM unnest($1::text[]) AS u(id)
		CROSS JOIN LATERAL (SELECT version, hash FROM documents WHERE id = u.id ORDER BY version DESC LIMIT 1) d`, ids).
		Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var id string
				var h head
				if err := rows.Scan(&id, &h.version, &h.hash); err != nil {
					return err
				}
				latest[id] = h
			}
			return rows.Err()
		})
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return nil, nil, err
	}
	res := make([]sitrep.PutResult, len(docs))
	versions := make([]int, len(docs))
	var w writes
	final := map[string]int{} // the extraction that stays of each document: that of its last version
	replaced := map[string]bool{}
	for i, doc := range docs {
		h := latest[doc.ID]
		if h.version > 0 && h.hash == doc.Hash {
			res[i], versions[i] = sitrep.PutUnchanged, h.version
			continue
		}
		res[i], versions[i] = sitrep.PutNew, h.version+1
		if h.version > 0 {
			res[i] = sitrep.PutNewVersion
			replaced[doc.ID] = true
		}
		latest[doc.ID] = head{versions[i], doc.Hash}
		w.document(doc, versions[i], es[i])
		final[doc.ID] = i
	}
	for _, i := range final {
		w.extraction(docs[i].ID, versions[i], es[i])
	}
	written := make([]string, 0, len(final))
	for id := range final {
		written = append(written, id)
	}
	sort.Strings(written)
	if err := w.send(ctx, tx, keys(replaced), written); err != nil {
		return nil, nil, err
	}
	return res, versions, nil
}

// writes gathers rows to insert, one statement a table.
type writes struct {
	docs                                                  []string
	versions                                              []int32
	hashes, urls, outlets, titles, languages, texts, orig []string
	published                                             []*string
	mentions                                              []string
	signatures                                            [][]byte

	rDocs, tDocs               []string
	rSeqs, rVers, tSeqs, tVers []int32
	rJSON, tJSON               []string
	rDays                      []*int32
	rCells                     []*int64
	rBlocks                    []*string
	rVessels                   []*string
}

// document adds a version of doc.
func (w *writes) document(doc *sitrep.Document, version int, e encoded) {
	w.docs = append(w.docs, doc.ID)
	w.versions = append(w.versions, int32(version))
	w.hashes = append(w.hashes, doc.Hash)
	w.urls = append(w.urls, doc.URL)
	w.outlets = append(w.outlets, doc.Outlet)
	w.titles = append(w.titles, doc.Title)
	w.languages = append(w.languages, doc.Language)
	w.texts = append(w.texts, doc.Text)
	w.orig = append(w.orig, doc.Origin)
	var p *string
	if !doc.Published.IsZero() {
		d := doc.Published.String()
		p = &d
	}
	w.published = append(w.published, p)
	w.mentions = append(w.mentions, e.mentions)
	w.signatures = append(w.signatures, e.signature)
}

// extraction adds the reports and tallies of e, of version of document id.
func (w *writes) extraction(id string, version int, e encoded) {
	for _, r := range e.reports {
		w.rDocs = append(w.rDocs, id)
		w.rSeqs = append(w.rSeqs, int32(r.seq))
		w.rVers = append(w.rVers, int32(version))
		w.rJSON = append(w.rJSON, r.json)
		day, cell, block := keyColumns(r.dayKey, r.cell, r.block)
		w.rDays, w.rCells, w.rBlocks = append(w.rDays, day), append(w.rCells, cell), append(w.rBlocks, block)
		var vessel *string
		if r.vessel != nil {
			v := r.vessel.(string)
			vessel = &v
		}
		w.rVessels = append(w.rVessels, vessel)
	}
	for _, t := range e.tallies {
		w.tDocs = append(w.tDocs, id)
		w.tSeqs = append(w.tSeqs, int32(t.seq))
		w.tVers = append(w.tVers, int32(version))
		w.tJSON = append(w.tJSON, t.json)
	}
}

// send writes w in tx in one round trip, after deleting the reports and
// tallies of the documents replaced, and marks the documents unfused (with
// a new stamp).
func (w *writes) send(ctx context.Context, tx pgx.Tx, replaced, unfused []string) error {
	var b pgx.Batch
	if len(replaced) > 0 {
		b.Queue(`DELETE FROM reports WHERE doc = ANY($1)`, replaced)
		b.Queue(`DELETE FROM tallies WHERE doc = ANY($1)`, replaced)
	}
	if len(w.docs) > 0 {
		b.Queue(`INSERT INTO documents (id, version, hash, url, outlet, title, published, language, text, origin,
			mentions, signature)
			SELECT id, version, hash, url, outlet, title, published, language, text, origin, mentions, signature
			FROM unnest($1::text[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
				$9::text[], $10::text[], $11::text[], $12::bytea[])
			AS d(id, version, hash, url, outlet, title, published, language, text, origin, mentions, signature)`,
			w.docs, w.versions, w.hashes, w.urls, w.outlets, w.titles, w.published, w.languages, w.texts, w.orig,
			w.mentions, w.signatures)
	}
	if len(w.rDocs) > 0 {
		b.Queue(`INSERT INTO reports (doc, seq, version, json, day_key, cell, block, vessel)
			SELECT * FROM unnest($1::text[], $2::integer[], $3::integer[], $4::text[], $5::integer[], $6::bigint[], $7::text[],
				$8::text[])`,
			w.rDocs, w.rSeqs, w.rVers, w.rJSON, w.rDays, w.rCells, w.rBlocks, w.rVessels)
	}
	if len(w.tDocs) > 0 {
		b.Queue(`INSERT INTO tallies (doc, seq, version, json) SELECT * FROM unnest($1::text[], $2::integer[], $3::integer[], $4::text[])`,
			w.tDocs, w.tSeqs, w.tVers, w.tJSON)
	}
	if len(unfused) > 0 {
		b.Queue(`INSERT INTO unfused (doc) SELECT * FROM unnest($1::text[])
			ON CONFLICT (doc) DO UPDATE SET stamp = DEFAULT`, unfused)
	}
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, &b).Close()
}

// keyColumns returns what storesql.RelatedKeys returns as column values, nil for
// NULL.
func keyColumns(dayKey, cell, block any) (*int32, *int64, *string) {
	var d *int32
	if dayKey != nil {
		v := int32(dayKey.(int))
		d = &v
	}
	var c *int64
	if cell != nil {
		v := cell.(int64)
		c = &v
	}
	var b *string
	if block != nil {
		v := block.(string)
		b = &v
	}
	return d, c, b
}

// keys returns the keys of m, sorted.
func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// PutExtraction replaces the mentions, reports and tallies of the latest
// version of document id, which waits in the unfused list for the next
// fusion: ENOTFOUND when there is none.
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
			e.mentions, e.signature, id, version); err != nil {
			return err
		}
		var w writes
		w.extraction(id, version, e)
		return w.send(ctx, tx, []string{id}, []string{id})
	})
	if err != nil {
		return fmt.Errorf("put extraction %s: %w", id, err)
	}
	return nil
}
