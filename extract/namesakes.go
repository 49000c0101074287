package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// locatives are the words after which a capitalised name is most often a
// place: "in Innisfail", "near Randwick", "from Nenagh".
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "from": true, "around": true,
	"into": true, "of": true, "to": true, "towards": true, "toward": true, "across": true, "nearby": true,
	// "visited Gwoza", "attacked Konduga": a town as what the verb reaches.
	"visited": true, "attacked": true, "struck": true, "shelled": true, "bombed": true, "raided": true,
	"stormed": true, "overran": true,
	// "the attack on Dikwa"; "on Tuesday", "on May 5" are days (see
	// calendarWord).
	"on": true,
}

// calendarWord reports whether w names a day or a month: "on Tuesday".
func calendarWord(w string) bool {
	_, day := weekdays[w]
	_, month := months[w]
	return day || month
}

// namesakePlaces finds the small towns that the gazetteer does not match by
// themselves but that the document places: a capitalised name after "in",
// "near", "from"..., after a place in a list ("Red Deer and Innisfail") or
// opening a dateline ("INNISFAIL -"), none of whose
// words a known place or actor holds, that a namesake of the gazetteer
// bears in a province the document names or near a place it names
// ("Innisfail" in a report naming Alberta and Red Deer), or in the country
// most of its places lie in. The most populous such namesake is taken.
// Failing a namesake, a town of the region spelt otherwise than the
// gazetteer spells it, in a country the document names (Gazetteer.Spelt).
func namesakePlaces(g *gazetteer.Gazetteer, text string, toks []normalize.Token, known []placeRef, actors []actorMatch) []placeRef {
	var admins []*gazetteer.Entry
	var anchors []anchor
	for _, r := range known {
		switch e := r.Entry; {
		case r.Direction != "":
			// "the north-western Sagaing Region": the province still.
			if e.Kind == sitrep.KindRegion && e.Admin1 != "" {
				admins = append(admins, e)
			}
		case e.Kind == sitrep.KindAdmin1:
			admins = append(admins, e)
		case (e.Kind == sitrep.KindTown || e.Kind == sitrep.KindSite) && (r.Qualified || len(r.Entries) == 1):
			anchors = append(anchors, anchor{r.Key, e})
		}
	}
	// The country most of the document's places lie in, when it is most
	// of them and at least three: "in Salisbury" in a story of Britain.
	votes := map[string]int{}
	named := map[string]bool{} // the countries the document names, "southern Lebanon" too
	top, all := "", 0
	for _, r := range known {
		if cc := r.Entry.Country; cc != "" {
			named[cc] = true
		}
		if cc := r.Entry.Country; cc != "" && r.Direction == "" {
			votes[cc]++
			all++
			if votes[cc] > votes[top] || votes[cc] == votes[top] && cc < top {
				top = cc
			}
		}
	}
	if votes[top] < 3 || 2*votes[top] <= all {
		top = ""
	}
	if len(admins) == 0 && len(anchors) == 0 && len(named) == 0 {
		return nil
	}
	out := scanNamesakes(g, text, toks, known, actors, admins, anchors, top, named)
	if len(out) == 0 {
		return nil
	}
	// Again, with the towns found as anchors of one another: "INNISFAIL -"
	// opens a story that names Red Deer, found the same way, further on.
	more := anchors
	for _, r := range out {
		more = append(more, anchor{r.Key, r.Entry})
	}
	return scanNamesakes(g, text, toks, known, actors, admins, more, top, named)
}

// anchor is a place the document names, by the key of its name.
type anchor struct {
	key   string
	entry *gazetteer.Entry
}

