package extract

import (
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// namedSystems are the weapon systems reports name, by folded word, with
// the name sitrep gives them.
var namedSystems = map[string]string{
	"shahed": "Shahed", "shaheds": "Shahed", "katyusha": "Katyusha", "katyushas": "Katyusha",
	"grad": "Grad", "grads": "Grad", "rpg": "RPG", "rpgs": "RPG", "atgm": "ATGM", "atgms": "ATGM",
	"kornet": "Kornet", "fateh": "Fateh", "zolfaghar": "Zolfaghar", "qiam": "Qiam", "burkan": "Burkan",
	"samad": "Samad", "qasef": "Qasef", "sayyad": "Sayyad", "toophan": "Toophan", "ababil": "Ababil",
	"mohajer": "Mohajer", "arash": "Arash", "qassam": "Qassam",
}

// rangeWords describe a missile's class: "close-range ballistic missile".
var rangeWords = map[string]bool{"ballistic": true, "cruise": true, "anti": true, "guided": true}

// systemOf returns the named system of the weapon trigger [first, last),
// looking at its words and the three before it: "two Shahed drones"
// (Shahed), "a close-range ballistic missile" (close-range ballistic
// missile); or "".
func systemOf(text string, toks []normalize.Token, lo, first, last int) string {
	for k := last - 1; k >= lo && k >= first-3; k-- {
		if n, ok := namedSystems[toks[k].Norm]; ok {
			return n
		}
		if toks[k].Kind == normalize.Punct && toks[k].Norm != "-" {
			break
		}
	}
	for k := first - 1; k >= lo && k >= first-3; k-- {
		if !rangeWords[toks[k].Norm] {
			continue
		}
		start := k
		// "close-range", "short-range", "medium-range", "long-range" before it.
		if start-3 >= lo && toks[start-1].Norm == "range" && toks[start-2].Norm == "-" {
			start -= 3
		}
		return strings.ToLower(text[toks[start].Start:toks[first].End])
	}
	return ""
}
