// Package review applies analysts' changes to fused incidents: merges,
// splits, field values and rejections, in the order they were made. The
// changes are kept in an audit log and applied again after every fusion,
// so that re-extraction and re-clustering respect them. Incidents are
// found by their reports' keys, which outlive incident ids.
package review

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
)

// Fields that "set" may change.
var Fields = []string{
	sitrep.FieldDate, sitrep.FieldPlace, sitrep.FieldCategory, sitrep.FieldClaimedBy,
	sitrep.FieldPerpetrator, sitrep.FieldTarget, sitrep.FieldFatalities, sitrep.FieldInjuries,
	sitrep.FieldOutcome, sitrep.FieldDamage, sitrep.FieldStatus, "grade",
}

// Check reports whether value is a valid value of field for "set": a date
// YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, a count (or "" for unknown), a
// place as the JSON of a sitrep.Place, a comma-separated list of claimants.
func Check(field, value string) error {
	_, err := setter(field, value)
	return err
}

// setter returns the function that sets field to value on an incident.
func setter(field, value string) (func(*sitrep.Incident), error) {
	switch field {
	case sitrep.FieldDate:
		a, b, _ := strings.Cut(value, "..")
		start, err := sitrep.ParseDate(a)
		if err != nil || !start.HasYear() {
			return nil, fmt.Errorf("date %q: want YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD", value)
		}
		end := start
		if b != "" {
			if end, err = sitrep.ParseDate(b); err != nil || !end.HasYear() || end.Before(start) {
				return nil, fmt.Errorf("date %q: the end must be a YYYY-MM-DD not before the start", value)
			}
		}
		prec := sitrep.PrecisionDay
		switch n := end.Days() - start.Days(); {
		case n == 0:
		case n <= 7:
			prec = sitrep.PrecisionWeek
		case n <= 31:
			prec = sitrep.PrecisionMonth
		default:
			prec = sitrep.PrecisionYear
		}
		return func(inc *sitrep.Incident) { inc.When = sitrep.When{Start: start, End: end, Precision: prec} }, nil
	case sitrep.FieldPlace:
		var p sitrep.Place
		if err := json.Unmarshal([]byte(value), &p); err != nil || p.Name == "" {
			return nil, fmt.Errorf("place: want a place (JSON of a named sitrep.Place), got %q", value)
		}
		return func(inc *sitrep.Incident) { inc.Place = p }, nil
	case sitrep.FieldFatalities, sitrep.FieldInjuries:
		var n *int
		if value != "" {
			v, err := strconv.Atoi(value)
			if err != nil || v < 0 {
				return nil, fmt.Errorf("%s %q: want a count, or nothing for unknown", field, value)
			}
			n = &v
		}
		if field == sitrep.FieldFatalities {
			return func(inc *sitrep.Incident) { inc.Fatalities = n }, nil
		}
		return func(inc *sitrep.Incident) { inc.Injuries = n }, nil
	case sitrep.FieldClaimedBy:
		list := []string{}
		for _, c := range strings.Split(value, ",") {
			if c = strings.TrimSpace(c); c != "" {
				list = append(list, c)
			}
		}
		return func(inc *sitrep.Incident) { inc.ClaimedBy = list }, nil
	case sitrep.FieldCategory, sitrep.FieldPerpetrator, sitrep.FieldTarget, sitrep.FieldOutcome,
		sitrep.FieldDamage, sitrep.FieldStatus, "grade":
		ptr := map[string]func(*sitrep.Incident) *string{
			sitrep.FieldCategory:    func(i *sitrep.Incident) *string { return &i.Category },
			sitrep.FieldPerpetrator: func(i *sitrep.Incident) *string { return &i.Perpetrator },
			sitrep.FieldTarget:      func(i *sitrep.Incident) *string { return &i.Target },
			sitrep.FieldOutcome:     func(i *sitrep.Incident) *string { return &i.Outcome },
			sitrep.FieldDamage:      func(i *sitrep.Incident) *string { return &i.Damage },
			sitrep.FieldStatus:      func(i *sitrep.Incident) *string { return &i.Status },
			"grade":                 func(i *sitrep.Incident) *string { return &i.Grade },
		}[field]
		if (field == sitrep.FieldCategory || field == sitrep.FieldStatus || field == "grade") && value == "" {
			return nil, fmt.Errorf("%s: want a value", field)
		}
		return func(inc *sitrep.Incident) { *ptr(inc) = value }, nil
	}
	return nil, fmt.Errorf("unknown field %q: want one of %s", field, strings.Join(Fields, ", "))
}

