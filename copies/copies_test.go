package copies_test

import (
	"fmt"
	"math/rand/v2"
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
	} {
		a, b := sig(c.a), sig(c.b)
		if got := copies.Copies(a, b); got != c.copy {
			t.Errorf("%s: copies %v (Jaccard %.2f), want %v", c.name, got, copies.Jaccard(a, b), c.copy)
		}
	}
	if s := sig("Too short."); s.N != 0 || copies.Copies(s, s) {
		t.Errorf("a text of two words has a signature: %+v", s)
	}
}

func TestOrigins(t *testing.T) {
	mon := sitrep.Date{Year: 2023, Month: 10, Day: 23}
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
	got, err := copies.Decode(s.Encode())
	if err != nil || got != s {
		t.Errorf("round trip: %v, equal %v", err, got == s)
	}
	if _, err := copies.Decode([]byte{1, 2}); err == nil {
		t.Error("decoded two bytes")
	}
}

// TestOrigin checks that Origin, from the documents near one, finds what
// Origins over every document finds, whenever it says it can: documents
// arrive in a shuffled order, stories with copies over several days.
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
		for c := range 1 + rng.IntN(4) {
			w := append([]string(nil), base...)
			for k := 0; k < rng.IntN(20) && c > 0; k++ {
				w[rng.IntN(len(w))] = fmt.Sprintf("x%d", rng.IntN(5000))
			}
			d := copies.Doc{ID: fmt.Sprintf("s%02d-%d", story, c), Published: day.AddDays(rng.IntN(5)), Sig: copies.Of(w)}
			if rng.IntN(15) == 0 {
				d.Published = sitrep.Date{}
			}
			docs = append(docs, d)
		}
	}
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	var known, unknown int
	for i, d := range docs {
		all := copies.Origins(docs[:i+1])
		before := copies.Origins(docs[:i])
		var window []copies.Doc
		for _, n := range docs[:i] {
			if !n.Published.HasYear() || !d.Published.HasYear() ||
				abs(n.Published.Days()-d.Published.Days()) <= copies.MaxDays {
				window = append(window, n)
			}
		}
		got, ok := copies.Origin(d, window, before)
		if !ok {
			unknown++
			continue
		}
		known++
		if got != all[d.ID] {
			t.Fatalf("document %s: Origin %q, Origins %q", d.ID, got, all[d.ID])
		}
		for id, o := range before {
			if all[id] != o {
				t.Fatalf("document %s changed what %s copies (%q to %q) though Origin was sure", d.ID, id, o, all[id])
			}
		}
	}
	if known < len(docs)/2 || unknown == 0 {
		t.Fatalf("Origin knew %d and did not know %d of %d documents", known, unknown, len(docs))
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
