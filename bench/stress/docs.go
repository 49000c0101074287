package stress

import (
	"math/rand/v2"
	"sort"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/copies"
)

// Kinds of document.
const (
	original = iota
	syndicated
	rewrite
)

// doc is a generated document; its reports are reports[first:first+n].
type doc struct {
	pub    int32 // days from FirstDay
	outlet int32
	first  int32
	n      int32
	src    int32 // the document copied, for a copy
	kind   uint8
	sig    copies.Signature
}

// gen holds the state of one generation.
type gen struct {
	r    *rand.Rand
	seed uint64
	w    *world
	days int

	evs []Event
	day []int32 // day of each event, from FirstDay

	docs    []doc
	reports []sitrep.Report
	truth   []int32

	today  []int32   // slots of each incident left on the day being written
	told   [][]int32 // original documents telling each incident
	copied int       // syndicated and rewritten documents so far
	rewrit int
	multi  int // documents telling more than one incident
	words  []string
	ones   map[string][]string
}

// documents writes the documents day by day. Each mention of an incident
// is given a publication day 0-2 days after it; the mentions of a day are
// then packed into documents in random order, each a copy of an earlier
// document, a summary or a single report, in the shares set above.
func (g *gen) documents() {
	r := g.r
	byDay := make([][]int32, g.days+8)
	total := 0
	for i := range g.evs {
		total += g.evs[i].Mentions
	}
	// Every mention is one report: allocate them once, not by doubling.
	g.reports = make([]sitrep.Report, 0, total)
	g.truth = make([]int32, 0, total)
	for i := range g.evs {
		for range g.evs[i].Mentions {
			lag := int32(0)
			switch x := r.IntN(10); {
			case x >= 9:
				lag = 2
			case x >= 6:
				lag = 1
			}
			t := g.day[i] + lag
			byDay[t] = append(byDay[t], int32(i))
		}
	}
	g.today = make([]int32, len(g.evs))
	g.told = make([][]int32, len(g.evs))
	g.words = make([]string, OpeningWords)
	for t, pool := range byDay {
		r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		for _, e := range pool {
			g.today[e]++
		}
		for len(pool) > 0 {
			e := pool[len(pool)-1]
			pool = pool[:len(pool)-1]
			if g.today[e] == 0 {
				continue // taken by a summary or a copy
			}
			g.today[e]--
			pool = g.document(int32(t), e, pool)
		}
		byDay[t] = nil
	}
}

// document writes one document published on day t that tells incident e,
// taking what more it tells from pool, and returns what is left of pool.
func (g *gen) document(t, e int32, pool []int32) []int32 {
	r := g.r
	n := len(g.docs) + 1
	if g.copied*100 < (SyndicatedPct+RewritePct)*n {
		if src := g.copySource(t, e); src >= 0 {
			kind := uint8(syndicated)
			if g.rewrit*SyndicatedPct < (g.copied-g.rewrit)*RewritePct {
				kind = rewrite
			}
			g.copyOf(t, src, kind)
			return pool
		}
	}
	incs := []int32{e}
	if g.multi*100 < SummaryPct*n {
		want := 1 + r.IntN(4)
		for try := 0; try < 20 && len(incs) <= want && len(pool) > 0; try++ {
			k := r.IntN(len(pool))
			f := pool[k]
			if g.today[f] == 0 {
				pool[k] = pool[len(pool)-1]
				pool = pool[:len(pool)-1]
				continue
			}
			if contains(incs, f) {
				continue
			}
			g.today[f]--
			pool[k] = pool[len(pool)-1]
			pool = pool[:len(pool)-1]
			incs = append(incs, f)
		}
	}
	sort.Slice(incs, func(a, b int) bool { return incs[a] < incs[b] })
	g.original(t, incs)
	return pool
}

