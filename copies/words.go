package copies

import (
	"math"
	"slices"
)

// Rewrites. A story another outlet rewrote sentence by sentence keeps few
// of the original's word 4-shingles but most of its words: the names, the
// numbers, the nouns and verbs of what happened. Each signature also holds
// the set of the distinct content words of the whole text (stop words
// left out), as hashes; two dated documents published within MaxDays of
// each other whose sets overlap by MinRewrite are a rewrite and its
// origin. On the project's corpora, independent reports of one attack
// (from other outlets, within three days) share at most 0.26 of their
// content words, and an outlet's two stories of one week 0.29; the
// paraphrases other desks wrote of a story share 0.32 to 0.40, and
// near-verbatim copies 0.73 and more.
const (
	MinRewrite      = 0.3
	minRewriteWords = 40   // content words each text needs for the comparison
	maxTokens       = 1000 // content words read, from the start
	wordBins        = 64   // bins of the MinHash that finds candidate pairs
	wordRows        = 2
	wordBands       = wordBins / wordRows
	// maxWordBucket is how many of the latest origins sharing a band of
	// content words are compared: words common to many stories fill
	// some bands, while a rewrite and its origin share several bands, the
	// rarer words' among them.
	maxWordBucket = 4
)

// contentWords returns the sorted, distinct 16-bit hashes of the content
// words among the first maxTokens words of words (folded), or nil when
// there are fewer than minRewriteWords. Two texts' hashes of different
// words collide seldom enough (a few in 65,536) not to move a Jaccard.
func contentWords(words []string) []uint16 {
	out := make([]uint16, 0, min(len(words), maxTokens))
	n := 0
	for _, w := range words {
		if n == maxTokens {
			break
		}
		if len(w) < 2 || stopWords[w] {
			continue
		}
		n++
		h := uint32(2166136261) // FNV-1a
		for j := 0; j < len(w); j++ {
			h ^= uint32(w[j])
			h *= 16777619
		}
		out = append(out, uint16(h^h>>16))
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) < minRewriteWords {
		return nil
	}
	return slices.Clip(out)
}

// WordJaccard returns the Jaccard similarity of the content words of two
// signatures, 0 when either has too few.
func WordJaccard(a, b Signature) float64 {
	if len(a.Words) == 0 || len(b.Words) == 0 {
		return 0
	}
	same, i, j := 0, 0, 0
	for i < len(a.Words) && j < len(b.Words) {
		switch {
		case a.Words[i] == b.Words[j]:
			same++
			i++
			j++
		case a.Words[i] < b.Words[j]:
			i++
		default:
			j++
		}
	}
	return float64(same) / float64(len(a.Words)+len(b.Words)-same)
}

// Rewrite reports whether two signatures share enough content words for
// one text to be a rewrite of the other. Dates are the caller's concern:
// see match. It stops as soon as the words left cannot make it.
func Rewrite(a, b Signature) bool {
	na, nb := len(a.Words), len(b.Words)
	if na == 0 || nb == 0 || float64(min(na, nb)) < MinRewrite*float64(max(na, nb)) {
		return false
	}
	// same/(na+nb-same) >= MinRewrite
	need := int(math.Ceil(MinRewrite * float64(na+nb) / (1 + MinRewrite)))
	same, i, j := 0, 0, 0
	for i < na && j < nb {
		if same+min(na-i, nb-j) < need {
			return false
		}
		switch {
		case a.Words[i] == b.Words[j]:
			same++
			i++
			j++
		case a.Words[i] < b.Words[j]:
			i++
		default:
			j++
		}
	}
	return float64(same) >= MinRewrite*float64(na+nb-same)
}

// match reports whether b copies a or a copies b, as Origins decides it:
// near in time and alike in their opening (copyMatch), or both dated and
// alike in their words (rewriteMatch).
func match(a, b Doc) bool { return copyMatch(a, b) || rewriteMatch(a, b) }

func copyMatch(a, b Doc) bool { return near(a, b) && Copies(a.Sig, b.Sig) }

func rewriteMatch(a, b Doc) bool {
	return a.Published.HasYear() && b.Published.HasYear() && near(a, b) && Rewrite(a.Sig, b.Sig)
}

// rewritable reports whether d may be found as a rewrite or an origin of
// one: dated, with enough content words.
func rewritable(d Doc) bool { return d.Published.HasYear() && len(d.Sig.Words) > 0 }

// wordBandKeys returns the values of the bands of a one-permutation
// MinHash of the content words of sig, with ok false for a band holding
// an empty bin (too few words to fill it): such bands are not indexed.
func wordBandKeys(sig Signature) (keys [wordBands]uint64, ok [wordBands]bool) {
	var mins [wordBins]uint32
	for i := range mins {
		mins[i] = empty
	}
	for _, h := range sig.Words {
		v := mix(uint64(h))
		bin, val := v%wordBins, uint32(v>>32)
		if val == empty {
			val--
		}
		if val < mins[bin] {
			mins[bin] = val
		}
	}
	for b := range keys {
		key := uint64(b) + 1
		ok[b] = true
		for r := range wordRows {
			m := mins[b*wordRows+r]
			if m == empty {
				ok[b] = false
			}
			key = key*0x100000001B3 ^ uint64(m)
		}
		keys[b] = key
	}
	return keys, ok
}

// stopWords are English function words, left out of the content words.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but",
		"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this",
		"that", "these", "those", "as", "said", "says", "say", "which", "who", "whom", "whose", "what",
		"when", "where", "while", "after", "before", "during", "over", "under", "into", "than", "then",
		"there", "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "not",
		"no", "also", "more", "most", "other", "some", "such", "only", "own", "same", "so", "too", "very",
		"can", "will", "would", "could", "should", "may", "might", "must", "do", "does", "did", "done",
		"about", "against", "between", "through", "up", "down", "out", "off", "again", "further", "once",
		"here", "all", "any", "both", "each", "few", "nor", "just",
	} {
		m[w] = true
	}
	return m
}()
