package nats_test

import (
	"context"
	"testing"
	"time"

	"github.com/sitrep/sitrep/nats"
)

// TestLocalLockSince: a local lock tells how long ago it was released.
func TestLocalLockSince(t *testing.T) {
	ctx := context.Background()
	var l nats.LocalLock
	if d, _ := l.SinceFusion(ctx); d < time.Hour {
		t.Fatalf("SinceFusion before any fusion: %v, want a day", d)
	}
	unlock, ok, err := l.TryLockFusion(ctx)
	if err != nil || !ok {
		t.Fatalf("TryLockFusion: %v %v", ok, err)
	}
	if _, ok, _ := l.TryLockFusion(ctx); ok {
		t.Fatal("TryLockFusion while held: ok")
	}
	unlock()
	if d, _ := l.SinceFusion(ctx); d < 0 || d > 10*time.Second {
		t.Errorf("SinceFusion just after a release: %v", d)
	}
}
