// Command apistore writes a SQLite store of N synthetic incidents, for
// benchmarking the HTTP API (bench/api.sh) without ingesting N reports.
//
//	go run ./bench/apistore -n 100000 -db /tmp/api.db
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/sqlite"
)

var places = []sitrep.Place{
	{ID: "al-omar", Name: "Al-Omar oil field", Kind: sitrep.KindSite, Country: "SY", Admin1: "Deir ez-Zor", Lat: 35.152, Lon: 40.576, Precision: 1},
	{ID: "conoco", Name: "Conoco gas field", Kind: sitrep.KindSite, Country: "SY", Admin1: "Deir ez-Zor", Lat: 35.42, Lon: 40.3, Precision: 1},
	{ID: "al-tanf", Name: "Al-Tanf Garrison", Kind: sitrep.KindSite, Country: "SY", Admin1: "Homs", Lat: 33.5, Lon: 38.66, Precision: 1},
	{ID: "ain-al-asad", Name: "Ain al-Asad Air Base", Kind: sitrep.KindSite, Country: "IQ", Admin1: "Al Anbar", Lat: 33.8, Lon: 42.441, Precision: 1},
	{ID: "erbil-air-base", Name: "Erbil Air Base", Kind: sitrep.KindSite, Country: "IQ", Admin1: "Erbil", Lat: 36.237, Lon: 43.963, Precision: 1},
	{ID: "tower-22", Name: "Tower 22", Kind: sitrep.KindSite, Country: "JO", Admin1: "Mafraq", Lat: 33.324, Lon: 38.708, Precision: 1},
}

var cats = []string{sitrep.CategoryDrone, sitrep.CategoryRocket, sitrep.CategoryMissile, sitrep.CategoryAirstrike}
var grades = []string{sitrep.GradeSingle, sitrep.GradeCorroborated, sitrep.GradeConfirmed, sitrep.GradeClaimed, sitrep.GradeContested}

func main() {
	n := flag.Int("n", 100000, "incidents")
	db := flag.String("db", "api.db", "store to write")
	spread := flag.Int("spread", 0, "place incidents at this many sites spread over the region instead of the six seed sites")
	flag.Parse()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, *db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	sites := places
	if *spread > 0 {
		sites = spreadSites(rng, *spread)
	}
	incs := make([]sitrep.Incident, *n)
	start := sitrep.Date{Year: 2023, Month: 10, Day: 17}
	for i := range incs {
		d := start.AddDays(rng.IntN(700))
		p := sites[rng.IntN(len(sites))]
		k := 1 + rng.IntN(3)
		inc := sitrep.Incident{
			ID: fmt.Sprintf("%s-%010x", p.Country, i), When: sitrep.When{Start: d, End: d, Precision: sitrep.PrecisionDay},
			Place: p, Category: cats[rng.IntN(len(cats))], Status: sitrep.StatusReported, Grade: grades[rng.IntN(len(grades))],
			ClaimedBy: []string{"Islamic Resistance in Iraq"}, Weapons: []sitrep.Weapon{{Kind: sitrep.CategoryDrone, Count: 1 + rng.IntN(4)}},
			GradeReasons:   []string{fmt.Sprintf("%d independent origins", k)},
			Contradictions: []sitrep.Contradiction{},
		}
		for j := 0; j < k; j++ {
			doc := fmt.Sprintf("doc-%d-%d", i, j)
			inc.Sources = append(inc.Sources, sitrep.Source{Doc: doc, Outlet: "Example Wire", URL: "https://example.org/" + doc,
				Published: d.String(), Quote: "Drones struck the base at " + p.Name + " on the day, officials said.", Start: 0, End: 70})
		}
		incs[i] = inc
	}
	if err := s.ReplaceIncidents(ctx, incs); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d incidents to %s\n", *n, *db)
}

// spreadSites returns n sites at random over Syria, Iraq and Jordan, a few
// of them (one in ten) attacked far more often: listed ten times.
func spreadSites(rng *rand.Rand, n int) []sitrep.Place {
	countries := []struct {
		code             string
		lat0, lat1, lon0 float64
		lon1             float64
	}{{"SY", 32.5, 37, 36, 42}, {"IQ", 29.5, 37, 39, 48}, {"JO", 29.5, 32.5, 35.5, 39}}
	var out []sitrep.Place
	for i := range n {
		c := countries[rng.IntN(len(countries))]
		p := sitrep.Place{ID: fmt.Sprintf("site-%d", i), Name: fmt.Sprintf("Site %d", i), Kind: sitrep.KindSite,
			Country: c.code, Admin1: "Region " + c.code, Precision: sitrep.GeoSite,
			Lat: c.lat0 + rng.Float64()*(c.lat1-c.lat0), Lon: c.lon0 + rng.Float64()*(c.lon1-c.lon0)}
		out = append(out, p)
		if i%10 == 0 {
			for range 9 {
				out = append(out, p)
			}
		}
	}
	return out
}
