package stress_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/bench/stress"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/copies"
)

func TestGenerateDeterministic(t *testing.T) {
	t.Run("SameSeed", func(t *testing.T) {
		a := stress.Generate(stress.Config{Mentions: 5000, Seed: 7})
		b := stress.Generate(stress.Config{Mentions: 5000, Seed: 7})
		if !reflect.DeepEqual(a, b) {
			t.Fatal("two corpora of seed 7 differ")
		}
	})
	t.Run("OtherSeed", func(t *testing.T) {
		a := stress.Generate(stress.Config{Mentions: 5000, Seed: 7})
		b := stress.Generate(stress.Config{Mentions: 5000, Seed: 8})
		if reflect.DeepEqual(a.Reports, b.Reports) || reflect.DeepEqual(a.Sigs, b.Sigs) {
			t.Fatal("corpora of seeds 7 and 8 are the same")
		}
	})
	t.Run("Empty", func(t *testing.T) {
		c := stress.Generate(stress.Config{Mentions: 0, Seed: 1})
		if len(c.Reports) != 0 || len(c.Docs) != 0 || c.Incidents != 0 {
			t.Fatalf("got %d reports, %d docs, %d incidents, want none", len(c.Reports), len(c.Docs), c.Incidents)
		}
	})
}

// TestGenerateGolden pins the corpus of one seed, so that a platform (or a
// change) that draws another corpus shows.
func TestGenerateGolden(t *testing.T) {
	c := stress.Generate(stress.Config{Mentions: 2000, Seed: 1})
	h := sha256.New()
	for i, r := range c.Reports {
		fmt.Fprintf(h, "%s %d %s %s %s %s %.5f %.5f %d %s %d %q %q\n", r.Doc, r.Seq, r.When.Start, r.When.End,
			r.Category, r.Place.ID, r.Place.Lat, r.Place.Lon, r.Place.Precision, r.Status, c.Truth[i],
			r.Perpetrator, r.Quote)
	}
	for _, s := range c.Sigs {
		d := c.Docs[s.ID]
		fmt.Fprintf(h, "%s %s %s %x %s\n", s.ID, s.Published, d.Outlet, s.Sig.Encode(), c.TrueCopyOf[s.ID])
	}
	const want = "79392aca2cb7efce8ec0401e3faf9456a94f5f8d03356b5e9b7378d9e79f090c"
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		t.Errorf("corpus hash %s, want %s", got, want)
	}
}

// within fails t when got percent of n is further than tol points from want.
func within(t *testing.T, what string, got, n int, want, tol float64) {
	t.Helper()
	pct := 100 * float64(got) / float64(n)
	if pct < want-tol || pct > want+tol {
		t.Errorf("%s: got %.2f%% (%d of %d), want %.0f%% ± %.1f", what, pct, got, n, want, tol)
	}
}

