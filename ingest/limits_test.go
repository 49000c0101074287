package ingest_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

// gz compresses data.
func gz(tb testing.TB, data []byte) []byte {
	tb.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// wantLimit fails the test unless probs hold one problem for file, at
// line, refused by limit, with msg in its message.
func wantLimit(tb testing.TB, probs []sitrep.Problem, file string, line int, limit, msg string) {
	tb.Helper()
	for _, p := range probs {
		if p.File == file && p.Line == line && p.Limit == limit && strings.Contains(p.Msg, msg) {
			return
		}
	}
	tb.Errorf("no problem %s:%d refused by %s with %q; got %+v", file, line, limit, msg, probs)
}

// jsonl is n reports as JSON Lines.
func jsonl(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, `{"id":"r%d","published":"2024-01-2%d","text":"A drone struck a base near Erbil on Monday, report %d."}`+"\n", i, i%10, i)
	}
	return b.Bytes()
}

func TestLimits(t *testing.T) {
	t.Run("GzipJSONL", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "reports.jsonl.gz", gz(t, jsonl(3)))
		docs, probs := MustRead(t, ingest.New(), path)
		if len(probs) != 0 || len(docs) != 3 || docs[0].ID != "r0" || docs[0].Origin != path+":1" {
			t.Errorf("got %d docs %q (origin %q), problems %v; want r0..r2 from %s", len(docs), ids(docs), docs[0].Origin, probs, path)
		}
	})
	t.Run("GzipText", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "note.txt.gz", gz(t, []byte("Rockets hit the base on Monday.")))
		docs, probs := MustRead(t, ingest.New(), path)
		if len(probs) != 0 || len(docs) != 1 || docs[0].ID != "note" {
			t.Errorf("got %q, problems %v; want one document note", ids(docs), probs)
		}
	})
	t.Run("NotGzip", func(t *testing.T) {
		path := MustWrite(t, t.TempDir(), "fake.jsonl.gz", jsonl(1))
		_, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "not gzip")
	})
	t.Run("GzipBomb", func(t *testing.T) {
		// 64 MB of zeros in a line of JSON: 64 KB compressed.
		big := append(append([]byte(`{"id":"bomb","text":"`), bytes.Repeat([]byte("0"), 64<<20)...), `"}`...)
		data := append(jsonl(2), big...)
		path := MustWrite(t, t.TempDir(), "bomb.jsonl.gz", gz(t, data))
		r := ingest.New()
		r.Limits.ExpandedBytes = 1 << 20
		docs, probs := MustRead(t, r, path)
		wantLimit(t, probs, path, 0, sitrep.LimitExpandedBytes, "decompressed file is larger than the 1 MB limit")
		if len(docs) != 2 || len(probs) != 1 {
			t.Errorf("got %q and %d problems; want the 2 documents before the bomb and one problem", ids(docs), len(probs))
		}
	})
	t.Run("GzipBombOverHTTP", func(t *testing.T) {
		bomb := gz(t, bytes.Repeat([]byte("a"), 32<<20))
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/gzip")
			w.Write(bomb)
		}))
		defer srv.Close()
		r := local()
		r.Limits.ExpandedBytes = 1 << 20
		_, probs := MustRead(t, r, srv.URL+"/dump.txt.gz")
		wantLimit(t, probs, srv.URL+"/dump.txt.gz", 0, sitrep.LimitExpandedBytes, "larger than the 1 MB limit")
	})
	t.Run("CompressedTransfer", func(t *testing.T) {
		// A page sent with Content-Encoding: gzip is bounded after it is
		// undone, by the document limit.
		page := gz(t, []byte("<html><body><p>"+strings.Repeat("Shelling reported. ", 1<<16)+"</p></body></html>"))
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(page)
		}))
		defer srv.Close()
		r := local()
		r.Limits.DocumentBytes = 64 << 10
		_, probs := MustRead(t, r, srv.URL+"/page")
		wantLimit(t, probs, srv.URL+"/page", 0, sitrep.LimitDocumentBytes, "response is larger than the 64 KB limit")
	})
	t.Run("JSONLineDepth", func(t *testing.T) {
		deep := `{"id":"deep","text":"x","extra":` + strings.Repeat("[", 300) + strings.Repeat("]", 300) + "}\n"
		path := MustWrite(t, t.TempDir(), "deep.jsonl", append([]byte(deep), jsonl(1)...))
		docs, probs := MustRead(t, ingest.New(), path)
		wantLimit(t, probs, path, 1, sitrep.LimitDepth, "deeper than the limit of 256 levels")
		if len(docs) != 1 || docs[0].ID != "r0" {
			t.Errorf("got %q; want r0, the line after the deep one", ids(docs))
		}
	})
	t.Run("TelegramDepth", func(t *testing.T) {
		msg := `{"id":%d,"type":"message","date":"2024-01-29T10:00:00","text":%s}`
		deep := strings.Repeat("[", 40) + `"x"` + strings.Repeat("]", 40)
		data := `{"name":"C","id":9,"messages":[` + fmt.Sprintf(msg, 1, deep) + "," + fmt.Sprintf(msg, 2, `"Rockets hit the base."`) + "]}"
		path := MustWrite(t, t.TempDir(), "result.json", []byte(data))
		r := ingest.New()
		r.Limits.Depth = 32
		docs, probs := MustRead(t, r, path)
		wantLimit(t, probs, path, 0, sitrep.LimitDepth, "message nested deeper than the limit of 32 levels")
		if len(docs) != 1 || docs[0].ID != "tg-9-2" {
			t.Errorf("got %q; want tg-9-2, the message after the deep one", ids(docs))
		}
	})
	t.Run("FeedDepth", func(t *testing.T) {
		data := `<rss version="2.0"><channel><item><description>` + strings.Repeat("<b>", 300) + "x" + strings.Repeat("</b>", 300) + `</description></item></channel></rss>`
		path := MustWrite(t, t.TempDir(), "deep.rss", []byte(data))
		_, probs := MustRead(t, ingest.New(), path)
		wantLimit(t, probs, path, 0, sitrep.LimitDepth, "XML nested deeper than the limit of 256 levels")
	})
	t.Run("HTMLDepth", func(t *testing.T) {
		data := "<html><body>" + strings.Repeat("<div>", 400) + "<p>A drone hit a depot near Erbil on Monday.</p>" + strings.Repeat("</div>", 400) + "</body></html>"
		path := MustWrite(t, t.TempDir(), "deep.html", []byte(data))
		_, probs := MustRead(t, ingest.New(), path)
		wantLimit(t, probs, path, 0, sitrep.LimitDepth, "HTML elements nested deeper than the limit of 256 levels")
	})
	t.Run("FeedItems", func(t *testing.T) {
		var b strings.Builder
		b.WriteString(`<rss version="2.0"><channel><title>Wire</title>`)
		for i := range 30 {
			fmt.Fprintf(&b, `<item><guid>g%d</guid><description>Rockets hit the base, item %d.</description></item>`, i, i)
		}
		b.WriteString(`</channel></rss>`)
		path := MustWrite(t, t.TempDir(), "many.rss", []byte(b.String()))
		r := ingest.New()
		r.Limits.FeedItems = 10
		docs, probs := MustRead(t, r, path)
		wantLimit(t, probs, path, 0, sitrep.LimitFeedItems, "feed has 30 items: read the first 10")
		if len(docs) != 10 || docs[0].ID != "g0" || docs[9].ID != "g9" {
			t.Errorf("got %q; want g0..g9", ids(docs))
		}
	})
	t.Run("FeedBytes", func(t *testing.T) {
		data := `<rss version="2.0"><channel><item><description>` + strings.Repeat("Rockets. ", 1000) + `</description></item></channel></rss>`
		path := MustWrite(t, t.TempDir(), "big.rss", []byte(data))
		r := ingest.New()
		r.Limits.FeedBytes = 4 << 10
		_, probs := MustRead(t, r, path)
		wantLimit(t, probs, path, 0, sitrep.LimitFeedBytes, "file is larger than the 4 KB limit")
	})
	t.Run("JSONDepthCounts", func(t *testing.T) {
		for _, c := range []struct {
			in   string
			want int
		}{
			{`{}`, 1}, {`"[[[["`, 0}, {`{"a":"\"[[","b":[[1]]}`, 3}, {`[[[`, 3}, {``, 0},
		} {
			if got := ingest.JSONDepth([]byte(c.in), 100); got != c.want {
				t.Errorf("JSONDepth(%s) = %d, want %d", c.in, got, c.want)
			}
		}
	})
}
