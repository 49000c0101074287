package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// placeNouns follow a name to make it a place the gazetteer may not know:
// "Kalsu base", "Al-Sawana village". The value says whether it is a site.
var placeNouns = map[string]bool{
	"base": true, "camp": true, "airbase": true, "airport": true, "airfield": true, "field": true,
	"oilfield": true, "checkpoint": true, "outpost": true, "garrison": true, "dam": true,
	"village": false, "town": false, "district": false, "neighbourhood": false, "neighborhood": false,
	"suburb": false, "subdistrict": false, "outskirts": false, "locality": false, "hamlet": false,
}

// areaNouns name areas that hold places rather than places an attack hits:
// "the Shaqlawa district", "Chamchamal district".
var areaNouns = map[string]bool{"district": true, "subdistrict": true, "neighbourhood": true,
	"neighborhood": true, "suburb": true, "caza": true, "kaza": true, "qada": true, "qadaa": true, "nahiya": true,
	"nahia": true}

// unknownPlaces finds place names the gazetteer lacks but the text marks as
// places: "the Kalsu base", "the village of Al-Sawana", "Dhiban town". Each
// is kept as a name; it takes the place of the province or country named
// in the same sentence, with that precision, or none at all.
func (d *docState) unknownPlaces(known []placeRef, actors []actorMatch, matches []gazetteer.Match) []placeRef {
	toks := d.toks
	taken := newCover(len(toks), known, actors).holds
	var out []placeRef
	for i := 1; i < len(toks); i++ {
		if !is(&toks[i], cPlaceNoun) {
			continue
		}
		w := toks[i].Norm
		site, ok := placeNouns[w]
		if !ok {
			continue
		}
		var first, last int
		if f, l, ok := appositiveName(toks, i); ok && !site {
			// "fell above Sharanish, a village of the Darkar
			// sub-district": the name the apposition says is a village.
			first, last = f, l
		} else if i+2 < len(toks) && toks[i+1].Norm == "of" {
			// "the village of Al-Sawana", "the southern Lebanese town of
			// Nabatieh"
			first, last = i+2, capsRun(toks, i+2)
			if last == first {
				continue
			}
		} else {
			// "the Kalsu base", "Dhiban town"
			last = i
			first = capsBack(toks, i)
			if first == last || first == 0 || toks[first-1].Kind == normalize.Punct && toks[first-1].Norm != "-" && toks[first-1].Norm != "(" {
				continue // a name at the start of a sentence may be any capitalised word
			}
			if w := toks[first-1].Norm; w == "a" || w == "an" || w == "this" || w == "that" {
				continue // "a Druze town", "this Kurdish village": what a place is, not its name
			}
		}
		if taken(first, last) || commonWord(toks[first].Norm) || !hasCapital(toks[first:last]) || functionWordIn(toks[first:last]) {
			continue
		}
		// "an ambush on General Security checkpoint": an agency's post,
		// not a place's name.
		if agencyName(toks[first:last]) {
			continue
		}
		// "the al-Omar oil field (Green Village)": another name of the
		// place just named.
		if first >= 2 && toks[first-1].Norm == "(" && taken(first-2, first-1) {
			continue
		}
		// "In the town of al-Bukamal, the militias held a ceremony": a
		// place the gazetteer knows, left out as where something was said.
		if slices.ContainsFunc(matches, func(m gazetteer.Match) bool {
			return m.First <= first && m.Last >= last && statementPlace(toks, m.First, m.Last)
		}) {
			continue
		}
		name := strings.TrimSpace(d.text[toks[first].Start:toks[last-1].End])
		// "the village of Mafa in Yobe state": not the Mafa of Borno.
		after := adminAfter(known, last)
		if slices.ContainsFunc(d.x.Gazetteer.Lookup(name), func(e *gazetteer.Entry) bool {
			return (e.Subkind == "capital" || e.Population >= gazetteer.MajorPopulation) &&
				(after == nil || after.Country != e.Country || after.Name == e.Admin1)
		}) {
			continue // a city the gazetteer knows, left out for a reason ("said in a rally in ... Beirut")
		}
		// "raids in al-Luhayyah district", "the district of Kitaf": the
		// district around the town it is named after, which the
		// gazetteer knows.
		if areaNouns[w] && (last == i || first == i+2 && toks[i+1].Norm == "of") {
			if es := townsNamed(d.x.Gazetteer.Lookup(name), after, known); len(es) > 0 {
				lo, hi := min(first, i), max(last, i+1)
				out = append(out, placeRef{Match: gazetteer.Match{Start: toks[lo].Start, End: toks[hi-1].End,
					First: lo, Last: hi, Entries: es}, Entry: es[0], Near: true})
				continue
			}
		}
		kind := sitrep.KindTown
		if site {
			kind = sitrep.KindSite
		}
		e := &gazetteer.Entry{ID: "name:" + normalize.Fold(name), Kind: kind, Subkind: "unresolved", Name: name,
			Source: "the text only: not in the gazetteer"}
		// "the south Lebanese village of al-Sultaniyeh": in Lebanon.
		if first == i+2 {
			for _, m := range matches {
				if m.Demonym && m.Last == i && len(m.Entries) > 0 && m.Entries[0].Kind == sitrep.KindCountry {
					c := m.Entries[0]
					e.Country, e.Lat, e.Lon = c.Country, c.Lat, c.Lon
					e.Source = byAdjective
				}
			}
		}
		out = append(out, placeRef{Match: gazetteer.Match{Start: toks[first].Start, End: toks[last-1].End,
			First: first, Last: last, Entries: []*gazetteer.Entry{e}}, Entry: e, Area: areaNouns[w],
			// "Residents of the nearby village of Khasham heard ...": where
			// witnesses live, near the place already told.
			Locator: witnessesOf(toks, i)})
	}
	// Not a name the loop above took already: "the district of Kitaf in
	// the governorate of Saada".
	for _, q := range qualifiedUnknown(d.text, toks, known, taken) {
		if !slices.ContainsFunc(out, func(p placeRef) bool { return p.First < q.Last && q.First < p.Last }) {
			out = append(out, q)
		}
	}
	return append(out, againUnknown(toks, out, taken)...)
}

