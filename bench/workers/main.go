// Command workers measures the queue (package nats): how fast 1 and 2
// workers take a corpus off NATS JetStream into a store, and how long a
// document published at a steady rate takes to be queryable (fused).
// After each run it checks the store against a full fusion of what it
// holds.
//
//	go run ./bench/gen -n 3000 -o /tmp/corpus.jsonl
//	go run ./bench/workers -corpus /tmp/corpus.jsonl [-db postgres://...] [-queue nats://...]
//
// Without -queue it starts an embedded NATS server; without -db each run
// gets a new SQLite file. A PostgreSQL -db gets a new schema per run.
// Each worker extracts on one goroutine (-cpus), so that two workers on a
// 2-core machine have a core each, as two worker processes would.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
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

func main() {
	corpus := flag.String("corpus", "", "JSON Lines corpus (bench/gen)")
	db := flag.String("db", "", "postgres:// URL (default: a SQLite file per run)")
	queue := flag.String("queue", "", "NATS URL (default: an embedded server)")
	cpus := flag.Int("cpus", 1, "extraction goroutines per worker")
	prefill := flag.Int("prefill", 0, "documents stored and fused before each run, the earliest published (the steady state of a desk's store)")
	rate := flag.Int("rate", 100, "documents a second for the latency run")
	seconds := flag.Int("seconds", 20, "length of the latency run")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	repeats := flag.Int("repeats", 3, "throughput runs of each count of workers (the median counts)")
	traceFile := flag.String("trace", "", "write an execution trace of the whole run to this file (go tool trace)")
	flag.Parse()
	if *traceFile != "" {
		f, err := os.Create(*traceFile)
		if err == nil {
			err = trace.Start(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "workers:", err)
			os.Exit(1)
		}
		defer trace.Stop()
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "workers:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if err := bench(*corpus, *db, *queue, *cpus, *prefill, *rate, *seconds, max(1, *repeats)); err != nil {
		fmt.Fprintln(os.Stderr, "workers:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

// run is one throughput run: how long it took, and how long fusion held
// the lock.
type run struct {
	took, held time.Duration
	cpu        cpuUse
}

type env struct {
	docs  []sitrep.Document
	db    string
	url   string
	x     *extract.Extractor
	areas sitrep.Areas // as sitrep's commands fuse with
	cpus  int
	base  []sitrep.Document // stored and fused before each run
	tmp   string
	count int
	// checked counts the runs whose store was compared with a full
	// fusion, differ those that did not match.
	checked, differ int
}

// fuser returns a fuser as sitrep's commands make one.
func (e *env) fuser() *cluster.Fuser {
	f := cluster.New()
	f.Areas = e.areas
	return f
}

func bench(corpus, db, queue string, cpus, prefill, rate, seconds, repeats int) error {
	if corpus == "" {
		return fmt.Errorf("-corpus is required")
	}
	docs, err := read(corpus)
	if err != nil {
		return err
	}
	g, err := gazetteer.Load()
	if err != nil {
		return err
	}
	x, err := extract.New(g)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "sitrep-workers")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if queue == "" {
		srv, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true,
			StoreDir: filepath.Join(tmp, "nats"), NoLog: true, NoSigs: true})
		if err != nil {
			return err
		}
		go srv.Start()
		if !srv.ReadyForConnections(10 * time.Second) {
			return fmt.Errorf("embedded NATS server not ready")
		}
		defer srv.Shutdown()
		queue = srv.ClientURL()
	}
	e := &env{docs: docs, db: db, url: queue, x: x, areas: g.Areas(), cpus: cpus, tmp: tmp}
	if prefill > 0 {
		if prefill >= len(docs) {
			return fmt.Errorf("-prefill %d: the corpus has %d documents", prefill, len(docs))
		}
		// A desk's queue brings the news in the order it is published.
		sort.SliceStable(docs, func(i, j int) bool { return docs[i].Published.Days() < docs[j].Published.Days() })
		e.base, e.docs = docs[:prefill], docs[prefill:]
	}
	store := "SQLite"
	if db != "" {
		store = "PostgreSQL"
	}
	fmt.Printf("== sitrep queue: %d documents, %s store, %d extraction goroutine(s) per worker ==\n", len(e.docs), store, cpus)
	if len(e.base) > 0 {
		fmt.Printf("each run starts from a store of the %d earliest documents, fused; the others come in order of publication\n", len(e.base))
	}
	// Each count of workers runs repeats times, in turn with the other
	// (1, 2, 1, 2, ...): the median run counts, the range shows the noise.
	runs := map[int][]run{}
	for range repeats {
		for _, k := range []int{1, 2} {
			r, err := e.throughput(k)
			if err != nil {
				return err
			}
			runs[k] = append(runs[k], r)
		}
	}
	var base float64
	var oneCores float64 // cores the median run of 1 worker kept busy
	for _, k := range []int{1, 2} {
		rs := runs[k]
		sort.Slice(rs, func(i, j int) bool { return rs[i].took < rs[j].took })
		m := rs[len(rs)/2]
		rps := float64(len(e.docs)) / m.took.Seconds()
		if k == 1 {
			base = rps
		}
		fmt.Printf("%d worker(s)   %6.1f s, %6.0f documents/s (%.2fx of 1); fusing %.1f s of it; median of %d runs, %.1f-%.1f s\n",
			k, m.took.Seconds(), rps, rps/base, m.held.Seconds(), len(rs), rs[0].took.Seconds(), rs[len(rs)-1].took.Seconds())
		// Where the 2 cores went: a worker's CPU beside the services'.
		c := m.cpu
		fmt.Printf("              CPU %.1f s of %.1f: workers %.1f s, PostgreSQL %.1f s, NATS %.1f s (%.2f ms a document in all)\n",
			c.self+c.postgres+c.nats, 2*m.took.Seconds(), c.self, c.postgres, c.nats,
			1000*(c.self+c.postgres+c.nats)/float64(len(e.docs)))
		if k == 1 {
			oneCores = (c.self + c.postgres + c.nats) / m.took.Seconds()
		}
	}
	// One worker already keeps more than a core busy (the store and the
	// queue work beside it): on this machine's cores, two workers can give
	// at most cores/oneCores of one, at the same CPU a document.
	if oneCores > 0 {
		fmt.Printf("bound         1 worker kept %.2f of %d cores busy: 2 workers give at most %.2fx of 1 here\n",
			oneCores, runtime.NumCPU(), float64(runtime.NumCPU())/oneCores)
	}
	lat, err := e.latency(2, rate, seconds)
	if err != nil {
		return err
	}
	sort.Float64s(lat)
	q := func(f float64) float64 { return lat[min(len(lat)-1, int(f*float64(len(lat))))] }
	fmt.Printf("latency       %d documents published at %d/s to 2 workers: publish to queryable p50 %.2f s, p90 %.2f s, p99 %.2f s, max %.2f s\n",
		len(lat), rate, q(0.5), q(0.9), q(0.99), lat[len(lat)-1])
	fmt.Printf("check         %d of %d runs left incidents that differ from a full fusion\n", e.differ, e.checked)
	return nil
}

