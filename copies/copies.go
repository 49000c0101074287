// Package copies recognises documents that copy one another: the same wire
// story under other mastheads, lightly edited rewrites, excerpts. Each
// document gets a MinHash signature of the word 4-shingles of its opening
// (the first LedeWords words: what a story tells first is what copies keep,
// while independent reports of one attack share background paragraphs); candidate pairs
// come from banding the signatures (locality-sensitive hashing), and a pair
// is a copy when the estimated overlap of their shingles is high. A
// rewrite in other words shares few shingles: it is found when it names
// the outlet it retells and shares enough of its content words
// (rewrite.go); candidates then come from the outlet's latest documents.
// The earliest document of a group of copies is their origin.
package copies

import (
	"encoding/binary"
	"errors"
	"slices"
	"sort"

	"github.com/sitrep/sitrep"
)

const (
	shingle = 4 // words per shingle
	// LedeWords is how many of a text's first words its signature covers.
	LedeWords = 80
	hashes    = 64 // MinHash bins
	bands     = 21 // LSH bands of rows values each
	rows      = 3

	// A pair is a copy when the estimated Jaccard similarity of its
	// shingles reaches MinJaccard, or when the shorter one's shingles are
	// mostly in the longer one (an excerpt, a story with a paragraph
	// added): containment MinContainment with Jaccard MinJaccardExcerpt.
	// On the project's corpora (examples, testdata, seeds: 68 documents)
	// independent reports of one attack share at most 0.09 of their
	// opening shingles, a story another desk edited sentence by sentence
	// (examples ex-02) 0.54, a near-verbatim copy (tc-07) 0.62.
	MinJaccard        = 0.4
	MinContainment    = 0.6
	MinJaccardExcerpt = 0.2
	// A syndicated story whose lead another desk rewrote ("Iraq's
	// government on Thursday condemned a drone strike ...") keeps fewer of
	// its opening shingles but nearly all its content words: a copy from
	// MinJaccardEdited of the shingles with MinWordsEdited of the content
	// words. On the corpora, such copies share 0.78-0.95 of their content
	// words, independent reports of one attack at most 0.45.
	MinJaccardEdited = 0.25
	MinWordsEdited   = 0.7
	// Armed groups' statements open with the same formula ("In the name
	// of God ... In triumph for the oppressed Palestinian people ... the
	// naval forces carried out a military operation targeting the ship")
	// and share 0.40-0.48 of their opening shingles while telling other
	// attacks; their content words differ (0.27-0.47 shared, copies
	// 0.69-0.95). Below MinJaccardSure, a copy by its shingles must also
	// share MinWordsTemplate of its content words.
	MinJaccardSure   = 0.7
	MinWordsTemplate = 0.55

	maxBucket = 256 // documents compared per shared band value
	// maxNamed is how many of the latest documents of an outlet a text
	// that cites it is compared with.
	maxNamed = 64

	// MaxDays is how much later than its origin a copy may be published:
	// syndication and rewrites follow within days; a text much like one
	// of months before is a template (an official statement's wording),
	// not a copy. Undated documents are compared with all.
	MaxDays = 3
)

// Signature is a document's MinHash signature and its number of
// shingles, with what finds rewrites (see rewrite.go): a sketch of its
// content words, the outlets it cites as its source and its own outlet's
// names. The zero Signature is that of a text too short to compare.
//
// The minima keep the top 16 bits of each bin's 32-bit minimum: equal
// minima of different shingles stay rare (one in 65,536), and the half of
// their memory saved pays for most of the content word sketch.
type Signature struct {
	Min   [hashes]uint16
	N     uint32
	Words [wordBins]uint8
	Cites [MaxCites]uint32 // keys of the outlets cited, ascending, 0s at the end
	Names [maxNames]uint32 // keys of the document's own outlet, as others cite it
}

// Size is the length of an encoded signature in bytes; oldSize that of
// signatures before rewrites were sought (32-bit minima only), which
// Decode still reads.
const (
	Size    = 4 + 2*hashes + wordBins + 4*MaxCites + 4*maxNames
	oldSize = 4 * (hashes + 1)
)

