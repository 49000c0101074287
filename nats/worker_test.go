package nats_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats-server/v2/server"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/nats"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/postgres"
	"github.com/sitrep/sitrep/sqlite"
)

// MustServer starts an embedded NATS server with JetStream for the test.
func MustServer(t *testing.T) string {
	t.Helper()
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(),
		NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("embedded NATS server not ready")
	}
	t.Cleanup(s.Shutdown)
	return s.ClientURL()
}

// corpus returns the documents of a corpus of ours.
func corpus(t *testing.T) []sitrep.Document {
	t.Helper()
	f, err := os.Open("../testdata/corpus/reports.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []sitrep.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct {
			ID, Outlet, URL, Text string
			Published             sitrep.Date
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, sitrep.Document{ID: d.ID, Outlet: d.Outlet, URL: d.URL, Text: d.Text, Published: d.Published})
	}
	return docs
}

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
)

func newPipeline(t *testing.T, s sitrep.Store) *pipeline.Pipeline {
	t.Helper()
	extractorOnce.Do(func() {
		g, err := gazetteer.Load()
		if err != nil {
			t.Fatal(err)
		}
		if extractor, err = extract.New(g); err != nil {
			t.Fatal(err)
		}
	})
	return &pipeline.Pipeline{Store: s, Extractor: extractor, Fuser: cluster.New()}
}

// TestWorkers publishes a corpus (one document twice, one message that is
// no document) and lets two workers take it into one store: every
// document stored once, the same incidents as a direct ingest, the bad
// message set aside with its reason.
func TestWorkers(t *testing.T) {
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	testWorkers(t, MustServer(t), store, &nats.LocalLock{})
}

// TestWorkersServer runs the workers against the NATS server that
// SITREP_TEST_NATS names (nats://127.0.0.1:4222 here), its stream reset.
func TestWorkersServer(t *testing.T) {
	url := os.Getenv("SITREP_TEST_NATS")
	if url == "" {
		t.Skip("SITREP_TEST_NATS is not set (e.g. nats://127.0.0.1:4222): no NATS server with JetStream to test against")
	}
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	testWorkers(t, url, store, &nats.LocalLock{})
}

