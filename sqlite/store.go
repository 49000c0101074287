// Package sqlite implements sitrep.Store on SQLite, through the pure-Go
// driver modernc.org/sqlite. One file holds every version of every document,
// the extraction of each document's latest version, the fused incidents and
// the tallies.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/sitrep/sitrep"
)

var _ sitrep.Store = (*Store)(nil)

// DefaultBusyTimeout is how long, in milliseconds, a connection waits for a
// lock held by another connection or process before failing with SQLITE_BUSY.
const DefaultBusyTimeout = 5000

// Store is a sitrep.Store in one SQLite file, in WAL mode so that readers
// never wait for the writer. It is safe for concurrent use; writes are
// serialised.
type Store struct {
	db *sql.DB
	// version holds the connection Version asks.
	version versioner
	path    string

	// wmu serialises writers inside the process, so that they queue in Go
	// rather than spin on SQLite's busy handler.
	wmu  sync.Mutex
	stmt statements
}

// statements are prepared once on the *sql.DB and bound to each write
// transaction with tx.StmtContext, which reuses the statement already
// prepared on the transaction's connection.
type statements struct {
	latest          *sql.Stmt
	insertDocument  *sql.Stmt
	insertBody      *sql.Stmt
	updateMentions  *sql.Stmt
	updateSignature *sql.Stmt
	deleteReports   *sql.Stmt
	markUnfused     *sql.Stmt
	deleteTallies   *sql.Stmt
	insertReport    *sql.Stmt
	insertTally     *sql.Stmt
}

// Open opens the store in the file at path, creating the file when it does
// not exist and migrating its schema to the latest version. It refuses a
// file whose schema is newer than this build knows. Every connection of the
// pool runs in WAL mode with synchronous=NORMAL, foreign keys on and a busy
// timeout of DefaultBusyTimeout.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || strings.HasPrefix(path, ":memory:") {
		return nil, sitrep.Errorf(sitrep.EINVALID, "open store: want a file path, got %q", path)
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// Idle connections keep their prepared statements; keep enough of them
	// for a writer and a few readers.
	db.SetMaxIdleConns(8)
	s := &Store{db: db, path: path}
	if err := s.open(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) open(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return err
	}
	if err := migrate(ctx, s.db); err != nil {
		return err
	}
	return s.prepare(ctx)
}

// dsn returns the data source name for path: a SQLite URI whose parameters
// the driver applies to every new connection of the pool. _txlock=immediate
// makes write transactions take the write lock at BEGIN, so that they wait
// for another writer instead of failing to upgrade a read lock.
func dsn(path string) string {
	// The path is a URI path: escape what would end it or be decoded.
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc +
		fmt.Sprintf("?_busy_timeout=%d", DefaultBusyTimeout) +
		"&_journal_mode=WAL" +
		"&_synchronous=NORMAL" +
		"&_foreign_keys=1" +
		// Checkpoint every 16 MB of WAL rather than 4 MB: pages rewritten
		// by successive puts are copied back once, with fewer fsyncs.
		"&_pragma=wal_autocheckpoint(4000)" +
		"&_txlock=immediate"
}

func (s *Store) prepare(ctx context.Context) error {
	for _, p := range []struct {
		stmt  **sql.Stmt
		query string
	}{
		{&s.stmt.latest, `SELECT version, hash FROM documents WHERE id = ? ORDER BY version DESC LIMIT 1`},
		{&s.stmt.insertDocument, `INSERT INTO documents
			(id, version, hash, url, outlet, title, published, language, origin, ingested_at, signature)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.stmt.insertBody, `INSERT INTO document_bodies (id, version, text, mentions) VALUES (?, ?, ?, ?)`},
		{&s.stmt.updateMentions, `UPDATE document_bodies SET mentions = ? WHERE id = ? AND version = ?`},
		{&s.stmt.updateSignature, `UPDATE documents SET signature = ? WHERE id = ? AND version = ?`},
		{&s.stmt.deleteReports, `DELETE FROM reports WHERE doc = ?`},
		{&s.stmt.markUnfused, `INSERT OR IGNORE INTO unfused (doc) VALUES (?)`},
		{&s.stmt.deleteTallies, `DELETE FROM tallies WHERE doc = ?`},
		{&s.stmt.insertReport, `INSERT INTO reports
			(doc, seq, version, date_start, date_end, country, place_id, json, day_key, cell, block, vessel)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.stmt.insertTally, `INSERT INTO tallies
			(doc, seq, version, kind, count, period_start, period_end, json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := s.db.PrepareContext(ctx, p.query)
		if err != nil {
			return fmt.Errorf("prepare %q: %w", p.query, err)
		}
		*p.stmt = st
	}
	return nil
}

// Path returns the file the store was opened on.
func (s *Store) Path() string { return s.path }

// Close closes the prepared statements and the connection pool. SQLite
// checkpoints the WAL into the database file when the last connection
// closes.
func (s *Store) Close() error {
	for _, st := range []*sql.Stmt{
		s.stmt.latest, s.stmt.insertDocument, s.stmt.updateMentions,
		s.stmt.deleteReports, s.stmt.markUnfused, s.stmt.deleteTallies, s.stmt.insertReport, s.stmt.insertTally,
	} {
		if st != nil {
			st.Close()
		}
	}
	s.version.mu.Lock()
	if s.version.conn != nil {
		s.version.conn.Close()
		s.version.conn = nil
	}
	s.version.mu.Unlock()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// Stats counts what the store holds: documents (ids), versions of them,
// reports and tallies of latest versions, and incidents. The counts come
// from one snapshot.
func (s *Store) Stats(ctx context.Context) (docs, versions, reports, incidents, tallies int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(DISTINCT id) FROM documents),
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM reports),
		(SELECT count(*) FROM incidents),
		(SELECT count(*) FROM tallies)`).Scan(&docs, &versions, &reports, &incidents, &tallies)
	if err != nil {
		return 0, 0, 0, 0, 0, fmt.Errorf("store stats: %w", err)
	}
	return docs, versions, reports, incidents, tallies, nil
}