// scanNamesakes is one pass of namesakePlaces.
func scanNamesakes(g *gazetteer.Gazetteer, text string, toks []normalize.Token, known []placeRef, actors []actorMatch,
	admins []*gazetteer.Entry, anchors []anchor, top string, named map[string]bool) []placeRef {
	var out []placeRef
	taken := newCover(len(toks), known, actors).holds
	ends := map[int]bool{} // token indices where a known place ends
	for _, r := range known {
		ends[r.Last] = true
	}
	delete(ends, 0)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != normalize.Word || !t.Upper {
			continue
		}
		last := datelineAt(text, toks, i)
		dateline := last > 0
		if !dateline {
			// "at the Bannu cantonment", "attacked the Morozovsk military
			// airfield": the town that names a facility.
			facility := i >= 2 && toks[i-1].Norm == "the" && !toks[i-2].Upper
			if i == 0 || (!locatives[toks[i-1].Norm] || toks[i-1].Upper) && !ends[listBefore(toks, i)] && !facility {
				continue
			}
			last = capsRun(toks, i)
			if facility && !(locatives[toks[i-2].Norm] && locatives[toks[i-1].Norm]) && !facilityAt(toks, last) {
				continue
			}
		}
		// "of Bannu Cantonment": the town, without the facility.
		stripped := false
		if last-i >= 2 && facilityNouns[toks[last-1].Norm] && len(g.Namesakes(mustKey(text, toks, i, last))) == 0 {
			last, stripped = last-1, true
		}
		if last == i || taken(i, last) || last-i == 1 && (commonWord(t.Norm) || calendarWord(t.Norm)) {
			continue
		}
		// The name must end there: a capitalised word after it, or a
		// possessive inside it, make it something else's.
		if !stripped && last < len(toks) && toks[last].Kind == normalize.Word && toks[last].Upper || toks[last-1].Possessive && !dateline {
			continue
		}
		key, err := gazetteer.Key(text[t.Start:toks[last-1].End])
		if err != nil {
			continue
		}
		// The best supported: a place near it outweighs its province
		// named; the more populous first among equals.
		var best *gazetteer.Entry
		bestSupport := 0
		// "Mafa in Nigeria's northeastern Yobe state": not the Mafa of
		// another state.
		after := adminAfter(known, last)
		for _, e := range g.Namesakes(key) {
			if after != nil && after.Country == e.Country && after.Name != e.Admin1 {
				continue
			}
			if s := support(e, key, admins, anchors); s > bestSupport {
				best, bestSupport = e, s
			}
		}
		// After "in", "near"..., the most populous namesake of the
		// document's country.
		if best == nil && top != "" && !dateline {
			for _, e := range g.Namesakes(key) {
				if e.Country == top && (after == nil || after.Country != e.Country || after.Name == e.Admin1) {
					best = e
					break
				}
			}
		}
		// After "in", "near"..., the most populous namesake in the one
		// country the document names: "in Beledweyne" in a story of
		// Somalia.
		if best == nil && !dateline && len(named) == 1 {
			for _, e := range g.Namesakes(key) {
				if named[e.Country] && (after == nil || after.Country != e.Country || after.Name == e.Admin1) {
					best = e
					break
				}
			}
		}
		// A town of the region spelt another way than the gazetteer's
		// ("Bint Jbeil", "Bent Jbail"), in a country the document names.
		if best == nil {
			for _, e := range g.Spelt(text[t.Start:toks[last-1].End]) {
				if named[e.Country] {
					best = e
					break
				}
			}
		}
		if best == nil {
			continue
		}
		out = append(out, placeRef{Match: gazetteer.Match{Start: t.Start, End: toks[last-1].End, First: i, Last: last,
			Entries: []*gazetteer.Entry{best}, Key: key}, Entry: best})
		ends[last] = true // "in Red Deer and Innisfail": the list goes on
		i = last - 1
	}
	return out
}

// facilityNouns name a facility after the town it is in: "Bannu
// Cantonment", "the Kismayo airport".
var facilityNouns = map[string]bool{"cantonment": true, "airport": true, "airbase": true, "base": true,
	"camp": true, "market": true, "bazaar": true, "junction": true, "bridge": true, "barracks": true,
	"garrison": true, "prison": true, "jail": true, "port": true, "harbour": true, "harbor": true,
	"checkpoint": true, "refinery": true, "station": true, "airfield": true, "district": true, "depot": true,
	"plant": true, "terminal": true}

// facilityAt reports whether a facility noun follows at token k, after
// at most one word that says which kind: "cantonment", "military
// airfield", "air base", "oil refinery".
func facilityAt(toks []normalize.Token, k int) bool {
	if k < len(toks) && facilityNouns[toks[k].Norm] && !toks[k].Upper {
		return true
	}
	return k+1 < len(toks) && facilityKinds[toks[k].Norm] && !toks[k].Upper && facilityNouns[toks[k+1].Norm]
}

