// Command gen writes a synthetic benchmark corpus as JSON Lines:
//
//	go run ./bench/gen -n 20000 -seed 1 -o corpus.jsonl
//
// Without -o it writes to standard output.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sitrep/sitrep/bench/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of reports")
	seed := flag.Int64("seed", 1, "random seed; the same seed gives the same corpus")
	out := flag.String("o", "", "output file (default: standard output)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "gen: unexpected argument %q\n", flag.Arg(0))
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*n, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(n int, seed int64, out string) error {
	if out == "" {
		w := bufio.NewWriter(os.Stdout)
		if err := corpus.Generate(w, n, seed); err != nil {
			return err
		}
		return w.Flush()
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	err = corpus.Generate(io.Writer(f), n, seed)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(out)
	}
	return err
}
