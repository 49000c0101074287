// Command load hits a running sitrep serve with many concurrent clients
// for a while and prints requests/s, errors and latency percentiles, and
// the server's resident memory when given its pid (bench/load.sh runs it
// while a second process ingests).
//
//	go run ./bench/load -url http://127.0.0.1:18089 -clients 200 -duration 60s -pid 1234
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/sitrep/sitrep/bench/loadgen"
)

func main() {
	var o loadgen.Options
	flag.StringVar(&o.URL, "url", "http://127.0.0.1:8080", "the server")
	flag.IntVar(&o.Clients, "clients", 200, "concurrent clients")
	flag.DurationVar(&o.Duration, "duration", 60*time.Second, "how long")
	flag.DurationVar(&o.Timeout, "timeout", 10*time.Second, "per request")
	flag.StringVar(&o.Token, "token", os.Getenv("SITREP_TOKEN"), "bearer token, when reads need one")
	flag.IntVar(&o.PID, "pid", 0, "the server's pid, to sample its resident memory")
	asJSON := flag.Bool("json", false, "print the result as JSON")
	flag.Parse()
	o.Seed = uint64(time.Now().UnixNano())
	res, err := loadgen.Run(context.Background(), o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(map[string]any{"result": res, "p50_ms": ms(res.P50), "p90_ms": ms(res.P90),
			"p99_ms": ms(res.P99), "max_ms": ms(res.Max)})
	} else {
		fmt.Println(res)
	}
	if res.Errors > 0 {
		os.Exit(1)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
