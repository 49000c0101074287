package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

//go:embed data/actors.tsv
var actorsTSV string

// Actor types.
const (
	ArmedGroup = "armed_group"
	StateForce = "state_force"
	Official   = "official"
	Partner    = "partner_force" // a force fighting beside the target side: SDF, Peshmerga
	Government = "government"    // the government of the country attacked in: Iraq, Syria
	Media      = "media"
	Monitor    = "monitor"
)

// Actor is one entry of the actor dictionary.
type Actor struct {
	ID, Type, Name string
}

// actorMatch is an actor recognised at tokens [First, Last).
type actorMatch struct {
	First, Last int
	Span        sitrep.Span
	Actor       *Actor
}

// actorDict finds actors by their aliases: longest alias wins.
type actorDict struct {
	byFirst map[string][]actorAlias
	byID    map[string]*Actor
}

// knownActors is the dictionary of actorsTSV, read once and only read
// after: every extractor's, and the words classes marks cActorFirst.
var knownActors, knownActorsErr = loadActors(actorsTSV)

type actorAlias struct {
	words []string
	actor *Actor
	upper bool // all-caps short alias ("IS", "AP"): must be written in capitals
}

// get returns the actor with id, or nil.
func (d *actorDict) get(id string) *Actor { return d.byID[id] }

func loadActors(tsv string) (*actorDict, error) {
	d := &actorDict{byFirst: map[string][]actorAlias{}, byID: map[string]*Actor{}}
	sc := bufio.NewScanner(strings.NewReader(tsv))
	line := 0
	for sc.Scan() {
		line++
		row := sc.Text()
		if row == "" || row[0] == '#' {
			continue
		}
		f := strings.Split(row, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("actors.tsv:%d: got %d fields, want 4", line, len(f))
		}
		a := &Actor{ID: f[0], Type: f[1], Name: f[2]}
		d.byID[a.ID] = a
		for _, alias := range strings.Split(f[3], "|") {
			words := aliasWords(alias)
			if len(words) == 0 {
				continue
			}
			up := len(alias) <= 4 && strings.ToUpper(alias) == alias
			d.byFirst[words[0]] = append(d.byFirst[words[0]], actorAlias{words, a, up})
		}
	}
	return d, sc.Err()
}

// aliasWords returns the folded words of a name, without punctuation.
func aliasWords(s string) []string {
	var words []string
	for _, t := range normalize.Tokens(s) {
		if t.Kind != normalize.Punct {
			words = append(words, t.Norm)
		}
	}
	return words
}

// skippable reports whether a punctuation token may sit inside a name:
// hyphens, quotes and periods ("U.S.").
func skippable(t normalize.Token) bool {
	if t.Kind != normalize.Punct {
		return false
	}
	switch t.Norm {
	case "-", "‐", "–", "\"", "“", "”", "‘", "’", "'", ".", "«", "»":
		return true
	}
	return false
}

// match returns the actors in tokens [lo, hi), longest match first, without
// overlaps.
func (d *actorDict) match(text string, toks []normalize.Token, lo, hi int) []actorMatch {
	var out []actorMatch
	for i := lo; i < hi; i++ {
		t := toks[i]
		if t.Kind != normalize.Word || !is(&t, cActorFirst) {
			continue
		}
		best, bestEnd := (*Actor)(nil), 0
		for _, al := range d.byFirst[t.Norm] {
			if al.upper && text[t.Start:t.End] != strings.ToUpper(text[t.Start:t.End]) {
				continue
			}
			if !al.upper && !t.Upper && len(al.words) == 1 {
				continue
			}
			end, ok := matchActorWords(text, toks, i, hi, al.words)
			if ok && end > bestEnd {
				best, bestEnd = al.actor, end
			}
		}
		if best != nil {
			out = append(out, actorMatch{First: i, Last: bestEnd, Actor: best,
				Span: sitrep.Span{Start: t.Start, End: toks[bestEnd-1].End}})
			i = bestEnd - 1
		}
	}
	return out
}

// matchActorWords is matchWords that also skips an acronym in brackets
// between the words of a name: "U.S. Central Command (CENTCOM) forces".
func matchActorWords(text string, toks []normalize.Token, i, hi int, words []string) (int, bool) {
	return matchWordsSkipping(toks, i, hi, words, func(j int, w string) int {
		if j+2 < hi && toks[j].Norm == "(" && toks[j+2].Norm == ")" && toks[j+1].Kind == normalize.Word &&
			toks[j+1].Norm != w && text[toks[j+1].Start:toks[j+1].End] == strings.ToUpper(text[toks[j+1].Start:toks[j+1].End]) {
			return j + 3
		}
		return j
	})
}

// matchWords matches words at toks[i:], skipping hyphens and quotes between
// words. It returns the index after the last matched token.
func matchWords(toks []normalize.Token, i, hi int, words []string) (int, bool) {
	return matchWordsSkipping(toks, i, hi, words, nil)
}

// matchWordsSkipping is matchWords where skip, when not nil, may move past
// more tokens before each word after the first.
func matchWordsSkipping(toks []normalize.Token, i, hi int, words []string, skip func(j int, w string) int) (int, bool) {
	j := i
	for k, w := range words {
		for k > 0 && j < hi && skippable(toks[j]) {
			j++
		}
		if k > 0 && skip != nil {
			j = skip(j, w)
		}
		if j >= hi || toks[j].Norm != w {
			return 0, false
		}
		j++
	}
	return j, true
}
