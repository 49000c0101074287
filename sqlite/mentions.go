package sqlite

import (
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// Mentions are stored compactly in document_bodies.mentions: a JSON array
// of [kind, start, end, value, sentence] arrays, with the role after them
// when there is one ("actor", 77, 88, "us_forces", 0, "target"). A
// mention's text is the document's text at its span and is not stored:
// the mentions of a report are as long as the report otherwise, and
// writing them twice cost a tenth of an ingest. Stores written before keep
// arrays of objects with the text, which reading still takes.

// appendMentions appends ms in the stored form.
func appendMentions(b []byte, ms []sitrep.Mention) []byte {
	b = append(b, '[')
	for i, m := range ms {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendString(b, m.Kind)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(m.Span.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(m.Span.End), 10)
		b = append(b, ',')
		b = appendString(b, m.Value)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(m.Sentence), 10)
		if m.Role != "" {
			b = append(b, ',')
			b = appendString(b, m.Role)
		}
		b = append(b, ']')
	}
	return append(b, ']')
}

// appendString appends s as a JSON string.
func appendString(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		r, _ := json.Marshal(s) // replaces what is not UTF-8, as the older form did
		return append(b, r...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

const hex = "0123456789abcdef"

// decodeMentions reads stored mentions of a document of text, in either
// form.
func decodeMentions(b []byte, text string) ([]sitrep.Mention, error) {
	var rows []json.RawMessage
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, err
	}
	ms := make([]sitrep.Mention, 0, len(rows))
	for _, row := range rows {
		var m sitrep.Mention
		if len(row) > 0 && row[0] == '{' {
			if err := json.Unmarshal(row, &m); err != nil {
				return nil, err
			}
			ms = append(ms, m)
			continue
		}
		var f []json.RawMessage
		if err := json.Unmarshal(row, &f); err != nil {
			return nil, err
		}
		if len(f) < 5 {
			return nil, fmt.Errorf("a mention of %d fields", len(f))
		}
		dst := []any{&m.Kind, &m.Span.Start, &m.Span.End, &m.Value, &m.Sentence, &m.Role}
		for i := range min(len(f), len(dst)) {
			if err := json.Unmarshal(f[i], dst[i]); err != nil {
				return nil, err
			}
		}
		if m.Span.Start < 0 || m.Span.Start > m.Span.End || m.Span.End > len(text) {
			return nil, fmt.Errorf("a mention at %d-%d of a text of %d bytes", m.Span.Start, m.Span.End, len(text))
		}
		m.Text = text[m.Span.Start:m.Span.End]
		ms = append(ms, m)
	}
	return ms, nil
}
