package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/ingest"
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
	g, err := gazetteer.Load()
	if err != nil {
		return err
	}
	x, err := extract.New(g)
	if err != nil {
		return err
	}
	r := ingest.New()
	r.Stdin = e.stdin
	if *published != "" {
		if r.Published, err = sitrep.ParseDate(*published); err != nil {
			return &exitError{2, "extract --published: " + err.Error()}
		}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	nproblems := 0
	for _, arg := range fs.Args() {
		ps, err := r.Read(ctx, arg, func(d sitrep.Document) error {
			ex := x.Extract(&d)
			if !*mentions {
				ex.Mentions = nil
			}
			return enc.Encode(struct {
				Doc string `json:"doc"`
				sitrep.Extraction
			}{d.ID, ex})
		})
		for _, p := range ps {
			fmt.Fprintln(e.stderr, "sitrep: "+p.Error())
		}
		nproblems += len(ps)
		if err != nil {
			return err
		}
	}
	if nproblems > 0 {
		return &exitError{1, fmt.Sprintf("%d input problem(s)", nproblems)}
	}
	return nil
}
