package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
	"github.com/sitrep/sitrep/extract"
)

// DefaultGeoDir is where "eval geo" finds the geoparsing gold sets of
// Gritta et al., relative to the current directory.
const DefaultGeoDir = "../shared/evaldata/suites/geoparsing-gritta"

// geoCorpus is one gold set: its name on the command line, its title and
// how to read it from the suite directory.
type geoCorpus struct {
	name, title string
	read        func(dir string) ([]eval.GeoDoc, error)
}

var geoCorpora = []geoCorpus{
	{"geowebnews", "GeoWebNews", eval.ReadGeoWebNews},
	{"trnews", "TR-News", func(dir string) ([]eval.GeoDoc, error) {
		return eval.ReadTRNews(filepath.Join(dir, "TR-News.xml"))
	}},
	{"geovirus", "GeoVirus", func(dir string) ([]eval.GeoDoc, error) {
		return eval.ReadGeoVirus(filepath.Join(dir, "GeoVirus.xml"))
	}},
}

// GeoCorpusResult is the score of one gold set.
type GeoCorpusResult struct {
	Corpus   string         `json:"corpus"`
	Result   eval.GeoResult `json:"result"`
	Problems []string       `json:"problems"` // gold annotations moved or dropped by the reader
	// Phrases counts the predictions that are spatial phrases
	// ("northeastern Syria"). Result scores them by the place they name, as
	// the gold sets do ("South Venezuela" at Venezuela's point);
	// PhraseAcc161 is acc@161 had they been scored at the phrase's own
	// point, the part of the place's box that sitrep gives them.
	Phrases      int     `json:"phrases"`
	PhraseAcc161 float64 `json:"phrase_acc_161"`
}

// GeoReport is the output of "eval geo": each gold set, and all of them
// pooled when there are several (Overall is nil otherwise).
type GeoReport struct {
	Corpora []GeoCorpusResult `json:"corpora"`
	Overall *eval.GeoResult   `json:"overall,omitempty"`
}

// evalGeo runs "sitrep eval geo": toponym recognition and resolution
// scored on the public geoparsing gold sets.
func (e *env) evalGeo(ctx context.Context, args []string) error {
	fs := e.newFlags("eval geo")
	corpus := fs.String("corpus", "all", "geowebnews, trnews, geovirus or all")
	dir := fs.String("dir", DefaultGeoDir, "directory of TR-News.xml, GeoVirus.xml, gwn_full.txt and Geocoding-files/")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	problems := fs.Bool("problems", false, "also list the gold annotations whose offsets had to be mended")
	fs.IntVar(&eval.GeoTop, "top", eval.GeoTop, "how many most missed, most spurious and largest errors to list")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &exitError{2, fmt.Sprintf("eval geo: unexpected argument %q", fs.Arg(0))}
	}
	var picked []geoCorpus
	for _, c := range geoCorpora {
		if *corpus == "all" || *corpus == c.name {
			picked = append(picked, c)
		}
	}
	if len(picked) == 0 {
		return &exitError{2, fmt.Sprintf("eval geo: unknown corpus %q: want geowebnews, trnews, geovirus or all", *corpus)}
	}
	// The database's gazetteer when there is one: places imported there
	// (GeoNames' own country points, say) count.
	x, err := e.dbExtractor(ctx)
	if err != nil {
		return err
	}
	rep, err := scoreGeo(ctx, x, *dir, picked)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.WriteText(e.stdout, *problems)
	return nil
}

// scoreGeo reads each corpus from dir, runs x.Places on every document and
// scores the toponyms found; documents get the corpus name as prefix of
// their ID, so that they can be pooled.
func scoreGeo(ctx context.Context, x *extract.Extractor, dir string, corpora []geoCorpus) (*GeoReport, error) {
	rep := &GeoReport{Corpora: []GeoCorpusResult{}}
	var allGold []eval.GeoDoc
	allPred := map[string][]eval.PredToponym{}
	for _, c := range corpora {
		docs, err := c.read(dir)
		if err != nil {
			return nil, fmt.Errorf("eval geo: %s: %w", c.title, err)
		}
		pred := map[string][]eval.PredToponym{}
		own := map[string][]eval.PredToponym{} // spatial phrases at their own point
		phrases := 0
		problems := []string{}
		for i := range docs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			d := &docs[i]
			d.ID = c.name + "/" + d.ID
			problems = append(problems, d.Problems...)
			var ps, os []eval.PredToponym
			for _, t := range x.Places(&sitrep.Document{ID: d.ID, Text: d.Text}) {
				p := eval.PredToponym{Start: t.Start, End: t.End, Lat: t.Lat, Lon: t.Lon, Name: t.Name, Precision: t.Precision}
				os = append(os, p)
				if named := x.Gazetteer.Named(t.ID); named != nil {
					phrases++
					p.Lat, p.Lon, p.Name, p.Precision = named.Lat, named.Lon, named.Name, named.Place().Precision
				}
				ps = append(ps, p)
			}
			pred[d.ID] = ps
			own[d.ID] = os
			allPred[d.ID] = ps
		}
		allGold = append(allGold, docs...)
		rep.Corpora = append(rep.Corpora, GeoCorpusResult{Corpus: c.title, Result: eval.ScoreGeo(docs, pred), Problems: problems,
			Phrases: phrases, PhraseAcc161: eval.ScoreGeo(docs, own).Acc161})
	}
	if len(corpora) > 1 {
		all := eval.ScoreGeo(allGold, allPred)
		rep.Overall = &all
	}
	return rep, nil
}

// WriteText writes each corpus's report, the mended annotations when
// problems is set, then the pooled report.
func (r *GeoReport) WriteText(w io.Writer, problems bool) {
	for i, c := range r.Corpora {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "== %s ==\n", c.Corpus)
		c.Result.WriteText(w)
		if c.Phrases > 0 {
			fmt.Fprintf(w, "spatial phrases  %d (\"northeastern Syria\"), scored above by the place they name; at their own point acc@161 would be %.3f\n",
				c.Phrases, c.PhraseAcc161)
		}
		if problems && len(c.Problems) > 0 {
			fmt.Fprintln(w, "gold annotations mended:")
			for _, p := range c.Problems {
				fmt.Fprintln(w, "  "+p)
			}
		}
	}
	if r.Overall != nil {
		fmt.Fprintf(w, "\n== all (pooled) ==\n")
		r.Overall.WriteText(w)
	}
}
