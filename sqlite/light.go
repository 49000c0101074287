package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// ReportHeads returns the reports of the latest version of every document,
// as Reports does but without their assertions: what fusion needs, in a
// fraction of the memory. ReplaceIncidents fills the assertions back in.
func (s *Store) ReportHeads(ctx context.Context) ([]sitrep.Report, error) {
	// Sized at once: a Report is large, and growing the slice copies them.
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM reports`).Scan(&n); err != nil {
		return nil, fmt.Errorf("list report heads: %w", err)
	}
	// Rows are read here and decoded on every core, in runs: decoding takes
	// longer than reading.
	type run struct {
		buf  []byte // the rows' JSON, one after another
		ends []int  // where each row ends in buf
		out  []sitrep.Report
		err  error
		done chan struct{}
	}
	work := make(chan *run, 4)
	order := make(chan *run, 8)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range work {
				r.out = make([]sitrep.Report, len(r.ends))
				start := 0
				for i, end := range r.ends {
					if r.out[i], r.err = storesql.DecodeHead(r.buf[start:end]); r.err != nil {
						break
					}
					start = end
				}
				close(r.done)
			}
		}()
	}
	rs := make([]sitrep.Report, 0, n)
	var decodeErr error
	collected := make(chan struct{})
	go func() {
		defer close(collected)
		for r := range order {
			<-r.done
			if r.err != nil && decodeErr == nil {
				decodeErr = r.err
			}
			if decodeErr == nil {
				rs = append(rs, r.out...)
			}
		}
	}()
	const runLen = 256
	cur := &run{done: make(chan struct{})}
	send := func() {
		order <- cur
		work <- cur
		cur = &run{done: make(chan struct{})}
	}
	err := s.eachJSON(ctx, `SELECT json FROM reports ORDER BY doc, seq`, nil, func(b []byte) error {
		cur.buf = append(cur.buf, b...)
		cur.ends = append(cur.ends, len(cur.buf))
		if len(cur.ends) == runLen {
			send()
		}
		return nil
	})
	if len(cur.ends) > 0 {
		send()
	}
	close(work)
	close(order)
	wg.Wait()
	<-collected
	if err == nil {
		err = decodeErr
	}
	if err != nil {
		return nil, fmt.Errorf("list report heads: %w", err)
	}
	return rs, nil
}

// DocumentHeads returns the latest version of every document without its
// text, by id.
func (s *Store) DocumentHeads(ctx context.Context) (map[string]sitrep.Document, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.version, d.hash, d.url, d.outlet, d.title,
		d.published, d.language, d.origin, d.copy_of
		FROM documents d
		WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.id = d.id AND n.version > d.version)`)
	if err != nil {
		return nil, fmt.Errorf("document heads: %w", err)
	}
	defer rows.Close()
	out := map[string]sitrep.Document{}
	for rows.Next() {
		var d sitrep.Document
		var published sql.NullString
		if err := rows.Scan(&d.ID, &d.Version, &d.Hash, &d.URL, &d.Outlet, &d.Title, &published, &d.Language, &d.Origin, &d.CopyOf); err != nil {
			return nil, fmt.Errorf("document heads: %w", err)
		}
		if published.Valid {
			if d.Published, err = sitrep.ParseDate(published.String); err != nil {
				return nil, fmt.Errorf("document heads: %s: %w", d.ID, err)
			}
		}
		out[d.ID] = d
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document heads: %w", err)
	}
	return out, nil
}

// fillAssertions gives reports that came without assertions (from
// ReportHeads) the assertions stored with them.
func fillAssertions(ctx context.Context, get *sql.Stmt, rs []sitrep.Report) error {
	for i := range rs {
		if rs[i].Assertions != nil {
			continue
		}
		var b []byte
		err := get.QueryRowContext(ctx, rs[i].Doc, rs[i].Seq).Scan(&b)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return err
		}
		var full struct {
			Assertions []sitrep.Assertion `json:"assertions"`
		}
		if err := json.Unmarshal(b, &full); err != nil {
			return err
		}
		rs[i].Assertions = full.Assertions
	}
	return nil
}
