package export

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// Notes returns a one-line summary of inc for ACLED's notes column: what,
// when, where, who claimed or did it, the outcome and the status, e.g.
// `Drone attack on 2023-10-23 at Al-Omar oil field, Deir ez-Zor, Syria;
// claimed by Islamic Resistance in Iraq; 0 killed; status: disputed.`
func Notes(inc sitrep.Incident) string {
	var b strings.Builder
	b.WriteString(categoryPhrase(inc.Category))
	if w := inc.When; !w.IsZero() {
		if w.End.IsZero() || w.End == w.Start {
			fmt.Fprintf(&b, " on %s", dateWords(w.Start))
		} else {
			fmt.Fprintf(&b, " between %s and %s", dateWords(w.Start), dateWords(w.End))
		}
	}
	var where []string
	for _, s := range []string{inc.Place.Name, inc.Place.Admin1, CountryName(inc.Place.Country)} {
		where = appendNew(where, s)
	}
	if len(where) > 0 {
		fmt.Fprintf(&b, " at %s", strings.Join(where, ", "))
	}
	if inc.When.IsZero() {
		b.WriteString("; date not stated")
	}
	if len(inc.ClaimedBy) > 0 {
		fmt.Fprintf(&b, "; claimed by %s", strings.Join(inc.ClaimedBy, ", "))
	}
	if inc.Perpetrator != "" && !contains(inc.ClaimedBy, inc.Perpetrator) {
		fmt.Fprintf(&b, "; attributed to %s", inc.Perpetrator)
	}
	if inc.Target != "" {
		fmt.Fprintf(&b, "; target: %s", inc.Target)
	}
	if inc.Vessel != "" {
		fmt.Fprintf(&b, "; vessel: %s", inc.Vessel)
	}
	var outcome []string
	if inc.Fatalities != nil {
		outcome = append(outcome, fmt.Sprintf("%d killed", *inc.Fatalities))
	}
	if inc.Injuries != nil {
		outcome = append(outcome, fmt.Sprintf("%d injured", *inc.Injuries))
	}
	if len(outcome) == 0 {
		outcome = append(outcome, "casualties not stated")
	}
	fmt.Fprintf(&b, "; %s", strings.Join(outcome, ", "))
	if inc.Status != "" {
		fmt.Fprintf(&b, "; status: %s", inc.Status)
	}
	b.WriteString(".")
	// One line whatever the names hold.
	return strings.Join(strings.Fields(b.String()), " ")
}

// categoryPhrase names the kind of event, capitalised.
func categoryPhrase(category string) string {
	switch category {
	case "", sitrep.CategoryUnknown:
		return "Attack"
	case sitrep.CategoryClash:
		return "Armed clash"
	case sitrep.CategoryAirstrike:
		return "Airstrike"
	case sitrep.CategoryShooting:
		return "Shooting"
	case sitrep.CategorySuicide:
		return "Suicide bombing"
	case sitrep.CategoryIED:
		return "IED attack"
	default:
		r, n := utf8.DecodeRuneInString(category)
		return string(unicode.ToUpper(r)) + category[n:] + " attack"
	}
}

// dateWords writes d as YYYY-MM-DD, or as "27 December (year not stated)".
func dateWords(d sitrep.Date) string {
	if d.HasYear() {
		return d.String()
	}
	return fmt.Sprintf("%d %s (year not stated)", d.Day, d.Month)
}

// contains reports whether s is in list.
func contains(list []string, s string) bool {
	for _, t := range list {
		if t == s {
			return true
		}
	}
	return false
}
