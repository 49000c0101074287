package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestWatch polls a feed once (two items stored and fused), again (not
// modified: nothing new), a broken URL (an error, backing off), and shows
// the state with "feeds".
func TestWatch(t *testing.T) {
	var version atomic.Int32
	version.Store(1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/down" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		etag := fmt.Sprintf(`"%d"`, version.Load())
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Monitor</title>
<item><guid>w-1</guid><title>Drone attack</title><description>Two drones struck the Conoco gas field in eastern Syria on Monday, a US official said.</description><pubDate>Tue, 30 Jan 2024 08:00:00 GMT</pubDate></item>
<item><guid>w-2</guid><title>Rockets</title><description>Three rockets hit Ain al-Asad air base in western Anbar on Sunday, officials said.</description><pubDate>Tue, 30 Jan 2024 09:00:00 GMT</pubDate></item>
</channel></rss>`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.txt")
	body := "# feeds we follow\n" + srv.URL + "/feed\n\n" + srv.URL + "/down\n"
	if err := os.WriteFile(list, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "w.db")
	out := mustRun(t, "--db", db, "watch", "--once", "--allow-private", list)
	if !strings.Contains(out, "/feed: 2 new items, ok") || !strings.Contains(out, "/down: 0 new items, error: HTTP 503") {
		t.Errorf("first round: %q", out)
	}
	if n := strings.Count(mustRun(t, "--db", db, "incidents", "--format", "jsonl"), "\n"); n != 2 {
		t.Errorf("%d incidents after the first round, want 2", n)
	}
	out = mustRun(t, "--db", db, "watch", "--once", "--allow-private", list)
	if !strings.Contains(out, "/feed: 0 new items, not modified") {
		t.Errorf("second round: %q", out)
	}
	out = mustRun(t, "--db", db, "feeds")
	for _, want := range []string{"FEED", srv.URL + "/feed", "not modified", srv.URL + "/down", "error: HTTP 503"} {
		if !strings.Contains(out, want) {
			t.Errorf("feeds lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "  2  ") {
		t.Errorf("feeds: want 2 items for the feed:\n%s", out)
	}
}