// TestWorkersPostgres runs the workers on a PostgreSQL store, fusion
// serialized by its advisory lock.
func TestWorkersPostgres(t *testing.T) {
	url := os.Getenv("SITREP_TEST_POSTGRES")
	if url == "" {
		t.Skip("SITREP_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test): no PostgreSQL to test against")
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Skipf("SITREP_TEST_POSTGRES=%s does not answer: %v", url, err)
	}
	defer admin.Close(ctx)
	schema := fmt.Sprintf("sitrep_nats_%d", os.Getpid())
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	defer admin.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`)
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	store, err := postgres.Open(ctx, url+sep+"search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	testWorkers(t, MustServer(t), store, store)
}

func testWorkers(t *testing.T, url string, store sitrep.Store, lock nats.Locker) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	q, err := nats.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if err := q.Reset(ctx); err != nil { // a server of others keeps its stream
		t.Fatal(err)
	}
	docs := corpus(t)
	for i, d := range docs {
		dup, err := q.Publish(ctx, d)
		if err != nil || dup {
			t.Fatalf("publish %s: duplicate %v, %v", d.ID, dup, err)
		}
		if i == 3 {
			if dup, err := q.Publish(ctx, d); err != nil || !dup {
				t.Fatalf("publish %s again: duplicate %v, %v; want a duplicate", d.ID, dup, err)
			}
		}
	}
	if err := q.PublishRaw(ctx, []byte(`{"id": "broken", "text": `)); err != nil {
		t.Fatal(err)
	}

	var done atomic.Int64
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	var wg sync.WaitGroup
	for range 2 {
		w := &nats.Worker{Queue: q, Pipeline: newPipeline(t, store), Lock: lock, Batch: 4,
			Done: func(n int) {
				if done.Add(int64(n)) >= int64(len(docs)) {
					stop()
				}
			}}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.Run(wctx); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := done.Load(); n != int64(len(docs)) {
		t.Fatalf("workers stored %d documents, want %d", n, len(docs))
	}
	stored := 0
	if err := store.EachDocument(ctx, func(d sitrep.Document) error {
		stored++
		if d.Version != 1 {
			t.Errorf("document %s stored %d times", d.ID, d.Version)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if stored != len(docs) {
		t.Errorf("%d documents in the store, want %d", stored, len(docs))
	}
	dead, err := q.DeadLetters(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || string(dead[0].Data) != `{"id": "broken", "text": ` || dead[0].Reason == "" {
		t.Errorf("dead letters %+v, want the broken message with a reason", dead)
	}

	// A direct ingest gives the same incidents.
	direct, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "direct.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()
	p := newPipeline(t, direct)
	i := 0
	if _, err := p.Ingest(ctx, func() (sitrep.Document, bool) {
		if i == len(docs) {
			return sitrep.Document{}, false
		}
		i++
		return docs[i-1], true
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Update(ctx); err != nil {
		t.Fatal(err)
	}
	a, err := store.Incidents(ctx, sitrep.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := direct.Incidents(ctx, sitrep.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) || len(a) < 10 {
		t.Fatalf("%d incidents through the queue, %d directly", len(a), len(b))
	}
	for k := range a {
		if a[k].ID != b[k].ID || !reflect.DeepEqual(a[k].Sources, b[k].Sources) || a[k].Grade != b[k].Grade {
			t.Errorf("incident %d: %s (%s) through the queue, %s (%s) directly", k, a[k].ID, a[k].Grade, b[k].ID, b[k].Grade)
		}
	}
}

// stuck is a store whose writes never come back until release is closed,
// then fail: a worker that hangs or dies with documents taken.
type stuck struct {
	*sqlite.Store
	release chan struct{}
	took    *atomic.Bool // it took documents
}

func (s stuck) PutDocument(ctx context.Context, d *sitrep.Document, x sitrep.Extraction) (sitrep.PutResult, error) {
	s.took.Store(true)
	<-s.release
	return 0, fmt.Errorf("worker killed")
}

func (s stuck) PutDocuments(ctx context.Context, ds []*sitrep.Document, xs []sitrep.Extraction) ([]sitrep.PutResult, error) {
	s.took.Store(true)
	<-s.release
	return nil, fmt.Errorf("worker killed")
}

// TestWorkerDies lets a worker take documents and never acknowledge them:
// after the ack wait the server gives them to another worker, and every
// document is stored once.
func TestWorkerDies(t *testing.T) {
	url := MustServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	q, err := nats.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	docs := corpus(t)[:12]
	for _, d := range docs {
		if _, err := q.Publish(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	dead := stuck{Store: store, release: make(chan struct{}), took: &atomic.Bool{}}
	lock := &nats.LocalLock{}
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	var wg sync.WaitGroup
	// The first worker takes a batch and hangs on it.
	first := &nats.Worker{Queue: q, Pipeline: newPipeline(t, dead), Lock: lock, Batch: 5, AckWait: time.Second}
	wg.Add(1)
	go func() { defer wg.Done(); first.Run(wctx) }()
	time.Sleep(300 * time.Millisecond) // let it take its batch
	var done atomic.Int64
	second := &nats.Worker{Queue: q, Pipeline: newPipeline(t, store), Lock: lock, Batch: 5, AckWait: time.Second,
		Done: func(n int) {
			if done.Add(int64(n)) >= int64(len(docs)) {
				stop()
			}
		}}
	wg.Add(1)
	go func() { defer wg.Done(); second.Run(wctx) }()
	<-wctx.Done()
	close(dead.release)
	wg.Wait()
	if n := done.Load(); n != int64(len(docs)) {
		t.Fatalf("the second worker stored %d documents, want %d", n, len(docs))
	}
	if !dead.took.Load() {
		t.Fatal("the first worker took no document: nothing was delivered again")
	}
	n := 0
	if err := store.EachDocument(ctx, func(d sitrep.Document) error {
		n++
		if d.Version != 1 {
			t.Errorf("document %s stored as version %d", d.ID, d.Version)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n != len(docs) {
		t.Errorf("%d documents stored, want %d", n, len(docs))
	}
}

// TestPostgresConnectionsLost cuts every connection of the workers' store
// while they work, as a restart of PostgreSQL would: the batches that fail
// are delivered again, and in the end every document is stored once and
// the incidents are those of a direct ingest.
func TestPostgresConnectionsLost(t *testing.T) {
	url := os.Getenv("SITREP_TEST_POSTGRES")
	if url == "" {
		t.Skip("SITREP_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test): no PostgreSQL to test against")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Skipf("SITREP_TEST_POSTGRES=%s does not answer: %v", url, err)
	}
	defer admin.Close(ctx)
	schema := fmt.Sprintf("sitrep_lost_%d", os.Getpid())
	app := schema // the application_name of the store's connections, to cut only those
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	defer admin.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	store, err := postgres.Open(ctx, url+sep+"search_path="+schema+"&application_name="+app)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	q, err := nats.Open(ctx, MustServer(t))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	docs := corpus(t)
	for _, d := range docs {
		if _, err := q.Publish(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	var stored, cuts atomic.Int64
	var wg sync.WaitGroup
	for range 2 {
		w := &nats.Worker{Queue: q, Pipeline: newPipeline(t, store), Lock: store, Batch: 3,
			Done: func(n int) {
				if stored.Add(int64(n)) >= int64(len(docs)) {
					stop()
				}
			}}
		wg.Add(1)
		go func() { defer wg.Done(); w.Run(wctx) }()
	}
	// Cut the connections three times while the workers store.
	for cuts.Load() < 3 && wctx.Err() == nil {
		time.Sleep(150 * time.Millisecond)
		var n int
		if err := admin.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE application_name = $1`, app).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			cuts.Add(1)
		}
	}
	<-wctx.Done()
	wg.Wait()
	if cuts.Load() == 0 {
		t.Fatal("no connection was cut: the test proves nothing")
	}
	if n := stored.Load(); n < int64(len(docs)) {
		t.Fatalf("%d of %d documents stored", n, len(docs))
	}
	n := 0
	if err := store.EachDocument(ctx, func(d sitrep.Document) error {
		n++
		if d.Version != 1 {
			t.Errorf("document %s stored as version %d", d.ID, d.Version)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n != len(docs) {
		t.Errorf("%d documents in the store, want %d", n, len(docs))
	}
	// Fused as a direct ingest fuses them.
	direct, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "direct.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()
	p := newPipeline(t, direct)
	i := 0
	if _, err := p.Ingest(ctx, func() (sitrep.Document, bool) {
		if i == len(docs) {
			return sitrep.Document{}, false
		}
		i++
		return docs[i-1], true
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Update(ctx); err != nil {
		t.Fatal(err)
	}
	a, err := store.Incidents(ctx, sitrep.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := direct.Incidents(ctx, sitrep.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d incidents after the cuts, %d directly", len(a), len(b))
	}
	for k := range a {
		if a[k].ID != b[k].ID || a[k].Grade != b[k].Grade {
			t.Errorf("incident %d: %s (%s) after the cuts, %s (%s) directly", k, a[k].ID, a[k].Grade, b[k].ID, b[k].Grade)
		}
	}
	t.Logf("connections cut %d times; %d documents stored", cuts.Load(), n)
}

// TestWorkerTakesWhatWaits publishes two documents to a worker that takes
// batches of 64 and may wait a minute for them: it stores the two at once
// instead of waiting for a batch to fill.
func TestWorkerTakesWhatWaits(t *testing.T) {
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	q, err := nats.Open(ctx, MustServer(t))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	docs := corpus(t)[:2]
	for _, d := range docs {
		if _, err := q.Publish(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	wctx, stop := context.WithCancel(ctx)
	var stored atomic.Int64
	w := &nats.Worker{Queue: q, Pipeline: newPipeline(t, store), Lock: &nats.LocalLock{}, Batch: 64,
		Wait: time.Minute, FuseEvery: time.Minute, Done: func(n int) {
			if stored.Add(int64(n)) == int64(len(docs)) {
				stop()
			}
		}}
	w.Run(wctx)
	if ctx.Err() != nil {
		t.Fatalf("%d of %d documents stored in 20 s: the worker waited for a full batch", stored.Load(), len(docs))
	}
}
