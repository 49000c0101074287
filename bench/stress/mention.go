package stress

import (
	"math/rand/v2"
	"strconv"

	"github.com/sitrep/sitrep"
)

// groups are the armed groups active in each country.
var groups = map[string][]string{
	"IQ": {"Islamic Resistance in Iraq", "Kataib Hezbollah", "Islamic State"},
	"SY": {"Islamic Resistance in Iraq", "Islamic State", "Hayat Tahrir al-Sham"},
	"JO": {"Islamic Resistance in Iraq"},
	"YE": {"Houthis", "AQAP"},
	"LB": {"Hezbollah"},
	"IL": {"Hamas", "Hezbollah", "Houthis"},
	"SA": {"Houthis"},
	"AE": {"Houthis"},
	"KW": {"Islamic Resistance in Iraq"},
	"IR": {"Jaish al-Adl", "Islamic State"},
}

// air are the states that carry out airstrikes in each country.
var air = map[string][]string{
	"IQ": {"United States", "Turkey"}, "SY": {"Israel", "United States", "Turkey"}, "YE": {"United States", "Israel"},
	"LB": {"Israel"}, "IL": {"Israel"}, "IR": {"Israel"},
}

var targets = []string{"US forces", "Israeli army", "Iraqi army", "coalition forces", "civilians",
	"commercial shipping", "SDF", "oil facility"}

// confirmers are the target side's officials.
var confirmers = map[string]string{"US forces": "Pentagon", "Israeli army": "IDF", "Iraqi army": "Iraqi Security Media Cell",
	"coalition forces": "CENTCOM", "SDF": "SDF press office"}

// attributes draws who attacked whom, with what outcome and toll.
func (g *gen) attributes(e *Event) {
	r := g.r
	cc := e.Site.Country
	if a := air[cc]; e.Category == sitrep.CategoryAirstrike && len(a) > 0 {
		e.perp = a[r.IntN(len(a))]
		e.target = groups[cc][r.IntN(len(groups[cc]))]
	} else {
		e.perp = groups[cc][r.IntN(len(groups[cc]))]
		e.target = targets[r.IntN(len(targets))]
	}
	switch x := r.IntN(10); {
	case x < 4:
		e.outcome = sitrep.OutcomeHit
	case x < 7:
		e.outcome = sitrep.OutcomeIntercepted
	case x < 8:
		e.outcome = sitrep.OutcomeMissed
	}
	if r.IntN(5) == 0 {
		n := r.IntN(4) * r.IntN(4) // mostly few, up to 9
		e.killed = &n
	}
}

// Shared read-only slices: fusion only reads them.
var (
	noStrings = []string{}
	noWeapons = []sitrep.Weapon{}
)

// one returns a slice holding s, the same for every call with s.
func (g *gen) one(s string) []string {
	if v, ok := g.ones[s]; ok {
		return v
	}
	v := []string{s}
	g.ones[s] = v
	return v
}

var weaponOf = map[string]string{sitrep.CategoryDrone: "drone", sitrep.CategoryRocket: "rocket",
	sitrep.CategoryMissile: "missile", sitrep.CategoryMortar: "mortar", sitrep.CategoryArtillery: "shell",
	sitrep.CategoryAirstrike: "airstrike", sitrep.CategoryIED: "ied"}

