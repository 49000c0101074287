package storesql_test

import (
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// TestHeads: a head comes back at the version it was kept at only, and a
// full cache starts afresh with the head being kept.
func TestHeads(t *testing.T) {
	h := &storesql.Heads{Max: 2}
	if _, ok := h.Get("d1#0", 1); ok {
		t.Fatal("empty cache: got a head")
	}
	h.Put("d1#0", 1, sitrep.Report{Doc: "d1", Quote: "one"})
	if r, ok := h.Get("d1#0", 1); !ok || r.Quote != "one" {
		t.Fatalf("got %+v, %v; want the head kept", r, ok)
	}
	if _, ok := h.Get("d1#0", 2); ok {
		t.Fatal("version 2: got the head of version 1")
	}
	h.Put("d2#0", 1, sitrep.Report{Doc: "d2"})
	h.Put("d3#0", 1, sitrep.Report{Doc: "d3"})
	if h.Len() != 1 {
		t.Fatalf("full cache of 2 after a third head: holds %d, want 1", h.Len())
	}
	if _, ok := h.Get("d3#0", 1); !ok {
		t.Fatal("the head put last is gone")
	}
}
