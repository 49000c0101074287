package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

// NewServer serves the fixtures under testdata/reports with the given
// Content-Types, and records the User-Agent of the last request.
func NewServer(tb testing.TB, agent *string) *httptest.Server {
	tb.Helper()
	serve := func(file, ctype string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			*agent = r.UserAgent()
			data, err := os.ReadFile(filepath.Join("testdata", "reports", file))
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", ctype)
			w.Write(data)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/feed", serve("feed.rss", "application/rss+xml; charset=utf-8"))
	mux.Handle("/feed-as-html", serve("feed.atom", "text/html"))
	mux.Handle("/article", serve("article.html", "text/html; charset=utf-8"))
	mux.Handle("/statement.txt", serve("centcom.md", "text/plain"))
	mux.Handle("/plain", serve("erbil.txt", "text/plain; charset=utf-8"))
	mux.Handle("/wire", serve("wire.jsonl", "application/x-ndjson"))
	mux.Handle("/binary", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte("\x00\x01\x02\x03"))
	}))
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

func TestReadURL(t *testing.T) {
	var agent string
	srv := NewServer(t, &agent)
	t.Run("Feed", func(t *testing.T) {
		docs, probs := MustRead(t, local(), srv.URL+"/feed")
		if len(probs) != 0 || len(docs) != 2 {
			t.Fatalf("got %d docs %v, want 2 and no problems", len(docs), probs)
		}
		if docs[0].ID != "lm-2023-10-19-tanf" || docs[0].Origin != srv.URL+"/feed" || docs[0].Outlet != "Levant Monitor" {
			t.Errorf("got %+v, want the first item from the URL", docs[0])
		}
		if agent != "sitrep/"+sitrep.Version {
			t.Errorf("got User-Agent %q, want sitrep/%s", agent, sitrep.Version)
		}
	})
	t.Run("FeedServedAsHTML", func(t *testing.T) {
		docs, _ := MustRead(t, local(), srv.URL+"/feed-as-html")
		if got, want := ids(docs), []string{"urn:nfn:2023-10-25-shaddadi", "urn:nfn:2023-10-26-harir"}; !slices.Equal(got, want) {
			t.Errorf("got IDs %q, want %q", got, want)
		}
	})
	t.Run("HTML", func(t *testing.T) {
		u := srv.URL + "/article"
		docs, probs := MustRead(t, local(), u)
		if len(probs) != 0 || len(docs) != 1 {
			t.Fatalf("got %d docs %v, want 1 and no problems", len(docs), probs)
		}
		if d := docs[0]; d.ID != u || d.URL != u || d.Origin != u || d.Outlet != "Gulf Desk" || d.Published != date(2023, 10, 24) {
			t.Errorf("got %q %q %q %q %v, want the fetched URL and the meta tags", d.ID, d.URL, d.Origin, d.Outlet, d.Published)
		}
	})
	t.Run("PlainText", func(t *testing.T) {
		u := srv.URL + "/plain"
		docs, _ := MustRead(t, local(), u)
		if len(docs) != 1 || docs[0].ID != u || docs[0].URL != u || !strings.HasPrefix(docs[0].Text, "ERBIL, Iraq") {
			t.Errorf("got %+v, want the text under the URL", docs)
		}
		docs, _ = MustRead(t, local(), srv.URL+"/statement.txt")
		if len(docs) != 1 || docs[0].ID != "centcom-2023-10-27-strikes" {
			t.Errorf("got %q, want the front matter id", ids(docs))
		}
	})
	t.Run("JSONL", func(t *testing.T) {
		docs, _ := MustRead(t, local(), srv.URL+"/wire")
		if len(docs) != 3 || docs[2].Origin != srv.URL+"/wire:4" {
			t.Errorf("got %d docs, want 3 with line origins", len(docs))
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		u := srv.URL + "/missing"
		docs, probs := MustRead(t, local(), u)
		WantProblem(t, probs, u, 0, "HTTP 404 Not Found")
		if len(docs) != 0 {
			t.Errorf("got %d docs, want 0", len(docs))
		}
	})
	t.Run("ErrBinary", func(t *testing.T) {
		u := srv.URL + "/binary"
		_, probs := MustRead(t, local(), u)
		WantProblem(t, probs, u, 0, "binary response, not text")
	})
	t.Run("ErrUnreachable", func(t *testing.T) {
		dead := httptest.NewServer(http.NotFoundHandler())
		u := dead.URL + "/feed"
		dead.Close()
		_, probs := MustRead(t, local(), u)
		WantProblem(t, probs, u, 0, "refused")
	})
	t.Run("Canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := local().Read(ctx, srv.URL+"/feed", func(sitrep.Document) error { return nil })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want %v", err, context.Canceled)
		}
	})
}

