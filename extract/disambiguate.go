package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// mergePlaces merges two lists of place references in text order.
func mergePlaces(a, b []placeRef) []placeRef {
	out := make([]placeRef, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || len(a) > 0 && a[0].Start <= b[0].Start {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// disambiguate picks, for names that several places bear, the one the
// document is about: the place a name qualified by its division ("London,
// Ky.") resolved to, for the name's every mention; else a place in a
// province named nearby, or near another place the document names, then in
// a country the unambiguous names of the document point to, then the
// gazetteer's own order (curated first, larger first). Small towns that
// the gazetteer matches only as namesakes of a larger place win only with
// a province named nearby or a place near them ("Edmonton, just outside
// Cairns").
func disambiguate(g *gazetteer.Gazetteer, text string, refs []placeRef) []placeRef {
	sense := map[string]*gazetteer.Entry{}
	votes := map[string]int{} // by country, of the names of places in one country
	own := map[string]int{}   // of those votes, by the name's key
	var anchors []*placeRef   // places the others may lie near
	type anchorKey struct {
		key   string
		entry *gazetteer.Entry
	}
	seenAnchor := map[anchorKey]bool{}
	admin := false
	// Where refs are in text order (they are as matched), the provinces
	// named within 240 bytes of a name are found by binary search.
	ordered := sort.SliceIsSorted(refs, func(i, j int) bool { return refs[i].Start < refs[j].Start })
	for i, r := range refs {
		if len(r.Entries) == 0 {
			continue
		}
		if r.Direction != "" {
			// "north London" anchors what lies near London.
			if e := r.Entries[0]; (e.Kind == sitrep.KindTown || e.Kind == sitrep.KindSite) && (len(r.Entries) == 1 || dominant(r.Entries)) {
				k := anchorKey{r.Key, r.Entry}
				if !seenAnchor[k] {
					seenAnchor[k] = true
					anchors = append(anchors, &refs[i])
				}
			}
			continue
		}
		if r.Qualified && r.Key != "" && sense[r.Key] == nil {
			sense[r.Key] = r.Entry
		}
		if r.Entry.Kind == sitrep.KindAdmin1 {
			admin = true
		}
		// A town or site, or a district or county ("Black Hawk County"),
		// that the name leaves no doubt about.
		small := r.Entry.Kind == sitrep.KindTown || r.Entry.Kind == sitrep.KindSite || r.Entry.Precision() == sitrep.GeoNear
		if small && (r.Qualified || len(r.Entries) == 1 || dominant(r.Entries)) {
			// One anchor per place and name: a name told a hundred times
			// anchors once.
			k := anchorKey{r.Key, r.Entry}
			if !seenAnchor[k] {
				seenAnchor[k] = true
				anchors = append(anchors, &refs[i])
			}
		}
		cc := r.Entries[0].Country
		one := true
		for _, e := range r.Entries[1:] {
			if e.Country != cc {
				one = false
				break
			}
		}
		if one {
			votes[cc]++
			own[r.Key]++
		}
	}
	// context scores a candidate by the province named near the name (admin
	// points) and the places of the document near it (10); another mention
	// of the same name, with or without its designator, vouches for neither
	// ("Plymouth" and "Plymouth County" of one state).
	context := func(r placeRef, e *gazetteer.Entry, admin int) int {
		score := 0
		window := refs
		if ordered {
			lo := sort.Search(len(refs), func(k int) bool { return refs[k].Start >= r.Start-240 })
			hi := sort.Search(len(refs), func(k int) bool { return refs[k].Start > r.End+240 })
			window = refs[lo:hi]
		}
		for _, o := range window {
			if o.Start != r.Start && !sameName(o.Key, r.Key) && o.Start >= r.Start-240 && o.Start <= r.End+240 && o.Entry.Kind == sitrep.KindAdmin1 &&
				o.Entry.Country == e.Country && o.Entry.Name == e.Admin1 {
				score += admin
				break
			}
		}
		// A place near it in the same passage counts more than one
		// elsewhere in the document: "Israeli strikes on Haris (5 dead)
		// and Tallousa (4 dead)" in a round-up that also tells of the
		// West Bank.
		// The nearer such place counts more: Tallousa 18 km from Haris of
		// Lebanon beside al-Yamun 41 km from Haris of the West Bank.
		anchored := 0
		for _, o := range anchors {
			if !sameName(o.Key, r.Key) && within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, nearKm) {
				a := 10
				if o.Start >= r.Start-240 && o.Start <= r.End+240 {
					a = 12
					if within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, nearKm/2) {
						a = 13
					}
				}
				// Listed with it: "strikes on Haris (5 dead) and Tallousa";
				// more when it lies near (18 km from Lebanon's Haris).
				if o.Start >= r.End && o.Start-r.End <= 40 || o.End <= r.Start && r.Start-o.End <= 40 {
					a = 20
					if within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, nearKm/2) {
						a = 24
					}
				}
				if anchored = max(anchored, a); anchored == 24 {
					break // none counts more
				}
			}
		}
		score += anchored
		// "the central Israeli town of Tira": the Tira of central Israel.
		if regionalTown(text, r.Start, e) {
			score += 10
		}
		// "al-Nabk, north of Damascus": the place the name is told
		// beside, however far a town may lie from it.
		for _, o := range window {
			if o.Start >= r.End && o.Start-r.End <= 40 && o.Entry != nil && !sameName(o.Key, r.Key) &&
				relativeGap(text[r.End:o.Start]) && within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, relativeKm) {
				// "al-Mazraa, west of Sweida": the namesake that lies near
				// it (12 km), not those 150 km off, when one does.
				// "Burqa, a village east of Ramallah": the Burqa 4 km off,
				// not the one 44 km north.
				if within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, nearKm/2) {
					score += 14
				} else if within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, nearKm) {
					score += 12
				} else if !slices.ContainsFunc(r.Entries, func(c *gazetteer.Entry) bool { return within(o.Entry.Lat, o.Entry.Lon, c.Lat, c.Lon, nearKm) }) {
					score += 10
				}
				break
			}
			// "Haris in the Bint Jbeil district": the namesake inside it.
			if o.Start >= r.End && o.Start-r.End <= 10 && o.Entry != nil && district(o.Entry) && !sameName(o.Key, r.Key) &&
				inDistrictGap(text[r.End:o.Start]) && o.Entry.Country == e.Country && within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, districtKm) {
				score += 10
				break
			}
		}
		return score
	}
	// keyContext is the best context any mention of r's name gives e: the
	// province told beside one mention of "Plymouth County" places the
	// others too.
	type keyEntry struct {
		key   string
		entry *gazetteer.Entry
	}
	keyScores := map[keyEntry]int{}
	keyContext := func(r placeRef, e *gazetteer.Entry) int {
		if r.Key == "" {
			return context(r, e, 10)
		}
		ke := keyEntry{r.Key, e}
		if v, ok := keyScores[ke]; ok {
			return v
		}
		best := 0
		for _, o := range refs {
			if o.Key == r.Key && o.Direction == "" && len(o.Entries) > 0 && o.Entries[0] == r.Entries[0] {
				best = max(best, context(o, e, 10))
			}
		}
		keyScores[ke] = best
		return best
	}
	// neighbours counts the votes of the other countries that lie near a
	// candidate, at half the weight of its own country's: Azerbaijan and
	// Armenia make "Georgia" the country, not the state.
	type voter struct {
		cc      string
		country *gazetteer.Entry
		votes   int
	}
	var voters []voter // the countries of votes, read once
	neighbours := func(e *gazetteer.Entry) int {
		if voters == nil {
			voters = make([]voter, 0, len(votes))
			for cc, v := range votes {
				if c := g.Country(cc); c != nil {
					voters = append(voters, voter{cc, c, v})
				}
			}
		}
		n := 0
		for _, c := range voters {
			if c.cc != e.Country && within(c.country.Lat, c.country.Lon, e.Lat, e.Lon, neighbourKm) {
				n += c.votes
			}
		}
		return n
	}
	// pick returns the candidate of r the context favours, among the
	// namesakes of a town too.
	pick := func(r placeRef, namesakes bool) *gazetteer.Entry {
		best, bestScore := r.Entries[0], -1
		for k, e := range r.Entries {
			if r.Cued && e.Kind != r.Entries[0].Kind {
				continue // "New York Gov." is the state's, whatever the city near
			}
			// The votes of the other names: a name does not vouch for itself.
			v := votes[e.Country]
			if e.Country == r.Entries[0].Country {
				v -= own[r.Key]
			}
			score := v*2 + neighbours(e) + keyContext(r, e)
			if k == 0 {
				score++ // the gazetteer's own preference breaks ties
				// ... and outweighs two of a country's votes when its place
				// is far larger: London is London, England, even beside
				// Toronto, but not in a story that names Canada three times
				// and no other country.
				if dominant(r.Entries) {
					score += 4
				}
			}
			if score > bestScore {
				best, bestScore = e, score
			}
		}
		if namesakes {
			// A small town's province named nearby counts for less than a
			// place near it: it must also beat the larger place's size.
			for _, e := range g.Namesakes(r.Key) {
				if score := context(r, e, 6); score >= 10 && score > bestScore {
					best, bestScore = e, score
				}
			}
		}
		return best
	}
	for i, r := range refs {
		if r.Qualified || len(r.Entries) == 0 {
			continue
		}
		// A part of a place ("West Surrey", "central Washington") is a
		// part of the place the context favours.
		if r.Direction != "" {
			best := sense[r.Key]
			if best == nil && len(r.Entries) > 1 {
				best = pick(r, false)
			}
			if best != nil && best != r.Entries[0] {
				refs[i].Entry = best
				if reg := g.Region(best, r.Direction); reg != nil {
					refs[i].Entry = reg
				}
			}
			continue
		}
		if r.Entry != r.Entries[0] {
			continue
		}
		if e := sense[r.Key]; e != nil {
			refs[i].Entry = e
			continue
		}
		namesakes := (admin || len(anchors) > 0) && r.Entries[0].Kind == sitrep.KindTown && !curated(r.Entries)
		if len(r.Entries) < 2 && !namesakes {
			continue
		}
		refs[i].Entry = pick(r, namesakes)
	}
	// "Suffolk County" of one state makes a bare "Suffolk" that county,
	// not a county of another country; a town of that name is another
	// place and keeps its own (countyBare).
	county := map[string]*gazetteer.Entry{}
	for _, r := range refs {
		if bare := countyBare(r); bare != "" && county[bare] == nil {
			county[bare] = r.Entry
		}
	}
	for i, r := range refs {
		if e := county[r.Key]; e != nil && r.Direction == "" && !r.Qualified && sense[r.Key] == nil &&
			len(r.Entries) > 0 && r.Entries[0].Kind != sitrep.KindTown && r.Entry.Kind != sitrep.KindTown {
			refs[i].Entry = e
		}
	}
	// "the Karak district" in a story of Jordan that names the town of
	// Karak is the town's district, not a district of that name in a
	// country the document does not otherwise name.
	bareSense := map[string]*gazetteer.Entry{}
	for _, r := range refs {
		if r.Direction == "" && r.Entry != nil && votes[r.Entry.Country] > 0 && bareSense[r.Key] == nil {
			bareSense[r.Key] = r.Entry
		}
	}
	for i, r := range refs {
		bare, ok := designated(r.Key)
		if !ok || r.Direction != "" || r.Entry == nil || votes[r.Entry.Country] > own[r.Key] {
			continue
		}
		if e := bareSense[bare]; e != nil && e.Country != r.Entry.Country {
			refs[i].Entry = e
		}
	}
	// "near Maysalun, in Syria's Deir ez-Zor province", "the village of
	// Arman in the south of Syria's Suwayda province": a name whose only
	// places lie in another country than the province, country or part of
	// a country named right after it is not one of them.
	// "Khan Younis, al-Amal": a quarter of the town before the comma, not
	// a village of that name in another country (nor does that village
	// make the town a stray).
	quarters := make([]placeRef, 0, len(refs))
	for i, r := range refs {
		if (i == 0 || !quarterAfterTown(text, refs[i-1], r)) && (i+1 == len(refs) || !quarterOfTown(text, r, refs[i+1])) {
			quarters = append(quarters, r)
		}
	}
	refs = quarters
	kept := refs[:0]
	for i, r := range refs {
		if strayTown(refs, r, votes[r.Entry.Country]-own[r.Key]) {
			continue
		}
		// "the village of al-Bayda, about six kilometres south of the city
		// of Baniyas": none of the namesakes far from the town it is told
		// beside (the one of Yemen), but a name the gazetteer lacks, placed
		// beside the town.
		if i+1 < len(refs) && farFromRelative(text, r, refs[i+1]) {
			o := refs[i+1].Entry
			name := strings.TrimSpace(text[r.Start:r.End])
			c := &gazetteer.Entry{ID: "name:" + normalize.Fold(name), Kind: sitrep.KindTown, Subkind: "unresolved", Name: name,
				Country: o.Country, Admin1: o.Admin1, Lat: o.Lat, Lon: o.Lon, Source: "the text only, placed near " + o.Name}
			r.Entry, r.Entries = c, []*gazetteer.Entry{c}
		}
		if i+1 < len(refs) && r.Direction == "" && (r.Entry.Kind == sitrep.KindTown || r.Entry.Kind == sitrep.KindSite) {
			o := refs[i+1]
			container := o.Entry.Kind == sitrep.KindAdmin1 || o.Entry.Kind == sitrep.KindCountry ||
				o.Entry.Kind == sitrep.KindRegion && o.Entry.Country != "" // "in the south of Syria's ..."
			if o.Start-r.End < 40 && qualifierGap(text[r.End:o.Start]) && container && o.Entry.Country != "" &&
				o.Entry.Country != r.Entry.Country && !anyIn(r.Entries, o.Entry.Country) &&
				// "the Mehola junction, in the northern Jordan Valley": a
				// valley that spans a border holds it.
				!spans(o, r.Entry) {
				continue
			}
		}
		kept = append(kept, r)
	}
	return kept
}

