package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/feeds"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/nats"
)

// statePath is where watch keeps the feeds' state: beside a SQLite file,
// in the working directory for a PostgreSQL store.
func (e *env) statePath(flag string) string {
	switch {
	case flag != "":
		return flag
	case e.postgres():
		return "sitrep-feeds.json"
	}
	return e.db + ".feeds.json"
}

// readFeedList reads one URL a line; blank lines and # comments are
// skipped. A line that is no http(s) URL is a problem with its line.
func readFeedList(path string) ([]string, []sitrep.Problem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var urls []string
	var problems []sitrep.Problem
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
			problems = append(problems, sitrep.Problem{File: path, Line: line, Msg: fmt.Sprintf("not an http(s) URL: %q", s)})
			continue
		}
		urls = append(urls, s)
	}
	return urls, problems, sc.Err()
}

// watch runs "sitrep watch FEEDS.txt": it polls the feeds and ingests (or
// publishes) their new items, until interrupted or, with --once, after one
// round.
func (e *env) watch(ctx context.Context, args []string) error {
	fs := e.newFlags("watch")
	interval := fs.Duration("interval", 5*time.Minute, "time between polls of a feed")
	once := fs.Bool("once", false, "poll every feed once, then stop")
	allowPrivate := fs.Bool("allow-private", false, "poll feeds on loopback, link-local and private addresses too")
	queue := fs.String("queue", "", "publish new items to this NATS JetStream queue instead of storing them")
	state := fs.String("state", "", "feeds' state file (default DB.feeds.json)")
	var lim sitrep.Limits
	readLimitFlags(fs, &lim)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkLimits("watch", lim); err != nil {
		return err
	}
	reader := ingest.New()
	reader.Limits = lim
	if fs.NArg() != 1 {
		return &exitError{2, "watch: give one file of feed URLs, one a line"}
	}
	urls, problems, err := readFeedList(fs.Arg(0))
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(e.stderr, "sitrep: "+p.Error())
	}
	if len(urls) == 0 {
		return &exitError{2, "watch: " + fs.Arg(0) + " names no feed"}
	}
	path := e.statePath(*state)
	st, err := feeds.Load(path)
	if err != nil {
		return err
	}
	st.Watch(urls)
	// Where new items go: the queue, or the store through the pipeline.
	var deliver func([]sitrep.Document) (int, error)
	if *queue != "" {
		q, err := nats.Open(ctx, *queue)
		if err != nil {
			return err
		}
		defer q.Close()
		deliver = func(docs []sitrep.Document) (int, error) {
			for _, d := range docs {
				if _, err := q.Publish(ctx, d); err != nil {
					return 0, err
				}
			}
			return len(docs), nil
		}
	} else {
		store, err := e.open(ctx)
		if err != nil {
			return err
		}
		defer store.Close()
		p, err := e.newPipeline(ctx, store)
		if err != nil {
			return err
		}
		deliver = func(docs []sitrep.Document) (int, error) {
			i := 0
			if _, err := p.Ingest(ctx, func() (sitrep.Document, bool) {
				if i == len(docs) {
					return sitrep.Document{}, false
				}
				i++
				return docs[i-1], true
			}); err != nil {
				return 0, err
			}
			unlock, err := lockFusion(ctx, store)
			if err != nil {
				return 0, err
			}
			defer unlock()
			return p.Update(ctx)
		}
	}
	poller := &feeds.Poller{Reader: reader, Interval: *interval, UserAgent: ingest.UserAgent,
		Client: ingest.Client(*allowPrivate)}
	for {
		now := time.Now()
		next := now.Add(*interval)
		for _, f := range st.List() {
			if !*once && f.NextPoll.After(now) {
				next = minTime(next, f.NextPoll)
				continue
			}
			var docs []sitrep.Document
			n, ps, err := poller.Poll(ctx, f, func(d sitrep.Document) error { docs = append(docs, d); return nil })
			if err != nil {
				return err
			}
			for _, p := range ps {
				fmt.Fprintln(e.stderr, "sitrep: "+p.Error())
			}
			if len(docs) > 0 {
				if _, err := deliver(docs); err != nil {
					// Not taken: forget the items so that the next poll takes them again.
					f.Seen = f.Seen[:len(f.Seen)-len(docs)]
					f.ETag, f.LastModified = "", ""
					fmt.Fprintf(e.stderr, "sitrep: watch: %s: %d new items not stored: %v\n", f.URL, len(docs), err)
				}
			}
			fmt.Fprintf(e.stdout, "%s %s: %d new items, %s\n", now.UTC().Format(time.RFC3339), f.URL, n, f.Status)
			next = minTime(next, f.NextPoll)
			if err := st.Save(path); err != nil {
				return err
			}
		}
		if *once {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Until(next)):
		}
	}
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// feedsCmd runs "sitrep feeds": each watched feed's state.
func (e *env) feedsCmd(ctx context.Context, args []string) error {
	fs := e.newFlags("feeds")
	state := fs.String("state", "", "feeds' state file (default DB.feeds.json)")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := feeds.Load(e.statePath(*state))
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "FEED\tSTATUS\tLAST POLL\tNEXT POLL\tITEMS\tFAILURES")
	for _, f := range st.List() {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%d\n", f.URL, f.Status, stamp(f.LastPoll), stamp(f.NextPoll), f.Items, f.Failures)
	}
	return w.Flush()
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04:05")
}
