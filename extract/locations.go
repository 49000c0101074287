package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// locations keeps the gazetteer matches that name where something is: not
// inside an actor's name, not "Damascus-based", not "Damascus said".
func (d *docState) locations(ms []gazetteer.Match, actors []actorMatch) []placeRef {
	var out []placeRef
	var pastDestination []int // places that the rule of a destination kept from being its locator
	ai := 0
	for _, m := range ms {
		// "Iraqi officials", "American troops": a people, not a place.
		if len(m.Entries) == 0 || m.Demonym {
			continue
		}
		for ai < len(actors) && actors[ai].Last <= m.First {
			ai++
		}
		toks := d.toks
		// "in Al-Mayadeen", "near Mayadeen": the town, not the channel of
		// its name.
		if ai < len(actors) && actors[ai].First < m.Last && !(actors[ai].Actor.Type == Media && actors[ai].First == m.First &&
			actors[ai].Last == m.Last && locativeBefore(toks, m.First) && !mediaAfter(toks, m.Last)) {
			continue
		}
		next := func(k int) string {
			if m.Last+k < len(toks) {
				return toks[m.Last+k].Norm
			}
			return ""
		}
		// "the tanker Hanna Star": a ship's name, read before the places
		// are weighed against each other, not a village named Hanna.
		if shipName(toks, placeRef{Match: m}) {
			continue
		}
		// "fired missiles at the Lincoln in the Arabian Sea", "the Carney":
		// an American or British town's name after "the" is a warship's.
		if e0 := m.Entries[0]; e0.Kind == sitrep.KindTown && (e0.Country == "US" || e0.Country == "GB") && m.First > 0 &&
			toks[m.First-1].Norm == "the" && m.Direction == "" && !strings.HasPrefix(strings.ToLower(e0.Name), "the ") &&
			!(m.Last < len(toks) && toks[m.Last].Upper) && seaNear(toks, m.First, m.Last) {
			continue
		}
		// "ETERNITY C (LIBERIA FLAG, BULK CARRIER)", "a Liberia-flagged
		// bulk carrier": the ship's flag, not where it was.
		if m.Entries[0].Kind == sitrep.KindCountry && (next(0) == "flag" || flagWords[next(0)] || next(0) == "-" && flagWords[next(1)]) {
			continue
		}
		if streetWords[next(0)] || roadAfter(toks, m.Last) {
			continue // "Palestine Street", "Baghdad airport road", "the Deir Ezzor-Palmyra international road"
		}
		// "the Nasr Unit of Hezbollah", "the Tubas Battalion", "the Gaza
		// Division": a body of fighters named for a place.
		if m.Last < len(toks) && (toks[m.Last].Upper || m.First > 0 && toks[m.First-1].Norm == "the") && formationNouns[next(0)] {
			continue
		}
		// "transferred a citizen ... to the Tyre government hospital",
		// "treated at the Nabatieh public hospital": where the wounded
		// went.
		if hospitalKinds[next(0)] && next(1) == "hospital" && evacuatedTo(toks, m.First) {
			continue
		}
		// "at around 1830 local (Baghdad) time": a clock. So is "in
		// Washington it was still Sunday evening when the jets struck".
		if next(0) == ")" && next(1) == "time" || m.First > 0 && toks[m.First-1].Norm == "in" && clockThere(toks, m.Last) {
			continue
		}
		// "by Iran's Iraqi allies", "military advisers of Iran": whose
		// people, not where.
		if m.Entries[0].Kind == sitrep.KindCountry && (alliesAfter(toks, m.Last) || m.First >= 2 && toks[m.First-1].Norm == "of" && alliesNouns[toks[m.First-2].Norm]) {
			continue
		}
		if next(0) == "-" && compoundAfter[next(1)] {
			continue
		}
		if m.Direction == "" && outletName(toks, m.First, m.Last) {
			continue
		}
		e := m.Entries[0]
		// "the funeral of Omar Nidal Radwan": a site's name without its
		// article ("Al-Omar"), followed by more capitalised names, is a
		// person's.
		if e.Kind == sitrep.KindSite && m.Last-m.First == 1 && articled(e.Name) && m.Last+1 < len(toks) && toks[m.Last].Kind == normalize.Word &&
			toks[m.Last].Upper && toks[m.Last+1].Kind == normalize.Word && toks[m.Last+1].Upper && !placeNouns[toks[m.Last].Norm] && !facilityNouns[toks[m.Last].Norm] {
			continue
		}
		// "US and Coalition forces": a country's abbreviation names a place
		// only after a preposition that locates ("in the US").
		if e.Kind == sitrep.KindCountry && abbreviation(d.text[m.Start:m.End]) && !inBefore(toks, m.First) {
			continue
		}
		// "U.S. service members", "US patrol": a country as an adjective.
		if e.Kind == sitrep.KindCountry && m.Direction == "" && m.Last < len(toks) &&
			toks[m.Last].Kind == normalize.Word && !toks[m.Last].Upper && !toks[m.Last-1].Possessive &&
			!afterPlace[toks[m.Last].Norm] && !inList(toks, m.First) {
			continue
		}
		// "Tuesday 10 Mehr 1403": a month of the Persian calendar, not Mohr.
		if persianMonths[toks[m.First].Norm] > 0 && m.Last-m.First == 1 &&
			(m.First > 0 && toks[m.First-1].Kind == normalize.Number || next(0) != "" && toks[m.Last].Kind == normalize.Number) {
			continue
		}
		// "14 Muharram 1446", "Rajab 1445": a month of the Islamic calendar,
		// not Mukharram or a village named Rajab.
		if hijriMonthName(toks, m.First, m.Last) &&
			(m.First > 0 && toks[m.First-1].Kind == normalize.Number || next(0) != "" && toks[m.Last].Kind == normalize.Number) {
			continue
		}
		// "In a statement issued late on Thursday in Washington", "told
		// reporters in Geneva": where a statement was made.
		if statementPlace(toks, m.First, m.Last) {
			continue
		}
		// A capital abroad stands for its government unless the text puts
		// something in it: "Washington decided", but "a strike in Moscow".
		if e.Subkind == "capital" && !strings.HasPrefix(e.Source, "project") && e.Country != "SY" && e.Country != "IQ" &&
			e.Country != "JO" && !locativeBefore(toks, m.First) {
			continue
		}
		if (e.Kind == sitrep.KindCountry || e.Kind == sitrep.KindTown) && m.Direction == "" {
			if metonymVerb[next(0)] || (next(0) == "has" || next(0) == "have") && metonymVerb[next(1)] {
				continue
			}
			// "The pressure on Baghdad has grown", "ties with Tehran": the
			// government, under pressure or in talks.
			if (e.Subkind == "capital" || capitals[toks[m.First].Norm]) && m.First >= 2 && (toks[m.First-1].Norm == "on" && toks[m.First-2].Norm == "pressure" ||
				toks[m.First-1].Norm == "with" && (toks[m.First-2].Norm == "ties" || toks[m.First-2].Norm == "relations" || toks[m.First-2].Norm == "talks")) {
				continue
			}
			// "tribal fighters backed by Damascus", "militias loyal to
			// Tehran": the government that backs them.
			if (e.Subkind == "capital" || capitals[toks[m.First].Norm] || e.Kind == sitrep.KindCountry) && m.First >= 2 &&
				(toks[m.First-1].Norm == "by" && backedWords[toks[m.First-2].Norm] || toks[m.First-1].Norm == "to" && toks[m.First-2].Norm == "loyal") {
				continue
			}
			// "a strike by Israel on the ridge", "attacks by Turkey": the
			// country that struck, not where.
			if e.Kind == sitrep.KindCountry && m.First >= 2 && toks[m.First-1].Norm == "by" && is(&toks[m.First-2], cAttack|cWeapon) {
				continue
			}
			// "Iran and Pakistan said": both stand for their governments.
			if next(0) == "and" && m.Last+1 < len(toks) && toks[m.Last+1].Upper && metonymVerb[next(2)] {
				continue
			}
		}
		// "Iraq’s Popular Mobilization Forces", "Jordan's air force",
		// "Turkey's defence ministry", "the European Union's Aspides naval
		// mission": a country, town or region owning an organisation (a
		// region's past its name: a country's "Red Sea coast" is a place).
		if (e.Kind == sitrep.KindCountry || e.Kind == sitrep.KindTown || e.Kind == sitrep.KindRegion) && m.Direction == "" &&
			toks[m.Last-1].Possessive && (ai < len(actors) && actors[ai].First == m.Last || ownedAfter[next(0)] ||
			ownedAfter[pastModifiers(toks, m.Last)] || e.Kind == sitrep.KindRegion && ownedAfter[ownedWord(toks, m.Last)]) {
			continue
		}
		near := false
		if m.Direction != "" {
			if r := d.x.Gazetteer.Region(e, m.Direction); r != nil {
				e = r
			} else {
				near = true // "south of Baghdad": beside the town, not in it
			}
		}
		// "in the Deir ez-Zor countryside", "the countryside of Idlib": the
		// land around the town, beside it (a governorate instead kept such
		// reports from the precise ones of their incidents).
		if e.Kind == sitrep.KindTown && m.Direction == "" && countryside(toks, m.First, m.Last) {
			near = true
		}
		ref := placeRef{Match: m, Entry: e, Near: near}
		// "the Kharab al-Jir airfield, south of the town of Rmelan": the
		// second place locates the first; it tells no attack of its own.
		ref.Locator = len(out) > 0 && (locatorGap(toks, out[len(out)-1].Last, m.First) ||
			besideGap(toks, out[len(out)-1].Last, m.First) && rank(out[len(out)-1].Entry.Kind) <= 1 ||
			// "the airport of Ben Gurion in the area of occupied Yafa": the
			// town a site lies by.
			out[len(out)-1].Entry.Kind == sitrep.KindSite && (areaGap(toks, out[len(out)-1].Last, m.First) || asideAreaGap(toks, out[len(out)-1].Last, m.First)) ||
			parenthesisedDivision(toks, out[len(out)-1], m, e) || aliasGap(toks, out[len(out)-1].Last, m.First) ||
			// "in the Red Sea north-west of Hodeidah": the port places a
			// ship in the sea, no attack at the port.
			out[len(out)-1].Entry.Subkind == "sea" && e.Kind == sitrep.KindTown && directionGap(toks, out[len(out)-1].Last, m.First) ||
			// "in the Red Sea off Yemen", "off the coast of Yemen": the
			// country the sea is off (a port off which a ship is hit
			// places it better than the sea).
			out[len(out)-1].Entry.Subkind == "sea" && e.Kind == sitrep.KindCountry && offGap(toks, out[len(out)-1].Last, m.First) ||
			// "near the town of Sinune in the Sinjar district": the district
			// the town lies in.
			// "Khirbet Selm, a village in the Bint Jbeil district": so does
			// an apposition.
			rank(out[len(out)-1].Entry.Kind) <= 1 && divisionNamed(toks, m) &&
				(inGap(toks, out[len(out)-1].Last, m.First) || villageInGap(toks, out[len(out)-1].Last, m.First) ||
					// "in Yater, Bint Jbeil district,"
					m.First == out[len(out)-1].Last+1 && toks[out[len(out)-1].Last].Norm == "," && areaNouns[toks[m.Last-1].Norm]) ||
			// "Duma, Aqraba and several other villages in the Ramallah and
			// Nablus areas": where the villages lie, both areas.
			villagesInGap(toks, out[len(out)-1].Last, m.First) ||
			// "near Khanasor, in Sinjar, on Sunday": the town the village
			// lies by.
			townAround(toks, out[len(out)-1], m, e) ||
			// "a car below Deir Seryan, Marjayoun, on Monday": the town
			// whose district the village is in.
			townAfterComma(d.x.Gazetteer, toks, ms, out[len(out)-1], m, e) ||
			// "in Almat, a hill village above the coastal town of Jbeil":
			// what the apposition places the village by.
			appositionGap(toks, out[len(out)-1].Last, m.First) ||
			// "on the road between Bednayel and Tamnin al-Tahta": one
			// stretch of road, told by its first end.
			roadEnds(toks, out[len(out)-1], m) ||
			out[len(out)-1].Locator && m.First == out[len(out)-1].Last+1 && toks[m.First-1].Norm == "and" && areaAfter(toks, m.Last))
		// Not a destination's: "an aid convoy bound for Suwayda near Busra
		// al-Harir" was hit near the town, on its way (unless the sentence
		// goes on to another place: "aid for families in Mawasi near Khan
		// Younis was struck in Rafah"; see after the loop).
		if ref.Locator && destination(toks, out[len(out)-1].First) {
			ref.Locator = false
			pastDestination = append(pastDestination, len(out))
		}
		if m.Direction == "" {
			ref.Offset, ref.Side = offsetBefore(toks, m.First)
			// "70 nautical miles east of Djibouti": a distance is measured
			// from the city of a country's name, not from the country.
			if ref.Offset.Km > 0 && e.Kind == sitrep.KindCountry {
				for _, c := range m.Entries {
					if c.Kind == sitrep.KindTown && c.Country == e.Country && normalize.Fold(c.Name) == normalize.Fold(e.Name) {
						ref.Entry = c
						break
					}
				}
			}
		}
		// "in the Gulf of Aden, about 50 nautical miles southwest of
		// Aden": the distance from the port places the ship better than
		// the sea does; the sea locates it. So does a river's bank: "on the
		// road along the Euphrates, about 10 km north of Dhiban".
		// So does a region whose box holds the point: "over the Arava,
		// about 15 kilometres north of Eilat".
		if ref.Locator && ref.Offset.Km > 0 && (out[len(out)-1].Entry.Subkind == "sea" || out[len(out)-1].Entry.Subkind == "river" ||
			holdsOffset(d.x.Gazetteer, out[len(out)-1], ref)) && !out[len(out)-1].Locator {
			ref.Locator = false
			out[len(out)-1].Locator = true
		}
		// "Gaza City's Zeitoun district": the town whose quarter it is
		// locates it.
		if len(out) > 0 && !ref.Locator && quarterOfPossessive(toks, out[len(out)-1], m, e) {
			out[len(out)-1].Locator = true
		}
		// "roughly 15 km south of the port city of Sidon and some 25 km
		// north of Tyre": a second bearing from another town places the
		// same spot.
		if len(out) > 0 && ref.Offset.Km > 0 && andBetween(toks, out[len(out)-1].Last, m.First) {
			ref.Locator = true
		}
		before := m.First - 1
		// "near Yemen's capital Sanaa", "near the capital Beirut": near
		// the city named.
		if before > 1 && (toks[before].Norm == "capital" || toks[before].Norm == "city") &&
			(toks[before-1].Possessive || toks[before-1].Norm == "the") {
			before--
			if before > 0 && toks[before].Possessive {
				before--
			}
		}
		if before > 0 && toks[before].Norm == "the" {
			before--
		}
		if before >= 0 && !ref.Near {
			switch toks[before].Norm {
			case "near", "outside", "around":
				ref.Near = true
			case "to":
				ref.Near = before > 0 && toks[before-1].Norm == "close"
			}
		}
		out = append(out, ref)
	}
	for _, i := range pastDestination {
		for j := i + 1; j < len(out) && !hasWord(d.toks, out[i].Last, out[j].First, ".", ";"); j++ {
			if !out[j].Locator {
				out[i].Locator = true
				break
			}
		}
	}
	return out
}

