package main

import (
	"context"
	"fmt"
	"os"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/sqlite"
)

// newExtractor loads the embedded gazetteer and returns the extractor.
func newExtractor() (*extract.Extractor, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	return extract.New(g)
}

// storeGazetteer loads the embedded gazetteer and adds the places imported
// into store ("sitrep gazetteer import").
func (e *env) storeGazetteer(ctx context.Context, s sitrep.Store) (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	store, ok := s.(*sqlite.Store) // the PostgreSQL store keeps no imported places yet
	if !ok {
		return g, nil
	}
	ps, err := store.Places(ctx)
	if err != nil || len(ps) == 0 {
		return g, err
	}
	var curated, geonames []string
	for _, p := range ps {
		if p.GeoNames {
			geonames = append(geonames, p.Row)
		} else {
			curated = append(curated, p.Row)
		}
	}
	errs := append(g.AddRows(curated, false), g.AddRows(geonames, true)...)
	if len(errs) > 0 {
		// The places that load are used; the others are named once.
		fmt.Fprintf(e.stderr, "sitrep: %s: %d imported places left out, first: %v\n", store.Path(), len(errs), errs[0])
	}
	return g, nil
}

// dbGazetteer is storeGazetteer over the database when it exists, and the
// embedded gazetteer when it does not (no database is created).
func (e *env) dbGazetteer(ctx context.Context) (*gazetteer.Gazetteer, error) {
	if _, err := os.Stat(e.db); err != nil && !e.postgres() {
		return gazetteer.Load()
	}
	store, err := e.open(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	return e.storeGazetteer(ctx, store)
}

// dbExtractor returns the extractor over dbGazetteer.
func (e *env) dbExtractor(ctx context.Context) (*extract.Extractor, error) {
	g, err := e.dbGazetteer(ctx)
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
