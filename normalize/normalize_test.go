package normalize_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/normalize"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Al-Omar":           "al-omar",
		"Kata’ib Hezbollah": "kataib hezbollah",
		"Dayr al-Zawr":      "dayr al-zawr",
		"Şırnak":            "sirnak",
		"Ḥasakah":           "hasakah",
		"الأسد":             "الاسد",
		"عَيْن":             "عين",
		"ASCII only":        "ascii only",
		"already folded":    "already folded",
		"Mosul's":           "mosuls",
	} {
		if got := normalize.Fold(in); got != want {
			t.Errorf("Fold(%q): got %q, want %q", in, got, want)
		}
	}
}

func TestTokens(t *testing.T) {
	text := "Iraq’s Al-Omar field: 1,000 troops, 3.5 km."
	var got []string
	for _, tok := range normalize.Tokens(text) {
		got = append(got, tok.Norm)
		if tok.Norm != "iraq" && text[tok.Start:tok.End] == "" {
			t.Errorf("empty span for %q", tok.Norm)
		}
	}
	want := []string{"iraq", "al", "-", "omar", "field", ":", "1,000", "troops", ",", "3.5", "km", "."}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
	if toks := normalize.Tokens(text); !toks[0].Possessive || text[toks[0].Start:toks[0].End] != "Iraq’s" {
		t.Errorf("possessive: got %+v", toks[0])
	}
}

func TestSentences(t *testing.T) {
	text := "The U.S. base at Ain al-Asad was hit on Jan. 20. Two soldiers were killed, officials said.\n\n" +
		"“We struck the base,” the group said. Gen. Smith declined to comment! Was it 3.5 km away? Yes.\nNext line"
	want := []string{
		"The U.S. base at Ain al-Asad was hit on Jan. 20.",
		"Two soldiers were killed, officials said.",
		"“We struck the base,” the group said.",
		"Gen. Smith declined to comment!",
		"Was it 3.5 km away?",
		"Yes.",
		"Next line",
	}
	ss := normalize.Sentences(text)
	if len(ss) != len(want) {
		for _, s := range ss {
			t.Logf("%q", text[s.Start:s.End])
		}
		t.Fatalf("got %d sentences, want %d", len(ss), len(want))
	}
	for i, s := range ss {
		if got := text[s.Start:s.End]; got != want[i] {
			t.Errorf("sentence %d: got %q, want %q", i, got, want[i])
		}
	}
	if ss[0].Paragraph != 0 || ss[2].Paragraph != 1 || ss[6].Paragraph != 2 {
		t.Errorf("paragraphs: got %d %d %d, want 0 1 2", ss[0].Paragraph, ss[2].Paragraph, ss[6].Paragraph)
	}
}

// A clock's "a.m." or "p.m." ends a sentence when the next word opens
// one, not before a day or a place's time. The text is written for this
// test.
func TestSentencesAfterClock(t *testing.T) {
	text := "The drone was downed at 3 a.m. Nobody was hurt. It came at 9 p.m. Friday and at 4 p.m. Baghdad time. " +
		"It struck at about 8 p.m. Both guards were treated for injuries. It hit at 10 p.m. GMT on Dec. 2, 9 a.m. Dec. 3 " +
		"and 11 a.m. (0800 GMT), at 1 p.m. Sanaa local time and at 2 p.m. Eastern."
	want := []string{"The drone was downed at 3 a.m.", "Nobody was hurt.",
		"It came at 9 p.m. Friday and at 4 p.m. Baghdad time.", "It struck at about 8 p.m.",
		"Both guards were treated for injuries.",
		"It hit at 10 p.m. GMT on Dec. 2, 9 a.m. Dec. 3 and 11 a.m. (0800 GMT), at 1 p.m. Sanaa local time and at 2 p.m. Eastern."}
	var got []string
	for _, s := range normalize.Sentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("Al-Omar’s field, 1,000 km.")
	f.Add("قاعدة عين الأسد")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range normalize.Tokens(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad token span %d-%d in %q", tok.Start, tok.End, s)
			}
			prev = tok.End
			if w := s[tok.Start:tok.End]; tok.Kind == normalize.Word && !tok.Possessive && tok.Norm != normalize.Fold(w) {
				t.Fatalf("token %q: Norm %q, want Fold %q", w, tok.Norm, normalize.Fold(w))
			}
		}
		for _, se := range normalize.Sentences(s) {
			if se.Start < 0 || se.End > len(s) || se.End <= se.Start {
				t.Fatalf("bad sentence span %d-%d", se.Start, se.End)
			}
		}
	})
}

func BenchmarkTokens(b *testing.B) {
	text := "Six missiles reportedly struck the US base at the Al-Omar oil field northeast of Deir ez-Zor early on Friday, sources told Lebanese media. "
	for len(text) < 2500 {
		text += text
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		normalize.Tokens(text)
		normalize.Sentences(text)
	}
}
