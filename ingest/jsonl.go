package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// record is one line of a JSON Lines file.
type record struct {
	ID        json.RawMessage `json:"id"` // a string or a number
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Title     string          `json:"title"`
	Published *string         `json:"published"`
	Text      string          `json:"text"`
}

// jsonl reads one document a line. Each bad line gives one problem and the
// other lines still go through; blank lines are skipped.
func (rd *run) jsonl(src *source) error {
	max := rd.r.limits().DocumentBytes
	var buf []byte
	var off int64 // of the current line in the input
	for n := 1; ; n++ {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		line, size, long, err := readLine(src.br, buf[:0], max)
		buf = line
		if err != nil && err != io.EOF {
			return rd.readFailed(src, err)
		}
		if size == 0 && err == io.EOF {
			return nil
		}
		start := off
		off += size
		if n == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		switch {
		case long:
			rd.refuse(src.name, n, sitrep.LimitDocumentBytes, sizeLimit("line", max)+" (document_bytes)")
		case len(bytes.TrimSpace(line)) == 0:
		default:
			if perr := rd.jsonlLine(src, n, start, line); perr != nil {
				return perr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// jsonlLine reads line n, which starts at byte off of the input.
func (rd *run) jsonlLine(src *source, n int, off int64, line []byte) error {
	if i := invalidUTF8(line); i >= 0 {
		rd.failUTF8(src.name, n, off+int64(i))
		return nil
	}
	if t := bytes.TrimSpace(line); t[0] != '{' {
		rd.failLine(src.name, n, "not a JSON object")
		return nil
	}
	if max := rd.r.limits().Depth; JSONDepth(line, max) > max {
		rd.refuse(src.name, n, sitrep.LimitDepth, fmt.Sprintf("JSON nested deeper than the limit of %d levels (depth)", max))
		return nil
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		rd.failLine(src.name, n, "bad JSON: "+jsonErr(err))
		return nil
	}
	id, err := recordID(rec.ID)
	if err != nil {
		rd.failLine(src.name, n, err.Error())
		return nil
	}
	text := cleanText(rec.Text)
	if strings.TrimSpace(text) == "" {
		rd.failLine(src.name, n, "missing text")
		return nil
	}
	doc := sitrep.Document{
		ID:     first(id, rec.URL),
		URL:    first(rec.URL),
		Outlet: first(rec.Outlet),
		Title:  first(rec.Title),
		Text:   text,
		Origin: fmt.Sprintf("%s:%d", src.origin, n),
	}
	if rec.Published != nil {
		d, err := parseDate(*rec.Published)
		if err != nil {
			rd.failLine(src.name, n, fmt.Sprintf("bad published date %q: want YYYY-MM-DD or RFC 3339", *rec.Published))
		}
		doc.Published = d
	}
	if doc.ID == "" && src.id != "" {
		// Stable while lines are only appended.
		doc.ID = fmt.Sprintf("%s:%d", src.id, n)
	}
	if src.stdin {
		rd.override(&doc, false)
	}
	return rd.send(doc)
}

// recordID reads an id given as a JSON string or number; null and absent
// give "".
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	}
	if _, err := strconv.ParseFloat(string(raw), 64); err == nil {
		return string(raw), nil
	}
	return "", fmt.Errorf("bad id %s: want a string or a number", truncate(string(raw), 40))
}

// readLine reads the next line into buf, without its line ending, and
// returns it with the number of bytes consumed. A line longer than max
// bytes is consumed but not kept: long is true and line is empty. err is
// io.EOF at the end of the input, possibly with a last line.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, size int64, long bool, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		size += int64(len(frag))
		if !long {
			if int64(len(buf)+len(frag)) > max+2 {
				long, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if e != bufio.ErrBufferFull {
			err = e
			break
		}
	}
	buf = bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r"))
	if int64(len(buf)) > max {
		long, buf = true, buf[:0]
	}
	return buf, size, long, err
}

// jsonErr shortens the errors of encoding/json for a problem message.
func jsonErr(err error) string {
	switch e := err.(type) {
	case *json.SyntaxError:
		return fmt.Sprintf("%s (column %d)", e.Error(), e.Offset)
	case *json.UnmarshalTypeError:
		return fmt.Sprintf("field %q is a JSON %s, want a %s", e.Field, e.Value, e.Type)
	}
	return err.Error()
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}
