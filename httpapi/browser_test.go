package httpapi_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/httpapi"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/sqlite"
)

// seedsFile is the seed corpus, third-party text read from ../shared.
const seedsFile = "../../shared/corpus/seeds/seeds.jsonl"

// Time limits of the browser test: the whole of it, waiting for the
// dashboard's first render, and any other step.
const (
	browserTimeout = 45 * time.Second
	readyTimeout   = 15 * time.Second
	stepTimeout    = 10 * time.Second
	settleTimeout  = 5 * time.Second
)

// seedPlaces are the places the seed corpus puts on the map.
var seedPlaces = []string{"Al-Omar", "Conoco", "Al-Shaddadi", "Al-Tanf", "Ain al-Asad", "Erbil"}

// browser returns the path of Chromium, or skips the test.
func browser(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	t.Skip("no Chromium: neither chromium on $PATH nor /usr/bin/chromium (Debian: apt-get install chromium; .ci/run installs it where it can)")
	return ""
}

// point is an incident of GET /api/v1/points, the fields the test reads.
type point struct {
	ID    string   `json:"id"`
	Lat   *float64 `json:"lat"`
	Place string   `json:"place"`
}

// TestBrowser loads the dashboard on the seed corpus and testdata/xss.jsonl
// in headless Chromium: as many markers as the API has incidents with
// coordinates, a brushed timeline that shrinks the list and a button that
// clears it, an incident's panel with its grade and quotes with marked
// evidence, markup from a report shown as text and never run, and no script
// error or CSP violation on the console. Screenshots go to
// $SITREP_SCREENSHOT_DIR or the test's temporary directory.
func TestBrowser(t *testing.T) {
	exe := browser(t)
	if _, err := os.Stat(seedsFile); err != nil {
		t.Skipf("seed corpus absent (%v): ../shared is not there", err)
	}
	start := time.Now()
	srv := seedServer(t)
	t.Logf("store and server on the seed corpus in %v", time.Since(start).Round(time.Millisecond))

	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1400, 900))
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	// Start the browser on bctx itself: a step's own deadline must not
	// reach the browser's process.
	start = time.Now()
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	t.Logf("%s started in %v", exe, time.Since(start).Round(time.Millisecond))

	// The console, subscribed before the page loads: script errors,
	// exceptions and the browser's own errors (CSP violations among them).
	// endMark, written last, tells that every earlier message has been read.
	const endMark = "sitrep browser test: end"
	var mu sync.Mutex
	var problems, warnings []string
	ended := make(chan struct{})
	messages := chromedp.Console(bctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Text == endMark {
				close(ended)
				continue
			}
			where := ""
			if m.URL != "" {
				where = fmt.Sprintf(" (%s:%d)", m.URL, m.Line+1)
			}
			switch {
			case m.Type == chromedp.ConsoleError || m.IsException():
				mu.Lock()
				problems = append(problems, m.String()+where)
				mu.Unlock()
			case m.Type == chromedp.ConsoleWarning:
				mu.Lock()
				warnings = append(warnings, m.String()+where)
				mu.Unlock()
			}
		}
	}()

	b := &page{t: t, ctx: bctx}
	start = time.Now()
	b.do(fmt.Sprintf(`load %s/ and wait up to %v for body[data-ready="1"]`, srv.URL, readyTimeout), readyTimeout,
		chromedp.Navigate(srv.URL+"/"), chromedp.WaitReady(`body[data-ready="1"]`))
	t.Logf("dashboard loaded and ready in %v", time.Since(start).Round(time.Millisecond))
	b.noXSS("after load")

	// Markers and #count against the API.
	var pts struct {
		Count  int     `json:"count"`
		Points []point `json:"points"`
	}
	getInto(t, srv.URL+"/api/v1/points", &pts)
	located := 0
	for _, p := range pts.Points {
		if p.Lat != nil {
			located++
		}
	}
	markers := evaluate[int](b, `[...document.querySelectorAll(".sitrep-marker")].reduce((n, e) => n + Number(e.dataset.count), 0)`)
	elems := evaluate[int](b, `document.querySelectorAll(".sitrep-marker").length`)
	if markers != located {
		t.Errorf("markers: data-count sums to %d over %d .sitrep-marker elements, want %d (incidents with coordinates in /api/v1/points)",
			markers, elems, located)
	}
	if n := b.count(); n != pts.Count {
		t.Errorf("#count %d, want %d (count of /api/v1/points)", n, pts.Count)
	}
	t.Logf("%d incidents, %d with coordinates; %d markers drawn for %d of them", pts.Count, located, elems, markers)
	if n := evaluate[int](b, `Number(document.getElementById("map").dataset.provinces || 0)`); n < 100 {
		t.Errorf("#map data-provinces %d: want the region's divisions drawn (over 100)", n)
	} else {
		t.Logf("%d province outlines drawn", n)
	}
	logSeedPlaces(t, pts.Points)
	b.screenshot("dashboard-seeds.png")

	// Brush the timeline from its first bar with incidents to the middle
	// one: fewer incidents shown, but some.
	type box struct{ X, Y, W, H, N float64 }
	bars := evaluate[[]box](b, `[...document.querySelectorAll("#timeline svg rect.bar")].map(r => {
		const b = r.getBoundingClientRect(); return {X: b.x, Y: b.y, W: b.width, H: b.height, N: Number(r.dataset.n)}; })`)
	svg := evaluate[box](b, `(() => { const b = document.querySelector("#timeline svg").getBoundingClientRect();
		return {X: b.x, Y: b.y, W: b.width, H: b.height, N: 0}; })()`)
	var full []box
	for _, r := range bars {
		if r.N > 0 {
			full = append(full, r)
		}
	}
	if len(full) < 2 {
		t.Fatalf("timeline: %d rect.bar, %d with incidents; want 2 or more with incidents", len(bars), len(full))
	}
	first, last := full[0], full[(len(full)-1)/2]
	x1, x2 := first.X+first.W*0.2, last.X+last.W*0.8
	y := svg.Y + svg.H/2
	before := b.count()
	left := chromedp.ButtonType(input.MouseButtonLeft)
	b.do(fmt.Sprintf("brush the timeline from x=%.0f to x=%.0f at y=%.0f", x1, x2, y), stepTimeout,
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x1, y),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x1, y, left, chromedp.ClickCount(1)),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, (x1+x2)/2, y, left),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x2, y, left),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x2, y, left, chromedp.ClickCount(1)),
	)
	b.settle(fmt.Sprintf(`document.getElementById("count").textContent !== "%d"`, before))
	after := b.count()
	listed := evaluate[int](b, `document.querySelectorAll("#list li.incident").length`)
	if after <= 0 || after >= before || listed != min(after, 500) {
		t.Errorf("brushing %d of %d bars with incidents (x %.0f..%.0f): #count %d -> %d with %d li.incident; want 0 < #count < %d, all listed",
			(len(full)+1)/2, len(full), x1, x2, before, after, listed, before)
	} else {
		t.Logf("brushing %d of %d bars with incidents: #count %d -> %d", (len(full)+1)/2, len(full), before, after)
	}
	if after != before {
		b.do("clear the brush", stepTimeout, chromedp.Click(`#clear-brush`, chromedp.NodeVisible))
		b.settle(fmt.Sprintf(`document.getElementById("count").textContent === "%d"`, before))
		if n := b.count(); n != before {
			t.Errorf("after #clear-brush: #count %d, want %d", n, before)
		}
	}

	// An incident's panel: its grade, its quotes with marked evidence.
	b.do("open the first incident", stepTimeout, chromedp.Click(`#list li.incident`), chromedp.WaitVisible(`#panel .quote`))
	panel := evaluate[struct {
		Grade         string
		Quotes, Marks int
	}](b, `({Grade: document.querySelector("#panel .grade")?.textContent.trim() ?? "",
		Quotes: document.querySelectorAll("#panel .quote").length,
		Marks: document.querySelectorAll("#panel .quote mark").length})`)
	if panel.Grade == "" || panel.Quotes == 0 || panel.Marks == 0 {
		t.Errorf("panel: grade %q, %d .quote, %d .quote mark; want a grade and quotes with marks", panel.Grade, panel.Quotes, panel.Marks)
	}

	// The report with markup: open the incidents at Conoco first, then the
	// others, until a panel quotes it; the markup must show as text.
	ids := evaluate[[]string](b, `(() => { const li = [...document.querySelectorAll("#list li.incident")];
		const conoco = li.filter(e => e.textContent.includes("Conoco"));
		return [...conoco, ...li.filter(e => !conoco.includes(e))].slice(0, 30).map(e => e.dataset.id); })()`)
	shown, opened := "", 0
	for _, id := range ids {
		opened++
		b.do("open "+id, stepTimeout, chromedp.Click(fmt.Sprintf(`#list li.incident[data-id=%q]`, id)))
		b.settle(fmt.Sprintf(`document.getElementById("panel-body").textContent.includes(%q) && document.querySelector("#panel .quote") !== null`, id))
		if !b.noXSS("panel of " + id) {
			break
		}
		if evaluate[bool](b, `[...document.querySelectorAll("#panel .quote")].some(q => q.textContent.includes("onerror"))`) {
			shown = id
			break
		}
	}
	if shown == "" {
		t.Errorf("no panel has a .quote with the text \"onerror\" of testdata/xss.jsonl: its markup was parsed, or it is not quoted (opened %d incidents: %v)", opened, ids[:opened])
	} else {
		text := evaluate[string](b, `document.getElementById("panel").textContent + "\n" + document.getElementById("list").textContent`)
		if !strings.Contains(text, "<img") {
			t.Errorf("panel of %s quotes the report but shows no text \"<img\": the markup was parsed or dropped", shown)
		}
		b.screenshot("dashboard-xss-panel.png")
	}
	b.noXSS("after opening the panels")

	// Every console message so far, then the verdict.
	b.do("mark the console's end", stepTimeout, chromedp.Evaluate[chromedp.Void](fmt.Sprintf("console.log(%q)", endMark)))
	select {
	case <-ended:
	case <-time.After(stepTimeout):
		t.Errorf("console: the end mark never arrived; messages may be missing")
	}
	mu.Lock()
	defer mu.Unlock()
	for _, w := range warnings {
		t.Logf("browser console: %s", w)
	}
	for _, p := range problems {
		t.Errorf("browser console: %s", p)
	}
}