// quarterAfterTown reports whether r, a village of the generated layer
// told right after town p and a comma, lies in another country than p
// and far from it, as no namesake of r lies in p's country: the name of a
// quarter of p that the gazetteer lacks.
func quarterAfterTown(text string, p, r placeRef) bool {
	e := r.Entry
	if p.Entry == nil || e == nil || p.Entry.Kind != sitrep.KindTown || e.Kind != sitrep.KindTown || e.Curated() ||
		r.Direction != "" || p.Direction != "" || r.Qualified || e.Population >= villagePopulation ||
		p.End >= r.Start || strings.TrimSpace(text[p.End:r.Start]) != "," {
		return false
	}
	return e.Country != p.Entry.Country && !anyIn(r.Entries, p.Entry.Country) && !within(p.Entry.Lat, p.Entry.Lon, e.Lat, e.Lon, villageKm)
}

// quarterOfTown reports whether r, a town of the generated layer far from
// town p, is told as the first word of a quarter of p: "the Saff
// al-Hawa neighbourhood of the town of Bint Jbeil" is not As Saff in Egypt.
func quarterOfTown(text string, r, p placeRef) bool {
	e := r.Entry
	if p.Entry == nil || e == nil || p.Entry.Kind != sitrep.KindTown || e.Kind != sitrep.KindTown || e.Curated() ||
		r.Direction != "" || r.Qualified || e.Population >= strayPopulation || e.Subkind == "capital" || r.End >= p.Start ||
		e.Country == p.Entry.Country && within(p.Entry.Lat, p.Entry.Lon, e.Lat, e.Lon, villageKm) {
		return false
	}
	words := strings.Fields(strings.ToLower(text[r.End:p.Start]))
	if len(words) > 0 && strings.HasPrefix(words[0], "al-") {
		words = words[1:] // "Saff al-Hawa"
	}
	if len(words) < 2 || words[1] != "of" {
		return false
	}
	switch words[0] {
	case "neighbourhood", "neighborhood", "quarter", "district", "area":
	default:
		return false
	}
	rest := strings.Join(words[2:], " ")
	return rest == "" || rest == "the" || rest == "the town of" || rest == "the city of" || rest == "the village of" || rest == "the camp of"
}

