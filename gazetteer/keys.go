package gazetteer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// isArticle reports whether a folded word is a transliterated Arabic
// article ("al", "as-", "ez-"...), which names may carry or drop.
func isArticle(w string) bool {
	switch w {
	case "al", "el", "ad", "adh", "ar", "as", "at", "ath", "az", "ash", "an", "ez", "es", "ed", "et":
		return true
	}
	return false
}

// isDash reports whether a punctuation token is a hyphen or a dash, which
// is ignored between the words of a name.
func isDash(s string) bool {
	switch s {
	case "-", "‐", "‑", "‒", "–", "—", "―", "−":
		return true
	}
	return false
}

// arabicPrefixes are the Arabic article, written joined to its word, and
// the article behind a joined conjunction or preposition: "and the", "with
// the", "so the", "like the", "for the".
var arabicPrefixes = []string{"وال", "بال", "فال", "كال", "لل", "ال"}

// tokenKey returns the key of a folded word: the word without a joined
// Arabic article (and conjunction or preposition before it) when at least
// two letters remain; "tal" for the spellings of tall, hill ("Tell",
// "Tel", "Tall", "Til"), which names write every way; "saint", "mount" and
// "fort" for St, Mt and Ft.
func tokenKey(norm string) string {
	switch norm {
	case "tall", "tell", "tel", "til":
		return "tal"
	case "st":
		return "saint" // "St. Louis", "Saint Louis"
	case "mt":
		return "mount"
	case "ft":
		return "fort"
	}
	if len(norm) < 6 || norm[0] < 0xd8 || norm[0] > 0xd9 {
		return norm
	}
	for _, p := range arabicPrefixes {
		if len(norm) >= len(p)+4 && strings.HasPrefix(norm, p) {
			return norm[len(p):]
		}
	}
	return norm
}

// isInitial reports whether t is a single-letter word, or the abbreviation
// St, Mt or Ft, whose following period ("U.S.", "St. Louis") is part of
// the name.
func isInitial(t *normalize.Token) bool {
	if t.Kind != normalize.Word {
		return false
	}
	switch t.End - t.Start {
	case 1:
		return true
	case 2:
		return t.Norm == "st" || t.Norm == "mt" || t.Norm == "ft" // "St. Louis"
	}
	return false
}

// commonWords are English words that are also names or parts of names
// ("Hit", "Salt", "Green Village"). A name made only of them must be
// capitalised and, at the start of a sentence, followed or preceded by a
// place keyword.
var commonWords = map[string]bool{
	"hit": true, "salt": true, "bay": true, "green": true, "zone": true, "village": true,
	"victory": true, "base": true, "complex": true, "camp": true, "union": true, "tower": true,
	"international": true, "mission": true, "support": true, "site": true, "diplomatic": true,
	"center": true, "centre": true, "field": true, "air": true, "airport": true, "crossing": true,
	"border": true, "dam": true, "prison": true, "landing": true, "gas": true, "oil": true,
	"us": true, "in": true, "embassy": true, "american": true, "the": true, "of": true,
	"north": true, "south": true, "east": true, "west": true, "warrior": true,
}

func isWeak(keys []string) bool {
	for _, k := range keys {
		if !commonWords[k] {
			return false
		}
	}
	return true
}

// Key returns the matching key of a name: its folded words without
// articles, dashes and the periods of initials, joined by single spaces
// ("Abū Ghurayb" and "abu-Ghurayb" give "abu ghurayb", "Al-Tanf" gives
// "tanf", "Tell Rifat" gives "tal rifat"). Names with equal keys match the
// same words of a text. Key fails on a name that text could never match,
// as Add does.
func Key(name string) (string, error) {
	keys, err := nameKeys(name, nil)
	if err != nil {
		return "", err
	}
	return strings.Join(keys, " "), nil
}