// facilityKinds qualify a facility noun: "military airfield", "air base".
var facilityKinds = map[string]bool{"military": true, "air": true, "naval": true, "oil": true, "army": true,
	"power": true, "fuel": true, "railway": true, "train": true, "bus": true, "police": true, "border": true}

// mustKey returns the gazetteer key of tokens [i, last), "" when it has none.
func mustKey(text string, toks []normalize.Token, i, last int) string {
	k, err := gazetteer.Key(text[toks[i].Start:toks[last-1].End])
	if err != nil {
		return ""
	}
	return k
}

// adminAfter returns the first-level division named within six tokens
// after token last ("Mafa in Nigeria's northeastern Yobe state", "Bannu,
// Khyber Pakhtunkhwa"), or nil.
func adminAfter(known []placeRef, last int) *gazetteer.Entry {
	for _, r := range known {
		if r.First < last || r.First > last+6 {
			continue
		}
		for _, e := range append([]*gazetteer.Entry{r.Entry}, r.Entries...) {
			if e.Kind == sitrep.KindAdmin1 {
				return e
			}
		}
	}
	return nil
}

// listBefore returns the token index where the item before token i of a
// list ends ("Alberta, Innisfail", "Red Deer and Innisfail"), or 0.
func listBefore(toks []normalize.Token, i int) int {
	j := i - 1
	if j >= 1 && (toks[j].Norm == "and" || toks[j].Norm == "or") {
		j--
		if j >= 1 && toks[j].Norm == "," {
			j--
		}
		return j + 1
	}
	if j >= 1 && toks[j].Norm == "," {
		return j
	}
	return 0
}

// support tells how well the document places e: 2 for a place it names
// near e (not by e's own name), plus 1 for e's province named; 0 when neither.
func support(e *gazetteer.Entry, key string, admins []*gazetteer.Entry, anchors []anchor) int {
	s := 0
	for _, a := range admins {
		if a.Country == e.Country && (a.Name == e.Admin1 || a.Kind == sitrep.KindRegion && a.Admin1 == e.Admin1) {
			s = 1
			break
		}
	}
	for _, a := range anchors {
		if a.key != key && within(a.entry.Lat, a.entry.Lon, e.Lat, e.Lon, nearKm) {
			return s + 2
		}
	}
	return s
}

// datelineAt returns the end of the name that token i opens as a
// dateline, or 0: the first words of the text or of a line, in capitals,
// followed by a dash or a comma ("INNISFAIL -", "NENAGH, Ireland —").
func datelineAt(text string, toks []normalize.Token, i int) int {
	if i > 0 && !strings.ContainsRune(text[toks[i-1].End:toks[i].Start], '\n') {
		return 0
	}
	j := i
	for j < len(toks) && toks[j].Kind == normalize.Word && j-i < 3 {
		w := text[toks[j].Start:toks[j].End]
		if strings.ToUpper(w) != w {
			return 0
		}
		j++
	}
	if j == i || j >= len(toks) {
		return 0
	}
	switch toks[j].Norm {
	case "-", "—", "–", ",":
		return j
	}
	return 0
}

