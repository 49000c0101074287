package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/sitrep/sitrep"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// html reads the main text of a web page and what its meta tags say.
func (rd *run) html(src *source, data []byte) error {
	data, off := toUTF8(data, src.ctype)
	if off >= 0 {
		rd.failUTF8(src.name, 0, int64(off))
		return nil
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		rd.fail(src.name, "bad HTML: "+err.Error())
		return nil
	}
	if max := rd.r.limits().Depth; htmlDepth(root, max) > max {
		rd.refuse(src.name, 0, sitrep.LimitDepth, fmt.Sprintf("HTML elements nested deeper than the limit of %d levels (depth)", max))
		return nil
	}
	m := readMeta(root)
	var base *url.URL
	if src.url != "" {
		base, _ = url.Parse(src.url)
	}
	p := readability.NewParser()
	art, err := p.ParseAndMutate(root, base)
	var text string
	if err == nil && art.Node != nil {
		text = blockText(art.Node)
	}
	if text == "" {
		rd.fail(src.name, "no main text found")
		return nil
	}
	doc := sitrep.Document{
		URL:    first(src.url, m.url, m.canonical),
		Outlet: first(m.site, art.SiteName()),
		Title:  first(m.title, art.Title(), m.docTitle),
		Text:   text,
		Origin: src.origin,
	}
	for _, s := range m.dates {
		if d, err := parseDate(s); err == nil && !d.IsZero() {
			doc.Published = d
			break
		}
	}
	if doc.Published.IsZero() {
		if t, err := art.PublishedTime(); err == nil {
			doc.Published = dateOf(&t)
		}
	}
	// A saved page keeps its file's id, like every other file; a fetched
	// page or one on stdin is known by its URL.
	if src.noun == "file" && !src.stdin && src.id != "" {
		doc.ID = src.id
	} else {
		doc.ID = first(doc.URL, src.id)
	}
	if src.stdin {
		rd.override(&doc, false)
	}
	return rd.send(doc)
}

// toUTF8 converts a page that declares another charset to UTF-8. It returns
// the offset of the first invalid UTF-8 sequence left, or -1.
func toUTF8(data []byte, ctype string) ([]byte, int) {
	off := invalidUTF8(data)
	if off < 0 || !declaresCharset(data, ctype) {
		return data, off
	}
	enc, name, _ := charset.DetermineEncoding(data, ctype)
	if name == "utf-8" {
		return data, off
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data, off
	}
	return out, invalidUTF8(out)
}

// declaresCharset reports whether the page or its Content-Type names a
// charset; without one an invalid page is a problem, not a guess.
func declaresCharset(data []byte, ctype string) bool {
	if _, params, err := mime.ParseMediaType(ctype); err == nil && params["charset"] != "" {
		return true
	}
	head := data[:min(len(data), 2048)]
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

// pageMeta is what the head of a page says about it.
type pageMeta struct {
	title, docTitle string
	url, canonical  string
	site            string
	dates           []string // candidate publication dates, best first
}

// dateKeys are the meta names and properties that give a publication
// date, best first.
var dateKeys = []string{
	"article:published_time", "datepublished", "dc.date.issued", "dc.date",
	"dcterms.issued", "dcterms.date", "dcterms.created", "date", "pubdate",
	"publishdate", "publish-date", "og:published_time", "parsely-pub-date",
	"sailthru.date",
}

// readMeta collects the meta tags, the canonical link, the <title> and the
// first <time datetime> of a page.
func readMeta(root *html.Node) pageMeta {
	var m pageMeta
	found := map[string]string{}
	var timeDate string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" && found[key] == "" {
					found[key] = v
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case "title":
				if m.docTitle == "" {
					m.docTitle = strings.TrimSpace(textContent(n))
				}
			case "time":
				dt := attr(n, "datetime")
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") && found["datepublished"] == "" {
					found["datepublished"] = dt
				}
				if timeDate == "" {
					timeDate = dt
				}
			case "script", "style":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	m.title = first(found["og:title"], found["twitter:title"])
	m.url = found["og:url"]
	m.site = found["og:site_name"]
	for _, k := range dateKeys {
		if v := found[k]; v != "" {
			m.dates = append(m.dates, v)
		}
	}
	if timeDate != "" {
		m.dates = append(m.dates, timeDate)
	}
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textContent(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// blockText renders the text of n with one line per paragraph or other
// block, and no blank lines.
func blockText(n *html.Node) string {
	return squeezeLines(render.InnerText(n))
}

// fragmentText turns an HTML fragment, as found in feeds, into text with
// one line per paragraph. Text without markup is only squeezed.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return squeezeLines(s)
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return squeezeLines(s)
	}
	return blockText(root)
}

// squeezeLines trims every line of s, BOMs included, and drops the blank
// ones.
func squeezeLines(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		line = strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// first returns the first non-empty string of ss, trimmed.
func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
