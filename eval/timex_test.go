package eval_test

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
)

// timexPlatinumDir is the TempEval-3 test set, read at test time, never copied.
const timexPlatinumDir = "../../shared/evaldata/suites/tempeval3-platinum"

// MustReadTimeML reads a TimeML fixture of testdata/timex.
func MustReadTimeML(tb testing.TB, name string) eval.TimeMLDoc {
	tb.Helper()
	doc, err := eval.ReadTimeML(filepath.Join("testdata", "timex", name))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// checkSpans fails unless every timex of doc has its text at its span.
func checkTimexSpans(tb testing.TB, doc eval.TimeMLDoc) {
	tb.Helper()
	for _, tx := range doc.Timexes {
		if tx.Start < 0 || tx.End > len(doc.Text) || tx.Start >= tx.End || doc.Text[tx.Start:tx.End] != tx.Text {
			tb.Errorf("%s %s: span %d-%d does not hold %q", doc.ID, tx.ID, tx.Start, tx.End, tx.Text)
		}
		if tx.Doc != doc.ID {
			tb.Errorf("%s %s: got doc %q, want %q", doc.ID, tx.ID, tx.Doc, doc.ID)
		}
	}
}

func TestTimexReadTimeML(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		doc := MustReadTimeML(t, "basic.tml")
		checkTimexSpans(t, doc)
		if doc.ID != "basic.tml" {
			t.Errorf("got ID %q, want basic.tml", doc.ID)
		}
		wantDCT := eval.Timex{Doc: "basic.tml", ID: "t0", Text: "March 22, 2013", Type: "DATE", Value: "2013-03-22"}
		if doc.DCT != wantDCT {
			t.Errorf("got DCT %+v, want %+v", doc.DCT, wantDCT)
		}
		wantText := "\nDrones hit Saná & Aden yesterday, a day after talks ended on March 20.\nFighting has lasted three weeks.\n"
		if doc.Text != wantText {
			t.Errorf("got text %q, want %q", doc.Text, wantText)
		}
		// Byte offsets: "á" takes two bytes and "&amp;" one.
		want := []eval.Timex{
			{Doc: "basic.tml", ID: "t1", Start: 25, End: 34, Text: "yesterday", Type: "DATE", Value: "2013-03-21"},
			{Doc: "basic.tml", ID: "t2", Start: 63, End: 71, Text: "March 20", Type: "DATE", Value: "2013-03-20"},
			{Doc: "basic.tml", ID: "t3", Start: 93, End: 104, Text: "three weeks", Type: "DURATION", Value: "P3W"},
		}
		if len(doc.Timexes) != len(want) {
			t.Fatalf("got %d timexes %+v, want %d (the TITLE's is not in TEXT)", len(doc.Timexes), doc.Timexes, len(want))
		}
		for i := range want {
			if doc.Timexes[i] != want[i] {
				t.Errorf("timex %d: got %+v, want %+v", i, doc.Timexes[i], want[i])
			}
		}
		date, err := doc.DCTDate()
		if err != nil || date != (sitrep.Date{Year: 2013, Month: 3, Day: 22}) {
			t.Errorf("got DCT date %v, %v, want 2013-03-22", date, err)
		}
	})
	t.Run("OKTimeAndComment", func(t *testing.T) {
		doc := MustReadTimeML(t, "relative.tml")
		checkTimexSpans(t, doc)
		if doc.DCT.Value != "2013-03-21T10:30" || doc.DCT.Type != "TIME" {
			t.Errorf("got DCT %+v, want TIME 2013-03-21T10:30", doc.DCT)
		}
		if date, err := doc.DCTDate(); err != nil || date.String() != "2013-03-21" {
			t.Errorf("got DCT date %v, %v, want 2013-03-21", date, err)
		}
		wantText := "\nOn Monday <Reuters> said the siege lasted two days, until this morning.\n"
		if doc.Text != wantText {
			t.Errorf("got text %q, want %q", doc.Text, wantText)
		}
		var got []string
		for _, tx := range doc.Timexes {
			got = append(got, tx.Text+"|"+tx.Type+"|"+tx.Value)
		}
		want := "Monday|DATE|2013-03-18 two days|DURATION|P2D this morning|TIME|2013-03-21TMO"
		if strings.Join(got, " ") != want {
			t.Errorf("got %q, want %q", strings.Join(got, " "), want)
		}
	})
	t.Run("OKNoDCT", func(t *testing.T) {
		doc, err := eval.DecodeTimeML(strings.NewReader(`<TimeML><TEXT>In <TIMEX3 tid="t1" type="DATE" value="2012">2012</TIMEX3></TEXT></TimeML>`), "x")
		if err != nil {
			t.Fatal(err)
		}
		if date, err := doc.DCTDate(); err != nil || !date.IsZero() {
			t.Errorf("got DCT date %v, %v, want the zero date", date, err)
		}
		if len(doc.Timexes) != 1 || doc.Timexes[0].Start != 3 {
			t.Errorf("got %+v, want one timex at 3", doc.Timexes)
		}
	})
}