func read(path string) ([]sitrep.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []sitrep.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct {
			ID, Outlet, URL, Title, Text string
			Published                    sitrep.Date
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, err
		}
		docs = append(docs, sitrep.Document{ID: d.ID, Outlet: d.Outlet, URL: d.URL, Title: d.Title, Text: d.Text, Published: d.Published})
	}
	return docs, sc.Err()
}

// fresh returns a new empty store and its fusion lock, and a new queue
// with an empty stream.
func (e *env) fresh(ctx context.Context) (sitrep.Store, nats.Locker, *nats.Queue, func(), error) {
	e.count++
	q, err := nats.Open(ctx, e.url)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if err := q.Reset(ctx); err != nil {
		return nil, nil, nil, nil, err
	}
	s, lock, closeStore, err := e.store(ctx)
	if err != nil {
		q.Close()
		return nil, nil, nil, nil, err
	}
	closeAll := func() { closeStore(); q.Close() }
	if len(e.base) > 0 {
		p := &pipeline.Pipeline{Store: s, Extractor: e.x, Fuser: e.fuser()}
		i := 0
		_, err := p.Ingest(ctx, func() (sitrep.Document, bool) {
			if i == len(e.base) {
				return sitrep.Document{}, false
			}
			i++
			return e.base[i-1], true
		})
		if err == nil {
			_, err = p.Fuse(ctx)
		}
		if err != nil {
			closeAll()
			return nil, nil, nil, nil, fmt.Errorf("prefill: %w", err)
		}
	}
	return s, lock, q, closeAll, nil
}

// store returns a new empty store, its fusion lock and its closer.
func (e *env) store(ctx context.Context) (sitrep.Store, nats.Locker, func(), error) {
	if e.db == "" {
		s, err := sqlite.Open(ctx, filepath.Join(e.tmp, fmt.Sprintf("run%d.db", e.count)))
		if err != nil {
			return nil, nil, nil, err
		}
		return s, &nats.LocalLock{}, func() { s.Close() }, nil
	}
	admin, err := pgx.Connect(ctx, e.db)
	if err != nil {
		return nil, nil, nil, err
	}
	schema := fmt.Sprintf("sitrep_bench_%d_%d", os.Getpid(), e.count)
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		admin.Close(ctx)
		return nil, nil, nil, err
	}
	drop := func() {
		admin.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
		admin.Close(context.Background())
	}
	sep := "?"
	if strings.Contains(e.db, "?") {
		sep = "&"
	}
	s, err := postgres.Open(ctx, e.db+sep+"search_path="+schema)
	if err != nil {
		drop()
		return nil, nil, nil, err
	}
	return s, s, func() { s.Close(); drop() }, nil
}

