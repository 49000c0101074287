package export_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkGolden compares got with testdata/name, or rewrites the file with
// -update.
func checkGolden(tb testing.TB, name string, got []byte) {
	tb.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s: got\n%s\nwant\n%s", name, got, want)
	}
}

func intp(n int) *int { return &n }

func day(y int, m time.Month, d int) sitrep.Date { return sitrep.Date{Year: y, Month: m, Day: d} }

// incidents returns hand-made incidents covering the cases the writers
// must get right.
func incidents() []sitrep.Incident {
	dated := day(2023, time.October, 23)
	yearless := day(0, time.December, 27)
	return []sitrep.Incident{
		{
			ID:    "inc-dated",
			When:  sitrep.When{Start: dated, End: dated, Precision: sitrep.PrecisionDay},
			Place: sitrep.Place{ID: "gaz:omar", Name: "Al-Omar oil field", Kind: sitrep.KindSite, Country: "SY", Admin1: "Deir ez-Zor", Lat: 35.152, Lon: 40.57600000004, Precision: sitrep.GeoSite},
			// Float noise in Lon must not reach the output.
			Category:        sitrep.CategoryDrone,
			ClaimedBy:       []string{"Islamic Resistance in Iraq", "Example Brigades"},
			Weapons:         []sitrep.Weapon{{Kind: "drone", Count: 2}, {Kind: "rocket"}},
			Fatalities:      intp(0),
			FatalitiesRange: &sitrep.Range{Low: 0, High: 2},
			Outcome:         sitrep.OutcomeIntercepted,
			Damage:          sitrep.DamageNone,
			Status:          sitrep.StatusDisputed,
			Grade:           sitrep.GradeContested,
			GradeReasons: []string{"outcome: hit (Example Brigades, claims) against intercepted (the Pentagon, states)",
				"2 independent origins: Example Wire, مثال نيوز"},
			Sources: []sitrep.Source{
				{Doc: "doc-a", Outlet: "Example Wire", URL: "https://example.org/a?x=1&y=2", Published: "2023-10-23", Quote: "Drones struck the base <early> on Monday.", Start: 10, End: 52},
				{Doc: "doc-b", CopyOf: "doc-z", Outlet: "مثال نيوز", Quote: "قصفت طائرتان مسيرتان القاعدة فجر الاثنين.", Start: 0, End: 71},
			},
			Contradictions: []sitrep.Contradiction{
				{Field: sitrep.FieldFatalities, Values: []sitrep.FieldValue{{Value: "0", Doc: "doc-a"}, {Value: "2", Doc: "doc-b"}}},
				{Field: sitrep.FieldStatus, Values: []sitrep.FieldValue{{Value: "claimed", Doc: "doc-b"}, {Value: "disputed", Doc: "doc-a"}}},
				{Field: sitrep.FieldOutcome, Values: []sitrep.FieldValue{
					{Value: "hit", Doc: "doc-b", Source: "Example Brigades", Stance: sitrep.StanceClaims},
					{Value: "intercepted", Doc: "doc-a", Source: "the Pentagon", Stance: sitrep.StanceStates}}},
			},
			Reports: []sitrep.Report{{Doc: "doc-a"}},
		},
		{
			ID:          "inc-yearless",
			When:        sitrep.When{Start: yearless, End: yearless, Precision: sitrep.PrecisionDay},
			Place:       sitrep.Place{Name: `Camp "Victory", Baghdad`, Country: "IQ", Admin1: "Baghdad", Lat: 33.29, Lon: 44.08, Precision: sitrep.GeoNear},
			Category:    sitrep.CategoryRocket,
			ClaimedBy:   []string{"Example Brigades"},
			Perpetrator: "Iraqi armed groups",
			Target:      `US forces, "coalition" advisers`,
			Vessel:      "M/V Example Star",
			Fatalities:  intp(2),
			Injuries:    intp(5),
			Status:      sitrep.StatusReported,
			Sources:     []sitrep.Source{{Doc: "doc-c", URL: "https://example.org/c", Quote: "Rockets hit the camp on December 27.", Start: 5, End: 41}},
		},
		{
			ID:       "inc-undated",
			Place:    sitrep.Place{Name: "an unnamed base"},
			Category: sitrep.CategoryUnknown,
			Status:   sitrep.StatusUnverified,
			Sources:  []sitrep.Source{{Doc: "doc-d", Quote: "Explosions were heard.", Start: 0, End: 22}},
		},
		{
			ID:       "inc-week",
			When:     sitrep.When{Start: day(2023, time.October, 16), End: day(2023, time.October, 22), Precision: sitrep.PrecisionWeek},
			Place:    sitrep.Place{Name: "Tower 22", Country: "JO", Admin1: "Irbid", Lat: 32.3, Lon: -0.000001, Precision: sitrep.GeoSite},
			Category: sitrep.CategoryClash,
			Status:   sitrep.StatusConfirmed,
			Sources: []sitrep.Source{
				{Doc: "doc-e", Outlet: "Example Wire", URL: "https://example.org/e", Published: "2023-10-24", Quote: "Clashes last week.", Start: 0, End: 18},
				{Doc: "doc-f", Outlet: "Example Wire", URL: "https://example.org/f", Published: "2023-10-25", Quote: "Clashes near the tower.", Start: 3, End: 26},
			},
		},
	}
}

// canonical returns inc as ReadJSONL gives it back: without the fields the
// format does not carry, coordinates rounded, precision filled in.
func canonical(inc sitrep.Incident) sitrep.Incident {
	inc.Reports = nil
	inc.Place.ID, inc.Place.Kind = "", ""
	switch inc.ID {
	case "inc-dated":
		inc.Place.Lon = 40.576
	case "inc-week":
		inc.Place.Lon = 0
	}
	if inc.When.Precision == "" {
		inc.When.Precision = sitrep.PrecisionUnknown
	}
	return inc
}
