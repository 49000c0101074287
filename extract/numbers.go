package extract

import (
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "a": 1, "an": 1, "single": 1, "dozen": 12, "both": 2, "pair": 2,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// numberWords are the words number can start with.
var numberWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range smallNumbers {
		m[w] = true
	}
	for w := range tens {
		m[w] = true
	}
	return m
}()

// number reads a cardinal at toks[i]: digits ("1,000"), words ("six",
// "thirty-two", "twenty five") or "a dozen". It returns the value and the
// index after it, or ok false. Articles "a"/"an" count only when strict is
// false.
func number(toks []normalize.Token, i int, strict bool) (n, next int, ok bool) {
	if i >= len(toks) {
		return 0, i, false
	}
	t := toks[i]
	if t.Kind == normalize.Number {
		v, err := strconv.Atoi(strings.ReplaceAll(t.Norm, ",", ""))
		if err != nil || v > 10_000_000 {
			return 0, i, false
		}
		return v, i + 1, true
	}
	if t.Kind != normalize.Word {
		return 0, i, false
	}
	if v, ok := tens[t.Norm]; ok {
		j := i + 1
		if j < len(toks) && toks[j].Norm == "-" {
			j++
		}
		if j < len(toks) {
			if u, ok := smallNumbers[toks[j].Norm]; ok && u > 0 && u < 10 && toks[j].Norm != "a" && toks[j].Norm != "an" {
				return v + u, j + 1, true
			}
		}
		return v, i + 1, true
	}
	if v, ok := smallNumbers[t.Norm]; ok {
		if strict && (t.Norm == "a" || t.Norm == "an" || t.Norm == "single" || t.Norm == "pair" || t.Norm == "both") {
			return 0, i, false
		}
		if (t.Norm == "a" || t.Norm == "an") && i+1 < len(toks) && toks[i+1].Norm == "dozen" {
			return 12, i + 2, true
		}
		return v, i + 1, true
	}
	return 0, i, false
}

// qualifierBefore returns the count qualifier in the words before toks[i]:
// "at least", "approximately", "at most" or "exact".
func qualifierBefore(toks []normalize.Token, i int) (string, int) {
	w := func(k int) string {
		if k < 0 {
			return ""
		}
		return toks[k].Norm
	}
	switch {
	case w(i-2) == "at" && w(i-1) == "least", w(i-2) == "more" && w(i-1) == "than",
		w(i-2) == "no" && w(i-1) == "fewer", w(i-1) == "over":
		return "at least", i - 2
	case w(i-2) == "at" && w(i-1) == "most", w(i-2) == "up" && w(i-1) == "to",
		w(i-2) == "as" && w(i-1) == "many", w(i-2) == "less" && w(i-1) == "than":
		return "at most", i - 2
	case w(i-1) == "approximately" || w(i-1) == "about" || w(i-1) == "around" ||
		w(i-1) == "roughly" || w(i-1) == "nearly" || w(i-1) == "almost":
		return "approximately", i - 1
	}
	return "exact", i
}
