// Package loadgen is a load generator for the HTTP API: many clients, each
// with its own keep-alive connection, asking a mix of listings, filters,
// single incidents, stats and tallies for a while; it counts every error
// and keeps every latency. bench/load runs it from the command line and
// cmd/sitrep's TestLoad in CI.
package loadgen

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options of a run.
type Options struct {
	URL      string        // the server, http://host:port
	Clients  int           // concurrent clients, each with one connection
	Duration time.Duration // how long the clients ask
	Timeout  time.Duration // per request (default 10 s)
	Token    string        // bearer token, when reads need one
	PID      int           // the server's process, to sample its resident memory; 0 for none
	Seed     uint64
}

// Result of a run. Latencies are of requests that got an answer.
type Result struct {
	Requests   int            `json:"requests"`
	Errors     int            `json:"errors"`
	ErrorKinds map[string]int `json:"error_kinds"` // "status 503", "transport: ..."
	PerSecond  float64        `json:"per_second"`
	P50, P90   time.Duration  `json:"-"`
	P99, Max   time.Duration  `json:"-"`
	RSSStartMB float64        `json:"rss_start_mb"` // the server's, when PID is set
	RSSMaxMB   float64        `json:"rss_max_mb"`
	RSSEndMB   float64        `json:"rss_end_mb"`
	Incidents  int            `json:"incidents"` // ids known at the start, asked one by one
}

func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d (%.0f/s), errors %d", r.Requests, r.PerSecond, r.Errors)
	for k, n := range r.ErrorKinds {
		fmt.Fprintf(&b, "\n  %d x %s", n, k)
	}
	fmt.Fprintf(&b, "\nlatency p50 %v, p90 %v, p99 %v, max %v", r.P50.Round(10*time.Microsecond),
		r.P90.Round(10*time.Microsecond), r.P99.Round(10*time.Microsecond), r.Max.Round(time.Millisecond))
	if r.RSSMaxMB > 0 {
		fmt.Fprintf(&b, "\nserver resident memory: %.0f MB at the start, %.0f MB at most, %.0f MB at the end", r.RSSStartMB, r.RSSMaxMB, r.RSSEndMB)
	}
	return b.String()
}

// paths is the mix asked, by weight; {id} is an incident id known at the
// start, {off} the offset of a page of the listing.
var paths = []struct {
	path   string
	weight int
}{
	{"/api/v1/incidents", 20},
	{"/api/v1/incidents?sort=-date&limit=50", 10},
	{"/api/v1/incidents?country=IQ", 8},
	{"/api/v1/incidents?country=SY&category=drone", 8},
	{"/api/v1/incidents?since=2024-01-01&until=2024-01-31", 6},
	{"/api/v1/incidents?offset={off}&limit=100", 8},
	{"/api/v1/incidents/{id}", 25},
	{"/api/v1/stats", 5},
	{"/api/v1/tallies", 5},
	{"/healthz", 5},
}

// Run runs the clients and returns what they saw.
func Run(ctx context.Context, o Options) (Result, error) {
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	tr := &http.Transport{MaxIdleConns: o.Clients, MaxIdleConnsPerHost: o.Clients, IdleConnTimeout: time.Minute}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: o.Timeout}
	ids, total, err := known(ctx, client, o)
	if err != nil {
		return Result{}, err
	}
	weights := 0
	for _, p := range paths {
		weights += p.weight
	}

	var mu sync.Mutex
	res := Result{ErrorKinds: map[string]int{}, Incidents: len(ids)}
	var lat []time.Duration
	stop := make(chan struct{})
	var rssWG sync.WaitGroup
	if o.PID > 0 {
		res.RSSStartMB = rssMB(o.PID)
		rssWG.Add(1)
		go func() {
			defer rssWG.Done()
			t := time.NewTicker(250 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					if m := rssMB(o.PID); m > 0 {
						mu.Lock()
						res.RSSMaxMB = max(res.RSSMaxMB, m)
						res.RSSEndMB = m
						mu.Unlock()
					}
				}
			}
		}()
	}
	deadline := time.Now().Add(o.Duration)
	start := time.Now()
	var wg sync.WaitGroup
	for c := range o.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(o.Seed, uint64(c)))
			var mine []time.Duration
			kinds := map[string]int{}
			buf := make([]byte, 32<<10)
			for time.Now().Before(deadline) && ctx.Err() == nil {
				path := pick(rng, weights)
				if strings.Contains(path, "{id}") {
					if len(ids) == 0 {
						continue
					}
					path = strings.Replace(path, "{id}", ids[rng.IntN(len(ids))], 1)
				}
				path = strings.Replace(path, "{off}", strconv.Itoa(100*rng.IntN(max(total/100, 1))), 1)
				t0 := time.Now()
				kind := ask(ctx, client, o, path, buf)
				if kind != "" {
					kinds[kind+" ("+path+")"]++
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			for k, n := range kinds {
				res.ErrorKinds[k] += n
				res.Errors += n
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(stop)
	rssWG.Wait()
	res.Requests = len(lat) + res.Errors
	res.PerSecond = float64(res.Requests) / elapsed.Seconds()
	slices.Sort(lat)
	if len(lat) > 0 {
		q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
		res.P50, res.P90, res.P99, res.Max = q(0.50), q(0.90), q(0.99), lat[len(lat)-1]
	}
	return res, nil
}

// known returns up to 1,000 incident ids and how many there are: the
// offsets asked fall within them.
func known(ctx context.Context, client *http.Client, o Options) ([]string, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, o.URL+"/api/v1/incidents?limit=1000", nil)
	if err != nil {
		return nil, 0, err
	}
	if o.Token != "" {
		req.Header.Set("Authorization", "Bearer "+o.Token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, 0, fmt.Errorf("GET /api/v1/incidents: %s", resp.Status)
	}
	var page struct {
		Incidents []struct {
			ID string `json:"id"`
		} `json:"incidents"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		return nil, 0, fmt.Errorf("GET /api/v1/incidents: %w", err)
	}
	ids := make([]string, len(page.Incidents))
	for i, inc := range page.Incidents {
		ids[i] = inc.ID
	}
	return ids, len(ids), nil
}

// pick draws a path of the mix.
func pick(rng *rand.Rand, weights int) string {
	n := rng.IntN(weights)
	for _, p := range paths {
		if n < p.weight {
			return p.path
		}
		n -= p.weight
	}
	return paths[0].path
}

// ask GETs path and reads the whole answer; it returns "" for 200 and 304,
// else what went wrong.
func ask(ctx context.Context, client *http.Client, o Options, path string, buf []byte) string {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, o.URL+path, nil)
	if err != nil {
		return "request: " + err.Error()
	}
	if o.Token != "" {
		req.Header.Set("Authorization", "Bearer "+o.Token)
	}
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ""
		}
		return "transport: " + err.Error()
	}
	_, err = io.CopyBuffer(io.Discard, resp.Body, buf)
	resp.Body.Close()
	switch {
	case err != nil:
		return "body: " + err.Error()
	case resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusNotModified:
		return "status " + strconv.Itoa(resp.StatusCode)
	}
	return ""
}

// rssMB reads a process's resident memory in MB from /proc, 0 when it
// cannot.
func rssMB(pid int) float64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}
