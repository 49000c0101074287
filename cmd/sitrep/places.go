package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/sitrep/sitrep"
)

// places runs "sitrep places": every toponym of the inputs with the place
// it resolves to, one JSON object a line or as a table.
func (e *env) places(ctx context.Context, args []string) error {
	fs := e.newFlags("places")
	format := fs.String("format", "jsonl", "jsonl or table")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &exitError{2, "places: give at least one PATH, URL or - for stdin"}
	}
	if *format != "jsonl" && *format != "table" {
		return &exitError{2, fmt.Sprintf("places: unknown format %q: want jsonl or table", *format)}
	}
	x, err := e.dbExtractor(ctx)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	err = e.eachInput(ctx, fs.Args(), "", func(d sitrep.Document) error {
		for _, t := range x.Places(&d) {
			if *format == "table" {
				fmt.Fprintf(tw, "%s\t%d-%d\t%q\t%s\t%s %s\t%.4f, %.4f\t%s\t%s\n", t.Doc, t.Start, t.End, t.Text, t.Name,
					t.Country, t.Admin1, t.Lat, t.Lon, t.Feature, t.ID)
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