// appositionPlace are the words before a name that make the apposition
// after it ("Sharanish, a village") tell where something happened:
// locatives and "above", "below", "beside".
var appositionPlace = map[string]bool{"above": true, "below": true, "beside": true, "outside": true, "hit": true,
	"targeted": true, "targeting": true, "shelling": true, "shelled": true}

// villageGoesOn are the words that may follow "a village" in an
// apposition that places it: "a village of the Darkar sub-district", "a
// village near the border", "a village some 10 km north of".
var villageGoesOn = map[string]bool{"of": true, "in": true, "near": true, "on": true, "outside": true, "north": true,
	"south": true, "east": true, "west": true, "about": true, "some": true, "roughly": true, "close": true, "just": true,
	"by": true, "above": true, "below": true, "overlooking": true, "along": true, "at": true, "inside": true, "within": true}

// appositiveName returns the name before an apposition whose noun is the
// place noun at token i: "above Sharanish, a village of", "in Kani
// Masi, a small border town". Up to two words (lower case, or a
// people's adjective) may stand between the article and the noun.
func appositiveName(toks []normalize.Token, i int) (int, int, bool) {
	k := i - 1
	for n := 0; n < 2 && k > 0 && toks[k].Kind == normalize.Word && toks[k].Norm != "a" && toks[k].Norm != "an"; n++ {
		k--
	}
	if k < 2 || toks[k].Norm != "a" && toks[k].Norm != "an" || toks[k-1].Norm != "," {
		return 0, 0, false
	}
	last := k - 1
	first := capsBack(toks, last)
	if first == last || first == 0 || !locatives[toks[first-1].Norm] && !appositionPlace[toks[first-1].Norm] {
		return 0, 0, false
	}
	// "Hassan Fneish, a village mukhtar": a man, not a village; the noun
	// ends the apposition or goes on with where the place lies.
	if i+1 < len(toks) && toks[i+1].Kind == normalize.Word && !villageGoesOn[toks[i+1].Norm] {
		return 0, 0, false
	}
	return first, last, true
}

