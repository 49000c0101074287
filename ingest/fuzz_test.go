package ingest_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

// fuzzRead reads data from standard input when name is "-", else from a
// file named name, and checks the invariants of every document and problem.
// Seeds are in testdata/fuzz.
func fuzzRead(t *testing.T, name string, data []byte) {
	r := ingest.New()
	r.Limits.DocumentBytes = 1 << 16
	path := name
	if name == "-" {
		r.Stdin = bytes.NewReader(data)
	} else {
		path = MustWrite(t, t.TempDir(), name, data)
	}
	probs, err := r.Read(context.Background(), path, func(d sitrep.Document) error {
		CheckDoc(t, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	for _, p := range probs {
		if p.File != path || p.Msg == "" || p.Line < 0 || p.Offset != nil && (*p.Offset < 0 || *p.Offset > int64(len(data))) {
			t.Errorf("bad problem %+v", p)
		}
	}
}

func FuzzFrontMatter(f *testing.F) {
	f.Add([]byte("---\nid: a\ntitle: \"A \\\"quoted\\\" title\"\npublished: 2023-10-27\n---\nBody."))
	f.Add([]byte("---\r\nurl: 'https://x.example/it''s'\r\n...\r\n"))
	f.Add([]byte("---\n---\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "-", data) })
}

func FuzzJSONLLine(f *testing.F) {
	f.Add([]byte(`{"id":"a","published":"2023-10-19T14:30:00Z","text":"Rockets hit the base."}`))
	f.Add([]byte(`{"id":7,"published":null,"text":"x"}` + "\n\n" + `{"text":`))
	f.Add([]byte("\uFEFF{\"text\":\"\\ud800\"}\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "doc.jsonl", data) })
}

func FuzzTelegram(f *testing.F) {
	f.Add([]byte(`{"name":"C","id":1,"messages":[{"id":1,"type":"message","date":"2023-10-23T10:15:00","text":["a",{"type":"bold","text":"b"}]}]}`))
	f.Add([]byte(`{"messages":[{"id":2,"type":"message","text":"late id"}],"id":"3"}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "result.json", data) })
}

func FuzzSniff(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><item><description>x</description></item></channel></rss>`))
	f.Add([]byte(`<html><body><p>A drone hit a depot.</p></body></html>`))
	f.Add([]byte(`{"text":"a"}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "-", data) })
}

// FuzzFeed reads arbitrary bytes as a fetched feed (sitrep watch's path):
// every document is well formed, every problem names the URL.
func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>a</guid><description>A drone hit a depot.</description><pubDate>Mon, 29 Jan 2024 08:00:00 GMT</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><content type="html">&lt;p&gt;Rockets&lt;/p&gt;</content></entry></feed>`))
	f.Add([]byte(`<rss><channel><item></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		const url = "https://feeds.example/rss"
		probs, err := ingest.New().ReadFeed(context.Background(), url, data, func(d sitrep.Document) error {
			CheckDoc(t, d)
			return nil
		})
		if err != nil {
			t.Fatalf("ReadFeed: %v", err)
		}
		for _, p := range probs {
			if p.File != url || p.Msg == "" {
				t.Errorf("bad problem %+v", p)
			}
		}
	})
}

// FuzzHTML reads arbitrary bytes as a saved web page (.html): charset
// declarations, meta tags, scripts and broken markup.
func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<!doctype html><html><head><meta charset="windows-1256"><title>T</title><meta property="article:published_time" content="2024-01-29T08:00:00Z"></head><body><article><p>A drone hit a depot.</p><script>x()</script></article></body></html>`))
	f.Add([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>caf` + "\xe9" + `</p><div><div><div>`))
	f.Add([]byte(`<p>one<p>two<br>three<table><tr><td>cell</td></tr></table>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "page.html", data) })
}
