package cluster

import "github.com/sitrep/sitrep"

// vague reports whether r dates the event to more than maxAreaDays days
// ("last week", "earlier this month"), naming no ship it dates closely:
// on a site attacked every few days such a report could tell any of
// several attacks. It may join the reports of one of them, never bring
// two together (union.join). A ship pins a report to its attack.
func vague(r *sitrep.Report) bool {
	w := r.When
	if !w.Start.HasYear() || !w.End.HasYear() || r.Vessel != "" && sitrep.ShipDay(w) {
		return false
	}
	return w.End.Days()-w.Start.Days() > maxAreaDays
}
