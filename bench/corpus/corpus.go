// Package corpus generates realistic synthetic reports about attacks in
// Syria, Iraq and Jordan, for benchmarks of ingestion, extraction and fusion.
// The output is deterministic for a seed: the same seed and count give the
// same bytes on every platform.
package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Record is one generated report, in the JSON Lines shape that
// `sitrep ingest --json` reads.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"` // YYYY-MM-DD
	Text      string `json:"text"`
}

// Bounds, in bytes, that the text of most reports falls within.
const (
	MinText = 2048
	MaxText = 3072
)

const (
	copyPercent = 10 // share of reports that are near-copies of an earlier one
	recentKept  = 64 // earlier reports a near-copy may be taken from
)

// Reports are published between 2023-10-01 and 2024-03-31.
var (
	firstDay = time.Date(2023, time.October, 1, 0, 0, 0, 0, time.UTC)
	numDays  = 183
	tallyDay = time.Date(2023, time.October, 17, 0, 0, 0, 0, time.UTC)
)

// Generate writes n reports to w as JSON Lines, with ids bench-000001,
// bench-000002... It returns the first write error.
func Generate(w io.Writer, n int, seed int64) error {
	if n < 0 {
		return fmt.Errorf("generate: negative report count %d", n)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	g := NewGenerator(seed)
	for i := 0; i < n; i++ {
		r := g.Next()
		if err := enc.Encode(&r); err != nil {
			return fmt.Errorf("generate: write %s: %w", r.ID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	return nil
}

// Generator makes reports one at a time. The zero value is not usable; call
// NewGenerator.
type Generator struct {
	rng    *rand.Rand
	count  int
	recent []Record // ring of the last recentKept reports
}

// NewGenerator returns a generator whose reports depend only on seed.
func NewGenerator(seed int64) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(uint64(seed), 0x5175_7265_7053_6974))}
}

// Next returns the next report. About one in ten is a near-copy of a recent
// report under another outlet.
func (g *Generator) Next() Record {
	g.count++
	id := fmt.Sprintf("bench-%06d", g.count)
	var r Record
	if len(g.recent) > 0 && g.rng.IntN(100) < copyPercent {
		r = g.nearCopy(g.recent[g.rng.IntN(len(g.recent))], id)
	} else {
		r = g.fresh(id)
	}
	if len(g.recent) < recentKept {
		g.recent = append(g.recent, r)
	} else {
		g.recent[g.count%recentKept] = r
	}
	return r
}

type incident struct {
	site     *site
	weapon   weapon
	count    int // weapons used; 0 when the text does not say
	date     time.Time
	claimant string
	group    string // militia hit by an airstrike
	injured  int
	killed   int
	blast    bool // unexplained explosion in a town
}

func (g *Generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *Generator) fresh(id string) Record {
	o := outlets[g.rng.IntN(len(outlets))]
	pub := firstDay.AddDate(0, 0, g.rng.IntN(numDays))
	n := 1
	switch r := g.rng.IntN(100); {
	case r >= 85:
		n = 3
	case r >= 50:
		n = 2
	}
	incs := make([]incident, 0, n)
	used := map[*site]bool{}
	for len(incs) < n {
		inc := g.incident(pub, o.style)
		if used[inc.site] {
			continue
		}
		used[inc.site] = true
		incs = append(incs, inc)
	}

	var news []string
	for i, inc := range incs {
		p := g.paragraph(inc, pub, o)
		if i == 0 {
			p = g.dateline(inc, pub, o) + p
		}
		news = append(news, p)
	}
	if (o.style == styleWire || o.style == styleOfficial) && g.rng.IntN(5) == 0 {
		if t := g.tally(pub); t != "" {
			news = append(news, t)
		}
	}
	closer := strings.ReplaceAll(g.pick(closers[o.style]), "{outlet}", o.name)

	// Background paragraphs fill the report up to a target size, without
	// passing MaxText once the closing line is added.
	size := len(closer)
	for _, p := range news {
		size += len(p) + 2
	}
	target := MinText + 80 + g.rng.IntN(MaxText-MinText-200)
	var extra []string
	for _, k := range g.rng.Perm(len(backgrounds)) {
		if size >= target {
			break
		}
		if p := g.background(backgrounds[k]); size+len(p)+2 <= MaxText-16 {
			extra = append(extra, p)
			size += len(p) + 2
		}
	}

	// The lead stays first; the rest of the news and the background are
	// interleaved, each keeping its own order.
	paras := []string{news[0]}
	rest := news[1:]
	for len(rest) > 0 || len(extra) > 0 {
		if len(extra) == 0 || (len(rest) > 0 && g.rng.IntN(2) == 0) {
			paras, rest = append(paras, rest[0]), rest[1:]
		} else {
			paras, extra = append(paras, extra[0]), extra[1:]
		}
	}
	paras = append(paras, closer)

	title := g.title(incs[0], o.style)
	return Record{
		ID:        id,
		URL:       makeURL(o.slug, pub, title, id),
		Outlet:    o.name,
		Title:     title,
		Published: pub.Format(time.DateOnly),
		Text:      strings.Join(paras, "\n\n"),
	}
}

// background joins two to four sentences of a topic, keeping their order.
func (g *Generator) background(topic []string) string {
	keep := 2 + g.rng.IntN(3)
	if keep >= len(topic) {
		return strings.Join(topic, " ")
	}
	var b strings.Builder
	left := keep
	for i, s := range topic {
		// Take sentence i with probability left/remaining: a uniform subset.
		if g.rng.IntN(len(topic)-i) < left {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s)
			left--
		}
	}
	return b.String()
}