// spans reports whether region o (or the whole of a region o names a
// part of: "the northern Jordan Valley") holds e's point in its box.
func spans(o placeRef, e *gazetteer.Entry) bool {
	for _, r := range append([]*gazetteer.Entry{o.Entry}, o.Entries...) {
		if r.Kind == sitrep.KindRegion && r.Subkind != "sea" && r.BoxHolds(e.Lat, e.Lon) {
			return true
		}
	}
	return false
}

// A town matched by another of its names only is doubted (strayTown) when
// it lies further than villageKm from every other place of the document
// (a village, under villagePopulation), or further than townKm from them all
// and from the points of the countries and seas the document names.
const (
	villageKm         = 300
	villagePopulation = 10000
	townKm            = 1500
	strayPopulation   = 1000000 // from which a town is known abroad by its other names ("Kiev")
)

// strayTown reports whether r is a town of the gazetteer's generated layer
// that only another name of it matches, in a country no other name of the
// document lies in (others, the votes of the other names) and far from all
// its places: "the Batas area" of Iraqi Kurdistan is not Bath, England, nor
// "the village of Tal Adas" of al-Hasakah Tel Adashim in Israel; Hodeidah
// in a story of the Red Sea stays. The name is then left to the towns the
// gazetteer lacks (unknownPlaces).
func strayTown(refs []placeRef, r placeRef, others int) bool {
	e := r.Entry
	if e == nil || r.Direction != "" || r.Qualified || e.Kind != sitrep.KindTown || e.Curated() ||
		e.Population >= strayPopulation || e.Subkind == "capital" || others > 0 || r.Key == "" {
		return false
	}
	if k, err := gazetteer.Key(e.Name); err != nil || k == r.Key {
		return false
	}
	village := e.Population < villagePopulation
	placed := false
	for _, o := range refs {
		if o.Entry == nil || o.Start == r.Start || sameName(o.Key, r.Key) {
			continue
		}
		wide := o.Entry.Kind == sitrep.KindCountry || o.Entry.Kind == sitrep.KindRegion && o.Entry.Country == ""
		if village && !wide && within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, villageKm) ||
			!village && within(o.Entry.Lat, o.Entry.Lon, e.Lat, e.Lon, townKm) {
			return false
		}
		placed = placed || !wide
	}
	return placed
}

