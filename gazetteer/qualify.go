package gazetteer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/normalize"
)

// division is a first-level division named by an abbreviation.
type division struct{ country, admin1 string }

// divisionAbbrevs are the abbreviations that stand for a state, province or
// territory after a town's name and a comma in the English-language press
// ("London, Ky.", "Glasgow, KY", "Nelson, B.C."): the AP style and postal
// abbreviations of the United States, Canada and Australia. They are
// matched only there, as written or in capitals; elsewhere most are words
// or initials ("Pa.", "Miss.", "WA").
var divisionAbbrevs = map[string][]division{}

func init() {
	add := func(country, admin1 string, abbrevs ...string) {
		for _, a := range abbrevs {
			divisionAbbrevs[a] = append(divisionAbbrevs[a], division{country, admin1})
		}
	}
	for _, s := range []struct{ name, ap, postal string }{
		{"Alabama", "Ala.", "AL"}, {"Alaska", "", "AK"}, {"Arizona", "Ariz.", "AZ"},
		{"Arkansas", "Ark.", "AR"}, {"California", "Calif.", "CA"}, {"Colorado", "Colo.", "CO"},
		{"Connecticut", "Conn.", "CT"}, {"Delaware", "Del.", "DE"}, {"District of Columbia", "D.C.", "DC"},
		{"Florida", "Fla.", "FL"}, {"Georgia", "Ga.", "GA"}, {"Hawaii", "", "HI"},
		{"Idaho", "", "ID"}, {"Illinois", "Ill.", "IL"}, {"Indiana", "Ind.", "IN"},
		{"Iowa", "", "IA"}, {"Kansas", "Kan.", "KS"}, {"Kentucky", "Ky.", "KY"},
		{"Louisiana", "La.", "LA"}, {"Maine", "", "ME"}, {"Maryland", "Md.", "MD"},
		{"Massachusetts", "Mass.", "MA"}, {"Michigan", "Mich.", "MI"}, {"Minnesota", "Minn.", "MN"},
		{"Mississippi", "Miss.", "MS"}, {"Missouri", "Mo.", "MO"}, {"Montana", "Mont.", "MT"},
		{"Nebraska", "Neb.", "NE"}, {"Nevada", "Nev.", "NV"}, {"New Hampshire", "N.H.", "NH"},
		{"New Jersey", "N.J.", "NJ"}, {"New Mexico", "N.M.", "NM"}, {"New York", "N.Y.", "NY"},
		{"North Carolina", "N.C.", "NC"}, {"North Dakota", "N.D.", "ND"}, {"Ohio", "", "OH"},
		{"Oklahoma", "Okla.", "OK"}, {"Oregon", "Ore.", "OR"}, {"Pennsylvania", "Pa.", "PA"},
		{"Rhode Island", "R.I.", "RI"}, {"South Carolina", "S.C.", "SC"}, {"South Dakota", "S.D.", "SD"},
		{"Tennessee", "Tenn.", "TN"}, {"Texas", "Tex.", "TX"}, {"Utah", "", "UT"},
		{"Vermont", "Vt.", "VT"}, {"Virginia", "Va.", "VA"}, {"Washington", "Wash.", "WA"},
		{"West Virginia", "W.Va.", "WV"}, {"Wisconsin", "Wis.", "WI"}, {"Wyoming", "Wyo.", "WY"},
	} {
		add("US", s.name, s.postal)
		if s.ap != "" {
			add("US", s.name, s.ap)
		}
	}
	add("US", "Kansas", "Kans.")
	add("US", "Nebraska", "Nebr.")
	add("US", "Oregon", "Oreg.")
	add("US", "Pennsylvania", "Penn.")
	add("US", "West Virginia", "W. Va.")
	add("US", "Wisconsin", "Wisc.")
	add("CA", "Alberta", "Alta.", "AB")
	add("CA", "British Columbia", "B.C.", "BC")
	add("CA", "Manitoba", "Man.", "MB")
	add("CA", "New Brunswick", "N.B.", "NB")
	add("CA", "Newfoundland and Labrador", "Nfld.", "N.L.", "NL")
	add("CA", "Nova Scotia", "N.S.", "NS")
	add("CA", "Ontario", "Ont.", "ON")
	add("CA", "Prince Edward Island", "P.E.I.", "PE", "PEI")
	add("CA", "Quebec", "Que.", "QC")
	add("CA", "Saskatchewan", "Sask.", "SK")
	add("CA", "Yukon", "Y.T.", "YT")
	add("CA", "Northwest Territories", "N.W.T.", "NT")
	add("CA", "Nunavut", "NU")
	add("AU", "New South Wales", "NSW", "N.S.W.")
	add("AU", "Queensland", "Qld", "QLD", "Qld.")
	add("AU", "Victoria", "Vic", "Vic.", "VIC")
	add("AU", "Tasmania", "Tas", "Tas.", "TAS")
	add("AU", "South Australia", "SA")
	add("AU", "Western Australia", "WA")
	add("AU", "Northern Territory", "NT")
	add("AU", "Australian Capital Territory", "ACT")
}