func (g *Generator) incident(pub time.Time, style int) incident {
	s := &sites[g.rng.IntN(len(sites))]
	inc := incident{site: s}
	var back int
	switch r := g.rng.IntN(100); {
	case r < 25:
		back = 0
	case r < 55:
		back = 1
	case r < 85:
		back = 2 + g.rng.IntN(5)
	case r < 95:
		back = 7 + g.rng.IntN(7)
	default:
		back = 14 + g.rng.IntN(27)
	}
	inc.date = pub.AddDate(0, 0, -back)
	if !s.base {
		inc.group = g.pick(militias)
		inc.count = 2 + g.rng.IntN(5) // sites struck
		inc.blast = g.rng.IntN(5) == 0
		if g.rng.IntN(10) < 7 {
			inc.killed = 2 + g.rng.IntN(24)
		}
		if style == styleClaim {
			inc.claimant = g.pick(claimants)
		}
		return inc
	}
	inc.weapon = weapons[g.rng.IntN(len(weapons))]
	if g.rng.IntN(3) > 0 {
		inc.count = 1 + g.rng.IntN(5)
	}
	if style == styleClaim || style == styleTranslated || g.rng.IntN(100) < 60 {
		inc.claimant = g.pick(claimants)
	}
	if g.rng.IntN(100) < 12 {
		inc.injured = 2 + g.rng.IntN(5)
	}
	return inc
}

// paragraph tells one incident in the outlet's style.
func (g *Generator) paragraph(inc incident, pub time.Time, o outlet) string {
	st := o.style
	var sents []string
	switch {
	case inc.blast:
		sents = append(sents, g.pick(blasts))
	case !inc.site.base:
		sents = append(sents, g.pick(strikes[st]))
		if g.rng.IntN(2) == 0 {
			sents = append(sents, g.pick(strikeDetails))
		}
		if inc.killed > 0 {
			sents = append(sents, g.pick(tolls[st]))
		}
	default:
		// Claim and translated outlets always name a claimant (see
		// incident), so a lead naming one never goes without.
		lead := g.pick(leads[st])
		sents = append(sents, lead)
		if inc.claimant != "" && !strings.Contains(strings.ToLower(lead), "{claimant}") {
			sents = append(sents, g.pick(claims[st]))
		}
		if g.rng.IntN(2) == 0 {
			sents = append(sents, g.pick(details[st]))
		}
		if inc.injured > 0 {
			sents = append(sents, g.pick(hurt[st]))
		} else {
			sents = append(sents, g.pick(unharmed[st]))
		}
		if st == styleWire && g.rng.IntN(3) == 0 {
			sents = append(sents, g.pick(hedges))
		}
	}
	for i, t := range sents {
		sents[i] = g.fill(t, inc, pub, o)
	}
	return strings.Join(sents, " ")
}

// fill replaces the placeholders of a template for one incident.
func (g *Generator) fill(t string, inc incident, pub time.Time, o outlet) string {
	st := o.style
	s := inc.site
	place, where := s.names[0], s.where
	if st == styleTranslated {
		place, where = s.translit, s.whereTr
	} else if g.rng.IntN(5) < 2 {
		place = g.pick(s.names)
	}
	when := g.when(inc.date, pub, st)
	officials := g.pick(officialsSaid)
	weapons := g.weaponPhrase(inc, st)
	claimant := inc.claimant
	if claimant == "" {
		claimant = claimants[0]
	}
	r := strings.NewReplacer(
		"{When}", capitalize(when), "{when}", when,
		"{place}", place, "{where}", where, "{region}", s.region,
		"{Weapons}", capitalize(weapons), "{weapons}", weapons,
		"{Claimant}", capitalize(claimant), "{claimant}", claimant,
		"{Officials}", capitalize(strings.TrimSuffix(officials, " said")), "{officials}", officials,
		"{group}", inc.group, "{n}", number(inc.count),
		"{Killed}", capitalize(number(inc.killed)), "{killed}", number(inc.killed),
		"{Injured}", capitalize(number(inc.injured)), "{injured}", number(inc.injured),
		"{outlet}", o.name, "{date}", apDate(inc.date),
	)
	return r.Replace(t)
}

