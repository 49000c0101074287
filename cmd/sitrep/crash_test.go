package main

import (
	"bytes"
	"context"
	"database/sql"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/bench/corpus"
)

// TestMain runs the command itself when the test binary is started with
// SITREP_TEST_MAIN=1, so that tests can kill a real sitrep process.
func TestMain(m *testing.M) {
	if os.Getenv("SITREP_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashEnv reads a positive integer from the environment, or def.
func crashEnv(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive integer", name, v)
	}
	return n
}

// TestCrashSafety kills `sitrep ingest` of a 10,000-document corpus with
// SIGKILL at random moments, 20 times (SITREP_CRASH_DOCS and
// SITREP_CRASH_KILLS change both; SITREP_CRASH_SEED the moments), each
// time rerunning it on the same store, then lets a last run finish. The
// store must pass SQLite's integrity_check, hold every document exactly
// once, need no further fusion, and export the same incidents, byte for
// byte, as a store that was never interrupted.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode: it ingests 10,000 documents 20 times")
	}
	docs := crashEnv(t, "SITREP_CRASH_DOCS", 10000)
	kills := crashEnv(t, "SITREP_CRASH_KILLS", 20)
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("SITREP_CRASH_SEED"); v != "" {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("SITREP_CRASH_SEED=%q: %v", v, err)
		}
		seed = s
	}
	t.Logf("%d documents, %d kills, SITREP_CRASH_SEED=%d", docs, kills, seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	dir := t.TempDir()
	input := filepath.Join(dir, "reports.jsonl")
	var buf bytes.Buffer
	if err := corpus.Generate(&buf, docs, 7); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(input, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	// The uninterrupted run, and how long it takes.
	ref := filepath.Join(dir, "ref.db")
	start := time.Now()
	if out, err := sitrepProcess(ref, "ingest", input).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
	}
	full := time.Since(start)
	t.Logf("uninterrupted ingest in %v", full.Round(time.Millisecond))

	// Killed runs on one store: each resumes what the last left.
	db := filepath.Join(dir, "crash.db")
	killed, finished := 0, 0
	for killed < kills {
		cmd := sitrepProcess(db, "ingest", input)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wait := time.Duration(rng.Int64N(int64(full)))
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			// Finished before its moment: the store is whole; start over
			// on a fresh one so that every kill lands in an ingest.
			if err != nil {
				t.Fatalf("ingest run %d ended on its own with %v\n%s", killed+finished+1, err, out.String())
			}
			finished++
			t.Logf("run %d finished before its kill at %v; the next starts a fresh store", killed+finished, wait.Round(time.Millisecond))
			checkStore(t, db, docs)
			for _, f := range []string{db, db + "-wal", db + "-shm"} {
				os.Remove(f)
			}
			if finished > 3*kills {
				t.Fatalf("%d runs finished before being killed", finished)
			}
			continue
		case <-time.After(wait):
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("kill: %v", err)
		}
		<-done
		killed++
		n, _ := storedDocuments(db)
		t.Logf("kill %d at %v: %d documents stored", killed, wait.Round(time.Millisecond), n)
	}
	if out, err := sitrepProcess(db, "ingest", input).CombinedOutput(); err != nil {
		t.Fatalf("ingest after %d kills: %v\n%s", killed, err, out)
	}
	checkStore(t, db, docs)
	if out, err := sitrepProcess(db, "fuse", "--check").CombinedOutput(); err != nil {
		t.Errorf("fuse --check after %d kills: %v\n%s", killed, err, out)
	}
	want, got := exportJSONL(t, ref), exportJSONL(t, db)
	if !bytes.Equal(want, got) {
		t.Errorf("after %d kills the export (%d bytes) differs from the uninterrupted run's (%d bytes): %s",
			killed, len(got), len(want), firstDiff(string(want), string(got)))
	}
}

// sitrepProcess is the test binary run as sitrep on db.
func sitrepProcess(db string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"--db", db}, args...)...)
	cmd.Env = append(os.Environ(), "SITREP_TEST_MAIN=1")
	return cmd
}

// checkStore fails the test unless db passes integrity_check and holds
// want documents, each once.
func checkStore(t *testing.T, db string, want int) {
	t.Helper()
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var verdict string
	if err := conn.QueryRow("PRAGMA integrity_check").Scan(&verdict); err != nil || verdict != "ok" {
		t.Errorf("integrity_check of %s: %q, %v", db, verdict, err)
	}
	var n, distinct int
	if err := conn.QueryRow("SELECT count(*), count(DISTINCT id) FROM documents").Scan(&n, &distinct); err != nil {
		t.Fatal(err)
	}
	if n != want || distinct != want {
		t.Errorf("%s holds %d documents (%d distinct ids), want %d, each once", db, n, distinct, want)
	}
}

// storedDocuments counts the documents in db.
func storedDocuments(db string) (int, error) {
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	var n int
	err = conn.QueryRow("SELECT count(*) FROM documents").Scan(&n)
	return n, err
}

// exportJSONL returns the JSON Lines export of db.
func exportJSONL(t *testing.T, db string) []byte {
	t.Helper()
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"--db", db, "export", "--format", "jsonl"}, nil, &out, &errb); err != nil {
		t.Fatalf("export %s: %v\n%s", db, err, errb.String())
	}
	return out.Bytes()
}
