package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/sitrep/sitrep"
)

// fixtureIncidents returns invented incidents, in the order Incidents
// returns them: inc-a and inc-f share a day, inc-d has no year, inc-e no
// date at all.
func fixtureIncidents() []sitrep.Incident {
	oct19 := day(2023, time.October, 19)
	a := sitrep.Incident{
		ID:   "inc-a",
		When: sitrep.When{Start: oct19, End: oct19, Precision: sitrep.PrecisionDay},
		Place: sitrep.Place{ID: "sy-tanf", Name: "Tanf Outpost", Kind: sitrep.KindSite, Country: "SY",
			Admin1: "Homs", Lat: 33.5, Lon: 38.6, Precision: sitrep.GeoSite},
		Category:   sitrep.CategoryDrone,
		ClaimedBy:  []string{"Northern Front"},
		Target:     "Coalition forces",
		Weapons:    []sitrep.Weapon{{Kind: "drone", Count: 2}, {Kind: "rocket"}},
		Fatalities: nil,
		Injuries:   intp(0),
		Status:     sitrep.StatusClaimed,
		Sources: []sitrep.Source{
			{Doc: "d1", Outlet: "Example Wire", URL: "https://news.example/d1", Published: "2023-10-20",
				Quote: "Two drones struck the Tanf Outpost.", Start: 0, End: 35},
			{Doc: "d2", Outlet: "Border Monitor", Published: "2023-10-21", Quote: "Drones hit Tanf.", Start: 10, End: 26},
		},
		Contradictions: []sitrep.Contradiction{{Field: sitrep.FieldInjuries, Values: []sitrep.FieldValue{
			{Value: "0", Doc: "d1"}, {Value: "2", Doc: "d2"},
		}}},
		Reports: []sitrep.Report{NewReport("d1", 0, textV1), NewReport("d2", 1, textV2)},
	}
	f := sitrep.Incident{
		ID:       "inc-f",
		When:     sitrep.When{Start: oct19, End: oct19, Precision: sitrep.PrecisionDay},
		Place:    sitrep.Place{Name: "Harir Base", Country: "IQ"},
		Category: sitrep.CategoryDrone,
		Status:   sitrep.StatusReported,
	}
	b := sitrep.Incident{
		ID: "inc-b",
		When: sitrep.When{Start: day(2023, time.October, 20), End: day(2023, time.October, 22),
			Precision: sitrep.PrecisionWeek},
		Place: sitrep.Place{ID: "iq-asad", Name: "Ain al-Asad Air Base", Kind: sitrep.KindSite, Country: "IQ",
			Admin1: "Anbar", Lat: 33.8, Lon: 42.44, Precision: sitrep.GeoNear},
		Category:    sitrep.CategoryRocket,
		ClaimedBy:   []string{},
		Perpetrator: "River Brigades",
		Target:      "airbase",
		Weapons:     []sitrep.Weapon{{Kind: "rocket", Count: 3}},
		Fatalities:  intp(0),
		Injuries:    intp(2),
		Status:      sitrep.StatusReported,
		Sources:     []sitrep.Source{{Doc: "d3", Outlet: "Example Wire", Quote: "Rockets hit the base."}},
	}
	c := sitrep.Incident{
		ID:   "inc-c",
		When: sitrep.When{Start: day(2024, time.January, 28), End: day(2024, time.January, 28), Precision: sitrep.PrecisionDay},
		Place: sitrep.Place{ID: "jo-t22", Name: "Tower 22", Kind: sitrep.KindSite, Country: "JO",
			Admin1: "Mafraq", Lat: 33.3, Lon: 38.7, Precision: sitrep.GeoSite},
		Category:   sitrep.CategoryDrone,
		ClaimedBy:  []string{"Northern Front", "River Brigades"},
		Target:     "Coalition forces",
		Fatalities: intp(3),
		Injuries:   intp(40),
		Status:     sitrep.StatusConfirmed,
		Reports:    []sitrep.Report{NewReport("d4", 0, textV1)},
	}
	d := sitrep.Incident{
		ID:       "inc-d",
		When:     sitrep.When{Start: sitrep.Date{Month: time.December, Day: 27}, End: sitrep.Date{Month: time.December, Day: 27}, Precision: sitrep.PrecisionDay},
		Place:    sitrep.Place{Name: "Wadi Rimal crossing", Country: "SY"},
		Category: sitrep.CategoryMortar,
		Status:   sitrep.StatusUnverified,
	}
	e := sitrep.Incident{
		ID:       "inc-e",
		When:     sitrep.When{Precision: sitrep.PrecisionUnknown},
		Place:    sitrep.Place{ID: "iq-erbil", Name: "أربيل", Kind: sitrep.KindTown, Country: "IQ", Admin1: "Erbil"},
		Category: sitrep.CategoryUnknown,
		Target:   "مطار أربيل",
		Status:   sitrep.StatusDisputed,
	}
	return []sitrep.Incident{a, f, b, c, d, e}
}