// Of returns the signature of the opening of a text given as its words,
// folded (the Norm of normalize's word tokens). Texts of fewer than shingle
// words have none.
//
// The signature is a one-permutation MinHash: each shingle's hash picks
// one of the hashes bins and competes for its minimum, so a text costs
// one hash per shingle rather than one per shingle and bin.
func Of(words []string) Signature {
	var s Signature
	if len(words) < shingle {
		return s
	}
	s.Words = wordSketch(words)
	words = words[:min(len(words), LedeWords)]
	for i := range s.Min {
		s.Min[i] = empty
	}
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = fnv(w)
	}
	for i := 0; i+shingle <= len(words); i++ {
		v := uint64(0)
		for _, h := range wh[i : i+shingle] {
			v = mix(v*0x9E3779B97F4A7C15 + h)
		}
		bin, val := v%hashes, uint16(v>>48)
		if val == empty {
			val--
		}
		if val < s.Min[bin] {
			s.Min[bin] = val
		}
	}
	s.N = uint32(len(words) - shingle + 1)
	return s
}

// empty marks a bin no shingle fell in.
const empty = ^uint16(0)

// mix is the splitmix64 finaliser.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Jaccard estimates the Jaccard similarity of the shingles of a and b:
// the share of equal minima among the bins that either fills.
func Jaccard(a, b Signature) float64 { return jaccard(&a, &b) }

// jaccard is Jaccard on pointers: signatures are large to pass by value
// in the loops of Origins.
func jaccard(a, b *Signature) float64 {
	if a.N == 0 || b.N == 0 {
		return 0
	}
	same, used := 0, 0
	for i := range a.Min {
		if a.Min[i] == empty && b.Min[i] == empty {
			continue
		}
		used++
		if a.Min[i] == b.Min[i] {
			same++
		}
	}
	if used == 0 {
		return 0
	}
	return float64(same) / float64(used)
}

// Copies reports whether a copies b, published no later: by the thresholds
// above (the excerpt rule holds only for texts of unequal length), or as a
// rewrite that cites b's outlet (Rewrites).
func Copies(a, b Signature) bool { return copied(&a, &b) }

func copied(a, b *Signature) bool {
	return likeness(a, b) > 0
}

// likeness scores how surely a copies b, 0 when it does not: above 1 by
// the share of their shingles for a copy, the share of content words (at
// most 1) for a rewrite. A document takes as its origin the earlier one it
// copies most surely: a wire story's copy is of that story, not of an
// earlier story of the wire it credits.
func likeness(a, b *Signature) float64 {
	if j, ok := shares(a, b); ok {
		return 1 + j
	}
	if rewrites(a, b) {
		return wordsJaccard(a, b)
	}
	return 0
}

// shares reports whether a and b share enough shingles to copy one
// another, with the estimated Jaccard similarity of their shingles.
func shares(a, b *Signature) (float64, bool) {
	j := jaccard(a, b)
	if j >= MinJaccard && (j >= MinJaccardSure || !sketched(a) || !sketched(b) || wordsJaccard(a, b) >= MinWordsTemplate) ||
		j >= MinJaccardEdited && wordsJaccard(a, b) >= MinWordsEdited {
		return j, true
	}
	if j >= MinJaccard {
		return j, false // a template's opening
	}
	if j < MinJaccardExcerpt || 10*min(a.N, b.N) > 7*max(a.N, b.N) {
		return j, false
	}
	// |A∩B| = J(|A|+|B|)/(1+J); containment is that over the smaller set.
	inter := j * float64(a.N+b.N) / (1 + j)
	return j, inter/float64(min(a.N, b.N)) >= MinContainment
}

// Encode returns the signature as Size bytes.
func (s Signature) Encode() []byte {
	b := make([]byte, Size)
	binary.LittleEndian.PutUint32(b, s.N)
	o := 4
	for _, v := range s.Min {
		binary.LittleEndian.PutUint16(b[o:], v)
		o += 2
	}
	o += copy(b[o:], s.Words[:])
	for _, v := range append(s.Cites[:], s.Names[:]...) {
		binary.LittleEndian.PutUint32(b[o:], v)
		o += 4
	}
	return b
}

