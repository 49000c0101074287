package main

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
)

// namesakesHeader is the header row of data/namesakes.tsv.gz.
const namesakesHeader = "key\tid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tsubkind\n"

// namesakeLines returns the rows of data/namesakes.tsv.gz: the cities500
// places that the generated layer leaves out (outside scopeCountries, fewer
// than minPopulation people), one row per distinct key of their name and
// ASCII name, sorted by key, then more populous first, then by id. The key
// column is empty when the key is the name in lower case; the id is the
// GeoNames id, without the "gn-" of the gazetteer's ids. The
// gazetteer does not match these names by themselves; it offers them as
// other candidates of a name it matched ("London, Ky.", "Edmonton, just
// outside Cairns") and for a name qualified by its division.
func namesakeLines(rows []geoRow, adm *admin1Mapper, cur *curated) []string {
	type row struct {
		key  string
		pop  int
		id   int
		gid  string
		line string
	}
	var out []row
	for _, r := range rows {
		if scopeCountries[r.country] || r.population >= minPopulation {
			continue
		}
		seen := map[string]bool{}
		for _, n := range []string{r.ascii, r.name} {
			k, err := gazetteer.Key(cleanApostrophes(n))
			if err != nil || k == "" || seen[k] {
				continue
			}
			seen[k] = true
			if cur.duplicate(r, []string{k}) != nil {
				break
			}
			name := r.ascii
			if name == "" {
				name = r.name
			}
			key := k // left empty when it is the name in lower case, as most are
			if k == strings.ToLower(name) {
				key = ""
			}
			out = append(out, row{k, r.population, r.id, r.gid, strings.Join([]string{
				key, strings.TrimPrefix(rowID(r), "gn-"), name, r.country, adm.names[r.country+"."+r.admin1],
				coord(r.lat), coord(r.lon), strconv.Itoa(r.population), subkind(r),
			}, "\t")})
		}
	}
	slices.SortFunc(out, func(a, b row) int {
		return cmp.Or(strings.Compare(a.key, b.key), cmp.Compare(b.pop, a.pop), cmp.Compare(a.id, b.id), strings.Compare(a.gid, b.gid))
	})
	lines := make([]string, len(out))
	for i, r := range out {
		lines[i] = r.line
	}
	return lines
}
