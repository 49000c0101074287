package main

import (
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

const (
	// minOtherPopulation: an alternate name that is the name of another
	// place this large is left to it.
	minOtherPopulation = 10000
	maxAliases         = 10 // per place, besides its name
	// maxAliasesMajor is the limit for cities of majorPopulation or more,
	// whose exonyms come late in GeoNames' lists ("Kiev" for Kyiv).
	maxAliasesMajor = 30
	majorPopulation = 1000000
	maxArabic       = 3 // of which in Arabic script, kept after the Latin ones
)

// names is the outcome of choosing a row's names.
type names struct {
	name    string   // display name: the ASCII name, unless taken
	aliases []string // other names, by distinct key
	all     []string // keys of every usable name, including those past the limits
	taken   string   // the ASCII name, when a curated name has its key
}

// chooseNames returns the display name of row and its aliases:
// the ASCII name first, then the name with diacritics and the alternate
// names that are plain Latin transliterations or Arabic script, one per
// key, at most maxAliases (maxAliasesMajor for large cities; maxArabic in
// Arabic script). Names with a key in
// taken, the keys of curated names, are left out, so that a curated name
// stays the curated place's alone: a far place's alternate names ("Iraq"
// for Arak, "Hajin" for Saimbeyli) and homonyms (a hamlet "Sinjar" in
// Idlib) must not compete with it. When the ASCII name is taken, the Latin
// alias closest to it stands for it ("Gaza City" for Gaza, "Sendjar"). The
// name is empty when no name of the row is left. An alternate name that
// is the ASCII name of another place of at least minOtherPopulation people
// is that place's, not this one's ("Venice" for Dayton, Ohio), outside the
// Middle East, where local names of villages matter more ("Riyadh" for a
// village of Kirkuk). The short form of a name qualified by its river or
// region ("Newcastle" of Newcastle upon Tyne, shortForm) stays the place's
// all the same: the context chooses among the places that bear it.
func chooseNames(row geoRow, taken map[string]bool, others map[string]int) names {
	var (
		n             names
		seen          = map[string]bool{}
		latin, arabic []string
		own           string
	)
	add := func(s string, primary bool) {
		s = cleanApostrophes(strings.TrimSpace(s))
		script := nameScript(s)
		if !primary && (script == scriptNone || adminName(s)) {
			return
		}
		k, err := gazetteer.Key(s)
		if err != nil || k == "" || seen[k] || seen[bgnFold.Replace(k)] {
			return
		}
		seen[k], seen[bgnFold.Replace(k)] = true, true
		n.all = append(n.all, k)
		short := !primary && shortForm(own, k)
		if !primary && others[k] >= minOtherPopulation && k != own && !scopeCountries[row.country] && !short {
			return
		}
		// "Bihar" for Bihar Sharif: a division's name is the division's,
		// unless a city of a million bears it too ("New York").
		if !primary && others[divisionKey(row.country, k)] > 0 && k != own && row.population < majorPopulation {
			return
		}
		switch {
		case taken[k]:
			if primary {
				n.taken = s
			}
		case script == scriptArabic:
			arabic = append(arabic, s)
		case short && len(latin) > 0:
			// First after the name, so that no limit drops it.
			latin = slices.Insert(latin, 1, s)
		default:
			latin = append(latin, s)
		}
	}
	// GeoNames writes ‘ayn as a backquote in ASCII names: "Tall Rif`at".
	ascii := strings.ReplaceAll(row.ascii, "`", "'")
	own, _ = gazetteer.Key(ascii)
	add(ascii, true)
	add(ainVowel(ascii), false)
	add(row.name, false)
	for _, a := range row.alternates {
		add(a, false)
	}
	if n.taken != "" && len(latin) > 0 {
		i := closest(n.taken, latin)
		latin = append(append([]string{latin[i]}, latin[:i]...), latin[i+1:]...)
	}
	if len(latin) == 0 {
		return n
	}
	arabic = arabic[:min(len(arabic), maxArabic)]
	limit := maxAliases
	if row.population >= majorPopulation {
		limit = maxAliasesMajor
	}
	if i := spacedName(latin); i > 0 {
		latin[0], latin[i] = latin[i], latin[0]
	}
	latin = latin[:min(len(latin), 1+limit-len(arabic))]
	n.name, n.aliases = latin[0], append(latin[1:], arabic...)
	return n
}

// spacedName returns the index of the alias that writes names[0] with
// spaces when names[0] runs two words together ("QiryatShmona", GeoNames'
// ASCII name of Kiryat Shmona, beside its alias "Qiryat Shmona"), else -1.
// Two words run together are a capital after three lower-case letters or
// more: not "McAllen", "DeKalb" nor "LaSalle".
func spacedName(names []string) int {
	glued, lower := false, 0
	for _, r := range names[0] {
		switch {
		case r == ' ':
			return -1
		case unicode.IsUpper(r):
			glued = glued || lower >= 3
			lower = 0
		case unicode.IsLower(r):
			lower++
		default:
			lower = 0
		}
	}
	if !glued {
		return -1
	}
	for i, a := range names[1:] {
		if strings.Contains(a, " ") && strings.ReplaceAll(a, " ", "") == names[0] {
			return i + 1
		}
	}
	return -1
}

// closest returns the index of the name in names that starts with name
// and a space ("Gaza City" for "Gaza"), or else the one nearest to it by
// edit distance of their folded forms.
func closest(name string, names []string) int {
	f := normalize.Fold(name)
	best, bestD := 0, -1
	for i, s := range names {
		fs := normalize.Fold(s)
		if strings.HasPrefix(fs, f+" ") {
			return i
		}
		if d := gazetteer.EditDistance(f, fs); bestD < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

type script int

const (
	scriptNone script = iota
	scriptLatin
	scriptArabic
)

// nameScript tells whether s is a usable name: Latin letters, spaces,
// hyphens and apostrophes with a capital letter and not an upper-case code
// ("HOD", "EBL") nor a lowercase transliteration of Arabic ("alslt"); or
// Arabic letters and spaces. Names of administrative areas ("Muhafazat
// al Anbar", "محافظة أربيل") and names with digits or other signs are not.
func nameScript(s string) script {
	if s == "" {
		return scriptNone
	}
	var latin, arabic, upper, lower, letters int
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || isApostrophe(r):
		case unicode.Is(unicode.Latin, r) && unicode.IsLetter(r):
			latin++
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else {
				lower++
			}
		case unicode.Is(unicode.Arabic, r) && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)):
			arabic++
			letters++
		case r == 0x200c || r == 0x200d: // zero-width (non-)joiner, in Persian names
		default:
			return scriptNone
		}
	}
	switch {
	case latin > 0 && arabic > 0, letters < 2:
		return scriptNone
	case strings.Contains(s, " - ") || strings.Contains(s, "--"):
		return scriptNone
	case arabic > 0:
		return scriptArabic
	case upper == 0:
		return scriptNone
	case lower == 0 && latin <= 4:
		return scriptNone
	}
	return scriptLatin
}