// Decode reads a signature written by Encode, or by a build before
// rewrites were sought: that one finds copies as before, and rewrites once
// the document is extracted again.
func Decode(b []byte) (Signature, error) {
	var s Signature
	switch len(b) {
	case Size:
	case oldSize:
		s.N = binary.LittleEndian.Uint32(b)
		for i := range s.Min {
			v := binary.LittleEndian.Uint32(b[4+4*i:])
			// As Of keeps them: the top 16 bits, the empty mark moved.
			s.Min[i] = uint16(v >> 16)
			if s.Min[i] == empty && v != ^uint32(0) {
				s.Min[i]--
			}
		}
		return s, nil
	default:
		return s, errors.New("copies: bad signature length")
	}
	s.N = binary.LittleEndian.Uint32(b)
	o := 4
	for i := range s.Min {
		s.Min[i] = binary.LittleEndian.Uint16(b[o:])
		o += 2
	}
	o += copy(s.Words[:], b[o:])
	for i := range s.Cites {
		s.Cites[i] = binary.LittleEndian.Uint32(b[o:])
		o += 4
	}
	for i := range s.Names {
		s.Names[i] = binary.LittleEndian.Uint32(b[o:])
		o += 4
	}
	return s, nil
}

// Doc is a document as Origins needs it.
type Doc struct {
	ID        string
	Published sitrep.Date
	Sig       Signature
}

// Origins finds the documents that copy another and returns, for each, the
// id of the document it copies. Documents are taken earliest first
// (published, undated last, then by id); each is a copy of the earlier
// document that is no copy itself and that it copies most surely
// (likeness; the earliest of equals), so that origins are never copies and
// similarity does not chain from story to story. The result does not
// depend on the order of docs.
func Origins(docs []Doc) map[string]string {
	order := make([]int32, len(docs))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return Earlier(docs[order[i]], docs[order[j]]) })
	out := map[string]string{}
	// The origins with each band value, as lists newest first: heads[b]
	// maps a value of band b to its latest node, nodes link to older ones.
	// Far smaller than a map of slices over millions of documents.
	// Sized for every document up front: growing them by doubling would
	// hold the old and the new tables at once.
	var heads [bands]map[uint64]int32
	for b := range heads {
		heads[b] = make(map[uint64]int32, len(docs))
	}
	type node struct{ pos, next int32 } // pos in order; next node + 1, 0 at the end
	nodes := make([]node, 0, len(docs)*bands)
	// The same for the origins of each outlet's name, for rewrites.
	names := map[uint32]int32{}
	var named []node
	checked := make([]int32, len(docs)) // checked[j] == i+1: origin j compared with document i
	for i, di := range order {
		d := &docs[di]
		if d.Sig.N == 0 {
			continue
		}
		keys := bandKeys(d.Sig)
		best, bestScore := int32(-1), 0.0
		// compare compares d with the latest maxBucket origins of a list
		// (boilerplate shared by many documents, an outlet's many
		// stories), each pair once, and keeps the likest, the earliest
		// of equals.
		compare := func(list []node, k int32, most int) {
			for n := 0; k > 0 && n < most; k, n = list[k-1].next, n+1 {
				j := list[k-1].pos
				if checked[j] == int32(i+1) {
					continue
				}
				checked[j] = int32(i + 1)
				o := &docs[order[j]]
				if !near(o, d) {
					// Lists run newest first and d comes after all of
					// them: the rest are older still.
					break
				}
				if v := likeness(&d.Sig, &o.Sig); v > bestScore || v > 0 && v == bestScore && j < best {
					best, bestScore = j, v
				}
			}
		}
		for b, key := range keys {
			compare(nodes, heads[b][key[1]], maxBucket)
		}
		for _, c := range d.Sig.Cites {
			if c == 0 {
				break
			}
			compare(named, names[c], maxNamed)
		}
		if best >= 0 {
			out[d.ID] = docs[order[best]].ID
			continue
		}
		for b, key := range keys {
			nodes = append(nodes, node{pos: int32(i), next: heads[b][key[1]]})
			heads[b][key[1]] = int32(len(nodes))
		}
		for _, c := range d.Sig.Names {
			if c == 0 {
				break
			}
			named = append(named, node{pos: int32(i), next: names[c]})
			names[c] = int32(len(named))
		}
	}
	return out
}

