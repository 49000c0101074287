package storesql

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
)

// WildDay is the day_key of reports whose dates lack a year, have no end
// or span more than MaxSpan days: they are candidates whatever the dates.
// The grid of reports.cell has CellsPerDeg cells a degree (0.25 degrees).
const (
	WildDay     = -1_000_000_000
	MaxSpan     = 31
	CellsPerDeg = 4
)

// RelatedKeys returns the columns that find r again as a candidate of
// another report: day_key, cell and block, nil for NULL.
func RelatedKeys(r sitrep.Report) (dayKey, cell, block any) {
	w := r.When
	if w.Start.IsZero() {
		return nil, nil, nil
	}
	if w.Start.HasYear() && w.End.HasYear() && w.End.Days()-w.Start.Days() <= MaxSpan {
		dayKey = w.Start.Days()
	} else {
		dayKey = WildDay
	}
	p := r.Place
	if p.ID != "" {
		block = p.ID
	}
	if p.Precision == sitrep.GeoSite || p.Precision == sitrep.GeoNear {
		return dayKey, cellOf(p.Lat, p.Lon), block
	}
	if p.ID == "" {
		block = "name:" + p.Name
	}
	return dayKey, nil, block
}

// VesselColumn returns the reports.vessel column of r: the VesselKey of the
// ship it names when it dates it closely (sitrep.ShipDay), nil for NULL.
func VesselColumn(r sitrep.Report) any {
	if r.Vessel == "" || !sitrep.ShipDay(r.When) {
		return nil
	}
	return sitrep.VesselKey(r.Vessel)
}

func cellOf(lat, lon float64) int64 {
	y := int64(math.Floor(lat*CellsPerDeg)) + 1000
	x := int64(math.Floor(lon*CellsPerDeg)) + 1000
	return y*10000 + x
}

// Lookup is one query of a store's RelatedTo: the reports of a cell
// (Col "cell"), of the cells from Arg to To when To is not nil (a row of
// an area's box), of a block (Col "block") or of a ship (Col "vessel"),
// dated between days Lo and Hi, or with day_key WildDay.
type Lookup struct {
	Col     string
	Arg, To any
	Lo, Hi  int
}

// Where returns the condition of l on its column, with parameters ?1 and
// ?5 (the prefix numbers them: "?" for SQLite, "$" for PostgreSQL).
func (l Lookup) Where(prefix string) string {
	if l.To != nil {
		return l.Col + " BETWEEN " + prefix + "1 AND " + prefix + "5"
	}
	return l.Col + " = " + prefix + "1"
}