// mention writes how document doc (of outlet) tells incident e, with the
// noise of the package doc.
func (g *gen) mention(ei, doc int32, seq int, outlet int32) sitrep.Report {
	r, e := g.r, &g.evs[ei]
	rep := sitrep.Report{Doc: docID(int(doc)), Seq: seq, Category: e.Category, ClaimedBy: noStrings,
		Weapons: noWeapons}
	rep.When = noisyDate(r, e.Day)
	rep.Place = g.noisyPlace(r, e)
	if r.IntN(100) < CategoryUnknownPct {
		rep.Category = sitrep.CategoryUnknown
	}
	stance := sitrep.StanceStates
	switch x := r.IntN(100); {
	case x < 60:
	case x < 80:
		stance = sitrep.StanceReports
	case x < 92:
		stance = sitrep.StanceClaims
	case x < 97:
		stance = sitrep.StanceConfirms
	case x < 99:
		stance = sitrep.StanceDoubts
	default:
		stance = sitrep.StanceDenies
	}
	rep.Stances = g.one(stance)
	rep.Status = statusOf[stance]
	source := g.w.outlets[outlet]
	switch stance {
	case sitrep.StanceClaims:
		rep.ClaimedBy = g.one(e.perp)
		rep.Perpetrator = e.perp
		source = e.perp
	case sitrep.StanceConfirms, sitrep.StanceDenies:
		if c := confirmers[e.target]; c != "" {
			source = c
		}
	}
	if rep.Perpetrator == "" && r.IntN(100) < 35 {
		rep.Perpetrator = e.perp
	}
	if r.IntN(100) < 40 {
		rep.Target = e.target
	}
	if w := weaponOf[e.Category]; w != "" && r.IntN(2) == 0 {
		rep.Weapons = []sitrep.Weapon{{Kind: w, Count: r.IntN(4)}}
	}
	if e.outcome != "" && r.IntN(100) < 20 {
		v := e.outcome
		if stance == sitrep.StanceClaims {
			v = sitrep.OutcomeHit // groups claim hits
		}
		rep.Outcome = v
		rep.Accounts = append(rep.Accounts, sitrep.Account{Field: sitrep.FieldOutcome, Value: v, Source: source,
			Stance: stance})
	}
	if e.killed != nil && r.IntN(100) < 40 {
		n := *e.killed
		if r.IntN(10) < 3 {
			n += r.IntN(3)
		}
		rep.Fatalities = &n
		a := sitrep.Account{Field: sitrep.FieldFatalities, Value: strconv.Itoa(n), Source: source, Stance: stance}
		if r.IntN(4) == 0 {
			a.Qualifier = "at least"
		}
		rep.Accounts = append(rep.Accounts, a)
	}
	rep.Quote = quote(e, rep.Place)
	start := 40 + 200*seq + r.IntN(100)
	rep.Span = sitrep.Span{Start: start, End: start + len(rep.Quote)}
	return rep
}

var statusOf = map[string]string{sitrep.StanceStates: sitrep.StatusReported, sitrep.StanceReports: sitrep.StatusReported,
	sitrep.StanceClaims: sitrep.StatusClaimed, sitrep.StanceConfirms: sitrep.StatusConfirmed,
	sitrep.StanceDoubts: sitrep.StatusUnverified, sitrep.StanceDenies: sitrep.StatusDebunked}

func quote(e *Event, p sitrep.Place) string {
	return "A " + e.Category + " attack targeted " + e.target + " at " + p.Name + ", " + e.Site.Country + "."
}

// noisyDate returns the date a mention gives an incident of day d.
func noisyDate(r *rand.Rand, d sitrep.Date) sitrep.When {
	x := r.IntN(100)
	switch {
	case x < DateExactPct:
		return sitrep.When{Start: d, End: d, Precision: sitrep.PrecisionDay}
	case x < DateExactPct+DateOffPct:
		d = d.AddDays(2*r.IntN(2) - 1)
		return sitrep.When{Start: d, End: d, Precision: sitrep.PrecisionDay}
	case x < DateExactPct+DateOffPct+DateWeekPct:
		s := d.AddDays(-r.IntN(7))
		return sitrep.When{Start: s, End: s.AddDays(6), Precision: sitrep.PrecisionWeek}
	}
	return sitrep.When{}
}

// noisyPlace returns the place a mention gives an incident.
func (g *gen) noisyPlace(r *rand.Rand, e *Event) sitrep.Place {
	x := r.IntN(100)
	switch {
	case x < PlaceSitePct:
		return e.Site
	case x < PlaceSitePct+PlaceNearPct:
		if ts := g.w.sites[e.site].towns; len(ts) > 0 {
			return ts[r.IntN(len(ts))]
		}
		// "near the base": the site, a few km off.
		p := e.Site
		p.Precision = sitrep.GeoNear
		p.Lat, p.Lon = moved(r, p.Lat, p.Lon, 2, 5)
		return p
	case x < PlaceSitePct+PlaceNearPct+PlaceProvincePct:
		return e.Province
	}
	return e.Country
}
