package ingest

import "unicode"

// languageSample is how much of a text guessLanguage looks at.
const languageSample = 2048

// englishWords are frequent English function words, chosen to be rare as
// words of the other Latin-script languages of the region's press.
var englishWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "in": true, "is": true,
	"are": true, "were": true, "has": true, "have": true, "had": true,
	"said": true, "that": true, "with": true, "from": true, "by": true,
	"for": true, "at": true, "this": true, "which": true, "after": true,
	"it": true, "its": true, "was": true, "been": true,
}

// guessLanguage returns "ar" when most letters of text are in the Arabic
// script, "en" when most are Latin and English function words make up a
// twentieth of the words, and "" otherwise. It reads at most the first 2 KB.
func guessLanguage(text string) string {
	if len(text) > languageSample {
		text = text[:languageSample]
	}
	var letters, arabic, latin, words, english int
	start := -1 // of the current ASCII word
	for i, r := range text {
		isLetter := r < 0x80 && ('a' <= r|0x20 && r|0x20 <= 'z') || r >= 0x80 && unicode.IsLetter(r)
		if isLetter {
			letters++
			switch {
			case r < 0x80 || unicode.Is(unicode.Latin, r):
				latin++
			case unicode.Is(unicode.Arabic, r):
				arabic++
			}
		}
		if r < 0x80 && isLetter || r == '\'' && start >= 0 {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words++
			if isEnglishWord(text[start:i]) {
				english++
			}
			start = -1
		}
	}
	if start >= 0 {
		words++
		if isEnglishWord(text[start:]) {
			english++
		}
	}
	switch {
	case letters == 0:
		return ""
	case 2*arabic > letters:
		return "ar"
	case 2*latin > letters && english > 0 && 20*english >= words:
		return "en"
	}
	return ""
}

// isEnglishWord reports whether the ASCII word w is one of englishWords,
// in any case, without allocating.
func isEnglishWord(w string) bool {
	var buf [5]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	return englishWords[string(buf[:len(w)])]
}
