package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/sqlite"
	"github.com/sitrep/sitrep/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store {
		return MustOpen(t, filepath.Join(t.TempDir(), "sitrep.db"))
	})
}

// MustOpen opens the store at path and fails the test on error. The caller
// closes it.
func MustOpen(tb testing.TB, path string) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	return s
}

// MustRawDB opens the file at path with the bare driver, for looking under
// the store; it is closed when the test ends.
func MustRawDB(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatalf("open raw: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func pragma(tb testing.TB, db *sql.DB, name string) string {
	tb.Helper()
	var v string
	if err := db.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		tb.Fatalf("pragma %s: %v", name, err)
	}
	return v
}

func TestOpen(t *testing.T) {
	t.Run("EmptyFile", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "empty.db")
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		s := MustOpen(t, path)
		defer s.Close()
		db := MustRawDB(t, path)
		if got, want := pragma(t, db, "user_version"), fmt.Sprint(sqlite.SchemaVersion()); got != want {
			t.Errorf("user_version: got %s, want %s", got, want)
		}
		if got := pragma(t, db, "journal_mode"); got != "wal" {
			t.Errorf("journal_mode: got %s, want wal", got)
		}
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN
			('documents', 'reports', 'tallies', 'incidents', 'incident_docs')`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 5 {
			t.Errorf("tables: got %d, want 5", n)
		}
	})

	t.Run("NewDirectoryMissing", func(t *testing.T) {
		_, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"))
		if err == nil {
			t.Error("open in a missing directory: got no error")
		}
	})

	t.Run("ErrNotDatabase", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "notes.txt")
		if err := os.WriteFile(path, []byte(strings.Repeat("not a database\n", 100)), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := sqlite.Open(context.Background(), path)
		if err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("open a text file: got %v, want an error naming %s", err, path)
		}
	})

	t.Run("ErrMemory", func(t *testing.T) {
		_, err := sqlite.Open(context.Background(), ":memory:")
		if got := sitrep.ErrorCode(err); got != sitrep.EINVALID {
			t.Errorf("open :memory:: got %v, want code %s", err, sitrep.EINVALID)
		}
	})

	t.Run("OddPath", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "a?b#c%20 d.db")
		s := MustOpen(t, path)
		doc := storetest.NewDocument("d1", "Shelling was reported near the crossing.")
		storetest.MustPutDocument(t, s, doc, sitrep.Extraction{}, sitrep.PutNew)
		s.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("database file: %v", err)
		}
	})
}

// TestPragmas checks the settings of every connection of the pool, not only
// the first.
func TestPragmas(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t, filepath.Join(t.TempDir(), "sitrep.db"))
	defer s.Close()
	db := sqlite.DB(s)
	var conns []*sql.Conn
	for range 3 {
		c, err := db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	want := map[string]string{
		"journal_mode": "wal", "synchronous": "1", "foreign_keys": "1",
		"busy_timeout": fmt.Sprint(sqlite.DefaultBusyTimeout),
	}
	for i, c := range conns {
		for name, w := range want {
			var got string
			if err := c.QueryRowContext(ctx, "PRAGMA "+name).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != w {
				t.Errorf("connection %d: %s: got %s, want %s", i, name, got, w)
			}
		}
		c.Close()
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s := MustOpen(t, path)
	doc := storetest.NewDocument("d1", "Rockets hit the airbase on Friday, officials said.")
	x := storetest.NewExtraction(doc, 0, 1)
	storetest.MustPutDocument(t, s, doc, x, sitrep.PutNew)
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}

	s = MustOpen(t, path)
	defer s.Close()
	got := storetest.MustDocument(t, s, "d1")
	if got != *doc {
		t.Errorf("document: got %+v, want %+v", got, *doc)
	}
	if rs := storetest.MustReports(t, s); len(rs) != 2 {
		t.Errorf("reports: got %d, want 2", len(rs))
	}
	ms, err := s.Mentions(ctx, "d1")
	if err != nil {
		t.Fatalf("mentions: %v", err)
	}
	if len(ms) != 2 || ms[1] != x.Mentions[1] {
		t.Errorf("mentions: got %+v, want %+v", ms, x.Mentions)
	}
	// Putting the same text again after reopening changes nothing.
	storetest.MustPutDocument(t, s, storetest.NewDocument("d1", doc.Text), sitrep.Extraction{}, sitrep.PutUnchanged)
}

func TestOpenFutureVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s := MustOpen(t, path)
	s.Close()
	future := sqlite.SchemaVersion() + 1
	if _, err := MustRawDB(t, path).Exec(fmt.Sprintf("PRAGMA user_version = %d", future)); err != nil {
		t.Fatal(err)
	}
	_, err := sqlite.Open(context.Background(), path)
	if err == nil {
		t.Fatal("open a database from the future: got no error")
	}
	for _, want := range []string{path, "newer", fmt.Sprint(future)} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q: want it to say %q", err, want)
		}
	}
}

func TestMentions(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t, filepath.Join(t.TempDir(), "sitrep.db"))
	defer s.Close()
	doc := storetest.NewDocument("d1", "A mortar round fell near the crossing.")
	storetest.MustPutDocument(t, s, doc, storetest.NewExtraction(doc, 0, 1, 2), sitrep.PutNew)
	if err := s.PutExtraction(ctx, "d1", storetest.NewExtraction(doc, 7)); err != nil {
		t.Fatal(err)
	}
	ms, err := s.Mentions(ctx, "d1")
	if err != nil {
		t.Fatalf("mentions: %v", err)
	}
	if len(ms) != 1 || ms[0].Sentence != 7 {
		t.Errorf("mentions: got %+v, want the one of sentence 7", ms)
	}
	if _, err := s.Mentions(ctx, "nope"); sitrep.ErrorCode(err) != sitrep.ENOTFOUND {
		t.Errorf("mentions of unknown document: got %v, want code %s", err, sitrep.ENOTFOUND)
	}
}

func TestStats(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t, filepath.Join(t.TempDir(), "sitrep.db"))
	defer s.Close()
	d1 := storetest.NewDocument("d1", "Drones were shot down over the base.")
	storetest.MustPutDocument(t, s, d1, storetest.NewExtraction(d1, 0, 1), sitrep.PutNew)
	d1b := storetest.NewDocument("d1", "Two drones were shot down over the base.")
	storetest.MustPutDocument(t, s, d1b, storetest.NewExtraction(d1b, 0), sitrep.PutNewVersion)
	d2 := storetest.NewDocument("d2", "A roadside bomb hit a convoy.")
	x := storetest.NewExtraction(d2, 0)
	x.Tallies = []sitrep.Tally{{Seq: 0, Kind: "attacks", Count: 5}}
	storetest.MustPutDocument(t, s, d2, x, sitrep.PutNew)
	storetest.MustReplaceIncidents(t, s, []sitrep.Incident{{ID: "i1", Reports: x.Reports}})

	docs, versions, reports, incidents, tallies, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := []int{docs, versions, reports, incidents, tallies}
	if want := []int{2, 3, 2, 1, 1}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("stats: got %v, want %v", got, want)
	}
	ids, err := s.IncidentIDs(ctx, "d2")
	if err != nil || fmt.Sprint(ids) != "[i1]" {
		t.Errorf("incident ids of d2: got %v, %v, want [i1]", ids, err)
	}
}

// TestAtomicCancel cancels the context of PutDocument at moments spread over
// its run; at whatever point it stops, the document is stored whole or not
// at all.
func TestAtomicCancel(t *testing.T) {
	s := MustOpen(t, filepath.Join(t.TempDir(), "sitrep.db"))
	defer s.Close()
	var stored, failed int
	for i := range 300 {
		doc, x := storetest.Sample(i)
		ctx, cancel := context.WithCancel(context.Background())
		timer := time.AfterFunc(time.Duration(i%60)*5*time.Microsecond, cancel)
		_, putErr := s.PutDocument(ctx, doc, x)
		timer.Stop()
		cancel()
		d, err := s.Document(context.Background(), doc.ID)
		var rs int
		for _, r := range storetest.MustReports(t, s) {
			if r.Doc == doc.ID {
				rs++
			}
		}
		switch {
		case putErr != nil && sitrep.ErrorCode(err) == sitrep.ENOTFOUND && rs == 0:
			failed++
		case putErr == nil && err == nil && d.Text == doc.Text && rs == len(x.Reports):
			stored++
		default:
			t.Fatalf("document %s: put error %v, then get error %v and %d reports", doc.ID, putErr, err, rs)
		}
	}
	t.Logf("%d stored, %d cancelled", stored, failed)
}

// TestConcurrentReaders reads while a writer stores documents: in WAL mode
// readers neither wait nor fail, and never see half a document.
func TestConcurrentReaders(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t, filepath.Join(t.TempDir(), "sitrep.db"))
	defer s.Close()
	const n = 300
	var (
		wg      sync.WaitGroup
		written = make(chan struct{})
		errc    = make(chan error, 8)
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(written)
		for i := range n {
			doc, x := storetest.Sample(i)
			if _, err := s.PutDocument(ctx, doc, x); err != nil {
				errc <- err
				return
			}
		}
	}()
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-written:
					return
				default:
				}
				if err := checkWhole(ctx, s); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	docs, _, reports, _, _, err := s.Stats(ctx)
	if err != nil || docs != n || reports != 2*n {
		t.Errorf("stats: got %d docs, %d reports, %v; want %d, %d", docs, reports, err, n, 2*n)
	}
}

// checkWhole reads every document and report and checks that each document
// seen has both its reports.
func checkWhole(ctx context.Context, s *sqlite.Store) error {
	rs, err := s.Reports(ctx)
	if err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	if len(rs)%2 != 0 {
		return errors.New("reports: odd count: a document is half stored")
	}
	var docs int
	if err := s.EachDocument(ctx, func(sitrep.Document) error { docs++; return nil }); err != nil {
		return fmt.Errorf("each document: %w", err)
	}
	if docs < len(rs)/2 {
		return fmt.Errorf("each document: %d documents after %d reports", docs, len(rs))
	}
	return nil
}

// TestEachDocumentWrite re-extracts every document from inside EachDocument,
// as a re-extraction run does.
func TestEachDocumentWrite(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t, filepath.Join(t.TempDir(), "sitrep.db"))
	defer s.Close()
	for i := range 20 {
		doc, x := storetest.Sample(i)
		storetest.MustPutDocument(t, s, doc, x, sitrep.PutNew)
	}
	err := s.EachDocument(ctx, func(d sitrep.Document) error {
		return s.PutExtraction(ctx, d.ID, storetest.NewExtraction(&d, 9))
	})
	if err != nil {
		t.Fatalf("each document: %v", err)
	}
	rs := storetest.MustReports(t, s)
	if len(rs) != 20 || rs[0].Seq != 9 {
		t.Errorf("reports: got %d, want 20 of seq 9", len(rs))
	}
}