// page drives the browser's tab for a test; each call has its own deadline
// and fails the test on error.
type page struct {
	t   *testing.T
	ctx context.Context
}

func (b *page) do(what string, d time.Duration, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, d)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// settle waits up to settleTimeout for a JavaScript expression to be true,
// and goes on when it stays false: the checks after it tell what is wrong.
func (b *page) settle(expr string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, settleTimeout)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(settleTimeout))); err != nil {
		if b.ctx.Err() != nil {
			b.t.Fatalf("wait for %s: %v", expr, err)
		}
		b.t.Logf("still false after %v: %s (%v)", settleTimeout, expr, err)
	}
}

// count returns the number in #count.
func (b *page) count() int {
	b.t.Helper()
	return evaluate[int](b, `Number(document.getElementById("count").textContent.trim())`)
}

// noXSS fails the test and returns false when a payload of
// testdata/xss.jsonl ran or became an element.
func (b *page) noXSS(when string) bool {
	b.t.Helper()
	ok := true
	if v := evaluate[string](b, `typeof window.__xss === "undefined" ? "" : String(window.__xss)`); v != "" {
		b.t.Errorf("%s: window.__xss = %s, want undefined: markup from a report ran", when, v)
		ok = false
	}
	if n := evaluate[int](b, `document.querySelectorAll('img[src="x"]').length +
		[...document.scripts].filter(s => s.textContent.includes("__xss")).length`); n != 0 {
		b.t.Errorf("%s: %d elements made from a report's markup (img[src=x], script), want 0", when, n)
		ok = false
	}
	return ok
}