// farFromRelative reports a town r told relative to the town or site o
// right after it ("X, 6 km south of Y", "X in the eastern countryside of
// Y") whose namesakes all lie farther from o than a place told relative to
// it may, none in o's country.
func farFromRelative(text string, r, o placeRef) bool {
	e := r.Entry
	if e == nil || o.Entry == nil || e.Kind != sitrep.KindTown || rank(o.Entry.Kind) > 1 ||
		o.Entry.Subkind == "unresolved" || o.Start < r.End || o.Start-r.End > 60 {
		return false
	}
	// A bearing may reach far ("120 km north of"); a town's countryside
	// does not.
	reach := float64(relativeKm)
	switch gap := text[r.End:o.Start]; {
	case bearingGap(gap):
	case surroundsGap(gapWords(gap)):
		reach = nearKm
	default:
		return false
	}
	return !slices.ContainsFunc(r.Entries, func(c *gazetteer.Entry) bool {
		return c.Country == o.Entry.Country || within(o.Entry.Lat, o.Entry.Lon, c.Lat, c.Lon, reach)
	})
}

// bearingGap reports a gap that is only a bearing, its distance before
// it: ", south of the ", ", about six kilometres south of the ".
func bearingGap(gap string) bool {
	w := strings.Fields(strings.TrimSuffix(gapWords(gap), " the"))
	if len(w) < 2 || w[len(w)-1] != "of" {
		return false
	}
	switch w[len(w)-2] {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
		"north-east", "north-west", "south-east", "south-west":
	default:
		return false
	}
	for _, x := range w[:len(w)-2] {
		switch x {
		case "about", "some", "around", "roughly", "approximately", "nearly", "almost", "a", "few", "km", "kilometres",
			"kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
			// "a village south of", "to the south of"
			"village", "town", "hamlet", "small", "to", "the":
		default:
			// "6", "6km"
			if rest := strings.TrimLeft(x, "0123456789."); smallNumbers[x] == 0 && rest != "" && rest != "km" {
				return false
			}
		}
	}
	return true
}

