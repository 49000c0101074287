package stress

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/sitrep/sitrep"
)

// country is where provinces are laid out: around a centre, within spread
// degrees.
type country struct {
	code, name string
	lat, lon   float64
	spread     float64
	provinces  int
}

// countries hold Provinces provinces between them, in the box of lat 12..38,
// lon 34..60.
var countries = []country{
	{"IQ", "Iraq", 33.2, 43.7, 3.0, 18},
	{"SY", "Syria", 35.0, 38.5, 2.2, 14},
	{"JO", "Jordan", 31.0, 36.6, 1.3, 12},
	{"YE", "Yemen", 15.5, 47.5, 3.0, 22},
	{"LB", "Lebanon", 33.9, 35.8, 0.5, 8},
	{"IL", "Israel", 31.4, 34.9, 0.8, 6},
	{"SA", "Saudi Arabia", 24.0, 45.0, 5.0, 13},
	{"AE", "United Arab Emirates", 24.2, 54.3, 1.2, 7},
	{"KW", "Kuwait", 29.3, 47.7, 0.5, 6},
	{"IR", "Iran", 32.5, 53.0, 4.0, 14},
}

var siteKinds = []string{"airbase", "oil_field", "town", "military_base", "port", "border_crossing",
	"airport", "gas_field", "camp", "embassy"}

// site is a place attacks happen at, with the towns near it.
type site struct {
	place    sitrep.Place
	towns    []sitrep.Place
	province int
}

// world is the gazetteer of a corpus: countries, provinces, sites with their
// towns, and the outlets that write about them.
type world struct {
	countries []sitrep.Place
	provinces []sitrep.Place
	sites     []site
	siteCum   []uint64 // cumulative attack weights of sites
	outlets   []string
	outletCum []uint64
	vocab     []string
	vocabCum  []uint64
}

func newWorld(r *rand.Rand) *world {
	w := &world{}
	for _, c := range countries {
		w.countries = append(w.countries, sitrep.Place{ID: lower(c.code), Name: c.name, Kind: sitrep.KindCountry,
			Country: c.code, Lat: c.lat, Lon: c.lon, Precision: sitrep.GeoCountry})
		for range c.provinces {
			n := len(w.provinces)
			lat := clamp(uniform(r, c.lat-c.spread, c.lat+c.spread), 12.5, 37.5)
			lon := clamp(uniform(r, c.lon-c.spread, c.lon+c.spread), 34.5, 59.5)
			w.provinces = append(w.provinces, sitrep.Place{ID: fmt.Sprintf("adm1-%s.%02d", lower(c.code), n),
				Name: name(r, 2) + " Governorate", Kind: sitrep.KindAdmin1, Country: c.code,
				Lat: round5(lat), Lon: round5(lon), Precision: sitrep.GeoProvince})
		}
	}
	for i := range Sites {
		p := r.IntN(len(w.provinces))
		pv := w.provinces[p]
		lat := clamp(uniform(r, pv.Lat-0.6, pv.Lat+0.6), 12, 38)
		lon := clamp(uniform(r, pv.Lon-0.6, pv.Lon+0.6), 34, 60)
		s := site{province: p, place: sitrep.Place{ID: fmt.Sprintf("st-%d", i+1), Name: name(r, 2),
			Kind: siteKinds[r.IntN(len(siteKinds))], Country: pv.Country, Admin1: pv.Name,
			Lat: round5(lat), Lon: round5(lon), Precision: sitrep.GeoSite}}
		for range r.IntN(3) {
			t := s.place
			t.ID = fmt.Sprintf("tn-%d", i*3+len(s.towns)+1)
			t.Name = name(r, 3)
			t.Kind = sitrep.KindTown
			t.Precision = sitrep.GeoNear
			t.Lat, t.Lon = moved(r, s.place.Lat, s.place.Lon, NearKmMin, NearKmMax)
			s.towns = append(s.towns, t)
		}
		w.sites = append(w.sites, s)
	}
	// A few sites are hit very often.
	w.siteCum = cumulative(Sites, SiteRankOffset, r.Perm(Sites))
	for i := range Outlets {
		w.outlets = append(w.outlets, outletPrefix[i/len(outletSuffix)%len(outletPrefix)]+" "+
			outletSuffix[i%len(outletSuffix)])
	}
	w.outletCum = cumulative(Outlets, 5, r.Perm(Outlets))
	for i := range Vocabulary {
		w.vocab = append(w.vocab, word(i+len(syllables)))
	}
	w.vocabCum = cumulative(Vocabulary, 3, nil)
	return w
}

var outletPrefix = []string{"Al", "Gulf", "Levant", "Baghdad", "Damascus", "Amman", "Sanaa", "Beirut", "Riyadh",
	"Tehran", "Kuwait", "Desert", "Tigris", "Euphrates", "Red Sea", "Middle East", "Arab", "Persian", "Mashriq",
	"Frontline"}

var outletSuffix = []string{"News", "Today", "Post", "Monitor", "Agency", "Times", "Daily", "Observer", "Wire",
	"Report"}

var syllables = func() []string {
	var s []string
	for _, c := range "bdfghjklmnprstvz" {
		for _, v := range "aeiou" {
			s = append(s, string(c)+string(v))
		}
	}
	return s
}()

// word spells n in syllables: distinct n give distinct words.
func word(n int) string {
	var b []byte
	for n > 0 {
		b = append(b, syllables[n%len(syllables)]...)
		n /= len(syllables)
	}
	return string(b)
}

// name returns a place name of n syllables: "Al-Kasaru".
func name(r *rand.Rand, n int) string {
	b := []byte("Al-")
	for i := range n {
		s := syllables[r.IntN(len(syllables))]
		if i == 0 {
			b = append(b, s[0]-'a'+'A', s[1])
		} else {
			b = append(b, s...)
		}
	}
	return string(b)
}

// cumulative returns cumulative weights 2^40/(rank+q) of n items, item i
// having rank perm[i] (rank i when perm is nil). Integer weights draw the
// same on every platform.
func cumulative(n, q int, perm []int) []uint64 {
	cum := make([]uint64, n)
	var sum uint64
	for i := range n {
		rank := i
		if perm != nil {
			rank = perm[i]
		}
		sum += (1 << 40) / uint64(rank+q)
		cum[i] = sum
	}
	return cum
}

// pick draws an index with the weights of cum.
func pick(r *rand.Rand, cum []uint64) int {
	x := r.Uint64N(cum[len(cum)-1])
	return sort.Search(len(cum), func(i int) bool { return cum[i] > x })
}

// uniform draws from [a, b). The conversion keeps the compiler from fusing
// the multiply and add, which would round differently on some platforms.
func uniform(r *rand.Rand, a, b float64) float64 {
	return a + float64((b-a)*r.Float64())
}

// moved returns a point between minKm and maxKm from lat, lon, rounded to
// 5 decimals (about 1 m) so that last-bit differences of math.Cos between
// platforms do not show.
func moved(r *rand.Rand, lat, lon, minKm, maxKm float64) (float64, float64) {
	d := uniform(r, minKm, maxKm)
	a := uniform(r, 0, 2*math.Pi)
	dlat := float64(d*math.Cos(a)) / 111.2
	dlon := float64(d*math.Sin(a)) / float64(111.2*math.Cos(lat*math.Pi/180))
	return round5(lat + dlat), round5(lon + dlon)
}

func round5(v float64) float64 { return math.Round(v*1e5) / 1e5 }

func clamp(v, lo, hi float64) float64 { return min(max(v, lo), hi) }

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
