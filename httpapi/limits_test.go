package httpapi_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/httpapi"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/sqlite"
)

// limitServer is an API server over an empty store with small limits.
func limitServer(t *testing.T, lim sitrep.Limits) *httptest.Server {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "limits.db"))
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
		Token: token, ReadOpen: true, Limits: lim}
	srv := httptest.NewServer(api.Handler())
	t.Cleanup(srv.Close)
	return srv
}

// refusals reads sitrep_limit_refusals_total{limit} from /metrics.
func refusals(t *testing.T, srv *httptest.Server, limit string) string {
	t.Helper()
	resp := do(t, srv, "GET", "/metrics", "", "")
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`(?m)^sitrep_limit_refusals_total\{limit="` + limit + `"\} (\S+)$`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("/metrics has no sitrep_limit_refusals_total{limit=%q}", limit)
	}
	return string(m[1])
}

// TestLimits: each limit of the API refuses with a status and a message
// naming it, and counts the refusal on /metrics.
func TestLimits(t *testing.T) {
	srv := limitServer(t, sitrep.Limits{BodyBytes: 4 << 10, DocumentBytes: 1 << 10, Depth: 16})
	for _, c := range []struct {
		name, body string
		code       int
		limit, msg string
	}{
		{"Body", `{"text":"` + strings.Repeat("x", 8<<10) + `"}`, 413, sitrep.LimitBodyBytes, "body is larger than the limit of 4096 bytes (body_bytes)"},
		{"Document", `{"text":"` + strings.Repeat("x", 2<<10) + `"}`, 413, sitrep.LimitDocumentBytes, "document 0: text is larger than the limit of 1024 bytes (document_bytes)"},
		{"Depth", `{"text":"x","extra":` + strings.Repeat("[", 20) + strings.Repeat("]", 20) + `}`, 400, sitrep.LimitDepth, "nested deeper than the limit of 16 levels (depth)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := refusals(t, srv, c.limit)
			resp := do(t, srv, "POST", "/api/v1/documents", c.body, token)
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != c.code || !strings.Contains(string(b), c.msg) {
				t.Errorf("POST: %s %s; want %d with %q", resp.Status, b, c.code, c.msg)
			}
			if after := refusals(t, srv, c.limit); before != "0" || after != "1" {
				t.Errorf("sitrep_limit_refusals_total{limit=%q}: %s before, %s after; want 0, 1", c.limit, before, after)
			}
		})
	}
	// A document within every limit still goes in.
	resp := do(t, srv, "POST", "/api/v1/documents", `{"id":"ok","text":"Rockets hit Ain al-Asad air base on Monday."}`, token)
	if resp.StatusCode != 200 {
		t.Errorf("POST within the limits: %s", resp.Status)
	}
	resp.Body.Close()
}

// TestRequestTime: a request past the request_time limit ends with 503
// and a message, and is counted.
func TestRequestTime(t *testing.T) {
	srv := limitServer(t, sitrep.Limits{RequestTime: time.Nanosecond})
	resp := do(t, srv, "GET", "/api/v1/incidents", "", "")
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(b), "request_time limit") {
		t.Errorf("GET incidents: %s %s; want 503 naming the request_time limit", resp.Status, b)
	}
	if n := refusals(t, srv, sitrep.LimitRequestTime); n == "0" {
		t.Errorf("sitrep_limit_refusals_total{limit=request_time} = 0 after a refusal")
	}
}
