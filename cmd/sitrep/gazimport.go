package main

import (
	"archive/zip"
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/sqlite"
)

// importSummary is the outcome of "sitrep gazetteer import".
type importSummary struct {
	Files    int            `json:"files"`
	Places   int            `json:"places"`   // imported (new or updated)
	New      int            `json:"new"`      // of which not imported before
	Present  int            `json:"present"`  // left out: the embedded gazetteer has the id
	Points   int            `json:"points"`   // countries and divisions given GeoNames' own point
	Names    int            `json:"names"`    // alternate names added
	Skipped  map[string]int `json:"skipped"`  // GeoNames rows left out, by reason
	Problems int            `json:"problems"` // bad rows, files that could not be read
}

// importer gathers the places of the files given to "gazetteer import".
type importer struct {
	g        *gazetteer.Gazetteer
	keep     func(*gazetteer.Entry) bool
	places   map[string]sqlite.Place
	entries  map[string]*gazetteer.Entry // imported in this run or before, by id
	alts     map[int64][]string
	sum      importSummary
	problems []sitrep.Problem
}

// gazetteerImport runs "sitrep gazetteer import FILE...": GeoNames dumps
// (allCountries.txt, a country file such as SY.txt, or their zip),
// alternateNamesV2.txt, and CSV or TSV files of places are added to the
// gazetteer of the database, for every later extraction.
func (e *env) gazetteerImport(ctx context.Context, args []string) error {
	fs := e.newFlags("gazetteer import")
	countries := fs.String("country", "", "keep only places of these countries (ISO codes, comma-separated)")
	minPop := fs.Int("min-population", 0, "keep only GeoNames towns of at least this population")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &exitError{2, "gazetteer import: give a FILE (GeoNames dump or zip, alternateNamesV2.txt, CSV or TSV of places)"}
	}
	store, err := e.openSQLite(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	g, err := e.storeGazetteer(ctx, store)
	if err != nil {
		return err
	}
	im := &importer{g: g, places: map[string]sqlite.Place{}, entries: map[string]*gazetteer.Entry{},
		alts: map[int64][]string{}, sum: importSummary{Skipped: map[string]int{}}}
	im.keep = keepFilter(*countries, *minPop)
	stored, err := store.Places(ctx)
	if err != nil {
		return err
	}
	for _, p := range stored {
		if en, err := gazetteer.ParseRow(p.Row); err == nil {
			im.entries[p.ID] = en
			im.places[p.ID] = p
		}
	}
	fresh := map[string]bool{}
	// Alternate names go last, to find the places of the dumps given with them.
	paths := slices.Clone(fs.Args())
	slices.SortStableFunc(paths, func(a, b string) int {
		return cmpBool(isAlternates(a), isAlternates(b))
	})
	for _, path := range paths {
		for _, id := range im.file(path) {
			fresh[id] = true
		}
	}
	im.applyAlternates(fresh)
	var put []sqlite.Place
	for _, id := range slices.Sorted(maps.Keys(fresh)) {
		put = append(put, im.places[id])
	}
	added, err := store.PutPlaces(ctx, put)
	if err != nil {
		return err
	}
	im.sum.Places, im.sum.New = len(put)-im.sum.Points, max(0, added-im.sum.Points)
	for _, p := range im.problems {
		fmt.Fprintln(e.stderr, "sitrep: "+p.Error())
	}
	im.sum.Problems = len(im.problems)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		if err := enc.Encode(im.sum); err != nil {
			return err
		}
	} else {
		s := im.sum
		fmt.Fprintf(e.stdout, "imported %d places (%d new) and %d alternate names from %d files into %s; %d countries and divisions given GeoNames' point; %d already in the gazetteer, %d rows skipped, %d problems\n",
			s.Places, s.New, s.Names, s.Files, store.Path(), s.Points, s.Present, total(s.Skipped), s.Problems)
		if s.Places > 0 || s.Points > 0 {
			fmt.Fprintln(e.stdout, "run 'sitrep reprocess' to extract the stored documents again with them")
		}
	}
	if im.sum.Problems > 0 {
		return &exitError{1, fmt.Sprintf("%d import problem(s)", im.sum.Problems)}
	}
	return nil
}

func isAlternates(path string) bool {
	return strings.HasPrefix(strings.ToLower(filepath.Base(path)), "alternatenames")
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// keepFilter returns the filter of --country and --min-population, or nil.
func keepFilter(countries string, minPop int) func(*gazetteer.Entry) bool {
	want := map[string]bool{}
	for c := range strings.SplitSeq(countries, ",") {
		if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
			want[c] = true
		}
	}
	if len(want) == 0 && minPop <= 0 {
		return nil
	}
	return func(en *gazetteer.Entry) bool {
		if len(want) > 0 && !want[en.Country] {
			return false
		}
		return en.Kind != gazetteer.KindTown || en.Population >= minPop
	}
}

// file imports one path and returns the ids of the places it added.
func (im *importer) file(path string) []string {
	im.sum.Files++
	f, err := os.Open(path)
	if err != nil {
		im.problems = append(im.problems, sitrep.Problem{File: path, Msg: err.Error()})
		return nil
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		return im.zip(f, path)
	}
	return im.read(f, path, filepath.Base(path))
}

