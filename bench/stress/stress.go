// Package stress generates a corpus of reports with known ground truth, to
// measure how well and how fast fusion (package cluster) and copy detection
// (package copies) work at scale. Generate is deterministic for a seed on
// every platform: draws use math/rand/v2's PCG, weights are integers, and
// the few coordinates computed with math.Cos are rounded to 5 decimals.
//
// The world has Sites sites (ids "st-N", precision GeoSite) in the Middle
// East box (lat 12..38, lon 34..60), each with 0-2 towns NearKmMin to
// NearKmMax km away ("tn-N"), in Provinces provinces ("adm1-iq.07") of ten
// countries ("iq"). Attacks pick sites with a heavy-tailed frequency, so a
// few sites are attacked very often. Incidents span max(MinDays,
// incidents/IncidentsPerDay) days from 2023-10-01; SecondAttackPct of them
// are a second attack on the site of another, 1-2 days later.
//
// Each incident has 1..MaxMentions mentions (mean about 3.3), published
// 0-2 days after it in documents ("d0000001"...) of Outlets outlets. About
// SummaryPct of documents tell 2-5 incidents of the same publication day;
// the others tell one. SyndicatedPct of documents copy an earlier one
// published 0-2 days before, under another outlet, with the same reports
// and 5-25% of the 80 words of their opening changed in one or two runs;
// RewritePct are rewrites with 40-60% of the words changed here and there,
// RewriteCitesPct of them naming the outlet they rewrite; CiteOtherPct of
// original documents cite another outlet for a detail. Both kinds of copy
// are in TrueCopyOf; shingles miss rewrites, which are found only when
// they cite their source (copies.Rewrites). For
// fusion a copy's reports are mentions of the same incidents like any other.
//
// Noise of each mention of an original document, in percent:
//   - date: DateExactPct the day (precision day), DateOffPct one day off,
//     DateWeekPct a week (precision week) holding the day, DateNonePct
//     undated;
//   - place: PlaceSitePct the site, PlaceNearPct a town near it or a point
//     near the site (precision GeoNear), PlaceProvincePct its province,
//     PlaceCountryPct its country;
//   - category: CategoryUnknownPct sitrep.CategoryUnknown, else right.
//
// Perpetrator, target, claimants, casualties, statuses, stances and
// accounts are filled sparsely; reports carry no assertions, as fusion
// reads them from a store.
package stress

import (
	"fmt"
	"math/rand/v2"
	"sort"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/copies"
)

// Shape of the corpus.
const (
	Sites           = 3000
	Provinces       = 120
	Outlets         = 200
	Vocabulary      = 50000 // words openings are drawn from
	OpeningWords    = copies.LedeWords
	IncidentsPerDay = 300
	MinDays         = 60
	MaxMentions     = 25
	NearKmMin       = 3.0 // how far a town is from its site
	NearKmMax       = 9.0
	// SiteRankOffset shapes how often sites are attacked: the site of rank
	// r (from 0) with weight 1/(r+SiteRankOffset). The most attacked site
	// takes about 0.12% of incidents, one every three days at
	// IncidentsPerDay: about as often as the most attacked US bases in Iraq
	// and Syria from October 2023 to January 2024. Sites of rank 1000 and
	// more are attacked once a week or less.
	SiteRankOffset = 400
)

// Rates, in percent.
const (
	SecondAttackPct = 8 // incidents that follow another at its site 1-2 days later

	SummaryPct    = 15 // documents telling 2-5 incidents
	SyndicatedPct = 15 // documents copying another, 5-25% of the words changed
	RewritePct    = 5  // documents rewriting another, 40-60% of the words changed
	// RewriteCitesPct of rewrites name the outlet they rewrite ("according
	// to the Two Rivers Wire news agency"), as 4 of the 13 rewrites of the
	// project's corpora do; CiteOtherPct of original documents cite some
	// outlet for a detail.
	RewriteCitesPct = 40
	CiteOtherPct    = 10

	DateExactPct = 80
	DateOffPct   = 10
	DateWeekPct  = 7
	DateNonePct  = 3

	PlaceSitePct     = 70
	PlaceNearPct     = 15
	PlaceProvincePct = 10
	PlaceCountryPct  = 5

	CategoryUnknownPct = 15
)