// Keys returns the report keys of an incident, the anchors a review keeps.
func Keys(inc sitrep.Incident) []string {
	ks := make([]string, len(inc.Reports))
	for i, r := range inc.Reports {
		ks[i] = r.Key()
	}
	return ks
}

// Apply applies reviews, in order, to incs (fused from docs) and returns
// the incidents, the reviews with Applied set, and the ids that merges
// retired, each to the id it now redirects to. A review whose incident is
// no longer found (its reports are gone) is kept but not applied.
func Apply(incs []sitrep.Incident, reviews []sitrep.Review, docs map[string]sitrep.Document) ([]sitrep.Incident, []sitrep.Review, map[string]string) {
	incs = slices.Clone(incs)
	out := slices.Clone(reviews)
	redirects := map[string]string{}
	where := func(keys []string) int {
		for _, k := range keys {
			for i, inc := range incs {
				for _, r := range inc.Reports {
					if r.Key() == k {
						return i
					}
				}
			}
		}
		return -1
	}
	for n := range out {
		rv := &out[n]
		rv.Applied = false
		i := where(rv.Anchors)
		if i < 0 {
			continue
		}
		switch rv.Action {
		case sitrep.ReviewMerge:
			j := where(rv.OtherAnchors)
			if j < 0 {
				continue
			}
			if j != i {
				merged := rebuild(append(slices.Clone(incs[i].Reports), incs[j].Reports...), docs, incs[i], incs[j])
				merged.ID = incs[i].ID
				redirects[incs[j].ID] = merged.ID
				incs[i] = merged
				incs = slices.Delete(incs, j, j+1)
				if j < i {
					i--
				}
			}
			if rv.Other != "" && rv.Other != incs[i].ID {
				redirects[rv.Other] = incs[i].ID
			}
		case sitrep.ReviewSplit:
			var stay, leave []sitrep.Report
			for _, r := range incs[i].Reports {
				if r.Doc == rv.Doc {
					leave = append(leave, r)
				} else {
					stay = append(stay, r)
				}
			}
			if len(leave) == 0 || len(stay) == 0 {
				rv.Applied = len(leave) > 0 // already apart
				continue
			}
			id := incs[i].ID
			kept := rebuild(stay, docs, incs[i])
			kept.ID = id
			incs[i] = kept
			gone := rebuild(leave, docs)
			if gone.ID == id { // the leaving reports gave the incident its id
				gone.ID = cluster.SplitID(gone.Reports[0])
			}
			incs = append(incs, gone)
		case sitrep.ReviewSet:
			set, err := setter(rv.Field, rv.Value)
			if err != nil {
				continue
			}
			set(&incs[i])
		case sitrep.ReviewReject:
			incs[i].Rejected = true
		default:
			continue
		}
		rv.Applied = true
		incs[i].Reviews = append(incs[i].Reviews, *rv)
	}
	cluster.SortIncidents(incs)
	return incs, out, redirects
}

// rebuild resolves reports into one incident, keeping the reviews of the
// incidents they came from: their rejections, and the values analysts set,
// set again.
func rebuild(rs []sitrep.Report, docs map[string]sitrep.Document, from ...sitrep.Incident) sitrep.Incident {
	inc := cluster.Resolve(rs, docs)
	for _, f := range from {
		inc.Reviews = append(inc.Reviews, f.Reviews...)
		inc.Rejected = inc.Rejected || f.Rejected
	}
	slices.SortStableFunc(inc.Reviews, func(a, b sitrep.Review) int { return a.Seq - b.Seq })
	for _, rv := range inc.Reviews {
		if rv.Action == sitrep.ReviewSet {
			if set, err := setter(rv.Field, rv.Value); err == nil {
				set(&inc)
			}
		}
	}
	return inc
}
