package corpus

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

func makeURL(slug string, pub time.Time, title, id string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	path := strings.Trim(b.String(), "-")
	return fmt.Sprintf("https://example.org/%s/%s/%s-%s", slug, pub.Format("2006/01/02"), path, strings.TrimPrefix(id, "bench-"))
}

// apDate writes a date as news agencies do: "Jan. 20", "March 3".
func apDate(d time.Time) string {
	m := d.Month().String()
	switch d.Month() {
	case time.March, time.April, time.May, time.June, time.July:
	case time.September:
		m = "Sept."
	default:
		m = m[:3] + "."
	}
	return fmt.Sprintf("%s %d", m, d.Day())
}

func number(n int) string {
	if n >= 0 && n < len(numberWords) {
		return numberWords[n]
	}
	return fmt.Sprint(n)
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