func contains(xs []int32, x int32) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// copySource returns an original document published on days t-2..t that
// tells e and whose other incidents all have a slot left on day t, and
// takes those slots; or -1.
func (g *gen) copySource(t, e int32) int32 {
	told := g.told[e]
	k := len(told)
	for k > 0 && g.docs[told[k-1]].pub >= t-2 {
		k--
	}
	recent := told[k:]
	if len(recent) == 0 {
		return -1
	}
	src := recent[g.r.IntN(len(recent))]
	d := g.docs[src]
	rs := g.truth[d.first : d.first+d.n]
	for _, f := range rs {
		if f != e && g.today[f] == 0 {
			return -1
		}
	}
	for _, f := range rs {
		if f != e {
			g.today[f]--
		}
	}
	return src
}

// original writes a document of its own telling incs.
func (g *gen) original(t int32, incs []int32) {
	i := int32(len(g.docs))
	d := doc{pub: t, outlet: int32(pick(g.r, g.w.outletCum)), first: int32(len(g.reports)), n: int32(len(incs)),
		src: -1, kind: original}
	for seq, e := range incs {
		g.reports = append(g.reports, g.mention(e, i, seq, d.outlet))
		g.truth = append(g.truth, e)
		g.told[e] = append(g.told[e], i)
	}
	if len(incs) > 1 {
		g.multi++
	}
	g.opening(i)
	d.sig = copies.Of(g.words)
	d.sig.Name(g.w.outlets[d.outlet])
	// Some cite another outlet for a detail ("a source told Levant
	// Wire"): that outlet's stories of the day are no source of theirs.
	if r := g.cites(i); r.IntN(100) < CiteOtherPct {
		d.sig.Cite(g.w.outlets[r.IntN(len(g.w.outlets))])
	}
	g.docs = append(g.docs, d)
}

// cites returns the stream the citations of document i are drawn from:
// one of its own, so that they leave the rest of the corpus as it was.
func (g *gen) cites(i int32) *rand.Rand {
	return rand.New(rand.NewPCG(g.seed^0xc17e, uint64(i)))
}

// copyOf writes a copy of document src published on day t, under another
// outlet, with the same reports and an edited opening.
func (g *gen) copyOf(t, src int32, kind uint8) {
	r := g.r
	i := int32(len(g.docs))
	s := g.docs[src]
	d := doc{pub: t, first: int32(len(g.reports)), n: s.n, src: src, kind: kind}
	for {
		d.outlet = int32(pick(r, g.w.outletCum))
		if d.outlet != s.outlet {
			break
		}
	}
	id := docID(int(i))
	for k := s.first; k < s.first+s.n; k++ {
		rep := g.reports[k]
		rep.Doc = id
		g.reports = append(g.reports, rep)
		g.truth = append(g.truth, g.truth[k])
	}
	g.copied++
	if kind == rewrite {
		g.rewrit++
	}
	if s.n > 1 {
		g.multi++
	}
	g.opening(src)
	if kind == syndicated {
		// An edited headline or sentence: one or two runs of changed words.
		changed := OpeningWords * (5 + r.IntN(21)) / 100
		runs := 1
		if r.IntN(10) < 3 {
			runs = 2
		}
		for k := range runs {
			n := changed / runs
			if k == 0 {
				n += changed % runs
			}
			at := r.IntN(OpeningWords - n + 1)
			for j := at; j < at+n; j++ {
				g.words[j] = g.w.vocab[pick(r, g.w.vocabCum)]
			}
		}
	} else {
		// A rewrite changes words everywhere.
		for _, j := range r.Perm(OpeningWords)[:OpeningWords*(40+r.IntN(21))/100] {
			g.words[j] = g.w.vocab[pick(r, g.w.vocabCum)]
		}
	}
	d.sig = copies.Of(g.words)
	d.sig.Name(g.w.outlets[d.outlet])
	if kind == rewrite && g.cites(i).IntN(100) < RewriteCitesPct {
		d.sig.Cite(g.w.outlets[s.outlet])
	}
	g.docs = append(g.docs, d)
}

// opening sets g.words to the opening of original document i, drawn from
// a stream of its own so that copies can draw it again.
func (g *gen) opening(i int32) {
	r := rand.New(rand.NewPCG(g.seed^0x0be1, uint64(i)))
	for j := range g.words {
		g.words[j] = g.w.vocab[pick(r, g.w.vocabCum)]
	}
}
