// Command incremental measures incremental fusion: it builds a SQLite store
// of about 100,000 incidents from a generated stress corpus (package
// bench/stress: reports with known truth, no text to extract), fusing it
// in full, then stores the most recently published documents one at a
// time, each followed by the incremental fusion that ingest runs, and
// prints the time each took. At the end a full fusion is computed and
// compared with the store (it must differ in nothing).
//
//	go run ./bench/incremental [-mentions 340000] [-new 200] [-seed 1] [-db FILE]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/bench/stress"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/sqlite"
)

func main() {
	mentions := flag.Int("mentions", 340000, "mentions (reports) in the corpus")
	fresh := flag.Int("new", 200, "documents stored one at a time after the store is built")
	seed := flag.Uint64("seed", 1, "corpus seed")
	dbPath := flag.String("db", "", "database file (default: a temporary one, removed after)")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the one-at-a-time part to this file")
	flag.DurationVar(&slowDoc, "slow", 200*time.Millisecond, "print the documents that take longer than this")
	flag.BoolVar(&provinces, "provinces", true, "let a mention naming only a province join the one incident inside it (the world's provinces as areas, as sitrep's gazetteer makes provinces, seas and regions areas; -provinces=false for fusion without areas)")
	flag.Parse()
	cpuProfile = *profile
	if err := run(*mentions, *fresh, *seed, *dbPath); err != nil {
		fmt.Fprintln(os.Stderr, "incremental:", err)
		os.Exit(1)
	}
}

func run(mentions, fresh int, seed uint64, dbPath string) error {
	ctx := context.Background()
	if dbPath == "" {
		dir, err := os.MkdirTemp("", "sitrep-incremental")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		dbPath = filepath.Join(dir, "store.db")
	}
	t0 := time.Now()
	c := stress.Generate(stress.Config{Mentions: mentions, Seed: seed})
	genTime := time.Since(t0)

	// Documents by publication, latest last; the last fresh are held back.
	ids := make([]string, 0, len(c.Docs))
	for id := range c.Docs {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := c.Docs[ids[i]].Published.Days(), c.Docs[ids[j]].Published.Days()
		if a != b {
			return a < b
		}
		return ids[i] < ids[j]
	})
	fresh = min(fresh, len(ids))
	old, late := ids[:len(ids)-fresh], ids[len(ids)-fresh:]
	byDoc := map[string][]sitrep.Report{}
	for _, r := range c.Reports {
		byDoc[r.Doc] = append(byDoc[r.Doc], r)
	}
	sigs := map[string][]byte{}
	for _, s := range c.Sigs {
		sigs[s.ID] = s.Sig.Encode()
	}
	item := func(id string) (*sitrep.Document, sitrep.Extraction) {
		d := c.Docs[id]
		d.Text = "Generated stress document " + id + "."
		d.Origin = "stress"
		return &d, sitrep.Extraction{Reports: byDoc[id], Signature: sigs[id]}
	}

	store, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	f := cluster.New()
	if provinces {
		f.Areas = c.Areas
	}
	p := &pipeline.Pipeline{Store: store, Fuser: f}
	t0 = time.Now()
	for i := 0; i < len(old); i += 500 {
		var docs []*sitrep.Document
		var xs []sitrep.Extraction
		for _, id := range old[i:min(i+500, len(old))] {
			d, x := item(id)
			docs, xs = append(docs, d), append(xs, x)
		}
		if _, err := store.PutDocuments(ctx, docs, xs); err != nil {
			return err
		}
	}
	putTime := time.Since(t0)
	t0 = time.Now()
	n, err := p.Fuse(ctx)
	if err != nil {
		return err
	}
	fuseTime := time.Since(t0)

	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	var took []time.Duration
	var full, touched int
	for _, id := range late {
		d, x := item(id)
		t := time.Now()
		if _, err := store.PutDocument(ctx, d, x); err != nil {
			return err
		}
		pending, err := store.Unfused(ctx)
		if err != nil {
			return err
		}
		u, err := p.FuseDocs(ctx, pending)
		if err != nil {
			return err
		}
		took = append(took, time.Since(t))
		if el := time.Since(t); el > slowDoc {
			fmt.Fprintf(os.Stderr, "slow: %s took %s: %d reports fused again, %d incidents replaced by %d, full %v\n",
				id, ms(el), u.Reports, u.Removed, u.Incidents, u.Full)
		}
		if u.Full {
			full++
		}
		touched += u.Reports
	}
	if cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	count, err := store.IncidentCount(ctx)
	if err != nil {
		return err
	}
	t0 = time.Now()
	diffs, err := p.Check(ctx)
	if err != nil {
		return err
	}
	checkTime := time.Since(t0)
	sorted := append([]time.Duration(nil), took...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	q := func(f float64) time.Duration {
		if len(sorted) == 0 {
			return 0
		}
		return sorted[min(len(sorted)-1, int(f*float64(len(sorted))))]
	}
	var sum time.Duration
	for _, d := range took {
		sum += d
	}
	mean := time.Duration(0)
	if len(took) > 0 {
		mean = sum / time.Duration(len(took))
	}
	fmt.Printf(`== sitrep incremental fusion ==
corpus        %d mentions, %d documents, %d true incidents (seed %d; generated in %.1fs)
store         %d documents stored in %.1fs, fused in full in %.1fs: %d incidents
new           %d documents, one at a time (store + incremental fusion)
per document  mean %s, p50 %s, p90 %s, p99 %s, max %s
fused again   %.1f reports per document on average; %d fell back to a full fusion
after         %d incidents
check         full fusion computed in %.1fs: %d incidents differ
peak RSS      %s
`, len(c.Reports), len(c.Docs), c.Incidents, seed, genTime.Seconds(),
		len(old), putTime.Seconds(), fuseTime.Seconds(), n,
		len(late), ms(mean), ms(q(0.5)), ms(q(0.9)), ms(q(0.99)), ms(sorted[len(sorted)-1]),
		float64(touched)/float64(max(1, len(late))), full, count, checkTime.Seconds(), len(diffs), peakRSS())
	if len(diffs) > 0 {
		fmt.Println(strings.Join(diffs[:min(10, len(diffs))], "\n"))
		return fmt.Errorf("incremental fusion differs from a full one")
	}
	return nil
}

var (
	cpuProfile string
	slowDoc    time.Duration
	provinces  bool // the world's provinces as areas (-provinces)
)

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// peakRSS returns VmHWM from /proc/self/status, or "n/a".
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "n/a"
}
