package ingest

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"github.com/sitrep/sitrep"
)

// text reads a plain text or Markdown document with optional front matter.
func (rd *run) text(src *source, data []byte) error {
	if off := invalidUTF8(data); off >= 0 {
		rd.failUTF8(src.name, 0, int64(off))
		return nil
	}
	fm, body := splitFrontMatter(cleanText(string(data)))
	body = cleanText(body)
	doc := sitrep.Document{Text: body, URL: src.url, Origin: src.origin}
	for _, f := range fm {
		switch f.key {
		case "id":
			doc.ID = f.value
		case "title":
			doc.Title = f.value
		case "url", "link":
			doc.URL = f.value
		case "outlet", "source":
			doc.Outlet = f.value
		case "published", "date":
			d, err := parseDate(f.value)
			if err != nil {
				rd.failLine(src.name, f.line, fmt.Sprintf("bad %s date %q: want YYYY-MM-DD or RFC 3339", f.key, f.value))
			}
			doc.Published = d
		}
	}
	if strings.TrimSpace(body) == "" {
		rd.fail(src.name, "no text")
		return nil
	}
	rd.override(&doc, true)
	for _, id := range []string{doc.ID, doc.URL, src.id} {
		if doc.ID == "" {
			doc.ID = id
		}
	}
	return rd.send(doc)
}

// field is one "key: value" line of front matter.
type field struct {
	key, value string
	line       int // 1-based, in the file
}

// splitFrontMatter splits text into its front matter fields and its body.
// Front matter is a block of "key: value" lines between two "---" lines at
// the very top; without it the body is the whole text. Keys are lowercased,
// values unquoted; lines that are not "key: value" are ignored.
func splitFrontMatter(text string) (fields []field, body string) {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimRight(first, " \t") != "---" {
		return nil, text
	}
	line := 1
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		line++
		t := strings.TrimSpace(l)
		if t == "---" || t == "..." {
			return fields, strings.TrimLeft(rest, "\n")
		}
		if t == "" || t[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(t, ":")
		if !ok {
			continue
		}
		fields = append(fields, field{
			key:   strings.ToLower(strings.TrimSpace(k)),
			value: unquote(strings.TrimSpace(v)),
			line:  line,
		})
	}
	// No closing line: a leading rule, not front matter.
	return nil, text
}

// unquote removes the quotes around a YAML scalar, if any.
func unquote(v string) string {
	if len(v) < 2 {
		return v
	}
	switch {
	case v[0] == '"' && v[len(v)-1] == '"':
		if s, err := strconv.Unquote(v); err == nil {
			return s
		}
		return v[1 : len(v)-1]
	case v[0] == '\'' && v[len(v)-1] == '\'':
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	return v
}

// parseDate reads YYYY-MM-DD, RFC 3339 and, failing those, the other
// unambiguous formats that web pages and feeds use. It returns the civil
// date in the timestamp's own zone.
func parseDate(s string) (sitrep.Date, error) {
	s = strings.TrimSpace(s)
	d, err := sitrep.ParseDate(s)
	if err == nil {
		return d, nil
	}
	t, err2 := dateparse.ParseStrict(s, dateparse.SimpleErrorMessages(true))
	if err2 != nil || t.Year() < 1 {
		return sitrep.Date{}, err
	}
	return sitrep.DateOf(t), nil
}

// dateOf returns the civil date of t, or the zero Date for nil.
func dateOf(t *time.Time) sitrep.Date {
	if t == nil || t.IsZero() {
		return sitrep.Date{}
	}
	return sitrep.DateOf(*t)
}