// joinedKey returns Key(name), reusing buf (nil or a token buffer) and
// scratch. Names of ASCII letters, spaces and hyphens, most of them, take a
// path that does not tokenise.
func joinedKey(name string, buf *[]normalize.Token, scratch *[]byte) (string, error) {
	for i := 0; i < len(name); i++ {
		if c := name[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == ' ' || c == '-') {
			keys, err := nameKeys(name, buf)
			if err != nil {
				return "", err
			}
			return strings.Join(keys, " "), nil
		}
	}
	b := (*scratch)[:0]
	for rest := name; rest != ""; {
		i := 0
		for i < len(rest) && (rest[i] == ' ' || rest[i] == '-') {
			i++
		}
		rest = rest[i:]
		j := 0
		for j < len(rest) && rest[j] != ' ' && rest[j] != '-' {
			j++
		}
		if j == 0 {
			break
		}
		start := len(b)
		if start > 0 {
			b = append(b, ' ')
		}
		w := len(b)
		for k := 0; k < j; k++ {
			c := rest[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		rest = rest[j:]
		if word := string(b[w:]); isArticle(word) {
			b = b[:start]
		} else if k := tokenKey(word); k != word {
			b = append(b[:w], k...)
		}
	}
	*scratch = b
	if len(b) == 0 {
		return "", errors.New("no word but articles")
	}
	return string(b), nil
}

// possessiveMark ends the key of a word that a name writes as a possessive.
const possessiveMark = "'s"

// nameKeys returns the matching keys of a name: its folded words without
// articles, dashes and the periods of initials. It fails on names that
// text could never match: only articles, other punctuation, possessives.
// A non-nil buf is used, and grown, for the tokens.
func nameKeys(name string, buf *[]normalize.Token) ([]string, error) {
	var toks []normalize.Token
	if buf != nil {
		toks = normalize.AppendTokens((*buf)[:0], name, 0, len(name))
		*buf = toks
	} else {
		toks = normalize.Tokens(name)
	}
	keys := make([]string, 0, len(toks))
	for i := range toks {
		t := &toks[i]
		switch {
		case t.Kind == normalize.Punct:
			if isDash(t.Norm) || (t.Norm == "." && i > 0 && isInitial(&toks[i-1])) {
				continue
			}
			return nil, fmt.Errorf("punctuation %q cannot be matched", t.Norm)
		case t.Possessive && len(toks) == 1:
			return nil, fmt.Errorf("possessive %q cannot be matched", name[t.Start:t.End])
		case t.Possessive:
			// "Democratic People's Republic of Korea", "St. John's": the
			// word matches only a possessive in text.
			keys = append(keys, tokenKey(t.Norm)+possessiveMark)
			continue
		case t.Kind == normalize.Word && isArticle(t.Norm):
			continue
		}
		keys = append(keys, tokenKey(t.Norm))
	}
	if len(keys) == 0 {
		return nil, errors.New("no word but articles")
	}
	return keys, nil
}

// keyFilter is a bit set over a hash of words: a clear bit means no name
// starts with the word. At 2^17 bits it stays sparse for the some 40,000
// first words of the GeoNames layer.
type keyFilter [filterBits / 64]uint64

const filterBits = 1 << 17

func filterHash(k string) uint {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(k); i++ {
		h = (h ^ uint32(k[i])) * 16777619
	}
	return uint(h^h>>15) & (filterBits - 1)
}

func (f *keyFilter) add(k string) {
	h := filterHash(k)
	f[h/64] |= 1 << (h % 64)
}

func (f *keyFilter) has(k string) bool {
	h := filterHash(k)
	return f[h/64]&(1<<(h%64)) != 0
}

// pairHash is filterHash of the two keys of a name's start.
func pairHash(k1, k2 string) uint {
	h := uint32(2166136261)
	for i := 0; i < len(k1); i++ {
		h = (h ^ uint32(k1[i])) * 16777619
	}
	h *= 16777619 // a separator: ("ab", "c") is not ("a", "bc")
	for i := 0; i < len(k2); i++ {
		h = (h ^ uint32(k2[i])) * 16777619
	}
	return uint(h^h>>15) & (filterBits - 1)
}

func (f *keyFilter) addPair(k1, k2 string) {
	h := pairHash(k1, k2)
	f[h/64] |= 1 << (h % 64)
}

func (f *keyFilter) hasPair(k1, k2 string) bool {
	h := pairHash(k1, k2)
	return f[h/64]&(1<<(h%64)) != 0
}
