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
// bytes of all.
const (
	maxCached      = 512
	maxCachedBytes = 32 << 20
	maxCacheBytes  = 128 << 20
)

// responseCache keeps encoded GET responses by request URI for as long as
// the store's version stays the same.
type responseCache struct {
	mu      sync.Mutex
	version int64
	entries map[string]cachedBody
	bytes   int // of the entries' bodies

	fmu      sync.Mutex // guards flight
	inflight map[string]*flight

	vmu   sync.Mutex // guards the last version asked
	last  int64
	asked time.Time
	known bool
}

type cachedBody struct {
	body []byte
	etag string
}

// versionEvery is how often the store's version is asked: a change made
// by another process shows within this time.
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

// invalidate makes the next request ask the store's version: after a
// write through this server.
func (s *Server) invalidate() {
	c := &s.cache
	c.vmu.Lock()
	c.known = false
	c.vmu.Unlock()
}

// cached returns the response cached for key if the store has not changed
// since; a change empties the cache.
func (s *Server) cached(ctx context.Context, key string) (cachedBody, bool) {
	n, ok := s.version(ctx)
	if !ok {
		return cachedBody{}, false
	}
	c := &s.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	if n != c.version {
		c.version, c.entries, c.bytes = n, nil, 0
		return cachedBody{}, false
	}
	b, hit := c.entries[key]
	return b, hit
}

// store caches a response computed under store version n.
func (s *Server) store(key string, n int64, b cachedBody) {
	if len(b.body) > maxCachedBytes {
		return
	}
	c := &s.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	if n != c.version {
		c.version, c.entries, c.bytes = n, nil, 0
	}
	if c.entries == nil || len(c.entries) >= maxCached || c.bytes+len(b.body) > maxCacheBytes {
		c.entries, c.bytes = map[string]cachedBody{}, 0
	}
	if old, ok := c.entries[key]; ok {
		c.bytes -= len(old.body)
	}
	c.entries[key] = b
	c.bytes += len(b.body)
}

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
