package sqlite

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// incidentRecord is the JSON form of an incident in the incidents table.
// sitrep.Incident leaves When and Reports out of its JSON; the store keeps
// them.
type incidentRecord struct {
	sitrep.Incident
	When    sitrep.When     `json:"when"`
	Reports []sitrep.Report `json:"reports"`
}

// reportRow is a report ready to insert.
type reportRow struct {
	seq                 int
	dateStart, dateEnd  any
	country, placeID    string
	json                string
	dayKey, cell, block any // see storesql.RelatedKeys
	vessel              any // see storesql.VesselColumn
}

// tallyRow is a tally ready to insert.
type tallyRow struct {
	seq                    int
	kind                   string
	count                  int
	periodStart, periodEnd any
	json                   string
}

// encoded is an extraction ready to insert: the costly JSON encoding is done
// before the write lock is taken.
type encoded struct {
	mentions  string
	signature []byte
	reports   []reportRow
	tallies   []tallyRow
}

// encodeExtraction encodes x for document id. Reports and tallies are
// stored under id whatever their Doc field says.
func encodeExtraction(id string, x sitrep.Extraction) (encoded, error) {
	var e encoded
	e.mentions = string(appendMentions(make([]byte, 0, 32*len(x.Mentions)+2), x.Mentions))
	e.signature = x.Signature
	e.reports = make([]reportRow, len(x.Reports))
	for i, r := range x.Reports {
		r.Doc = id
		b, err := json.Marshal(r)
		if err != nil {
			return e, fmt.Errorf("encode report %d: %w", r.Seq, err)
		}
		start, end := interval(r.When)
		e.reports[i] = reportRow{
			seq: r.Seq, dateStart: start, dateEnd: end,
			country: r.Place.Country, placeID: r.Place.ID, json: string(b),
		}
		e.reports[i].dayKey, e.reports[i].cell, e.reports[i].block = storesql.RelatedKeys(r)
		e.reports[i].vessel = storesql.VesselColumn(r)
	}
	e.tallies = make([]tallyRow, len(x.Tallies))
	for i, t := range x.Tallies {
		t.Doc = id
		b, err := json.Marshal(t)
		if err != nil {
			return e, fmt.Errorf("encode tally %d: %w", t.Seq, err)
		}
		e.tallies[i] = tallyRow{
			seq: t.Seq, kind: t.Kind, count: t.Count,
			periodStart: nullDate(t.PeriodStart), periodEnd: nullDate(t.PeriodEnd), json: string(b),
		}
	}
	return e, nil
}

// nullDate returns d as YYYY-MM-DD or --MM-DD, or nil (NULL) when zero.
func nullDate(d sitrep.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

func interval(w sitrep.When) (start, end any) { return storesql.Interval(w) }

func dateSort(w sitrep.When) string { return storesql.DateSort(w) }

// fold returns s lower-cased for case-insensitive substring matching.
func fold(s string) string { return strings.ToLower(s) }
