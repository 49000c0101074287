// Package storesql holds what the SQL stores (packages sqlite and
// postgres) share: how an incident's dates are stored, sorted and
// selected, so that both list the same incidents in the same order; the
// keys and lookups that find a report's related reports; and how a report
// is read without its assertions.
package storesql

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep"
)

// Interval returns the start and end of w as stored: YYYY-MM-DD, or --MM-DD
// without year; nil, nil when undated. A missing end is the start; an end
// without year takes the start's year (the next one when it would come
// before the start); with a start without year the end has none either.
func Interval(w sitrep.When) (start, end any) {
	s, e := w.Start, w.End
	if s.IsZero() {
		return nil, nil
	}
	switch {
	case e.IsZero():
		e = s
	case !s.HasYear():
		e.Year = 0
	case !e.HasYear():
		e.Year = s.Year
		if e.Before(s) {
			e.Year++
		}
	}
	return s.String(), e.String()
}

// DateSort returns the ordering key of an incident: dated incidents by
// start date first, then those without year by month and day, then the
// undated. '~' sorts after every digit (byte order).
func DateSort(w sitrep.When) string {
	switch s := w.Start; {
	case s.IsZero():
		return "~~"
	case !s.HasYear():
		return "~" + s.String()[2:]
	default:
		return s.String()
	}
}

// Dialect is how a store's SQL says what DateCond needs.
type Dialect struct {
	Last5       func(col string) string // the last five characters of col
	True, False string
}

// DateCond returns the condition on the columns date_start and date_end
// that selects the incidents whose interval overlaps [since, until]: a
// date without year is read in the year of the bound, or in any year from
// since to until when both are set; a bound without year compares month
// and day only; undated incidents are left out. The bounds are formatted
// dates, digits and '-' only, and are inlined.
func DateCond(since, until sitrep.Date, d Dialect) string {
	monthDay := func(col, op string, t sitrep.Date) string {
		s := t.String()
		return fmt.Sprintf(`%s %s '%s'`, d.Last5(col), op, s[len(s)-5:])
	}
	full := func(col, op string, t sitrep.Date) string {
		if !t.HasYear() {
			return monthDay(col, op, t)
		}
		return fmt.Sprintf(`%s %s '%s'`, col, op, t)
	}
	var dated, yearless []string
	if !since.IsZero() {
		dated = append(dated, full("date_end", ">=", since))
		yearless = append(yearless, monthDay("date_end", ">=", since))
	}
	if !until.IsZero() {
		dated = append(dated, full("date_start", "<=", until))
		yearless = append(yearless, monthDay("date_start", "<=", until))
	}
	if since.HasYear() && until.HasYear() {
		// A date without year may fall in any year from since to until.
		switch n := until.Year - since.Year; {
		case n < 0:
			yearless = []string{d.False}
		case n == 1:
			yearless = []string{"(" + yearless[0] + " OR " + yearless[1] + ")"}
		case n > 1:
			yearless = []string{d.True}
		}
	}
	return `date_start IS NOT NULL AND (` +
		`(date_start NOT LIKE '--%' AND ` + strings.Join(dated, ` AND `) + `) OR ` +
		`(date_start LIKE '--%' AND ` + strings.Join(yearless, ` AND `) + `))`
}

// CheckIDs reports an EINVALID error when an incident of incs has an empty
// id or one that another holds: what both stores check before writing.
func CheckIDs(incs []sitrep.Incident) error {
	seen := make(map[string]bool, len(incs))
	for _, inc := range incs {
		if inc.ID == "" {
			return sitrep.Errorf(sitrep.EINVALID, "incident with empty id")
		}
		if seen[inc.ID] {
			return sitrep.Errorf(sitrep.EINVALID, "incident %q twice", inc.ID)
		}
		seen[inc.ID] = true
	}
	return nil
}

// PrepareDocument readies doc to be stored by either store: an empty id is
// EINVALID, and an empty Hash is computed from the text (SHA-256, hex).
func PrepareDocument(doc *sitrep.Document) error {
	if doc.ID == "" {
		return sitrep.Errorf(sitrep.EINVALID, "put document: empty id")
	}
	if doc.Hash == "" {
		sum := sha256.Sum256([]byte(doc.Text))
		doc.Hash = hex.EncodeToString(sum[:])
	}
	return nil
}
