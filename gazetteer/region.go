package gazetteer

import (
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// Directions, as in Match.Direction and region ids.
const (
	North     = "north"
	South     = "south"
	East      = "east"
	West      = "west"
	Northeast = "northeast"
	Northwest = "northwest"
	Southeast = "southeast"
	Southwest = "southwest"
	Central   = "central"
)

// dirAdjectives are the words that may stand before a name: "northern
// Iraq", "southwest Syria", "central Iraq".
var dirAdjectives = map[string]string{
	"north": North, "northern": North, "south": South, "southern": South,
	"east": East, "eastern": East, "west": West, "western": West,
	"northeast": Northeast, "northeastern": Northeast, "northwest": Northwest, "northwestern": Northwest,
	"southeast": Southeast, "southeastern": Southeast, "southwest": Southwest, "southwestern": Southwest,
	"central": Central,
}

// dirNouns are the words of "the south of Syria".
var dirNouns = map[string]string{
	"north": North, "south": South, "east": East, "west": West,
	"northeast": Northeast, "northwest": Northwest, "southeast": Southeast, "southwest": Southwest,
	"centre": Central, "center": Central,
}

// adjectives name the regions made by Region.
var adjectives = map[string]string{
	North: "northern", South: "southern", East: "eastern", West: "western",
	Northeast: "northeastern", Northwest: "northwestern", Southeast: "southeastern", Southwest: "southwestern",
	Central: "central",
}

// heldWords end the compounds that may qualify a part of a country:
// "Kurdish-run", "rebel-held", "government-controlled".
var heldWords = map[string]bool{"held": true, "run": true, "controlled": true, "occupied": true, "dominated": true}

// direction returns the direction and its length in tokens just before
// token start: "western Anbar", "north-east Syria", or "the south of
// Syria" (but not "to the north of Mosul", which lies outside Mosul).
func (m *matcher) direction(start, prev int) (string, int) {
	j := start - 1
	if j < prev || m.toks[j].Kind != normalize.Word {
		return "", 0
	}
	if m.toks[j].Norm != "of" {
		return dirWord(m.toks, j, prev, dirAdjectives)
	}
	d, n := dirWord(m.toks, j-1, prev, dirNouns)
	if n == 0 {
		return "", 0
	}
	the := j - 1 - n
	// "the Kurdish-run northeast of Syria", "the rebel-held north of Syria"
	if the-2 > prev && heldWords[m.toks[the].Norm] && m.toks[the-1].Norm == "-" && m.toks[the-2].Kind == normalize.Word {
		the -= 3
	}
	if the < prev || m.toks[the].Kind != normalize.Word || m.toks[the].Norm != "the" {
		return "", 0
	}
	if the > 0 && m.toks[the-1].Norm == "to" {
		return "", 0
	}
	return d, start - the
}

// DirectionWord returns the compass direction named by the word that ends
// at token k, joining "north-east" and "south west", and its length in
// tokens; "" when there is none. Directions are the constants North,
// Northeast... ("central" is not one).
func DirectionWord(toks []normalize.Token, k int) (string, int) {
	d, n := dirWord(toks, k, 0, dirNouns)
	if d == Central {
		return "", 0
	}
	return d, n
}

// DirectionAdjective returns the direction an adjective ending at token k
// names ("northern", "south-western") and its length in tokens, or "", 0.
func DirectionAdjective(toks []normalize.Token, k int) (string, int) {
	d, n := dirWord(toks, k, 0, dirAdjectives)
	if d == Central {
		return "", 0
	}
	return d, n
}

// dirWord returns the direction of the word ending at token k, joining
// "north-east", "south west" and "north-eastern", and its length.
func dirWord(toks []normalize.Token, k, prev int, table map[string]string) (string, int) {
	if k < prev || toks[k].Kind != normalize.Word || toks[k].Possessive {
		return "", 0
	}
	d, ok := table[toks[k].Norm]
	if !ok {
		return "", 0
	}
	if d == East || d == West {
		j := k - 1
		if j >= prev && toks[j].Kind == normalize.Punct && isDash(toks[j].Norm) &&
			toks[j].End == toks[k].Start {
			j--
		}
		if j >= prev && toks[j].Kind == normalize.Word && (toks[j].Norm == North || toks[j].Norm == South) {
			return toks[j].Norm + d, k - j + 1
		}
	}
	return d, 1
}

// canonicalDirection returns the direction a word or phrase names
// ("south-west", "Northern", "centre"), or "".
var directionJoiners = strings.NewReplacer("-", "", " ", "", "_", "")

func canonicalDirection(s string) string {
	s = directionJoiners.Replace(normalize.Fold(s))
	if d, ok := dirAdjectives[s]; ok {
		return d
	}
	if d, ok := dirNouns[s]; ok {
		return d
	}
	return ""
}

// Region returns a synthetic entry for the part of e that lies in the
// given direction ("southwest", "south-west", "northern"...), or nil when
// e has no bounding box or the direction is unknown. A cardinal direction
// is the outer third of e's box along its axis ("northern Iraq" is the top
// third); an intercardinal one is the corner quarter (half of each axis),
// so that "southwest Syria" reaches al-Tanf; "central" is the middle third
// of both axes. The region's point is the centre of its box, its kind
// "region", its id e.ID+"#"+direction; its precision is 2 when e is a
// governorate and 3 otherwise.
func (g *Gazetteer) Region(e *Entry, direction string) *Entry {
	d := canonicalDirection(direction)
	if e == nil || !e.HasBBox() || d == "" {
		return nil
	}
	b := e.BBox
	h, w := b[2]-b[0], b[3]-b[1]
	lat0, lon0, lat1, lon1 := b[0], b[1], b[2], b[3]
	// A cardinal part is the two fifths of the box on its side: "western
	// Iraq" holds Ain al-Asad (0.37 of Iraq's width from its western edge).
	switch d {
	case North:
		lat0 = b[2] - h*2/5
	case South:
		lat1 = b[0] + h*2/5
	case East:
		lon0 = b[3] - w*2/5
	case West:
		lon1 = b[1] + w*2/5
	case Central:
		lat0, lat1, lon0, lon1 = b[0]+h/3, b[2]-h/3, b[1]+w/3, b[3]-w/3
	default:
		if strings.HasPrefix(d, North) {
			lat0 = b[0] + h/2
		} else {
			lat1 = b[0] + h/2
		}
		if strings.HasSuffix(d, East) {
			lon0 = b[1] + w/2
		} else {
			lon1 = b[1] + w/2
		}
	}
	// Israel is tall and narrow, and the press's parts of it are not its
	// box's thirds: "central Israel" is Tel Aviv and the coastal plain
	// about it up to Jerusalem, "southern Israel" reaches Ashkelon and
	// Beersheba.
	source := "part of the bounding box of " + e.ID
	if p, ok := partBoxes[e.ID+"#"+d]; ok {
		lat0, lon0, lat1, lon1 = p[0], p[1], p[2], p[3]
		source = "curated box of the part of " + e.ID + " the press means"
	}
	r := &Entry{
		ID:      e.ID + "#" + d,
		Kind:    KindRegion,
		Subkind: d,
		Name:    adjectives[d] + " " + e.Name,
		Country: e.Country,
		Lat:     (lat0 + lat1) / 2,
		Lon:     (lon0 + lon1) / 2,
		BBox:    [4]float64{lat0, lon0, lat1, lon1},
		Source:  source,
		order:   e.order,
	}
	switch e.Kind {
	case KindAdmin1:
		r.Admin1 = e.Name
	case KindRegion:
		r.Admin1 = e.Admin1
	}
	return r
}

// partBoxes are the parts of a country the press means by a direction,
// where its box's share would not hold them (south, west, north, east).
var partBoxes = map[string][4]float64{
	"il#" + Central: {31.7, 34.6, 32.45, 35.25},
	"il#" + North:   {32.4, 34.85, 33.34, 35.9},
	"il#" + South:   {29.45, 34.2, 31.85, 35.45},
}

// Contains reports whether the place inner lies in outer: a country holds
// every entry of that country; a governorate holds the towns, sites and
// regions whose admin1 it is; a region holds the entries of its country
// whose point (or, for entries with one, whole box) lies in its box. Every
// entry contains itself; towns and sites contain nothing else, and nil
// entries nothing at all.
func (g *Gazetteer) Contains(outer, inner *Entry) bool {
	if outer == nil || inner == nil {
		return false
	}
	if outer.ID == inner.ID {
		return true
	}
	switch outer.Kind {
	case KindCountry:
		return inner.Country == outer.Country && inner.Kind != KindCountry
	case KindAdmin1:
		return inner.Country == outer.Country && inner.Kind != KindCountry && inner.Kind != KindAdmin1 &&
			(inner.Admin1 == outer.Name || formerAdmin1[[2]string{inner.Country, inner.Admin1}] == outer.Name)
	case KindRegion:
		if inner.Kind == KindCountry || outer.Country != "" && inner.Country != outer.Country {
			return false
		}
		if inner.HasBBox() {
			const eps = 1e-9
			return inner.BBox[0] >= outer.BBox[0]-eps && inner.BBox[1] >= outer.BBox[1]-eps &&
				inner.BBox[2] <= outer.BBox[2]+eps && inner.BBox[3] <= outer.BBox[3]+eps
		}
		return inBox(outer.BBox, inner.Lat, inner.Lon)
	}
	return false
}

// formerAdmin1 names the province a province was split from, which the
// press still places its towns in: "Hermel, in the Bekaa", "Halba, in
// the North". Baalbek-Hermel and Akkar left the Bekaa and North
// governorates by the law of 2003 (in effect from 2014); Halabja left
// Sulaymaniyah in 2014.
var formerAdmin1 = map[[2]string]string{
	{"LB", "Baalbek-Hermel"}: "Bekaa",
	{"LB", "Akkar"}:          "North Lebanon",
	{"IQ", "Halabja"}:        "Sulaymaniyah",
}
