// Command sitrep turns reports of armed attacks into one record per real
// incident. Run "sitrep help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/postgres"
	"github.com/sitrep/sitrep/sqlite"
)

const usage = `sitrep: reports of armed attacks in, one record per incident out.

Usage: sitrep [--db PATH] COMMAND [flags] [args]

Commands:
  ingest PATH|URL|- ...   read reports (txt, md, html, feeds, jsonl, Telegram export), extract, fuse
  extract PATH|URL|- ...  print what extraction finds (reports, tallies; --mentions), store nothing
  dates PATH|URL|- ...    temporal expressions with TIMEX3 values and intervals (--published, --format)
  places PATH|URL|- ...   every place name with the place it resolves to (--format jsonl|table)
  gazetteer lookup NAME   the places a name resolves to, best first
  gazetteer import FILE   add places: GeoNames dumps (SY.txt, allCountries.txt, .zip), alternateNamesV2.txt, CSV/TSV
                          (--country CC,CC --min-population N --json); used by every later extraction with this database
  reprocess               re-extract every stored document and fuse again
  fuse [--check]          fuse every stored report again (ingest fuses only what new documents touch);
                          --check writes nothing and lists incidents that differ from a full fusion
  incidents               list incidents (--since --until --country --place --actor --category --status --grade
                          --rejected --format)
  show ID                 one incident with its grade and why, every source, quote and span
  merge ID OTHER          analyst review: OTHER is the same event as ID (--note TEXT)
  split ID --doc DOC      analyst review: the reports of DOC are another event
  set ID FIELD=VALUE      analyst review: set a field (date, place, category, fatalities, grade...)
  reject ID               analyst review: not a real incident (kept, left out of listings)
  history ID              the reviews of an incident, with time and note
  serve                   HTTP API (--addr 127.0.0.1:8080, --token or $SITREP_TOKEN for POST and non-loopback)
  tallies                 running totals stated by the sources, next to the store's count
  export                  write all incidents (--format jsonl|csv|geojson, -o FILE)
  watch FEEDS.txt         poll RSS/Atom feeds (--interval 5m, --once, --queue URL) and ingest their new items
  feeds                   the watched feeds' state: status, last and next poll, items, failures
  worker                  take documents off a queue (--queue nats://...) into the store; ingest --queue publishes
  brief                   situation brief of a period (--since D --until D --country CC --format md|html -o FILE)
  eval incidents          score incidents against gold (--gold FILE [--pred FILE])
  eval geo                score toponyms on the geoparsing gold sets (--corpus --dir --json)
  eval timex DIR...       score temporal expressions on TimeML files (TempEval-3 measures)
  version                 print the version

The database is ./sitrep.db, or --db PATH, or $SITREP_DB.
Gazetteer data: GeoNames (CC BY 4.0, https://www.geonames.org) and sitrep's curated sites.
`

// exitError carries an exit status: 1 for failures, 2 for usage errors.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// DefaultMemoryLimit is the soft limit on the Go heap, so that a large
// fusion collects garbage sooner rather than growing; GOMEMLIMIT overrides.
const DefaultMemoryLimit = 384 << 20

// DefaultGCPercent lets the heap grow to four times the live data between
// collections (GOGC overrides): each collection scans the whole gazetteer,
// and with the memory limit above the heap still stays bounded. It makes
// ingest some 15% faster than the Go default of 100.
const DefaultGCPercent = 300

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(DefaultMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(DefaultGCPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// SITREP_CPUPROFILE=FILE writes a CPU profile of the run, for tuning.
	if path := os.Getenv("SITREP_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				defer pprof.StopCPUProfile()
			}
		}
	}
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	pprof.StopCPUProfile()
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			if ee.msg != "" {
				fmt.Fprintln(os.Stderr, "sitrep:", ee.msg)
			}
			os.Exit(ee.code)
		}
		fmt.Fprintln(os.Stderr, "sitrep:", err)
		os.Exit(1)
	}
}