// containedElsewhere drops a town the text puts inside a place of another
// country far from it: "the town of al-Sour, in the northern countryside
// of Deir ez-Zor" is no Tyre (Sour) of Lebanon, whatever the gazetteer
// knows by that name. The name is then unknown to the gazetteer, as it is.
func containedElsewhere(toks []normalize.Token, places []placeRef) []placeRef {
	drop := map[int]bool{}
	for i := 0; i+1 < len(places); i++ {
		p, q := places[i], places[i+1]
		if p.Entry == nil || q.Entry == nil || p.Entry.Kind != sitrep.KindTown || p.Qualified || q.Entry.Country == "" ||
			p.Entry.Country == q.Entry.Country || !containerGap(toks, p.Last, q.First) ||
			sitrep.DistanceKm(p.Entry.Lat, p.Entry.Lon, q.Entry.Lat, q.Entry.Lon) < 300 {
			continue
		}
		drop[i] = true
	}
	if len(drop) == 0 {
		return places
	}
	out := places[:0]
	for i, p := range places {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// inNameTails drops the places matched inside a longer name the gazetteer
// lacks: the tail of a town's name that names a place far away ("Jabalia
// al-Balad" is a quarter of Jabalia, not Balad in Iraq), and a place after
// a family's "Abu" or "Umm" ("the house of the Abu Shaqra family").
func inNameTails(text string, toks []normalize.Token, places []placeRef) []placeRef {
	out := places[:0]
	for i, q := range places {
		if q.Entry != nil && q.First > 0 && q.Direction == "" {
			prev := toks[q.First-1]
			if prev.Upper && prev.End+1 == toks[q.First].Start && (prev.Norm == "abu" || prev.Norm == "umm" || prev.Norm == "ibn" || prev.Norm == "bin") {
				continue
			}
		}
		if i > 0 {
			p := places[i-1]
			// Not "Drones Hit Al-Tanf Base": a headline's verb.
			if p.Entry != nil && q.Entry != nil && p.Last == q.First && p.End+1 == q.Start && text[p.End] == ' ' &&
				articlePrefix(text[q.Start:q.End]) && p.Entry.Kind == sitrep.KindTown && p.Last-p.First == 1 && !is(&toks[p.First], cAttack) &&
				(p.Entry.Country != q.Entry.Country || sitrep.DistanceKm(p.Entry.Lat, p.Entry.Lon, q.Entry.Lat, q.Entry.Lon) > 50) {
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// articlePrefix reports a name written with the Arabic article joined by a
// hyphen: "al-Balad", "el-Tahta", "ash-Sharqi".
func articlePrefix(name string) bool {
	i := strings.IndexByte(name, '-')
	if i < 2 || i > 3 {
		return false
	}
	w := strings.ToLower(name[:i])
	return articleWord(w) || w == "er" || w == "esh" || w == "en"
}

// containerGap reports whether tokens [lo, hi) put what comes before them
// inside what comes after: ", in the northern countryside of", " in ",
// ", in the province of".
func containerGap(toks []normalize.Token, lo, hi int) bool {
	in := false
	for k := lo; k < hi; k++ {
		switch w := toks[k].Norm; {
		case w == "in":
			in = true
		case w == "," || w == "the" || w == "of" || w == "border" || dirAdjectiveWords[w] || containerNouns[w]:
		default:
			return false
		}
	}
	return in && hi-lo <= 8
}

var containerNouns = map[string]bool{"countryside": true, "province": true, "governorate": true, "district": true,
	"outskirts": true, "suburbs": true, "region": true, "desert": true, "rural": true, "area": true, "part": true}

// fragments drops a town matched on the first words of a longer name the
// gazetteer lacks, in a country no other place of the text is in: "the
// village of Kani Qirzhala, south-west of Erbil" is not Kani in Japan.
func fragments(toks []normalize.Token, places []placeRef) []placeRef {
	countries := map[string]int{}
	named := map[*gazetteer.Entry]int{} // mentions of each place
	for _, p := range places {
		if p.Entry != nil && p.Entry.Country != "" {
			countries[p.Entry.Country]++
		}
		named[p.Entry]++
	}
	out := places[:0]
	for _, p := range places {
		if p.Entry != nil && p.Entry.Kind == sitrep.KindTown && !p.Qualified && p.Last < len(toks) &&
			toks[p.Last].Kind == normalize.Word && toks[p.Last].Upper && toks[p.Last].Start == toks[p.Last-1].End+1 &&
			!placeKeywords[toks[p.Last].Norm] && countries[p.Entry.Country] == named[p.Entry] &&
			len(countries) > 1 {
			continue
		}
		out = append(out, p)
	}
	return out
}

// placeKeywords may follow a place's name as part of what it names:
// "Erbil Airport", "Kani Base", "Hit District".
var placeKeywords = map[string]bool{"airport": true, "base": true, "air": true, "city": true, "town": true,
	"village": true, "district": true, "province": true, "governorate": true, "camp": true, "field": true,
	"oilfield": true, "crossing": true, "road": true, "highway": true, "bridge": true, "dam": true, "port": true,
	"river": true, "valley": true, "mountains": true, "mountain": true, "hospital": true, "university": true}

// surnameSite reports a site matched on one bare word of its name right
// after a capitalised given name: "Race director Dilshad Omar said" names a
// man, not the al-Omar oil field.
func surnameSite(toks []normalize.Token, p placeRef) bool {
	if p.Entry == nil || p.Entry.Kind != sitrep.KindSite || p.Last-p.First != 1 || p.First < 2 {
		return false
	}
	prev := toks[p.First-1]
	if prev.Kind != normalize.Word || !prev.Upper || prev.Possessive || prev.End+1 != toks[p.First].Start || placeKeywords[prev.Norm] ||
		demonyms[prev.Norm] != "" || strings.HasSuffix(prev.Norm, "an") || strings.HasSuffix(prev.Norm, "i") {
		return false // "Erbil's Harir", "Syrian Conoco", "Iraqi Omar"
	}
	// Not at a sentence's start, where any word has a capital.
	before := toks[p.First-2]
	return before.Kind == normalize.Word || before.Norm == ","
}

// givenName reports a one-word town that is a man's given name before his
// family name: "Khalil al-Maqdah" (al-Khalil is Hebron), "the terrorist
// Khalil Maqdah".
func givenName(toks []normalize.Token, p placeRef) bool {
	if p.Entry == nil || p.Entry.Kind != sitrep.KindTown || p.Last-p.First != 1 || p.Last+1 >= len(toks) || !givenNames[toks[p.First].Norm] {
		return false
	}
	next := toks[p.Last]
	if (next.Norm == "al" || next.Norm == "el") && p.Last+2 < len(toks) && toks[p.Last+1].Norm == "-" && toks[p.Last+2].Upper &&
		next.Start == toks[p.Last-1].End+1 {
		return !townParts[toks[p.Last+2].Norm] // not "Jabalia al-Balad", "Nabatieh al-Fawqa"
	}
	if p.First == 0 || !titleNouns[toks[p.First-1].Norm] {
		return false
	}
	return next.Kind == normalize.Word && next.Upper && !placeKeywords[next.Norm]
}

// townParts end the name of a part of a town or of its twin: "Jabalia
// al-Balad" (the old town), "Nabatieh al-Fawqa" (upper), "Kfar Kila
// al-Jadida" (new).
var townParts = map[string]bool{"balad": true, "fawqa": true, "tahta": true, "jadida": true, "jadideh": true,
	"kabira": true, "kabir": true, "saghira": true, "sharqiya": true, "sharqi": true, "gharbiya": true, "gharbi": true,
	"shamaliya": true, "janubiya": true, "qadima": true, "mukhayyam": true, "wusta": true}

// givenNames are men's given names that are also the name of a town or
// one of its names (al-Khalil is Hebron).
var givenNames = map[string]bool{"khalil": true, "ali": true, "hassan": true, "hasan": true, "hussein": true, "husayn": true,
	"abbas": true, "musa": true, "issa": true, "yahya": true, "karim": true, "salim": true, "salem": true, "kamal": true,
	"adnan": true, "mahmoud": true, "qasim": true, "qassem": true, "jamil": true, "bilal": true, "said": true, "saeed": true,
	"ibrahim": true, "ismail": true, "yusuf": true, "youssef": true, "mustafa": true, "rami": true, "samir": true,
	"nabil": true, "ahmad": true, "ahmed": true, "mohammed": true, "muhammad": true, "omar": true, "khaled": true,
	"khalid": true, "tariq": true, "ziad": true, "hamza": true, "majid": true, "faisal": true, "nasser": true,
	"walid": true, "imad": true, "fouad": true, "bashir": true, "munir": true, "salah": true, "jaber": true}

// titleNouns name a man before his name: "the commander Khalil Maqdah".
var titleNouns = map[string]bool{"terrorist": true, "commander": true, "cadre": true, "militant": true, "operative": true,
	"official": true, "leader": true, "member": true, "sheikh": true, "named": true}

// orgAfter reports capitalised words after a place that end in an
// organisation's noun, so that the place opens the organisation's name:
// "the Jazira Field Monitor", "the Nineveh Relief Network".
func orgAfter(toks []normalize.Token, last int) bool {
	for k := last; k < len(toks) && k < last+3; k++ {
		t := toks[k]
		if t.Kind != normalize.Word || !t.Upper {
			return false
		}
		if orgNouns[t.Norm] {
			return true
		}
	}
	return false
}

// orgNouns end the names of monitors, outlets and groups.
var orgNouns = map[string]bool{"monitor": true, "observatory": true, "network": true, "agency": true, "institute": true,
	"foundation": true, "herald": true, "gazette": true, "tribune": true, "broadcasting": true,
	// "a Nabatieh Now tally": an outlet named for its town
	"now": true}
