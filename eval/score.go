// Package eval scores predicted incidents against gold incidents coded by
// an analyst, by the rule of shared/corpus/seeds/README.md: candidate pairs
// share a document, a country, a place and compatible dates; matching is
// one-to-one, best pairs first; precision counts any matched prediction,
// recall only required gold; false merges and per-field accuracy say what
// to fix.
package eval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
)

// Fields scored on matched pairs, in report order.
const (
	FieldDate       = "date"
	FieldPlace      = "place"
	FieldCategory   = "category"
	FieldClaimant   = "claimant"
	FieldFatalities = "fatalities"
	FieldInjuries   = "injuries"
	FieldStatus     = "status"
)

var fieldOrder = []string{FieldDate, FieldPlace, FieldCategory, FieldClaimant, FieldFatalities, FieldInjuries, FieldStatus}

// Result is the outcome of Score. Lists are never nil, so that the JSON
// holds [] rather than null.
type Result struct {
	Gold            int          `json:"gold"`
	GoldRequired    int          `json:"gold_required"`
	GoldOptional    int          `json:"gold_optional"`
	Pred            int          `json:"pred"`
	Matched         int          `json:"matched"`          // predictions matched to any gold
	MatchedRequired int          `json:"matched_required"` // required gold matched
	MatchedOptional int          `json:"matched_optional"`
	Precision       float64      `json:"precision"` // Matched / Pred, 0 without predictions
	Recall          float64      `json:"recall"`    // MatchedRequired / GoldRequired, 0 without required gold
	F1              float64      `json:"f1"`
	Matches         []Match      `json:"matches"` // in gold order
	MissedRequired  []string     `json:"missed_required"`
	MissedOptional  []string     `json:"missed_optional"`
	UnmatchedPred   []string     `json:"unmatched_pred"` // the false positives
	FalseMerges     []FalseMerge `json:"false_merges"`
	Fields          []FieldScore `json:"fields"` // in the order of the Field constants
	Errors          []FieldError `json:"errors"` // wrong fields, by pair then field
}

// Match is a gold incident and the prediction matched to it.
type Match struct {
	Gold     string `json:"gold"`
	Pred     string `json:"pred"`
	Optional bool   `json:"optional,omitempty"`
}

// FieldScore is the accuracy of one field over the matched pairs that
// score it. Accuracy is 0 when Total is 0.
type FieldScore struct {
	Field    string  `json:"field"`
	Right    int     `json:"right"`
	Total    int     `json:"total"`
	Accuracy float64 `json:"accuracy"`
}

// FieldError is one field a matched prediction got wrong, with both values
// as text ("null" for none).
type FieldError struct {
	Field     string `json:"field"`
	Gold      string `json:"gold"` // gold id
	Pred      string `json:"pred"` // prediction id
	GoldValue string `json:"gold_value"`
	PredValue string `json:"pred_value"`
}

// Score matches pred against gold and scores the result. Predictions are
// named by ID, or "#N" (1-based position) when the ID is empty; ids should
// be unique for the report to be read unambiguously.
func Score(gold []Gold, pred []sitrep.Incident) Result {
	golds := make([]goldCase, len(gold))
	for i, g := range gold {
		golds[i] = newGoldCase(g)
	}
	preds := make([]predCase, len(pred))
	for j, inc := range pred {
		id := inc.ID
		if id == "" {
			id = "#" + strconv.Itoa(j+1)
		}
		preds[j] = newPredCase(inc, id)
	}
	goldOf := match(golds, preds)
	predOf := make([]int, len(golds))
	for i := range predOf {
		predOf[i] = -1
	}
	for j, gi := range goldOf {
		if gi >= 0 {
			predOf[gi] = j
		}
	}

	r := Result{
		Gold: len(gold), Pred: len(pred),
		Matches: []Match{}, MissedRequired: []string{}, MissedOptional: []string{},
		UnmatchedPred: []string{}, FalseMerges: []FalseMerge{}, Errors: []FieldError{},
	}
	scores := map[string]*FieldScore{}
	for _, f := range fieldOrder {
		scores[f] = &FieldScore{Field: f}
	}
	for i, g := range golds {
		if g.Optional {
			r.GoldOptional++
		} else {
			r.GoldRequired++
		}
		j := predOf[i]
		switch {
		case j < 0 && g.Optional:
			r.MissedOptional = append(r.MissedOptional, g.ID)
		case j < 0:
			r.MissedRequired = append(r.MissedRequired, g.ID)
		default:
			r.Matches = append(r.Matches, Match{Gold: g.ID, Pred: preds[j].id, Optional: g.Optional})
			if g.Optional {
				r.MatchedOptional++
			} else {
				r.MatchedRequired++
			}
			for _, c := range checkFields(g, preds[j]) {
				s := scores[c.field]
				s.Total++
				if c.right {
					s.Right++
					continue
				}
				r.Errors = append(r.Errors, FieldError{Field: c.field, Gold: g.ID, Pred: preds[j].id, GoldValue: c.want, PredValue: c.got})
			}
		}
	}
	for j, p := range preds {
		if goldOf[j] < 0 {
			r.UnmatchedPred = append(r.UnmatchedPred, p.id)
		}
		if fm, ok := falseMerge(golds, p, goldOf[j]); ok {
			r.FalseMerges = append(r.FalseMerges, fm)
		}
	}
	r.Matched = len(r.Matches)
	r.Precision = ratio(r.Matched, r.Pred)
	r.Recall = ratio(r.MatchedRequired, r.GoldRequired)
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	for _, f := range fieldOrder {
		s := scores[f]
		s.Accuracy = ratio(s.Right, s.Total)
		r.Fields = append(r.Fields, *s)
	}
	return r
}

