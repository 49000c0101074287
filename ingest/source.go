package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// kind is the format of an input.
type kind int

const (
	kindUnknown  kind = iota // sniff the content
	kindText                 // plain text or Markdown, with optional front matter
	kindHTML                 // a web page
	kindFeed                 // RSS or Atom
	kindJSONL                // one JSON document a line
	kindTelegram             // a Telegram Desktop channel export
)

const (
	peekSize   = 64 << 10 // bytes looked at to sniff the format
	binarySize = 8 << 10  // bytes searched for NUL
)

// source is one stream being read: a file, a response body or stdin.
type source struct {
	name   string // as given, for problems
	origin string // for Document.Origin
	id     string // document ID when the content names none
	url    string // the URL it was fetched from
	ctype  string // Content-Type of a response
	noun   string // "file", "response" or "input", for messages
	stdin  bool
	kind   kind
	br     *bufio.Reader
}

func newSource(name string, r io.Reader) *source {
	return &source{name: name, origin: name, noun: "file", br: bufio.NewReaderSize(r, peekSize)}
}

// kindOfExt returns the format a file extension names, kindUnknown if none.
func kindOfExt(ext string) kind {
	switch strings.ToLower(ext) {
	case ".txt", ".text", ".md", ".markdown":
		return kindText
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".xml", ".rss", ".atom":
		return kindFeed
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".json":
		return kindTelegram
	}
	return kindUnknown
}

// kindOfType returns the format a Content-Type names, kindUnknown if none.
func kindOfType(ctype string) kind {
	t, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return kindUnknown
	}
	switch {
	case strings.Contains(t, "html"):
		return kindHTML
	case strings.Contains(t, "rss"), strings.Contains(t, "atom"), strings.HasSuffix(t, "xml"):
		return kindFeed
	case strings.Contains(t, "ndjson"), strings.Contains(t, "jsonl"):
		return kindJSONL
	case t == "text/plain", t == "text/markdown":
		return kindText
	}
	return kindUnknown
}

// sniff guesses the format from the first bytes of an input.
func sniff(peek []byte) kind {
	p := bytes.TrimLeft(bytes.TrimPrefix(peek, bom), " \t\r\n")
	switch {
	case len(p) == 0:
		return kindText
	case p[0] == '<':
		l := bytes.ToLower(p)
		switch {
		case bytes.Contains(l, []byte("<rss")), bytes.Contains(l, []byte("<feed")),
			bytes.Contains(l, []byte("<rdf:rdf")):
			return kindFeed
		case bytes.HasPrefix(l, []byte("<?xml")) && !bytes.Contains(l, []byte("<html")):
			return kindFeed
		}
		return kindHTML
	case p[0] == '{':
		line, _, complete := bytes.Cut(p, []byte("\n"))
		switch {
		case json.Valid(line):
			return kindJSONL
		case bytes.Contains(p, []byte(`"messages"`)):
			return kindTelegram
		case !complete && len(peek) == peekSize && bytes.HasPrefix(line, []byte(`{"`)):
			return kindJSONL // a first line longer than we look at
		}
	}
	return kindText
}

var bom = []byte("\uFEFF")

// source reads src whatever its format, after checking that it is not
// empty and not binary.
func (rd *run) source(src *source) error {
	peek, err := src.br.Peek(peekSize)
	if len(peek) == 0 {
		if err == io.EOF {
			rd.fail(src.name, "empty "+src.noun)
			return nil
		}
		return rd.readFailed(src, err)
	}
	if bytes.IndexByte(peek[:min(len(peek), binarySize)], 0) >= 0 {
		rd.fail(src.name, "binary "+src.noun+", not text")
		return nil
	}
	if src.kind == kindUnknown {
		src.kind = sniff(peek)
		if ct := kindOfType(src.ctype); src.kind == kindText && ct != kindUnknown {
			src.kind = ct
		}
	}
	switch src.kind {
	case kindJSONL:
		return rd.jsonl(src)
	case kindTelegram:
		return rd.telegram(src)
	}
	max, limit := rd.r.limits().DocumentBytes, sitrep.LimitDocumentBytes
	if src.kind == kindFeed {
		max, limit = rd.r.limits().FeedBytes, sitrep.LimitFeedBytes
	}
	data, err := io.ReadAll(io.LimitReader(src.br, max+1))
	if err != nil {
		return rd.readFailed(src, err)
	}
	if int64(len(data)) > max {
		rd.refuse(src.name, 0, limit, sizeLimit(src.noun, max)+" ("+limit+")")
		return nil
	}
	switch src.kind {
	case kindHTML:
		return rd.html(src, data)
	case kindFeed:
		return rd.feed(src, data)
	}
	return rd.text(src, data)
}

// readFailed records a read error as a problem, unless the context is done.
func (rd *run) readFailed(src *source, err error) error {
	if cerr := rd.ctx.Err(); cerr != nil {
		return cerr
	}
	if errors.Is(err, errExpanded) {
		rd.refuseExpanded(src)
		return nil
	}
	rd.fail(src.name, "read: "+errMsg(err))
	return nil
}

// invalidUTF8 returns the offset of the first invalid UTF-8 sequence in b,
// or -1 when b is valid.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// cleanText strips leading byte order marks and turns CRLF into LF. A run
// of CRs before LF, left by files converted twice, goes as a whole.
func cleanText(s string) string {
	s = strings.TrimLeft(s, "\uFEFF")
	if !strings.Contains(s, "\r\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '\r')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := i + 1
		for j < len(s) && s[j] == '\r' {
			j++
		}
		b.WriteString(s[:i])
		if j == len(s) || s[j] != '\n' {
			b.WriteString(s[i:j]) // lone CRs stay
		}
		s = s[j:]
	}
}