// standaloneAbbrevs are division abbreviations that stand alone in the
// news ("storms across NSW", "wildfires in B.C."): names of their division,
// matched in capitals only.
var standaloneAbbrevs = []struct{ abbrev, country, admin1 string }{
	{"NSW", "AU", "New South Wales"}, {"N.S.W.", "AU", "New South Wales"},
	{"B.C.", "CA", "British Columbia"}, {"QLD", "AU", "Queensland"},
}

// addStandaloneAbbrevs indexes standaloneAbbrevs as names of their
// divisions.
func (g *Gazetteer) addStandaloneAbbrevs() {
	for _, a := range standaloneAbbrevs {
		e := g.Admin1(a.country, a.admin1)
		if e == nil {
			continue
		}
		if k, err := Key(a.abbrev); err == nil {
			g.index(k, e, nameAbbrev)
		}
	}
}

// maxAbbrev is the length of the longest abbreviation, in bytes.
const maxAbbrev = len("N.W.T.")

// qualify finds the names followed by a comma and the division or country
// that holds them ("London, Ky.", "Paris, Texas", "Edmonton, Alberta"):
// such a name's candidates become the places inside that division (its
// namesakes among them, when the gazetteer has none there), the name is
// marked Qualified, and an abbreviated division becomes a match of its
// own. A run of capitalised words that no name matched is looked up among
// the namesakes too ("McKee, Ky."). ms is in text order; so is the result.
func (m *matcher) qualify(ms []Match) []Match {
	added := false
	next := 0 // index in ms of the first match starting at or after the comma
	for c := 1; c+1 < len(m.toks); c++ {
		if t := &m.toks[c]; t.Kind != normalize.Punct || t.Norm != "," {
			continue
		}
		for next < len(ms) && ms[next].First <= c {
			next++
		}
		q, divs, qn := m.qualifier(ms, next, c+1)
		if len(divs) == 0 {
			continue
		}
		// The name before the comma: a match ending there, or capitalised
		// words no match holds.
		var name *Match
		if next > 0 && ms[next-1].Last == c {
			name = &ms[next-1]
		}
		if name != nil && (name.Demonym || name.Direction != "" || len(name.Entries) == 0 || name.Entries[0].Kind == KindCountry) {
			continue
		}
		// A division's full name after a comma may be the next item of a
		// list ("Georgia, Oklahoma, Pennsylvania"; "Ottawa, Montreal, Quebec
		// City"): it qualifies no division, nor a name that follows another
		// place and a comma. Abbreviations qualify.
		if q != nil && !m.abbreviated(q) && (name != nil && name.Entries[0].Kind == KindAdmin1 || m.listItem(ms, next-1, c)) {
			continue
		}
		lo := 0
		if next > 0 {
			lo = ms[next-1].Last
		}
		var (
			found  []*Entry
			div    division
			mt     Match
			newOne bool
		)
		for _, d := range divs {
			if name != nil {
				found = m.inDivision(name.Entries, name.Key, d)
				mt = *name
			} else {
				found, mt = m.unmatched(lo, c, d)
				newOne = found != nil
			}
			if found != nil {
				div = d
				break
			}
		}
		// "Dayr al-Zawr, Deir Ezzor": the same town twice, not a town and
		// its governorate.
		if found == nil || q != nil && slices.Contains(found, q.Entries[0]) {
			continue
		}
		mt.Entries, mt.Qualified = found, true
		if newOne {
			ms = append(ms, mt)
			added = true
		} else {
			*name = mt
		}
		switch {
		case q != nil:
			// "Atlanta, Georgia": the state, not the country.
			if i := slices.IndexFunc(q.Entries, func(e *Entry) bool { return isDivision(e, div) }); i > 0 {
				es := append([]*Entry{q.Entries[i]}, q.Entries[:i]...)
				q.Entries = append(es, q.Entries[i+1:]...)
			}
		case qn > 0:
			if e := m.g.Admin1(div.country, div.admin1); e != nil {
				var keys []string
				for _, t := range m.toks[c+1 : c+1+qn] {
					if t.Kind == normalize.Word {
						keys = append(keys, tokenKey(t.Norm))
					}
				}
				ms = append(ms, Match{Start: m.toks[c+1].Start, End: m.toks[c+qn].End, First: c + 1, Last: c + 1 + qn,
					Entries: []*Entry{e}, Key: strings.Join(keys, " ")})
				added = true
			}
		}
	}
	if added {
		slices.SortStableFunc(ms, func(a, b Match) int { return a.First - b.First })
	}
	return ms
}

// abbreviated reports whether match q is a division's abbreviation
// ("B.C.", "NSW"), which qualifies whatever comes before it.
func (m *matcher) abbreviated(q *Match) bool {
	_, ok := divisionAbbrevs[m.text[q.Start:q.End]]
	return ok
}

