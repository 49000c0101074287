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
