package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/extract"
)

// lister is a command that prints what extraction finds in each document
// of its inputs ("sitrep dates", "sitrep places"): one JSON object a line,
// or a table row each.
type lister[T any] struct {
	name      string
	published bool // takes --published
	extractor func(ctx context.Context) (*extract.Extractor, error)
	find      func(x *extract.Extractor, d *sitrep.Document) []T
	row       func(T) string // a table row, tab-separated
}

func (l lister[T]) run(ctx context.Context, e *env, args []string) error {
	fs := e.newFlags(l.name)
	var published *string
	if l.published {
		published = fs.String("published", "", "reference (publication) date YYYY-MM-DD for plain text")
	}
	format := fs.String("format", "jsonl", "jsonl or table")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &exitError{2, l.name + ": give at least one PATH, URL or - for stdin"}
	}
	if *format != "jsonl" && *format != "table" {
		return &exitError{2, fmt.Sprintf("%s: unknown format %q: want jsonl or table", l.name, *format)}
	}
	x, err := l.extractor(ctx)
	if err != nil {
		return err
	}
	pub := ""
	if published != nil {
		pub = *published
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	err = e.eachInput(ctx, fs.Args(), pub, func(d sitrep.Document) error {
		for _, t := range l.find(x, &d) {
			if *format == "table" {
				fmt.Fprintln(tw, l.row(t))
				continue
			}
			if err := enc.Encode(t); err != nil {
				return err
			}
		}
		return nil
	})
	if ferr := tw.Flush(); err == nil {
		err = ferr
	}
	return err
}
