package extract

import (
	"sort"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// byPlace replaces a toll that a colon breaks down by place with its
// parts: "three people were killed in Israeli strikes in the south today:
// two in Khiam and one in Kfar Kila" is two at Khiam and one at Kfar Kila.
// The parts must add up to the toll.
func byPlace(toks []normalize.Token, hi int, cs []casualty) []casualty {
	for ci, c := range cs {
		if c.N < 2 {
			continue
		}
		k := 0
		for k = 0; k < len(toks) && toks[k].Start < c.Span.End; k++ {
		}
		for k < hi && toks[k].Norm != ":" && toks[k].Kind != normalize.Punct || k < hi && toks[k].Norm == "," {
			k++
		}
		if k >= hi || toks[k].Norm != ":" {
			continue
		}
		var parts []casualty
		sum := 0
		for j := k + 1; j < hi; {
			n, next, ok := number(toks, j, true)
			if !ok || next >= hi || toks[next].Norm != "in" && toks[next].Norm != "at" {
				break
			}
			parts = append(parts, casualty{c.Field, n, sitrep.Span{Start: toks[j].Start, End: toks[next].End}, ""})
			sum += n
			j = next + 1
			for j < hi && toks[j].Norm != "and" && toks[j].Norm != "," && toks[j].Norm != ";" && toks[j].Norm != "." {
				j++
			}
			for j < hi && (toks[j].Norm == "and" || toks[j].Norm == "," || toks[j].Norm == ";") {
				j++
			}
		}
		if len(parts) < 2 || sum != c.N {
			continue
		}
		out := append([]casualty{}, cs[:ci]...)
		out = append(out, parts...)
		return append(out, cs[ci+1:]...)
	}
	return cs
}

// presentCount reports a count after a verb in the present at i, "kills
// three", "wounds more than 40", not the noun "his wounds".
func presentCount(toks []normalize.Token, i, hi int) bool {
	j := i + 1
	for j < hi && qualifierWords[toks[j].Norm] {
		j++
	}
	_, _, ok := number(toks, j, true)
	return ok && i > 0 && toks[i-1].Norm != "his" && toks[i-1].Norm != "their" && toks[i-1].Norm != "of"
}

// ownClauseAfter reports a verb of its own after a count at j: "killed three
// soldiers and two others were wounded" counts the two apart.
func ownClauseAfter(toks []normalize.Token, j, hi int) bool {
	for k := j; k < hi && k < j+4; k++ {
		switch toks[k].Norm {
		case "were", "was", "are", "is", "had", "have", "has", "died", "suffered":
			return true
		}
		if toks[k].Kind == normalize.Punct {
			return false
		}
	}
	return false
}

// objectOfToll reports a count at k that a verb of killing or wounding
// just before it takes as object: "killed (at least) 38 people".
func objectOfToll(toks []normalize.Token, lo, k int) bool {
	j := k - 1
	for j >= lo && qualifierWords[toks[j].Norm] {
		j--
	}
	if j < lo {
		return false
	}
	switch toks[j].Norm {
	case "killed", "killing", "injured", "injuring", "wounded", "wounding":
		return true
	}
	return false
}

// withoutNone drops a sentence's "none" of a field when it also counts
// some: "No U.S. personnel were injured; however, the attack killed six
// SDF fighters" killed six, not none.
func withoutNone(cs []casualty) []casualty {
	some := map[string]bool{}
	for _, c := range cs {
		if c.N > 0 {
			some[c.Field] = true
		}
	}
	if len(some) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.N > 0 || !some[c.Field] {
			out = append(out, c)
		}
	}
	return out
}

// ageAfter reports "-year-old", "years old" from token j (before hi):
// the number before it is an age.
func ageAfter(toks []normalize.Token, j, hi int) bool {
	for j < hi && toks[j].Norm == "-" {
		j++
	}
	if j >= hi || toks[j].Norm != "year" && toks[j].Norm != "years" {
		return false
	}
	j++
	for j < hi && toks[j].Norm == "-" {
		j++
	}
	return j < hi && toks[j].Norm == "old"
}

