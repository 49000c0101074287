package extract

import (
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
)

// pastHours dates "in the past hours", "over the past 24 hours", "in the
// last two days": the day before publication to publication, what a
// statement of the hour tells.
func (d *dater) pastHours(lo int, e *dateExpr) {
	if e.Type != "DURATION" || !d.pub.HasYear() || !e.When.IsZero() {
		return
	}
	days := 0
	switch {
	case strings.HasPrefix(e.Value, "PT") && strings.HasSuffix(e.Value, "H"):
		n, err := strconv.Atoi(e.Value[2 : len(e.Value)-1])
		if err != nil && e.Value != "PTXH" || n > 48 {
			return
		}
		days = 1
		if n > 24 {
			days = 2
		}
	case e.Value == "P1D" || e.Value == "P2D":
		days = int(e.Value[1] - '0')
	default:
		return
	}
	k := e.First
	for k < e.Last && (d.toks[k].Norm == "the" || d.toks[k].Norm == "few") {
		k++
	}
	past := k < e.Last && (d.toks[k].Norm == "past" || d.toks[k].Norm == "last")
	if !past && e.First-1 >= lo && (d.toks[e.First-1].Norm == "past" || d.toks[e.First-1].Norm == "last") {
		past = true
	}
	if !past {
		return
	}
	e.When = sitrep.When{Start: d.pub.AddDays(-days), End: d.pub, Precision: sitrep.PrecisionDay}
}

// hoursAhead reports "hours" at i, or a count of hours or of two days,
// after "in the past", "over the last": "the past hours", "the last 24
// hours", "the past two days".
func (d *dater) hoursAhead(i, hi int) bool {
	k := i
	switch d.norm(i, hi) {
	case "hours":
	case "few", "24", "48", "two", "2", "twelve", "12":
		k = i + 1
		if d.norm(k, hi) != "hours" && !(d.norm(k, hi) == "days" && (d.norm(i, hi) == "two" || d.norm(i, hi) == "2")) {
			return false
		}
	default:
		return false
	}
	j := i - 1
	if j >= 0 && (d.toks[j].Norm == "past" || d.toks[j].Norm == "last") {
		j--
	} else {
		return false
	}
	if j >= 0 && d.toks[j].Norm == "the" {
		j--
	}
	return j >= 0 && (d.toks[j].Norm == "in" || d.toks[j].Norm == "over" || d.toks[j].Norm == "during" || d.toks[j].Norm == "within")
}
