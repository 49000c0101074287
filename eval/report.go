package eval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText writes r as a report for a developer: the counts and scores,
// the per-field table, then what was missed, what was extra, the false
// merges and every wrong field with the gold and predicted values. Write
// errors are ignored, as for fmt.Fprint to a terminal.
func (r Result) WriteText(w io.Writer) {
	fmt.Fprintf(w, "gold          %d (%d required, %d optional)\n", r.Gold, r.GoldRequired, r.GoldOptional)
	fmt.Fprintf(w, "predicted     %d\n", r.Pred)
	fmt.Fprintf(w, "matched       %d (%d required gold, %d optional)\n", r.Matched, r.MatchedRequired, r.MatchedOptional)
	fmt.Fprintf(w, "precision     %.3f (%d/%d)\n", r.Precision, r.Matched, r.Pred)
	fmt.Fprintf(w, "recall        %.3f (%d/%d)\n", r.Recall, r.MatchedRequired, r.GoldRequired)
	fmt.Fprintf(w, "F1            %.3f\n", r.F1)
	fmt.Fprintf(w, "false merges  %d\n\n", len(r.FalseMerges))

	fmt.Fprintf(w, "%-12s %6s %6s %9s\n", "field", "right", "total", "accuracy")
	for _, f := range r.Fields {
		acc := "-"
		if f.Total > 0 {
			acc = fmt.Sprintf("%.3f", f.Accuracy)
		}
		fmt.Fprintf(w, "%-12s %6d %6d %9s\n", f.Field, f.Right, f.Total, acc)
	}

	var matches []string
	for _, m := range r.Matches {
		matches = append(matches, m.Gold+"="+m.Pred)
	}
	list(w, "matches (gold=pred)", matches)
	list(w, "missed gold (required)", r.MissedRequired)
	list(w, "missed gold (optional)", r.MissedOptional)
	list(w, "unmatched predictions", r.UnmatchedPred)
	if len(r.FalseMerges) > 0 {
		fmt.Fprintln(w, "\nfalse merges:")
		for _, m := range r.FalseMerges {
			if m.Gold != "" {
				fmt.Fprintf(w, "  %s (matched %s) also takes in %s from %s\n", m.Pred, m.Gold, strings.Join(m.Others, ", "), strings.Join(m.Docs, ", "))
			} else {
				fmt.Fprintf(w, "  %s (unmatched) fits %s in %s\n", m.Pred, strings.Join(m.Others, ", "), strings.Join(m.Docs, ", "))
			}
		}
	}
	if len(r.Errors) > 0 {
		fmt.Fprintln(w, "\nwrong fields:")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  field\tgold\tpred\tgold value\tpred value")
		for _, e := range r.Errors {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", e.Field, e.Gold, e.Pred, e.GoldValue, e.PredValue)
		}
		tw.Flush()
	}
}

// list writes a titled comma-separated list, nothing when it is empty.
func list(w io.Writer, title string, ids []string) {
	if len(ids) > 0 {
		fmt.Fprintf(w, "\n%s: %s\n", title, strings.Join(ids, ", "))
	}
}
