// Package httpapi serves the store over HTTP: a JSON API under /api/v1
// (incidents with filters and pagination, one incident with its evidence,
// documents, tallies against the store, stats, ingest by POST behind a
// bearer token), its OpenAPI 3 document, /healthz and Prometheus metrics.
// Read responses carry an ETag and honour If-None-Match.
package httpapi

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/pipeline"
)

//go:embed openapi.json
var openapiJSON []byte

// Redirector is a store that redirects retired incident ids.
type Redirector interface {
	Redirect(ctx context.Context, id string) (string, error)
}

// Server is the HTTP API over one store.
type Server struct {
	Store sitrep.Store
	// Pipeline ingests POSTed documents; nil turns POST off.
	Pipeline *pipeline.Pipeline
	// Token guards POST always and every endpoint but /healthz when
	// ReadOpen is false. POST is refused while Token is empty.
	Token    string
	ReadOpen bool
	// Collectors are more metrics for /metrics (the watched feeds').
	Collectors []prometheus.Collector
	// Limits: BodyBytes of a POST, DocumentBytes of each document in it,
	// Depth of its JSON, RequestTime of any request; zero fields take
	// sitrep's defaults.
	Limits sitrep.Limits

	ingestMu sync.Mutex
	cache    responseCache
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	ingested prometheus.Counter
	refused  *prometheus.CounterVec
}

// refuse counts a refusal by limit and returns its error.
func (s *Server) refuse(limit string, code int, format string, args ...any) error {
	s.refused.WithLabelValues(limit).Inc()
	return &apiError{code, fmt.Sprintf(format, args...) + " (" + limit + ")"}
}

// Handler returns the API's handler.
func (s *Server) Handler() http.Handler {
	s.reg = prometheus.NewRegistry()
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sitrep_http_requests_total",
		Help: "HTTP requests by route and status code."}, []string{"route", "code"})
	s.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "sitrep_http_request_seconds",
		Help: "HTTP request latency by route.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}, []string{"route"})
	s.ingested = prometheus.NewCounter(prometheus.CounterOpts{Name: "sitrep_ingested_documents_total",
		Help: "Documents stored through POST /api/v1/documents."})
	s.refused = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sitrep_limit_refusals_total",
		Help: "Requests refused by a limit: body_bytes, document_bytes, depth, request_time."}, []string{"limit"})
	for _, l := range []string{sitrep.LimitBodyBytes, sitrep.LimitDocumentBytes, sitrep.LimitDepth, sitrep.LimitRequestTime} {
		s.refused.WithLabelValues(l)
	}
	s.Limits = s.Limits.Or()
	s.cache.slots = make(chan struct{}, 2*runtime.GOMAXPROCS(0))
	s.reg.MustRegister(s.requests, s.latency, s.ingested, s.refused, prometheus.NewGoCollector())
	s.reg.MustRegister(s.Collectors...)

	mux := http.NewServeMux()
	route := func(pattern, name string, read bool, h func(http.ResponseWriter, *http.Request) (any, error)) {
		mux.Handle(pattern, s.wrap(name, read, h))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	route("GET /api/v1/openapi.json", "openapi", true, func(w http.ResponseWriter, r *http.Request) (any, error) {
		return json.RawMessage(openapiJSON), nil
	})
	route("GET /api/v1/incidents", "incidents", true, s.incidents)
	route("GET /api/v1/incidents/{id}", "incident", true, s.incident)
	route("GET /api/v1/points", "points", true, s.points)
	mux.Handle("GET /api/v1/export", s.guard(true, s.count("export", http.HandlerFunc(s.export))))
	route("GET /api/v1/documents/{id}", "document", true, s.document)
	route("GET /api/v1/tallies", "tallies", true, s.tallies)
	route("GET /api/v1/stats", "stats", true, s.stats)
	route("POST /api/v1/documents", "ingest", false, s.ingest)
	metrics := promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{})
	mux.Handle("GET /metrics", s.guard(true, metrics))
	dashboard(mux)
	mux.Handle("GET /brief", s.guard(true, s.count("brief", http.HandlerFunc(s.briefPage))))
	return secure(mux)
}

// apiError is an error with its HTTP status.
type apiError struct {
	code int
	msg  string
}

func (e *apiError) Error() string { return e.msg }