// workers runs k workers until stop is closed and they have fused.
func (e *env) workers(ctx context.Context, k int, s sitrep.Store, lock nats.Locker, q *nats.Queue,
	done func(int), fused func([]string)) (stop func()) {
	wctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for range k {
		w := &nats.Worker{Queue: q, Pipeline: &pipeline.Pipeline{Store: s, Extractor: e.x, Fuser: e.fuser(), Workers: e.cpus,
			Fused: fused}, Lock: lock, Done: done, Wait: 200 * time.Millisecond}
		wg.Add(1)
		go func() { defer wg.Done(); w.Run(wctx) }()
	}
	return func() { cancel(); wg.Wait() }
}

// check compares the incidents the workers left in s with a full fusion
// of what s holds, and counts the runs that differ.
func (e *env) check(ctx context.Context, s sitrep.Store) error {
	p := &pipeline.Pipeline{Store: s, Extractor: e.x, Fuser: e.fuser()}
	diffs, err := p.Check(ctx)
	if err != nil {
		return err
	}
	e.checked++
	if len(diffs) > 0 {
		e.differ++
		fmt.Printf("check: %d incidents differ from a full fusion (%s...)\n", len(diffs), diffs[0])
	}
	return nil
}

// timedLock is a fusion lock that adds up how long it is held.
type timedLock struct {
	nats.Locker
	held atomic.Int64 // nanoseconds
}

func (l *timedLock) timed(unlock func()) func() {
	start := time.Now()
	return func() {
		unlock()
		l.held.Add(int64(time.Since(start)))
	}
}

func (l *timedLock) LockFusion(ctx context.Context) (func(), error) {
	unlock, err := l.Locker.LockFusion(ctx)
	if err != nil {
		return nil, err
	}
	return l.timed(unlock), nil
}

func (l *timedLock) TryLockFusion(ctx context.Context) (func(), bool, error) {
	unlock, ok, err := l.Locker.TryLockFusion(ctx)
	if err != nil || !ok {
		return nil, ok, err
	}
	return l.timed(unlock), true, nil
}

// throughput publishes the corpus, then times k workers taking it in,
// fusion included, and returns how long fusions held the lock.
func (e *env) throughput(k int) (run, error) {
	ctx := context.Background()
	s, inner, q, closeAll, err := e.fresh(ctx)
	if err != nil {
		return run{}, err
	}
	lock := &timedLock{Locker: inner}
	defer closeAll()
	for _, d := range e.docs {
		if _, err := q.Publish(ctx, d); err != nil {
			return run{}, err
		}
	}
	var stored atomic.Int64
	var mu sync.Mutex
	fused := map[string]bool{}
	all := make(chan struct{})
	start, cpu0 := time.Now(), cpuNow()
	stop := e.workers(ctx, k, s, lock, q, func(n int) { stored.Add(int64(n)) }, func(ids []string) {
		mu.Lock()
		defer mu.Unlock()
		n := len(fused)
		for _, id := range ids {
			fused[id] = true
		}
		if n < len(e.docs) && len(fused) == len(e.docs) {
			close(all)
		}
	})
	select {
	case <-all:
	case <-time.After(30 * time.Minute):
		stop()
		mu.Lock()
		defer mu.Unlock()
		return run{}, fmt.Errorf("%d workers: %d of %d stored, %d fused after 30 minutes", k, stored.Load(), len(e.docs), len(fused))
	}
	d, cpu := time.Since(start), cpuNow().since(cpu0)
	stop()
	if err := e.check(ctx, s); err != nil {
		return run{}, err
	}
	return run{d, time.Duration(lock.held.Load()), cpu}, nil
}

// latency publishes documents at rate a second for the given seconds to 2
// workers and returns, for each, the seconds from publishing to the end of
// the fusion that took it in.
func (e *env) latency(k, rate, seconds int) ([]float64, error) {
	ctx := context.Background()
	s, lock, q, closeAll, err := e.fresh(ctx)
	if err != nil {
		return nil, err
	}
	defer closeAll()
	var mu sync.Mutex
	published := map[string]time.Time{}
	var lat []float64
	stop := e.workers(ctx, k, s, lock, q, nil, func(ids []string) {
		now := time.Now()
		mu.Lock()
		defer mu.Unlock()
		for _, id := range ids {
			if t, ok := published[id]; ok {
				lat = append(lat, now.Sub(t).Seconds())
				delete(published, id)
			}
		}
	})
	n := min(len(e.docs), rate*seconds)
	tick := time.NewTicker(time.Second / time.Duration(rate))
	for i := range n {
		<-tick.C
		mu.Lock()
		published[e.docs[i].ID] = time.Now()
		mu.Unlock()
		if _, err := q.Publish(ctx, e.docs[i]); err != nil {
			tick.Stop()
			stop()
			return nil, err
		}
	}
	tick.Stop()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		mu.Lock()
		left := len(published)
		mu.Unlock()
		if left == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	stop()
	if len(lat) == 0 {
		return nil, fmt.Errorf("no document fused")
	}
	if err := e.check(ctx, s); err != nil {
		return nil, err
	}
	return lat, nil
}