// FirstDay is the first day incidents happen on.
var FirstDay = sitrep.Date{Year: 2023, Month: 10, Day: 1}

// mentionWeights are the weights of 1..MaxMentions mentions, about
// k^-1.66: mean 3.3.
var mentionWeights = [MaxMentions]uint64{1000000, 316439, 161428, 100134, 69137, 51082, 39549, 31686, 26059,
	21878, 18676, 16164, 14153, 12515, 11161, 10027, 9067, 8246, 7538, 6923, 6384, 5910, 5489, 5115, 4780}

// Config says how large a corpus to make. Mentions is the number of reports,
// copies included.
type Config struct {
	Mentions int
	Seed     uint64
}

// Event is a true incident.
type Event struct {
	Day      sitrep.Date
	Site     sitrep.Place
	Province sitrep.Place
	Country  sitrep.Place
	Category string
	// SecondOf is the incident this one follows at the same site, -1 if none.
	SecondOf int32
	Mentions int

	perp, target string
	outcome      string
	killed       *int
	site         int32
}

// Corpus is a generated corpus and its truth. Reports are ordered by
// document and sequence; Truth[i] is the index in Events of the incident
// Reports[i] tells. Docs have no CopyOf: that is for copy detection to find.
type Corpus struct {
	Reports    []sitrep.Report
	Docs       map[string]sitrep.Document
	Sigs       []copies.Doc // one per document, in id order
	Truth      []int32
	TrueCopyOf map[string]string // document -> the one it copies
	Rewrites   map[string]bool   // the documents of TrueCopyOf that are rewrites
	Incidents  int
	Events     []Event
	Days       int // the period incidents span
	// Areas are the provinces of the corpus's world, for fusion to join a
	// report that names only a province to the one incident inside it.
	Areas sitrep.Areas

	first []int32 // index in Reports of each document's first report
}

// Generate makes the corpus of cfg. A Mentions of 0 or less gives an empty
// corpus.
func Generate(cfg Config) *Corpus {
	r := rand.New(rand.NewPCG(cfg.Seed, 0x5eed0f5175e7))
	g := &gen{r: r, seed: cfg.Seed, w: newWorld(r), ones: map[string][]string{}}
	g.events(max(cfg.Mentions, 0))
	g.documents()
	return g.corpus()
}

// events draws the incidents: mentions each until they add up to n, then
// day, site and category.
func (g *gen) events(n int) {
	r := g.r
	var ks []int
	for total := 0; total < n; {
		k := pickW(r, mentionWeights[:]) + 1
		k = min(k, n-total)
		ks = append(ks, k)
		total += k
	}
	g.days = max(MinDays, (len(ks)+IncidentsPerDay-1)/IncidentsPerDay)
	evs := make([]Event, len(ks))
	day := make([]int, len(ks))
	for i, k := range ks {
		e := &evs[i]
		e.Mentions, e.SecondOf = k, -1
		if i > 0 && r.IntN(100) < SecondAttackPct {
			b := r.IntN(i)
			e.SecondOf, e.site = int32(b), evs[b].site
			day[i] = day[b] + 1 + r.IntN(2)
			e.Category = evs[b].Category
			if r.IntN(2) == 0 {
				e.Category = drawCategory(r)
			}
		} else {
			e.site = int32(pick(r, g.w.siteCum))
			day[i] = r.IntN(g.days)
			e.Category = drawCategory(r)
		}
		s := g.w.sites[e.site]
		e.Site, e.Province = s.place, g.w.provinces[s.province]
		e.Country = g.w.countries[countryIndex(s.place.Country)]
		g.attributes(e)
	}
	// Number incidents by day.
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return day[order[a]] < day[order[b]] })
	pos := make([]int32, len(evs))
	for p, i := range order {
		pos[i] = int32(p)
	}
	g.evs = make([]Event, len(evs))
	g.day = make([]int32, len(evs))
	for p, i := range order {
		e := evs[i]
		if e.SecondOf >= 0 {
			e.SecondOf = pos[e.SecondOf]
		}
		e.Day = FirstDay.AddDays(day[i])
		g.evs[p], g.day[p] = e, int32(day[i])
	}
}

