package gazetteer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
)

// ReadPlaces reads a user's file of places: CSV, or TSV when the header row
// holds a tab, with the columns of data/places.tsv in any order (see Read).
// Only name, country, lat and lon are required: kind defaults to site, and
// id to "user-" and the name's key with the country. Aliases are separated
// by "|". Each bad row is a problem naming file and line; the others come
// through, checked as the gazetteer's own rows are.
func ReadPlaces(r io.Reader, file string) ([]*Entry, []sitrep.Problem) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, []sitrep.Problem{{File: file, Msg: "read: " + err.Error()}}
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	first, _, _ := strings.Cut(text, "\n")
	cr := csv.NewReader(strings.NewReader(text))
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	if strings.Contains(first, "\t") {
		cr.Comma, cr.LazyQuotes = '\t', true
	}
	var (
		out      []*Entry
		problems []sitrep.Problem
		lay      *layout
		lines    = map[string]int{}
		chk      = New() // checks each row as the gazetteer's own
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
				err = pe.Err
			}
			problems = append(problems, sitrep.Problem{File: file, Line: line, Msg: err.Error()})
			continue
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if lay == nil {
			if lay, err = header(rec, userRequired); err != nil {
				return nil, []sitrep.Problem{{File: file, Line: line, Msg: err.Error()}}
			}
			continue
		}
		e, err := userEntry(rec, lay, chk)
		if err != nil {
			problems = append(problems, sitrep.Problem{File: file, Line: line, Msg: err.Error()})
			continue
		}
		if prev, dup := lines[e.ID]; dup {
			problems = append(problems, sitrep.Problem{File: file, Line: line, Msg: fmt.Sprintf("duplicate id %q (first on line %d)", e.ID, prev)})
			continue
		}
		lines[e.ID] = line
		out = append(out, e)
	}
	if lay == nil {
		problems = append(problems, sitrep.Problem{File: file, Line: 1, Msg: "no header row (want columns such as name,country,lat,lon)"})
	}
	return out, problems
}

// userRequired are the columns a user's file must have.
var userRequired = []int{colName, colCountry, colLat, colLon}

// userEntry parses one record of a user file and checks it with chk, an
// empty gazetteer.
func userEntry(rec []string, lay *layout, chk *Gazetteer) (*Entry, error) {
	n := 0
	for _, i := range lay {
		n = max(n, i+1)
	}
	if len(rec) < n {
		return nil, fmt.Errorf("got %d fields, want %d", len(rec), n)
	}
	fields := slices.Clone(rec)
	l := *lay
	if l[colKind] < 0 {
		l[colKind] = len(fields)
		fields = append(fields, KindSite)
	}
	if l[colID] < 0 {
		l[colID] = len(fields)
		fields = append(fields, "")
	}
	if strings.TrimSpace(fields[l[colKind]]) == "" {
		fields[l[colKind]] = KindSite
	}
	if strings.TrimSpace(fields[l[colID]]) == "" {
		k, err := Key(fields[l[colName]])
		if err != nil {
			return nil, fmt.Errorf("name %q: %w", fields[l[colName]], err)
		}
		fields[l[colID]] = "user-" + strings.ReplaceAll(k, " ", "-") + "-" + strings.ToLower(strings.TrimSpace(fields[l[colCountry]]))
	}
	e := new(Entry)
	var aliases []string
	if err := entry(e, fields, &l, &aliases); err != nil {
		return nil, err
	}
	if _, err := chk.prepareBuf(e, nil); err != nil {
		return nil, err
	}
	if e.Source == "" {
		e.Source = "user file"
	}
	return e, nil
}
