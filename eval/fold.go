package eval

import (
	"strings"
	"unicode"
)

// Accented Latin letters and the ASCII letter each folds to, rune by rune.
const (
	accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹøđłıħ"
	plain    = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyyodlih"
)

// deaccent maps each rune of accented to its plain letter.
var deaccent = func() map[rune]rune {
	m := map[rune]rune{}
	to := []rune(plain)
	for i, r := range []rune(accented) {
		m[r] = to[i]
	}
	return m
}()

// ligatures fold to more than one letter.
var ligatures = map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d"}

// token is one folded word and whether a hyphen joined it to the next.
type token struct {
	text   string
	hyphen bool
}

// tokens folds s to lower-case ASCII-ish words: diacritics stripped,
// apostrophes and transliteration marks (ʿ ʾ) dropped inside a word, any
// other punctuation a word break.
func tokens(s string) []token {
	var out []token
	var cur strings.Builder
	flush := func(hyphen bool) {
		if cur.Len() > 0 {
			out = append(out, token{cur.String(), hyphen})
			cur.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '`' || r == '´' || r == '‘' || r == '’' || unicode.Is(unicode.Lm, r) || unicode.Is(unicode.Mn, r):
			// "Ba'qubah" is "Baqubah"; combining marks are diacritics.
		case r == '-' || r == '‐' || r == '‑' || r == '–' || r == '—':
			flush(true)
		case ligatures[r] != "":
			cur.WriteString(ligatures[r])
		case deaccent[r] != 0:
			cur.WriteRune(deaccent[r])
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(r)
		default:
			flush(false)
		}
	}
	flush(false)
	return out
}

// foldText folds s for loose comparison of actor names: lower case, no
// diacritics, punctuation as single spaces.
func foldText(s string) string {
	var words []string
	for _, t := range tokens(s) {
		words = append(words, t.text)
	}
	return strings.Join(words, " ")
}

// articles are dropped before a word: always when hyphenated ("al-", and
// the assimilated "ash-", "ez-"...), and "al", "el", "the" standing alone.
var (
	hyphenArticles = []string{"al", "el", "il", "ul", "the", "at", "ad", "adh", "ar", "as", "ash", "az", "an", "ath", "ed", "en", "er", "es", "esh", "et", "ez"}
	spaceArticles  = []string{"al", "el", "the"}
)

// genericWords are the kind-of-place words dropped from names, longest
// first.
var genericWords = [][]string{
	{"oil", "and", "gas", "field"},
	{"international", "airport"},
	{"military", "base"},
	{"oil", "field"}, {"gas", "field"}, {"air", "base"}, {"air", "field"},
	{"oilfield"}, {"gasfield"}, {"airbase"}, {"airfield"}, {"airport"},
	{"base"}, {"province"}, {"governorate"}, {"garrison"}, {"district"},
}

// placeKey folds a place name so that spellings of one place compare
// equal: "Al-Omar oil field", "al-Omar oilfield" and "Omar" all give
// "omar". Articles and generic words go, then the words are joined without
// spaces. It returns "" when nothing specific is left.
func placeKey(s string) string {
	toks := tokens(s)
	var words []string
	for i, t := range toks {
		last := i == len(toks)-1
		if !last && (t.hyphen && isOneOf(t.text, hyphenArticles) || isOneOf(t.text, spaceArticles)) {
			continue
		}
		words = append(words, t.text)
	}
	var kept []string
next:
	for i := 0; i < len(words); {
		for _, g := range genericWords {
			if hasPrefix(words[i:], g) {
				i += len(g)
				continue next
			}
		}
		kept = append(kept, words[i])
		i++
	}
	return strings.Join(kept, "")
}

// isOneOf reports whether s is in list.
func isOneOf(s string, list []string) bool {
	for _, t := range list {
		if s == t {
			return true
		}
	}
	return false
}

// hasPrefix reports whether words starts with prefix.
func hasPrefix(words, prefix []string) bool {
	if len(words) < len(prefix) {
		return false
	}
	for i, p := range prefix {
		if words[i] != p {
			return false
		}
	}
	return true
}
