package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/sitrep/sitrep"
)

// Gold is one incident as an analyst codes it, one line of gold.jsonl.
// Strings that are null in the file are "".
type Gold struct {
	ID           string   `json:"id"`
	Docs         []string `json:"docs"`       // documents that report it
	DateStart    string   `json:"date_start"` // YYYY-MM-DD, --MM-DD without year, "" undated
	DateEnd      string   `json:"date_end"`
	Place        string   `json:"place"`
	Aliases      []string `json:"aliases"`
	Country      string   `json:"country"` // ISO 3166-1 alpha-2
	Admin1       string   `json:"admin1"`
	Lat          *float64 `json:"lat"`
	Lon          *float64 `json:"lon"`
	GeoPrecision int      `json:"geo_precision"` // sitrep.GeoSite ... sitrep.GeoCountry
	Category     string   `json:"category"`
	ClaimedBy    string   `json:"claimed_by"`
	Perpetrator  string   `json:"perpetrator"`
	Fatalities   *int     `json:"fatalities"` // nil: not stated
	Injuries     *int     `json:"injuries"`
	Status       string   `json:"status"`
	Optional     bool     `json:"optional"` // neither missing nor finding it counts
	Note         string   `json:"note"`
}

// When returns g's dates as an interval; a missing end is the start.
func (g Gold) When() (sitrep.When, error) {
	start, err := sitrep.ParseDate(g.DateStart)
	if err != nil {
		return sitrep.When{}, fmt.Errorf("date_start: %w", err)
	}
	end, err := sitrep.ParseDate(g.DateEnd)
	if err != nil {
		return sitrep.When{}, fmt.Errorf("date_end: %w", err)
	}
	if end.IsZero() {
		end = start
	}
	w := sitrep.When{Start: start, End: end, Precision: sitrep.PrecisionDay}
	if start.IsZero() {
		w = sitrep.When{}
	}
	return w, nil
}

// HasCoords reports whether g has both coordinates.
func (g Gold) HasCoords() bool { return g.Lat != nil && g.Lon != nil }

// Incident returns g as a system would predict it, its docs as sources, so
// that gold can be scored against itself. Invalid dates give an undated
// incident.
func (g Gold) Incident() sitrep.Incident {
	w, _ := g.When()
	inc := sitrep.Incident{
		ID:   g.ID,
		When: w,
		Place: sitrep.Place{
			Name:      g.Place,
			Country:   g.Country,
			Admin1:    g.Admin1,
			Precision: g.GeoPrecision,
		},
		Category:    g.Category,
		Perpetrator: g.Perpetrator,
		Fatalities:  g.Fatalities,
		Injuries:    g.Injuries,
		Status:      g.Status,
	}
	if g.HasCoords() {
		inc.Place.Lat, inc.Place.Lon = *g.Lat, *g.Lon
	} else {
		inc.Place.Precision = 0
	}
	if g.ClaimedBy != "" {
		inc.ClaimedBy = []string{g.ClaimedBy}
	}
	for _, d := range g.Docs {
		inc.Sources = append(inc.Sources, sitrep.Source{Doc: d})
	}
	return inc
}

// ReadGold reads gold incidents, one JSON object a line; blank lines are
// skipped. Each needs an id, unique in the file, and at least one doc, and
// its dates must parse. An error names the 1-based line, and no incidents
// are returned with it.
func ReadGold(r io.Reader) ([]Gold, error) {
	br := bufio.NewReader(r)
	var golds []Gold
	seen := map[string]int{}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if text := bytes.TrimSpace(line); len(text) > 0 {
			g, perr := parseGold(text)
			if perr == nil && seen[g.ID] > 0 {
				perr = fmt.Errorf("id %q already on line %d", g.ID, seen[g.ID])
			}
			if perr != nil {
				return nil, fmt.Errorf("line %d: %w", n, perr)
			}
			seen[g.ID] = n
			golds = append(golds, g)
		}
		if err != nil { // io.EOF after the last line
			return golds, nil
		}
	}
}

// parseGold reads and checks one gold line.
func parseGold(text []byte) (Gold, error) {
	var g Gold
	if text[0] != '{' {
		return g, errors.New("want a JSON object")
	}
	if err := json.Unmarshal(text, &g); err != nil {
		return g, err
	}
	switch {
	case g.ID == "":
		return g, errors.New("missing id")
	case len(g.Docs) == 0:
		return g, fmt.Errorf("%s: no docs", g.ID)
	}
	if _, err := g.When(); err != nil {
		return g, fmt.Errorf("%s: %w", g.ID, err)
	}
	return g, nil
}