// ids returns the ids of incs.
func ids(incs []sitrep.Incident) []string {
	out := []string{}
	for _, inc := range incs {
		out = append(out, inc.ID)
	}
	return out
}

func testIncidentsFilter(t *testing.T, s sitrep.Store) {
	MustReplaceIncidents(t, s, fixtureIncidents())
	tests := []struct {
		name string
		f    sitrep.IncidentFilter
		want []string
	}{
		{"All", sitrep.IncidentFilter{}, []string{"inc-a", "inc-f", "inc-b", "inc-c", "inc-d", "inc-e"}},
		{"Since", sitrep.IncidentFilter{Since: day(2023, time.October, 21)}, []string{"inc-b", "inc-c", "inc-d"}},
		{"Until", sitrep.IncidentFilter{Until: day(2023, time.October, 20)}, []string{"inc-a", "inc-f", "inc-b"}},
		{"SinceUntilOneDay", sitrep.IncidentFilter{Since: day(2023, time.October, 21), Until: day(2023, time.October, 21)},
			[]string{"inc-b"}},
		{"SinceUntilSameYear", sitrep.IncidentFilter{Since: day(2024, time.January, 1), Until: day(2024, time.January, 31)},
			[]string{"inc-c"}},
		{"SinceUntilNewYear", sitrep.IncidentFilter{Since: day(2023, time.December, 1), Until: day(2024, time.January, 31)},
			[]string{"inc-c", "inc-d"}},
		{"SinceUntilYears", sitrep.IncidentFilter{Since: day(2022, time.March, 1), Until: day(2024, time.February, 1)},
			[]string{"inc-a", "inc-f", "inc-b", "inc-c", "inc-d"}},
		{"SinceUntilOctober", sitrep.IncidentFilter{Since: day(2023, time.October, 1), Until: day(2023, time.October, 31)},
			[]string{"inc-a", "inc-f", "inc-b"}},
		{"Country", sitrep.IncidentFilter{Country: "IQ"}, []string{"inc-f", "inc-b", "inc-e"}},
		{"CountryExact", sitrep.IncidentFilter{Country: "iq"}, []string{}},
		{"CountryNotSubstring", sitrep.IncidentFilter{Country: "I"}, []string{}},
		{"PlaceFolded", sitrep.IncidentFilter{Place: "AL-"}, []string{"inc-b"}},
		{"PlaceSubstring", sitrep.IncidentFilter{Place: "base"}, []string{"inc-f", "inc-b"}},
		{"PlaceArabic", sitrep.IncidentFilter{Place: "ربي"}, []string{"inc-e"}},
		{"ActorClaimant", sitrep.IncidentFilter{Actor: "northern front"}, []string{"inc-a", "inc-c"}},
		{"ActorPerpetrator", sitrep.IncidentFilter{Actor: "RIVER"}, []string{"inc-b", "inc-c"}},
		{"ActorTarget", sitrep.IncidentFilter{Actor: "Coalition"}, []string{"inc-a", "inc-c"}},
		{"ActorArabic", sitrep.IncidentFilter{Actor: "مطار"}, []string{"inc-e"}},
		{"Category", sitrep.IncidentFilter{Category: sitrep.CategoryDrone}, []string{"inc-a", "inc-f", "inc-c"}},
		{"Status", sitrep.IncidentFilter{Status: sitrep.StatusConfirmed}, []string{"inc-c"}},
		{"Limit", sitrep.IncidentFilter{Limit: 2}, []string{"inc-a", "inc-f"}},
		{"LimitOffset", sitrep.IncidentFilter{Limit: 2, Offset: 2}, []string{"inc-b", "inc-c"}},
		{"Offset", sitrep.IncidentFilter{Offset: 5}, []string{"inc-e"}},
		{"OffsetPastEnd", sitrep.IncidentFilter{Offset: 6}, []string{}},
		{"Combined", sitrep.IncidentFilter{Country: "SY", Category: sitrep.CategoryMortar}, []string{"inc-d"}},
		{"CombinedDate", sitrep.IncidentFilter{Country: "SY", Since: day(2023, time.October, 1), Until: day(2023, time.October, 31)},
			[]string{"inc-a"}},
		{"CombinedLimit", sitrep.IncidentFilter{Category: sitrep.CategoryDrone, Limit: 1, Offset: 1}, []string{"inc-f"}},
		{"Newest", sitrep.IncidentFilter{Newest: true}, []string{"inc-c", "inc-b", "inc-f", "inc-a", "inc-d", "inc-e"}},
		{"NewestLimitOffset", sitrep.IncidentFilter{Newest: true, Limit: 3, Offset: 2}, []string{"inc-f", "inc-a", "inc-d"}},
		{"NewestPastDated", sitrep.IncidentFilter{Newest: true, Offset: 4}, []string{"inc-d", "inc-e"}},
		{"NewestLast", sitrep.IncidentFilter{Newest: true, Offset: 5, Limit: 1}, []string{"inc-e"}},
		{"NewestDatedOnly", sitrep.IncidentFilter{Newest: true, Limit: 2}, []string{"inc-c", "inc-b"}},
		{"NewestCountry", sitrep.IncidentFilter{Newest: true, Country: "IQ"}, []string{"inc-b", "inc-f", "inc-e"}},
		{"NewestPastEnd", sitrep.IncidentFilter{Newest: true, Offset: 6}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			equal(t, "incident ids", ids(MustIncidents(t, s, tt.f)), tt.want)
		})
	}
}

