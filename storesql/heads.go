package storesql

import (
	"sync"

	"github.com/sitrep/sitrep"
)

// Heads keeps decoded report heads (reports without assertions) by key
// ("doc#seq") and document version, so that a store fusing again and
// again decodes each stored report once, not at every fusion: a stored
// version never changes, and a new version of a document has another
// version number. When it holds Max heads it starts afresh, keeping what
// the latest fusions use. Safe for concurrent use. The reports it returns
// are shared: callers must not change what their slices and pointers
// hold (fusion does not).
type Heads struct {
	Max int

	mu sync.Mutex
	m  map[string]head
}

type head struct {
	version int
	r       sitrep.Report
}

// DefaultHeads is how many heads a store keeps: at about a kilobyte each,
// some 100 MB.
const DefaultHeads = 100_000

// Get returns the head of key at version, if kept.
func (h *Heads) Get(key string, version int) (sitrep.Report, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	e, ok := h.m[key]
	if !ok || e.version != version {
		return sitrep.Report{}, false
	}
	return e.r, true
}

// Put keeps r as the head of key at version.
func (h *Heads) Put(key string, version int, r sitrep.Report) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.m == nil || len(h.m) >= max(h.Max, 1) {
		h.m = make(map[string]head, min(max(h.Max, 1), 4096))
	}
	h.m[key] = head{version, r}
}

// Len returns the number of heads kept.
func (h *Heads) Len() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.m)
}