// RelatedLookups returns the lookups that find the reports that may tell
// the same event as one of rs: dated within slack days of its dates, at
// precise points within km of its point when that is precise, or under
// its block. Days before from (math.MinInt for no bound) are left out. One
// lookup per cell or block, in the order first needed.
func RelatedLookups(rs []sitrep.Report, w sitrep.Window, from int) []Lookup {
	slack, km := w.Days, w.Km
	type key struct {
		cell   bool
		block  string
		vessel string
		n, to  int64
	}
	at := map[key]int{}
	var out []Lookup
	need := func(k key, lo, hi int) {
		lo = max(lo, from)
		if i, ok := at[k]; ok {
			out[i].Lo, out[i].Hi = min(out[i].Lo, lo), max(out[i].Hi, hi)
			return
		}
		at[k] = len(out)
		l := Lookup{Col: "block", Arg: k.block, Lo: lo, Hi: hi}
		if k.vessel != "" {
			l.Col, l.Arg = "vessel", k.vessel
		}
		if k.cell {
			l.Col, l.Arg = "cell", k.n
			if k.to != 0 {
				l.To = k.to
			}
		}
		out = append(out, l)
	}
	for _, r := range rs {
		dayKey, cell, block := RelatedKeys(r)
		if dayKey == nil {
			continue
		}
		lo, hi := math.MinInt32, math.MaxInt32
		if dayKey != WildDay {
			lo, hi = r.When.Start.Days()-slack-MaxSpan, r.When.End.Days()+slack
		}
		// Reports of one ship, wherever each places it.
		if v := VesselColumn(r); v != nil && dayKey != WildDay && !w.AreasOnly {
			need(key{vessel: v.(string)}, lo, hi)
		}
		if block != nil && !w.AreasOnly {
			need(key{block: block.(string)}, lo, hi)
			// "the Red Sea" and "the southern Red Sea": nested seas.
			for _, id := range sitrep.NestedRegions(r.Place) {
				need(key{block: id}, lo, hi)
			}
		}
		if w.Areas != nil && dayKey != WildDay {
			// An area pair's dates meet, and each spans a few days.
			lo, hi := r.When.Start.Days()-w.AreaDays, r.When.End.Days()
			// An area's report finds the precise ones in its box, row by
			// row of cells; a precise one finds those of its areas.
			if b, ok := w.Areas.Box(r.Place.ID); ok && cell == nil && (r.Place.Precision == sitrep.GeoProvince || r.Place.Precision == sitrep.GeoCountry) {
				lo0, hi0 := cellOf(b[0], b[1]), cellOf(b[2], b[3])
				for y := lo0 / 10000; y <= hi0/10000; y++ {
					need(key{cell: true, n: y*10000 + lo0%10000, to: y*10000 + hi0%10000}, lo, hi)
				}
			}
			if cell != nil {
				for _, id := range w.Areas.At(r.Place) {
					need(key{block: id}, lo, hi)
				}
			}
		}
		if cell == nil || w.AreasOnly {
			continue
		}
		lat, lon := r.Place.Lat, r.Place.Lon
		dlat := km/110.5 + 1e-9
		dlon := 180.0
		if c := math.Cos((math.Abs(lat) + dlat) * math.Pi / 180); c > 1e-6 {
			dlon = min(180, km/(111.3*c)+1e-9)
		}
		y0, y1 := int64(math.Floor((lat-dlat)*CellsPerDeg)), int64(math.Floor((lat+dlat)*CellsPerDeg))
		x0, x1 := int64(math.Floor((lon-dlon)*CellsPerDeg)), int64(math.Floor((lon+dlon)*CellsPerDeg))
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				need(key{cell: true, n: (y+1000)*10000 + x + 1000}, lo, hi)
			}
		}
	}
	return slices.DeleteFunc(out, func(l Lookup) bool { return l.Lo > l.Hi })
}

// headReport decodes a stored report without its assertions, which fusion
// does not need and which make up most of its size.
type headReport struct {
	sitrep.Report
	Assertions skip `json:"assertions"`
}

// skip is a JSON value read and thrown away without allocating.
type skip struct{}

// UnmarshalJSON ignores the value.
func (skip) UnmarshalJSON([]byte) error { return nil }

// DecodeHead decodes the JSON of a stored report without its assertions.
func DecodeHead(b []byte) (sitrep.Report, error) {
	var h headReport
	// Reports are written with their assertions last: the JSON before
	// them, closed, is the head, and half the bytes to decode.
	if head, ok := withoutLastKey(b, `,"assertions":`); ok {
		var r sitrep.Report
		if err := json.Unmarshal(head, &r); err == nil {
			r.Assertions = nil
			return r, nil
		}
	}
	if err := json.Unmarshal(b, &h); err != nil {
		return sitrep.Report{}, err
	}
	h.Report.Assertions = nil
	return h.Report, nil
}

// withoutLastKey returns the JSON object b without the member that key
// (`,"name":`) begins, when that member is the object's last: the bytes
// before it and the closing brace. A key with its quotes unescaped is no
// string's content; a member of a nested object is followed by more than
// the one brace.
func withoutLastKey(b []byte, key string) ([]byte, bool) {
	at := bytes.LastIndex(b, []byte(key))
	if at < 0 {
		return nil, false
	}
	end, ok := valueEnd(b, at+len(key))
	if !ok || strings.TrimSpace(string(b[end:])) != "}" {
		return nil, false
	}
	head := make([]byte, at+1)
	copy(head, b[:at])
	head[at] = '}'
	return head, true
}

// valueEnd returns the offset after the JSON value that starts at i
// (after blanks), by its brackets and strings; false when b ends first.
func valueEnd(b []byte, i int) (int, bool) {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	depth, inString := 0, false
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case inString:
			if c == '\\' {
				i++
			} else if c == '"' {
				inString = false
				if depth == 0 {
					return i + 1, true
				}
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			depth--
			if depth < 0 {
				return i, true // the end of a scalar, at its object's close
			}
			if depth == 0 {
				return i + 1, true
			}
		case depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			return i, true // the end of a scalar ("null", a number)
		}
	}
	return i, depth == 0 && !inString
}
