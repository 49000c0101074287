package copies

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// Rewrites: another desk retells a story in its own words and names where
// it comes from ("according to the Two Rivers Wire news agency", "the ARP
// news agency reported"). Few of its word 4-shingles survive, but most of
// its content words do: a rewrite is a document that cites the outlet of
// an earlier one as its source and shares at least MinWordsCited of its
// content words with it. An outlet that tells another story of the same
// days shares fewer. The extractor decides what a text cites and which
// documents are an outlet's (an official's statement is not: reports that
// quote it are not rewrites of it).
const (
	// ContentWords is how many of a text's first words the content word
	// sketch covers.
	ContentWords = 300
	wordBins     = 128 // bins of the content word sketch, one byte each
	// MinWordsCited is the estimated Jaccard similarity of the content
	// words from which a document citing another's outlet rewrites it. On
	// the project's corpora a rewrite that names its source shares 0.13-0.23
	// of its content words with it; any two of their documents telling
	// different stories share 0.08 (median). 0.15 would find two more
	// (fresh13's f13-05 and fresh18's f18-16) but take 138 documents of
	// the stress corpus (bench/stress) that cite an outlet for a detail of
	// the same incident for rewrites of it: copy precision 0.9999 -> 0.988.
	MinWordsCited = 0.2
	// MaxCites is how many cited outlets' keys a signature keeps.
	MaxCites = 6
	maxNames = 2
)

// wordSketch returns the one-permutation MinHash of the set of content
// words among the first ContentWords words: each word's hash picks a bin
// and competes for its minimum; a byte of the minimum is kept, 1-255, 0
// for an empty bin.
func wordSketch(words []string) [wordBins]uint8 {
	var mins [wordBins]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for _, w := range words[:min(len(words), ContentWords)] {
		if len(w) < 2 {
			continue
		}
		f := fnv(w)
		if stopWords.has(f) {
			continue
		}
		h := mix(f)
		if b := h % wordBins; h < mins[b] {
			mins[b] = h
		}
	}
	var s [wordBins]uint8
	for i, m := range mins {
		if m != ^uint64(0) {
			s[i] = uint8(1 + (m>>32)%255)
		}
	}
	return s
}

// fnv is the FNV-1a hash of s.
func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for j := 0; j < len(s); j++ {
		h ^= uint64(s[j])
		h *= 1099511628211
	}
	return h
}

// WordsJaccard estimates the Jaccard similarity of the content words of a
// and b.
func WordsJaccard(a, b Signature) float64 { return wordsJaccard(&a, &b) }

func wordsJaccard(a, b *Signature) float64 {
	same, used := 0, 0
	for i, x := range a.Words {
		y := b.Words[i]
		if x == 0 && y == 0 {
			continue
		}
		used++
		if x == y {
			same++
		}
	}
	if used == 0 {
		return 0
	}
	return float64(same) / float64(used)
}

// Rewrites reports whether a rewrites b: a cites b's outlet, is not of it,
// and shares MinWordsCited of b's content words.
func Rewrites(a, b Signature) bool { return rewrites(&a, &b) }

func rewrites(a, b *Signature) bool {
	return cites(a, b) && wordsJaccard(a, b) >= MinWordsCited
}

// cites reports whether a cites one of b's names, b being of another outlet.
func cites(a, b *Signature) bool {
	hit := false
	for _, n := range b.Names {
		if n == 0 {
			break
		}
		if slices.Contains(a.Names[:], n) {
			return false
		}
		hit = hit || slices.Contains(a.Cites[:], n)
	}
	return hit
}

// Key returns the key of an outlet's name: normalize.OutletKey ("The Two
// Rivers Wire" and "two-rivers wire" are one), hashed; 0 for a name with
// no letter or digit.
func Key(name string) uint32 {
	key := normalize.OutletKey(name)
	if key == "" {
		return 0
	}
	k := uint32(mix(fnv(key)))
	if k == 0 {
		k = 1
	}
	return k
}

// Cite adds the keys of outlets the text cites as its source; beyond
// MaxCites they are dropped.
func (s *Signature) Cite(names ...string) {
	for _, n := range names {
		add(s.Cites[:], Key(n))
	}
}

// Name adds keys of the document's own outlet as others cite it: its
// name, the code of its datelines ("TRW").
func (s *Signature) Name(names ...string) {
	for _, n := range names {
		add(s.Names[:], Key(n))
	}
}

// add puts k in the ascending keys of set, 0s at its end, unless it is 0,
// there already, or set is full.
func add(set []uint32, k uint32) {
	if k == 0 || slices.Contains(set, k) || set[len(set)-1] != 0 {
		return
	}
	set[len(set)-1] = k
	slices.SortFunc(set, func(x, y uint32) int {
		switch {
		case x == y:
			return 0
		case x == 0:
			return 1
		case y == 0:
			return -1
		case x < y:
			return -1
		}
		return 1
	})
}

// stopWords are left out of the content word sketch: function words, and
// the verbs of attribution every report uses. They are kept by their FNV-1a
// hash, which wordSketch computes anyway, in a small open-addressed table.
var stopWords = func() *hashSet {
	var t hashSet
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or but if as is are
		was were be been being has have had do does did not no it its this that these those he she
		they them his her their we our you your me my which who whom whose what when where while
		after before during since until than then there here also said says say saying told according
		would could should will may might can about over into out up down off more most some any all
		other such only own same so very just under between against through per s`) {
		t.add(fnv(w))
	}
	return &t
}()

// hashSet is a set of nonzero hashes, at most half of its slots full.
type hashSet [512]uint64

func (t *hashSet) add(h uint64) {
	i := h % uint64(len(t))
	for t[i] != 0 && t[i] != h {
		i = (i + 1) % uint64(len(t))
	}
	t[i] = h
}

func (t *hashSet) has(h uint64) bool {
	for i := h % uint64(len(t)); t[i] != 0; i = (i + 1) % uint64(len(t)) {
		if t[i] == h {
			return true
		}
	}
	return false
}
