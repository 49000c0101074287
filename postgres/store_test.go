package postgres_test

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/postgres"
	"github.com/sitrep/sitrep/storetest"
)

// env names the database the tests may use; each test works in a schema of
// its own, dropped when it ends.
const env = "SITREP_TEST_POSTGRES"

var schemas atomic.Int64

// MustOpen opens a store in a new, empty schema of the test database, or
// skips the test when there is none.
func MustOpen(t *testing.T) *postgres.Store {
	t.Helper()
	url := os.Getenv(env)
	if url == "" {
		t.Skipf("%s is not set (e.g. postgres://postgres@127.0.0.1:5432/test): no PostgreSQL to test against", env)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Skipf("%s=%s does not answer: %v", env, url, err)
	}
	defer admin.Close(ctx)
	name := fmt.Sprintf("sitrep_test_%d_%d", os.Getpid(), schemas.Add(1))
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if c, err := pgx.Connect(ctx, url); err == nil {
			c.Exec(ctx, `DROP SCHEMA `+name+` CASCADE`)
			c.Close(ctx)
		}
	})
	sep := "?"
	for _, c := range url {
		if c == '?' {
			sep = "&"
		}
	}
	s, err := postgres.Open(ctx, url+sep+"search_path="+name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// mustOpenSame opens a second store on the schema of a.
func mustOpenSame(t *testing.T, a *postgres.Store) *postgres.Store {
	t.Helper()
	var schema string
	ctx := context.Background()
	if err := a.Pool().QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	b, err := postgres.Open(ctx, os.Getenv(env)+"?search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestStore runs the conformance suite that the SQLite store passes.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store { return MustOpen(t) })
}

// TestOpenTwice opens one schema twice: the schema applies again without
// harm and the second store sees what the first stored.
func TestOpenTwice(t *testing.T) {
	a := MustOpen(t)
	defer a.Close()
	doc, x := storetest.Sample(1)
	storetest.MustPutDocument(t, a, doc, x, sitrep.PutNew)
	b := mustOpenSame(t, a)
	defer b.Close()
	if got := storetest.MustDocument(t, b, doc.ID); got.Hash != doc.Hash {
		t.Errorf("second store: document %s with hash %s, want %s", doc.ID, got.Hash, doc.Hash)
	}
}

// TestCopies records which document copies which and reads it back, with
// the signatures, from the latest versions.
func TestCopies(t *testing.T) {
	s := MustOpen(t)
	defer s.Close()
	ctx := context.Background()
	for i, text := range []string{"The first story.", "The same story, copied.", "A story with no signature."} {
		doc := storetest.NewDocument(fmt.Sprintf("c%d", i), text)
		x := storetest.NewExtraction(doc)
		if i < 2 {
			x.Signature = []byte{byte(i + 1), 2, 3}
		}
		storetest.MustPutDocument(t, s, doc, x, sitrep.PutNew)
	}
	if err := s.SetCopies(ctx, map[string]string{"c1": "c0"}); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := s.EachSignature(ctx, func(id string, published sitrep.Date, sig []byte, copyOf string) error {
		got = append(got, fmt.Sprintf("%s:%v:%s", id, sig, copyOf))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "[c0:[1 2 3]: c1:[2 2 3]:c0]"; fmt.Sprint(got) != want {
		t.Errorf("signatures %v, want %s", got, want)
	}
	heads, err := s.DocumentHeads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(heads) != 3 || heads["c1"].CopyOf != "c0" || heads["c1"].Text != "" || heads["c0"].Hash == "" {
		t.Errorf("heads %+v", heads)
	}
	if d := storetest.MustDocument(t, s, "c1"); d.CopyOf != "c0" {
		t.Errorf("document c1 copies %q, want c0", d.CopyOf)
	}
}

// TestPutDocuments stores a batch in one transaction: results as one by
// one, and nothing stored when one document cannot be.
func TestPutDocuments(t *testing.T) {
	s := MustOpen(t)
	defer s.Close()
	ctx := context.Background()
	a, xa := storetest.Sample(1)
	storetest.MustPutDocument(t, s, a, xa, sitrep.PutNew)
	a2, _ := storetest.Sample(1) // the same text again
	b, xb := storetest.Sample(2)
	c, xc := storetest.Sample(3)
	res, err := s.PutDocuments(ctx, []*sitrep.Document{a2, b, c}, []sitrep.Extraction{xa, xb, xc})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(res) != fmt.Sprint([]sitrep.PutResult{sitrep.PutUnchanged, sitrep.PutNew, sitrep.PutNew}) || b.Version != 1 {
		t.Errorf("results %v, version of b %d", res, b.Version)
	}
	d, xd := storetest.Sample(4)
	bad := storetest.NewDocument("", "no id")
	if _, err := s.PutDocuments(ctx, []*sitrep.Document{d, bad}, []sitrep.Extraction{xd, {}}); sitrep.ErrorCode(err) != sitrep.EINVALID {
		t.Errorf("batch with an empty id: %v, want EINVALID", err)
	}
	if _, err := s.Document(ctx, d.ID); sitrep.ErrorCode(err) != sitrep.ENOTFOUND {
		t.Errorf("document %s of the refused batch: %v, want not stored", d.ID, err)
	}
}

// lockHandles opens two stores on one schema and a third on another,
// closed when t ends.
func lockHandles(t *testing.T) (a, b, other *postgres.Store) {
	a = MustOpen(t)
	t.Cleanup(func() { a.Close() })
	b = mustOpenSame(t, a)
	t.Cleanup(func() { b.Close() })
	other = MustOpen(t)
	t.Cleanup(func() { other.Close() })
	return a, b, other
}

// TestTryLockFusion: while one handle holds the fusion lock, another's
// TryLockFusion says no at once; once released, it takes it. A store in
// another schema of the database has a lock of its own.
func TestTryLockFusion(t *testing.T) {
	ctx := context.Background()
	a, b, other := lockHandles(t)
	unlock, err := a.LockFusion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := b.TryLockFusion(ctx); err != nil || ok {
		t.Fatalf("TryLockFusion while another holds the lock: ok %v, err %v", ok, err)
	}
	unlockOther, ok, err := other.TryLockFusion(ctx)
	if err != nil || !ok {
		t.Fatalf("TryLockFusion of a store in another schema: ok %v, err %v", ok, err)
	}
	unlockOther()
	unlock()
	unlockB, ok, err := b.TryLockFusion(ctx)
	if err != nil || !ok {
		t.Fatalf("TryLockFusion once released: ok %v, err %v", ok, err)
	}
	unlockB()
}

// TestConnectionsCut ends the backends of the store's idle connections, as
// a restart of PostgreSQL or an administrator would, and expects the next
// call to go through on a new connection instead of failing on a dead one.
// (pg_terminate_backend waits up to 5 s for each backend to end.)
func TestConnectionsCut(t *testing.T) {
	s := MustOpen(t)
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Incidents(ctx, sitrep.IncidentFilter{}); err != nil {
		t.Fatal(err)
	}
	var pids []uint32
	for _, c := range s.Pool().AcquireAllIdle(ctx) {
		pids = append(pids, c.Conn().PgConn().PID())
		c.Release()
	}
	if len(pids) == 0 {
		t.Fatal("the store holds no idle connection: the test proves nothing")
	}
	admin, err := pgx.Connect(ctx, os.Getenv(env))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	for _, pid := range pids {
		if _, err := admin.Exec(ctx, `SELECT pg_terminate_backend($1, 5000)`, int32(pid)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Incidents(ctx, sitrep.IncidentFilter{}); err != nil {
		t.Errorf("after the connections were cut: %v", err)
	}
}

// TestSinceFusion: the time since the fusion lock was last released is
// shared by the processes of one schema, and only theirs.
func TestSinceFusion(t *testing.T) {
	ctx := context.Background()
	a, b, other := lockHandles(t)
	if d, err := b.SinceFusion(ctx); err != nil || d < time.Hour {
		t.Fatalf("SinceFusion before any fusion: %v, %v; want a day", d, err)
	}
	unlock, err := a.LockFusion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	unlock()
	if d, err := b.SinceFusion(ctx); err != nil || d < 0 || d > 10*time.Second {
		t.Errorf("SinceFusion just after a fusion by another process: %v, %v", d, err)
	}
	if d, err := other.SinceFusion(ctx); err != nil || d < time.Hour {
		t.Errorf("SinceFusion of another schema: %v, %v; want a day", d, err)
	}
}