func TestTimexReadErrors(t *testing.T) {
	for _, c := range []struct{ name, doc, want string }{
		{"ErrSyntax", "<TimeML>\n<TEXT>a <TIMEX3 type=\"DATE\" value=\"2012\">2012</TEXT>\n</TimeML>", "bad.tml:2: "},
		{"ErrNoText", "<TimeML>\n<DCT></DCT>\n</TimeML>", "bad.tml: no <TEXT> element"},
		{"ErrSecondText", "<TimeML>\n<TEXT>a</TEXT>\n<TEXT>b</TEXT></TimeML>", "bad.tml:3:1: second <TEXT> element"},
		{"ErrNested", "<TimeML><TEXT>\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2012\">a <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2012\">b</TIMEX3></TIMEX3></TEXT></TimeML>",
			"bad.tml:2:48: TIMEX3 inside TIMEX3 t1"},
		{"ErrNoValue", "<TimeML><TEXT>\n\n  <TIMEX3 tid=\"t7\" type=\"DATE\">now</TIMEX3></TEXT></TimeML>", "bad.tml:3:3: TIMEX3 t7 has no type or no value"},
		{"ErrEntity", "<TimeML><TEXT>a &nbsp; b</TEXT></TimeML>", "bad.tml:1: invalid character entity &nbsp;"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := eval.DecodeTimeML(strings.NewReader(c.doc), "bad.tml")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got error %v, want one starting %q", err, c.want)
			}
		})
	}
	t.Run("ErrFileNamed", func(t *testing.T) {
		path := filepath.Join("testdata", "timex", "bad", "unclosed.tml")
		_, err := eval.ReadTimeML(path)
		if err == nil || !strings.HasPrefix(err.Error(), path+":6: ") {
			t.Errorf("got error %v, want one starting %q", err, path+":6: ")
		}
	})
	t.Run("ErrBadDCT", func(t *testing.T) {
		doc, err := eval.DecodeTimeML(strings.NewReader(`<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-W12">week 12</TIMEX3></DCT><TEXT/></TimeML>`), "w.tml")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := doc.DCTDate(); err == nil || !strings.Contains(err.Error(), `creation time "1998-W12"`) {
			t.Errorf("got error %v, want one naming the value", err)
		}
	})
}

// TestTimexReadPlatinum reads the TempEval-3 test set and checks the counts
// its README gives: 20 creation times and 138 timexes in TEXT.
func TestTimexReadPlatinum(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(timexPlatinumDir, "*.tml"))
	if len(paths) == 0 {
		t.Skipf("TempEval-3 platinum set not found at %s (../shared is absent)", timexPlatinumDir)
	}
	types := map[string]int{}
	dcts := 0
	for _, p := range paths {
		doc, err := eval.ReadTimeML(p)
		if err != nil {
			t.Fatal(err)
		}
		checkTimexSpans(t, doc)
		if d, err := doc.DCTDate(); err == nil && d.HasYear() {
			dcts++
		}
		for _, tx := range doc.Timexes {
			types[tx.Type]++
		}
	}
	want := map[string]int{"DATE": 96, "DURATION": 34, "TIME": 4, "SET": 4}
	if len(paths) != 20 || dcts != 20 || len(types) != len(want) {
		t.Errorf("got %d files, %d creation dates, types %v; want 20, 20, %v", len(paths), dcts, types, want)
	}
	for k, n := range want {
		if types[k] != n {
			t.Errorf("%s: got %d timexes, want %d", k, types[k], n)
		}
	}
}

func timexAt(doc string, start, end int, typ, value string) eval.Timex {
	return eval.Timex{Doc: doc, Start: start, End: end, Text: strings.Repeat("x", end-start), Type: typ, Value: value}
}

