// Package normalize splits text into sentences and tokens with byte offsets
// into the original, and folds words for matching: case, diacritics, Arabic
// letter variants and apostrophes.
package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s lower-cased with diacritics, apostrophes, Arabic short
// vowels and tatweel removed, and Arabic letter variants unified. Other
// characters are kept. Fold of ASCII text is the ASCII lower case without
// apostrophes.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return foldASCII(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			b.WriteString(f)
		}
	}
	return b.String()
}

func foldASCII(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ('A' <= c && c <= 'Z') || c == '\'' || c == '`' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c == '\'' || c == '`':
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// foldRune returns the folded form of r, or ok false when r is dropped.
func foldRune(r rune) (string, bool) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return string(r + 'a' - 'A'), true
		}
		if r == '\'' || r == '`' {
			return "", false
		}
		return string(r), true
	}
	if isApostrophe(r) {
		return "", false
	}
	if f, ok := latinFold[r]; ok {
		return f, true
	}
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640: // harakat, dagger alif, tatweel
		return "", false
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return "ا", true
	case r == 'ة':
		return "ه", true
	case r == 'ى':
		return "ي", true
	case r == 'ؤ':
		return "و", true
	case r == 'ئ':
		return "ي", true
	}
	if unicode.Is(unicode.Mn, r) {
		return "", false
	}
	// Other accented Latin letters ("ḩ", "ẕ", "ṯ"): their base letter.
	if unicode.Is(unicode.Latin, r) {
		var b strings.Builder
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				b.WriteRune(unicode.ToLower(d))
			}
		}
		if b.Len() > 0 {
			return b.String(), true
		}
	}
	return string(unicode.ToLower(r)), true
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '´':
		return true
	}
	return false
}

// latinFold maps precomposed Latin letters to their base letters.
var latinFold = func() map[rune]string {
	m := map[rune]string{}
	add := func(base string, rs string) {
		for _, r := range rs {
			m[r] = base
		}
	}
	add("a", "àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặÀÁÂÃÄÅĀĂĄǍẠ")
	add("c", "çćĉċčÇĆĈĊČ")
	add("d", "ďđḍḏÐĎĐḌḎ")
	add("e", "èéêëēĕėęěẹẻẽếềểễệÈÉÊËĒĔĖĘĚẸ")
	add("g", "ĝğġģǧĜĞĠĢǦ")
	add("h", "ĥħḥḫẖĤĦḤḪ")
	add("i", "ìíîïĩīĭįıǐịỉÌÍÎÏĨĪĬĮİǏỊ")
	add("j", "ĵǰĴ")
	add("k", "ķḳĶḲ")
	add("l", "ĺļľŀłḷĹĻĽĿŁḶ")
	add("n", "ñńņňṇÑŃŅŇṆ")
	add("o", "òóôõöøōŏőǒọỏốồổỗộớờởỡợÒÓÔÕÖØŌŎŐǑỌ")
	add("r", "ŕŗřṛŔŖŘṚ")
	add("s", "śŝşšșṣŚŜŞŠȘṢ")
	add("t", "ţťŧțṭṯŢŤŦȚṬṮ")
	add("u", "ùúûüũūŭůűųǔụủứừửữựÙÚÛÜŨŪŬŮŰŲǓỤ")
	add("w", "ŵẉŴ")
	add("y", "ýÿŷỳỵÝŸŶ")
	add("z", "źżžẓẒŹŻŽ")
	m['ß'] = "ss"
	m['æ'] = "ae"
	m['Æ'] = "ae"
	m['œ'] = "oe"
	return m
}()

// appendFold appends Fold(s) to dst, and reports whether s was already
// folded (then nothing is appended and Fold(s) == s).
func appendFold(dst []byte, s string) ([]byte, bool) {
	ascii, clean := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii, clean = false, false
			break
		}
		if ('A' <= c && c <= 'Z') || c == '\'' || c == '`' {
			clean = false
		}
	}
	if clean {
		return dst, true
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c == '\'' || c == '`':
			default:
				dst = append(dst, c)
			}
		}
		return dst, false
	}
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			dst = append(dst, f...)
		}
	}
	return dst, false
}

// OutletKey folds an outlet's name for comparison: case, diacritics,
// spaces, hyphens and a leading article go ("Al-Mayadeen", "al Mayadeen";
// "The Associated Press", "Associated Press"). It is "" for a name with
// no letter or digit.
func OutletKey(name string) string {
	f := Fold(name)
	for _, p := range []string{"the ", "al-", "al ", "el-", "el "} {
		f = strings.TrimPrefix(f, p)
	}
	var b strings.Builder
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
