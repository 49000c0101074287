package main

import (
	"context"
	"encoding/json"

	"github.com/sitrep/sitrep"
)

// extractCmd reads documents and prints what extraction finds in each, as
// JSON lines, without storing anything: a dry run for checking a source.
func (e *env) extractCmd(ctx context.Context, args []string) error {
	fs := e.newFlags("extract")
	published := fs.String("published", "", "publication date YYYY-MM-DD for plain text")
	mentions := fs.Bool("mentions", false, "include every mention")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &exitError{2, "extract: give at least one PATH, URL or - for stdin"}
	}
	x, err := e.dbExtractor(ctx)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	return e.eachInput(ctx, fs.Args(), *published, func(d sitrep.Document) error {
		ex := x.Extract(&d)
		if !*mentions {
			ex.Mentions = nil
		}
		return enc.Encode(struct {
			Doc string `json:"doc"`
			sitrep.Extraction
		}{d.ID, ex})
	})
}
