package httpapi

import (
	"bytes"
	"embed"
	"io/fs"
	"net/http"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/boundaries"
	"github.com/sitrep/sitrep/brief"
)

// The dashboard: a page, its script and style, and the vendored libraries
// (web/vendor, fetched by web/vendor.sh with their licences), and the
// boundaries of package boundaries. Nothing is loaded from elsewhere.
//
//go:embed web/index.html web/app.js web/app.css web/icon.svg web/vendor
var webFiles embed.FS

// csp lets the dashboard load its own files and call its own API only: no
// inline script, no other origin, no frames, no plugins. Leaflet positions
// its elements through the CSSOM, which style-src does not restrict.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// secure sets the headers every response carries.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

// dashboard serves the page at / and its files under /static/. They hold
// no data, so they are served without the token: the page asks for it
// when the API wants one.
func dashboard(mux *http.ServeMux) {
	sub, err := fs.Sub(webFiles, "web")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(sub)
	mux.HandleFunc("GET /static/countries-50m.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "max-age=86400")
		http.ServeContent(w, r, "countries-50m.json", time.Time{}, bytes.NewReader(boundaries.TopoJSON))
	})
	mux.HandleFunc("GET /static/provinces.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "max-age=86400")
		http.ServeContent(w, r, "provinces.json", time.Time{}, bytes.NewReader(boundaries.ProvincesJSON))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, sub, "index.html")
	})
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || r.URL.Path[len(r.URL.Path)-1] == '/' {
			http.NotFound(w, r) // no directory listings
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})))
}

// briefPage serves the situation brief of ?since=&until=&country= as a
// page, with the brief's own style allowed by its hash.
func (s *Server) briefPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var opt brief.Options
	for _, d := range []struct {
		key string
		to  *sitrep.Date
	}{{"since", &opt.Since}, {"until", &opt.Until}} {
		if v := q.Get(d.key); v != "" {
			t, err := sitrep.ParseDate(v)
			if err != nil || !t.HasYear() {
				writeError(w, bad("%s %q: want YYYY-MM-DD", d.key, v))
				return
			}
			*d.to = t
		}
	}
	opt.Country = strings.ToUpper(q.Get("country"))
	b, err := brief.Build(r.Context(), s.Store, opt)
	if err != nil {
		writeError(w, err)
		return
	}
	var buf bytes.Buffer
	if err := b.HTML(&buf); err != nil {
		writeError(w, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src "+brief.StyleHash()+"; img-src 'self' data:; "+
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	w.Write(buf.Bytes())
}
