package gazetteer_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// MustLoad returns the gazetteer with its GeoNames layer or stops the test.
func MustLoad(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// MustLoadCurated returns the curated gazetteer without the GeoNames layer
// or stops the test.
func MustLoadCurated(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	g, err := gazetteer.LoadCurated()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// span is one expected or found match, written as in testdata/match.txt;
// Direction is "demonym" for a demonym.
type span struct {
	Start, End int
	Text, ID   string
	Direction  string
}

func (s span) String() string {
	if s.Direction != "" {
		return fmt.Sprintf("{%s|%s|%s}@%d", s.Text, s.ID, s.Direction, s.Start)
	}
	return fmt.Sprintf("{%s|%s}@%d", s.Text, s.ID, s.Start)
}

// stripMarkup returns line without its {span|id|direction} markup, and the
// spans it marks.
func stripMarkup(tb testing.TB, line string) (string, []span) {
	tb.Helper()
	var b strings.Builder
	var want []span
	for {
		i := strings.IndexByte(line, '{')
		if i < 0 {
			b.WriteString(line)
			break
		}
		j := strings.IndexByte(line[i:], '}')
		if j < 0 {
			tb.Fatalf("unclosed { in %q", line)
		}
		b.WriteString(line[:i])
		parts := strings.Split(line[i+1:i+j], "|")
		if len(parts) < 2 || len(parts) > 3 {
			tb.Fatalf("bad markup %q", line[i:i+j+1])
		}
		s := span{Start: b.Len(), Text: parts[0], ID: parts[1]}
		if len(parts) == 3 {
			s.Direction = parts[2]
		}
		b.WriteString(parts[0])
		s.End = b.Len()
		want = append(want, s)
		line = line[i+j+1:]
	}
	return b.String(), want
}

// matchLines returns the lines of testdata/match.txt, without comments.
func matchLines(tb testing.TB) map[int]string {
	tb.Helper()
	f, err := os.Open("testdata/match.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	lines := map[int]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if l := sc.Text(); strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
			lines[n] = l
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return lines
}

func TestMatch(t *testing.T) {
	g := MustLoad(t)
	lines := matchLines(t)
	if len(lines) < 40 {
		t.Fatalf("got %d cases, want at least 40", len(lines))
	}
	for n, line := range lines {
		text, want := stripMarkup(t, line)
		var got []span
		for _, m := range g.Match(text, normalize.Tokens(text)) {
			sp := span{Start: m.Start, End: m.End, Text: text[m.Start:m.End], ID: m.Entries[0].ID, Direction: m.Direction}
			if m.Demonym {
				sp.Direction = "demonym"
			}
			got = append(got, sp)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("testdata/match.txt:%d: %s\n got  %v\n want %v", n, text, got, want)
		}
	}
}

func TestMatchTokens(t *testing.T) {
	g := MustLoad(t)
	text := "Rockets hit the Al-Omar oil field in eastern Syria."
	toks := normalize.Tokens(text)
	ms := g.Match(text, toks)
	if len(ms) != 2 {
		t.Fatalf("got %d matches, want 2", len(ms))
	}
	for _, m := range ms {
		if toks[m.First].Start != m.Start || toks[m.Last-1].End != m.End {
			t.Errorf("%q: got tokens [%d,%d) spanning %d-%d, want %d-%d", text[m.Start:m.End],
				m.First, m.Last, toks[m.First].Start, toks[m.Last-1].End, m.Start, m.End)
		}
	}
	if got, want := ms[0].Entries[0].Place().Precision, 1; got != want {
		t.Errorf("precision of %s: got %d, want %d", ms[0].Entries[0].ID, got, want)
	}
}

func TestMatchKeywordOrder(t *testing.T) {
	g := MustLoad(t)
	for _, c := range []struct{ text, want string }{
		{"It happened in Hasakah.", "hasakah"},
		{"It happened in Hasakah province.", "sy-hasakah"},
		{"It happened in the governorate of Hasakah.", "sy-hasakah"},
		{"It happened in Hasakah city.", "hasakah"},
		{"It happened in the Deir ez-Zor region.", "sy-deir-ez-zor"},
		{"It happened at the Shaddadi base.", "shaddadi-base"},
		{"It happened at the Al-Tanf base.", "al-tanf"},
		// A province named after its capital, in a spelling only the
		// town bears.
		{"It happened in Hodeidah province.", "ye-hodeidah"},
		{"It happened in the governorate of Hodeidah.", "ye-hodeidah"},
		{"It happened in Taiz province.", "ye-taiz"},
		{"It happened in Hodeidah.", "hodeidah"},
	} {
		ms := g.Match(c.text, normalize.Tokens(c.text))
		if len(ms) != 1 {
			t.Errorf("%q: got %d matches, want 1", c.text, len(ms))
			continue
		}
		if got := ms[0].Entries[0].ID; got != c.want {
			t.Errorf("%q: got %s first, want %s", c.text, got, c.want)
		}
	}
}

// TestMatchListKinds checks that a plural keyword after a list of names,
// or before it with "of", puts the kind it names first in every item.
func TestMatchListKinds(t *testing.T) {
	g := MustLoad(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Strikes hit Daraa, Hasakah and Deir ez-Zor governorates.", []string{"sy-daraa", "sy-hasakah", "sy-deir-ez-zor"}},
		{"Strikes hit the governorates of Daraa and Hasakah.", []string{"sy-daraa", "sy-hasakah"}},
		{"Strikes hit Daraa and Hasakah on Monday.", []string{"daraa", "hasakah"}},
		// A list the keyword does not end: only the item it follows.
		{"Strikes hit Daraa on Monday and Hasakah province on Tuesday.", []string{"daraa", "sy-hasakah"}},
		// A list of divisions makes its other names divisions; towns
		// among them do not.
		{"Cases were found in Michigan, Oregon, New York and Ohio.", []string{"adm1-us.mi", "adm1-us.or", "adm1-us.ny", "adm1-us.oh"}},
		{"Flights from Chicago, Boston and New York to Ohio were cancelled.", []string{"gn-4887398", "gn-4930956", "gn-5128581", "adm1-us.oh"}},
		// "state" after a name, or "the state of" before it.
		{"A cow on a Washington state farm was sick; the state of New York banned beef.", []string{"adm1-us.wa", "adm1-us.ny"}},
		{"A cow on a farm near Washington was sick.", []string{"gn-4140963"}},
		{"The Quebec government and the Basra governor spoke; Basra was calm.", []string{"adm1-ca.10", "iq-basra", "basra"}},
		// "the city of" a name only countries bear: a town the gazetteer
		// lacks (Turkey, Texas); "a U.S. city" is the country's.
		{"Tickets are sold by the city of Turkey; no U.S. city does that.", []string{"us"}},
	} {
		var got []string
		for _, m := range g.Match(c.text, normalize.Tokens(c.text)) {
			got = append(got, m.Entries[0].ID)
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q: got %q first, want %q", c.text, got, c.want)
		}
	}
}

func FuzzMatch(f *testing.F) {
	g := MustLoad(f)
	for _, line := range matchLines(f) {
		text, _ := stripMarkup(f, line)
		f.Add(text)
	}
	f.Add("Al-")
	f.Add("the south of")
	f.Add("north-east - Al -Tanf’s ’s")
	f.Add("U.S. Embassy in")
	f.Add("والشدادي ال و")
	f.Fuzz(func(t *testing.T, text string) {
		toks := normalize.Tokens(text)
		prevEnd, prevLast := 0, 0
		for _, m := range g.Match(text, toks) {
			if m.Start < prevEnd || m.First < prevLast {
				t.Fatalf("match %d-%d overlaps or precedes the one ending at %d", m.Start, m.End, prevEnd)
			}
			if m.Start >= m.End || m.End > len(text) || m.First >= m.Last || m.Last > len(toks) {
				t.Fatalf("bad match %+v in %q", m, text)
			}
			if toks[m.First].Start != m.Start || toks[m.Last-1].End != m.End {
				t.Fatalf("match %d-%d does not fit its tokens [%d,%d)", m.Start, m.End, m.First, m.Last)
			}
			if len(m.Entries) == 0 {
				t.Fatalf("match %q has no candidates", text[m.Start:m.End])
			}
			prevEnd, prevLast = m.End, m.Last
		}
		g.Lookup(text)
	})
}

// TestMatchHeldPart checks that a compound before a part of a country
// ("the Kurdish-run northeast of Syria") keeps it a part, and that a
// possessive country before a direction ("Syria's north-east") makes one,
// but not before a name ("the USA's West Coast").
func TestMatchHeldPart(t *testing.T) {
	g := MustLoad(t)
	for text, want := range map[string]string{
		"Strikes hit the Kurdish-run northeast of Syria.": "northeast",
		"Strikes hit the rebel-held north of Syria.":      "north",
		"Strikes hit the northeast of Syria.":             "northeast",
		"Strikes hit Syria's Kurdish-held northeast.":     "northeast",
		"Strikes hit Syria's north-east.":                 "northeast",
	} {
		ms := g.Match(text, normalize.Tokens(text))
		var got []string
		for _, m := range ms {
			got = append(got, m.Direction+" "+m.Entries[0].ID)
		}
		if len(ms) == 0 || ms[len(ms)-1].Direction != want || ms[len(ms)-1].Entries[0].ID != "sy" {
			t.Errorf("%q: got %q, want %s of sy", text, got, want)
		}
	}
	text := "They raced on the USA's West Coast."
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		if m.Direction != "" {
			t.Errorf("%q: got %s of %s, want no part", text, m.Direction, m.Entries[0].ID)
		}
	}
}
