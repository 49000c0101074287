// Command dashboard measures how fast the dashboard first shows a store
// in headless Chromium: it serves the store (as sitrep serve does), loads
// the page -runs times, each in a fresh browser tab with an empty cache,
// and prints the first contentful paint and the moment the page has drawn
// every marker, the timeline and the list (body[data-ready], recorded by
// the page itself), both from the start of navigation.
//
//	go run ./bench/apistore -n 10000 -spread 2000 -db /tmp/dash.db
//	go run ./bench/dashboard -db /tmp/dash.db
//
// bench/dashboard.sh does both.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/sitrep/sitrep/httpapi"
	"github.com/sitrep/sitrep/sqlite"
)

func main() {
	db := flag.String("db", "", "store to serve")
	runs := flag.Int("runs", 5, "page loads")
	flag.Parse()
	if err := run(*db, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "dashboard:", err)
		os.Exit(1)
	}
}

func run(db string, runs int) error {
	if db == "" {
		return fmt.Errorf("-db is required")
	}
	exe := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		return fmt.Errorf("no Chromium found (Debian: apt-get install chromium)")
	}
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	api := &httpapi.Server{Store: store, ReadOpen: true}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: api.Handler()}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/"

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Headless, chromedp.DisableGPU, chromedp.WindowSize(1400, 900))
	actx, cancel := chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	var fcp, ready []float64
	count := ""
	for i := range runs {
		tctx, tcancel := chromedp.NewContext(actx)
		tctx, tocancel := context.WithTimeout(tctx, 60*time.Second)
		err := chromedp.Do(tctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true})
			return err
		}), chromedp.Navigate(url), chromedp.WaitVisible(`body[data-ready="1"]`))
		if err == nil {
			var raw []byte
			raw, err = chromedp.Run(tctx, chromedp.Evaluate[[]byte](`({fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime || 0,
				ready: Number(document.body.dataset.readyMs), count: document.getElementById("count").textContent,
				marks: performance.getEntriesByType("mark").map(m => m.name + " " + Math.round(m.startTime)).concat(
					performance.getEntriesByType("resource").filter(r => r.name.includes("/api/")).map(r =>
						r.name.replace(/^.*\/api\/v1\//, "") + " " + Math.round(r.startTime) + "-" + Math.round(r.responseEnd))).join(", ")})`))
			var v struct {
				FCP, Ready float64
				Count      string
				Marks      string
			}
			if err == nil {
				err = json.Unmarshal(raw, &v)
			}
			if err == nil {
				fcp, ready, count = append(fcp, v.FCP), append(ready, v.Ready), v.Count
				fmt.Printf("run %d: first paint %.0f ms, all drawn %.0f ms (%s)\n", i+1, v.FCP, v.Ready, v.Marks)
			}
		}
		tocancel()
		tcancel()
		if err != nil {
			return fmt.Errorf("run %d: %w", i+1, err)
		}
	}
	fmt.Printf("== dashboard, %s incidents, %d loads, cache disabled ==\n", count, runs)
	fmt.Printf("first contentful paint  median %.0f ms, max %.0f ms\n", median(fcp), maxOf(fcp))
	fmt.Printf("everything drawn        median %.0f ms, max %.0f ms\n", median(ready), maxOf(ready))
	return nil
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

func maxOf(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}