// quarterOfPossessive reports a place told right after a town's
// possessive, near it: "Gaza City's Zeitoun district", "Khan Younis's
// eastern Bani Suheila". Not a district the gazetteer holds as one:
// "Sanaa's Shu'ub district" is told at the city.
func quarterOfPossessive(toks []normalize.Token, prev placeRef, m gazetteer.Match, e *gazetteer.Entry) bool {
	pe := prev.Entry
	if pe == nil || pe == e || pe.Kind != sitrep.KindTown || prev.Last < 1 || !toks[prev.Last-1].Possessive ||
		e.Kind != sitrep.KindTown && e.Kind != sitrep.KindSite || e.Subkind == "district" || m.First < prev.Last || m.First > prev.Last+1 {
		return false
	}
	if m.First == prev.Last+1 && !dirAdjectiveWords[toks[prev.Last].Norm] {
		return false
	}
	return sitrep.DistanceKm(pe.Lat, pe.Lon, e.Lat, e.Lon) <= quarterKm
}

// quarterKm is how far a quarter may lie from the point of its town.
const quarterKm = 15

// parenthesisedDivision reports a division or country in brackets right
// after a place: "Sarsang (Duhok)", "Tawke and Peshkhabour (Zakho
// district)". It places the names before it and tells no attack of its
// own.
func parenthesisedDivision(toks []normalize.Token, prev placeRef, m gazetteer.Match, e *gazetteer.Entry) bool {
	if m.First != prev.Last+1 || toks[prev.Last].Norm != "(" || m.Last >= len(toks) || toks[m.Last].Norm != ")" {
		return false
	}
	switch pe := prev.Entry; {
	case e.Kind == sitrep.KindCountry, e.Kind == sitrep.KindAdmin1:
		return pe.Kind != e.Kind
	case e.Kind == sitrep.KindRegion && e.Precision() == sitrep.GeoNear: // a district
		return pe.Kind == sitrep.KindTown || pe.Kind == sitrep.KindSite
	}
	return false
}

