package cluster_test

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/storetest"
)

// components returns the connected components of the Related relation
// over rs, as lists of indices.
func components(f *cluster.Fuser, rs []sitrep.Report) [][]int {
	seen := make([]bool, len(rs))
	var out [][]int
	for i := range rs {
		if seen[i] {
			continue
		}
		seen[i] = true
		comp := []int{i}
		for k := 0; k < len(comp); k++ {
			for j := range rs {
				if !seen[j] && f.Related(rs[comp[k]], rs[j]) {
					seen[j] = true
					comp = append(comp, j)
				}
			}
		}
		out = append(out, comp)
	}
	return out
}

// TestFuseComponents checks what incremental fusion relies on: fusing a
// set of whole components of the Related relation gives exactly the
// incidents (ids, reports, fields) that fusing everything gives them.
func TestFuseComponents(t *testing.T) {
	for name, f := range testFusers() {
		t.Run(name, func(t *testing.T) { checkFuseComponents(t, f) })
	}
}

func checkFuseComponents(t *testing.T, f *cluster.Fuser) {
	mixed := 0 // incidents joining an area report and a precise one
	for seed := range uint64(6) {
		all := generate(500, 10, 12, seed)
		docs := docsOf(all)
		full := f.Fuse(append([]sitrep.Report(nil), all...), docs)
		byKey := map[string]sitrep.Incident{}
		for _, inc := range full {
			area, point := false, false
			for _, r := range inc.Reports {
				byKey[r.Key()] = inc
				area = area || r.Place.Precision == sitrep.GeoProvince
				point = point || r.Place.Precision == sitrep.GeoSite || r.Place.Precision == sitrep.GeoNear
			}
			if area && point {
				mixed++
			}
		}
		comps := components(f, all)
		rng := rand.New(rand.NewPCG(seed, 9))
		var sub []sitrep.Report
		for _, c := range comps {
			if rng.IntN(3) == 0 {
				for _, i := range c {
					sub = append(sub, all[i])
				}
			}
		}
		rng.Shuffle(len(sub), func(i, j int) { sub[i], sub[j] = sub[j], sub[i] })
		part := f.Fuse(sub, docs)
		n := 0
		for _, inc := range part {
			want := byKey[inc.Reports[0].Key()]
			if !reflect.DeepEqual(inc, want) {
				t.Fatalf("seed %d: incident %s fused from a subset differs from the full fusion's %s: %v against %v",
					seed, inc.ID, want.ID, keys([]sitrep.Incident{inc}), keys([]sitrep.Incident{want}))
			}
			n += len(inc.Reports)
		}
		if n != len(sub) || len(comps) < 20 {
			t.Fatalf("seed %d: %d reports fused of %d; %d components", seed, n, len(sub), len(comps))
		}
	}
	if (f.Areas != nil) != (mixed > 0) {
		t.Errorf("%d incidents join an area report and a precise one; areas %v", mixed, f.Areas != nil)
	}
}

// TestFuseFrom checks what incremental fusion from a cut relies on: the
// incidents with a report on or after the cut, fused again from the cut
// with the pairs before it replayed within each incident that reaches
// across it, come out as a fusion of everything makes them.
func TestFuseFrom(t *testing.T) {
	for name, f := range testFusers() {
		t.Run(name, func(t *testing.T) { checkFuseFrom(t, f) })
	}
}

func checkFuseFrom(t *testing.T, f *cluster.Fuser) {
	for seed := range uint64(6) {
		var all []sitrep.Report
		for _, r := range generate(600, 10, 14, seed) {
			if r.When.Start.HasYear() {
				all = append(all, r)
			}
		}
		docs := docsOf(all)
		full := f.Fuse(append([]sitrep.Report(nil), all...), docs)
		first := all[0].When.Start.Days()
		for _, r := range all {
			first = min(first, r.When.Start.Days())
		}
		crossed := 0
		for cut := first - 1; cut < first+16; cut += 2 {
			var want []sitrep.Incident
			var sub []sitrep.Report
			groups := map[string]int{}
			across := 0
			for k, inc := range full {
				before, after := false, false
				for _, r := range inc.Reports {
					if r.When.Start.Days() < cut {
						before = true
					} else {
						after = true
					}
				}
				if !after {
					continue
				}
				want = append(want, inc)
				sub = append(sub, inc.Reports...)
				if before {
					across++
					for _, r := range inc.Reports {
						groups[r.Key()] = k
					}
				}
			}
			sub = append([]sitrep.Report(nil), sub...)
			got := f.FuseFrom(sub, docs, cut, groups)
			cluster.SortIncidents(want)
			if len(got) != len(want) {
				t.Fatalf("seed %d cut %d: %d incidents, want %d", seed, cut, len(got), len(want))
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Fatalf("seed %d cut %d: incident %s differs from the full fusion's %s: %v against %v", seed, cut,
						got[i].ID, want[i].ID, keys(got[i:i+1]), keys(want[i:i+1]))
				}
			}
			crossed += across
		}
		if crossed < 20 {
			t.Errorf("seed %d: %d incidents reach across the cuts tried; the test proves little", seed, crossed)
		}
	}
}

// TestRelatedIn: the reports RelatedIn finds related to each report are
// those Related says, in increasing order.
func TestRelatedIn(t *testing.T) {
	for name, f := range testFusers() {
		t.Run(name, func(t *testing.T) { checkRelatedIn(t, f) })
	}
}

func checkRelatedIn(t *testing.T, f *cluster.Fuser) {
	for seed := range uint64(8) {
		all := generate(400, 10, 12, seed/2)
		wave, rest := all[:150], all[150:]
		if seed%2 == 1 {
			// A wave of reports at precise places only: those that name an
			// area must still find them.
			wave = slices.DeleteFunc(slices.Clone(wave), func(r sitrep.Report) bool {
				return r.Place.Precision != sitrep.GeoSite && r.Place.Precision != sitrep.GeoNear
			})
		}
		related := f.RelatedIn(wave)
		pairs := 0
		for _, x := range rest {
			var want []int
			for i, r := range wave {
				if f.Related(r, x) {
					want = append(want, i)
				}
			}
			got := related(x, nil)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d: report %s: RelatedIn gives %v, Related %v", seed, x.Key(), got, want)
			}
			pairs += len(want)
		}
		if pairs == 0 {
			t.Fatalf("seed %d: no related pair to check", seed)
		}
	}
}

// testFusers are the fusers the fusion properties are checked with: the
// default one, and one that knows areas around the provinces of generate,
// each holding a few of its sites.
func testFusers() map[string]*cluster.Fuser {
	withAreas := cluster.New()
	areas := storetest.BoxAreas{}
	for _, r := range generate(200, 10, 12, 0) {
		if r.Place.Precision == sitrep.GeoProvince {
			p := r.Place
			areas[p.ID] = [4]float64{p.Lat - 0.6, p.Lon - 0.6, p.Lat + 0.6, p.Lon + 0.6}
		}
	}
	withAreas.Areas = areas
	return map[string]*cluster.Fuser{"Plain": cluster.New(), "Areas": withAreas}
}
