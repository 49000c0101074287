package main

import (
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
)

const sourceAdmin2 = "GeoNames admin2 names and cities500 places (CC BY 4.0)"

// admin2Designators are the last words of the second-level division names
// kept: "Orange County", "Manbij District", "Plaquemines Parish". A name
// with one of them is a phrase that text uses for the division and that no
// town bears; bare names ("Zabid") would only repeat their towns'.
var admin2Designators = map[string]string{
	"county": "county", "district": "district", "parish": "parish", "borough": "borough",
	"municipality": "municipality",
}

// admin2Lines returns the rows of the second-level divisions named with a
// designator, placed at the centre of the box of their cities500 places:
// regions inside their first-level division (geo_precision 2). Divisions
// without places are left out; nothing places them.
func (l *layers) admin2Lines(names map[string]string, adm *admin1Mapper) []string {
	areas := map[string]*area{}
	for _, c := range l.countries {
		for _, row := range c.places {
			if row.admin2 == "" {
				continue
			}
			code := row.country + "." + row.admin1 + "." + row.admin2
			a := areas[code]
			if a == nil {
				a = &area{}
				areas[code] = a
			}
			a.add(row)
		}
	}
	var lines []string
	for _, code := range sortedKeys(names) {
		name := names[code]
		f := strings.Fields(strings.ToLower(name))
		if len(f) < 2 {
			continue
		}
		sub, ok := admin2Designators[f[len(f)-1]]
		if !ok {
			continue
		}
		a := areas[code]
		if a == nil {
			l.r.noPlaces++
			continue
		}
		n, _ := pickNames(name, nil, l.taken)
		if n.name == "" {
			continue
		}
		cc, _, _ := strings.Cut(code, ".")
		b := a.box()
		lines = append(lines, line("adm2-"+strings.ToLower(code), gazetteer.KindRegion, sub, n.name, nil, cc, adm.name(a.places[0]),
			(b[0]+b[2])/2, (b[1]+b[3])/2, a.population, b, sourceAdmin2))
		l.r.kinds["admin2"]++
	}
	return lines
}
