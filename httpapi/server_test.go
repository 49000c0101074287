package httpapi_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/httpapi"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/sqlite"
)

const token = "test-token"

// docs are written for these tests.
var docs = []string{
	`{"id":"a","outlet":"Example Wire","published":"2024-01-29","text":"Two drones struck the US base at the Conoco gas field in eastern Syria on Sunday, a US official said. The Islamic Resistance in Iraq claimed the attack."}`,
	`{"id":"b","outlet":"Example Daily","published":"2024-01-29","text":"A drone hit the Conoco gas field on Sunday, local sources said, and no one was hurt."}`,
	`{"id":"c","outlet":"Example Wire","published":"2024-01-30","text":"Three rockets hit Ain al-Asad air base in western Anbar on Monday, <script>alert(1)</script> officials said."}`,
}

// MustServer returns an API server over a new store holding docs.
func MustServer(t *testing.T, readOpen bool) (*httptest.Server, sitrep.Store) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "api.db"))
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
	api := &httpapi.Server{Store: s, Pipeline: &pipeline.Pipeline{Store: s, Extractor: x, Fuser: cluster.New()}, Token: token, ReadOpen: readOpen}
	srv := httptest.NewServer(api.Handler())
	t.Cleanup(srv.Close)
	resp := do(t, srv, "POST", "/api/v1/documents", "["+strings.Join(docs, ",")+"]", token)
	if resp.StatusCode != 200 {
		t.Fatalf("POST documents: %s", resp.Status)
	}
	return srv, s
}

