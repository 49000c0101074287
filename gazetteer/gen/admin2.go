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

// bareCounties are the countries whose second-level divisions text names
// without a designator: the counties of Great Britain and Ireland
// ("Hampshire", "Fife", "Cavan"). Those named like one of the country's
// towns are left to the town.
var bareCounties = map[string]bool{"GB": true, "IE": true}

// irishCounties are the English names of the counties GeoNames names in
// Irish.
var irishCounties = map[string]string{"An Cabhán": "Cavan", "An Longfort": "Longford", "Uíbh Fhailí": "Offaly"}

// bareCounty returns a county's name without the words GeoNames adds
// ("County of Ceredigion", "Borough of Halton", "Mayo County").
func bareCounty(name string) string {
	for _, p := range []string{"Metropolitan Borough of ", "Royal Borough of ", "City and Borough of ", "County of ", "Borough of ",
		"District of ", "City of ", "County "} {
		name = strings.TrimPrefix(name, p)
	}
	return strings.TrimSuffix(name, " County")
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
	// The towns' names of the countries whose counties go bare.
	towns := map[string]bool{}
	for cc := range bareCounties {
		if c := l.countries[cc]; c != nil {
			for _, row := range c.places {
				for _, s := range []string{row.name, row.ascii} {
					if k, err := gazetteer.Key(s); err == nil {
						towns[cc+" "+k] = true
					}
				}
			}
		}
	}
	var lines []string
	for _, code := range sortedKeys(names) {
		name := names[code]
		cc, _, _ := strings.Cut(code, ".")
		f := strings.Fields(strings.ToLower(name))
		sub, ok := "", false
		if len(f) >= 2 {
			sub, ok = admin2Designators[f[len(f)-1]]
		}
		var aliases []string
		if bareCounties[cc] {
			bare := bareCounty(name)
			if en := irishCounties[bare]; en != "" {
				bare = en
			}
			k, err := gazetteer.Key(bare)
			switch {
			case err != nil || towns[cc+" "+k] || strings.Contains(bare, " and "):
				// a town's name, or two places'
			case ok:
				if bare != name {
					aliases = append(aliases, bare)
				}
			default:
				if bare != name {
					aliases = append(aliases, name)
				}
				name, sub, ok = bare, "county", true
			}
		}
		if !ok {
			continue
		}
		a := areas[code]
		if a == nil {
			l.r.noPlaces++
			continue
		}
		n, _ := pickNames(name, aliases, l.taken)
		if n.name == "" {
			continue
		}
		b := a.box()
		lines = append(lines, line("adm2-"+strings.ToLower(code), gazetteer.KindRegion, sub, n.name, n.aliases, cc, adm.name(a.places[0]),
			(b[0]+b[2])/2, (b[1]+b[3])/2, a.population, b, sourceAdmin2))
		l.r.kinds["admin2"]++
	}
	return lines
}
