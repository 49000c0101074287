package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// offset is a distance and bearing from a named place: "10 km north of
// Mosul", "30 kilometres (20 miles) south-west of Kirkuk".
type offset struct {
	Km      float64
	Bearing float64 // degrees clockwise from north
}

var bearings = map[string]float64{
	gazetteer.North: 0, gazetteer.Northeast: 45, gazetteer.East: 90, gazetteer.Southeast: 135,
	gazetteer.South: 180, gazetteer.Southwest: 225, gazetteer.West: 270, gazetteer.Northwest: 315,
}

var kmPerUnit = map[string]float64{
	"km": 1, "kms": 1, "kilometres": 1, "kilometers": 1, "kilometre": 1, "kilometer": 1,
	"miles": 1.609344, "mile": 1.609344, "mi": 1.609344,
	"nm": 1.852, "nmi": 1.852, // nautical miles, as maritime advisories write them ("60NM")
}

// compassPoints are the abbreviated bearings of maritime advisories, to
// sixteen points ("90NM ESE of ADEN").
var compassPoints = map[string]float64{"n": 0, "nne": 22.5, "ne": 45, "ene": 67.5, "e": 90, "ese": 112.5, "se": 135,
	"sse": 157.5, "s": 180, "ssw": 202.5, "sw": 225, "wsw": 247.5, "w": 270, "wnw": 292.5, "nw": 315, "nnw": 337.5}

func hasCompassPoint(w string) bool { _, ok := compassPoints[w]; return ok }

// offsetNouns may stand between an offset and the name it is from: "of the
// port of Aden", "of the town of Hit".
var offsetNouns = map[string]bool{"port": true, "town": true, "city": true, "village": true, "harbour": true,
	"harbor": true, "island": true}

// offsetAdjectives go before offsetNouns: "the coastal town of".
var offsetAdjectives = map[string]bool{"coastal": true, "border": true, "ancient": true, "southern": true,
	"northern": true, "eastern": true, "western": true, "main": true}

// offsetBefore reads the phrase that ends just before token first and
// places it from the name that follows: "N km DIRECTION of" gives the
// offset; "DIRECTION of" alone (not "the north of", which is a part of the
// place) gives only dir. ok is false when there is no such phrase.
func offsetBefore(toks []normalize.Token, first int) (off offset, dir bool) {
	k := first - 1
	// "50 nautical miles south-west of the port of Aden", "of the Yemeni
	// port of Hodeidah" (the match may hold "port of"): the offset is from
	// the town the port is named for.
	j := -1
	switch {
	case k >= 1 && toks[k].Norm == "of" && offsetNouns[toks[k-1].Norm]:
		j = k - 2
	case first+1 < len(toks) && offsetNouns[toks[first].Norm] && toks[first+1].Norm == "of":
		j = k
	case k >= 3 && toks[k].Norm == "capital":
		// "south of the Yemeni capital Sanaa": the capital named after it.
		j = k - 1
	case k >= 4 && toks[k].Norm == "," && toks[k-1].Norm == "capital":
		// "south of the Yemeni capital, Sanaa"
		j = k - 2
	}
	for n := 0; j >= 0 && n < 2 && (toks[j].Kind == normalize.Word && toks[j].Upper || offsetNouns[toks[j].Norm] || offsetAdjectives[toks[j].Norm]); n++ {
		j-- // "Yemeni", "Iraqi"; "of the port city of Sidon", "the coastal town of"
	}
	if j >= 1 && toks[j].Norm == "the" && toks[j-1].Norm == "of" {
		k = j - 1
	}
	if k < 1 || toks[k].Norm != "of" {
		return offset{}, false
	}
	k--
	d, words := gazetteer.DirectionWord(toks, k) // "north", "north-east", "south west"
	b := bearings[d]
	if words == 0 {
		// "approx. 50 NM S of Aden", "40NM SW of Mokha": a compass point
		// after a distance, as maritime advisories write it.
		ab, ok := compassPoints[toks[k].Norm]
		if !ok || !toks[k].Upper || k < 1 || kmPerUnit[toks[k-1].Norm] == 0 && !strings.HasSuffix(toks[k-1].Norm, "nm") {
			return offset{}, false
		}
		b, words = ab, 1
	}
	k -= words
	if k >= 0 && (toks[k].Norm == "the" || toks[k].Norm == "to") {
		return offset{}, false // "the north of Syria", "to the north of": handled as parts and sides
	}
	side := offset{Bearing: b} // "south of Baghdad": a side, no distance
	// A parenthetical conversion: "10 kilometres (6 miles) north of".
	if k >= 0 && toks[k].Norm == ")" {
		j := k - 1
		for j >= 0 && k-j < 6 && toks[j].Norm != "(" {
			j--
		}
		if j < 0 || toks[j].Norm != "(" {
			return side, true
		}
		k = j - 1
	}
	if k < 1 {
		return side, true
	}
	per, ok := kmPerUnit[toks[k].Norm]
	if !ok {
		return side, true
	}
	k--
	if per == kmPerUnit["miles"] && k > 0 && toks[k].Norm == "nautical" {
		per = 1.852
		k--
	}
	n, ok := distance(toks, k)
	if !ok || n <= 0 || n > 2000 {
		return side, true
	}
	return offset{Km: n * per, Bearing: b}, true
}

// distance reads the number that ends at token k: digits ("10", "2.5",
// "1,200") or a number word ("ten", "thirty-five").
func distance(toks []normalize.Token, k int) (float64, bool) {
	if k < 0 {
		return 0, false
	}
	if toks[k].Kind == normalize.Number {
		v, err := strconv.ParseFloat(strings.ReplaceAll(toks[k].Norm, ",", ""), 64)
		return v, err == nil
	}
	for _, start := range []int{k - 2, k - 1, k} {
		if start < 0 {
			continue
		}
		if n, next, ok := number(toks, start, true); ok && next == k+1 {
			return float64(n), true
		}
	}
	return 0, false
}

// moved returns the point km away from lat, lon on the given bearing, on a
// sphere of the Earth's mean radius, rounded to 5 decimals.
func moved(lat, lon float64, o offset) (float64, float64) {
	const r = 6371.0088
	d := o.Km / r
	b := o.Bearing * math.Pi / 180
	p1, l1 := lat*math.Pi/180, lon*math.Pi/180
	p2 := math.Asin(math.Sin(p1)*math.Cos(d) + math.Cos(p1)*math.Sin(d)*math.Cos(b))
	l2 := l1 + math.Atan2(math.Sin(b)*math.Sin(d)*math.Cos(p1), math.Cos(d)-math.Sin(p1)*math.Sin(p2))
	lon2 := math.Mod(l2*180/math.Pi+540, 360) - 180
	return round5(p2 * 180 / math.Pi), round5(lon2)
}