// ratio returns n/d, 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// check is the verdict on one field of a matched pair.
type check struct {
	field     string
	right     bool
	want, got string
}

// checkFields scores the fields of a matched pair. Fatalities and injuries
// are scored only where gold states them.
func checkFields(g goldCase, p predCase) []check {
	inc := p.inc
	checks := []check{
		{FieldDate, sameStart(g.when, p.when), whenText(g.when), whenText(p.when)},
		placeCheck(g, p),
		{FieldCategory, g.Category == inc.Category, g.Category, inc.Category},
		{FieldClaimant, claimantRight(g.ClaimedBy, inc.ClaimedBy), orNull(g.ClaimedBy), orNull(strings.Join(inc.ClaimedBy, "; "))},
	}
	if g.Fatalities != nil {
		checks = append(checks, countCheck(FieldFatalities, g.Fatalities, inc.Fatalities))
	}
	if g.Injuries != nil {
		checks = append(checks, countCheck(FieldInjuries, g.Injuries, inc.Injuries))
	}
	return append(checks, check{FieldStatus, g.Status == inc.Status, g.Status, inc.Status})
}

// placeCheck: right within RightKm; wrong when gold has coordinates and the
// prediction none; by name when gold has no coordinates. A province coded
// as a province (geo_precision 3 both sides) is right by name too: where a
// gazetteer puts a province's point is a convention, not a finding.
func placeCheck(g goldCase, p predCase) check {
	c := check{field: FieldPlace, want: g.Place, got: p.inc.Place.Name}
	km := distance(g, p)
	switch {
	case g.HasCoords():
		c.want += fmt.Sprintf(" (%.3f, %.3f)", *g.Lat, *g.Lon)
		c.right = km <= RightKm || g.GeoPrecision == sitrep.GeoProvince && p.inc.Place.Precision == sitrep.GeoProvince &&
			p.key != "" && isOneOf(p.key, g.keys)
		if p.inc.Place.HasCoords() {
			c.got += fmt.Sprintf(" (%.3f, %.3f), %.1f km off", p.inc.Place.Lat, p.inc.Place.Lon, km)
		} else {
			c.got += " (no coordinates)"
		}
	default:
		c.right = p.key != "" && isOneOf(p.key, g.keys)
	}
	return c
}

// claimantRight: both empty is right; otherwise the folded gold claimant
// contains, or is contained in, one of the folded predicted claimants, or
// both name the same group before their parenthesised other names
// ("Houthis (Yemeni Armed Forces)", "Houthis (Ansar Allah, Yemeni Armed
// Forces)").
func claimantRight(gold string, pred []string) bool {
	g, gh := foldText(gold), foldText(head(gold))
	var ps, hs []string
	for _, c := range pred {
		if f := foldText(c); f != "" {
			ps, hs = append(ps, f), append(hs, foldText(head(c)))
		}
	}
	if g == "" || len(ps) == 0 {
		return g == "" && len(ps) == 0
	}
	for i, p := range ps {
		if strings.Contains(g, p) || strings.Contains(p, g) || gh != "" && gh == hs[i] {
			return true
		}
	}
	// "al-Quds Brigades (Islamic Jihad)" and "Palestinian Islamic Jihad
	// (Al-Quds Brigades)": one group under its names in either order.
	for _, gn := range names(gold) {
		for _, c := range pred {
			for _, pn := range names(c) {
				if gn != "" && gn == pn {
					return true
				}
			}
		}
	}
	return false
}

// names returns the folded names of a claimant: the name and each other
// name in the parentheses after it ("Houthis (Ansar Allah, Yemeni Armed
// Forces)").
func names(name string) []string {
	out := []string{foldText(head(name))}
	if i := strings.Index(name, "("); i > 0 {
		inner := strings.TrimSuffix(strings.TrimSpace(name[i+1:]), ")")
		for _, n := range strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ';' }) {
			out = append(out, foldText(n))
		}
	}
	return out
}

// head returns a name without the other names in parentheses after it.
func head(name string) string {
	if i := strings.Index(name, "("); i > 0 {
		return name[:i]
	}
	return name
}

// countCheck: right when the prediction states the gold count.
func countCheck(field string, gold, pred *int) check {
	return check{field, pred != nil && *pred == *gold, countText(gold), countText(pred)}
}

// countText writes a count, "null" when not stated.
func countText(n *int) string {
	if n == nil {
		return "null"
	}
	return strconv.Itoa(*n)
}

// whenText writes a day, or an interval start/end, "null" when undated.
func whenText(w sitrep.When) string {
	switch {
	case w.IsZero():
		return "null"
	case w.End.IsZero() || w.End == w.Start:
		return w.Start.String()
	default:
		return w.Start.String() + "/" + w.End.String()
	}
}

// orNull returns s, "null" when empty.
func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}
