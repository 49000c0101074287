package main

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/extract"
)

// places runs "sitrep places": every toponym of the inputs with the place
// it resolves to, one JSON object a line or as a table.
func (e *env) places(ctx context.Context, args []string) error {
	return lister[extract.Toponym]{
		name:      "places",
		extractor: e.dbExtractor,
		find:      func(x *extract.Extractor, d *sitrep.Document) []extract.Toponym { return x.Places(d) },
		row: func(t extract.Toponym) string {
			return fmt.Sprintf("%s\t%d-%d\t%q\t%s\t%s %s\t%.4f, %.4f\t%s\t%s", t.Doc, t.Start, t.End, t.Text, t.Name,
				t.Country, t.Admin1, t.Lat, t.Lon, t.Feature, t.ID)
		},
	}.run(ctx, e, args)
}
