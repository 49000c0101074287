package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/gazetteer"
)

// gazetteerCmd runs "sitrep gazetteer lookup NAME...": the candidates a
// name resolves to, best first.
func (e *env) gazetteerCmd(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "import" {
		return e.gazetteerImport(ctx, args[1:])
	}
	if len(args) == 0 || args[0] != "lookup" {
		return &exitError{2, "gazetteer: want 'gazetteer lookup [--json] NAME...' or 'gazetteer import FILE...'"}
	}
	fs := e.newFlags("gazetteer lookup")
	asJSON := fs.Bool("json", false, "print candidates as JSON lines")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &exitError{2, "gazetteer lookup: give a NAME"}
	}
	g, err := e.dbGazetteer(ctx)
	if err != nil {
		return err
	}
	missing := 0
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, name := range fs.Args() {
		es := g.Lookup(name)
		if len(es) == 0 {
			missing++
			fmt.Fprintf(e.stderr, "sitrep: gazetteer: no place named %q\n", name)
			continue
		}
		for _, en := range es {
			if *asJSON {
				if err := enc.Encode(struct {
					Query string `json:"query"`
					*gazetteer.Entry
				}{name, en}); err != nil {
					return err
				}
				continue
			}
			fmt.Fprintf(tw, "%s\t%s\t%s/%s\t%s\t%s\t%.4f, %.4f\t%s\n", name, en.ID, en.Kind, en.Subkind, en.Name,
				strings.Trim(en.Country+" "+en.Admin1, " "), en.Lat, en.Lon, en.Source)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if missing > 0 {
		return &exitError{1, ""}
	}
	return nil
}