// appositionLocators places a name the gazetteer lacks by the known town
// or district its apposition names, which then only locates it:
// "Sharanish, a village of the Darkar sub-district" is near Darkar, and
// Darkar tells no attack of its own.
func appositionLocators(toks []normalize.Token, places []placeRef) {
	for i := 0; i+1 < len(places); i++ {
		p, q := &places[i], &places[i+1]
		e := p.Entry
		if e.Subkind != "unresolved" || e.Country != "" || q.Entry.Subkind == "unresolved" || q.Direction != "" ||
			q.Entry.Kind != sitrep.KindTown && q.Entry.Kind != sitrep.KindRegion || !villageInGap(toks, p.Last, q.First) && !appositionGap(toks, p.Last, q.First) {
			continue
		}
		c := *e
		c.Country, c.Admin1, c.Lat, c.Lon = q.Entry.Country, q.Entry.Admin1, q.Entry.Lat, q.Entry.Lon
		c.Source = "the text only, placed near " + q.Entry.Name
		p.Entry, p.Entries = &c, []*gazetteer.Entry{&c}
		q.Locator = true
	}
}

// againUnknown finds the other mentions of the names found: "on the
// outskirts of Barsalogho ... a terrorist attack had targeted Barsalogho".
// Each takes the entry of the first mention that found the name. One pass
// over the tokens, the names indexed by their first word.
func againUnknown(toks []normalize.Token, found []placeRef, taken func(int, int) bool) []placeRef {
	if len(found) == 0 {
		return nil
	}
	at := map[int]bool{}
	byFirst := map[string][]placeRef{} // one mention of each name, by its first word
	seen := map[string]bool{}
	for _, p := range found {
		var key strings.Builder
		for k := p.First; k < p.Last; k++ {
			at[k] = true
			key.WriteString(toks[k].Norm)
			key.WriteByte(' ')
		}
		if !seen[key.String()] {
			seen[key.String()] = true
			byFirst[toks[p.First].Norm] = append(byFirst[toks[p.First].Norm], p)
		}
	}
	var out []placeRef
	for i := 0; i < len(toks); i++ {
		if at[i] || !toks[i].Upper {
			continue
		}
		for _, p := range byFirst[toks[i].Norm] {
			n := p.Last - p.First
			if i+n > len(toks) || taken(i, i+n) || i+n < len(toks) && toks[i+n].Upper && toks[i+n].Kind == normalize.Word {
				continue
			}
			same := true
			for k := 1; k < n && same; k++ {
				same = toks[i+k].Norm == toks[p.First+k].Norm && !at[i+k]
			}
			if !same {
				continue
			}
			for k := i; k < i+n; k++ {
				at[k] = true
			}
			q := p
			q.Match.Start, q.Match.End, q.First, q.Last = toks[i].Start, toks[i+n-1].End, i, i+n
			// "Residents of al-Hujeira and Aqraba said they heard": where
			// witnesses live.
			q.Locator = residentsOf(toks, i)
			out = append(out, q)
			break
		}
	}
	return out
}

