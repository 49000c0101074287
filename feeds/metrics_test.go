package feeds_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/sitrep/sitrep/feeds"
)

func TestCollector(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feeds.json")
	now := time.Unix(1706518800, 0).UTC()
	st := &feeds.State{Feeds: map[string]*feeds.Feed{
		"https://a.example/rss": {URL: "https://a.example/rss", Status: "ok", Items: 7, LastPoll: now, NextPoll: now.Add(time.Minute)},
		"https://b.example/rss": {URL: "https://b.example/rss", Status: "error: HTTP 503", Failures: 2, LastPoll: now},
	}}
	if err := st.Save(path); err != nil {
		t.Fatal(err)
	}
	want := `
# HELP sitrep_feed_up 1 when the feed's last poll answered (new items or not modified), 0 after an error.
# TYPE sitrep_feed_up gauge
sitrep_feed_up{url="https://a.example/rss"} 1
sitrep_feed_up{url="https://b.example/rss"} 0
# HELP sitrep_feed_items_total New items taken from the feed.
# TYPE sitrep_feed_items_total counter
sitrep_feed_items_total{url="https://a.example/rss"} 7
sitrep_feed_items_total{url="https://b.example/rss"} 0
`
	c := feeds.Collector{Path: path}
	if err := testutil.CollectAndCompare(c, strings.NewReader(want), "sitrep_feed_up", "sitrep_feed_items_total"); err != nil {
		t.Error(err)
	}
	// A state file that cannot be read says so.
	if err := os.WriteFile(path, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(c)
	if n, err := testutil.GatherAndCount(reg, "sitrep_feed_state_error"); err != nil || n != 1 {
		t.Errorf("state error metric: %d, %v", n, err)
	}
	if v := testutil.ToFloat64(prometheus.CollectorFunc(func(ch chan<- prometheus.Metric) { c.Collect(ch) })); v != 1 {
		t.Errorf("sitrep_feed_state_error = %v, want 1", v)
	}
}