// listItem reports whether the name that ends at the comma at token c
// follows another place and a comma: ms[prev] when it ends there, else
// capitalised words.
func (m *matcher) listItem(ms []Match, prev, c int) bool {
	first := c - 1
	if prev >= 0 && ms[prev].Last == c {
		first = ms[prev].First
		prev--
	}
	for first > 0 && m.toks[first-1].Kind == normalize.Word && m.toks[first-1].Upper {
		first--
	}
	return first >= 2 && m.toks[first-1].Norm == "," && prev >= 0 && ms[prev].Last == first-1
}

// qualifier returns the division or country named right after a comma at
// token j: the match ms[next] when it starts there and is a division or
// country (q), or an abbreviation of qn tokens. The qualifier must end the
// phrase: a capitalised word right after it makes it part of a longer name
// ("Smith, Texas Republican").
func (m *matcher) qualifier(ms []Match, next, j int) (q *Match, divs []division, qn int) {
	if next < len(ms) && ms[next].First == j {
		q = &ms[next]
		if q.Demonym || q.Direction != "" || m.beforeName(q.Last) {
			return nil, nil, 0
		}
		for _, e := range q.Entries {
			switch e.Kind {
			case KindAdmin1:
				divs = append(divs, division{e.Country, e.Name})
			case KindCountry:
				divs = append(divs, division{e.Country, ""})
			}
		}
		return q, divs, 0
	}
	t := &m.toks[j]
	if t.Kind != normalize.Word || !t.Upper || t.End-t.Start > len("Calif") {
		return nil, nil, 0
	}
	best := ""
	// Candidates end where one of the next tokens ends, longest first.
	for k := min(len(m.toks), j+6) - 1; k >= j; k-- {
		n := m.toks[k].End - t.Start
		if n > maxAbbrev || n < 2 || k > j && m.toks[k-1].End != m.toks[k].Start && m.text[m.toks[k-1].End:m.toks[k].Start] != " " {
			continue
		}
		a := m.text[t.Start : t.Start+n]
		if _, ok := divisionAbbrevs[a]; !ok {
			if !allCaps(a) {
				continue
			}
			if _, ok = divisionAbbrevs[abbrevCase(a)]; !ok {
				continue
			}
			a = abbrevCase(a)
		}
		best, qn = a, k-j+1
		break
	}
	if best == "" || !strings.HasSuffix(best, ".") && m.beforeName(j+qn) {
		return nil, nil, 0
	}
	return nil, divisionAbbrevs[best], qn
}

// abbrevCase returns the AP-style spelling of an abbreviation written in
// capitals ("KY." → "Ky."), or s itself.
func abbrevCase(s string) string {
	if len(s) < 3 {
		return s
	}
	return s[:1] + strings.ToLower(s[1:])
}

func allCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isDivision reports whether e is the division or country d.
func isDivision(e *Entry, d division) bool {
	if d.admin1 == "" {
		return e.Kind == KindCountry && e.Country == d.country
	}
	return e.Kind == KindAdmin1 && e.Country == d.country && e.Name == d.admin1
}

// inDivision returns the towns, sites and divisions of es inside d, or
// else the namesakes of key inside it, or nil.
func (m *matcher) inDivision(es []*Entry, key string, d division) []*Entry {
	var out []*Entry
	for _, e := range es {
		if e.Kind != KindCountry && e.Kind != KindRegion && within(e, d) && !isDivision(e, d) {
			out = append(out, e)
		}
	}
	if out != nil {
		return out
	}
	for _, e := range m.g.namesakesOf(key) {
		if within(e, d) {
			out = append(out, e)
		}
	}
	return out
}

func within(e *Entry, d division) bool {
	return e.Country == d.country && (d.admin1 == "" || e.Admin1 == d.admin1)
}

// unmatched looks up the capitalised words that end at the comma at token
// c, after token lo, among the towns inside d that stop words name ("Austin,
// Texas") and then its namesakes: three words, then two,
// then one. It returns the places found and their match, or nil.
func (m *matcher) unmatched(lo, c int, d division) ([]*Entry, Match) {
	for n := min(3, c-lo); n >= 1; n-- {
		first := c - n
		ok := true
		for j := first; j < c; j++ {
			t := &m.toks[j]
			if t.Kind != normalize.Word || !t.Upper || t.Possessive || (j > first && m.toks[j-1].End == t.Start) {
				ok = false
				break
			}
		}
		if !ok || first > lo && m.afterName(first) {
			continue
		}
		keys := make([]string, 0, n)
		for j := first; j < c; j++ {
			keys = append(keys, tokenKey(m.toks[j].Norm))
		}
		key := strings.Join(keys, " ")
		if stopWords[key] || commonWords[key] {
			continue
		}
		var out []*Entry
		for _, e := range m.g.stopNamed[key] {
			if within(e, d) {
				out = append(out, e)
			}
		}
		if out == nil {
			for _, e := range m.g.namesakesOf(key) {
				if within(e, d) {
					out = append(out, e)
				}
			}
		}
		if out != nil {
			return out, Match{Start: m.toks[first].Start, End: m.toks[c-1].End, First: first, Last: c, Key: key}
		}
	}
	return nil, Match{}
}
