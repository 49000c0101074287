package copies_test

import (
	"encoding/binary"
	"testing"

	"github.com/sitrep/sitrep/copies"
)

// The texts are written for this test: an agency's story, another desk's
// retelling of it in its own words, and another story of the same days.
const (
	agency = "A drone strike on a car in the east of the capital late on Wednesday killed a senior " +
		"commander of an armed faction and two of his guards, security officials said. The missile hit the " +
		"vehicle on a main road in the Mashtal district shortly after nine in the evening, leaving a burnt " +
		"shell. The officials named the commander as Abu Baqir al-Saadi, who ran the faction's operations " +
		"across the border. Central Command said its forces had carried out the strike in response to attacks " +
		"on its troops. Supporters of the factions gathered around the wreckage within an hour."
	retold = "Washington killed a faction commander in the capital late on Wednesday, according to the " +
		"Example Wire news agency. Quoting security officials, the agency said a drone fired on a car in the " +
		"eastern Mashtal district and killed three men: Abu Baqir al-Saadi, who led the faction's operations " +
		"across the border, and two guards. Central Command confirmed the strike and said the commander had " +
		"planned attacks on its troops. Thousands of mourners followed the coffins on Thursday."
	other = "Rockets fell near the airport in the north on Thursday morning without causing casualties, " +
		"a local police officer told the Example Wire news agency. Three launchers were found in an orchard " +
		"south of the city, and the governor ordered an inquiry. No group claimed the attack, the fifth on " +
		"the airport this year, and the provincial council met in emergency session."
)

func TestRewrites(t *testing.T) {
	story := sig(agency)
	story.Name("Example Wire", "EXW")
	cited := func(text string, cites ...string) copies.Signature {
		s := sig(text)
		s.Name("Gulf Example Daily")
		s.Cite(cites...)
		return s
	}
	official := sig(agency) // the same text as an official's own statement: no names
	for _, c := range []struct {
		name   string
		a, b   copies.Signature
		copies bool
	}{
		{"retold, naming the agency", cited(retold, "Example Wire"), story, true},
		{"retold, naming its dateline's code", cited(retold, "EXW"), story, true},
		{"retold, naming none", cited(retold), story, false},
		{"retold, naming another", cited(retold, "Levant Example News"), story, false},
		{"another story naming the agency", cited(other, "Example Wire"), story, false},
		{"retold from an official's statement", cited(retold, "Example Wire"), official, false},
	} {
		if got := copies.Copies(c.a, c.b); got != c.copies {
			t.Errorf("%s: copies %v (content words %.2f, shingles %.2f), want %v", c.name, got,
				copies.WordsJaccard(c.a, c.b), copies.Jaccard(c.a, c.b), c.copies)
		}
	}
	// The agency's own later story that names it is of the same outlet.
	own := sig(retold)
	own.Name("example wire")
	own.Cite("Example Wire")
	if copies.Copies(own, story) {
		t.Error("a story rewrites another of its own outlet")
	}
	if copies.Key("The Example Wire") != copies.Key("example-wire") || copies.Key("Example Wire") == copies.Key("Example Wires") ||
		copies.Key(" - ") != 0 {
		t.Error("Key folds names wrongly")
	}
}

func TestRewriteOrigins(t *testing.T) {
	story := copies.Doc{ID: "b-story", Published: mon, Sig: sig(agency)}
	story.Sig.Name("Example Wire")
	earlier := copies.Doc{ID: "a-other", Published: mon, Sig: sig(other)}
	earlier.Sig.Name("Example Wire")
	re := copies.Doc{ID: "a-retold", Published: mon.AddDays(1), Sig: sig(retold)}
	re.Sig.Name("Gulf Example Daily")
	re.Sig.Cite("Example Wire")
	far := re
	far.ID, far.Published = "c-retold-later", mon.AddDays(1+copies.MaxDays+1)
	got := copies.Origins([]copies.Doc{re, earlier, far, story})
	if len(got) != 1 || got["a-retold"] != "b-story" {
		t.Errorf("got %v, want a-retold copying b-story only", got)
	}
	// From the window, as ingest settles it, and the other way round.
	origin, _, ok := copies.Origin(re, []copies.Doc{earlier, story, re}, nil)
	if !ok || origin != "b-story" {
		t.Errorf("Origin of the rewrite: %q, %v", origin, ok)
	}
	_, later, _ := copies.Origin(story, []copies.Doc{earlier, story, re}, nil)
	if len(later) != 1 || later[0] != "a-retold" {
		t.Errorf("Origin of the story: later %v, want the rewrite", later)
	}
}

// TestDecodeOld reads a signature as builds before rewrites stored it:
// 32-bit minima, nothing else. Its copies are found as before.
func TestDecodeOld(t *testing.T) {
	s := sig(wire)
	old := make([]byte, 4*65)
	binary.LittleEndian.PutUint32(old, s.N)
	for i, v := range s.Min {
		w := uint32(v)<<16 | 0x1234
		if v == 0xFFFF {
			w = ^uint32(0)
		}
		binary.LittleEndian.PutUint32(old[4+4*i:], w)
	}
	got, err := copies.Decode(old)
	if err != nil || got.N != s.N || got.Min != s.Min || !copies.Copies(sig(masthead), got) {
		t.Errorf("old signature: %v, same minima %v", err, got.Min == s.Min)
	}
	// The top 16 bits of a minimum that are all ones are not an empty bin.
	binary.LittleEndian.PutUint32(old[4:], 0xFFFF0001)
	if got, _ := copies.Decode(old); got.Min[0] != 0xFFFE {
		t.Errorf("minimum 0xFFFF0001 read as %#x", got.Min[0])
	}
}
