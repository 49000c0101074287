package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/sitrep/sitrep"
)

// WriteJSONL writes incs to w as JSON Lines, one incident a line, with keys
// in a fixed order: id, date_start, date_end, date_precision, place {name,
// country, admin1, lat, lon, geo_precision}, category, event_type,
// sub_event_type, claimed_by, perpetrator, target, weapons [{kind, count}],
// fatalities, injuries, status, sources [{doc, outlet, url, published, quote,
// start, end}] and contradictions [{field, values [{value, doc}]}].
//
// Unknown values are null: an undated incident's dates (its date_precision
// is then "unknown"), coordinates and geo_precision when Place.Precision is
// 0, an empty perpetrator, target, outlet, url or published, a weapon count
// of 0, and nil fatalities or injuries. Lists are [] rather than null.
// Coordinates are rounded to five decimals. It returns the first write
// error.
func WriteJSONL(w io.Writer, incs []sitrep.Incident) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i, inc := range incs {
		if err := enc.Encode(toRecord(inc)); err != nil {
			return fmt.Errorf("write incident %d (%s): %w", i+1, inc.ID, err)
		}
	}
	return bw.Flush()
}

// ReadJSONL reads incidents in the format WriteJSONL writes. Blank lines are
// skipped and unknown keys ignored; empty lists read as nil. An error names
// the 1-based line that could not be read, and no incidents are returned
// with it.
func ReadJSONL(r io.Reader) ([]sitrep.Incident, error) {
	br := bufio.NewReader(r)
	var incs []sitrep.Incident
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if text := bytes.TrimSpace(line); len(text) > 0 {
			inc, perr := parseLine(text)
			if perr != nil {
				return nil, fmt.Errorf("line %d: %w", n, perr)
			}
			incs = append(incs, inc)
		}
		if err != nil { // io.EOF after the last line
			return incs, nil
		}
	}
}

// parseLine reads one JSON object line.
func parseLine(text []byte) (sitrep.Incident, error) {
	if text[0] != '{' {
		return sitrep.Incident{}, errors.New("want a JSON object")
	}
	var rec record
	if err := json.Unmarshal(text, &rec); err != nil {
		return sitrep.Incident{}, err
	}
	return fromRecord(rec)
}