func do(t *testing.T, srv *httptest.Server, method, path, body, tok string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func getJSON(t *testing.T, srv *httptest.Server, path string) (any, *http.Response) {
	t.Helper()
	resp := do(t, srv, "GET", path, "", "")
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s %s", path, resp.Status, b)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return v, resp
}

// The responses hold what the OpenAPI document says they hold.
func TestResponsesMatchOpenAPI(t *testing.T) {
	srv, store := MustServer(t, true)
	spec, _ := getJSON(t, srv, "/api/v1/openapi.json")
	check := newChecker(t, spec.(map[string]any))
	page, _ := getJSON(t, srv, "/api/v1/incidents")
	check.path(page, "/api/v1/incidents", "get")
	incs, err := store.Incidents(context.Background(), sitrep.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := page.(map[string]any)["incidents"].([]any)
	if len(got) != len(incs) || len(incs) < 2 {
		t.Fatalf("API lists %d incidents, store %d (want at least 2)", len(got), len(incs))
	}
	id := got[0].(map[string]any)["id"].(string)
	detail, _ := getJSON(t, srv, "/api/v1/incidents/"+id)
	check.path(detail, "/api/v1/incidents/{id}", "get")
	if rs := detail.(map[string]any)["reports"].([]any); len(rs) == 0 || len(rs[0].(map[string]any)["assertions"].([]any)) == 0 {
		t.Errorf("incident %s: no reports with assertions", id)
	}
	doc, _ := getJSON(t, srv, "/api/v1/documents/a")
	check.path(doc, "/api/v1/documents/{id}", "get")
	tallies, _ := getJSON(t, srv, "/api/v1/tallies")
	check.path(tallies, "/api/v1/tallies", "get")
	stats, _ := getJSON(t, srv, "/api/v1/stats")
	check.path(stats, "/api/v1/stats", "get")
	if n := stats.(map[string]any)["incidents"].(float64); int(n) != len(incs) {
		t.Errorf("stats count %v, want %d", n, len(incs))
	}
	points, _ := getJSON(t, srv, "/api/v1/points")
	check.path(points, "/api/v1/points", "get")
	if n := len(points.(map[string]any)["points"].([]any)); n != len(incs) {
		t.Errorf("points: %d, want %d", n, len(incs))
	}
	newest, _ := getJSON(t, srv, "/api/v1/incidents?sort=-date")
	check.path(newest, "/api/v1/incidents", "get")
	ns := newest.(map[string]any)["incidents"].([]any)
	if len(ns) != len(got) || ns[0].(map[string]any)["date_start"].(string) < got[0].(map[string]any)["date_start"].(string) {
		t.Errorf("sort=-date: %d incidents, first %v; ascending first %v", len(ns), ns[0], got[0])
	}
	if resp := do(t, srv, "GET", "/api/v1/incidents?sort=place", "", ""); resp.StatusCode != 400 {
		t.Errorf("sort=place: %s, want 400", resp.Status)
	}
	one, _ := getJSON(t, srv, "/api/v1/incidents?limit=1&country=SY")
	check.path(one, "/api/v1/incidents", "get")
	if p := one.(map[string]any); p["next_offset"] == nil || len(p["incidents"].([]any)) != 1 {
		t.Errorf("limit=1: %v", p)
	}
}

func TestETagAndErrors(t *testing.T) {
	srv, _ := MustServer(t, true)
	_, resp := getJSON(t, srv, "/api/v1/incidents")
	etag := resp.Header.Get("ETag")
	req, _ := http.NewRequest("GET", srv.URL+"/api/v1/incidents", nil)
	req.Header.Set("If-None-Match", etag)
	r2, err := http.DefaultClient.Do(req)
	if err != nil || r2.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match %s: got %v %v, want 304", etag, r2.Status, err)
	}
	for _, c := range []struct {
		method, path, body, tok string
		code                    int
	}{
		{"GET", "/api/v1/incidents/nope", "", "", 404},
		{"GET", "/api/v1/incidents?since=yesterday", "", "", 400},
		{"GET", "/api/v1/incidents?limit=5000", "", "", 400},
		{"POST", "/api/v1/documents", `{"text":"A drone hit Erbil airport on Monday."}`, "", 401},
		{"POST", "/api/v1/documents", `{"text":"A drone hit Erbil airport on Monday."}`, "wrong", 401},
		{"POST", "/api/v1/documents", `{"text":""}`, token, 400},
		{"POST", "/api/v1/documents", `{not json`, token, 400},
		{"GET", "/healthz", "", "", 200},
	} {
		if resp := do(t, srv, c.method, c.path, c.body, c.tok); resp.StatusCode != c.code {
			t.Errorf("%s %s: got %s, want %d", c.method, c.path, resp.Status, c.code)
		}
	}
	m := do(t, srv, "GET", "/metrics", "", "")
	b, _ := io.ReadAll(m.Body)
	if !strings.Contains(string(b), `sitrep_http_requests_total{code="404",route="incident"} 1`) {
		t.Errorf("metrics lack the 404 of route incident:\n%.2000s", b)
	}
}

// Off loopback every endpoint but /healthz wants the token; text from
// documents is escaped in JSON.
func TestClosedAndEscaped(t *testing.T) {
	srv, _ := MustServer(t, false)
	if resp := do(t, srv, "GET", "/api/v1/incidents", "", ""); resp.StatusCode != 401 {
		t.Errorf("closed read without token: %s, want 401", resp.Status)
	}
	resp := do(t, srv, "GET", "/api/v1/documents/c", "", token)
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || strings.Contains(string(b), "<script>") || !strings.Contains(string(b), `\u003cscript\u003e`) {
		t.Errorf("document c: %s %s", resp.Status, b)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q: want default-src 'none'", csp)
	}
}

// A document POSTed shows at once in the listings, though they are cached.
func TestCacheSeesWrites(t *testing.T) {
	srv, _ := MustServer(t, true)
	before, _ := getJSON(t, srv, "/api/v1/stats")
	doc := `{"id":"d","outlet":"Example Post","published":"2024-02-02","text":"Rockets hit the US embassy in Baghdad on Friday, officials said."}`
	if resp := do(t, srv, "POST", "/api/v1/documents", doc, token); resp.StatusCode != 200 {
		t.Fatalf("POST: %s", resp.Status)
	}
	after, _ := getJSON(t, srv, "/api/v1/stats")
	n0, n1 := before.(map[string]any)["incidents"].(float64), after.(map[string]any)["incidents"].(float64)
	if n1 != n0+1 {
		t.Errorf("incidents %v before the POST, %v after; want one more", n0, n1)
	}
}

// TestExport downloads the incidents of a filter in each format.
func TestExport(t *testing.T) {
	srv, store := MustServer(t, true)
	incs, err := store.Incidents(context.Background(), sitrep.IncidentFilter{Country: "SY"})
	if err != nil || len(incs) == 0 {
		t.Fatalf("incidents in SY: %d, %v", len(incs), err)
	}
	for _, tc := range []struct {
		format, ctype string
		lines         int // lines of the body: a header and a row per incident, or a line per incident
	}{
		{"csv", "text/csv; charset=utf-8", len(incs) + 1},
		{"jsonl", "application/jsonl; charset=utf-8", len(incs)},
		{"geojson", "application/geo+json", -1},
	} {
		resp := do(t, srv, "GET", "/api/v1/export?country=SY&format="+tc.format, "", "")
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != tc.ctype ||
			!strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
			t.Errorf("%s: %s, %q, %q", tc.format, resp.Status, resp.Header.Get("Content-Type"),
				resp.Header.Get("Content-Disposition"))
			continue
		}
		if tc.lines >= 0 {
			if n := strings.Count(strings.TrimSpace(string(b)), "\n") + 1; n != tc.lines {
				t.Errorf("%s: %d lines, want %d", tc.format, n, tc.lines)
			}
			continue
		}
		var fc struct{ Features []any }
		if err := json.Unmarshal(b, &fc); err != nil || len(fc.Features) == 0 {
			t.Errorf("geojson: %d features, %v", len(fc.Features), err)
		}
	}
	for _, q := range []string{"format=xlsx", "format=csv&limit=5"} {
		if resp := do(t, srv, "GET", "/api/v1/export?"+q, "", ""); resp.StatusCode != 400 {
			t.Errorf("%s: %s, want 400", q, resp.Status)
		}
	}
}

