package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/sitrep/sitrep"
)

// dates runs "sitrep dates": every temporal expression of the inputs with
// its TIMEX3 value and interval, one JSON object a line or as a table.
func (e *env) dates(ctx context.Context, args []string) error {
	fs := e.newFlags("dates")
	published := fs.String("published", "", "reference (publication) date YYYY-MM-DD for plain text")
	format := fs.String("format", "jsonl", "jsonl or table")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &exitError{2, "dates: give at least one PATH, URL or - for stdin"}
	}
	if *format != "jsonl" && *format != "table" {
		return &exitError{2, fmt.Sprintf("dates: unknown format %q: want jsonl or table", *format)}
	}
	x, err := newExtractor()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	err = e.eachInput(ctx, fs.Args(), *published, func(d sitrep.Document) error {
		for _, t := range x.Dates(&d) {
			if *format == "table" {
				fmt.Fprintf(tw, "%s\t%d-%d\t%q\t%s\t%s\t%s..%s\t%s\n", t.Doc, t.Start, t.End, t.Text, t.Type, t.Value, t.DateStart, t.DateEnd, t.Precision)
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
