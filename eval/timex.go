package eval

import (
	"bufio"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
)

// Temporal-expression evaluation, after TempEval-3 Task A (UzZaman et al.
// 2013, "SemEval-2013 Task 1: TempEval-3"): timexes found by span overlap
// and by exact span, and the TIMEX3 type and value of the found ones.

// TimeMLDoc is one TimeML document: its creation time, the plain text of
// its <TEXT> element and the TIMEX3 annotations in that text, in text
// order, with byte offsets into Text.
type TimeMLDoc struct {
	ID      string  `json:"id"`  // the file's base name
	DCT     Timex   `json:"dct"` // zero when the file has none
	Text    string  `json:"text"`
	Timexes []Timex `json:"timexes"`
}

// Timex is a temporal expression of a document: Text is the document's
// text between the byte offsets Start and End, Type is DATE, TIME,
// DURATION or SET, and Value the TIMEX3 value. ID is the TIMEX3 tid when
// read from TimeML.
type Timex struct {
	Doc   string `json:"doc"`
	ID    string `json:"tid,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// DCTDate returns the day of the document creation time, the reference
// date of relative expressions. It returns the zero Date when the document
// has no creation time, and an error when its value is not a date.
func (d TimeMLDoc) DCTDate() (sitrep.Date, error) {
	date, err := sitrep.ParseDate(d.DCT.Value)
	if err != nil {
		return sitrep.Date{}, fmt.Errorf("creation time %q is not a date", d.DCT.Value)
	}
	return date, nil
}

// ReadTimeML reads the TimeML file at path, as DecodeTimeML does, with the
// file's base name as document ID and the path in error messages.
func ReadTimeML(path string) (TimeMLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return TimeMLDoc{}, err
	}
	defer f.Close()
	return decodeTimeML(bufio.NewReader(f), filepath.Base(path), path)
}

// DecodeTimeML reads a TimeML document from r, with id as its ID. The
// creation time is the TIMEX3 whose functionInDocument is CREATION_TIME,
// or else the first TIMEX3 inside <DCT>; it is not one of the Timexes.
// Text is the character data of <TEXT> with the markup removed and the
// entities decoded, and Timexes its TIMEX3 elements, except those that
// cover no text. Malformed XML, a missing or second <TEXT>, a TIMEX3
// inside another or one without type or value give an error of the form
// "id:line:column: problem".
func DecodeTimeML(r io.Reader, id string) (TimeMLDoc, error) {
	return decodeTimeML(r, id, id)
}

// decodeTimeML is DecodeTimeML naming the input where in errors.
func decodeTimeML(r io.Reader, id, where string) (TimeMLDoc, error) {
	doc := TimeMLDoc{ID: id}
	d := xml.NewDecoder(r)
	var (
		text          strings.Builder // the plain text of TEXT
		inText, inDCT int             // open <TEXT> and <DCT> elements
		seenText      bool
		open          *Timex          // the TIMEX3 being read
		openText      strings.Builder // its text
		openDCT       bool            // whether it is the creation time
		haveDCT       bool
	)
	fail := func(line, col int, format string, args ...any) error {
		return fmt.Errorf("%s:%d:%d: %s", where, line, col, fmt.Sprintf(format, args...))
	}
	for {
		line, col := d.InputPos()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return TimeMLDoc{}, fmt.Errorf("%s:%d: %s", where, se.Line, se.Msg)
			}
			return TimeMLDoc{}, fail(line, col, "%v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				if seenText {
					return TimeMLDoc{}, fail(line, col, "second <TEXT> element")
				}
				seenText = true
				inText++
			case "DCT":
				inDCT++
			case "TIMEX3":
				if open != nil {
					return TimeMLDoc{}, fail(line, col, "TIMEX3 inside TIMEX3 %s", open.ID)
				}
				tx := Timex{Doc: id, Start: text.Len()}
				function := ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "tid":
						tx.ID = a.Value
					case "type":
						tx.Type = a.Value
					case "value":
						tx.Value = a.Value
					case "functionInDocument":
						function = a.Value
					}
				}
				// A second creation time is scored like any other timex.
				openDCT = !haveDCT && (function == "CREATION_TIME" || inDCT > 0)
				if !openDCT && inText > 0 && (tx.Type == "" || tx.Value == "") {
					return TimeMLDoc{}, fail(line, col, "TIMEX3 %s has no type or no value", tx.ID)
				}
				open = &tx
				openText.Reset()
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText--
			case "DCT":
				inDCT--
			case "TIMEX3":
				tx := *open
				open = nil
				switch {
				case openDCT:
					haveDCT = true
					tx.Start, tx.End, tx.Text = 0, 0, openText.String()
					doc.DCT = tx
				case inText > 0:
					tx.End = text.Len()
					tx.Text = text.String()[tx.Start:tx.End]
					if tx.End > tx.Start {
						doc.Timexes = append(doc.Timexes, tx)
					}
				}
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			}
			if open != nil {
				openText.Write(t)
			}
		}
	}
	if !seenText {
		return TimeMLDoc{}, fmt.Errorf("%s: no <TEXT> element", where)
	}
	doc.Text = text.String()
	return doc, nil
}

// TimexResult is the outcome of ScoreTimex, micro-averaged over the
// documents. Lists are never nil.
type TimexResult struct {
	Docs int `json:"docs"` // documents with a gold or predicted timex
	Gold int `json:"gold"` // G, gold timexes
	Pred int `json:"pred"` // S, predicted timexes

	// Strict counts the gold timexes matched by a prediction with the
	// same span, Relaxed those matched by an overlapping one, Value and
	// Type the relaxed matches whose value, or type, is the gold one.
	Strict  TimexScore `json:"strict"`
	Relaxed TimexScore `json:"relaxed"`
	Value   TimexScore `json:"value"`
	Type    TimexScore `json:"type"`

	ByType   []TimexTypeCount `json:"by_type"`  // by gold (and predicted) type
	Missed   []Timex          `json:"missed"`   // gold timexes no prediction overlaps
	Spurious []Timex          `json:"spurious"` // predictions overlapping no gold timex
	Wrong    []TimexPair      `json:"wrong"`    // relaxed matches with another span, value or type
}

// TimexScore is a count of matches n with precision n/S, recall n/G and
// F1 2n/(S+G), which for the value and type is TempEval-3's attribute F1,
// relaxed F1 times the attribute's accuracy.
type TimexScore struct {
	Count     int     `json:"count"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// TimexTypeCount breaks a TimexResult down by type: the gold timexes of
// that type and how many of them each rule matched, and the predictions
// of that type.
type TimexTypeCount struct {
	Type    string `json:"type"`
	Gold    int    `json:"gold"`
	Strict  int    `json:"strict"`
	Relaxed int    `json:"relaxed"`
	Value   int    `json:"value"`
	Pred    int    `json:"pred"`
}

// TimexPair is a gold timex and the prediction matched to it.
type TimexPair struct {
	Gold Timex `json:"gold"`
	Pred Timex `json:"pred"`
}

// ScoreTimex scores predicted timexes against gold ones as TempEval-3
// Task A does. Timexes are compared within their Doc only. Each gold
// timex is matched to at most one prediction and each prediction to at
// most one gold timex: first those with the same span, then, in text
// order, the prediction that overlaps it most. Strict matches are the
// pairs with the same span, relaxed matches all pairs; a pair has the
// right value or type when the strings are equal. Predictions in a
// document without gold timexes are spurious.
func ScoreTimex(gold, pred []Timex) TimexResult {
	type docTimexes struct{ gold, pred []Timex }
	docs := map[string]*docTimexes{}
	at := func(id string) *docTimexes {
		if docs[id] == nil {
			docs[id] = &docTimexes{}
		}
		return docs[id]
	}
	for _, g := range gold {
		at(g.Doc).gold = append(at(g.Doc).gold, g)
	}
	for _, p := range pred {
		at(p.Doc).pred = append(at(p.Doc).pred, p)
	}
	r := TimexResult{Docs: len(docs), Gold: len(gold), Pred: len(pred),
		Missed: []Timex{}, Spurious: []Timex{}, Wrong: []TimexPair{}}
	types := map[string]*TimexTypeCount{}
	typeOf := func(t string) *TimexTypeCount {
		if types[t] == nil {
			types[t] = &TimexTypeCount{Type: t}
		}
		return types[t]
	}
	for _, id := range slices.Sorted(maps.Keys(docs)) {
		d := docs[id]
		slices.SortStableFunc(d.gold, compareTimex)
		slices.SortStableFunc(d.pred, compareTimex)
		match := matchTimexes(d.gold, d.pred)
		taken := make([]bool, len(d.pred))
		for gi, g := range d.gold {
			tc := typeOf(g.Type)
			tc.Gold++
			pi := match[gi]
			if pi < 0 {
				r.Missed = append(r.Missed, g)
				continue
			}
			p := d.pred[pi]
			taken[pi] = true
			r.Relaxed.Count++
			tc.Relaxed++
			exact := p.Start == g.Start && p.End == g.End
			if exact {
				r.Strict.Count++
				tc.Strict++
			}
			if p.Value == g.Value {
				r.Value.Count++
				tc.Value++
			}
			if p.Type == g.Type {
				r.Type.Count++
			}
			if !exact || p.Value != g.Value || p.Type != g.Type {
				r.Wrong = append(r.Wrong, TimexPair{Gold: g, Pred: p})
			}
		}
		for pi, p := range d.pred {
			typeOf(p.Type).Pred++
			if !taken[pi] {
				r.Spurious = append(r.Spurious, p)
			}
		}
	}
	for _, s := range []*TimexScore{&r.Strict, &r.Relaxed, &r.Value, &r.Type} {
		s.Precision = timexRatio(s.Count, r.Pred)
		s.Recall = timexRatio(s.Count, r.Gold)
		s.F1 = timexRatio(2*s.Count, r.Pred+r.Gold)
	}
	r.ByType = []TimexTypeCount{}
	for _, t := range slices.Sorted(maps.Keys(types)) {
		r.ByType = append(r.ByType, *types[t])
	}
	return r
}

// matchTimexes pairs gold and predicted timexes of one document, both in
// text order: for each gold timex, the index of its prediction or -1.
func matchTimexes(gold, pred []Timex) []int {
	match := make([]int, len(gold))
	taken := make([]bool, len(pred))
	for gi, g := range gold {
		match[gi] = -1
		for pi, p := range pred {
			if !taken[pi] && p.Start == g.Start && p.End == g.End {
				match[gi], taken[pi] = pi, true
				break
			}
		}
	}
	for gi, g := range gold {
		if match[gi] >= 0 {
			continue
		}
		best, most := -1, 0
		for pi, p := range pred {
			if n := min(g.End, p.End) - max(g.Start, p.Start); !taken[pi] && n > most {
				best, most = pi, n
			}
		}
		if best >= 0 {
			match[gi], taken[best] = best, true
		}
	}
	return match
}

func compareTimex(a, b Timex) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

func timexRatio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// WriteText writes r as a report: the TempEval-3 scores in percent, the
// counts by type, then every missed, spurious and wrong timex. Write
// errors are ignored, as for fmt.Fprint to a terminal.
func (r TimexResult) WriteText(w io.Writer) {
	fmt.Fprintf(w, "documents  %d\ngold       %d timexes\npredicted  %d timexes\n\n", r.Docs, r.Gold, r.Pred)
	fmt.Fprintf(w, "%-16s %7s %7s %7s %7s\n", "", "matched", "P %", "R %", "F1 %")
	for _, s := range []struct {
		name string
		TimexScore
	}{{"strict extent", r.Strict}, {"relaxed extent", r.Relaxed}, {"value", r.Value}, {"type", r.Type}} {
		fmt.Fprintf(w, "%-16s %7d %7.2f %7.2f %7.2f\n", s.name, s.Count, 100*s.Precision, 100*s.Recall, 100*s.F1)
	}
	fmt.Fprintf(w, "\n%-16s %7s %7s %7s %7s %7s\n", "by type", "gold", "strict", "relaxed", "value", "pred")
	for _, t := range r.ByType {
		fmt.Fprintf(w, "%-16s %7d %7d %7d %7d %7d\n", t.Type, t.Gold, t.Strict, t.Relaxed, t.Value, t.Pred)
	}
	writeTimexes(w, "missed", r.Missed)
	writeTimexes(w, "spurious", r.Spurious)
	if len(r.Wrong) > 0 {
		fmt.Fprintf(w, "\nwrong (%d): gold => predicted\n", len(r.Wrong))
		for _, p := range r.Wrong {
			fmt.Fprintf(w, "  %s  %s => %s\n", p.Gold.Doc, timexLine(p.Gold), timexLine(p.Pred))
		}
	}
}

func writeTimexes(w io.Writer, title string, ts []Timex) {
	if len(ts) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s (%d):\n", title, len(ts))
	for _, t := range ts {
		fmt.Fprintf(w, "  %s  %s\n", t.Doc, timexLine(t))
	}
}

func timexLine(t Timex) string {
	return fmt.Sprintf("%d-%d %q %s %s", t.Start, t.End, t.Text, t.Type, t.Value)
}