// adminWords mark names of administrative areas, not of the town.
var adminWords = map[string]bool{
	"muhafazat": true, "muhafazah": true, "governorate": true, "province": true, "district": true,
	"nahiyat": true, "nahiyah": true, "qada": true, "qadaa": true, "mintaqat": true, "liwa": true,
	"viloyati": true, "ostan": true, "shahrestan": true, "bakhsh": true, "ilce": true,
	"محافظه": true, "ناحيه": true, "قضاء": true, "منطقه": true, "لواء": true, "استان": true, "شهرستان": true,
}

func adminName(s string) bool {
	for _, w := range strings.FieldsFunc(bgnFold.Replace(normalize.Fold(s)), func(r rune) bool { return r == ' ' || r == '-' }) {
		if adminWords[w] {
			return true
		}
	}
	return false
}

// cleanApostrophes removes the apostrophes that would stop a name from
// matching: those not between two letters ("‘Izrā", "HaZorea‘") and the
// one of a word ending in "'s", which reads as a possessive ("Ra’s
// Bayrūt"). Matching ignores apostrophes, so the name keeps its key.
func cleanApostrophes(s string) string {
	rs := []rune(s)
	out := rs[:0]
	for i, r := range rs {
		if isApostrophe(r) {
			inner := i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1])
			possessive := inner && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 == len(rs) || !unicode.IsLetter(rs[i+2]))
			if !inner || possessive {
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '´':
		return true
	}
	return false
}

// bgnFold folds the letters of the BGN romanisation that normalize.Fold
// keeps ("Şabḩā" folds to "sabḩa"): an alias differing from another only
// by them is left out.
var bgnFold = strings.NewReplacer("ḩ", "h", "ḑ", "d", "ẕ", "z", "ẖ", "h", "ə", "e")

// ainVowel returns s with each apostrophe between a consonant and a vowel
// (a ‘ayn or hamza of the BGN romanisation) written as that vowel, as the
// press spells it: "Tall Rif'at" gives "Tall Rifaat", "Ma'arrat" stays.
func ainVowel(s string) string {
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if isApostrophe(r) && i > 0 && i+1 < len(rs) && isConsonant(rs[i-1]) && strings.ContainsRune("aeiou", rs[i+1]) {
			r = rs[i+1]
		}
		out = append(out, r)
	}
	return string(out)
}

func isConsonant(r rune) bool {
	return r < unicode.MaxASCII && unicode.IsLetter(r) && !strings.ContainsRune("aeiouAEIOU", r)
}

// primaryNames returns, by key, the largest population of the cities500
// places whose ASCII name has that key.
func primaryNames(rows []geoRow) map[string]int {
	m := make(map[string]int, len(rows))
	for _, row := range rows {
		k, err := gazetteer.Key(strings.ReplaceAll(row.ascii, "`", "'"))
		if err == nil && row.population > m[k] {
			m[k] = row.population
		}
	}
	return m
}

// divisionKey is the key under which primaryNames records the name of a
// first-level division of a country.
func divisionKey(country, key string) string { return "\x00" + country + "\x00" + key }

// addDivisions records the names of the first-level divisions (admin1
// names by "CC.code") in others, under divisionKey.
func addDivisions(others map[string]int, names map[string]string) {
	for code, name := range names {
		cc, _, _ := strings.Cut(code, ".")
		if k, err := gazetteer.Key(name); err == nil {
			others[divisionKey(cc, k)] = 1
		}
		if b := bareName(name); b != "" {
			if k, err := gazetteer.Key(b); err == nil {
				others[divisionKey(cc, k)] = 1
			}
		}
	}
}

// shortForm reports whether the key k is the short form of the key own
// that a qualifier after it makes: "newcastle" of "newcastle upon tyne",
// "frankfurt" of "frankfurt am main".
func shortForm(own, k string) bool {
	rest, ok := strings.CutPrefix(own, k+" ")
	if !ok {
		return false
	}
	first, _, _ := strings.Cut(rest, " ")
	switch first {
	case "upon", "on", "under", "am", "an", "im", "in", "sur", "en", "bei":
		return true
	}
	return false
}
