package main

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/ingest"
)

// newExtractor loads the embedded gazetteer and returns the extractor.
func newExtractor() (*extract.Extractor, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	return extract.New(g)
}

// eachInput reads every document of the inputs (paths, URLs or "-") and
// calls fn with it; published, when set, is the publication date of plain
// text. Input problems are printed one a line and make the exit status 1;
// the other inputs still go through.
func (e *env) eachInput(ctx context.Context, inputs []string, published string, fn func(sitrep.Document) error) error {
	r := ingest.New()
	r.Stdin = e.stdin
	if published != "" {
		d, err := sitrep.ParseDate(published)
		if err != nil {
			return &exitError{2, "--published: " + err.Error()}
		}
		r.Published = d
	}
	problems := 0
	for _, arg := range inputs {
		ps, err := r.Read(ctx, arg, fn)
		for _, p := range ps {
			fmt.Fprintln(e.stderr, "sitrep: "+p.Error())
		}
		problems += len(ps)
		if err != nil {
			return err
		}
	}
	if problems > 0 {
		return &exitError{1, fmt.Sprintf("%d input problem(s)", problems)}
	}
	return nil
}
