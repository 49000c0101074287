package httpapi

import (
	"embed"
	"io/fs"
	"net/http"
)

// The dashboard: a page, its script and style, and the vendored libraries
// and boundaries it draws with (web/vendor, fetched by web/vendor.sh with
// their licences). Nothing is loaded from elsewhere.
//
//go:embed web/index.html web/app.js web/app.css web/vendor
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