func TestGenerateRates(t *testing.T) {
	const n = 50000
	c := stress.Generate(stress.Config{Mentions: n, Seed: 3})
	if len(c.Reports) != n || len(c.Truth) != n {
		t.Fatalf("got %d reports, %d truths, want %d", len(c.Reports), len(c.Truth), n)
	}
	if len(c.Sigs) != len(c.Docs) {
		t.Fatalf("got %d signatures for %d documents", len(c.Sigs), len(c.Docs))
	}
	// Mentions per incident.
	per := make([]int, c.Incidents)
	for _, e := range c.Truth {
		per[e]++
	}
	second := 0
	for i, e := range c.Events {
		if per[i] != e.Mentions || per[i] < 1 || per[i] > stress.MaxMentions {
			t.Fatalf("incident %d: %d mentions, want %d in 1..%d", i, per[i], e.Mentions, stress.MaxMentions)
		}
		if e.SecondOf >= 0 {
			second++
			f := c.Events[e.SecondOf]
			if d := e.Day.Days() - f.Day.Days(); f.Site.ID != e.Site.ID || d < 1 || d > 2 {
				t.Fatalf("incident %d follows %d by %d days at %s/%s", i, e.SecondOf, d, e.Site.ID, f.Site.ID)
			}
		}
	}
	if mean := float64(n) / float64(c.Incidents); mean < 3.1 || mean > 3.5 {
		t.Errorf("mean mentions per incident %.2f, want 3.3 ± 0.2", mean)
	}
	within(t, "second attacks", second, c.Incidents, stress.SecondAttackPct, 1)
	if want := max(stress.MinDays, c.Incidents/stress.IncidentsPerDay); c.Days < want || c.Days > want+1 {
		t.Errorf("period %d days, want %d", c.Days, want)
	}

	// Documents.
	var syn, multi int
	for i := 0; i < len(c.Reports); {
		d := c.Docs[c.Reports[i].Doc]
		j := i
		seen := map[int32]bool{}
		for ; j < len(c.Reports) && c.Reports[j].Doc == d.ID; j++ {
			if c.Reports[j].Seq != j-i {
				t.Fatalf("%s: report %d has seq %d", d.ID, j-i, c.Reports[j].Seq)
			}
			e := c.Truth[j]
			if seen[e] {
				t.Fatalf("%s tells incident %d twice", d.ID, e)
			}
			seen[e] = true
			if lag := d.Published.Days() - c.Events[e].Day.Days(); lag < 0 || lag > 2 {
				t.Fatalf("%s published %d days after incident %d", d.ID, lag, e)
			}
		}
		if j-i > 5 {
			t.Fatalf("%s tells %d incidents", d.ID, j-i)
		}
		if j-i > 1 {
			multi++
		}
		if src, ok := c.TrueCopyOf[d.ID]; ok {
			if !c.Rewrites[d.ID] {
				syn++
			}
			s := c.Docs[src]
			if lag := d.Published.Days() - s.Published.Days(); lag < 0 || lag > 2 || s.Outlet == d.Outlet || src >= d.ID {
				t.Fatalf("%s copies %s: %d days later, outlets %q and %q", d.ID, src, lag, d.Outlet, s.Outlet)
			}
		}
		i = j
	}
	within(t, "summaries", multi, len(c.Docs), stress.SummaryPct, 1.5)
	within(t, "syndicated copies", syn, len(c.Docs), stress.SyndicatedPct, 1.5)
	within(t, "rewrites", len(c.Rewrites), len(c.Docs), stress.RewritePct, 1)

	// Noise, over the reports of original documents.
	var orig, exact, off, week, none, site, near, prov, country, unknown int
	for i, r := range c.Reports {
		if _, ok := c.TrueCopyOf[r.Doc]; ok {
			continue
		}
		orig++
		e := c.Events[c.Truth[i]]
		switch w := r.When; {
		case w.IsZero():
			none++
		case w.Precision == sitrep.PrecisionDay && w.Start == e.Day && w.End == e.Day:
			exact++
		case w.Precision == sitrep.PrecisionDay && w.Start == w.End && abs(w.Start.Days()-e.Day.Days()) == 1:
			off++
		case w.Precision == sitrep.PrecisionWeek && w.End.Days()-w.Start.Days() == 6 &&
			!e.Day.Before(w.Start) && !w.End.Before(e.Day):
			week++
		default:
			t.Fatalf("report %s gives %+v for day %s", r.Key(), w, e.Day)
		}
		switch p := r.Place; {
		case p == e.Site:
			site++
		case p.Precision == sitrep.GeoNear &&
			sitrep.DistanceKm(p.Lat, p.Lon, e.Site.Lat, e.Site.Lon) <= stress.NearKmMax+0.5:
			near++
		case p == e.Province:
			prov++
		case p == e.Country:
			country++
		default:
			t.Fatalf("report %s gives place %+v for site %+v", r.Key(), p, e.Site)
		}
		switch r.Category {
		case sitrep.CategoryUnknown:
			unknown++
		case e.Category:
		default:
			t.Fatalf("report %s gives category %s for %s", r.Key(), r.Category, e.Category)
		}
	}
	within(t, "exact dates", exact, orig, stress.DateExactPct, 1)
	within(t, "dates one day off", off, orig, stress.DateOffPct, 1)
	within(t, "week dates", week, orig, stress.DateWeekPct, 1)
	within(t, "undated", none, orig, stress.DateNonePct, 0.7)
	within(t, "sites", site, orig, stress.PlaceSitePct, 1)
	within(t, "near places", near, orig, stress.PlaceNearPct, 1)
	within(t, "provinces", prov, orig, stress.PlaceProvincePct, 1)
	within(t, "countries", country, orig, stress.PlaceCountryPct, 0.7)
	within(t, "unknown categories", unknown, orig, stress.CategoryUnknownPct, 1)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func TestPairwise(t *testing.T) {
	for _, tc := range []struct {
		name        string
		truth, pred []int32
		p, r        float64
	}{
		{"Empty", nil, nil, 1, 1},
		{"Same", []int32{0, 0, 1, 1, 1}, []int32{5, 5, 9, 9, 9}, 1, 1},
		{"AllSingletons", []int32{0, 0, 1, 1, 1}, []int32{0, 1, 2, 3, 4}, 1, 0},
		{"AllInOne", []int32{0, 0, 1, 1, 1}, []int32{3, 3, 3, 3, 3}, 0.4, 1},      // 4 true of 10
		{"Split", []int32{0, 0, 0, 0}, []int32{1, 1, 2, 2}, 1, 2.0 / 6},           // 2 of 6 true pairs
		{"Mixed", []int32{0, 0, 0, 1, 1, 2}, []int32{0, 0, 1, 1, 1, 2}, 0.5, 0.5}, // pred pairs 01 23 24 34; true 01 02 12 34
		{"TruthSingletons", []int32{0, 1, 2}, []int32{0, 0, 1}, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, r := stress.Pairwise(tc.truth, tc.pred)
			if !near(p, tc.p) || !near(r, tc.r) {
				t.Errorf("got P %.4f R %.4f, want P %.4f R %.4f", p, r, tc.p, tc.r)
			}
		})
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// TestPreciseShare: of the 4 true pairs (three reports of incident 0, two
// of 1), the one of the two precise reports of incident 0 joins two
// precise reports; a province, a week and a missing date do not count.
func TestPreciseShare(t *testing.T) {
	day := sitrep.When{Start: sitrep.Date{Year: 2024, Month: 1, Day: 2}, End: sitrep.Date{Year: 2024, Month: 1, Day: 2}, Precision: sitrep.PrecisionDay}
	week := day
	week.Precision = sitrep.PrecisionWeek
	site := sitrep.Place{Precision: sitrep.GeoSite}
	province := sitrep.Place{Precision: sitrep.GeoProvince}
	rs := []sitrep.Report{{When: day, Place: site}, {When: day, Place: site}, {When: day, Place: province},
		{When: week, Place: site}, {Place: site}}
	if got := stress.PreciseShare(rs, []int32{0, 0, 0, 1, 1}); !near(got, 0.25) {
		t.Errorf("got %.4f, want 0.25", got)
	}
}

func TestPredicted(t *testing.T) {
	rs := []sitrep.Report{{Doc: "a", Seq: 0}, {Doc: "b", Seq: 0}, {Doc: "a", Seq: 1}, {Doc: "c", Seq: 0}}
	incs := []sitrep.Incident{{Reports: []sitrep.Report{rs[2]}}, {Reports: []sitrep.Report{rs[1], rs[0]}}}
	got := stress.Predicted(incs, rs)
	if got[0] != 1 || got[1] != 1 || got[2] != 0 || got[3] >= -1 {
		t.Errorf("got %v, want [1 1 0 <-1]", got)
	}
}

// TestFuseQuality is a floor on fusion: it fails when fusion gets worse
// than the floor on the stress corpus.
func TestFuseQuality(t *testing.T) {
	c := stress.Generate(stress.Config{Mentions: 20000, Seed: 1})
	for d, o := range copies.Origins(c.Sigs) {
		doc := c.Docs[d]
		doc.CopyOf = o
		c.Docs[d] = doc
	}
	incs := cluster.New().Fuse(c.Reports, c.Docs)
	truth := c.TruthOf(c.Reports)
	pred := stress.Predicted(incs, c.Reports)
	p, r := stress.Pairwise(truth, pred)
	pd, rd := stress.Pairwise(stress.Dated(c.Reports, truth, pred))
	t.Logf("%d incidents fused into %d: P %.4f R %.4f; dated P %.4f R %.4f", c.Incidents, len(incs), p, r, pd, rd)
	e := c.Errors(incs)
	t.Logf("pairs merged wrongly: %v", e.Merged)
	t.Logf("pairs split wrongly: %v", e.Split)
	if p < 0.87 {
		t.Errorf("pairwise precision %.4f, want >= 0.87", p)
	}
	if r < 0.65 {
		t.Errorf("pairwise recall %.4f, want >= 0.65", r)
	}
}

// TestErrors checks the error counts on the two extreme fusions: every
// report alone (no merges, every true pair split) and all in one incident
// (every pair of different incidents merged, no splits).
func TestErrors(t *testing.T) {
	c := stress.Generate(stress.Config{Mentions: 3000, Seed: 3})
	truePairs, allPairs := int64(0), int64(len(c.Reports)*(len(c.Reports)-1)/2)
	per := map[int32]int64{}
	for _, x := range c.Truth {
		per[x]++
	}
	for _, n := range per {
		truePairs += n * (n - 1) / 2
	}
	sum := func(m map[string]int64) (s int64) {
		for _, v := range m {
			s += v
		}
		return s
	}
	var alone []sitrep.Incident
	for _, r := range c.Reports {
		alone = append(alone, sitrep.Incident{Reports: []sitrep.Report{r}})
	}
	e := c.Errors(alone)
	if sum(e.Merged) != 0 || sum(e.Split) != truePairs {
		t.Errorf("alone: %d merged, %d split; want 0, %d", sum(e.Merged), sum(e.Split), truePairs)
	}
	if e.Split[stress.CauseOther] == 0 || e.Split[stress.CauseUndated] == 0 || e.Split[stress.CauseCoarse] == 0 {
		t.Errorf("alone: causes %v, want other, undated and coarse among them", e.Split)
	}
	e = c.Errors([]sitrep.Incident{{Reports: c.Reports}})
	if sum(e.Merged) != allPairs-truePairs || sum(e.Split) != 0 {
		t.Errorf("one: %d merged, %d split; want %d, 0", sum(e.Merged), sum(e.Split), allPairs-truePairs)
	}
	if e.Merged[stress.CauseSecond] == 0 {
		t.Errorf("one: causes %v, want second attacks among them", e.Merged)
	}
}

// TestCopiesFound scores copy detection on the corpus: syndicated copies
// are found by their shingles, rewrites when they name the outlet they
// retell (RewriteCitesPct of them), and the outlets that originals cite
// for a detail make no copy of their stories.
func TestCopiesFound(t *testing.T) {
	c := stress.Generate(stress.Config{Mentions: 20000, Seed: 2})
	s := c.ScoreCopies(copies.Origins(c.Sigs))
	syn, re := float64(s.SynFound)/float64(s.Syndicated), float64(s.ReFound)/float64(s.Rewrites)
	t.Logf("copies found: P %.4f (%d of %d), syndicated %.4f, rewrites %.4f", s.Precision(), s.Right, s.Found, syn, re)
	if s.Precision() < 0.995 || syn < 0.99 {
		t.Errorf("precision %.4f, syndicated copies found %.4f: want 0.995 and 0.99", s.Precision(), syn)
	}
	if want := float64(stress.RewriteCitesPct) / 100; re < want-0.06 || re > want+0.06 {
		t.Errorf("rewrites found %.4f, want about %.2f, the share that names its source", re, want)
	}
}
