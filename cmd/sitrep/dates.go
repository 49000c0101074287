package main

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/extract"
)

// dates runs "sitrep dates": every temporal expression of the inputs with
// its TIMEX3 value and interval, one JSON object a line or as a table.
func (e *env) dates(ctx context.Context, args []string) error {
	return lister[extract.Timex]{
		name:      "dates",
		published: true,
		extractor: func(context.Context) (*extract.Extractor, error) { return newExtractor() },
		find:      func(x *extract.Extractor, d *sitrep.Document) []extract.Timex { return x.Dates(d) },
		row: func(t extract.Timex) string {
			return fmt.Sprintf("%s\t%d-%d\t%q\t%s\t%s\t%s..%s\t%s", t.Doc, t.Start, t.End, t.Text, t.Type, t.Value, t.DateStart, t.DateEnd, t.Precision)
		},
	}.run(ctx, e, args)
}
