package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	Word   = iota // letters, digits inside letters, internal apostrophes
	Number        // digits, with internal "," or "." between digits
	Punct         // any other single non-space character
)

// Token is one word, number or punctuation mark of a text. Start and End are
// byte offsets into the text; Norm is the folded form (Fold of the text with
// a trailing possessive "'s" removed).
type Token struct {
	Start, End int
	Kind       int
	Norm       string
	Possessive bool // the word ended in "'s" / "’s", removed from Norm
	Upper      bool // the first letter is upper case
	// Class is for a later stage to mark the token with (extract: the word
	// lists its word is in); 0 as tokenized.
	Class uint64
}

// Tokens splits text into tokens. Hyphens and slashes are their own Punct
// tokens, so "Al-Omar" is three tokens.
func Tokens(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	return AppendTokens(toks, text, 0, len(text))
}

// AppendTokens appends the tokens of text[start:end] to toks. The folded
// forms that differ from the text share one allocation.
func AppendTokens(toks []Token, text string, start, end int) []Token {
	// About one word in four is capitalised: room for their folded forms.
	arena := make([]byte, 0, (end-start)/4)
	var pending []pendingNorm
	i := start
	for i < end {
		r, n := decode(text, i)
		switch {
		case isSpace(r):
			i += n
		case isLetter(r):
			j := i + n
			for j < end {
				// ASCII letters and digits, the common case, without the
				// rune tables.
				if c := text[j]; c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
					j++
					continue
				}
				r2, n2 := decode(text, j)
				if isLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if isApostrophe(r2) && j+n2 < end {
					r3, _ := decode(text, j+n2)
					if isLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			t, w := wordToken(text, i, j, r)
			var same bool
			a := len(arena)
			if arena, same = appendFold(arena, w); same {
				t.Norm = w
			} else {
				pending = append(pending, pendingNorm{len(toks), a, len(arena)})
			}
			toks = append(toks, t)
			i = j
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			j := i + n
			for j < end {
				r2, n2 := decode(text, j)
				if r2 >= '0' && r2 <= '9' || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == ',' || r2 == '.') && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			toks = append(toks, Token{Start: i, End: j, Kind: Number, Norm: text[i:j]})
			i = j
		default:
			toks = append(toks, Token{Start: i, End: i + n, Kind: Punct, Norm: text[i : i+n]})
			i += n
		}
	}
	if len(pending) > 0 {
		norms := string(arena)
		for _, p := range pending {
			toks[p.tok].Norm = norms[p.start:p.end]
		}
	}
	return toks
}

// pendingNorm is a token whose folded form lies at arena[start:end].
type pendingNorm struct{ tok, start, end int }

// wordToken returns the word token text[i:j] without its Norm, and the
// text to fold for it.
func wordToken(text string, i, j int, first rune) (Token, string) {
	t := Token{Start: i, End: j, Kind: Word, Upper: unicode.IsUpper(first)}
	w := text[i:j]
	// A trailing 's after an apostrophe is a possessive: "Iraq’s" → "iraq".
	if len(w) > 2 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') {
		r, n := utf8.DecodeLastRuneInString(w[:len(w)-1])
		if isApostrophe(r) {
			w = w[:len(w)-1-n]
			t.Possessive = true
		}
	}
	return t, w
}

func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}
