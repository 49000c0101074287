package eval

import (
	"bufio"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Geoparsing evaluation, after Gritta et al. 2019, "A Pragmatic Guide to
// Geoparsing Evaluation": toponym recognition scored by span overlap, and
// resolution of the recognised toponyms by the distance to the gold
// coordinates.

// Constants of the geoparsing metrics.
const (
	// EarthRadiusKm is the mean Earth radius (IUGG) used for distances.
	EarthRadiusKm = 6371.0088
	// GeoAccuracyKm is the radius within which a resolution counts as
	// right: 161 km, 100 miles.
	GeoAccuracyKm = 161
	// GeoMaxErrorKm is the largest possible error, half the Earth's
	// circumference, as in Gritta et al.; it normalises the AUC.
	GeoMaxErrorKm = 20039
	// realignWindow is how far, in characters, from its stated offset a
	// gold toponym whose offsets do not match its text is looked for.
	realignWindow = 200
)

// GeoTop is how many entries the lists of a GeoResult keep (`eval geo --top`).
var GeoTop = 15

// GeoDoc is one document of a geoparsing gold set: its text and its
// annotated toponyms in text order, with byte offsets into Text. Problems
// lists the annotations the reader had to move or drop because their
// offsets did not match their text, each naming file, document and offsets.
type GeoDoc struct {
	ID       string       `json:"id"`
	Text     string       `json:"text"`
	Toponyms []GeoToponym `json:"toponyms"`
	Problems []string     `json:"problems,omitempty"`
}

// GeoToponym is a gold toponym: Text is Doc.Text[Start:End]. NoCoords is
// set for a toponym annotated without coordinates (a street, a vague
// region): it counts for recognition but not for resolution.
type GeoToponym struct {
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	NoCoords bool    `json:"no_coords,omitempty"`
}

// PredToponym is a predicted toponym: a byte span of the document's text
// and the coordinates it resolves to. Name, the place resolved to, is
// optional and only shown in reports.
type PredToponym struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Lat   float64 `json:"lat"`
	Lon   float64 `json:"lon"`
	Name  string  `json:"name,omitempty"`
	// Precision is the geo_precision of the place resolved to (1 site or
	// town, 2 near one or a district, 3 province, 4 country), 0 when unknown;
	// GeoResult.ByPrecision breaks accuracy down by it.
	Precision int `json:"geo_precision,omitempty"`
}

// GeoResult is the outcome of ScoreGeo. Ratios are 0 when their
// denominator is; lists are never nil.
type GeoResult struct {
	Docs       int `json:"docs"`
	Gold       int `json:"gold"`        // gold toponyms
	GoldCoords int `json:"gold_coords"` // gold toponyms with coordinates
	Pred       int `json:"pred"`        // predicted toponyms
	// GoldProblems counts the annotations the reader moved or dropped.
	GoldProblems int `json:"gold_problems"`

	// Overlap rule: a gold toponym is recognised when a predicted span
	// overlaps it by at least one byte; a prediction is right when it
	// overlaps some gold toponym.
	Recognised  int     `json:"recognised"`   // gold overlapped by a prediction
	PredMatched int     `json:"pred_matched"` // predictions overlapping a gold toponym
	Precision   float64 `json:"precision"`    // PredMatched / Pred
	Recall      float64 `json:"recall"`       // Recognised / Gold
	F1          float64 `json:"f1"`

	// Exact rule: the spans are equal.
	ExactGold      int     `json:"exact_gold"` // gold with a prediction of the same span
	ExactPred      int     `json:"exact_pred"` // predictions with the span of a gold toponym
	ExactPrecision float64 `json:"exact_precision"`
	ExactRecall    float64 `json:"exact_recall"`
	ExactF1        float64 `json:"exact_f1"`

	// Resolution, over the recognised gold toponyms with coordinates, each
	// against the prediction that overlaps it most.
	Resolved   int     `json:"resolved"`     // recognised gold with coordinates
	Within161  int     `json:"within_161"`   // of those, resolved within 161 km
	Acc161     float64 `json:"acc_161"`      // Within161 / Resolved
	Acc161Gold float64 `json:"acc_161_gold"` // Within161 / GoldCoords: end to end
	MedianKm   float64 `json:"median_km"`    // median error
	MeanKm     float64 `json:"mean_km"`      // mean error
	AUC        float64 `json:"auc"`          // mean of ln(1+err)/ln(1+20039); lower is better

	// ByPrecision is acc@161 for each geo_precision of the predictions, in
	// order: country-level names are judged by a conventional point that
	// differs from gazetteer to gazetteer (the United States: 39.76,-98.50 in
	// GeoNames, 38,-97 in others, 235 km apart), towns by where they are.
	ByPrecision []GeoLevel `json:"by_precision"`

	Missed   []GeoCount `json:"missed"`   // gold toponyms not recognised, most frequent first
	Spurious []GeoCount `json:"spurious"` // predictions overlapping no gold, most frequent first
	Worst    []GeoError `json:"worst"`    // the largest resolution errors past 161 km
}

