package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/bench/corpus"
	"github.com/sitrep/sitrep/bench/loadgen"
)

// TestLoad runs `sitrep serve` as its own process on a store of 2,000
// generated reports and asks it from 200 concurrent clients for 10 seconds
// (SITREP_LOAD_SECONDS) while another process ingests 4,000 more into the
// same store: no request may fail, and the server stays within 500 MB of
// resident memory. The figures are logged; bench/load.sh
// is the 60-second run.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	seconds := crashEnv(t, "SITREP_LOAD_SECONDS", 10)
	dir := t.TempDir()
	write := func(name string, n int, seed int64, prefix string) string {
		var buf bytes.Buffer
		if err := corpus.Generate(&buf, n, seed); err != nil {
			t.Fatal(err)
		}
		data := bytes.ReplaceAll(buf.Bytes(), []byte(`{"id":"`), []byte(`{"id":"`+prefix))
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	base, more := write("base.jsonl", 2000, 1, ""), write("more.jsonl", 4000, 2, "more-")
	db := filepath.Join(dir, "load.db")
	if out, err := sitrepProcess(db, "ingest", base).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}

	serve := sitrepProcess(db, "serve", "--addr", "127.0.0.1:0")
	stderr, err := serve.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		serve.Process.Signal(syscall.SIGTERM)
		serve.Wait()
	}()
	lines := bufio.NewScanner(stderr)
	url := ""
	for lines.Scan() {
		if m := regexp.MustCompile(`on (http://\S+)`).FindStringSubmatch(lines.Text()); m != nil {
			url = m[1]
			break
		}
	}
	if url == "" {
		t.Fatal("serve printed no address")
	}
	go func() {
		for lines.Scan() { // keep the pipe drained
		}
	}()

	ingest := sitrepProcess(db, "ingest", more)
	var ingestOut bytes.Buffer
	ingest.Stdout, ingest.Stderr = &ingestOut, &ingestOut
	if err := ingest.Start(); err != nil {
		t.Fatal(err)
	}
	ingestDone := make(chan error, 1)
	go func() { ingestDone <- ingest.Wait() }()

	res, err := loadgen.Run(context.Background(), loadgen.Options{URL: url, Clients: 200,
		Duration: time.Duration(seconds) * time.Second, PID: serve.Process.Pid, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("200 clients for %ds, ingest beside:\n%s", seconds, res)
	if res.Errors > 0 || res.Requests == 0 {
		t.Errorf("%d of %d requests failed", res.Errors, res.Requests)
	}
	if res.RSSMaxMB > 500 {
		t.Errorf("the server's resident memory reached %.0f MB, over the 500 MB budget", res.RSSMaxMB)
	}
	select {
	case err := <-ingestDone:
		if err != nil {
			t.Errorf("ingest beside the load: %v\n%s", err, ingestOut.String())
		} else {
			t.Logf("ingest beside the load: %s", strings.TrimSpace(ingestOut.String()))
		}
	case <-time.After(2 * time.Minute):
		ingest.Process.Kill()
		t.Errorf("ingest of 4,000 reports beside the load did not end within 2 minutes of it")
	}
}
