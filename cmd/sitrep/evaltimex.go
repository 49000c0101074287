package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
)

// evalTimex runs "sitrep eval timex [--json] DIR...": the temporal
// expressions sitrep finds in the text of every TimeML file under the
// DIRs, resolved against the file's creation time, scored against the
// file's TIMEX3 annotations with the TempEval-3 measures. A file that
// cannot be read is reported, left out, and makes the exit status 1.
func (e *env) evalTimex(ctx context.Context, args []string) error {
	fs := e.newFlags("eval timex")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &exitError{2, "eval timex: give at least one DIR of TimeML (.tml) files"}
	}
	paths, err := timeMLFiles(fs.Args())
	if err != nil {
		return fmt.Errorf("eval timex: %w", err)
	}
	if len(paths) == 0 {
		return &exitError{1, "eval timex: no .tml files in " + strings.Join(fs.Args(), ", ")}
	}
	x, err := newExtractor()
	if err != nil {
		return err
	}
	var gold, pred []eval.Timex
	problem := func(err error) { fmt.Fprintln(e.stderr, "sitrep: "+err.Error()) }
	nproblems := 0
	seen := map[string]string{} // document ID to path
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, err := eval.ReadTimeML(path)
		if err != nil {
			problem(err)
			nproblems++
			continue
		}
		if other, ok := seen[doc.ID]; ok {
			problem(fmt.Errorf("%s: left out: same file name as %s", path, other))
			nproblems++
			continue
		}
		seen[doc.ID] = path
		published, err := doc.DCTDate()
		if err != nil {
			// Scored all the same, with relative expressions unresolved.
			problem(fmt.Errorf("%s: %w", path, err))
			nproblems++
		}
		d := sitrep.Document{ID: doc.ID, Text: doc.Text, Published: published}
		gold = append(gold, doc.Timexes...)
		for _, t := range x.Dates(&d) {
			pred = append(pred, eval.Timex{Doc: d.ID, Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value})
		}
	}
	res := eval.ScoreTimex(gold, pred)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			return err
		}
	} else {
		res.WriteText(e.stdout)
	}
	if nproblems > 0 {
		return &exitError{1, fmt.Sprintf("%d input problem(s)", nproblems)}
	}
	return nil
}

// timeMLFiles returns the .tml files under the directories args, and the
// args that are files, sorted and without repeats.
func timeMLFiles(args []string) ([]string, error) {
	var paths []string
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			paths = append(paths, filepath.Clean(arg))
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".tml") {
				paths = append(paths, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(paths)
	return slices.Compact(paths), nil
}
