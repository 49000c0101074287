package gazetteer

import (
	"slices"

	"github.com/sitrep/sitrep"
)

// Hooks for the external tests of unexported parts.

// StopWordCount is the number of English stop words.
var StopWordCount = len(stopWords)

// JoinedKey is the Key that loading computes, with its fast path for ASCII
// names.
func JoinedKey(name string) (string, error) {
	var scratch []byte
	return joinedKey(name, nil, &scratch)
}

// AtScan is Areas.At without the grid: every region's box tried.
func (a *Areas) AtScan(p sitrep.Place) []string {
	return a.holding(p, slices.Values(a.regions))
}

// AreaBoxes returns the boxes of the regions that are areas.
func (a *Areas) AreaBoxes() [][4]float64 {
	var out [][4]float64
	for _, e := range a.regions {
		out = append(out, e.BBox)
	}
	return out
}
