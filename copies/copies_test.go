package copies_test

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/copies"
	"github.com/sitrep/sitrep/normalize"
)

// The texts are written for this test: a wire story, the same story under
// another masthead with a changed lede and a paragraph added, an excerpt,
// and another outlet's own account of the same attack.
const (
	wire = "Two drones targeted a base hosting US troops in eastern Syria early on Monday, " +
		"a US defence official said, adding that air defences shot down one of them and the second " +
		"crashed outside the perimeter without causing casualties. The official, who spoke on condition " +
		"of anonymity, said the attack on the base near the Omar oil field was the third in a week. " +
		"An alliance of Iraqi armed groups said in a statement on Telegram that it had launched the drones " +
		"in response to the war in Gaza and promised more operations against what it called occupation forces. " +
		"Washington has about 900 troops in Syria and 2,500 in Iraq on a mission to advise local forces."
	masthead = "DAMASCUS (Example Times) - Two drones targeted a base hosting US troops in eastern Syria early on Monday, " +
		"a US defence official said, adding that air defences shot down one of them and the second " +
		"crashed outside the perimeter without causing casualties. The official, who spoke on condition " +
		"of anonymity, said the attack on the base near the Omar oil field was the third in a week. " +
		"An alliance of Iraqi armed groups said in a statement on Telegram that it had launched the drones " +
		"in response to the war in Gaza and promised more operations against what it called occupation forces. " +
		"Washington has about 900 troops in Syria and 2,500 in Iraq on a mission to advise local forces. " +
		"Residents of nearby villages told Example Times they heard two loud blasts before dawn."
	// edited is the story as another desk edits it: a heading and a
	// byline before it, a word changed here and there, a clause cut.
	edited = "Drones target US base in Syria. Example Daily, with agencies. " +
		"Two drones targeted a base housing US troops in eastern Syria early on Monday, " +
		"a US defence official said, adding that air defences shot down one of them and the second " +
		"crashed outside the perimeter without causing any casualties. The official, who spoke on condition " +
		"of anonymity, said the attack on the base near the Omar oil field was the third this week. " +
		"An alliance of Iraqi armed groups said in a statement on Telegram that it had launched the drones " +
		"in retaliation for the war in Gaza and promised more operations against what it called occupation forces."
	excerpt = "Two drones targeted a base hosting US troops in eastern Syria early on Monday, " +
		"a US defence official said, adding that air defences shot down one of them and the second " +
		"crashed outside the perimeter without causing casualties."
	own = "Local sources in Deir ez-Zor told our correspondent that explosions shook the American " +
		"base at the Omar field at dawn on Monday after drones approached from the east. The Islamic " +
		"Resistance in Iraq claimed the operation, saying its drones hit their targets directly. There " +
		"was no comment from the occupation forces, and no word on casualties."
)

// Two statements of one armed group, written for this test: the same
// formula opens both, each then tells another attack.
const (
	formula = "In the name of God the Merciful. In support of our oppressed people in Gaza and in answer " +
		"to the crimes of the enemy against women and children, and within the fourth stage of the " +
		"escalation, the naval forces of the armed forces carried out a military operation targeting the ship "
	statementA = formula + "(NORTHERN STAR) in the Gulf of Aden with a number of suitable naval missiles, and the " +
		"hit was precise. The operation took place at dawn on Monday, and the ship belongs to a company that " +
		"deals with the ports of occupied Palestine. The forces warn every company against dealing with those ports."
	statementB = formula + "(SILVER DAWN) in the Red Sea with drones, and the ship caught fire. The operation took " +
		"place in the evening of Thursday west of Hodeidah, after the crew ignored repeated calls. We will " +
		"continue until the aggression stops and the siege on Gaza is lifted, God willing."
)

func sig(text string) copies.Signature {
	var words []string
	for _, t := range normalize.Tokens(text) {
		if t.Kind == normalize.Word || t.Kind == normalize.Number {
			words = append(words, t.Norm)
		}
	}
	return copies.Of(words)
}

func TestCopies(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b string
		copy bool
	}{
		{"masthead", wire, masthead, true},
		{"excerpt", wire, excerpt, true},
		{"edited", wire, edited, true},
		{"edited and own account", edited, own, false},
		{"own account", wire, own, false},
		{"excerpt and own account", excerpt, own, false},
		{"two statements of one formula", statementA, statementB, false},
	} {
		a, b := sig(c.a), sig(c.b)
		if got := copies.Copies(a, b); got != c.copy {
			t.Errorf("%s: copies %v (Jaccard %.2f), want %v", c.name, got, copies.Jaccard(a, b), c.copy)
		}
	}
	if a, b := sig(statementA), sig(statementB); copies.Jaccard(a, b) < copies.MinJaccard {
		t.Errorf("two statements of one formula: Jaccard %.2f, the test wants them above MinJaccard", copies.Jaccard(a, b))
	}
	if s := sig("Too short."); s.N != 0 || copies.Copies(s, s) {
		t.Errorf("a text of two words has a signature: %+v", s)
	}
}

var mon = sitrep.Date{Year: 2023, Month: 10, Day: 23}

