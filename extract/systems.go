package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// namedSystems are the weapon systems reports name, by folded word, with
// the name sitrep gives them.
var namedSystems = map[string]string{
	"shahed": "Shahed", "shaheds": "Shahed", "katyusha": "Katyusha", "katyushas": "Katyusha",
	"grad": "Grad", "grads": "Grad", "rpg": "RPG", "rpgs": "RPG", "atgm": "ATGM", "atgms": "ATGM",
	"kornet": "Kornet", "fateh": "Fateh", "zolfaghar": "Zolfaghar", "qiam": "Qiam", "burkan": "Burkan",
	"samad": "Samad", "qasef": "Qasef", "sayyad": "Sayyad", "toophan": "Toophan", "ababil": "Ababil",
	"mohajer": "Mohajer", "arash": "Arash", "qassam": "Qassam", "yafa": "Yafa",
}

// placeSystems are named systems that are also places ("Yafa", as the
// Houthis name Jaffa): a system only right before its weapon ("the Yafa
// drone") or after "type", not in "targeted Yafa with a missile".
var placeSystems = map[string]bool{"yafa": true}

// systemClass is the category of a named system whatever the noun a
// report gives it: Hezbollah's "Burkan missiles" and "missiles of the
// Katyusha type" are rockets, "a Samad missile" is a drone.
var systemClass = map[string]string{
	"Shahed": sitrep.CategoryDrone, "Samad": sitrep.CategoryDrone, "Qasef": sitrep.CategoryDrone,
	"Ababil": sitrep.CategoryDrone, "Mohajer": sitrep.CategoryDrone, "Arash": sitrep.CategoryDrone, "Yafa": sitrep.CategoryDrone,
	"Katyusha": sitrep.CategoryRocket, "Grad": sitrep.CategoryRocket, "Burkan": sitrep.CategoryRocket,
	"Qassam": sitrep.CategoryRocket, "RPG": sitrep.CategoryRocket,
	"Kornet": sitrep.CategoryMissile, "ATGM": sitrep.CategoryMissile, "Fateh": sitrep.CategoryMissile,
	"Zolfaghar": sitrep.CategoryMissile, "Qiam": sitrep.CategoryMissile, "Toophan": sitrep.CategoryMissile,
}

// systemClasses gives each weapon trigger of tokens [lo, hi) the class of
// the system named with it: just before it ("two Burkan missiles") or
// after it ("two missiles of type Burkan", "missiles of the Katyusha
// type").
func systemClasses(toks []normalize.Token, lo, hi int, trs []trigger) {
	for i, t := range trs {
		if t.Category == "" || t.Category == sitrep.CategoryAirstrike {
			continue
		}
		name := ""
		for k := t.First - 1; k >= lo && k >= t.First-2 && name == ""; k-- {
			name = namedSystems[toks[k].Norm]
		}
		if name == "" && t.Last+2 < hi && toks[t.Last].Norm == "of" {
			k := t.Last + 1
			if toks[k].Norm == "the" {
				k++
			}
			if k+1 < hi && toks[k].Norm == "type" {
				name = namedSystems[toks[k+1].Norm]
			} else if k+1 < hi && toks[k+1].Norm == "type" {
				name = namedSystems[toks[k].Norm]
			}
		}
		if c := systemClass[name]; c != "" {
			trs[i].Category = c
		}
		if c := launchPlatform(toks, t.Last, hi); c != "" && (t.Category == sitrep.CategoryMissile || t.Category == sitrep.CategoryRocket) {
			trs[i].Category = c
		}
	}
}

