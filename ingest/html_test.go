package ingest_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/ingest"
)

func TestReadHTML(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join("testdata", "reports", "article.html")
		docs, probs := MustRead(t, ingest.New(), path)
		if len(probs) != 0 || len(docs) != 1 {
			t.Fatalf("got %d docs %v, want 1 doc and no problems", len(docs), probs)
		}
		d := docs[0]
		const url = "https://gulfdesk.example/iraq/2023/10/rockets-ain-al-asad"
		if d.ID != "article" || d.URL != url || d.Outlet != "Gulf Desk" || d.Published != date(2023, 10, 24) ||
			d.Title != "Rockets fired at Ain al-Asad base, no casualties reported" || d.Origin != path || d.Language != "en" {
			t.Errorf("got %q %q %q %v %q %q %q, want the meta tags", d.ID, d.URL, d.Outlet, d.Published, d.Title, d.Origin, d.Language)
		}
		lines := strings.Split(d.Text, "\n")
		if len(lines) != 4 || !strings.HasPrefix(lines[0], "At least three rockets") || !strings.HasPrefix(lines[3], "The U.S.-led coalition") {
			t.Errorf("got text lines %q, want the 4 paragraphs", lines)
		}
		for _, junk := range []string{"Subscribe", "All rights reserved", "Privacy", "analytics"} {
			if strings.Contains(d.Text, junk) {
				t.Errorf("text keeps boilerplate %q", junk)
			}
		}
	})
	// Pages say when they were published in many ways.
	for _, tc := range []struct{ name, head, body string }{
		{"NameDate", `<meta name="date" content="2023-11-02">`, ""},
		{"Pubdate", `<meta name="pubdate" content="2023-11-02T08:00:00Z">`, ""},
		{"DublinCore", `<meta name="DC.date.issued" content="2023-11-02">`, ""},
		{"ItempropMeta", `<meta itemprop="datePublished" content="2023-11-02T10:00:00+03:00">`, ""},
		{"ItempropTime", "", `<time itemprop="datePublished" datetime="2023-11-02">2 Nov</time>`},
		{"TimeElement", "", `<time datetime="2023-11-02T06:30">Thursday</time>`},
		{"Prose", `<meta property="article:published_time" content="November 2, 2023">`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := fmt.Sprintf(htmlPage, tc.head, tc.body)
			path := MustWrite(t, t.TempDir(), "page.htm", []byte(page))
			docs, probs := MustRead(t, ingest.New(), path)
			if len(probs) != 0 || len(docs) != 1 {
				t.Fatalf("got %d docs %v, want 1 doc and no problems", len(docs), probs)
			}
			if d := docs[0]; d.Published != date(2023, 11, 2) || d.Title != "Shelling near Kobani" || d.ID != "page" {
				t.Errorf("got published %v, title %q, ID %q, want 2023-11-02, the <title> and the file name", d.Published, d.Title, d.ID)
			}
		})
	}
	t.Run("Charset", func(t *testing.T) {
		// "Qaïm" in ISO-8859-1, declared in the page.
		page := strings.Replace(fmt.Sprintf(htmlPage, `<meta charset="iso-8859-1">`, ""), "Kobani", "Qa\xefm", -1)
		path := MustWrite(t, t.TempDir(), "latin1.html", []byte(page))
		docs, probs := MustRead(t, ingest.New(), path)
		if len(probs) != 0 || len(docs) != 1 || !strings.Contains(docs[0].Text, "Qaïm") {
			t.Fatalf("got %+v %v, want the text in UTF-8", docs, probs)
		}
	})
	t.Run("ErrInvalidUTF8", func(t *testing.T) {
		page := strings.Replace(fmt.Sprintf(htmlPage, "", ""), "Kobani", "Kob\xe2ni", 1)
		path := MustWrite(t, t.TempDir(), "bad.html", []byte(page))
		_, probs := MustRead(t, ingest.New(), path)
		WantProblem(t, probs, path, 0, "invalid UTF-8")
	})
}

// htmlPage is a page with slots for extra head and body markup.
const htmlPage = `<!DOCTYPE html>
<html><head><title>Shelling near Kobani</title>%s</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="content">
<h1>Shelling near Kobani</h1>
%s
<p>Artillery shells struck two villages west of Kobani in northern Syria on Thursday, wounding three civilians, a local council official said.</p>
<p>The official blamed forces deployed across the border. There was no immediate comment from the other side, and the report could not be independently confirmed.</p>
<p>Residents said the shelling lasted about an hour and damaged a school and a water station serving several hundred families in the area.</p>
</div>
<footer>Contact us</footer>
</body></html>
`
