package copies_test

import (
	"testing"

	"github.com/sitrep/sitrep/copies"
)

// The texts are written for this test: a wire story, the same story under
// another masthead whose desk wrote a new lead and dropped the dateline,
// and an earlier story of the same wire about another attack.
const (
	wireStory = "KIRKUK, March 3 (Example Wire) - A roadside bomb hit a convoy of the Iraqi army on the road " +
		"between Kirkuk and Tikrit on Sunday, killing two soldiers and wounding four, two security officials said. " +
		"The blast struck the second vehicle of the convoy near the village of Bashir at about seven in the morning, " +
		"the officials said, and the wounded were taken to the military hospital in Kirkuk. No group claimed the " +
		"attack, but Islamic State cells remain active in the hills of the Hamrin range, from where they have " +
		"staged ambushes on soldiers and shepherds. The army sent reinforcements to the area and closed the road " +
		"for several hours while engineers searched the verges for more explosives. A spokesman for the joint " +
		"operations command said a search of the nearby orchards was under way and that suspects had been detained."
	newLead = "Iraq's defence ministry on Monday vowed to hunt down those behind a roadside bombing that killed " +
		"two soldiers and wounded four on the road between Kirkuk and Tikrit on Sunday, as the army stepped up " +
		"its patrols in the Hamrin hills. " +
		"The blast struck the second vehicle of the convoy near the village of Bashir at about seven in the morning, " +
		"the officials said, and the wounded were taken to the military hospital in Kirkuk. No group claimed the " +
		"attack, but Islamic State cells remain active in the hills of the Hamrin range, from where they have " +
		"staged ambushes on soldiers and shepherds. The army sent reinforcements to the area and closed the road " +
		"for several hours while engineers searched the verges for more explosives. A spokesman for the joint " +
		"operations command said a search of the nearby orchards was under way and that suspects had been detained. " +
		"(Distributed by Example Wire)"
	earlierStory = "KIRKUK, March 1 (Example Wire) - Gunmen attacked a checkpoint of the federal police west of " +
		"Kirkuk on Friday night, killing one policeman, officials said. The attackers fled towards the Hamrin " +
		"hills after a brief exchange of fire, and the army sent reinforcements to the area. Islamic State cells " +
		"remain active in the hills, from where they have staged ambushes on soldiers and shepherds, and the " +
		"joint operations command said a search of the nearby orchards was under way."
)

// A syndicated story under a new lead is a copy of that story, found by
// the content words it keeps, and of it rather than of an earlier story of
// the wire it credits.
func TestNewLead(t *testing.T) {
	story, copy := sig(wireStory), sig(newLead)
	if j := copies.Jaccard(copy, story); j >= copies.MinJaccard || j < copies.MinJaccardEdited {
		t.Fatalf("the new lead leaves %.2f of the opening shingles: the test text does not test the rule", j)
	}
	if !copies.Copies(copy, story) {
		t.Errorf("the story under a new lead is no copy (shingles %.2f, content words %.2f)",
			copies.Jaccard(copy, story), copies.WordsJaccard(copy, story))
	}
	if copies.Copies(sig(earlierStory), story) || copies.Copies(story, sig(earlierStory)) {
		t.Error("two stories of the wire copy one another")
	}
	s := copies.Doc{ID: "b-story", Published: mon.AddDays(2), Sig: story}
	s.Sig.Name("Example Wire")
	e := copies.Doc{ID: "a-earlier", Published: mon, Sig: sig(earlierStory)}
	e.Sig.Name("Example Wire")
	c := copies.Doc{ID: "c-copy", Published: mon.AddDays(3), Sig: copy}
	c.Sig.Name("Example Courier")
	c.Sig.Cite("Example Wire")
	if got := copies.Origins([]copies.Doc{c, e, s}); got["c-copy"] != "b-story" || len(got) != 1 {
		t.Errorf("got %v, want c-copy copying b-story only", got)
	}
	if origin, _, ok := copies.Origin(c, []copies.Doc{e, s, c}, nil); !ok || origin != "b-story" {
		t.Errorf("Origin of the copy: %q, %v", origin, ok)
	}
}