// qualifierGap reports whether gap, the text between a place name and the
// province or country after it, makes the second qualify the first: a
// comma or bracket alone ("Maysalun, Syria", "Maysalun (Syria"), or "in" or
// "of" with the words of a locative phrase ("Maysalun, in Syria's",
// "Maysalun in the north of Syria"). "Manbij near the Turkish border",
// "Sirte, the US..." and a sentence's end ("Caracas reacted. Malta was
// calm") qualify nothing.
func qualifierGap(gap string) bool {
	locative := false
	words := strings.FieldsFunc(gap, func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == '-' || r == '\u2013' || r == '\u2014' || r == '\u00a0'
	})
	for i, w := range words {
		switch strings.ToLower(w) {
		case "in", "of":
			locative = true
		case "the", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
			"central", "province", "governorate", "countryside":
		case "area":
			// "the Zikim area of northern Gaza"; not "the Sderot area east
			// of Gaza", beside it.
			if i+1 == len(words) || strings.ToLower(words[i+1]) != "of" {
				return false
			}
		default:
			return false
		}
	}
	return locative || strings.TrimSpace(strings.Trim(gap, " ,(\u00a0")) == ""
}

// sameName reports whether two keys name the same, but for a designator
// after one of them: "plymouth" and "plymouth county".
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) <= len(a) || b[len(a)] != ' ' || b[:len(a)] != a {
		return false
	}
	switch b[len(a)+1:] {
	case "county", "province", "governorate", "district", "city", "parish", "region", "state":
		return true
	}
	return false
}

