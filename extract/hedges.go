package extract

import (
	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// Count qualifiers, as sitrep.Account.Qualifier has them.
const (
	QualAtLeast = "at least" // "at least two", "more than 20", "dozens"
	QualUpTo    = "up to"    // "up to 15", "as many as 40"
	QualAbout   = "about"    // "about 30", "nearly 40", "some 12"
)

// qualifierPhrases before a count, by their words.
var qualifierPhrases = []struct {
	words []string
	qual  string
}{
	{[]string{"at", "least"}, QualAtLeast}, {[]string{"more", "than"}, QualAtLeast}, {[]string{"over"}, QualAtLeast},
	{[]string{"up", "to"}, QualUpTo}, {[]string{"as", "many", "as"}, QualUpTo}, {[]string{"at", "most"}, QualUpTo},
	{[]string{"about"}, QualAbout}, {[]string{"around"}, QualAbout}, {[]string{"nearly"}, QualAbout},
	{[]string{"approximately"}, QualAbout}, {[]string{"some"}, QualAbout}, {[]string{"roughly"}, QualAbout},
	{[]string{"almost"}, QualAbout},
}

// vagueCounts are words that give a count only roughly, read as the least
// they mean: "dozens" of casualties are at least 24.
var vagueCounts = map[string]int{"dozens": 24, "scores": 40, "hundreds": 200, "several": 3, "tens": 20}

// qualifierOf returns the qualifier of the count that casualty c states:
// the phrase just before its first number, inside its span or right
// before it.
func qualifierOf(toks []normalize.Token, lo, hi int, c casualty) string {
	for i := lo; i < hi; i++ {
		t := &toks[i]
		if t.Start < c.Span.Start || t.End > c.Span.End {
			continue
		}
		if _, _, ok := number(toks, i, true); !ok {
			continue
		}
		for _, q := range qualifierPhrases {
			k := i - len(q.words)
			if k < lo {
				continue
			}
			if _, ok := matchWords(toks, k, i, q.words); ok {
				return q.qual
			}
		}
		return ""
	}
	return ""
}

// vagueCasualties finds counts given by a vague word: "dozens of people
// were injured", "killing dozens", none of whose span another casualty
// holds.
func vagueCasualties(toks []normalize.Token, lo, hi int, known []casualty) []casualty {
	fieldOf := func(w string) string {
		switch {
		case killWords[w]:
			return sitrep.FieldFatalities
		case injureWords[w]:
			return sitrep.FieldInjuries
		}
		return ""
	}
	var out []casualty
	for i := lo; i < hi; i++ {
		n, ok := vagueCounts[toks[i].Norm]
		// "killed dozens of sheep": no people.
		if !ok || i+2 < hi && toks[i+1].Norm == "of" && animals[toks[i+2].Norm] {
			continue
		}
		var c casualty
		if f := fieldOf(toks[max(lo, i-1)].Norm); i > lo && f != "" {
			c = casualty{Field: f, N: n, Span: sitrep.Span{Start: toks[i-1].Start, End: toks[i].End}, Qualifier: QualAtLeast}
		} else {
			for k := i + 1; k < hi && k <= i+7; k++ {
				if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" {
					break
				}
				if f := fieldOf(toks[k].Norm); f != "" {
					c = casualty{Field: f, N: n, Span: sitrep.Span{Start: toks[i].Start, End: toks[k].End}, Qualifier: QualAtLeast}
					break
				}
			}
		}
		if c.Field == "" {
			continue
		}
		taken := false
		for _, o := range known {
			taken = taken || o.Span.Start < c.Span.End && c.Span.Start < o.Span.End
		}
		if !taken {
			out = append(out, c)
		}
	}
	return out
}

// detailDoubted reports that what could not be verified at token i is a
// detail of the attack, not the attack: "could not confirm whether there
// were casualties", "could not verify the claim", "the extent of any damage
// could not be independently verified", "the man's identity was not
// confirmed".
func detailDoubted(toks []normalize.Token, lo, i, hi int) bool {
	for k := i + 1; k < hi && k <= i+3; k++ {
		w := toks[k].Norm
		if w == "whether" || w == "if" || w == "who" || w == "how" || w == "what" || detailNouns[w] {
			return true
		}
		if w != "the" && w != "its" && w != "any" && w != "independently" && w != "their" {
			break
		}
	}
	// The passive: the subject before "could not be verified".
	for k := i - 1; k >= lo && k >= i-10; k-- {
		w := toks[k].Norm
		if detailNouns[w] {
			return true
		}
		if toks[k].Kind == normalize.Punct && w != "'" && w != "’" {
			break
		}
	}
	return false
}

// countDenied reports whether the denial word at i denies a count, not
// the attack: "This figure is untrue", "dismissed the toll as
// exaggerated", "the numbers given by the group are false". The side that
// says so tells its own figure beside it; the attack stands. Not when the
// sentence denies more ("denied the toll and the raid", "said the figure
// is untrue and that no rockets were fired").
func countDenied(toks []normalize.Token, lo, i, hi int) bool {
	if hasWord(toks, lo, hi, "no", "not", "never", "nothing", "none", "any") {
		return false
	}
	for k := i + 1; k < hi && k <= i+3; k++ {
		if w := toks[k].Norm; figureNouns[w] {
			return !(k+2 < hi && toks[k+1].Norm == "and" && (anaphorWords[toks[k+2].Norm] || k+3 < hi && anaphorWords[toks[k+3].Norm]))
		} else if w != "the" && w != "its" && w != "their" && w != "these" && w != "this" && w != "that" && w != "casualty" && w != "death" {
			break
		}
	}
	for k := i - 1; k >= lo && k >= i-8; k-- {
		if figureNouns[toks[k].Norm] {
			return true
		}
		if toks[k].Kind == normalize.Punct || toks[k].Norm == "that" || toks[k].Norm == "and" || toks[k].Norm == "but" || is(&toks[k], cSpeech) {
			break
		}
	}
	return false
}

// figureNouns name a count of casualties or attacks.
var figureNouns = map[string]bool{"figure": true, "figures": true, "number": true, "numbers": true, "toll": true,
	"tolls": true, "tally": true, "count": true}

// detailNouns are details of an attack that a source may fail to verify.
var detailNouns = map[string]bool{"extent": true, "identity": true, "identities": true, "claim": true,
	"claims": true, "number": true, "toll": true, "cause": true, "casualties": true, "details": true,
	"damage": true, "losses": true, "figures": true, "circumstances": true}