// countOfPeople finds "<count> <people> of" ending within the six words
// before token k: "Twenty-two members of the Syrian army", "two soldiers
// of the 5th Corps". It returns the count and where it starts.
func countOfPeople(toks []normalize.Token, lo, k int) (int, int, bool) {
	for j := k - 1; j >= lo+2 && j >= k-6; j-- {
		if toks[j].Kind == normalize.Punct {
			return 0, 0, false
		}
		if toks[j].Norm != "of" || !peopleNoun(toks[j-1].Norm) {
			continue
		}
		if n, _, ok := number(toks, j-2, true); ok {
			n, at := withTens(toks, lo, j-2, n)
			return n, at, true
		}
	}
	return 0, 0, false
}

// withTens completes count n read at toks[k] with the tens before a hyphen
// ("twenty-two", "Twenty - two") and returns the count and where it starts.
func withTens(toks []normalize.Token, lo, k, n int) (int, int) {
	if k-2 < lo || toks[k-1].Norm != "-" {
		return n, k
	}
	v, next, ok := number(toks, k-2, true)
	// Only a word of tens: "01:30 - Three people killed" is a live blog's
	// clock and three dead, not 33.
	if !ok || v < 20 || tens[toks[k-2].Norm] == 0 {
		return n, k
	}
	if next == k+1 {
		return v, k - 2 // "twenty-three" read whole
	}
	return v + n, k - 2
}

// placeAt reports a preposition of place at token k followed by a name:
// "in Tyre", "at Kiryat Bialik", "near Sidon".
func placeAt(toks []normalize.Token, k, hi int) bool {
	switch toks[k].Norm {
	case "in", "at", "near":
		return k+1 < hi && toks[k+1].Upper && toks[k+1].Kind == normalize.Word
	}
	return false
}

// gapped adds the counts a list gives place by place after a toll told
// at a place, the verb left out: "killed four people in Tyre and three in
// Nabatieh", "two were wounded in Kiryat Bialik in the morning and five in
// Petah Tikva". Each part is its place's; the toll before it stays the
// first place's.
func gapped(toks []normalize.Token, hi int, weaponTokens map[int]bool, cs []casualty) []casualty {
	n := len(cs)
	for ci := 0; ci < n; ci++ {
		c := cs[ci]
		k := sort.Search(hi, func(k int) bool { return toks[k].Start >= c.Span.End })
		// The toll's own place, within a few words of it.
		at := -1
		for j := k; j < hi && j < k+4; j++ {
			if placeAt(toks, j, hi) {
				at = j
				break
			}
			if toks[j].Kind == normalize.Punct {
				break
			}
		}
		if at < 0 {
			continue
		}
		for j := at + 1; j < hi; {
			// Past the place and what follows it in the clause ("in the
			// morning"), to the list's separator.
			gap := 0
			for j < hi && toks[j].Norm != "and" && toks[j].Kind != normalize.Punct && gap < 8 {
				j, gap = j+1, gap+1
			}
			if j >= hi || toks[j].Norm != "and" && toks[j].Norm != "," {
				break
			}
			j++
			if j < hi && toks[j].Norm == "and" {
				j++
			}
			m, p, ok := gappedPart(toks, j, hi)
			if !ok || weaponTokens[j] {
				break
			}
			cs = append(cs, casualty{c.Field, m, sitrep.Span{Start: toks[j].Start, End: toks[p+1].End}, ""})
			j = p + 1
		}
	}
	return cs
}

// gappedPart reads a place's part of a gapped toll at token j: "three in
// Nabatieh", "three people in Nabatieh", "two more at Sidon". It returns
// the count and the token of the preposition.
func gappedPart(toks []normalize.Token, j, hi int) (int, int, bool) {
	m, next, ok := number(toks, j, true)
	if !ok || clockNumber(toks, j, next) {
		return 0, 0, false
	}
	p := next
	if p < hi && (peopleNoun(toks[p].Norm) || toks[p].Norm == "more" || toks[p].Norm == "others") {
		p++
	}
	if p >= hi || !placeAt(toks, p, hi) {
		return 0, 0, false
	}
	return m, p, true
}

// gappedAfter reports a place's part of a gapped toll after the place at
// token k, past the rest of its clause: "in Tyre [on Sunday] and three in
// Nabatieh".
func gappedAfter(toks []normalize.Token, k, hi int) bool {
	for j := k + 1; j < hi && j < k+10; j++ {
		if toks[j].Norm == "and" || toks[j].Norm == "," {
			if j+1 < hi && toks[j+1].Norm == "and" {
				j++
			}
			_, _, ok := gappedPart(toks, j+1, hi)
			return ok
		}
		if toks[j].Kind == normalize.Punct {
			return false
		}
	}
	return false
}