// designated returns the name of a key with a designator after it
// ("karak district": "karak").
func designated(key string) (string, bool) {
	i := strings.LastIndexByte(key, ' ')
	if i <= 0 || !sameName(key[:i], key) {
		return "", false
	}
	return key[:i], true
}

// dominant reports whether the first of a name's candidates is a major
// place far larger than the next: London, England beside London, Ontario.
func dominant(es []*gazetteer.Entry) bool {
	next := 0
	if len(es) > 1 {
		next = es[1].Population
	}
	pop := es[0].Population
	return pop >= 10*next && pop >= gazetteer.MajorPopulation
}

// countyBare returns the key of the bare name of a county the text names
// with its designator ("Suffolk County": "suffolk"), or "". A bare name that is a county or province elsewhere then means it
// (see disambiguate); a town of that name is another place and keeps its
// own candidates.
func countyBare(r placeRef) string {
	if r.Direction != "" || r.Entry == nil || r.Entry.Kind != sitrep.KindRegion && r.Entry.Kind != sitrep.KindAdmin1 {
		return ""
	}
	bare, ok := strings.CutSuffix(r.Key, " county")
	if !ok || bare == "" {
		return ""
	}
	return bare
}

// nearKm is how close a place must lie to another the document names to
// count as near it.
const nearKm = 50

// within reports whether two points lie within km of each other, without
// trigonometry for the many that lie further apart in latitude alone.
func within(lat1, lon1, lat2, lon2, km float64) bool {
	if d := lat1 - lat2; d*111.19 > km || -d*111.19 > km { // a degree of latitude is 111.195 km on DistanceKm's sphere
		return false
	}
	return sitrep.DistanceKm(lat1, lon1, lat2, lon2) <= km
}

// neighbourKm is how close a country's point must lie to a candidate place
// for the country's votes to count for it.
const neighbourKm = 800

// curated reports whether es, a name's candidates, hold a curated place.
func curated(es []*gazetteer.Entry) bool {
	return len(es) > 0 && es[0].Curated()
}

func anyIn(es []*gazetteer.Entry, country string) bool {
	for _, e := range es {
		if e.Country == country {
			return true
		}
	}
	return false
}

