package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// relayMarkers introduce the one who passed a statement on: "local sources
// cited by Al Mayadeen", "sources told Shafaq News", "as quoted by
// Reuters", "reported by the agency", "via Telegram". "citing" goes the
// other way: "Al Mayadeen, citing local sources, said" names the source
// after it.
var relayMarkers = [][]string{
	{"cited", "by"}, {"quoted", "by"}, {"reported", "by"}, {"carried", "by"}, {"relayed", "by"},
	{"told"}, {"via"},
}

// chain reads the reporting chain of a sentence: who first said what it
// tells (origin, "" when the speaker is) and who passed it on, nearest the
// source first (via). "according to local sources cited by Al Mayadeen"
// gives "local sources" via Al Mayadeen.
func (d *docState) chain(s *sentence) (origin string, via []string) {
	if c, ok := d.chains[s]; ok {
		return c.origin, slices.Clone(c.via)
	}
	origin, via = d.readChain(s)
	if d.chains == nil {
		d.chains = map[*sentence]chainOf{}
	}
	d.chains[s] = chainOf{origin, slices.Clone(via)}
	return origin, via
}

// readChain reads the reporting chain of s, for chain.
func (d *docState) readChain(s *sentence) (origin string, via []string) {
	toks := d.toks
	for i := s.First; i < s.Last; i++ {
		if toks[i].Norm == "citing" {
			// "X, citing Y, said": Y is the origin, the speaker relays.
			name := d.phraseAt(s, i+1)
			if name == "" && s.Speaker.Name != "" && i+1 < s.Last &&
				strings.HasPrefix(normalize.Fold(s.Speaker.Name), toks[i+1].Norm) {
				// "Citing sources on the ground, X reported": the speaker
				// found is the one cited.
				name = s.Speaker.Name
			}
			if name == "" {
				continue
			}
			relay := s.Speaker.Name
			if relay == name || relay == "" {
				// The speaker was read after "citing": the relay is the
				// subject before it ("Al Mayadeen, citing ...").
				relay = ""
				for _, a := range s.Actors {
					if a.Last == i || a.Last == i-1 && toks[i-1].Norm == "," {
						relay = a.Actor.Name
					}
				}
				if relay == "" {
					relay = d.subjectAfter(s, i)
				}
			}
			if relay != "" && relay != name {
				origin = name
				via = append(via, relay)
			}
			continue
		}
		for _, m := range relayMarkers {
			end, ok := matchWords(toks, i, s.Last, m)
			if !ok {
				continue
			}
			if m[0] == "told" && !d.sourcesBefore(s, i) {
				break // "the minister told reporters": no chain
			}
			if name := d.phraseAt(s, end); name != "" && !slices.Contains(via, name) {
				via = append(via, name)
			}
			break
		}
	}
	if len(via) == 0 {
		return "", nil
	}
	// The speaker found by "according to X cited by Y" may be the relay
	// itself: the origin is then the sources named before the marker.
	if slices.Contains(via, s.Speaker.Name) && origin == "" {
		if o := d.sourcesPhrase(s); o != "" && o != s.Speaker.Name {
			origin = o
		}
	}
	return origin, slices.DeleteFunc(via, func(v string) bool { return v == origin })
}

// subjectAfter returns the actor that opens the clause after the
// "citing ..." phrase at token i, "Citing sources on the ground, the
// Lebanon-based Al-Mayadeen channel reported": within six tokens of the
// comma that ends the phrase, or "".
func (d *docState) subjectAfter(s *sentence, i int) string {
	comma := -1
	for k := i + 1; k < s.Last && k <= i+12; k++ {
		if d.toks[k].Norm == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return ""
	}
	for _, a := range s.Actors {
		if a.First > comma && a.First <= comma+6 {
			return a.Actor.Name
		}
	}
	return ""
}

// phraseAt returns the name at token i: an actor's (Al Mayadeen), or the
// capitalised words there (Shafaq News), or "".
func (d *docState) phraseAt(s *sentence, i int) string {
	for j := i; j < s.Last && j <= i+1; j++ {
		for _, a := range s.Actors {
			if a.First == j {
				return a.Actor.Name
			}
		}
		if d.toks[j].Norm != "the" {
			break
		}
	}
	if i < s.Last && d.toks[i].Norm == "the" {
		i++
	}
	j := i
	for j < s.Last && d.toks[j].Kind == normalize.Word && d.toks[j].Upper {
		j++
	}
	if j == i {
		if i < s.Last && (d.toks[i].Norm == "local" || d.toks[i].Norm == "security") {
			return d.sourcesPhraseFrom(s, i)
		}
		return ""
	}
	return d.text[d.toks[i].Start:d.toks[j-1].End]
}

// sourcesBefore reports whether "sources", "witnesses" or "officials" come
// just before token i: "Iraqi security sources told Shafaq News".
func (d *docState) sourcesBefore(s *sentence, i int) bool {
	for k := i - 1; k >= s.First && k >= i-2; k-- {
		switch d.toks[k].Norm {
		case "sources", "source", "witnesses", "officials", "residents", "official":
			return true
		}
	}
	return false
}

// sourcesPhrase returns the first "... sources" phrase of the sentence
// ("local sources", "Iraqi security sources"), or "".
func (d *docState) sourcesPhrase(s *sentence) string {
	for i := s.First; i < s.Last; i++ {
		if w := d.toks[i].Norm; w == "sources" || w == "witnesses" || w == "residents" {
			start := i
			for start > s.First && start > i-3 && d.toks[start-1].Kind == normalize.Word &&
				!stopBefore[d.toks[start-1].Norm] {
				start--
			}
			return strings.TrimSpace(d.text[d.toks[start].Start:d.toks[i].End])
		}
	}
	return ""
}

// sourcesPhraseFrom returns "local sources" and the like starting at i.
func (d *docState) sourcesPhraseFrom(s *sentence, i int) string {
	for j := i; j < s.Last && j <= i+3; j++ {
		if w := d.toks[j].Norm; w == "sources" || w == "source" {
			return d.text[d.toks[i].Start:d.toks[j].End]
		}
	}
	return ""
}

// stopBefore end a sources phrase on the left.
var stopBefore = map[string]bool{"to": true, "according": true, "by": true, "citing": true, "the": true,
	"said": true, "and": true, "of": true, "from": true, "cited": true}
