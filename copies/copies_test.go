package copies_test

import (
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
