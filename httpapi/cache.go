package httpapi

import (
	"context"
	"sync"
	"time"
)

// Versioned is a store that says when its content may have changed (the
// SQLite store: PRAGMA data_version, which sees commits of any process).
type Versioned interface {
	Version(ctx context.Context) (int64, error)
}

// maxCached, maxCachedBytes and maxCacheBytes bound the response cache:
// entries, bytes of one response (a map's points of 100,000 incidents fit),
// bytes of all. Past them, entries picked at random make room.
const (
	maxCached      = 4096
	maxCachedBytes = 32 << 20
	maxCacheBytes  = 128 << 20
)

// maxStale is the longest a response computed before the store changed is
// served while it is computed again (longer for costly responses, see
// staleFor): a change made by another process shows within this time,
// usually within versionEvery.
const maxStale = 2 * time.Second

// refreshAfter is the age from which a stale response is computed again
// in the background: under a steady stream of writes, each page is
// computed about twice a second, not at every commit.
const refreshAfter = 500 * time.Millisecond

// responseCache keeps encoded GET responses by request URI with the store
// version they were computed at. When the store changes, a response is
// still served for up to maxStale while one computation refreshes it in
// the background, so that a store written to all the time (an ingest
// beside the server) does not make every request compute its page.
type responseCache struct {
	mu      sync.Mutex
	entries map[string]cachedBody
	bytes   int // of the entries' bodies

	fmu      sync.Mutex // guards inflight
	inflight map[string]*flight

	vmu   sync.Mutex // guards the last version asked
	last  int64
	asked time.Time
	known bool

	slots chan struct{} // computations at once
}

type cachedBody struct {
	body    []byte
	etag    string
	version int64         // of the store when computed
	at      time.Time     // when computed
	cost    time.Duration // how long it took
}

// freshFor and staleFor are how long b is served as it is after the
// store changed, and how long while it is computed again: refreshAfter
// and maxStale, or longer for a response that is costly to compute (10 and
// 20 times its cost, up to a minute), so that no page takes more than a
// tenth of the server's time refreshing it.
func (b cachedBody) freshFor() time.Duration { return max(refreshAfter, min(10*b.cost, time.Minute/2)) }
func (b cachedBody) staleFor() time.Duration { return max(maxStale, min(20*b.cost, time.Minute)) }

// versionEvery is how often the store's version is asked: a change made
// by another process is seen within this time.
const versionEvery = 100 * time.Millisecond

// version returns the store's version, asked at most every versionEvery,
// and false when the store has none (then nothing is cached).
func (s *Server) version(ctx context.Context) (int64, bool) {
	v, ok := s.Store.(Versioned)
	if !ok {
		return 0, false
	}
	c := &s.cache
	c.vmu.Lock()
	defer c.vmu.Unlock()
	if now := time.Now(); now.Sub(c.asked) >= versionEvery || !c.known {
		n, err := v.Version(ctx)
		if err != nil {
			return 0, false
		}
		c.last, c.asked, c.known = n, now, true
	}
	return c.last, true
}

// invalidate makes the next request ask the store's version, and drops
// every cached response: after a write through this server, whose client
// must read it at once.
func (s *Server) invalidate() {
	c := &s.cache
	c.vmu.Lock()
	c.known = false
	c.vmu.Unlock()
	c.mu.Lock()
	c.entries, c.bytes = nil, 0
	c.mu.Unlock()
}

// cached returns the response cached for key: fresh when the store has not
// changed since it was computed or it is younger than freshFor, else stale
// (then served only while younger than staleFor).
func (s *Server) cached(ctx context.Context, key string) (b cachedBody, fresh, ok bool) {
	n, versioned := s.version(ctx)
	if !versioned {
		return cachedBody{}, false, false
	}
	c := &s.cache
	c.mu.Lock()
	b, ok = c.entries[key]
	c.mu.Unlock()
	switch {
	case !ok:
		return cachedBody{}, false, false
	case b.version == n:
		return b, true, true
	case time.Since(b.at) < b.freshFor():
		return b, true, true // fresh enough
	case time.Since(b.at) < b.staleFor():
		return b, false, true
	}
	return cachedBody{}, false, false
}

// store caches a response.
func (s *Server) store(key string, b cachedBody) {
	if len(b.body) > maxCachedBytes {
		return
	}
	c := &s.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[string]cachedBody{}
	}
	if old, ok := c.entries[key]; ok {
		c.bytes -= len(old.body)
		delete(c.entries, key)
	}
	for k, old := range c.entries { // random order: random eviction
		if len(c.entries) < maxCached && c.bytes+len(b.body) <= maxCacheBytes {
			break
		}
		c.bytes -= len(old.body)
		delete(c.entries, k)
	}
	c.entries[key] = b
	c.bytes += len(b.body)
}

// slot takes one of the computation slots, waiting for it unless wait is
// false; it returns false when it took none.
func (s *Server) slot(ctx context.Context, wait bool) bool {
	if !wait {
		select {
		case s.cache.slots <- struct{}{}:
			return true
		default:
			return false
		}
	}
	select {
	case s.cache.slots <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (s *Server) release() { <-s.cache.slots }

// flight is one computation of a response that other requests wait for.
type flight struct {
	done chan struct{}
	body cachedBody
	err  error
}

// once computes the response for key, or waits for the computation of it
// already running.
func (s *Server) once(key string, compute func() (cachedBody, error)) (cachedBody, error) {
	c := &s.cache
	c.fmu.Lock()
	if f, ok := c.inflight[key]; ok {
		c.fmu.Unlock()
		<-f.done
		return f.body, f.err
	}
	f := &flight{done: make(chan struct{})}
	if c.inflight == nil {
		c.inflight = map[string]*flight{}
	}
	c.inflight[key] = f
	c.fmu.Unlock()
	f.body, f.err = compute()
	c.fmu.Lock()
	delete(c.inflight, key)
	c.fmu.Unlock()
	close(f.done)
	return f.body, f.err
}

// refresh computes the response for key again in the background, unless
// it is being computed or every slot is busy (a later request tries
// again).
func (s *Server) refresh(key string, compute func() (cachedBody, error)) {
	c := &s.cache
	c.fmu.Lock()
	_, running := c.inflight[key]
	c.fmu.Unlock()
	if running || !s.slot(context.Background(), false) {
		return
	}
	go func() {
		defer s.release()
		s.once(key, compute)
	}()
}