func bad(format string, args ...any) error {
	return &apiError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// guard checks the bearer token where one is needed.
func (s *Server) guard(read bool, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if read && s.ReadOpen {
			h.ServeHTTP(w, r)
			return
		}
		if s.Token == "" {
			writeError(w, &apiError{http.StatusForbidden, "this server takes no writes: start it with --token or SITREP_TOKEN"})
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
			writeError(w, &apiError{http.StatusUnauthorized, "missing or wrong bearer token"})
			return
		}
		h.ServeHTTP(w, r)
	})
}

// wrap turns a handler returning a value into JSON with an ETag, counting
// it in the metrics.
func (s *Server) wrap(name string, read bool, h func(http.ResponseWriter, *http.Request) (any, error)) http.Handler {
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		get := r.Method == http.MethodGet
		key := r.URL.RequestURI()
		// compute runs the handler on r and encodes its value, caching a
		// GET response.
		compute := func(w http.ResponseWriter, r *http.Request) (cachedBody, error) {
			version, versioned := s.version(r.Context())
			at := time.Now()
			v, err := h(w, r)
			if err != nil {
				return cachedBody{}, err
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(true) // untrusted text stays text in any page that embeds it
			if err := enc.Encode(v); err != nil {
				return cachedBody{}, err
			}
			b := cachedBody{body: buf.Bytes(), version: version, at: at, cost: time.Since(at)}
			if get {
				sum := sha256.Sum256(b.body)
				b.etag = `"` + hex.EncodeToString(sum[:12]) + `"`
				if versioned {
					s.store(key, b)
				}
			}
			return b, nil
		}
		var body []byte
		etag := ""
		if get {
			if c, fresh, ok := s.cached(r.Context(), key); ok {
				body, etag = c.body, c.etag
				if !fresh {
					// Served as it was; computed again beside.
					s.refresh(key, func() (cachedBody, error) {
						ctx, cancel := context.WithTimeout(context.Background(), s.Limits.RequestTime)
						defer cancel()
						return compute(discard{}, r.Clone(ctx))
					})
				}
			}
		}
		if body == nil {
			// Computations at once are bounded by the slots: requests
			// beyond wait for one rather than all share the cores.
			limited := func() (cachedBody, error) {
				if !s.slot(r.Context(), true) {
					return cachedBody{}, r.Context().Err()
				}
				defer s.release()
				return compute(w, r)
			}
			var b cachedBody
			var err error
			if get {
				b, err = s.once(key, limited) // concurrent requests for one page compute it once
			} else {
				b, err = compute(w, r)
			}
			if err != nil {
				writeError(w, err)
				return
			}
			body, etag = b.body, b.etag
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		if get {
			w.Header().Set("ETag", etag)
			w.Header().Set("Cache-Control", "no-cache")
			if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.Write(body)
	})
	return s.count(name, s.guard(read, inner))
}

// count serves h with the API's headers, counting the request and its
// latency in the metrics under name.
func (s *Server) count(name string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		hd.Set("Referrer-Policy", "no-referrer")
		ctx, cancel := context.WithTimeout(r.Context(), s.Limits.RequestTime)
		defer cancel()
		h.ServeHTTP(rec, r.WithContext(ctx))
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			s.refused.WithLabelValues(sitrep.LimitRequestTime).Inc()
		}
		s.requests.WithLabelValues(name, strconv.Itoa(rec.code)).Inc()
		s.latency.WithLabelValues(name).Observe(time.Since(start).Seconds())
	})
}

// discard is a ResponseWriter that keeps nothing, for a response
// computed again in the background.
type discard struct{}

func (discard) Header() http.Header         { return http.Header{} }
func (discard) Write(b []byte) (int, error) { return len(b), nil }
func (discard) WriteHeader(int)             {}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}

// writeError writes {"error": ...} with the error's status.
func writeError(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		code = ae.code
	case sitrep.ErrorCode(err) == sitrep.ENOTFOUND:
		code = http.StatusNotFound
	case sitrep.ErrorCode(err) == sitrep.EINVALID:
		code = http.StatusBadRequest
	case errors.Is(err, context.DeadlineExceeded):
		code = http.StatusServiceUnavailable
		err = errors.New("the request took longer than the request_time limit")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}