// zip imports the .txt and .csv members of a zip (a GeoNames country
// file SY.zip holds SY.txt and readme.txt).
func (im *importer) zip(f *os.File, path string) []string {
	st, err := f.Stat()
	if err != nil {
		im.problems = append(im.problems, sitrep.Problem{File: path, Msg: err.Error()})
		return nil
	}
	zr, err := zip.NewReader(f, st.Size())
	if err != nil {
		im.problems = append(im.problems, sitrep.Problem{File: path, Msg: "not a zip archive: " + err.Error()})
		return nil
	}
	var ids []string
	for _, m := range zr.File {
		base := filepath.Base(m.Name)
		ext := strings.ToLower(filepath.Ext(base))
		if m.FileInfo().IsDir() || strings.EqualFold(base, "readme.txt") || ext != ".txt" && ext != ".csv" && ext != ".tsv" {
			continue
		}
		rc, err := m.Open()
		if err != nil {
			im.problems = append(im.problems, sitrep.Problem{File: path + ":" + m.Name, Msg: err.Error()})
			continue
		}
		ids = append(ids, im.read(rc, path+":"+m.Name, base)...)
		rc.Close()
	}
	return ids
}

// read imports one file by its format: CSV or TSV of places by extension,
// alternate names by name, else a GeoNames dump when its first row has the
// dump's 19 columns.
func (im *importer) read(r io.Reader, file, base string) []string {
	br := bufio.NewReaderSize(r, 1<<16)
	ext := strings.ToLower(filepath.Ext(base))
	switch {
	case ext == ".csv" || ext == ".tsv":
		es, ps := gazetteer.ReadPlaces(br, file)
		im.problems = append(im.problems, ps...)
		return im.add(es, false, file)
	case strings.HasPrefix(strings.ToLower(base), "alternatenames"):
		alts, ps := gazetteer.ReadAlternateNames(br, file, func(id int64) bool {
			_, ok := im.entries["gn-"+strconv.FormatInt(id, 10)]
			return ok
		})
		im.problems = append(im.problems, ps...)
		for id, names := range alts {
			im.alts[id] = append(im.alts[id], names...)
		}
		return nil
	}
	head, _ := br.Peek(64 << 10)
	first, _, _ := strings.Cut(string(head), "\n")
	if strings.Count(first, "\t") != 18 {
		im.problems = append(im.problems, sitrep.Problem{File: file, Line: 1,
			Msg: "not a GeoNames dump (19 tab-separated columns), alternateNames file, or .csv/.tsv of places"})
		return nil
	}
	es, skipped, ps := gazetteer.ReadGeoNames(br, file, im.g.Admin1Of, im.keep)
	im.problems = append(im.problems, ps...)
	for k, v := range skipped {
		im.sum.Skipped[k] += v
	}
	return im.add(es, true, file)
}

// add keeps the entries the embedded gazetteer does not hold.
func (im *importer) add(es []*gazetteer.Entry, geonames bool, file string) []string {
	var ids []string
	for _, en := range es {
		if t := im.pointOf(en); t != nil {
			// GeoNames' own point of a country or division the gazetteer
			// holds: it takes that point, the convention GeoNames-based
			// gold sets use, and no second entry of that name.
			over := *t
			over.Lat, over.Lon = en.Lat, en.Lon
			over.Source = "point: GeoNames (CC BY 4.0) " + en.ID + ", imported"
			im.places[t.ID] = sqlite.Place{ID: t.ID, GeoNames: geonames, Row: over.Row(), File: file}
			im.sum.Points++
			ids = append(ids, t.ID)
			continue
		}
		prev, imported := im.entries[en.ID]
		if !imported && im.g.Get(en.ID) != nil {
			im.sum.Present++
			continue
		}
		if imported {
			// Keep the names an earlier import gave it (alternateNames).
			for _, a := range prev.Aliases {
				if !slices.ContainsFunc(en.Aliases, func(b string) bool { return strings.EqualFold(a, b) }) && !strings.EqualFold(a, en.Name) {
					en.Aliases = append(en.Aliases, a)
				}
			}
		}
		im.entries[en.ID] = en
		im.places[en.ID] = sqlite.Place{ID: en.ID, GeoNames: geonames, Row: en.Row(), File: file}
		ids = append(ids, en.ID)
	}
	return ids
}

// pointOf returns the embedded country or first-level division that a
// GeoNames country or ADM1 row stands for, or nil.
func (im *importer) pointOf(en *gazetteer.Entry) *gazetteer.Entry {
	switch en.Kind {
	case gazetteer.KindCountry:
		return im.g.Country(en.Country)
	case gazetteer.KindAdmin1:
		if en.Admin1 != "" {
			return im.g.Admin1(en.Country, en.Admin1)
		}
	}
	return nil
}

// applyAlternates adds the alternate names read to their places, marking
// the places they change as fresh.
func (im *importer) applyAlternates(fresh map[string]bool) {
	for _, id := range slices.Sorted(maps.Keys(im.alts)) {
		key := "gn-" + strconv.FormatInt(id, 10)
		orig := im.entries[key]
		if orig == nil {
			continue
		}
		en := *orig
		en.Aliases = slices.Clone(en.Aliases)
		seen := map[string]bool{strings.ToLower(en.Name): true}
		for _, a := range en.Aliases {
			seen[strings.ToLower(a)] = true
		}
		added := 0
		for _, n := range im.alts[id] {
			if k := strings.ToLower(n); !seen[k] {
				seen[k] = true
				en.Aliases = append(en.Aliases, n)
				added++
			}
		}
		if added == 0 {
			continue
		}
		if _, err := gazetteer.ParseRow(en.Row()); err != nil {
			continue // a name the gazetteer cannot index; keep the place as it was
		}
		im.entries[key] = &en
		p := im.places[key]
		p.Row = en.Row()
		im.places[key] = p
		im.sum.Names += added
		fresh[key] = true
	}
}