// dateline opens a report as its outlet would.
func (g *Generator) dateline(inc incident, pub time.Time, o outlet) string {
	switch o.style {
	case styleWire:
		return fmt.Sprintf("%s, %s %d (%s) - ", inc.site.dateline, pub.Month().String()[:3], pub.Day(), o.name)
	case styleOfficial:
		return g.pick([]string{"TAMPA, Fla. - ", "WASHINGTON - ", ""})
	case styleMonitor:
		return o.name + ": "
	case styleTranslated:
		return capitalize(strings.ToLower(inc.site.dateline)) + " - " + o.name + "\n\n"
	}
	return ""
}

// when says the date of an incident relative to the publication date, in the
// ways the style would.
func (g *Generator) when(d, pub time.Time, style int) string {
	back := int(pub.Sub(d).Hours() / 24)
	wd := d.Weekday().String()
	abs := []string{
		"on " + d.Format("January 2"),
		"on " + d.Format("2 January"),
		"on " + apDate(d),
		"on " + d.Format("January 2, 2006"),
	}
	var opts []string
	switch style {
	case styleOfficial:
		if back <= 6 {
			opts = []string{"early on " + apDate(d), "on " + apDate(d), "late on " + apDate(d)}
		} else {
			opts = abs[2:]
		}
	case styleTranslated:
		switch {
		case back == 0:
			opts = []string{"at the dawn of today", "in the evening of today", "today the " + wd}
		case back <= 6:
			opts = []string{"on the day of " + wd, "in the evening of " + wd, "at dawn of " + wd}
		default:
			opts = []string{"in " + d.Format("2 January") + " of the current year", "on the " + d.Format("2") + " of the month of " + d.Format("January")}
		}
	default:
		switch {
		case back == 0:
			opts = []string{"today", "early today", "at dawn today", "this morning", "on " + wd, "early on " + wd}
		case back == 1:
			opts = []string{"yesterday", "late on " + wd, "on " + wd + " night", "on " + wd}
		case back <= 6:
			opts = []string{"on " + wd, "early " + wd, "late on " + wd, "on " + wd + " evening", abs[0], abs[1]}
		case back <= 13:
			opts = []string{"last week", abs[0], abs[2]}
		default:
			opts = abs
		}
	}
	return g.pick(opts)
}

func (g *Generator) weaponPhrase(inc incident, style int) string {
	w := inc.weapon
	if style == styleOfficial {
		switch inc.count {
		case 0:
			return w.official + "s"
		case 1:
			return "a " + w.official
		}
		return numberWords[inc.count] + " " + w.official + "s"
	}
	switch inc.count {
	case 0:
		if style == styleTranslated {
			return "the " + w.plural
		}
		return g.pick([]string{"", "several ", "a number of ", "a barrage of "}) + w.plural
	case 1:
		return w.one
	}
	return numberWords[inc.count] + " " + w.plural
}

// tally is a running total of attacks as the Pentagon gave them at pub.
func (g *Generator) tally(pub time.Time) string {
	days := int(pub.Sub(tallyDay).Hours() / 24)
	if days < 7 {
		return ""
	}
	n := days * 165 / 103
	if days > 110 {
		n = 170 + (days-110)/10
	}
	iq := n * 42 / 100
	r := strings.NewReplacer("{n}", fmt.Sprint(n), "{iq}", fmt.Sprint(iq), "{sy}", fmt.Sprint(n-iq))
	return r.Replace(g.pick(tallies))
}

func (g *Generator) title(inc incident, style int) string {
	short := strings.TrimPrefix(inc.site.names[0], "the ")
	t := g.pick(titles[style])
	if !inc.site.base {
		t = g.pick(strikeTitles)
	}
	claimant := strings.TrimPrefix(inc.claimant, "the ")
	if claimant == "" {
		claimant = "Islamic Resistance in Iraq"
	}
	r := strings.NewReplacer("{short}", short, "{group}", inc.group,
		"{Weapons}", capitalize(inc.weapon.plural), "{Claimant}", capitalize(claimant))
	return capitalize(r.Replace(t))
}
