package normalize

import (
	"strings"
	"unicode"
)

// Sentence is one sentence of a text: its span and the index of the
// paragraph (block of text between blank lines or line breaks) holding it.
type Sentence struct {
	Start, End int
	Paragraph  int
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "cpl": true, "pvt": true, "adm": true, "brig": true,
	"gov": true, "sen": true, "rep": true, "st": true, "no": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true,
	"u.s": true, "u.n": true, "u.k": true, "a.m": true, "p.m": true, "i.e": true, "e.g": true,
	"km": true, "inc": true, "corp": true, "co": true, "jr": true, "sr": true, "ft": true,
}

// Sentences splits text into sentences. A sentence ends at ".", "!" or "?"
// (with closing quotes or brackets) followed by space and a capital, digit
// or quote, unless the period closes an abbreviation or an initial; line
// breaks always end a sentence and a blank line or a line break starts a
// new paragraph.
func Sentences(text string) []Sentence {
	var out []Sentence
	para := 0
	start := 0
	add := func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Sentence{Start: s, End: e, Paragraph: para})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			add(start, i)
			start = i + 1
			if len(out) > 0 && out[len(out)-1].Paragraph == para {
				para++
			}
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && isCloser(text, j) {
			_, n := decode(text, j)
			j += n
		}
		if j >= len(text) || !isSpaceByte(text[j]) {
			continue
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k >= len(text) || text[k] == '\n' {
			add(start, j)
			start = j
			i = j - 1
			continue
		}
		if !startsSentence(text, k) {
			continue
		}
		if c == '.' && isAbbreviation(text, start, i) && !clockEnds(text, start, i, k) {
			continue
		}
		add(start, j)
		start = j
		i = j - 1
	}
	add(start, len(text))
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func isCloser(text string, j int) bool {
	r, _ := decode(text, j)
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

func startsSentence(text string, k int) bool {
	r, _ := decode(text, k)
	switch {
	case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	case r == '"' || r == '“' || r == '‘' || r == '(' || r == '\'' || r == '«' || r == '*':
		return true
	case r >= 0x0600 && r <= 0x06FF: // Arabic has no case
		return true
	}
	return unicode.IsUpper(r)
}

// clockEnds reports a clock's "a.m." or "p.m." at the period text[dot]
// that also ends the sentence, the next word at text[k] being one that
// does not go on telling the clock: "at 3 a.m. Nobody was hurt", "at 8
// p.m. Both guards were treated", not "at 3 a.m. Friday", "at 9 p.m. Dec.
// 2", "4 p.m. GMT", "2 p.m. Baghdad time" or "3 p.m. (1200 GMT)".
func clockEnds(text string, start, dot, k int) bool {
	if dot-3 < start || !strings.EqualFold(text[dot-3:dot], "a.m") && !strings.EqualFold(text[dot-3:dot], "p.m") {
		return false
	}
	e := k
	for e < len(text) && (text[e] >= 'a' && text[e] <= 'z' || text[e] >= 'A' && text[e] <= 'Z') {
		e++
	}
	if e == k {
		return text[k] == '"' || strings.HasPrefix(text[k:], "“")
	}
	w := strings.ToLower(text[k:e])
	if clockGoesOn[w] || len(w) >= 3 && (monthPrefix(w) || weekdayPrefix(w)) {
		return false
	}
	// "2 p.m. Baghdad time", "10 a.m. Sanaa local time"
	rest := strings.ToLower(text[e:min(len(text), e+12)])
	return !strings.HasPrefix(rest, " time") && !strings.HasPrefix(rest, " local time")
}

// clockGoesOn are the words after a clock's "a.m." or "p.m." that tell
// its zone.
var clockGoesOn = map[string]bool{"gmt": true, "utc": true, "est": true, "edt": true, "et": true, "ct": true,
	"cst": true, "cdt": true, "pt": true, "pst": true, "pdt": true, "ast": true, "ist": true, "cet": true,
	"cest": true, "eet": true, "eest": true, "msk": true, "irst": true, "zulu": true, "eastern": true,
	"central": true, "pacific": true, "mountain": true, "greenwich": true, "local": true}

// monthPrefix and weekdayPrefix report a month's or a weekday's name or
// its abbreviation: "dec", "december", "tues".
func monthPrefix(w string) bool {
	for _, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "sept"} {
		if strings.HasPrefix(m, w) {
			return true
		}
	}
	return false
}

func weekdayPrefix(w string) bool {
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// isAbbreviation reports whether the period at text[dot] closes an
// abbreviation or a single-letter initial.
func isAbbreviation(text string, start, dot int) bool {
	j := dot
	for j > start {
		c := text[j-1]
		if c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '"' {
			break
		}
		j--
	}
	w := strings.ToLower(strings.TrimLeft(text[j:dot], "*_[\"'“‘"))
	if w == "" {
		return false
	}
	if abbreviations[w] {
		return true
	}
	// Single initials ("J.") and dotted acronyms ("U.S", "a.m") as one word.
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	if strings.Count(w, ".") >= 1 && len(w) <= 6 {
		return true
	}
	return false
}