func countryIndex(code string) int {
	for i, c := range countries {
		if c.code == code {
			return i
		}
	}
	panic("stress: unknown country " + code)
}

// pickW draws an index with integer weights w.
func pickW(r *rand.Rand, w []uint64) int {
	var sum uint64
	for _, x := range w {
		sum += x
	}
	x := r.Uint64N(sum)
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}

var categories = []string{sitrep.CategoryDrone, sitrep.CategoryRocket, sitrep.CategoryAirstrike,
	sitrep.CategoryMissile, sitrep.CategoryMortar, sitrep.CategoryArtillery, sitrep.CategoryIED,
	sitrep.CategoryClash, sitrep.CategoryShooting, sitrep.CategorySuicide}

var categoryWeights = []uint64{35, 25, 12, 8, 6, 5, 4, 3, 1, 1}

func drawCategory(r *rand.Rand) string { return categories[pickW(r, categoryWeights)] }

// corpus assembles the result.
func (g *gen) corpus() *Corpus {
	c := &Corpus{Reports: g.reports, Truth: g.truth, Incidents: len(g.evs), Events: g.evs, Days: g.days,
		Docs: make(map[string]sitrep.Document, len(g.docs)), Sigs: make([]copies.Doc, 0, len(g.docs)),
		TrueCopyOf: map[string]string{}, Rewrites: map[string]bool{}, first: make([]int32, len(g.docs)),
		Areas: newAreas(g.w)}
	for i, d := range g.docs {
		id := docID(i)
		pub := FirstDay.AddDays(int(d.pub))
		outlet := g.w.outlets[d.outlet]
		c.Docs[id] = sitrep.Document{ID: id, Outlet: outlet, Published: pub, Language: "en",
			URL: "https://news.example/" + id, Version: 1}
		c.Sigs = append(c.Sigs, copies.Doc{ID: id, Published: pub, Sig: d.sig})
		c.first[i] = d.first
		if d.kind != original {
			c.TrueCopyOf[id] = docID(int(d.src))
			if d.kind == rewrite {
				c.Rewrites[id] = true
			}
		}
	}
	return c
}

func docID(i int) string { return fmt.Sprintf("d%07d", i+1) }

// TruthOf returns the true incident of each report, found by its document
// and sequence, so that it holds after Fuse has reordered the reports. A
// report not of the corpus gets -1.
func (c *Corpus) TruthOf(rs []sitrep.Report) []int32 {
	out := make([]int32, len(rs))
	for i, r := range rs {
		out[i] = -1
		if p := c.Pos(r); p >= 0 {
			out[i] = c.Truth[p]
		}
	}
	return out
}

// Pos returns the index in the generated order of a report of the corpus,
// by its document id and sequence, or -1.
func (c *Corpus) Pos(r sitrep.Report) int {
	n := 0
	if len(r.Doc) != 8 || r.Doc[0] != 'd' {
		return -1
	}
	for _, ch := range r.Doc[1:] {
		if ch < '0' || ch > '9' {
			return -1
		}
		n = n*10 + int(ch-'0')
	}
	if n < 1 || n > len(c.first) {
		return -1
	}
	end := int32(len(c.Reports))
	if n < len(c.first) {
		end = c.first[n]
	}
	p := int(c.first[n-1]) + r.Seq
	if r.Seq < 0 || p >= int(end) {
		return -1
	}
	return p
}
