package feeds_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/feeds"
	"github.com/sitrep/sitrep/ingest"
)

// site serves a feed of items with an ETag, answering 304 to a matching
// If-None-Match, or errors when broken.
type site struct {
	mu       sync.Mutex
	items    []string
	broken   bool
	requests []string // If-None-Match of each request
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, r.Header.Get("If-None-Match"))
	if s.broken {
		http.Error(w, "down", http.StatusBadGateway)
		return
	}
	etag := fmt.Sprintf(`"v%d"`, len(s.items))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Example Monitor</title>`)
	for _, it := range s.items {
		fmt.Fprintf(&b, `<item><guid>%s</guid><title>%s</title><description>A drone struck the base at Al-Tanf on Monday, %s.</description><pubDate>Mon, 29 Jan 2024 08:00:00 GMT</pubDate></item>`, it, it, it)
	}
	b.WriteString(`</channel></rss>`)
	w.Write([]byte(b.String()))
}

func TestPoll(t *testing.T) {
	s := &site{items: []string{"a1", "a2"}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	now := time.Date(2024, 1, 29, 9, 0, 0, 0, time.UTC)
	p := &feeds.Poller{Client: ingest.Client(true), Interval: time.Minute, MaxBackoff: 10 * time.Minute,
		Now: func() time.Time { return now }}
	st := &feeds.State{Feeds: map[string]*feeds.Feed{}}
	st.Watch([]string{srv.URL})
	f := st.Feeds[srv.URL]
	ctx := context.Background()
	var got []string
	emit := func(d sitrep.Document) error { got = append(got, d.ID); return nil }
	poll := func() int {
		t.Helper()
		n, problems, err := p.Poll(ctx, f, emit)
		if err != nil || len(problems) > 0 {
			t.Fatalf("poll: %v %v", err, problems)
		}
		return n
	}
	if n := poll(); n != 2 || f.Status != "ok" || f.ETag != `"v2"` || !f.NextPoll.Equal(now.Add(time.Minute)) {
		t.Fatalf("first poll: %d new, %+v", n, f)
	}
	if n := poll(); n != 0 || f.Status != "not modified" {
		t.Errorf("second poll: %d new, status %q", n, f.Status)
	}
	s.mu.Lock()
	s.items = append(s.items, "a3")
	s.mu.Unlock()
	if n := poll(); n != 1 || fmt.Sprint(got) != "[a1 a2 a3]" || f.Items != 3 {
		t.Errorf("third poll: %d new, items %v, %d in all", n, got, f.Items)
	}
	// A server that fails: the wait doubles up to MaxBackoff, then resets.
	s.mu.Lock()
	s.broken = true
	s.mu.Unlock()
	for i, want := range []time.Duration{2, 4, 8, 10, 10} {
		poll()
		if !strings.HasPrefix(f.Status, "error: HTTP 502") || f.Failures != i+1 || !f.NextPoll.Equal(now.Add(want*time.Minute)) {
			t.Errorf("failure %d: status %q, %d failures, next in %v; want %v", i+1, f.Status, f.Failures,
				f.NextPoll.Sub(now), want*time.Minute)
		}
	}
	s.mu.Lock()
	s.broken = false
	s.mu.Unlock()
	if n := poll(); n != 0 || f.Failures != 0 || f.Status != "not modified" {
		t.Errorf("after recovery: %d new, %d failures, status %q", n, f.Failures, f.Status)
	}
	if s.requests[0] != "" || s.requests[1] != `"v2"` {
		t.Errorf("If-None-Match sent: %q", s.requests)
	}

	// The state survives a save and a load.
	path := filepath.Join(t.TempDir(), "feeds.json")
	if err := st.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := feeds.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if b := back.Feeds[srv.URL]; b == nil || b.ETag != f.ETag || len(b.Seen) != 3 || b.Items != 3 {
		t.Errorf("loaded %+v", b)
	}
}

// TestNotAFeed backs off from a URL that serves no feed.
func TestNotAFeed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><body>Hello</body></html>"))
	}))
	defer srv.Close()
	f := &feeds.Feed{URL: srv.URL}
	n, _, err := (&feeds.Poller{Client: ingest.Client(true)}).Poll(context.Background(), f, func(sitrep.Document) error { return nil })
	if err != nil || n != 0 || f.Failures != 1 || !strings.Contains(f.Status, "not an RSS or Atom feed") {
		t.Errorf("%d new, %v; feed %+v", n, err, f)
	}
}

// TestPrivateRefused: by default a feed on a loopback address is refused,
// and the refusal is the feed's error.
func TestPrivateRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("the request reached the server")
	}))
	defer srv.Close()
	f := &feeds.Feed{URL: srv.URL}
	if _, _, err := (&feeds.Poller{}).Poll(context.Background(), f, func(sitrep.Document) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if f.Failures != 1 || !strings.Contains(f.Status, "not public") {
		t.Errorf("feed %+v: want a failure saying the address is not public", f)
	}
}

// TestPollLimits: a feed with too many items and then one too large are
// refused by their limits, counted in the feed's state and on /metrics.
func TestPollLimits(t *testing.T) {
	s := &site{items: []string{"a1", "a2", "a3"}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	r := ingest.New()
	r.Limits.FeedItems = 2
	p := &feeds.Poller{Client: ingest.Client(true), Reader: r}
	st := &feeds.State{Feeds: map[string]*feeds.Feed{}}
	st.Watch([]string{srv.URL})
	f := st.Feeds[srv.URL]
	n, problems, err := p.Poll(context.Background(), f, func(sitrep.Document) error { return nil })
	if err != nil || n != 2 || len(problems) != 1 || problems[0].Limit != sitrep.LimitFeedItems {
		t.Errorf("poll of 3 items with feed_items 2: %d new, problems %+v, %v; want 2 and one feed_items problem", n, problems, err)
	}
	r.Limits.FeedBytes = 100
	f.ETag = ""
	if _, _, err := p.Poll(context.Background(), f, func(sitrep.Document) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(f.Status, "feed_bytes limit") || f.Failures != 1 {
		t.Errorf("poll past feed_bytes: status %q, %d failures", f.Status, f.Failures)
	}
	if f.Refused[sitrep.LimitFeedItems] != 1 || f.Refused[sitrep.LimitFeedBytes] != 1 {
		t.Errorf("refused %v, want one each of feed_items and feed_bytes", f.Refused)
	}
	path := filepath.Join(t.TempDir(), "feeds.json")
	if err := st.Save(path); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`
# HELP sitrep_feed_refusals_total Responses or items of the feed refused by a limit.
# TYPE sitrep_feed_refusals_total counter
sitrep_feed_refusals_total{limit="feed_bytes",url=%[1]q} 1
sitrep_feed_refusals_total{limit="feed_items",url=%[1]q} 1
`, srv.URL)
	if err := testutil.CollectAndCompare(feeds.Collector{Path: path}, strings.NewReader(want), "sitrep_feed_refusals_total"); err != nil {
		t.Error(err)
	}
}