// metonymVerb follows a capital or country that stands for its government.
var metonymVerb = map[string]bool{
	"said": true, "says": true, "estimates": true, "estimated": true, "slammed": true,
	"accused": true, "warned": true, "blamed": true, "denied": true, "insists": true,
	"would": true, "will": true, "has": false, "demanded": true, "protested": true,
	"condemned": true, "announced": true, "vowed": true, "urged": true, "alone": true,
	"insisted": true, "rejected": true, "summoned": true, "holds": true, "blames": true,
	"decided": true, "owned": true, "responded": true, "retaliated": true,
	// "as Baghdad and Erbil negotiate over oil exports": the governments.
	"negotiate": true, "negotiated": true, "negotiating": true, "agreed": true, "disagree": true,
	"accuses": true, "believes": true, "wants": true, "considers": true,
	"regards": true, "sees": true, "hopes": true, "fears": true,
}

// relativeKm is how far a place may lie from the one it is told
// relative to ("north of Damascus").
const relativeKm = 200

// relativeGap reports text between two place names that tells the first
// relative to the second: ", north of ", " 20 km south-east of ", ", near ",
// " outside ".
func relativeGap(gap string) bool {
	// "about six kilometres south of the city of Baniyas": the match
	// holds "city of".
	g := strings.TrimSuffix(gapWords(gap), " the")
	if surroundsGap(g) {
		return true
	}
	if strings.HasSuffix(g, " of") {
		for _, w := range strings.FieldsFunc(g, func(r rune) bool { return r == ' ' || r == '-' }) {
			switch w {
			case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
				return true
			}
		}
		return false
	}
	return g == "near" || g == "outside" || g == "close to" || g == "just outside"
}

// surroundsGap reports gap words that put a place in the land around a
// town: "in the western countryside of", "on the outskirts of", "in the
// suburbs of".
func surroundsGap(g string) bool {
	w := strings.Fields(g)
	if len(w) < 4 || len(w) > 5 || (w[0] != "in" && w[0] != "on") || w[1] != "the" || w[len(w)-1] != "of" {
		return false
	}
	switch w[len(w)-2] {
	case "countryside", "outskirts", "suburbs", "environs":
	default:
		return false
	}
	return len(w) == 4 || dirAdjectiveWords[w[2]]
}

// gapWords returns the text between two names in lower case, without the
// spaces and the comma around it.
func gapWords(gap string) string {
	return strings.ToLower(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(gap), ",")))
}

// districtKm is how far a place may lie from the point of the district
// it is told to be in.
const districtKm = 40

// inDistrictGap reports text between two names that puts the first in the
// second: " in ", ", in the ".
func inDistrictGap(gap string) bool {
	g := gapWords(gap)
	return g == "in" || g == "in the"
}

// regionAdmins are the first-level divisions of a country's part, as the
// press names them: "the central Israeli town of", "a southern Lebanese
// village".
var regionAdmins = map[string]map[string][]string{
	"israeli":  {"central": {"Central District", "Tel Aviv"}, "northern": {"Northern District", "Haifa"}, "southern": {"Southern District"}},
	"lebanese": {"southern": {"South Governorate", "Nabatieh"}, "eastern": {"Bekaa", "Baalbek-Hermel"}, "northern": {"North Lebanon", "Akkar"}},
}

// regionalTown reports a town e in the part of its country that the words
// before byte start name: "the central Israeli town of Tira", "the
// southern Lebanese village of Haris".
func regionalTown(text string, start int, e *gazetteer.Entry) bool {
	before := strings.ToLower(text[max(0, start-40):start])
	// The match may hold "town of".
	for _, noun := range []string{"town of ", "city of ", "village of "} {
		if len(text)-start > len(noun) && strings.EqualFold(text[start:start+len(noun)], noun) {
			before += noun
		}
	}
	for _, noun := range []string{" town of ", " city of ", " village of "} {
		i := strings.LastIndex(before, noun)
		if i < 0 || i+len(noun) != len(before) {
			continue
		}
		words := strings.Fields(before[:i])
		if len(words) < 2 {
			return false
		}
		for _, a := range regionAdmins[words[len(words)-1]][words[len(words)-2]] {
			if e.Admin1 == a {
				return true
			}
		}
	}
	return false
}
