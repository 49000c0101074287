package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
)

// csvHeader names the CSV columns: ACLED's names where ACLED has the column,
// then sitrep's own.
var csvHeader = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
	"actor2", "country", "admin1", "admin2", "location", "latitude",
	"longitude", "geo_precision", "source", "notes", "fatalities",
	"date_end", "date_precision", "status", "claimed_by", "perpetrator",
	"injuries", "fatalities_stated", "sources_n", "source_docs", "source_urls",
	"grade", "outcome", "damage",
}

// WriteCSV writes incs to w as RFC 4180 CSV (CRLF line ends) with a header
// row. The first columns follow ACLED: event_date is YYYY-MM-DD (--MM-DD
// without year, empty when undated; year is then empty too), time_precision
// is 1 for a day, 2 for a week, 3 for anything vaguer and empty when
// undated, actor1 is the perpetrator or else the
// first claimant, assoc_actor_1 the other claimants, actor2 the target, and
// fatalities is 0 when not stated. The columns after fatalities are
// sitrep's own; fatalities_stated tells a stated 0 from an unknown. Lists
// are joined with "; ". It returns the first write error.
func WriteCSV(w io.Writer, incs []sitrep.Incident) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	for i, inc := range incs {
		row := csvRow(inc)
		for k, c := range row {
			if !dateColumn[k] {
				row[k] = Defuse(c)
			}
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write incident %d (%s): %w", i+1, inc.ID, err)
		}
	}
	cw.Flush()
	return cw.Error()
}

// dateColumn marks the columns of dates sitrep writes itself: a date
// without year ("--12-27") stays in ISO 8601's form.
var dateColumn = func() map[int]bool {
	m := map[int]bool{}
	for i, h := range csvHeader {
		if h == "event_date" || h == "date_end" {
			m[i] = true
		}
	}
	return m
}()

// Defuse keeps a spreadsheet from reading a cell as a formula: text that
// starts with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe, as OWASP advises. Numbers ("-12.5") stay as they are.
func Defuse(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if _, err := strconv.ParseFloat(cell, 64); err == nil {
			return cell
		}
		return "'" + cell
	}
	return cell
}

// csvRow returns the CSV cells of inc, in csvHeader's order.
func csvRow(inc sitrep.Incident) []string {
	eventType, subEventType := sitrep.EventType(inc.Category)
	actor1, assoc := actors(inc)
	year := ""
	if inc.When.Start.HasYear() {
		year = strconv.Itoa(inc.When.Start.Year)
	}
	lat, lon, geo := "", "", ""
	if p := inc.Place; p.HasCoords() && finite(p.Lat) && finite(p.Lon) {
		lat, lon = formatCoord(p.Lat), formatCoord(p.Lon)
	}
	if inc.Place.Precision != 0 {
		geo = strconv.Itoa(inc.Place.Precision)
	}
	fatalities, injuries := "0", ""
	if inc.Fatalities != nil {
		fatalities = strconv.Itoa(*inc.Fatalities)
	}
	if inc.Injuries != nil {
		injuries = strconv.Itoa(*inc.Injuries)
	}
	var outlets, docs, urls []string
	for _, s := range inc.Sources {
		outlets = appendNew(outlets, s.Outlet)
		docs = appendNew(docs, s.Doc)
		urls = appendNew(urls, s.URL)
	}
	return []string{
		inc.ID,
		inc.When.Start.String(),
		year,
		timePrecision(inc.When),
		"Political violence",
		eventType,
		subEventType,
		actor1,
		strings.Join(assoc, "; "),
		"",
		inc.Target,
		CountryName(inc.Place.Country),
		inc.Place.Admin1,
		"",
		inc.Place.Name,
		lat,
		lon,
		geo,
		strings.Join(outlets, "; "),
		Notes(inc),
		fatalities,
		inc.When.End.String(),
		precision(inc.When),
		inc.Status,
		strings.Join(inc.ClaimedBy, "; "),
		inc.Perpetrator,
		injuries,
		strconv.FormatBool(inc.Fatalities != nil),
		strconv.Itoa(len(inc.Sources)),
		strings.Join(docs, "; "),
		strings.Join(urls, "; "),
		inc.Grade,
		inc.Outcome,
		inc.Damage,
	}
}

// actors returns ACLED's actor1 (the perpetrator, else the first claimant)
// and the claimants other than actor1.
func actors(inc sitrep.Incident) (actor1 string, assoc []string) {
	actor1 = inc.Perpetrator
	if actor1 == "" && len(inc.ClaimedBy) > 0 {
		actor1 = inc.ClaimedBy[0]
	}
	for _, c := range inc.ClaimedBy {
		if c != actor1 {
			assoc = appendNew(assoc, c)
		}
	}
	return actor1, assoc
}

// timePrecision maps a date precision to ACLED's time_precision: 1 day,
// 2 week, 3 month or vaguer, empty when undated.
func timePrecision(w sitrep.When) string {
	switch {
	case w.IsZero():
		return ""
	case w.Precision == sitrep.PrecisionDay:
		return "1"
	case w.Precision == sitrep.PrecisionWeek:
		return "2"
	default:
		return "3"
	}
}

// appendNew appends s to list unless it is empty or already there.
func appendNew(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, t := range list {
		if t == s {
			return list
		}
	}
	return append(list, s)
}
