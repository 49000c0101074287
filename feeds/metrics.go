package feeds

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sitrep/sitrep"
)

// Collector exposes the state file at Path as Prometheus metrics, read
// at each scrape (the watcher may be another process): per feed, whether
// its last poll answered, new items taken, failures in a row, and the
// times of the last and next poll.
type Collector struct{ Path string }

var (
	feedUp = prometheus.NewDesc("sitrep_feed_up", "1 when the feed's last poll answered (new items or not modified), 0 after an error.",
		[]string{"url"}, nil)
	feedItems    = prometheus.NewDesc("sitrep_feed_items_total", "New items taken from the feed.", []string{"url"}, nil)
	feedFailures = prometheus.NewDesc("sitrep_feed_failures", "Polls of the feed that failed in a row.", []string{"url"}, nil)
	feedLast     = prometheus.NewDesc("sitrep_feed_last_poll_timestamp_seconds", "When the feed was last polled.", []string{"url"}, nil)
	feedNext     = prometheus.NewDesc("sitrep_feed_next_poll_timestamp_seconds", "When the feed is due.", []string{"url"}, nil)
	feedRefused  = prometheus.NewDesc("sitrep_feed_refusals_total", "Responses or items of the feed refused by a limit.", []string{"url", "limit"}, nil)
	stateErr     = prometheus.NewDesc("sitrep_feed_state_error", "1 when the feeds' state file cannot be read.", nil, nil)
)

// Describe sends the metrics' descriptions.
func (c Collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{feedUp, feedItems, feedFailures, feedLast, feedNext, feedRefused, stateErr} {
		ch <- d
	}
}

// Collect reads the state file and sends each feed's metrics.
func (c Collector) Collect(ch chan<- prometheus.Metric) {
	st, err := Load(c.Path)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(stateErr, prometheus.GaugeValue, 1)
		return
	}
	ch <- prometheus.MustNewConstMetric(stateErr, prometheus.GaugeValue, 0)
	for _, f := range st.List() {
		up := 1.0
		if f.Failures > 0 {
			up = 0
		}
		ch <- prometheus.MustNewConstMetric(feedUp, prometheus.GaugeValue, up, f.URL)
		ch <- prometheus.MustNewConstMetric(feedItems, prometheus.CounterValue, float64(f.Items), f.URL)
		ch <- prometheus.MustNewConstMetric(feedFailures, prometheus.GaugeValue, float64(f.Failures), f.URL)
		for _, limit := range sitrep.LimitNames {
			if n, ok := f.Refused[limit]; ok {
				ch <- prometheus.MustNewConstMetric(feedRefused, prometheus.CounterValue, float64(n), f.URL, limit)
			}
		}
		if !f.LastPoll.IsZero() {
			ch <- prometheus.MustNewConstMetric(feedLast, prometheus.GaugeValue, float64(f.LastPoll.Unix()), f.URL)
		}
		if !f.NextPoll.IsZero() {
			ch <- prometheus.MustNewConstMetric(feedNext, prometheus.GaugeValue, float64(f.NextPoll.Unix()), f.URL)
		}
	}
}