// mixedTimex returns 4 gold and 5 predicted timexes: 2 strict matches
// (one with the wrong type), 1 relaxed one with the wrong value, 1 miss,
// and 2 spurious predictions, one in a document without gold.
func mixedTimex() (gold, pred []eval.Timex) {
	gold = []eval.Timex{
		timexAt("a", 0, 10, "DATE", "2013-03-22"),
		timexAt("a", 20, 30, "DURATION", "P3D"),
		timexAt("a", 40, 45, "DATE", "2013"),
		timexAt("b", 0, 5, "TIME", "2013-03-22TAF"),
	}
	pred = []eval.Timex{
		timexAt("a", 18, 25, "DURATION", "P2D"),
		timexAt("a", 0, 10, "DATE", "2013-03-22"),
		timexAt("a", 50, 55, "DATE", "XXXX-XX-XX"),
		timexAt("b", 0, 5, "DATE", "2013-03-22TAF"),
		timexAt("c", 0, 3, "DATE", "2012"),
	}
	return gold, pred
}

func timexNear(a, b float64) bool { return math.Abs(a-b) < 1e-4 }

// wantTimexScore checks a score against its count and hand-worked ratios.
func wantTimexScore(tb testing.TB, name string, got eval.TimexScore, count int, p, r, f1 float64) {
	tb.Helper()
	if got.Count != count || !timexNear(got.Precision, p) || !timexNear(got.Recall, r) || !timexNear(got.F1, f1) {
		tb.Errorf("%s: got %+v, want count %d P %.4f R %.4f F1 %.4f", name, got, count, p, r, f1)
	}
}

func TestTimexScore(t *testing.T) {
	gold, pred := mixedTimex()
	r := eval.ScoreTimex(gold, pred)
	if r.Docs != 3 || r.Gold != 4 || r.Pred != 5 {
		t.Errorf("got docs %d gold %d pred %d, want 3 4 5", r.Docs, r.Gold, r.Pred)
	}
	// G = 4, S = 5: F1 = 2n/9.
	wantTimexScore(t, "strict", r.Strict, 2, 2.0/5, 2.0/4, 4.0/9)
	wantTimexScore(t, "relaxed", r.Relaxed, 3, 3.0/5, 3.0/4, 6.0/9)
	wantTimexScore(t, "value", r.Value, 2, 2.0/5, 2.0/4, 4.0/9)
	wantTimexScore(t, "type", r.Type, 2, 2.0/5, 2.0/4, 4.0/9)
	if len(r.Missed) != 1 || r.Missed[0] != gold[2] {
		t.Errorf("got missed %+v, want %+v", r.Missed, gold[2])
	}
	if len(r.Spurious) != 2 || r.Spurious[0] != pred[2] || r.Spurious[1] != pred[4] {
		t.Errorf("got spurious %+v, want %+v and %+v", r.Spurious, pred[2], pred[4])
	}
	if len(r.Wrong) != 2 || r.Wrong[0].Pred != pred[0] || r.Wrong[1].Pred != pred[3] {
		t.Errorf("got wrong %+v, want the P2D and the TIME typed DATE", r.Wrong)
	}
	wantTypes := []eval.TimexTypeCount{
		{Type: "DATE", Gold: 2, Strict: 1, Relaxed: 1, Value: 1, Pred: 4},
		{Type: "DURATION", Gold: 1, Strict: 0, Relaxed: 1, Value: 0, Pred: 1},
		{Type: "TIME", Gold: 1, Strict: 1, Relaxed: 1, Value: 1, Pred: 0},
	}
	if len(r.ByType) != len(wantTypes) {
		t.Fatalf("got by type %+v, want %+v", r.ByType, wantTypes)
	}
	for i := range wantTypes {
		if r.ByType[i] != wantTypes[i] {
			t.Errorf("by type %d: got %+v, want %+v", i, r.ByType[i], wantTypes[i])
		}
	}
}