// env is what a command needs: streams and the database path.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	db             string
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sitrep", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	db := fs.String("db", "", "database path (default $SITREP_DB or ./sitrep.db)")
	version := fs.Bool("version", false, "print the version")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return &exitError{2, ""}
	}
	if *version {
		return printVersion(stdout)
	}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, db: *db}
	if e.db == "" {
		e.db = os.Getenv("SITREP_DB")
	}
	if e.db == "" {
		e.db = "sitrep.db"
	}
	rest := fs.Args()
	if len(rest) == 0 {
		fmt.Fprint(stderr, usage)
		return &exitError{2, ""}
	}
	cmd, cargs := rest[0], rest[1:]
	switch cmd {
	case "ingest":
		return e.ingest(ctx, cargs)
	case "extract":
		return e.extractCmd(ctx, cargs)
	case "dates":
		return e.dates(ctx, cargs)
	case "places":
		return e.places(ctx, cargs)
	case "gazetteer":
		return e.gazetteerCmd(ctx, cargs)
	case "reprocess":
		return e.reprocess(ctx, cargs)
	case "fuse":
		return e.fuse(ctx, cargs)
	case "incidents":
		return e.incidents(ctx, cargs)
	case "show":
		return e.show(ctx, cargs)
	case "tallies":
		return e.tallies(ctx, cargs)
	case "merge", "split", "set", "reject":
		return e.reviewCmd(ctx, cmd, cargs)
	case "history":
		return e.history(ctx, cargs)
	case "serve":
		return e.serve(ctx, cargs)
	case "export":
		return e.export(ctx, cargs)
	case "brief":
		return e.brief(ctx, cargs)
	case "worker":
		return e.worker(ctx, cargs)
	case "watch":
		return e.watch(ctx, cargs)
	case "feeds":
		return e.feedsCmd(ctx, cargs)
	case "eval":
		return e.eval(ctx, cargs)
	case "version":
		return printVersion(stdout)
	case "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	return &exitError{2, fmt.Sprintf("unknown command %q (see sitrep help)", cmd)}
}

func printVersion(w io.Writer) error {
	fmt.Fprintf(w, "sitrep %s\nGazetteer: sitrep's curated sites layer; GeoNames data (CC BY 4.0, https://www.geonames.org);\n"+
		"Natural Earth country shapes (public domain); country points from world-countries (ODbL 1.0).\n", sitrep.Version)
	return nil
}

// open opens the store.
// A --db of postgres://... (or postgresql://) opens a PostgreSQL store,
// anything else a SQLite file.
func (e *env) open(ctx context.Context) (sitrep.Store, error) {
	if e.postgres() {
		s, err := postgres.Open(ctx, e.db)
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	return e.openSQLite(ctx)
}

// postgres reports whether the database is a PostgreSQL URL.
func (e *env) postgres() bool {
	return strings.HasPrefix(e.db, "postgres://") || strings.HasPrefix(e.db, "postgresql://")
}

// openSQLite opens the SQLite store, for the commands that need one.
func (e *env) openSQLite(ctx context.Context) (*sqlite.Store, error) {
	if e.postgres() {
		return nil, &exitError{2, "this command needs a SQLite store (--db FILE): the PostgreSQL store does not keep imported places yet"}
	}
	s, err := sqlite.Open(ctx, e.db)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", e.db, err)
	}
	return s, nil
}

// newPipeline wires the default stages over store s, extracting with the
// places imported into it.
func (e *env) newPipeline(ctx context.Context, s sitrep.Store) (*pipeline.Pipeline, error) {
	g, err := e.storeGazetteer(ctx, s)
	if err != nil {
		return nil, err
	}
	x, err := extract.New(g)
	if err != nil {
		return nil, err
	}
	return &pipeline.Pipeline{Store: s, Extractor: x, Fuser: newFuser(g)}, nil
}

// newFuser returns the fuser with the default settings, knowing the areas
// of g.
func newFuser(g *gazetteer.Gazetteer) *cluster.Fuser {
	f := cluster.New()
	f.Areas = g.Areas()
	return f
}

// storeFuser is newFuser over the gazetteer with the places imported into s.
func (e *env) storeFuser(ctx context.Context, s sitrep.Store) (*cluster.Fuser, error) {
	g, err := e.storeGazetteer(ctx, s)
	if err != nil {
		return nil, err
	}
	return newFuser(g), nil
}

// newFlags returns a flag set for a subcommand that reports errors as usage errors.
func (e *env) newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("sitrep "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	// Allow flags after positional arguments: "ingest DIR --json".
	var pos []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return &exitError{0, ""}
			}
			return &exitError{2, ""}
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
		if pos[len(pos)-1] == "--" {
			pos = append(pos[:len(pos)-1], args...)
			break
		}
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

func trimLower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
