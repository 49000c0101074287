package gazetteer

import "github.com/sitrep/sitrep/normalize"

// pluralKeywords name the kind of every item of a list of names they
// follow ("Tehran, Khuzestan and Ilam provinces") or introduce ("the
// provinces of Tehran, Khuzestan and Ilam", "the towns of Khiam and Kfar
// Kila").
var pluralKeywords = map[string]kwClass{
	"provinces": classAdmin, "governorates": classAdmin, "governates": classAdmin,
	"towns": classTown, "cities": classTown,
}

// listKinds puts first, in each name of a list that a plural keyword
// follows or introduces, the candidates of the kind it names.
func (m *matcher) listKinds(ms []Match) []Match {
	for a := 0; a < len(ms); {
		// The list from ms[a]: names joined by commas, "and", "or", "&".
		b := a + 1
		for b < len(ms) && m.joined(ms[b-1].Last, ms[b].First) {
			b++
		}
		c := classNone
		if j := ms[b-1].Last; j < len(m.toks) && m.toks[j].Kind == normalize.Word {
			c = pluralKeywords[m.toks[j].Norm]
		}
		if i := ms[a].First; c == classNone && i >= 2 && m.toks[i-1].Norm == "of" && m.toks[i-2].Kind == normalize.Word {
			c = pluralKeywords[m.toks[i-2].Norm]
		}
		// A list of two divisions or more, and fewer towns, makes its
		// other names divisions too: "Michigan, Oregon, New York and
		// Ohio".
		if c == classNone && b-a > 2 && m.divisionList(ms[a:b]) {
			c = classAdmin
		}
		if c != classNone && b-a > 1 {
			for k := a; k < b; k++ {
				if !ms[k].Qualified && !ms[k].Demonym && ms[k].Direction == "" {
					ms[k].Entries = preferKind(ms[k].Entries, c)
				}
			}
		}
		a = b
	}
	return ms
}

// divisionList reports whether at least two names of a list are first
// divisions, and more of them than towns, the names that may be either
// aside.
func (m *matcher) divisionList(ms []Match) bool {
	divisions, towns := 0, 0
	for _, mt := range ms {
		if len(mt.Entries) == 0 || mt.Direction != "" {
			continue
		}
		admin, town := false, false
		for _, e := range mt.Entries {
			admin = admin || e.Kind == KindAdmin1
			town = town || e.Kind == KindTown || e.Kind == KindSite
		}
		switch {
		case admin && town:
		case admin:
			divisions++
		case town:
			towns++
		}
	}
	return divisions >= 2 && divisions > towns
}

// joined reports whether tokens [i, j) join two items of a list: a comma,
// "and", "or", "&", or a comma and one of those.
func (m *matcher) joined(i, j int) bool {
	if j-i < 1 || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		switch m.toks[k].Norm {
		case ",", "and", "or", "&":
		default:
			return false
		}
	}
	return true
}

// partNames after a direction make a name of it: "west coast", "west bank".
var partNames = map[string]bool{"coast": true, "bank": true, "side": true, "end": true, "wing": true}

// possessiveParts makes "Syria's northeast", "Iraq's Kurdish-held north"
// parts of the place: a possessive name followed by a direction noun,
// with a compound ending in "-held", "-run"... between them.
func (m *matcher) possessiveParts(ms []Match) []Match {
	for k := range ms {
		mt := &ms[k]
		if mt.Direction != "" || mt.Demonym || len(mt.Entries) == 0 || !m.toks[mt.Last-1].Possessive {
			continue
		}
		if e := mt.Entries[0]; e.Kind != KindCountry && e.Kind != KindAdmin1 {
			continue
		}
		j := mt.Last
		if j+2 < len(m.toks) && m.toks[j].Kind == normalize.Word && m.toks[j+1].Norm == "-" && heldWords[m.toks[j+2].Norm] {
			j += 3
		}
		// "north-east", "south west": the direction ends two tokens on.
		if j >= len(m.toks) {
			continue
		}
		if w := m.toks[j].Norm; j+1 < len(m.toks) && (w == North || w == South) {
			switch {
			case j+2 < len(m.toks) && m.toks[j+1].Norm == "-" && (m.toks[j+2].Norm == East || m.toks[j+2].Norm == West):
				j += 2
			case m.toks[j+1].Norm == East || m.toks[j+1].Norm == West:
				j++
			}
		}
		d, n := dirWord(m.toks, j, 0, dirNouns)
		if n == 0 || d == "" {
			continue
		}
		// "the USA's West Coast", "Israel's West Bank": a name, not a part.
		if nx := j + 1; nx < len(m.toks) && m.toks[nx].Kind == normalize.Word && (m.toks[nx].Upper || partNames[m.toks[nx].Norm]) {
			continue
		}
		// The next match must not start inside what is taken.
		if k+1 < len(ms) && ms[k+1].First <= j {
			continue
		}
		mt.Direction = d
		mt.Last = j + 1
		mt.End = m.toks[j].End
	}
	return ms
}
