package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep"
)

// tgMessage is one message of a Telegram Desktop export.
type tgMessage struct {
	ID   json.Number     `json:"id"`
	Type string          `json:"type"`
	Date string          `json:"date"`
	Text json.RawMessage `json:"text"` // a string, or strings and entity objects
}

// errNotExport says that a JSON file is not a Telegram channel export.
var errNotExport = errors.New("not a Telegram channel export")

// telegram reads a Telegram Desktop channel export (result.json), one
// document per message with text. Messages are decoded one at a time, so
// a large export is never held whole; it may be 8 times MaxBytes.
func (rd *run) telegram(src *source) error {
	max := 8 * rd.r.limits().DocumentBytes
	cr := &countReader{r: io.LimitReader(src.br, max+1)}
	dec := json.NewDecoder(cr)
	dec.UseNumber()
	t := &tgExport{rd: rd, src: src}
	err := t.decode(dec)
	switch {
	case err == nil:
		return nil
	case t.stop != nil:
		return t.stop
	case cr.n > max:
		rd.refuse(src.name, 0, sitrep.LimitDocumentBytes, sizeLimit(src.noun, max)+" (8 times document_bytes)")
	case errors.Is(err, errExpanded):
		rd.refuseExpanded(src)

	case errors.Is(err, errNotExport):
		rd.fail(src.name, err.Error())
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		rd.fail(src.name, "bad JSON: unexpected end of input")
	default:
		var se *json.SyntaxError
		if errors.As(err, &se) {
			rd.problems = append(rd.problems, sitrep.Problem{File: src.name, Offset: sitrep.At(se.Offset), Msg: "bad JSON: " + se.Error()})
			return nil
		}
		if cerr := rd.ctx.Err(); cerr != nil {
			return cerr
		}
		rd.fail(src.name, "bad JSON: "+jsonErr(err))
	}
	return nil
}

// tgExport is the state of reading one export.
type tgExport struct {
	rd            *run
	src           *source
	name, channel string
	pending       []sitrep.Document // messages met before the channel id
	stop          error             // from emit or the context
}

func (t *tgExport) decode(dec *json.Decoder) error {
	if tok, err := dec.Token(); err != nil {
		return err
	} else if tok != json.Delim('{') {
		return fmt.Errorf("%w: want a JSON object", errNotExport)
	}
	seen := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case "name":
			var s *string
			if err := dec.Decode(&s); err != nil {
				return err
			}
			if s != nil {
				t.name = *s
			}
		case "id":
			var id json.RawMessage
			if err := dec.Decode(&id); err != nil {
				return err
			}
			if t.channel = strings.Trim(string(id), `"`); t.channel == "null" {
				t.channel = ""
			}
		case "messages":
			seen = true
			if err := t.messages(dec); err != nil {
				return err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return err
			}
		}
	}
	if !seen {
		return fmt.Errorf("%w: no \"messages\" list", errNotExport)
	}
	for _, doc := range t.pending {
		if err := t.send(doc); err != nil {
			return err
		}
	}
	return nil
}

func (t *tgExport) messages(dec *json.Decoder) error {
	if tok, err := dec.Token(); err != nil {
		return err
	} else if tok != json.Delim('[') {
		return fmt.Errorf("%w: \"messages\" is not a list", errNotExport)
	}
	for dec.More() {
		var raw json.RawMessage
		off := dec.InputOffset()
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		if max := t.rd.r.limits().Depth; JSONDepth(raw, max) > max {
			t.rd.problems = append(t.rd.problems, sitrep.Problem{File: t.src.name, Offset: sitrep.At(off), Limit: sitrep.LimitDepth,
				Msg: fmt.Sprintf("message nested deeper than the limit of %d levels (depth)", max)})
			continue
		}
		var m tgMessage
		if err := json.Unmarshal(raw, &m); err != nil {
			return err
		}
		if m.Type != "message" || m.ID == "" {
			continue
		}
		text := strings.TrimSpace(cleanText(tgText(m.Text)))
		if text == "" {
			continue // a photo, sticker or poll without caption
		}
		doc := sitrep.Document{ID: m.ID.String(), Text: text, Origin: t.src.origin}
		if d, err := parseDate(m.Date); err == nil {
			doc.Published = d
		} else {
			t.rd.fail(t.src.name, fmt.Sprintf("message %s: bad date %q", m.ID, m.Date))
		}
		if t.channel == "" {
			t.pending = append(t.pending, doc)
			continue
		}
		if err := t.send(doc); err != nil {
			return err
		}
	}
	_, err := dec.Token()
	return err
}

// send names doc after the channel and emits it.
func (t *tgExport) send(doc sitrep.Document) error {
	if t.channel != "" {
		doc.ID = t.channel + "-" + doc.ID
	}
	doc.ID = "tg-" + doc.ID
	doc.Outlet = t.name
	if t.src.stdin {
		t.rd.override(&doc, false)
	}
	if err := t.rd.send(doc); err != nil {
		t.stop = err
		return err
	}
	return nil
}

// tgText joins the text of a message: a plain string, or a list of strings
// and entity objects such as {"type": "bold", "text": "..."}.
func tgText(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	var s string
	if raw[0] == '"' {
		json.Unmarshal(raw, &s)
		return s
	}
	var parts []json.RawMessage
	if json.Unmarshal(raw, &parts) != nil {
		return ""
	}
	var b strings.Builder
	for _, p := range parts {
		p = bytes.TrimSpace(p)
		if len(p) == 0 {
			continue
		}
		if p[0] == '"' {
			if json.Unmarshal(p, &s) == nil {
				b.WriteString(s)
			}
			continue
		}
		var e struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(p, &e) == nil {
			b.WriteString(e.Text)
		}
	}
	return b.String()
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