// launchPlatform returns the category of the aircraft a missile was fired
// from, told after it at token k: "a missile fired from an Israeli drone"
// is a drone strike, "rockets launched from a helicopter" an air strike.
func launchPlatform(toks []normalize.Token, k, hi int) string {
	if k+2 >= hi || toks[k].Norm != "fired" && toks[k].Norm != "launched" || toks[k+1].Norm != "from" {
		return ""
	}
	for j := k + 2; j < hi && j <= k+5; j++ {
		switch w := toks[j].Norm; {
		case w == "drone" || w == "drones" || w == "uav" || w == "uavs":
			return sitrep.CategoryDrone
		case aircraftNouns[w]:
			return sitrep.CategoryAirstrike
		}
		if toks[j].Kind == normalize.Punct {
			return ""
		}
	}
	return ""
}

// systemName reports whether tokens [first, last) are a weapon system's
// name told as one: before a weapon noun ("a Samad missile", "Shahed
// drones") or after "type" ("missiles of type Burkan").
func systemName(toks []normalize.Token, first, last int) bool {
	// "the Palestine-2 missile", "\"Yafa\" drones", "drones of the type
	// \"Yafa\"": a place's name made a weapon's by its number or its
	// quotes.
	after := last
	if after+1 < len(toks) && toks[after].Norm == "-" && toks[after+1].Kind == normalize.Number && toks[after].Start == toks[after-1].End {
		after += 2
	}
	// "a ballistic missile of type (Palestine 2)", "two drones of type
	// (Yafa)": a machine translation's brackets, as quotes.
	bracketed := first > 0 && toks[first-1].Norm == "("
	if bracketed && after+1 < len(toks) && toks[after].Kind == normalize.Number && toks[after+1].Norm == ")" {
		after++
	}
	quoted := after < len(toks) && first > 0 && (quoteMarks[toks[after].Norm] && quoteMarks[toks[first-1].Norm] || bracketed && toks[after].Norm == ")")
	if quoted {
		after++
	}
	if (after > last || quoted) && after < len(toks) && weaponWords[toks[after].Norm] != "" {
		return true
	}
	before := first
	if quoted {
		before--
	}
	if quoted && before > 0 && toks[before-1].Norm == "type" {
		return true
	}
	if last-first != 1 || namedSystems[toks[first].Norm] == "" {
		return false
	}
	if last < len(toks) && (weaponWords[toks[last].Norm] != "" || toks[last].Norm == "type") {
		return true
	}
	return first > 0 && toks[first-1].Norm == "type"
}

// rangeWords describe a missile's class: "close-range ballistic missile".
var rangeWords = map[string]bool{"ballistic": true, "cruise": true, "anti": true, "guided": true}

// systemOf returns the named system of the weapon trigger [first, last),
// looking at its words and the three before it: "two Shahed drones"
// (Shahed), "a close-range ballistic missile" (close-range ballistic
// missile); or "".
func systemOf(text string, toks []normalize.Token, lo, first, last int) string {
	for k := last - 1; k >= lo && k >= first-3; k-- {
		if n, ok := namedSystems[toks[k].Norm]; ok && (!placeSystems[toks[k].Norm] || k >= first-1) {
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

// vehicleMake reports a town's name that is a car's make, after its colour
// ("a white Toyota", "the silver Kia") or before a vehicle's noun ("a
// Toyota pickup", "a Hyundai car").
func vehicleMake(toks []normalize.Token, p placeRef) bool {
	if p.Entry.Kind != sitrep.KindTown || p.Last-p.First != 1 {
		return false
	}
	if p.First >= 2 && colourWords[toks[p.First-1].Norm] {
		switch toks[p.First-2].Norm {
		case "a", "an", "the", "his", "her", "their", "its":
			return true
		}
	}
	return p.Last < len(toks) && vehicleNouns[toks[p.Last].Norm]
}

var colourWords = map[string]bool{"white": true, "black": true, "silver": true, "grey": true, "gray": true, "red": true,
	"blue": true, "green": true, "beige": true, "brown": true, "yellow": true, "dark": true}

var vehicleNouns = map[string]bool{"pickup": true, "pick-up": true, "car": true, "truck": true, "van": true,
	"sedan": true, "saloon": true, "jeep": true, "minibus": true, "hatchback": true, "suv": true}