// screenshot writes a full-page PNG to $SITREP_SCREENSHOT_DIR or the test's
// temporary directory.
func (b *page) screenshot(name string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := os.Getenv("SITREP_SCREENSHOT_DIR")
	if dir == "" {
		dir = b.t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		b.t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s", path)
}

// evaluate returns the value of a JavaScript expression in the page.
func evaluate[T any](b *page, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// logSeedPlaces logs which of seedPlaces have an incident with coordinates.
func logSeedPlaces(t *testing.T, points []point) {
	t.Helper()
	var on, off []string
	for _, want := range seedPlaces {
		found := false
		for _, p := range points {
			if p.Lat != nil && strings.Contains(strings.ToLower(p.Place), strings.ToLower(want)) {
				found = true
				break
			}
		}
		if found {
			on = append(on, want)
		} else {
			off = append(off, want)
		}
	}
	t.Logf("seed places on the map: %v; missing: %v", on, off)
}

// seedServer returns a dashboard server over the seed corpus and
// testdata/xss.jsonl, posted as one array to /api/v1/documents.
func seedServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "seeds.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(g)
	if err != nil {
		t.Fatal(err)
	}
	api := &httpapi.Server{Store: s, Pipeline: &pipeline.Pipeline{Store: s, Extractor: x, Fuser: cluster.New()},
		Token: token, ReadOpen: true}
	srv := httptest.NewServer(api.Handler())
	t.Cleanup(srv.Close)

	var docs []string
	for _, name := range []string{seedsFile, "testdata/xss.jsonl"} {
		docs = append(docs, jsonLines(t, name)...)
	}
	req, err := http.NewRequest("POST", srv.URL+"/api/v1/documents", strings.NewReader("["+strings.Join(docs, ",")+"]"))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		var body bytes.Buffer
		body.ReadFrom(resp.Body)
		t.Fatalf("POST /api/v1/documents: got %s, want 200: %s", resp.Status, body.String())
	}
	return srv
}

// jsonLines returns the non-blank lines of a JSON Lines file.
func jsonLines(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if !json.Valid([]byte(line)) {
			t.Fatalf("%s:%d: not JSON", name, n)
		}
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return lines
}

// getInto decodes the JSON body of GET url into v.
func getInto(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: got %s, want 200", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}