// qualifiedUnknown finds the towns the gazetteer lacks that the text
// places in a division it knows: "killed 12 villagers in Ntoyo, North Kivu
// province", "attacked Komanda, in Ituri province", "the outskirts of
// Barsalogho in north-central Burkina Faso", a round-up's "- Barsalogho
// (Sanmatenga province, Centre-Nord region)." The name comes after a
// word that places ("in", "near", "attacked"...) or after a heading's
// dash, and the division within a few words after it, past only another
// division's name ("Sanmatenga province,").
func qualifiedUnknown(text string, toks []normalize.Token, known []placeRef, taken func(int, int) bool) []placeRef {
	var out []placeRef
	starts := map[int]placeRef{} // known divisions and countries by first token
	for _, r := range known {
		e := r.Entry
		if e.Subkind == "unresolved" || r.Demonym {
			continue
		}
		// "North Kivu", "Nowshera district", "Congo", "north-central
		// Burkina Faso"
		if e.Kind == sitrep.KindAdmin1 || e.Kind == sitrep.KindCountry ||
			e.Kind == sitrep.KindRegion && (e.Admin1 != "" || r.Direction != "" && e.Country != "") ||
			// "in the Bint Jbeil district": the district of the town.
			townArea(toks, r) {
			starts[r.First] = r
		}
	}
	if len(starts) == 0 {
		return nil
	}
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != normalize.Word || !t.Upper {
			continue
		}
		prev := toks[i-1]
		heading := prev.Kind == normalize.Punct && (prev.Norm == "-" || prev.Norm == "–" || prev.Norm == "—")
		// "16:10 - In Shmustar, in the Bekaa, ...": the place after the
		// heading's "In", not "In Shmustar".
		if heading && locatives[t.Norm] {
			continue
		}
		afterHeading := i >= 2 && isDash(toks[i-2].Norm)
		if !heading && (!locatives[prev.Norm] || prev.Upper && !afterHeading) {
			continue
		}
		// "The General Directorate of Civil Defence in the Gaza Strip":
		// the rest of a body's name, no place.
		if prev.Norm == "of" && i >= 2 && toks[i-2].Upper && toks[i-2].Kind == normalize.Word {
			continue
		}
		last := capsRun(toks, i)
		if last == i || last-i == 1 && (commonWord(t.Norm) || calendarWord(t.Norm) || peopleWord(t.Norm)) || taken(i, last) || toks[last-1].Possessive {
			continue
		}
		if last >= len(toks) {
			continue
		}
		// ", North Kivu", " (Kidal region)", " in north-central Burkina Faso"
		k := last
		switch toks[k].Norm {
		case ",", "(":
			k++
			if k < len(toks) && toks[k].Norm == "in" {
				k++
			}
			// "in Akora Khattak, a town in Nowshera district"
			if k+2 < len(toks) && (toks[k].Norm == "a" || toks[k].Norm == "the") && toks[k+2].Norm == "in" {
				if site, ok := placeNouns[toks[k+1].Norm]; ok && !site {
					k += 3
				}
			}
		case "in":
			if heading {
				continue
			}
			k++
		default:
			continue
		}
		div, ok := divisionAt(toks, starts, k)
		if !ok {
			continue
		}
		name := strings.TrimSpace(text[t.Start:toks[last-1].End])
		// "rockets at Al Asad in Iraq" where the text also names "Al Asad
		// Air Base": the short form of a place the text names in full.
		if full := shortFormOf(text, name, known, div.Country); full != nil {
			out = append(out, placeRef{Match: gazetteer.Match{Start: t.Start, End: toks[last-1].End, First: i, Last: last,
				Entries: []*gazetteer.Entry{full}}, Entry: full})
			i = last
			continue
		}
		e := &gazetteer.Entry{ID: "name:" + normalize.Fold(name), Kind: sitrep.KindTown, Subkind: "unresolved", Name: name,
			Source: "the text only: not in the gazetteer", Country: div.Country, Lat: div.Lat, Lon: div.Lon}
		switch div.Kind {
		case sitrep.KindAdmin1:
			e.Admin1 = div.Name
		case sitrep.KindTown:
			e.Admin1, e.Source = div.Admin1, "the text only, placed near "+div.Name
		case sitrep.KindRegion:
			// "in Akora Khattak, in Nowshera district": in a small part
			// of the province. "in north-central Burkina Faso": somewhere
			// in the country.
			if div.Admin1 != "" {
				e.Admin1, e.Source = div.Admin1, "the text only, placed near "+div.Name
			}
		}
		out = append(out, placeRef{Match: gazetteer.Match{Start: t.Start, End: toks[last-1].End, First: i, Last: last,
			Entries: []*gazetteer.Entry{e}}, Entry: e})
		i = last
	}
	return out
}