// motiveNouns open an aside naming what an attack answers: "in response
// to", "in retaliation for", "revenge for".
var motiveNouns = map[string]bool{"response": true, "retaliation": true, "revenge": true, "reprisal": true,
	"riposte": true, "reply": true}

// asideToll reports whether casualty c is told in a relative clause that
// describes an aside ("in retaliation for the strike on its consulate,
// which killed seven officers"), or in what a strike's target is blamed
// for: the toll of what the aside names.
func asideToll(toks []normalize.Token, aside [][2]int, c casualty) bool {
	for _, b := range aside {
		// "the commander it blames for the rocket that killed 12 children":
		// the toll of the attack it is blamed for; "hours after a drone
		// attack ... wounded three": the toll of the attack answered.
		// "in response to ... the crime of the American occupation which
		// killed five heroes near Kirkuk": the toll of the attack answered.
		motive := toks[b[0]].Norm == "in" && b[0]+1 < len(toks) && motiveNouns[toks[b[0]+1].Norm] || motiveNouns[toks[b[0]].Norm]
		if (blameOpeners[toks[b[0]].Norm] || toks[b[0]].Norm == "after" || motive) && c.Span.Start >= toks[b[0]].Start &&
			(b[1] >= len(toks) || c.Span.Start < toks[b[1]].Start) {
			return true
		}
	}
	for k, b := range aside {
		if toks[b[0]].Norm != "which" || c.Span.Start < toks[b[0]].Start || b[1] > 0 && c.Span.Start >= toks[b[1]-1].End {
			continue
		}
		for _, a := range aside[:k] {
			if a[1] == b[0]-1 && a[0] < a[1] && toks[a[1]].Norm == "," {
				return true
			}
		}
	}
	return false
}