func TestReadStdin(t *testing.T) {
	read := func(t *testing.T, r *ingest.Reader, in string) ([]sitrep.Document, []sitrep.Problem) {
		t.Helper()
		r.Stdin = strings.NewReader(in)
		return MustRead(t, r, "-")
	}
	t.Run("PlainText", func(t *testing.T) {
		docs, probs := read(t, local(), "Two rockets hit the airport in Erbil, officials said.\n")
		if len(docs) != 1 || len(probs) != 0 {
			t.Fatalf("got %d docs %v, want 1 and no problems", len(docs), probs)
		}
		if d := docs[0]; d.ID != "stdin-"+d.Hash[:12] || d.Origin != "-" || d.Language != "en" {
			t.Errorf("got ID %q origin %q language %q, want stdin-<hash> - en", d.ID, d.Origin, d.Language)
		}
	})
	t.Run("Override", func(t *testing.T) {
		r := local()
		r.Outlet, r.URL, r.Published = "Pasted", "https://pasted.example/1", date(2023, 10, 30)
		docs, _ := read(t, r, "---\noutlet: Own\n---\nA drone hit Harir.")
		if d := docs[0]; d.Outlet != "Pasted" || d.URL != r.URL || d.ID != r.URL || d.Published != r.Published {
			t.Errorf("got %+v, want the Reader's values", d)
		}
	})
	t.Run("HTML", func(t *testing.T) {
		data, _ := os.ReadFile(filepath.Join("testdata", "reports", "article.html"))
		docs, _ := read(t, local(), string(data))
		if len(docs) != 1 || docs[0].Outlet != "Gulf Desk" || docs[0].Origin != "-" {
			t.Errorf("got %+v, want the article", docs)
		}
	})
	t.Run("Feed", func(t *testing.T) {
		data, _ := os.ReadFile(filepath.Join("testdata", "reports", "feed.atom"))
		docs, _ := read(t, local(), string(data))
		if len(docs) != 2 {
			t.Errorf("got %d docs, want 2", len(docs))
		}
	})
	t.Run("BraceButNotJSON", func(t *testing.T) {
		docs, probs := read(t, local(), "{Update} Shelling resumed near Kobani.\n")
		if len(docs) != 1 || len(probs) != 0 || !strings.HasPrefix(docs[0].ID, "stdin-") {
			t.Errorf("got %+v %v, want one plain text doc", docs, probs)
		}
	})
	t.Run("ErrEmpty", func(t *testing.T) {
		_, probs := read(t, local(), "")
		WantProblem(t, probs, "-", 0, "empty input")
	})
}

// local returns a reader that may fetch from the test servers, which
// listen on loopback.
func local() *ingest.Reader {
	r := ingest.New()
	r.Client = ingest.Client(true)
	return r
}

// TestPrivateRefused: by default a URL on a loopback address is refused
// before any request, with a problem that says why.
func TestPrivateRefused(t *testing.T) {
	var agent string
	srv := NewServer(t, &agent)
	_, probs := MustRead(t, ingest.New(), srv.URL+"/feed")
	if len(probs) != 1 || !strings.Contains(probs[0].Msg, "not public") || agent != "" {
		t.Errorf("problems %v, user agent seen %q: want one saying the address is not public, no request", probs, agent)
	}
}

// TestRedirects follows a bounded number of redirects.
func TestRedirects(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/r%d", &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("%s/r%d", srv.URL, n-1), http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Rockets hit the base on Monday."))
	}))
	defer srv.Close()
	if docs, probs := MustRead(t, local(), srv.URL+"/r5"); len(docs) != 1 || len(probs) != 0 {
		t.Errorf("5 redirects: %d documents, problems %v", len(docs), probs)
	}
	if docs, probs := MustRead(t, local(), srv.URL+"/r6"); len(docs) != 0 || len(probs) != 1 || !strings.Contains(probs[0].Msg, "redirects") {
		t.Errorf("6 redirects: %d documents, problems %v; want one problem about redirects", len(docs), probs)
	}
}

func TestPublic(t *testing.T) {
	for _, tc := range []struct {
		addr string
		want bool
	}{
		{"8.8.8.8", true}, {"2a00:1450:4001:80e::200e", true},
		{"127.0.0.1", false}, {"::1", false}, {"10.1.2.3", false}, {"172.16.0.1", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"fe80::1", false}, {"fc00::1", false}, {"100.64.0.1", false}, {"0.0.0.0", false},
		{"::ffff:127.0.0.1", false}, {"224.0.0.1", false}, {"255.255.255.255", false},
	} {
		if got := ingest.Public(netip.MustParseAddr(tc.addr)); got != tc.want {
			t.Errorf("Public(%s) = %v, want %v", tc.addr, got, tc.want)
		}
	}
}