// GeoLevel is the resolution accuracy of the predictions of one
// geo_precision.
type GeoLevel struct {
	Precision int     `json:"geo_precision"`
	Resolved  int     `json:"resolved"`
	Within161 int     `json:"within_161"`
	Acc161    float64 `json:"acc_161"`
}

// GeoCount is a toponym text and how many times it occurs.
type GeoCount struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// GeoError is the resolution of one recognised gold toponym.
type GeoError struct {
	Doc     string  `json:"doc"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Text    string  `json:"text"`
	GoldLat float64 `json:"gold_lat"`
	GoldLon float64 `json:"gold_lon"`
	Pred    string  `json:"pred,omitempty"` // the predicted place's name
	PredLat float64 `json:"pred_lat"`
	PredLon float64 `json:"pred_lon"`
	Km      float64 `json:"km"`
}

// ScoreGeo scores predicted toponyms, by document ID, against the gold
// documents, by the rules stated on GeoResult. A gold toponym is resolved
// by the prediction that overlaps it by the most bytes, the first of them
// on a tie. Predictions for documents not in gold are ignored.
func ScoreGeo(gold []GeoDoc, pred map[string][]PredToponym) GeoResult {
	r := GeoResult{Docs: len(gold)}
	missed, spurious := map[string]int{}, map[string]int{}
	var errs []float64
	var worst []GeoError
	levels := map[int]GeoLevel{}
	for _, d := range gold {
		r.GoldProblems += len(d.Problems)
		preds := pred[d.ID]
		r.Gold += len(d.Toponyms)
		r.Pred += len(preds)
		for _, p := range preds {
			hit, exact := false, false
			for _, g := range d.Toponyms {
				hit = hit || overlap(g.Start, g.End, p.Start, p.End) > 0
				exact = exact || g.Start == p.Start && g.End == p.End
			}
			if hit {
				r.PredMatched++
			} else {
				spurious[spanText(d.Text, p.Start, p.End)]++
			}
			if exact {
				r.ExactPred++
			}
		}
		for _, g := range d.Toponyms {
			if !g.NoCoords {
				r.GoldCoords++
			}
			best, bestOv := -1, 0
			for j, p := range preds {
				if p.Start == g.Start && p.End == g.End {
					r.ExactGold++
				}
				// The prediction that overlaps most, then the first.
				if ov := overlap(g.Start, g.End, p.Start, p.End); ov > bestOv {
					best, bestOv = j, ov
				}
			}
			if best < 0 {
				missed[g.Text]++
				continue
			}
			r.Recognised++
			if g.NoCoords {
				continue
			}
			p := preds[best]
			km := DistanceKm(g.Lat, g.Lon, p.Lat, p.Lon)
			errs = append(errs, km)
			lv := levels[p.Precision]
			lv.Precision = p.Precision
			lv.Resolved++
			if km <= GeoAccuracyKm {
				lv.Within161++
			}
			levels[p.Precision] = lv
			if km <= GeoAccuracyKm {
				continue
			}
			worst = append(worst, GeoError{Doc: d.ID, Start: g.Start, End: g.End, Text: g.Text,
				GoldLat: g.Lat, GoldLon: g.Lon, Pred: p.Name, PredLat: p.Lat, PredLon: p.Lon, Km: km})
		}
	}
	r.Precision, r.Recall, r.F1 = prf(r.PredMatched, r.Pred, r.Recognised, r.Gold)
	r.ExactPrecision, r.ExactRecall, r.ExactF1 = prf(r.ExactPred, r.Pred, r.ExactGold, r.Gold)

	r.Resolved = len(errs)
	for _, km := range errs {
		if km <= GeoAccuracyKm {
			r.Within161++
		}
	}
	r.Acc161 = ratio(r.Within161, r.Resolved)
	r.Acc161Gold = ratio(r.Within161, r.GoldCoords)
	r.MedianKm, r.MeanKm, r.AUC = Median(errs), mean(errs), AUC(errs)
	r.ByPrecision = []GeoLevel{}
	for _, p := range slices.Sorted(maps.Keys(levels)) {
		lv := levels[p]
		lv.Acc161 = ratio(lv.Within161, lv.Resolved)
		r.ByPrecision = append(r.ByPrecision, lv)
	}

	r.Missed, r.Spurious = topCounts(missed), topCounts(spurious)
	slices.SortStableFunc(worst, func(a, b GeoError) int { return cmp.Compare(b.Km, a.Km) })
	r.Worst = append([]GeoError{}, worst[:min(len(worst), GeoTop)]...)
	return r
}

// overlap is the length of the intersection of [s1,e1) and [s2,e2).
func overlap(s1, e1, s2, e2 int) int {
	return max(0, min(e1, e2)-max(s1, s2))
}

func spanText(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return fmt.Sprintf("<%d-%d>", start, end)
	}
	return text[start:end]
}

// prf returns precision tp/pred, recall found/gold and their F1.
func prf(tp, pred, found, gold int) (p, r, f1 float64) {
	p, r = ratio(tp, pred), ratio(found, gold)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// topCounts returns the GeoTop most frequent texts, then by text.
func topCounts(m map[string]int) []GeoCount {
	out := make([]GeoCount, 0, len(m))
	for t, n := range m {
		out = append(out, GeoCount{t, n})
	}
	slices.SortFunc(out, func(a, b GeoCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Text, b.Text))
	})
	return out[:min(len(out), GeoTop)]
}

// DistanceKm is the great-circle distance in km between two points given
// in degrees, by the haversine formula on a sphere of EarthRadiusKm.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	a = min(max(a, 0), 1) // rounding near the antipode
	return 2 * EarthRadiusKm * math.Atan2(math.Sqrt(a), math.Sqrt(1-a))
}

// Median returns the median of xs, the mean of the middle two for an even
// count, and 0 for none. xs is not modified.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

// AUC returns the area under the curve of the log errors as in Gritta et
// al. 2019: the mean over errs (km) of ln(1+err)/ln(1+GeoMaxErrorKm), each
// error capped at GeoMaxErrorKm; 0 is perfect, 1 the worst, and 0 for none.
func AUC(errs []float64) float64 {
	if len(errs) == 0 {
		return 0
	}
	sum := 0.0
	for _, km := range errs {
		sum += math.Log1p(min(max(km, 0), GeoMaxErrorKm))
	}
	return sum / float64(len(errs)) / math.Log1p(GeoMaxErrorKm)
}

// WriteText writes r as a report: recognition by overlap and by exact span,
// resolution of the recognised toponyms, then the most missed and most
// spurious names and the largest errors past 161 km. Write errors are
// ignored.
func (r GeoResult) WriteText(w io.Writer) {
	fmt.Fprintf(w, "documents        %d\n", r.Docs)
	fmt.Fprintf(w, "gold toponyms    %d (%d with coordinates; %d mended or dropped by the reader)\n", r.Gold, r.GoldCoords, r.GoldProblems)
	fmt.Fprintf(w, "predicted        %d\n", r.Pred)
	fmt.Fprintf(w, "recognition      %-9s %-9s %s\n", "precision", "recall", "F1")
	fmt.Fprintf(w, "  overlap        %-9.3f %-9.3f %.3f   (%d/%d predictions, %d/%d gold)\n", r.Precision, r.Recall, r.F1, r.PredMatched, r.Pred, r.Recognised, r.Gold)
	fmt.Fprintf(w, "  exact span     %-9.3f %-9.3f %.3f   (%d/%d predictions, %d/%d gold)\n", r.ExactPrecision, r.ExactRecall, r.ExactF1, r.ExactPred, r.Pred, r.ExactGold, r.Gold)
	fmt.Fprintf(w, "resolution       of %d recognised gold toponyms with coordinates\n", r.Resolved)
	if r.Resolved > 0 {
		fmt.Fprintf(w, "  acc@161        %.3f (%d/%d; end to end %.3f of %d gold)\n", r.Acc161, r.Within161, r.Resolved, r.Acc161Gold, r.GoldCoords)
		fmt.Fprintf(w, "  median error   %.1f km\n", r.MedianKm)
		fmt.Fprintf(w, "  mean error     %.1f km\n", r.MeanKm)
		fmt.Fprintf(w, "  AUC            %.3f (lower is better)\n", r.AUC)
		if len(r.ByPrecision) > 1 || len(r.ByPrecision) == 1 && r.ByPrecision[0].Precision != 0 {
			fmt.Fprintf(w, "  acc@161 by geo_precision of the place resolved to:")
			for _, lv := range r.ByPrecision {
				fmt.Fprintf(w, " %s %.3f (%d)", levelNames[lv.Precision], lv.Acc161, lv.Resolved)
			}
			fmt.Fprintln(w)
		}
	}
	counts(w, "most missed", r.Missed)
	counts(w, "most spurious", r.Spurious)
	if len(r.Worst) > 0 {
		fmt.Fprintln(w, "largest errors past 161 km:")
		for _, e := range r.Worst {
			fmt.Fprintf(w, "  %s %d-%d %q: gold %.2f,%.2f, got %s %.2f,%.2f: %.0f km\n",
				e.Doc, e.Start, e.End, e.Text, e.GoldLat, e.GoldLon, e.Pred, e.PredLat, e.PredLon, e.Km)
		}
	}
}

func counts(w io.Writer, title string, cs []GeoCount) {
	if len(cs) == 0 {
		return
	}
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s %d", c.Text, c.Count)
	}
	fmt.Fprintf(w, "%s: %s\n", title, strings.Join(parts, ", "))
}

// rawToponym is a gold annotation as read, offsets in characters (code
// points) from 0.
type rawToponym struct {
	text       string
	start, end int
	lat, lon   float64
	noCoords   bool
}

// newGeoDoc makes a GeoDoc of text and annotations whose offsets count
// characters. An annotation whose offsets do not span its text is moved
// to the nearest occurrence of its text within realignWindow characters,
// corrected for the shift of the previous annotation (the gold sets'
// offsets drift where the text lost whitespace), or dropped; either way a
// problem prefixed with where names it, with offsets counted from base as
// in the file.
func newGeoDoc(id, text, where string, base int, raws []rawToponym) GeoDoc {
	d := GeoDoc{ID: id, Text: text, Toponyms: []GeoToponym{}}
	// byteAt[i] is the byte offset of character i; the last is len(text).
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	nchars := len(byteAt) - 1

	slices.SortStableFunc(raws, func(a, b rawToponym) int { return cmp.Compare(a.start, b.start) })
	type span struct{ start, end int }
	used := map[span]bool{}
	exact := make([]bool, len(raws))
	for i, t := range raws {
		if t.start >= 0 && t.start <= t.end && t.end <= nchars &&
			(t.text == "" || text[byteAt[t.start]:byteAt[t.end]] == t.text) {
			exact[i] = true
			used[span{t.start, t.end}] = true
		}
	}
	drift := 0
	for i, t := range raws {
		start, end := t.start, t.end
		if !exact[i] {
			desc := fmt.Sprintf("%s: toponym %q at characters %d-%d", where, t.text, t.start+base, t.end+base)
			if t.start < 0 || t.start > t.end || t.start >= nchars {
				d.Problems = append(d.Problems, fmt.Sprintf("%s: outside the text (%d characters); dropped", desc, nchars))
				continue
			}
			got := text[byteAt[t.start]:byteAt[min(t.end, nchars)]]
			best, bestEnd := -1, -1
			if t.text != "" {
				best, bestEnd = nearest(text, t.text, t.start-drift, byteAt, func(s, e int) bool { return used[span{s, e}] })
			}
			if best < 0 {
				d.Problems = append(d.Problems, fmt.Sprintf("%s: text there is %q, no %q within %d characters; dropped", desc, got, t.text, realignWindow))
				continue
			}
			start, end = best, bestEnd
			used[span{start, end}] = true
			d.Problems = append(d.Problems, fmt.Sprintf("%s: text there is %q; moved to %d-%d", desc, got, start+base, end+base))
		}
		drift = t.start - start
		d.Toponyms = append(d.Toponyms, GeoToponym{Start: byteAt[start], End: byteAt[end],
			Text: text[byteAt[start]:byteAt[end]], Lat: t.lat, Lon: t.lon, NoCoords: t.noCoords})
	}
	slices.SortStableFunc(d.Toponyms, func(a, b GeoToponym) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return d
}

// nearest returns the character span of the occurrence of phrase in text
// nearest to character want and within realignWindow of it, preferring
// whole words and skipping taken spans and bytes inside a character; -1,
// -1 if there is none. byteAt maps characters to byte offsets.
func nearest(text, phrase string, want int, byteAt []int, taken func(start, end int) bool) (start, end int) {
	start, end = -1, -1
	bestDist, bestWord := 0, false
	for from := 0; ; {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			break
		}
		b := from + i
		from = b + 1
		s, ok1 := slices.BinarySearch(byteAt, b)
		e, ok2 := slices.BinarySearch(byteAt, b+len(phrase))
		dist := s - want
		if dist < 0 {
			dist = -dist
		}
		if !ok1 || !ok2 || dist > realignWindow || taken(s, e) {
			continue
		}
		word := isWordEdge(text, b) && isWordEdge(text, b+len(phrase))
		if start < 0 || word && !bestWord || word == bestWord && dist < bestDist {
			start, end, bestDist, bestWord = s, e, dist, word
		}
	}
	return start, end
}

// isWordEdge reports whether byte offset b of text is not inside a word.
func isWordEdge(text string, b int) bool {
	if b == 0 || b == len(text) {
		return true
	}
	r1, _ := utf8.DecodeLastRuneInString(text[:b])
	r2, _ := utf8.DecodeRuneInString(text[b:])
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return !word(r1) || !word(r2)
}

// parseInt and parseCoord read a number of an annotation; what names it in
// the error.
func parseInt(s, what string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, fmt.Errorf("%s: bad offset %q", what, s)
	}
	return n, nil
}

func parseCoord(s, what string, limit float64) (float64, error) {
	x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(x) || math.Abs(x) > limit {
		return 0, fmt.Errorf("%s: bad coordinate %q", what, s)
	}
	return x, nil
}

// xmlArticles calls fn with each <article> element of the XML file at
// path, its 1-based index and the line it starts on.
func xmlArticles(path string, fn func(d *xml.Decoder, start xml.StartElement, n, line int) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	d := xml.NewDecoder(bufio.NewReader(f))
	n := 0
	for {
		line, _ := d.InputPos()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "article" {
			n++
			if err := fn(d, se, n, line); err != nil {
				return fmt.Errorf("%s:%d: article %d: %w", path, line, n, err)
			}
		}
	}
	if n == 0 {
		return fmt.Errorf("%s: no <article> elements", path)
	}
	return nil
}

// ReadTRNews reads TR-News.xml (Kamalloo and Rafiei 2018): <article docid>
// elements with <text> and <toponyms><toponym> holding <phrase>, <start>,
// <end> in characters from 0, and <gaztag><lat><lon> unless the toponym
// was left ungeocoded. Document IDs are the docids. Offsets that do not
// match their phrase are mended as GeoDoc.Problems say; malformed numbers
// or XML are an error naming file, line and article.
func ReadTRNews(path string) ([]GeoDoc, error) {
	var docs []GeoDoc
	err := xmlArticles(path, func(d *xml.Decoder, se xml.StartElement, n, line int) error {
		var a struct {
			DocID    string `xml:"docid,attr"`
			Text     string `xml:"text"`
			Toponyms []struct {
				Phrase string `xml:"phrase"`
				Start  string `xml:"start"`
				End    string `xml:"end"`
				Gaztag *struct {
					Lat string `xml:"lat"`
					Lon string `xml:"lon"`
				} `xml:"gaztag"`
			} `xml:"toponyms>toponym"`
		}
		if err := d.DecodeElement(&a, &se); err != nil {
			return err
		}
		id := cmp.Or(strings.TrimSpace(a.DocID), strconv.Itoa(n))
		var raws []rawToponym
		for k, t := range a.Toponyms {
			what := fmt.Sprintf("docid %s: toponym %d %q", id, k+1, t.Phrase)
			rt := rawToponym{text: t.Phrase, noCoords: t.Gaztag == nil || strings.TrimSpace(t.Gaztag.Lat) == ""}
			var err error
			if rt.start, err = parseInt(t.Start, what+" start"); err != nil {
				return err
			}
			if rt.end, err = parseInt(t.End, what+" end"); err != nil {
				return err
			}
			if !rt.noCoords {
				if rt.lat, err = parseCoord(t.Gaztag.Lat, what+" lat", 90); err != nil {
					return err
				}
				if rt.lon, err = parseCoord(t.Gaztag.Lon, what+" lon", 180); err != nil {
					return err
				}
			}
			raws = append(raws, rt)
		}
		where := fmt.Sprintf("%s:%d: docid %s", filepath.Base(path), line, id)
		docs = append(docs, newGeoDoc(id, a.Text, where, 0, raws))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// ReadGeoVirus reads GeoVirus.xml (Gritta et al. 2018): <article> elements
// with <text> and <locations><location> holding <name> (the text of the
// mention), <start>, <end>, <lat>, <lon>. Its offsets count characters
// from 1: "Pandi" starting the 170th character is at 170-175. Document IDs
// are the 1-based positions of the articles (commented-out ones are not
// counted). Mending and errors are as for ReadTRNews.
func ReadGeoVirus(path string) ([]GeoDoc, error) {
	var docs []GeoDoc
	err := xmlArticles(path, func(d *xml.Decoder, se xml.StartElement, n, line int) error {
		var a struct {
			Text      string `xml:"text"`
			Locations []struct {
				Name  string `xml:"name"`
				Start string `xml:"start"`
				End   string `xml:"end"`
				Lat   string `xml:"lat"`
				Lon   string `xml:"lon"`
			} `xml:"locations>location"`
		}
		if err := d.DecodeElement(&a, &se); err != nil {
			return err
		}
		id := strconv.Itoa(n)
		var raws []rawToponym
		for k, l := range a.Locations {
			what := fmt.Sprintf("location %d %q", k+1, l.Name)
			rt := rawToponym{text: l.Name, noCoords: strings.TrimSpace(l.Lat) == ""}
			var err error
			if rt.start, err = parseInt(l.Start, what+" start"); err != nil {
				return err
			}
			if rt.end, err = parseInt(l.End, what+" end"); err != nil {
				return err
			}
			rt.start, rt.end = rt.start-1, rt.end-1
			if !rt.noCoords {
				if rt.lat, err = parseCoord(l.Lat, what+" lat", 90); err != nil {
					return err
				}
				if rt.lon, err = parseCoord(l.Lon, what+" lon", 180); err != nil {
					return err
				}
			}
			raws = append(raws, rt)
		}
		where := fmt.Sprintf("%s:%d: article %d", filepath.Base(path), line, n)
		docs = append(docs, newGeoDoc(id, a.Text, where, 1, raws))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// ReadGeoWebNews reads GeoWebNews (Gritta et al. 2019) from dir as
// distributed for geocoding: line N (from 0) of dir/gwn_full.txt annotates
// the text in dir/Geocoding-files/N with items "name,,text,,lat,,lon,,
// start,,end" separated by "||", offsets in characters from 0; an empty
// line is a document without toponyms. Document IDs are the Ns. Mending is as for ReadTRNews; a malformed item, or a
// missing text file, is an error naming file, line and item.
func ReadGeoWebNews(dir string) ([]GeoDoc, error) {
	annPath := filepath.Join(dir, "gwn_full.txt")
	f, err := os.Open(annPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	var docs []GeoDoc
	for n := 0; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		id := strconv.Itoa(n)
		textPath := filepath.Join(dir, "Geocoding-files", id)
		text, err := os.ReadFile(textPath)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", annPath, n+1, err)
		}
		if !utf8.Valid(text) {
			return nil, fmt.Errorf("%s: invalid UTF-8", textPath)
		}
		var raws []rawToponym
		for k, item := range strings.Split(line, "||") {
			if item == "" {
				continue
			}
			what := fmt.Sprintf("%s:%d: item %d", annPath, n+1, k+1)
			p := strings.Split(item, ",,")
			if len(p) != 6 {
				return nil, fmt.Errorf("%s: got %d fields, want 6 (name,,text,,lat,,lon,,start,,end): %q", what, len(p), item)
			}
			rt := rawToponym{text: p[1]}
			if rt.lat, err = parseCoord(p[2], what+" lat", 90); err != nil {
				return nil, err
			}
			if rt.lon, err = parseCoord(p[3], what+" lon", 180); err != nil {
				return nil, err
			}
			if rt.start, err = parseInt(p[4], what+" start"); err != nil {
				return nil, err
			}
			if rt.end, err = parseInt(p[5], what+" end"); err != nil {
				return nil, err
			}
			raws = append(raws, rt)
		}
		where := fmt.Sprintf("%s:%d: Geocoding-files/%s", filepath.Base(annPath), n+1, id)
		docs = append(docs, newGeoDoc(id, string(text), where, 0, raws))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", annPath, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no annotated documents", annPath)
	}
	return docs, nil
}

var levelNames = map[int]string{0: "unknown", 1: "site/town", 2: "near/district", 3: "province", 4: "country"}