// shortFormOf returns the site or town of known, in country, whose name
// in the text begins with name and goes on ("Al Asad" of "Al Asad Air
// Base"), when there is one only.
func shortFormOf(text, name string, known []placeRef, country string) *gazetteer.Entry {
	prefix := normalize.Fold(name) + " "
	var found *gazetteer.Entry
	for _, r := range known {
		e := r.Entry
		if e == nil || e.Subkind == "unresolved" || rank(e.Kind) > 1 || e.Country != country {
			continue
		}
		if !strings.HasPrefix(normalize.Fold(text[r.Start:r.End]), prefix) {
			continue
		}
		if found != nil && found.ID != e.ID {
			return nil
		}
		found = e
	}
	return found
}

// townDistrict are the nouns after a town's name that make it the area
// named after the town.
var townDistrict = map[string]bool{"district": true, "area": true, "countryside": true, "subdistrict": true, "region": true}

// townArea reports a town named as the area around it: "the Bint Jbeil
// district", "Bint Jbeil area".
func townArea(toks []normalize.Token, r placeRef) bool {
	return r.Entry.Kind == sitrep.KindTown &&
		(r.Last < len(toks) && townDistrict[toks[r.Last].Norm] || r.Last-1 > r.First && townDistrict[toks[r.Last-1].Norm])
}

// divisionAt returns the known division or country that starts at token k,
// or a few tokens on past another division's name and kind ("Sanmatenga
// province, Centre-Nord region") or an article; past a country, the
// province it names ("in Syria's Deir ez-Zor province").
func divisionAt(toks []normalize.Token, starts map[int]placeRef, k int) (*gazetteer.Entry, bool) {
	var country *gazetteer.Entry
	for j := k; j < len(toks) && j <= k+5; j++ {
		if r, ok := starts[j]; ok {
			if r.Entry.Kind != sitrep.KindCountry || r.Direction != "" {
				return r.Entry, true
			}
			if country == nil {
				country, j = r.Entry, r.Last-1
				continue
			}
			return country, true
		}
		if _, n := gazetteer.DirectionWord(toks, j); n > 1 {
			j++ // "north-central Burkina Faso": the division may start inside
			continue
		} else if n == 1 {
			continue
		}
		t := toks[j]
		switch {
		case t.Norm == "the" || t.Norm == "," || t.Norm == "-" || t.Norm == "(" || divisionNouns[t.Norm]:
		case t.Kind == normalize.Word && t.Upper && j+1 < len(toks) && (divisionNouns[toks[j+1].Norm] || toks[j+1].Upper):
			// "Tarmuwa LGA", "Sanmatenga province"
		default:
			return country, country != nil
		}
	}
	return country, country != nil
}

// witnessesOf reports whether the place noun at token i is where
// witnesses of an attack told nearby live: "Residents of the nearby
// village of", "people in a nearby town". "was destroyed in the nearby
// village of" is where the attack was.
func witnessesOf(toks []normalize.Token, i int) bool {
	j := i - 1
	for j > 0 && (toks[j].Norm == "nearby" || toks[j].Norm == "the" || toks[j].Norm == "a" || toks[j].Norm == "neighbouring" ||
		toks[j].Norm == "neighboring") {
		j--
	}
	if j < 1 || j == i-1 || toks[j].Norm != "of" && toks[j].Norm != "in" {
		return false
	}
	switch toks[j-1].Norm {
	case "residents", "people", "villagers", "witnesses", "locals", "inhabitants":
		// "killed at least 34 people in the village of Mafa": the
		// victims, counted, where they were killed.
		if j-2 >= 0 && (toks[j-2].Kind == normalize.Number || smallNumbers[toks[j-2].Norm] > 0 || killWords[toks[j-2].Norm] ||
			injureWords[toks[j-2].Norm]) {
			return false
		}
		return true
	}
	return false
}

