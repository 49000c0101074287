package gazetteer

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// speltCountries are the countries whose towns and sites Spelt finds: Arabic
// names that outlets transliterate each their own way ("Bint Jbeil", "Bent
// Jbail"; "Meiss el-Jabal", "Mays al Jabal"; "Kfar Kila", "Kafr Kela").
var speltCountries = map[string]bool{"LB": true, "SY": true, "IQ": true, "JO": true, "PS": true, "YE": true, "IL": true}

// minSkeleton is the fewest consonants a name's skeleton must keep for
// Spelt to compare it: shorter ones ("Houla": h, l; "Kafr Sousa": k, f, r,
// s, which Kfar Saba shares) say too little.
const minSkeleton = 5

// minSimilarity is how alike (1 - edit distance / length) a name's key
// and the place's must be besides: "bint jbeil" and "bent jbail" 0.8,
// "kfar kila" and "kafr qallil" far less.
const minSimilarity = 0.7

// spelt is the index of Spelt, built on first use.
type spelt struct {
	once sync.Once
	by   map[string][]speltName // by skeleton
}

// speltName is an entry and the key of one of its names.
type speltName struct {
	e   *Entry
	key string
}

// Spelt returns the towns and sites of the Levant, Iraq and Yemen whose
// name or an alias is name up to its vowels and the usual variants of
// transliteration (Skeleton), most populous first, curated places before
// others of equal size. It is for names that no spelling in the gazetteer
// matched; Match never uses it.
func (g *Gazetteer) Spelt(name string) []*Entry {
	k, err := Key(name)
	if err != nil {
		return nil
	}
	sk := Skeleton(k)
	if consonants(sk) < minSkeleton {
		return nil
	}
	g.spelt.once.Do(g.buildSpelt)
	var out []*Entry
	for _, n := range g.spelt.by[sk] {
		if !slices.Contains(out, n.e) && similarity(k, n.key) >= minSimilarity {
			out = append(out, n.e)
		}
	}
	return out
}

// similarity is 1 minus the edit distance of a and b over the longer's
// length, in runes.
func similarity(a, b string) float64 {
	n := max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	if n == 0 {
		return 1
	}
	return 1 - float64(EditDistance(a, b))/float64(n)
}

// EditDistance is the Levenshtein distance between a and b, in runes.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func (g *Gazetteer) buildSpelt() {
	g.spelt.by = map[string][]speltName{}
	for _, e := range g.entries {
		g.addSpelt(e)
	}
}

// addSpelt indexes e's Latin names by skeleton, when Spelt covers it.
func (g *Gazetteer) addSpelt(e *Entry) {
	if !speltCountries[e.Country] || e.Kind != sitrep.KindTown && e.Kind != sitrep.KindSite {
		return
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		k, err := Key(n)
		if err != nil || k == "" || k[0] >= 0x80 {
			continue
		}
		sk := Skeleton(k)
		if consonants(sk) < minSkeleton {
			continue
		}
		ns := append(g.spelt.by[sk], speltName{e, k})
		slices.SortStableFunc(ns, func(a, b speltName) int {
			if a.e.Population != b.e.Population {
				return b.e.Population - a.e.Population
			}
			if a.e.Curated() != b.e.Curated() {
				if a.e.Curated() {
					return -1
				}
				return 1
			}
			return 0
		})
		g.spelt.by[sk] = ns
	}
}

// skeletonRules rewrite the letter groups that transliterations of one
// Arabic sound spell apart, in this order.
var skeletonRules = strings.NewReplacer(
	"ch", "sh", "dj", "j", "kh", "k", "gh", "g", "ph", "f", "th", "t", "dh", "d", "q", "k", "ou", "u", "w", "", "y", "",
)

// Skeleton returns the consonants of key (a Key: folded words, articles
// dropped) with the variants of transliteration made one: "bint jbeil"
// and "bent jbail" give "bnt jbl", "nabatieh" gives "nbt" (a final "h"
// after a vowel is the feminine ending, dropped), "meiss jabal" and "mays
// jabal" give "ms jbl". Articles inside a name ("ej", "es", "ez"...) go.
func Skeleton(key string) string {
	var words []string
	for _, w := range strings.Fields(key) {
		if innerArticles[w] {
			continue
		}
		w = skeletonRules.Replace(w)
		if n := len(w); n >= 2 && w[n-1] == 'h' && strings.IndexByte("aeiou", w[n-2]) >= 0 {
			w = w[:n-1]
		}
		var b strings.Builder
		var last byte
		for i := 0; i < len(w); i++ {
			c := w[i]
			if strings.IndexByte("aeiou'-", c) >= 0 || c == last {
				continue
			}
			b.WriteByte(c)
			last = c
		}
		if b.Len() > 0 {
			words = append(words, b.String())
		}
	}
	return strings.Join(words, " ")
}

// innerArticles are the forms of the Arabic article that transliterations
// write as a word of their own ("Meiss ej Jabal", "Deir ez Zor").
var innerArticles = map[string]bool{
	"al": true, "el": true, "ad": true, "ed": true, "aj": true, "ej": true, "as": true, "es": true,
	"ash": true, "esh": true, "az": true, "ez": true, "ar": true, "er": true, "at": true, "et": true,
	"an": true, "en": true, "ath": true, "adh": true, "ul": true, "il": true,
}

func consonants(sk string) int { return len(strings.ReplaceAll(sk, " ", "")) }