// locatorGap reports whether tokens [i, j) between two place names make
// the second a locator of the first: a comma, then only words of a
// direction or distance and "of", "near" or "outside" (", south of the
// town of", ", 10 km north of", ", near").
func locatorGap(toks []normalize.Token, i, j int) bool {
	// ", south of the town of X" or, without the comma, "in the north of
	// the capital X".
	in := i < j && toks[i].Norm == "in"
	if j-i < 2 || j-i > 9 || toks[i].Norm != "," && !in {
		return false
	}
	rel, dir := false, false
	for k := i + 1; k < j; k++ {
		t := &toks[k]
		switch w := t.Norm; {
		case w == "of" || w == "near" || w == "outside":
			rel = true
		case locatorWords[w] || t.Kind == normalize.Number || isDash(w):
		case t.Upper && hasCompassPoint(w):
			// "Sayyida Zeinab, S of Damascus", "a house in Jableh, NE of
			// Latakia": a maritime advisory's bearing.
			dir = true
		default:
			// "in the northern countryside of Deir ez-Zor"
			_, n := gazetteer.DirectionWord(toks, k)
			if a, _ := gazetteer.DirectionAdjective(toks, k); n == 0 && (a == "" || !in) {
				return false
			}
			dir = true
		}
	}
	return rel && (dir || !in)
}

// directionGap reports a bearing alone between two places: "north-west
// of".
func directionGap(toks []normalize.Token, i, j int) bool {
	if j-i < 2 || j-i > 5 || toks[j-1].Norm != "of" {
		return false
	}
	for k := i; k < j-1; k++ {
		if _, n := gazetteer.DirectionWord(toks, k); n == 0 && !isDash(toks[k].Norm) {
			return false
		}
	}
	return true
}

// besideGap reports "next to", "near", "beside" alone between two places:
// "the Victory base next to Baghdad airport". The second locates the first
// when that is a site or town (the caller checks); "in Idlib near
// Saraqib" refines the province.
func besideGap(toks []normalize.Token, i, j int) bool {
	switch {
	case j-i == 1 && (toks[i].Norm == "beside" || toks[i].Norm == "near"),
		j-i == 2 && (toks[i].Norm == "next" || toks[i].Norm == "close") && toks[i+1].Norm == "to",
		j-i == 2 && (toks[i].Norm == "beside" || toks[i].Norm == "near") && toks[i+1].Norm == "the",
		j-i == 3 && (toks[i].Norm == "next" || toks[i].Norm == "close") && toks[i+1].Norm == "to" && toks[i+2].Norm == "the":
		return true
	}
	return false
}

// asideAreaGap reports an areaGap after a comma that closes an aside:
// "the airport of Lod, which the enemy calls \"Ben Gurion\", in the
// region of occupied Yafa".
func asideAreaGap(toks []normalize.Token, i, j int) bool {
	for k := j - 5; k <= j-4; k++ {
		if k-1 >= i && toks[k-1].Norm == "," && areaGap(toks, k, j) {
			return true
		}
	}
	return false
}