func TestTimexScoreOneToOne(t *testing.T) {
	t.Run("OneOverTwo", func(t *testing.T) {
		// "Sunday morning" against gold "Sunday" and "morning": one match.
		gold := []eval.Timex{timexAt("a", 0, 6, "DATE", "v"), timexAt("a", 7, 14, "TIME", "w")}
		r := eval.ScoreTimex(gold, []eval.Timex{timexAt("a", 0, 14, "DATE", "v")})
		wantTimexScore(t, "relaxed", r.Relaxed, 1, 1, 0.5, 2.0/3)
		wantTimexScore(t, "strict", r.Strict, 0, 0, 0, 0)
		wantTimexScore(t, "value", r.Value, 1, 1, 0.5, 2.0/3)
	})
	t.Run("TwoOverOne", func(t *testing.T) {
		gold := []eval.Timex{timexAt("a", 0, 14, "DATE", "v")}
		r := eval.ScoreTimex(gold, []eval.Timex{timexAt("a", 0, 6, "DATE", "x"), timexAt("a", 7, 14, "DATE", "v")})
		wantTimexScore(t, "relaxed", r.Relaxed, 1, 0.5, 1, 2.0/3)
		if len(r.Spurious) != 1 {
			t.Errorf("got spurious %+v, want one", r.Spurious)
		}
	})
	t.Run("ExactFirst", func(t *testing.T) {
		gold := []eval.Timex{timexAt("a", 0, 10, "DATE", "v")}
		r := eval.ScoreTimex(gold, []eval.Timex{timexAt("a", 0, 4, "DATE", "x"), timexAt("a", 0, 10, "DATE", "v")})
		wantTimexScore(t, "strict", r.Strict, 1, 0.5, 1, 2.0/3)
		wantTimexScore(t, "value", r.Value, 1, 0.5, 1, 2.0/3)
	})
	t.Run("OtherDocument", func(t *testing.T) {
		r := eval.ScoreTimex([]eval.Timex{timexAt("a", 0, 4, "DATE", "v")}, []eval.Timex{timexAt("b", 0, 4, "DATE", "v")})
		wantTimexScore(t, "relaxed", r.Relaxed, 0, 0, 0, 0)
	})
	t.Run("Empty", func(t *testing.T) {
		r := eval.ScoreTimex(nil, nil)
		if r.Gold != 0 || r.Relaxed.F1 != 0 || r.Missed == nil || r.Spurious == nil || r.Wrong == nil || r.ByType == nil {
			t.Errorf("got %+v, want zero scores and empty lists", r)
		}
	})
}

// TestTimexScorePublished rebuilds the counts behind HeidelTime-t's line
// of TempEval-3 Table 3 (G 138, S 130, 121 relaxed and 109 strict matches,
// 104 right values) and checks that the published figures come out.
func TestTimexScorePublished(t *testing.T) {
	var gold, pred []eval.Timex
	for i := range 138 {
		gold = append(gold, timexAt("d", 20*i, 20*i+5, "DATE", "v"))
		if i >= 121 {
			continue
		}
		p := timexAt("d", 20*i, 20*i+5, "DATE", "v")
		if i >= 109 {
			p.End++
		}
		if i >= 104 {
			p.Value = "w"
		}
		pred = append(pred, p)
	}
	for i := range 9 {
		pred = append(pred, timexAt("d", 20*i+10, 20*i+15, "DATE", "v"))
	}
	r := eval.ScoreTimex(gold, pred)
	for _, c := range []struct {
		name string
		got  float64
		want float64
	}{
		{"strict F1", r.Strict.F1, 81.34}, {"relaxed F1", r.Relaxed.F1, 90.30},
		{"relaxed P", r.Relaxed.Precision, 93.08}, {"relaxed R", r.Relaxed.Recall, 87.68},
		{"value F1", r.Value.F1, 77.61},
	} {
		if got := math.Round(10000*c.got) / 100; got != c.want {
			t.Errorf("%s: got %.2f, want %.2f", c.name, got, c.want)
		}
	}
}

func TestTimexResultText(t *testing.T) {
	var b bytes.Buffer
	eval.ScoreTimex(mixedTimex()).WriteText(&b)
	checkGolden(t, "timex/result.txt.golden", b.Bytes())
}

func TestTimexResultJSON(t *testing.T) {
	b, err := json.MarshalIndent(eval.ScoreTimex(mixedTimex()), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "timex/result.json.golden", append(b, '\n'))
	var back eval.TimexResult
	if err := json.Unmarshal(b, &back); err != nil || back.Value.Count != 2 || len(back.Wrong) != 2 {
		t.Errorf("got %+v, %v back from JSON, want the value count 2 and 2 wrong", back, err)
	}
}

// FuzzTimexDecode checks that DecodeTimeML never panics and that every
// timex it returns holds its text at its span.
func FuzzTimexDecode(f *testing.F) {
	for _, name := range []string{"basic.tml", "relative.tml", "bad/unclosed.tml"} {
		b, err := os.ReadFile(filepath.Join("testdata", "timex", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<TimeML><TEXT>é<TIMEX3 type="DATE" value="x"></TIMEX3>&amp;</TEXT></TimeML>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := eval.DecodeTimeML(bytes.NewReader(data), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Errorf("got error %v, want one naming the input", err)
			}
			return
		}
		checkTimexSpans(t, doc)
	})
}