// residentsOf reports whether the name at token i follows "residents of",
// "people in" or another name after them ("Residents of Dhiban and
// al-Tayyana").
func residentsOf(toks []normalize.Token, i int) bool {
	j := i - 1
	for j >= 1 && (toks[j].Upper || toks[j].Norm == "and" || toks[j].Norm == "," || toks[j].Norm == "-" || articleWord(toks[j].Norm)) && i-j < 6 {
		j--
	}
	if j < 1 || toks[j].Norm != "of" && toks[j].Norm != "in" {
		return false
	}
	switch toks[j-1].Norm {
	case "residents", "people", "villagers", "witnesses", "locals", "inhabitants":
		return true
	}
	return false
}

// capsRun returns the end of a run of up to three capitalised words (with
// hyphens and articles inside) starting at toks[i].
func capsRun(toks []normalize.Token, i int) int {
	j, words := i, 0
	for j < len(toks) && words < 3 {
		t := toks[j]
		switch {
		case t.Kind == normalize.Word && (t.Upper || articleWord(t.Norm) && j+1 < len(toks) && toks[j+1].Norm == "-"):
			if t.Upper {
				words++
			}
			j++
		case t.Norm == "-" && j > i:
			j++
		default:
			return trimDash(toks, i, j)
		}
	}
	return trimDash(toks, i, j)
}

// capsBack returns the start of a run of up to three capitalised words
// ending just before toks[i].
func capsBack(toks []normalize.Token, i int) int {
	j, words := i, 0
	for j > 0 && words < 3 {
		t := toks[j-1]
		switch {
		case t.Kind == normalize.Word && t.Upper:
			words++
			j--
		case t.Norm == "-" && j-1 > 0 && toks[j-2].Kind == normalize.Word:
			j--
		case t.Kind == normalize.Word && articleWord(t.Norm) && j < i && toks[j].Norm == "-":
			j--
		default:
			return j
		}
	}
	return j
}

func hasCapital(toks []normalize.Token) bool {
	for _, t := range toks {
		if t.Kind == normalize.Word && t.Upper {
			return true
		}
	}
	return false
}

func trimDash(toks []normalize.Token, i, j int) int {
	for j > i && toks[j-1].Kind == normalize.Punct {
		j--
	}
	return j
}

func articleWord(w string) bool {
	switch w {
	case "al", "el", "ad", "ar", "as", "at", "az", "ash", "an", "ez", "es", "ed", "et":
		return true
	}
	return false
}

// commonWord rules out capitalised words that start names of things other
// than places: "U.S. base", "the American base", "Coalition base".
func commonWord(w string) bool {
	switch w {
	case "u", "us", "american", "coalition", "military", "army", "air", "naval", "iraqi", "syrian",
		"jordanian", "israeli", "turkish", "russian", "iranian", "kurdish", "lebanese", "yemeni", "saudi",
		"egyptian", "pakistani", "palestinian", "british", "emirati", "qatari", "druze", "christian", "sunni",
		"shia", "shiite", "alawite", "yazidi", "assyrian", "turkmen", "bedouin", "armenian", "the", "a", "an", "this",
		"that", "its", "their", "his", "her", "our", "main", "new", "old", "largest", "big", "small",
		"northern", "southern", "eastern", "western", "central", "international", "mission", "support",
		"site", "forward", "operating", "joint", "security", "border", "refugee", "oil", "gas":
		return true
	}
	return monthOrDay(w)
}

func monthOrDay(w string) bool {
	_, m := months[w]
	_, d := weekdays[w]
	return m || d
}

