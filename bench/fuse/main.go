// Command fuse benchmarks copy detection and fusion on a generated stress
// corpus (package bench/stress): it times copies.Origins and
// cluster.Fuse separately, measures memory, and scores the incidents and
// the copies found against the corpus' truth, beside what an oracle that
// knows the corpus' noise and incidents reaches (stress.Oracles). It prints one summary block,
// then a line "result key=value..." for scripts.
//
// Peak RSS is VmHWM from /proc/self/status; the per-phase peak is read
// after resetting it through /proc/self/clear_refs, where the kernel
// allows that.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/bench/stress"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/copies"
)

func main() {
	mentions := flag.Int("mentions", 1000000, "reports to generate, copies included")
	seed := flag.Uint64("seed", 1, "corpus seed")
	errs := flag.Bool("errors", false, "count the wrong pairs by cause (slow beyond some 100,000 mentions)")
	provinces := flag.Bool("provinces", true, "let a mention naming only a province join the one incident inside it (the world's provinces as areas, as sitrep's gazetteer makes provinces, seas and regions areas; -provinces=false for fusion without areas)")
	memprofile := flag.String("memprofile", "", "write a heap profile taken after fusing to `file`")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the fusion alone to `file`")
	flag.Parse()
	if *mentions <= 0 {
		fmt.Fprintln(os.Stderr, "fuse: -mentions must be positive")
		os.Exit(2)
	}

	t0 := time.Now()
	c := stress.Generate(stress.Config{Mentions: *mentions, Seed: *seed})
	genTime := time.Since(t0)
	genPeak := settle()

	t0 = time.Now()
	found := copies.Origins(c.Sigs)
	copyTime := time.Since(t0)
	copyPeak := settle()
	for d, o := range found {
		doc := c.Docs[d]
		doc.CopyOf = o
		c.Docs[d] = doc
	}
	cs := c.ScoreCopies(found)
	c.Sigs, found = nil, nil
	copyPeak = max(copyPeak, settle())
	startRSS := status("VmRSS")

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "fuse:", err)
			os.Exit(1)
		}
		defer f.Close()
	}
	t0 = time.Now()
	f := cluster.New()
	if *provinces {
		f.Areas = c.Areas
	}
	incs := f.Fuse(c.Reports, c.Docs)
	fuseTime := time.Since(t0)
	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	fusePeak := status("VmHWM")
	peak := max(genPeak, copyPeak, fusePeak)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if *memprofile != "" {
		f, err := os.Create(*memprofile)
		if err == nil {
			err = pprof.WriteHeapProfile(f)
			f.Close()
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "fuse:", err)
		}
	}

	// Fuse has reordered c.Reports: truth is found by document and seq.
	truth := c.TruthOf(c.Reports)
	pred := stress.Predicted(incs, c.Reports)
	p, r := stress.Pairwise(truth, pred)
	dt, dp := stress.Dated(c.Reports, truth, pred)
	pd, rd := stress.Pairwise(dt, dp)
	pp, rp := stress.Pairwise(stress.Precise(c.Reports, truth, pred))

	syn, multi := 0, 0
	for d := range c.TrueCopyOf {
		if !c.Rewrites[d] {
			syn++
		}
	}
	perDoc := map[string]int{}
	for _, rep := range c.Reports {
		perDoc[rep.Doc]++
	}
	for _, n := range perDoc {
		if n > 1 {
			multi++
		}
	}

	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "== sitrep fusion benchmark ==\n")
	fmt.Fprintf(w, "mentions             %d (seed %d, %d dated)\n", len(c.Reports), *seed, len(dt))
	fmt.Fprintf(w, "documents            %d (%d syndicated copies, %d rewrites, %d with 2+ reports)\n",
		len(c.Docs), syn, len(c.Rewrites), multi)
	fmt.Fprintf(w, "true incidents       %d over %d days\n", c.Incidents, c.Days)
	fmt.Fprintf(w, "predicted incidents  %d\n", len(incs))
	fmt.Fprintf(w, "generate             %.3f s\n", genTime.Seconds())
	fmt.Fprintf(w, "copies               %.3f s (copies.Origins)\n", copyTime.Seconds())
	fmt.Fprintf(w, "fuse                 %.3f s (cluster.Fuse)\n", fuseTime.Seconds())
	limit := "none"
	if v := os.Getenv("GOMEMLIMIT"); v != "" {
		limit = v
	}
	fmt.Fprintf(w, "peak RSS             %s (process, GOMEMLIMIT %s): generate %s, copies %s, fuse %s (from %s at its start)\n",
		mb(peak), limit, mb(genPeak), mb(copyPeak), mb(fusePeak), mb(startRSS))
	fmt.Fprintf(w, "Go heap in use       %.1f MB after fusing (incidents live)\n", float64(ms.HeapInuse)/(1<<20))
	fmt.Fprintf(w, "pairwise all         P %.4f  R %.4f  F1 %.4f (R %.4f of pairs join two precise reports)\n", p, r, stress.F1(p, r),
		stress.PreciseShare(c.Reports, truth))
	fmt.Fprintf(w, "pairwise dated       P %.4f  R %.4f  F1 %.4f\n", pd, rd, stress.F1(pd, rd))
	fmt.Fprintf(w, "pairwise precise     P %.4f  R %.4f  F1 %.4f (reports dated to the day at or near the site)\n",
		pp, rp, stress.F1(pp, rp))
	for _, o := range c.Oracles(c.Reports, truth, []float64{0.5, 0.9, 0.98, 0.999}) {
		fmt.Fprintf(w, "oracle at %-9s P %.4f  R %.4f  F1 %.4f (knows the noise and the incidents; see stress.Oracles)\n",
			strconv.FormatFloat(o.Threshold, 'f', -1, 64), o.Precision, o.Recall, stress.F1(o.Precision, o.Recall))
	}
	if *errs {
		e := c.Errors(incs)
		for _, m := range []struct {
			what string
			n    map[string]int64
		}{{"pairs merged wrongly", e.Merged}, {"pairs split wrongly", e.Split}} {
			fmt.Fprintf(w, "%s, by cause:\n", m.what)
			keys := make([]string, 0, len(m.n))
			for k := range m.n {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool { return m.n[keys[i]] > m.n[keys[j]] })
			for _, k := range keys {
				fmt.Fprintf(w, "  %9d  %s\n", m.n[k], k)
			}
		}
	}
	fmt.Fprintf(w, "copies found         P %.4f (%d right of %d)  R %.4f: syndicated %.4f (%d/%d), rewrites %.4f (%d/%d)\n",
		cs.Precision(), cs.Right, cs.Found, cs.Recall(), ratio(cs.SynFound, cs.Syndicated), cs.SynFound,
		cs.Syndicated, ratio(cs.ReFound, cs.Rewrites), cs.ReFound, cs.Rewrites)
	fmt.Fprintf(w, "result mentions=%d generate_ms=%d copies_ms=%d fuse_ms=%d peak_kb=%d fuse_peak_kb=%d\n",
		len(c.Reports), genTime.Milliseconds(), copyTime.Milliseconds(), fuseTime.Milliseconds(), peak, fusePeak)
	runtime.KeepAlive(incs)
}

// settle collects garbage, returns memory to the system and resets the
// peak RSS; it returns the peak before the reset, in kB.
func settle() int {
	hwm := status("VmHWM")
	runtime.GC()
	debug.FreeOSMemory()
	// "5" resets VmHWM to the current RSS (Linux 4.0 and later).
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	return hwm
}

// status returns a kB field of /proc/self/status, 0 when unknown.
func status(field string) int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return n
		}
	}
	return 0
}

func mb(kb int) string {
	if kb == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f MB", float64(kb)/1024)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