func TestOrigins(t *testing.T) {
	tue := mon.AddDays(1)
	docs := []copies.Doc{
		{ID: "z-excerpt", Published: tue, Sig: sig(excerpt)},
		{ID: "b-masthead", Published: tue, Sig: sig(masthead)},
		{ID: "y-wire", Published: mon, Sig: sig(wire)},
		{ID: "a-own", Published: mon, Sig: sig(own)},
		{ID: "c-undated-copy", Sig: sig(wire)},
	}
	want := map[string]string{"z-excerpt": "y-wire", "b-masthead": "y-wire", "c-undated-copy": "y-wire"}
	for i := 0; i < 2; i++ {
		got := copies.Origins(docs)
		if len(got) != len(want) {
			t.Errorf("got %v, want %v", got, want)
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("origin of %s: got %q, want %q", k, got[k], v)
			}
		}
		docs[0], docs[4] = docs[4], docs[0] // any order gives the same
	}
}

func TestEncode(t *testing.T) {
	s := sig(wire)
	s.Name("Example Times", "ET")
	s.Cite("Levant Example News")
	got, err := copies.Decode(s.Encode())
	if err != nil || got != s {
		t.Errorf("round trip: %v, equal %v", err, got == s)
	}
	if _, err := copies.Decode([]byte{1, 2}); err == nil {
		t.Error("decoded two bytes")
	}
}

// TestOrigin checks that Origin, from the documents near one, finds what
// TestOrigin checks Origin, with the documents it says to settle again,
// against Origins over every document: documents arrive in a shuffled
// order (copies before what they copy), stories with copies over several
// days. After each arrival every document must copy what Origins says.
func TestOrigin(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := func(n int) []string {
		w := make([]string, n)
		for i := range w {
			w[i] = fmt.Sprintf("w%d", rng.IntN(5000))
		}
		return w
	}
	start := sitrep.Date{Year: 2024, Month: 1, Day: 1}
	var docs []copies.Doc
	for story := range 60 {
		base := words(80)
		day := start.AddDays(rng.IntN(20))
		outlet := rng.IntN(8)
		for c := range 1 + rng.IntN(4) {
			w := append([]string(nil), base...)
			// A rewrite (one copy in three) changes half the words and
			// names the story's outlet.
			rewrite := c > 0 && rng.IntN(3) == 0
			changes := rng.IntN(20)
			if rewrite {
				changes = 40
			}
			for k := 0; k < changes && c > 0; k++ {
				w[rng.IntN(len(w))] = fmt.Sprintf("x%d", rng.IntN(5000))
			}
			d := copies.Doc{ID: fmt.Sprintf("s%02d-%d", story, c), Published: day.AddDays(rng.IntN(5)), Sig: copies.Of(w)}
			d.Sig.Name(fmt.Sprintf("outlet %d", (outlet+c)%8))
			if rewrite {
				d.Sig.Cite(fmt.Sprintf("outlet %d", outlet))
			} else if rng.IntN(5) == 0 {
				d.Sig.Cite(fmt.Sprintf("outlet %d", rng.IntN(8)))
			}
			if rng.IntN(15) == 0 {
				d.Published = sitrep.Date{}
			}
			docs = append(docs, d)
		}
	}
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	byID := map[string]copies.Doc{}
	recorded := map[string]string{} // what each document copies, as settled so far
	var settled, again, undated int
	for i, d := range docs {
		byID[d.ID] = d
		if !settle(docs[:i+1], byID, recorded, d, &again) {
			undated++
			recorded = copies.Origins(docs[:i+1])
			continue
		}
		settled++
		all := copies.Origins(docs[:i+1])
		for _, n := range docs[:i+1] {
			if recorded[n.ID] != all[n.ID] {
				t.Fatalf("after %s: %s copies %q, Origins says %q", d.ID, n.ID, recorded[n.ID], all[n.ID])
			}
		}
	}
	if settled < len(docs)/2 || undated == 0 || again == 0 {
		t.Fatalf("settled %d documents, %d undated; %d settled again", settled, undated, again)
	}
	rewrites := 0
	for id, o := range copies.Origins(docs) {
		if !copies.Copies(byID[id].Sig, byID[o].Sig) {
			t.Errorf("%s copies %s by Origins, not by Copies", id, o)
		}
		if copies.Jaccard(byID[id].Sig, byID[o].Sig) < copies.MinJaccardExcerpt {
			rewrites++
		}
	}
	if rewrites == 0 {
		t.Error("no rewrite found: the test no longer checks them")
	}
}

// settle settles d, new among docs, and the documents Origin says to
// settle again after it, earliest first, as the pipeline does; again
// counts those. It returns false when Origin cannot tell.
func settle(docs []copies.Doc, byID map[string]copies.Doc, recorded map[string]string, d copies.Doc, again *int) bool {
	work := []copies.Doc{d}
	pending := map[string]bool{d.ID: true}
	for len(work) > 0 {
		sort.Slice(work, func(i, j int) bool { return copies.Earlier(work[i], work[j]) })
		w := work[0]
		work = work[1:]
		var window []copies.Doc
		for _, n := range docs {
			if pending[n.ID] && n.ID != w.ID {
				continue // not there yet
			}
			if !n.Published.HasYear() || !w.Published.HasYear() ||
				abs(n.Published.Days()-w.Published.Days()) <= copies.MaxDays {
				window = append(window, n)
			}
		}
		origin, later, ok := copies.Origin(w, window, recorded)
		if !ok {
			return false
		}
		recorded[w.ID] = origin
		delete(pending, w.ID)
		for _, id := range later {
			if !pending[id] {
				pending[id] = true
				work = append(work, byID[id])
				*again++
			}
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