// placeUnknown gives the unresolved names of s the province or country
// named in the same sentence, nearest first: "the Kalsu base ... in Babil
// province" is somewhere in Babil; "al-Shoula in the countryside of Deir
// Ezzor" somewhere in the province of the city named.
//
// A district or neighbourhood the sentence does not place lies in the
// town of the report's dateline: "BAGHDAD - ... The strike hit a vehicle in
// the Mashtal district" is near Baghdad.
func placeUnknown(s *sentence, toks []normalize.Token, dateline *gazetteer.Entry) {
	for i, p := range s.Places {
		e := p.Entry
		// "the Palestinian village of Umm Zurayq in the West Bank": the
		// sentence may place it better than its adjective's country.
		adjective := e.Source == byAdjective
		if e.Subkind != "unresolved" || e.Country != "" && !adjective {
			continue
		}
		best, bestDist := (*gazetteer.Entry)(nil), 1<<30
		near := false
		// "the Kalsu base near Iskandariya, about 50 km south of Baghdad",
		// "the village of Adous, south-east of Baalbek": next to the place
		// named after it.
		for _, q := range s.Places {
			// "the village of Sharanish in Zakho district": in the
			// district.
			linked := containerGap(toks, p.Last, q.First) || villageInGap(toks, p.Last, q.First) || appositionGap(toks, p.Last, q.First)
			district := q.Entry.Kind == sitrep.KindRegion && q.Entry.Subkind == "district" && q.Direction == "" && linked
			if q.First > p.First && (q.Near || q.Direction != "" || q.Side || townArea(toks, q) && linked || district || edgeOf(toks, q.First)) &&
				(rank(q.Entry.Kind) <= 1 || district) && q.Entry.Subkind != "unresolved" && q.First-p.Last < 14 {
				best, near = q.Entry, true
				break
			}
		}
		for _, q := range s.Places {
			if near {
				break
			}
			k := q.Entry.Kind
			// "in the Mashtal district, killing three people: a commander
			// responsible for the group's activity in Syria": another clause.
			if k == sitrep.KindCountry && q.First > p.Last+8 {
				continue
			}
			if k == sitrep.KindTown && q.Entry.Admin1 != "" && countryside(toks, q.First, q.Last) {
				k = sitrep.KindAdmin1
			}
			// "in Nigeria's northeastern Yobe state": that part of the
			// province.
			// "in north-central Burkina Faso": that part of the country.
			switch {
			case q.Direction != "" && k == sitrep.KindRegion && q.Entry.Admin1 != "":
				k = sitrep.KindAdmin1
			case q.Direction != "" && k == sitrep.KindRegion && q.Entry.Country != "":
				k = sitrep.KindCountry
			case k != sitrep.KindAdmin1 && k != sitrep.KindCountry || q.Direction != "":
				continue
			}
			dist := abs(q.First - p.First)
			if k == sitrep.KindCountry {
				dist += 1000 // a province says more than a country
			}
			if dist < bestDist {
				best, bestDist = q.Entry, dist
			}
		}
		if best == nil && p.Area && dateline != nil && rank(dateline.Kind) <= 1 {
			best, near = dateline, true
		}
		if best == nil || adjective && (best.Country != e.Country || best.Kind == sitrep.KindCountry) {
			continue
		}
		c := *e
		c.Country, c.Lat, c.Lon = best.Country, best.Lat, best.Lon
		switch best.Kind {
		case sitrep.KindAdmin1:
			c.Admin1 = best.Name
		case sitrep.KindRegion:
			c.Admin1 = best.Admin1
		case sitrep.KindTown:
			c.Admin1 = best.Admin1 // the countryside of its city
		}
		if near {
			c.Admin1, c.Source = best.Admin1, "the text only, placed near "+best.Name
		}
		s.Places[i].Entry = &c
		s.Places[i].Entries = []*gazetteer.Entry{&c}
	}
}

// edgeOf reports an edge of the town at token first told before it:
// "the village of Walgha, on the western edge of Sweida city", "on the
// outskirts of".
func edgeOf(toks []normalize.Token, first int) bool {
	k := first - 1
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	return k >= 1 && toks[k].Norm == "of" && edgeNouns[toks[k-1].Norm]
}

// edgeNouns are the edges of a town.
var edgeNouns = map[string]bool{"edge": true, "edges": true, "outskirts": true, "fringes": true, "entrance": true,
	"periphery": true, "environs": true, "vicinity": true}

