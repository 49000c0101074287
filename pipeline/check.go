package pipeline

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
)

// diffIncidents returns a line for each incident that have lacks, has in
// excess, or holds differently from want: other reports, another date,
// or other fields.
func diffIncidents(have, want []sitrep.Incident) []string {
	index := func(incs []sitrep.Incident) map[string]string {
		m := make(map[string]string, len(incs))
		for _, inc := range incs {
			keys := make([]string, len(inc.Reports))
			for i, r := range inc.Reports {
				keys[i] = r.Key()
			}
			sort.Strings(keys)
			b, _ := json.Marshal(inc)
			m[inc.ID] = fmt.Sprintf("%s %s %s", inc.When.Start, strings.Join(keys, ","), b)
		}
		return m
	}
	h, w := index(have), index(want)
	var out []string
	for id, v := range w {
		switch hv, ok := h[id]; {
		case !ok:
			out = append(out, "missing "+id)
		case hv != v:
			out = append(out, "differs "+id)
		}
	}
	for id := range h {
		if _, ok := w[id]; !ok {
			out = append(out, "extra "+id)
		}
	}
	sort.Strings(out)
	return out
}
