package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

// TestLinearTime extracts texts built to stress each stage (long runs of
// dates, place names, numbers, actors, quotes, one endless sentence, Arabic)
// at 4 and 32 KB: the larger may take at most 24 times as long, plus 50 ms
// for a busy machine (near-linear time per byte; quadratic work would take
// 64 times, some 300 ms).
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test skipped in -short mode")
	}
	x := MustExtractor(t)
	units := map[string]string{
		"dates":     "on Monday, late on Thursday, 17 October 2023, the next day, last week, ",
		"places":    "Al-Omar, Conoco, Deir ez-Zor, al-Tanf, Ain al-Asad, Erbil, near Mosul, 20 km north of Kirkuk, ",
		"numbers":   "3 rockets, 12 drones, 1,200 troops, dozens, at least 4 killed and 7 wounded, ",
		"actors":    "the Islamic Resistance in Iraq, Kataib Hezbollah, US officials, the Pentagon said, ",
		"quotes":    "\"the drone hit the base,\" he said, according to sources who told Reuters, ",
		"sentence":  "and a drone struck the base at Al-Tanf ",
		"sentences": "A drone struck the base at Al-Tanf on Monday. Rockets hit Erbil, officials said. ",
		"arabic":    "هاجمت طائرة مسيرة قاعدة عين الأسد في الأنبار يوم الاثنين، ",
		"hyphens":   "al-al-al-al-al-al-al-al- ",
		"brackets":  "((((([[[[ {{{ ",
		"villages":  "the village of Kafr Abbas, in Ntoyo, North Kivu province, - Barsalogho (Centre-Nord region), ",
	}
	for name, unit := range units {
		t.Run(name, func(t *testing.T) {
			small := fill(unit, 4<<10)
			large := fill(unit, 32<<10)
			ts, tl := timeExtract(x, small), timeExtract(x, large)
			if tl > 24*ts+50*time.Millisecond {
				t.Errorf("%d bytes in %v, %d bytes in %v: %.1f times as long for 8 times the text",
					len(small), ts, len(large), tl, float64(tl)/float64(ts))
			}
		})
	}
}

// fill repeats unit to about n bytes.
func fill(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// timeExtract returns the least of five extraction times of text.
func timeExtract(x interface {
	Extract(*sitrep.Document) sitrep.Extraction
}, text string) time.Duration {
	best := time.Duration(1 << 62)
	for range 5 {
		doc := &sitrep.Document{ID: "t", Text: text, Published: sitrep.Date{Year: 2023, Month: 10, Day: 27}}
		start := time.Now()
		x.Extract(doc)
		best = min(best, time.Since(start))
	}
	return best
}
