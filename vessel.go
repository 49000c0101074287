package sitrep

import "strings"

// VesselKey is the form two names of one ship share: lower case, single
// spaces, without "M/V", "MV", a navy's prefix or "the" ("M/V Rubymar",
// "the RUBYMAR" and "Rubymar" give "rubymar"; "USS Carney" and "the
// destroyer Carney", "carney"). "" for an empty name.
func VesselKey(name string) string {
	k := strings.Join(strings.Fields(strings.ToLower(vesselMarks.Replace(name))), " ")
	for _, p := range vesselPrefixes {
		k = strings.TrimPrefix(k, p)
	}
	return k
}

// vesselMarks and vesselPrefixes are what VesselKey drops: built once, as
// fusion asks for the key of every pair of reports that names a ship.
var (
	vesselMarks    = strings.NewReplacer("-", " ", "\"", "", "'", "")
	vesselPrefixes = []string{"the ", "m/v ", "mv ", "m/t ", "mt ", "uss ", "hms ", "fs ", "ins ", "hmcs ", "hnlms ", "fgs "}
)

// SameVessel reports whether two reports name one ship.
func SameVessel(a, b string) bool { return a != "" && VesselKey(a) == VesselKey(b) }

// ShipDay reports whether w dates an attack on a ship closely enough for
// its name to join it to another report of the ship: three days at most.
// "Last month" is too wide: a ship may be attacked twice in a month.
func ShipDay(w When) bool {
	return w.Start.HasYear() && w.End.HasYear() && w.End.Days()-w.Start.Days() <= 2
}