func testIncidentRoundTrip(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	want := fixtureIncidents()
	MustReplaceIncidents(t, s, want)
	equal(t, "incidents", MustIncidents(t, s, sitrep.IncidentFilter{}), want)
	for _, w := range want {
		got, err := s.Incident(ctx, w.ID)
		if err != nil {
			t.Fatalf("incident %s: %v", w.ID, err)
		}
		equal(t, "incident "+w.ID, got, w)
	}
	// Unknown casualties stay unknown, and zero stays zero.
	a, err := s.Incident(ctx, "inc-a")
	if err != nil {
		t.Fatalf("incident inc-a: %v", err)
	}
	if a.Fatalities != nil {
		t.Errorf("fatalities: got %d, want nil", *a.Fatalities)
	}
	if a.Injuries == nil || *a.Injuries != 0 {
		t.Errorf("injuries: got %v, want pointer to 0", a.Injuries)
	}
}

func testIncidentNotFound(t *testing.T, s sitrep.Store) {
	MustReplaceIncidents(t, s, fixtureIncidents())
	_, err := s.Incident(context.Background(), "nope")
	wantCode(t, "unknown incident", err, sitrep.ENOTFOUND)
}

func testReplaceTwice(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	first := fixtureIncidents()
	MustReplaceIncidents(t, s, first)
	second := first[2:4]
	second[0].Status = sitrep.StatusDisputed
	MustReplaceIncidents(t, s, second)
	equal(t, "incidents", MustIncidents(t, s, sitrep.IncidentFilter{}), second)
	_, err := s.Incident(ctx, "inc-a")
	wantCode(t, "replaced incident", err, sitrep.ENOTFOUND)

	MustReplaceIncidents(t, s, nil)
	if got := MustIncidents(t, s, sitrep.IncidentFilter{}); len(got) != 0 {
		t.Errorf("incidents: got %d, want none", len(got))
	}
}

func testReplaceDuplicate(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	first := fixtureIncidents()
	MustReplaceIncidents(t, s, first)
	dup := fixtureIncidents()[:2]
	dup[1].ID = dup[0].ID
	if err := s.ReplaceIncidents(ctx, dup); err == nil {
		t.Error("replace incidents with a repeated id: got no error")
	}
	if err := s.ReplaceIncidents(ctx, []sitrep.Incident{{Category: sitrep.CategoryDrone}}); err == nil {
		t.Error("replace incidents with an empty id: got no error")
	}
	equal(t, "incidents", MustIncidents(t, s, sitrep.IncidentFilter{}), first)
}
