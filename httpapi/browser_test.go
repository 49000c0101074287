package httpapi_test

import (
	"bufio"
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

const seedsFile = "../../shared/corpus/seeds/seeds.jsonl"

// xssDoc is a report of ours whose text and outlet carry markup that must
// stay text.
const xssDoc = `{"id":"xss-1","outlet":"<img src=x onerror=\"window.__xss=2\">Wire","published":"2024-01-30",` +
	`"title":"<script>window.__xss=1</script>",` +
	`"text":"A drone struck the Conoco gas field in eastern Syria on Monday <img src=x onerror=\"window.__xss=2\"> <script>window.__xss=1</script>, a US official said."}`

// browser returns the path of a Chromium or Chrome, or skips the test.
func browser(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium found (Debian: apt-get install chromium; .ci/run installs it where it can)")
	return ""
}

// TestBrowser loads the dashboard on the seed corpus in headless Chromium:
// as many markers as the API has incidents with coordinates, a brushed
// timeline that shrinks the list, an incident's panel with its quotes and
// marked evidence, markup in a report shown as text and never run, and no
// script error. The screenshot goes to $SITREP_SCREENSHOT_DIR or the test's
// temporary directory.
func TestBrowser(t *testing.T) {
	exe := browser(t)
	if _, err := os.Stat(seedsFile); err != nil {
		t.Skipf("seed corpus not found at %s (../shared is absent): %v", seedsFile, err)
	}
	srv := seedServer(t)

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Headless, chromedp.DisableGPU, chromedp.WindowSize(1400, 900))
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	var mu sync.Mutex
	var problems []string
	msgs := chromedp.Console(bctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				mu.Lock()
				problems = append(problems, string(m.Type)+": "+m.Text)
				mu.Unlock()
			}
		}
	}()
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(expr string, into any) {
		t.Helper()
		raw, err := chromedp.Run(bctx, chromedp.Evaluate[[]byte](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		if err := json.Unmarshal(raw, into); err != nil {
			t.Fatalf("evaluate %s: %s: %v", expr, raw, err)
		}
	}
	count := func() int {
		t.Helper()
		var n int
		eval(`Number(document.getElementById("count").textContent)`, &n)
		return n
	}

	do("load the dashboard", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(`body[data-ready="1"]`))

	// Markers against the API.
	var page struct {
		Count  int `json:"count"`
		Points []struct {
			Lat *float64 `json:"lat"`
		} `json:"points"`
	}
	getInto(t, srv.URL+"/api/v1/points", &page)
	located := 0
	for _, p := range page.Points {
		if p.Lat != nil {
			located++
		}
	}
	var markers int
	eval(`[...document.querySelectorAll(".sitrep-marker")].reduce((n, e) => n + Number(e.dataset.count), 0)`, &markers)
	if markers != located || count() != page.Count || page.Count < 15 {
		t.Errorf("markers count %d incidents with coordinates, #count %d; the API has %d incidents, %d with coordinates",
			markers, count(), page.Count, located)
	}
	var readyMs int
	eval(`Number(document.body.dataset.readyMs)`, &readyMs)
	t.Logf("%d incidents, %d markers' worth on the map; drawn %d ms after navigation start", page.Count, markers, readyMs)

	shot, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := os.Getenv("SITREP_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	shotPath := filepath.Join(dir, "dashboard-seeds.png")
	if err := os.WriteFile(shotPath, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shotPath)

	// Brush the timeline from its first bar to the middle of those holding
	// incidents: the list shrinks but keeps some.
	var bars []struct{ X, Y, W, H, N float64 }
	eval(`[...document.querySelectorAll("#timeline rect.bar")].map(r => { const b = r.getBoundingClientRect();
		return {X: b.x, Y: b.y, W: b.width, H: b.height, N: Number(r.dataset.n)}; })`, &bars)
	var full []int
	for i, b := range bars {
		if b.N > 0 {
			full = append(full, i)
		}
	}
	if len(full) < 2 {
		t.Fatalf("timeline: %d bars, %d with incidents; want 2 or more with incidents", len(bars), len(full))
	}
	before := count()
	first, last := bars[full[0]], bars[full[len(full)/2-1+len(full)%2]]
	if len(full) == 2 {
		last = first
	}
	y := first.Y + first.H/2
	if first.H == 0 {
		y = first.Y - 5
	}
	x1, x2 := first.X+first.W*0.2, last.X+last.W*0.8
	do("brush the timeline",
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x1, y),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x1, y, chromedp.ButtonType(input.MouseButtonLeft), chromedp.ClickCount(1)),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, (x1+x2)/2, y, chromedp.ButtonType(input.MouseButtonLeft)),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x2, y, chromedp.ButtonType(input.MouseButtonLeft)),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x2, y, chromedp.ButtonType(input.MouseButtonLeft), chromedp.ClickCount(1)),
	)
	after := count()
	var listed int
	eval(`document.querySelectorAll("#list li.incident").length`, &listed)
	if after <= 0 || after >= before || listed != after {
		t.Errorf("brushing %.0f..%.0f px: #count %d -> %d, %d listed; want fewer but some, all listed", x1, x2, before, after, listed)
	}
	do("clear the brush", chromedp.Click(`#clear-brush`))
	if n := count(); n != before {
		t.Errorf("after clearing the brush: #count %d, want %d", n, before)
	}

	// An incident's panel: grade, quotes, marked evidence.
	do("open an incident", chromedp.Click(`#list li.incident`), chromedp.WaitVisible(`#panel .quote`))
	var panel struct {
		Grade  string
		Quotes int
		Marks  int
	}
	eval(`({Grade: document.querySelector("#panel .grade").textContent,
		Quotes: document.querySelectorAll("#panel .quote").length,
		Marks: document.querySelectorAll("#panel .quote mark").length})`, &panel)
	if panel.Grade == "" || panel.Quotes == 0 || panel.Marks == 0 {
		t.Errorf("panel: grade %q, %d quotes, %d marks; want a grade and marked quotes", panel.Grade, panel.Quotes, panel.Marks)
	}

	// The report with markup: its incident's quote shows the markup as text.
	var ids []string
	eval(`[...document.querySelectorAll("#list li.incident")].filter(li => li.textContent.includes("2024-01-29")).map(li => li.dataset.id)`, &ids)
	shown := false
	for _, id := range ids {
		do("open "+id, chromedp.Click(fmt.Sprintf(`#list li.incident[data-id=%q]`, id)))
		if _, err := chromedp.Run(bctx, chromedp.Poll[bool](fmt.Sprintf(
			`document.getElementById("panel-body").textContent.includes(%q) && document.querySelector("#panel .quote") !== null`, id))); err != nil {
			t.Fatalf("panel of %s: %v", id, err)
		}
		var text string
		eval(`document.getElementById("panel-body").textContent`, &text)
		if strings.Contains(text, "<img src=x onerror=") {
			shown = true
			break
		}
	}
	if !shown {
		t.Errorf("no panel shows the report's markup as text (incidents of 2024-01-29: %v)", ids)
	}
	var xss any
	eval(`window.__xss === undefined ? null : window.__xss`, &xss)
	if xss != nil {
		t.Errorf("markup from a report ran: window.__xss = %v", xss)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser console: %s", p)
	}
}

// seedServer returns a dashboard server over the seed corpus and xssDoc.
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
	f, err := os.Open(seedsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			docs = append(docs, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	docs = append(docs, xssDoc)
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
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("POST documents: %s", resp.Status)
	}
	return srv
}

func getInto(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}