// byAdjective is the source of a name the gazetteer lacks that only its
// people's adjective places, in their country: "the Palestinian village of
// Umm Zurayq".
const byAdjective = "the text only: not in the gazetteer, in the country of its adjective"

// countryside reports whether the town named by tokens [first, last)
// stands for its province's rural part: "the countryside of Deir Ezzor",
// "the Aleppo countryside", "Idlib's southern countryside".
func countryside(toks []normalize.Token, first, last int) bool {
	return first >= 2 && toks[first-1].Norm == "of" && toks[first-2].Norm == "countryside" ||
		last < len(toks) && toks[last].Norm == "countryside" ||
		// "Idlib's southern countryside"
		last+1 < len(toks) && toks[last-1].Possessive && dirAdjectiveWords[toks[last].Norm] && toks[last+1].Norm == "countryside"
}

// unresolvedPrecision is the geo precision of a name the gazetteer lacks:
// its province's (3), its country's (4), or none (0, no coordinates).
func unresolvedPrecision(e *gazetteer.Entry) int {
	switch {
	case strings.HasPrefix(e.Source, "the text only, placed near"):
		return sitrep.GeoNear
	case e.Admin1 != "":
		return sitrep.GeoProvince
	case e.Country != "":
		return sitrep.GeoCountry
	}
	return 0
}

// cover marks the tokens that a known place or an actor holds.
type cover []bool

func newCover(n int, known []placeRef, actors []actorMatch) cover {
	c := make(cover, n)
	for _, p := range known {
		for k := max(p.First, 0); k < min(p.Last, n); k++ {
			c[k] = true
		}
	}
	for _, a := range actors {
		for k := max(a.First, 0); k < min(a.Last, n); k++ {
			c[k] = true
		}
	}
	return c
}

// holds reports whether one of the tokens [first, last) is held.
func (c cover) holds(first, last int) bool {
	for k := max(first, 0); k < min(last, len(c)); k++ {
		if c[k] {
			return true
		}
	}
	return false
}

// functionWordIn reports a function word among a name's tokens, as a text
// in capitals gives them: "THE MILITARY SIDE OF THE AIRPORT" names no place
// "SIDE OF THE".
func functionWordIn(ts []normalize.Token) bool {
	for _, t := range ts {
		switch t.Norm {
		case "the", "of", "on", "and", "in", "at", "to", "for", "with", "a", "an", "from", "by":
			return true
		}
	}
	return false
}

// townsNamed returns the towns of es in the country of after, or when
// after is nil in a country of the places the text names.
func townsNamed(es []*gazetteer.Entry, after *gazetteer.Entry, known []placeRef) []*gazetteer.Entry {
	var out []*gazetteer.Entry
	for _, e := range es {
		if e.Kind != sitrep.KindTown {
			continue
		}
		if after != nil && after.Country == e.Country ||
			after == nil && slices.ContainsFunc(known, func(p placeRef) bool { return p.Entry != nil && p.Entry.Country == e.Country }) {
			out = append(out, e)
		}
	}
	return out
}

// agencyName reports a name made of the words of an agency or force only:
// "General Security", "State Security", "Military Intelligence".
func agencyName(ts []normalize.Token) bool {
	agency := false
	for _, t := range ts {
		switch t.Norm {
		case "security", "intelligence", "police", "army", "guard", "guards", "directorate", "gendarmerie":
			agency = true
		case "general", "state", "military", "political", "national", "public", "border", "air", "force", "republican", "internal":
		default:
			return false
		}
	}
	return agency
}

// peopleWord reports a people's name in the plural: "attacks on Israelis
// in the West Bank", "Palestinians", "Iraqis"; no place.
func peopleWord(w string) bool {
	one := strings.TrimSuffix(w, "s")
	return one != w && (demonyms[one] != "" || strings.HasSuffix(one, "ian") || strings.HasSuffix(one, "i") && len(one) > 4)
}