// clockThere reports "it was (still) Sunday evening" after token k, a
// comma allowed before: the day it was at a place far off when the attack
// came. Not "In Rafah it was still dark when the shelling began".
func clockThere(toks []normalize.Token, k int) bool {
	if k < len(toks) && toks[k].Norm == "," {
		k++
	}
	if k+2 >= len(toks) || toks[k].Norm != "it" || toks[k+1].Norm != "was" {
		return false
	}
	k += 2
	if toks[k].Norm == "still" || toks[k].Norm == "already" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Norm {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// offGap reports "off" or "off the coast of" alone in tokens [i, j).
func offGap(toks []normalize.Token, i, j int) bool {
	switch {
	case j-i == 1:
		return toks[i].Norm == "off"
	case j-i == 4:
		return toks[i].Norm == "off" && toks[i+1].Norm == "the" && toks[i+2].Norm == "coast" && toks[i+3].Norm == "of"
	}
	return false
}

// areaGap reports "in the area of", "in the vicinity of", with "occupied"
// before the name, alone between two places.
func areaGap(toks []normalize.Token, i, j int) bool {
	if j-i < 4 || j-i > 5 || toks[i].Norm != "in" || toks[i+1].Norm != "the" || toks[i+3].Norm != "of" {
		return false
	}
	switch toks[i+2].Norm {
	case "area", "vicinity", "region":
	default:
		return false
	}
	return j-i == 4 || toks[i+4].Norm == "occupied"
}

// aliasGap reports whether tokens [i, j), between a place and the next,
// make the second another name of the first: "the Kharab al-Jir airstrip,
// known to the coalition as the Rumalyn landing zone", "which the
// coalition calls", "also called", "dubbed".
func aliasGap(toks []normalize.Token, i, j int) bool {
	if j-i < 2 || j-i > 10 {
		return false
	}
	k := j - 1
	if toks[k].Norm == "the" {
		k--
	}
	switch toks[k].Norm {
	case "calls", "call", "called", "dubbed", "aka":
	case "as":
		known := false
		for m := i; m < k; m++ {
			known = known || toks[m].Norm == "known"
		}
		if !known {
			return false
		}
	default:
		return false
	}
	for m := i; m < k; m++ {
		if toks[m].Norm == "." || toks[m].Norm == ";" {
			return false
		}
	}
	return true
}

// locatorWords may stand between a place and the place that locates it.
var locatorWords = map[string]bool{"the": true, "town": true, "city": true, "village": true, "capital": true, "close": true, "to": true,
	"just": true, "some": true, "about": true, "around": true, "km": true, "kilometres": true, "kilometers": true,
	"miles": true, "nautical": true, "a": true, "few": true, "countryside": true, "outskirts": true, "desert": true,
	// "the outskirts of Brital, near the ancient city of Baalbek"
	"ancient": true, "old": true, "historic": true, "port": true, "coastal": true, "border": true, "provincial": true}

// abbreviation reports whether a name is written as a few capitals: "US",
// "U.S.", "UAE".
func abbreviation(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n > 0 && n <= 4
}

// inBefore reports "in" or "inside" just before token i, past "the".
func inBefore(toks []normalize.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	return k >= 0 && (toks[k].Norm == "in" || toks[k].Norm == "inside")
}

// locativeBefore reports whether a preposition that locates ("in", "near",
// "outside"...) stands just before token i, past "the".
func locativeBefore(toks []normalize.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Norm {
	case "on":
		// "called on Baghdad to restrain the armed groups": its government.
		return k == 0 || !appealVerbs[toks[k-1].Norm]
	case "in", "near", "at", "outside", "inside", "into", "around", "over", "across", "toward", "towards":
		return true
	case "capital", ",":
		// "hit the capital Sanaa", "the Yemeni capital, Sanaa": the city.
		if toks[k].Norm == "," {
			k--
		}
		// "attacked the capital of Yemen, Sanaa": the city.
		if k >= 2 && toks[k-2].Norm == "capital" && toks[k-1].Norm == "of" {
			return true
		}
		return k >= 0 && toks[k].Norm == "capital"
	case "attacked", "struck", "bombed", "bombarded", "pounded", "raided", "targeted", "shelled",
		"striking", "attacking", "bombing", "pounding", "targeting", "shelling":
		// "aircraft attacked Sanaa", "are striking Sanaa": what was struck,
		// not a government.
		return true
	case "of":
		// "the southern suburb of Beirut", "the outskirts of Sanaa";
		// "residents of Sanaa report explosions" live there (not "killing
		// two residents of Sanaa who were visiting relatives").
		return k > 0 && (partNouns[toks[k-1].Norm] ||
			witnessNouns[toks[k-1].Norm] && (k < 2 || toks[k-2].Kind != normalize.Number && smallNumbers[toks[k-2].Norm] == 0 && !is(&toks[k-2], cKill|cInjure)))
	}
	return false
}

// afterPlace are lower-case words that follow a country named as a place
// ("in Iraq and Syria", "Syria since October"); other lower-case words after
// a country make it an adjective ("U.S. troops", "Iraq war").
var afterPlace = map[string]bool{
	"and": true, "or": true, "in": true, "on": true, "at": true, "to": true, "of": true, "the": true,
	"a": true, "an": true, "with": true, "for": true, "from": true, "by": true, "is": true, "was": true,
	"were": true, "are": true, "has": true, "have": true, "had": true, "said": true, "says": true,
	"as": true, "after": true, "before": true, "since": true, "during": true, "while": true,
	"which": true, "that": true, "who": true, "but": true, "when": true, "where": true, "over": true,
	"into": true, "near": true, "until": true, "through": true, "across": true, "against": true,
	"amid": true, "so": true, "alone": true, "itself": true, "too": true, "again": true, "late": true,
	"early": true, "last": true, "this": true, "earlier": true, "later": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "did": true, "does": true,
	"not": true, "also": true, "only": true, "between": true, "about": true, "under": true,
}

// roadAfter reports whether the words from toks[k] make the place before a
// road's end: "-Palmyra international road", "-Hasakah highway",
// " international highway".
func roadAfter(toks []normalize.Token, k int) bool {
	if k < len(toks) && (toks[k].Norm == "-" || toks[k].Norm == "–") {
		k++
		for n := 0; n < 3 && k < len(toks) && toks[k].Kind == normalize.Word && toks[k].Upper; n++ {
			k++
		}
	}
	for n := 0; n < 2 && k < len(toks) && roadAdjectives[toks[k].Norm]; n++ {
		k++
	}
	return k < len(toks) && (toks[k].Norm == "road" || toks[k].Norm == "highway" || toks[k].Norm == "motorway")
}

// roadAdjectives stand between a road's ends and the word road.
var roadAdjectives = map[string]bool{"international": true, "main": true, "desert": true, "old": true,
	"new": true, "coastal": true, "strategic": true, "ring": true}

// outletNouns after a name, with an article before it, make it an
// outlet's name: "a Suwayda network", "the Aden daily".
var outletNouns = map[string]bool{"network": true, "daily": true, "outlet": true, "website": true, "broadcaster": true}

// mastheadNouns, capitalised after a place's name, make it a newspaper's.
var mastheadNouns = map[string]bool{"herald": true, "times": true, "post": true, "tribune": true, "gazette": true,
	"observer": true, "journal": true, "chronicle": true, "courier": true, "today": true, "dispatch": true,
	"daily": true, "press": true, "wire": true, "news": true, "monitor": true, "mail": true, "express": true,
	"independent": true, "standard": true, "telegraph": true}

// outletName reports whether the name of tokens [first, last) names an
// outlet: "a Suwayda news network", "Damascus radio", "the Aden daily";
// not "Gaza news" without an outlet's noun after it.
func outletName(toks []normalize.Token, first, last int) bool {
	next := func(k int) string {
		if last+k < len(toks) {
			return toks[last+k].Norm
		}
		return ""
	}
	// "the Qamishlo Herald", "Baghdad Today": a masthead.
	if last < len(toks) && toks[last].Upper && mastheadNouns[toks[last].Norm] {
		return true
	}
	switch w := next(0); {
	case w == "news":
		return mediaNouns[next(1)] || outletNouns[next(1)]
	case mediaNouns[w]:
		return true
	case outletNouns[w]:
		return first > 0 && (toks[first-1].Norm == "a" || toks[first-1].Norm == "the")
	}
	return false
}

// compoundAfter make "Iran-backed", "Damascus-based" an adjective, not a
// place; so do a ship's flag and owners (flagWords: "a Barbados-flagged,
// Liberian-owned bulk carrier").
var compoundAfter = func() map[string]bool {
	m := map[string]bool{
		"based": true, "backed": true, "led": true, "run": true, "affiliated": true, "aligned": true,
		"allied": true, "linked": true, "sponsored": true, "funded": true, "held": true, "controlled": true,
		"supported": true, "made": true, "born": true,
	}
	for w := range flagWords {
		m[w] = true
	}
	return m
}()

// affiliationBefore reports a place that a ship or a group is tied to, not
// where anything happened: "vessels they consider linked to Israel", "a
// tanker owned by a Greek firm", "ships bound for Israel".
func affiliationBefore(toks []normalize.Token, first int) bool {
	if first < 2 {
		return false
	}
	w, v := toks[first-1].Norm, toks[first-2].Norm
	// "the ports of occupied Palestine": the ports a ship was barred from
	if w == "occupied" && v == "of" && first >= 3 && toks[first-3].Norm == "ports" {
		return true
	}
	if w == "the" && first >= 3 {
		w, v = v, toks[first-3].Norm
	}
	// "a U.S. vessel supporting Israel"
	if w == "supporting" || w == "backing" {
		return true
	}
	switch w {
	case "to", "with":
		return v == "linked" || v == "tied" || v == "connected" || v == "affiliated" || v == "allied"
	case "for":
		return v == "bound"
	case "by":
		return v == "owned" || v == "operated" || v == "managed" || v == "chartered"
	case "in":
		// "a bulk carrier owned in the UK and flagged in Palau"
		return v == "owned" || v == "flagged" || v == "registered" || v == "based" && first >= 3 && shipWords[toks[first-3].Norm]
	case "of":
		// "targeting the ship of America (Gibraltar Eagle)"; "a tanker
		// that flies the flag of Panama"; "the terrorist army of
		// America": a state's forces, not a place
		// "Kalliope Ship Management of Piraeus": where a firm is.
		return shipNoun(v) || v == "flag" || v == "flags" || v == "army" || v == "armies" || v == "navy" || v == "forces" ||
			firmNouns[v] && toks[first-2].Upper
	}
	return false
}

// firmNouns end a firm's name: "Kalliope Ship Management of Piraeus".
var firmNouns = map[string]bool{"management": true, "shipping": true, "maritime": true, "company": true, "ltd": true,
	"inc": true, "corp": true, "group": true, "lines": true, "navigation": true, "holdings": true, "trading": true,
	"carriers": true, "tankers": true, "bank": true, "university": true}

// voyagePlace reports a place that ends or begins a ship's voyage: both
// ends of a route ("en route SALALAH to JEDDAH", "on its way from Salalah
// in Oman to Jeddah"), or a country it heads for ("the vessels had been
// heading to Israel"); not a port it heads for, near which it is ("as it
// headed for Aden"), nor where a drone was going ("a drone on its way to
// the Harir air base").
func voyagePlace(toks []normalize.Token, p placeRef) bool {
	k := p.First - 1
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	// "in the Gulf of Suez", "to the port of Jeddah"
	for k >= 2 && toks[k].Norm == "of" && (toks[k-1].Upper || offsetNouns[toks[k-1].Norm]) {
		k -= 2
		if toks[k].Norm == "the" {
			k--
		}
	}
	if k < 1 {
		return false
	}
	if toks[k].Norm == "route" && toks[k-1].Norm == "en" {
		return shipBefore(toks, k-1)
	}
	switch toks[k].Norm {
	case "from", "to", "for", "toward", "towards":
	case "in", "at", "off":
		// "is at anchor in the Gulf of Suez awaiting inspection": where
		// the ship lies now, after the attack; not "a missile boat
		// anchored off Hodeidah", where it was hit.
		if k >= 3 && toks[k-1].Norm == "anchor" && toks[k-2].Norm == "at" && nowWords[toks[k-3].Norm] {
			return true
		}
		// "from Salalah in Oman", not "while sailing in the Red Sea"
		if toks[k].Norm != "in" || !toks[k-1].Upper {
			return false
		}
	default:
		return false
	}
	from := toks[k].Norm == "from"
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		w := toks[j].Norm
		from = from || w == "from"
		switch {
		case routeWords[w]:
			return (from || w == "route") && shipBefore(toks, j)
		case motionWords[w]:
			return p.Entry != nil && p.Entry.Kind == sitrep.KindCountry && shipBefore(toks, j)
		}
		if toks[j].Kind == normalize.Punct && w != "-" || attackWords[w] {
			return false
		}
	}
	return false
}

// shipBefore reports a ship's noun among the few tokens before token j:
// "container ship MAERSK GIBRALTAR, en route", "the vessels had been
// heading".
func shipBefore(toks []normalize.Token, j int) bool {
	for i := j - 1; i >= 0 && i >= j-6; i-- {
		if shipNoun(toks[i].Norm) {
			return true
		}
	}
	return false
}

// shipNoun reports a word for a ship or ships: shipWords and their plurals.
func shipNoun(w string) bool {
	return shipWords[w] || w == "ships" || w == "vessels" || w == "tankers"
}

// nowWords say where a ship is now: "is at anchor", "remains at anchor".
var nowWords = map[string]bool{"is": true, "are": true, "remains": true, "remain": true, "lies": true, "now": true}

// routeWords name a ship's route, whose ends are no attack's place: "en
// route to", "on its way from ... to".
var routeWords = map[string]bool{"route": true, "way": true, "voyage": true}

// motionWords move a ship toward a place: "vessels heading to Israel".
var motionWords = map[string]bool{"heading": true, "headed": true, "bound": true, "sailing": true, "sailed": true,
	"transiting": true, "travelling": true, "traveling": true, "destined": true}

// warPlace reports a place that names a war or a truce, not where an
// attack was: "since the Gaza truce collapsed on Friday", "the truce
// between Israel and Hamas that ended on Friday".
func warPlace(toks []normalize.Token, p placeRef) bool {
	if p.Last < len(toks) && warNouns[toks[p.Last].Norm] {
		return true
	}
	for k := p.First - 1; k >= 0 && k >= p.First-4; k-- {
		switch w := toks[k].Norm; {
		case w == "between" || w == "and" || w == "the":
		case warNouns[w]:
			return toks[k+1].Norm == "between"
		default:
			return false
		}
	}
	return false
}

// warNouns name a war or a pause in it.
var warNouns = map[string]bool{"truce": true, "ceasefire": true, "cease-fire": true, "war": true, "conflict": true, "armistice": true}

// streetWords after a name make it a street or a building, not the place.
var streetWords = map[string]bool{
	"street": true, "st": true, "square": true, "road": true, "avenue": true, "bridge": true,
	"hospital": true, "mosque": true, "university": true, "stadium": true, "hotel": true,
	"highway": true, "time": true, // "(Damascus time)"
}

// formationNouns after a place's name make it a formation's: "the Nasr
// Unit", "the Jenin Brigade".
var formationNouns = map[string]bool{"unit": true, "brigade": true, "brigades": true, "battalion": true,
	"battalions": true, "division": true, "regiment": true, "force": true, "corps": true}

// evacuatedTo reports "to" or "at" (and an article) before token first,
// after a verb that takes the wounded somewhere: "transferred a citizen
// ... to the", "was treated at"; not "a strike at the".
func evacuatedTo(toks []normalize.Token, first int) bool {
	k := first - 1
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	if k < 0 || toks[k].Norm != "to" && toks[k].Norm != "at" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-40; j-- {
		switch toks[j].Norm {
		case "taken", "transferred", "rushed", "evacuated", "brought", "treated", "admitted", "transported", "ferried":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// hospitalKinds come between a town's name and "hospital": "the Tyre
// government hospital".
var hospitalKinds = map[string]bool{"government": true, "governmental": true, "public": true, "general": true,
	"regional": true, "military": true, "university": true, "central": true}

// backedWords come before "by" and a government that backs an armed
// force: "backed by Damascus", "funded by Tehran".
var backedWords = map[string]bool{"backed": true, "supported": true, "funded": true, "armed": true, "sponsored": true,
	"trained": true, "financed": true, "equipped": true}

// divisionNamed reports a match that ends with a division word: "the
// Sinjar district", "Anbar governorate".
func divisionNamed(toks []normalize.Token, m gazetteer.Match) bool {
	switch toks[m.Last-1].Norm {
	case "district", "governorate", "province", "subdistrict", "county", "region", "caza", "kaza", "qada", "qadaa",
		"nahiya", "nahia":
		return true
	}
	return false
}

// villageInGap reports an apposition that places a town between two
// places: ", a village in the", ", a small border town in".
func villageInGap(toks []normalize.Token, i, j int) bool {
	if j-i < 4 || j-i > 7 || toks[i].Norm != "," || toks[i+1].Norm != "a" && toks[i+1].Norm != "an" {
		return false
	}
	prep, noun := nounBeforeGapEnd(toks, i, j)
	if prep != "in" && prep != "of" {
		return false
	}
	switch noun {
	case "village", "town", "locality", "hamlet", "community", "municipality":
		return true
	}
	return false
}

// villagesInGap reports a gap between two places that ends in "villages
// in the" (towns, communities): "Aqraba and several other villages in
// the Ramallah area".
func villagesInGap(toks []normalize.Token, i, j int) bool {
	if j-i < 2 || j-i > 8 {
		return false
	}
	if prep, noun := nounBeforeGapEnd(toks, i, j); prep == "in" {
		switch noun {
		case "villages", "towns", "communities", "localities", "hamlets":
			return true
		}
	}
	return false
}

// nounBeforeGapEnd returns the preposition that ends the gap [i, j)
// between two places, "the" aside, and the word before it: "in" and
// "village" for ", a village in the".
func nounBeforeGapEnd(toks []normalize.Token, i, j int) (prep, noun string) {
	k := j - 1
	if toks[k].Norm == "the" {
		k--
	}
	if k <= i {
		return "", ""
	}
	return toks[k].Norm, toks[k-1].Norm
}

// areaAfter reports "area" or "areas" after a place: "the Ramallah and
// Nablus areas".
func areaAfter(toks []normalize.Token, k int) bool {
	return k < len(toks) && (toks[k].Norm == "areas" || toks[k].Norm == "area")
}

// inGap reports "in" or "in the" alone between two places.
func inGap(toks []normalize.Token, i, j int) bool {
	switch j - i {
	case 1:
		return toks[i].Norm == "in"
	case 2:
		return toks[i].Norm == "in" && toks[i+1].Norm == "the"
	}
	return false
}

// townAround reports a town set off by commas after a village or a site
// near it, no smaller: "near Khanasor, in Sinjar, on Sunday".
func townAround(toks []normalize.Token, prev placeRef, m gazetteer.Match, e *gazetteer.Entry) bool {
	i, j := prev.Last, m.First
	if j-i != 2 || toks[i].Norm != "," || toks[i+1].Norm != "in" || m.Last >= len(toks) || toks[m.Last].Norm != "," {
		return false
	}
	p := prev.Entry
	return e.Kind == sitrep.KindTown && rank(p.Kind) <= 1 && p.ID != e.ID && e.Population >= p.Population &&
		sitrep.DistanceKm(p.Lat, p.Lon, e.Lat, e.Lon) <= 30
}

// townAfterComma reports a town after a comma that only places the town
// or village before it, as a district would: "in Aitaroun, Bint Jbeil, on
// Monday", "below Deir Seryan, Marjayoun;". The second names a district
// (districtSeat), is as big as the first or bigger, within 25 km, in its
// country, and neither is a member of a list: nothing but a comma between them, no place just before the
// first ("Khiam, Aitaroun, Bint Jbeil") and none after the second ("Bint
// Jbeil and Khiam", "Bint Jbeil, Khiam").
func townAfterComma(g *gazetteer.Gazetteer, toks []normalize.Token, ms []gazetteer.Match, prev placeRef, m gazetteer.Match, e *gazetteer.Entry) bool {
	p := prev.Entry
	i, j := prev.Last, m.First
	if j-i != 1 || toks[i].Norm != "," || m.Direction != "" || prev.Direction != "" || e.Kind != sitrep.KindTown ||
		p.Kind != sitrep.KindTown || p.ID == e.ID || p.Country != e.Country || townSize(e) < townSize(p) ||
		e.Population < p.Population || sitrep.DistanceKm(p.Lat, p.Lon, e.Lat, e.Lon) > 25 || !districtSeat(g, e) {
		return false
	}
	startsPlace := func(k int) bool {
		for _, x := range ms {
			if x.First == k && len(x.Entries) > 0 && !x.Demonym {
				return true
			}
		}
		return false
	}
	if k := prev.First - 1; k >= 0 && (toks[k].Norm == "," || toks[k].Norm == "and") {
		for _, x := range ms {
			if x.Last == k && len(x.Entries) > 0 && !x.Demonym {
				return false
			}
		}
	}
	if m.Last >= len(toks) {
		return true
	}
	switch w := toks[m.Last].Norm; {
	case w == "and" || w == "or" || w == "&" || w == "/" || isDash(w) || w == "(":
		return false
	case w == ",":
		return !startsPlace(m.Last+1) && !(m.Last+1 < len(toks) && (toks[m.Last+1].Norm == "and" || toks[m.Last+1].Norm == "or"))
	}
	return true
}

// appositionGap reports an apposition between two places that says what
// the first is and where it lies by the second: ", a hill village above
// the coastal town of", ", a farming village just outside". It opens with
// ", a" and a place noun within three words, and runs on in lower-case
// words to a word of position.
func appositionGap(toks []normalize.Token, i, j int) bool {
	if j-i < 4 || j-i > 11 || toks[i].Norm != "," || toks[i+1].Norm != "a" && toks[i+1].Norm != "an" {
		return false
	}
	noun := 0
	for k := i + 2; k < j && k <= i+4; k++ {
		switch toks[k].Norm {
		case "village", "town", "hamlet", "locality", "community", "suburb", "neighbourhood", "neighborhood", "camp":
			noun = k
		}
	}
	if noun == 0 {
		return false
	}
	for k := i + 2; k < j; k++ {
		if t := toks[k]; t.Kind != normalize.Word || t.Upper && k > noun {
			return false
		}
	}
	k := j - 1
	if toks[k].Norm == "the" {
		k--
	}
	for k > noun && locatorWords[toks[k].Norm] && toks[k].Norm != "to" {
		k-- // "the coastal town of": what the second place is
	}
	switch toks[k].Norm {
	case "of", "in", "near", "above", "below", "overlooking", "outside", "beside", "by", "from":
		return k > noun
	}
	return false
}

// roadEnds reports the second end of a stretch of road between two places:
// "the road between Bednayel and Tamnin al-Tahta", "the road linking
// Bednayel with Tamnin", "the highway from Khiam to Marjayoun".
func roadEnds(toks []normalize.Token, prev placeRef, m gazetteer.Match) bool {
	if m.First-prev.Last != 1 || prev.Direction != "" || m.Direction != "" {
		return false
	}
	gap := toks[prev.Last].Norm
	k := prev.First - 1
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	road := func(k int) bool {
		for j := k; j >= 0 && j >= k-3; j-- {
			if roadNouns[toks[j].Norm] {
				return true
			}
		}
		return false
	}
	switch toks[k].Norm {
	case "between":
		return gap == "and" && road(k-1)
	case "linking", "connecting", "joining", "links", "connects", "joins":
		return (gap == "and" || gap == "with" || gap == "to") && road(k-1)
	case "from":
		return gap == "to" && road(k-1)
	}
	return false
}

// roadNouns are the ways a stretch between two places is: "the road
// between".
var roadNouns = map[string]bool{"road": true, "highway": true, "route": true, "stretch": true, "motorway": true,
	"track": true, "path": true, "street": true, "roads": true}

// districtSeat reports a town that gives its name to the district around
// it: one of Lebanon's cazas, or a town with a "<name> District" of its
// country in the gazetteer (Iraq's, Syria's...). "Metula, Kiryat Shmona"
// is a list; "Deir Seryan, Marjayoun" a village and its district.
func districtSeat(g *gazetteer.Gazetteer, e *gazetteer.Entry) bool {
	if e.Country == "LB" {
		return lebanonCazas[normalize.Fold(e.Name)]
	}
	for _, d := range g.Lookup(e.Name + " District") {
		if d.Kind == sitrep.KindRegion && d.Subkind == "district" && d.Country == e.Country {
			return true
		}
	}
	return false
}

// lebanonCazas are the towns Lebanon's districts (cazas) are named after,
// as the gazetteer names them.
var lebanonCazas = map[string]bool{"marjayoun": true, "bent jbail": true, "bint jbeil": true, "nabatieh": true,
	"tyre": true, "sidon": true, "jezzine": true, "hasbaya": true, "rashaya": true, "zahle": true, "baalbek": true,
	"hermel": true, "jbeil": true, "batroun": true, "zgharta": true, "bsharri": true, "halba": true, "aley": true,
	"baabda": true, "jounieh": true, "an nabatiyah at tahta": true, "el hermel": true, "bcharre": true, "aaley": true}

// townSize ranks a town's subkind: a village below a town or city, a
// capital above them.
func townSize(e *gazetteer.Entry) int {
	switch e.Subkind {
	case "village":
		return 0
	case "capital":
		return 2
	}
	return 1
}

// alliesNouns are people a country has abroad: "Iran's Iraqi allies",
// "advisers of Iran".
var alliesNouns = map[string]bool{"allies": true, "proxies": true, "advisers": true, "advisors": true,
	"officers": true, "militias": true, "partners": true, "clients": true}

// alliesAfter reports a country's people abroad after its name ending
// before token k, with an adjective between: "Iran's Iraqi allies".
func alliesAfter(toks []normalize.Token, k int) bool {
	if k < len(toks) && alliesNouns[toks[k].Norm] {
		return true
	}
	// "Iran's Iraqi allies" (the tokens drop the "'s"); not "Israel and
	// its allies".
	return k+1 < len(toks) && toks[k].Kind == normalize.Word && toks[k].Upper && alliesNouns[toks[k+1].Norm]
}

// shipName reports a place's name inside a ship's: "the U.S.-owned
// Gibraltar Eagle", "hit the Gibraltar Eagle, a U.S.-owned bulk carrier",
// "the tanker Marlin Luanda", "MV Maersk Gibraltar". The name goes on
// with a capitalised word before or after the place, and a ship's word
// comes just before it or in the apposition after it.
func shipName(toks []normalize.Token, p placeRef) bool {
	first, last := p.First, p.Last
	switch {
	case last < len(toks) && capWord(toks[last]):
		last++
	case first > 0 && capWord(toks[first-1]):
		first--
	default:
		return false
	}
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		if shipWords[toks[k].Norm] {
			return true
		}
		// "the ship of America (Gibraltar Eagle)"
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" && toks[k].Norm != "/" && toks[k].Norm != "(" {
			break
		}
	}
	if last+1 < len(toks) && toks[last].Norm == "," && (toks[last+1].Norm == "a" || toks[last+1].Norm == "an" || toks[last+1].Norm == "the") {
		for k := last + 2; k < len(toks) && k <= last+8; k++ {
			if shipWords[toks[k].Norm] {
				return true
			}
			if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" && toks[k].Norm != "." {
				break
			}
		}
	}
	return false
}

// capWord reports a capitalised word that goes on a name.
func capWord(t normalize.Token) bool {
	return t.Kind == normalize.Word && t.Upper && !weekdayName(t.Norm) && months[t.Norm] == 0
}

// shipWords name a ship or its owners just before its name, or in the
// apposition after it.
var shipWords = map[string]bool{"vessel": true, "ship": true, "carrier": true, "tanker": true, "freighter": true,
	"mv": true, "m/v": true, "owned": true, "flagged": true, "boxship": true, "containership": true,
	"bulker": true, "trawler": true, "yacht": true, "ferry": true, "destroyer": true, "frigate": true, "uss": true, "hms": true}

// andBetween reports that only "and" and a bearing come between two
// places, from token i to j: "... of Sidon and some 25 km north of Tyre",
// not "... of Sidon and a house 3 km north of Tyre".
func andBetween(toks []normalize.Token, i, j int) bool {
	if j-i > 10 || i >= j || toks[i].Norm != "and" {
		return false
	}
	for k := i + 1; k < j; k++ {
		w := toks[k].Norm
		if _, n := gazetteer.DirectionWord(toks, k); n > 0 {
			continue
		}
		if toks[k].Kind != normalize.Number && kmPerUnit[w] == 0 && !approxWords[w] && !offsetNouns[w] && !offsetAdjectives[w] &&
			w != "of" && w != "the" && w != "-" {
			return false
		}
	}
	return true
}

// approxWords hedge a distance: "some 25 km".
var approxWords = map[string]bool{"some": true, "about": true, "roughly": true, "around": true, "approximately": true,
	"nearly": true, "almost": true, "approx": true}

// articled reports a name that begins with the Arabic article: "Al-Omar
// oil field", "al-Tanf".
func articled(name string) bool {
	w, _, _ := strings.Cut(strings.ToLower(name), " ")
	return strings.HasPrefix(w, "al-") || w == "al" || strings.HasPrefix(w, "el-") || w == "el"
}

// seaNear reports a sea or a warship's word within ten words of tokens
// [first, last): "at the Lincoln in the Arabian Sea", "the carrier
// Eisenhower"; not "at the Manchester Arena".
func seaNear(toks []normalize.Token, first, last int) bool {
	for k := max(0, first-10); k < len(toks) && k < last+10; k++ {
		switch toks[k].Norm {
		case "sea", "gulf", "strait", "carrier", "destroyer", "warship", "warships", "frigate", "cruiser", "navy", "uss", "hms":
			return true
		}
	}
	return false
}