// TestDashboardFiles serves the page and its files with a strict CSP and
// lists no directories.
func TestDashboardFiles(t *testing.T) {
	srv, _ := MustServer(t, true)
	for _, path := range []string{"/", "/static/app.js", "/static/app.css", "/static/vendor/leaflet.js",
		"/static/countries-50m.json", "/static/provinces.json"} {
		resp := do(t, srv, "GET", path, "", "")
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("%s: %s", path, resp.Status)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") ||
			strings.Contains(csp, "unsafe") {
			t.Errorf("%s: CSP %q", path, csp)
		}
	}
	for _, path := range []string{"/static/", "/static/vendor/", "/static/vendor.sh", "/nothing"} {
		resp := do(t, srv, "GET", path, "", "")
		resp.Body.Close()
		if resp.StatusCode != 404 {
			t.Errorf("%s: %s, want 404", path, resp.Status)
		}
	}
}

// TestBriefPage serves the brief with a CSP that allows its style by hash
// and nothing else.
func TestBriefPage(t *testing.T) {
	srv, _ := MustServer(t, true)
	resp := do(t, srv, "GET", "/brief?since=2024-01-25&until=2024-01-31", "", "")
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "Situation brief, 2024-01-25 to 2024-01-31") {
		t.Fatalf("GET /brief: %s %.200s", resp.Status, b)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "style-src 'sha256-") ||
		strings.Contains(csp, "script-src") || strings.Contains(csp, "unsafe") {
		t.Errorf("brief CSP %q", csp)
	}
	if strings.Contains(string(b), "<script") {
		t.Errorf("brief holds a script element")
	}
	if resp := do(t, srv, "GET", "/brief?since=soon", "", ""); resp.StatusCode != 400 {
		t.Errorf("since=soon: %s, want 400", resp.Status)
	}
}

// TestInjection sends SQL injection strings through every filter of the
// listings: each is a value to match (nothing matches) or a bad request,
// and the store is whole afterwards.
func TestInjection(t *testing.T) {
	srv, store := MustServer(t, true)
	before, err := store.Incidents(context.Background(), sitrep.IncidentFilter{})
	if err != nil || len(before) == 0 {
		t.Fatalf("incidents before: %d, %v", len(before), err)
	}
	payloads := []string{`' OR '1'='1`, `' OR 1=1 --`, `"; DROP TABLE incidents; --`, `x') UNION SELECT json FROM documents --`,
		`%' OR place_fold LIKE '%`, `1; DELETE FROM incidents`, `\' OR 1=1 #`, "a\x00b"}
	for _, path := range []string{"/api/v1/incidents", "/api/v1/points", "/api/v1/stats", "/api/v1/export?format=jsonl"} {
		for _, key := range []string{"country", "place", "actor", "category", "status", "grade", "since", "until", "sort", "limit", "offset"} {
			if path == "/api/v1/points" || strings.HasPrefix(path, "/api/v1/export") {
				if key == "limit" || key == "offset" {
					continue // not paged
				}
			}
			for _, p := range payloads {
				sep := "?"
				if strings.Contains(path, "?") {
					sep = "&"
				}
				u := path + sep + key + "=" + url.QueryEscape(p)
				resp := do(t, srv, "GET", u, "", "")
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				switch resp.StatusCode {
				case 400:
				case 200:
					if strings.HasPrefix(path, "/api/v1/incidents") && !strings.Contains(string(b), `"incidents":[]`) {
						t.Errorf("GET %s matched something: %.200s", u, b)
					}
				default:
					t.Errorf("GET %s: %s", u, resp.Status)
				}
			}
		}
	}
	after, err := store.Incidents(context.Background(), sitrep.IncidentFilter{})
	if err != nil || len(after) != len(before) {
		t.Errorf("incidents after: %d, %v; want %d", len(after), err, len(before))
	}
}
