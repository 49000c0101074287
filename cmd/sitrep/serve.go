package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/feeds"
	"github.com/sitrep/sitrep/httpapi"
)

// serve runs "sitrep serve": the HTTP API until the context ends, then a
// graceful shutdown that lets requests in flight finish.
func (e *env) serve(ctx context.Context, args []string) error {
	fs := e.newFlags("serve")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	token := fs.String("token", os.Getenv("SITREP_TOKEN"), "bearer token for POST, and for everything when not on loopback (default $SITREP_TOKEN)")
	state := fs.String("feeds-state", "", "state file of sitrep watch, for the feeds' metrics (default DB.feeds.json)")
	var lim sitrep.Limits
	readLimitFlags(fs, &lim)
	serveLimitFlags(fs, &lim)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkLimits("serve", lim); err != nil {
		return err
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return &exitError{2, fmt.Sprintf("serve: --addr %q: %v", *addr, err)}
	}
	loopback := host == "localhost"
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		loopback = true
	}
	if !loopback && *token == "" {
		return &exitError{2, fmt.Sprintf("serve: %s is not a loopback address: give --token or SITREP_TOKEN", *addr)}
	}
	store, err := e.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := e.newPipeline(ctx, store)
	if err != nil {
		return err
	}
	api := &httpapi.Server{Store: store, Pipeline: p, Token: *token, ReadOpen: loopback, Limits: lim,
		Collectors: []prometheus.Collector{feeds.Collector{Path: e.statePath(*state)}}}
	srv := &http.Server{Addr: *addr, Handler: api.Handler(), ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: lim.RequestTime, WriteTimeout: lim.RequestTime + 10*time.Second, IdleTimeout: 120 * time.Second}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintf(e.stderr, "sitrep: serving %s on http://%s (API under /api/v1, OpenAPI at /api/v1/openapi.json)\n", e.db, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(e.stderr, "sitrep: stopped")
	return nil
}