// bandKeys returns the LSH band values of a signature.
func bandKeys(sig Signature) [bands][2]uint64 {
	var keys [bands][2]uint64
	for b := 0; b < bands; b++ {
		key := [2]uint64{uint64(b), 0}
		for r := 0; r < rows; r++ {
			key[1] = key[1]*0x100000001B3 ^ uint64(sig.Min[b*rows+r])
		}
		keys[b] = key
	}
	return keys
}

// Origin returns the document d copies, as Origins over every document
// would, from the documents near it: those published within MaxDays of d
// and those without a year, with what each copies (copyOf, "" or absent
// for an origin). It also returns later: the documents of window after d
// (in Origins' order) that copy d, whose own origin may change now that d
// is there; settle them again, in order, after d. ok is false when d has
// no year: Origins over every document is then needed. As Origins, it
// compares the latest maxBucket origins of each band value only.
func Origin(d Doc, window []Doc, copyOf map[string]string) (origin string, later []string, ok bool) {
	if !d.Published.HasYear() {
		return "", nil, false
	}
	if d.Sig.N == 0 {
		return "", nil, true
	}
	var before []Doc // earlier origins, earliest first
	for _, n := range window {
		if n.ID == d.ID || n.Sig.N == 0 {
			continue
		}
		if Earlier(d, n) {
			if copied(&n.Sig, &d.Sig) {
				later = append(later, n.ID)
			}
			continue
		}
		if copyOf[n.ID] == "" {
			before = append(before, n)
		}
	}
	sort.Slice(before, func(i, j int) bool { return Earlier(before[i], before[j]) })
	// The bucket of each of d's band values: the earlier origins sharing
	// it, of which Origins compares the latest maxBucket.
	// So is the bucket of each outlet d cites.
	dk := bandKeys(d.Sig)
	var buckets [bands + MaxCites][]int
	for i, n := range before {
		nk := bandKeys(n.Sig)
		for b := range dk {
			if nk[b] == dk[b] {
				buckets[b] = append(buckets[b], i)
			}
		}
		for c, key := range d.Sig.Cites {
			if key != 0 && slices.Contains(n.Sig.Names[:], key) {
				buckets[bands+c] = append(buckets[bands+c], i)
			}
		}
	}
	best, bestScore := -1, 0.0
	for b, bucket := range buckets {
		most := maxBucket
		if b >= bands {
			most = maxNamed
		}
		for _, j := range bucket[max(0, len(bucket)-most):] {
			if !near(&before[j], &d) {
				continue
			}
			if v := likeness(&d.Sig, &before[j].Sig); v > bestScore || v > 0 && v == bestScore && j < best {
				best, bestScore = j, v
			}
		}
	}
	if best < 0 {
		return "", later, true
	}
	return before[best].ID, later, true
}

// near reports whether b is published within MaxDays of a, or either is
// undated.
func near(a, b *Doc) bool {
	if !a.Published.HasYear() || !b.Published.HasYear() {
		return true
	}
	d := b.Published.Days() - a.Published.Days()
	return d <= MaxDays && d >= -MaxDays
}

// Earlier orders documents as Origins takes them: by publication (undated
// last), then id.
func Earlier(a, b Doc) bool {
	ak, bk := a.Published.HasYear(), b.Published.HasYear()
	if ak != bk {
		return ak
	}
	if ak && a.Published.Days() != b.Published.Days() {
		return a.Published.Days() < b.Published.Days()
	}
	return a.ID < b.ID
}

// sketched reports whether s has a content word sketch: signatures of
// builds before rewrites were sought have none.
func sketched(s *Signature) bool {
	for _, w := range s.Words {
		if w != 0 {
			return true
		}
	}
	return false
}
