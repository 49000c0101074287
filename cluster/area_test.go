package cluster_test

import (
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
	"github.com/sitrep/sitrep/storetest"
)

// TestFuseArea: a report that names only an area joins the one incident
// inside the area that it can be about, and stays apart when there are two.
func TestFuseArea(t *testing.T) {
	gulf := sitrep.Place{ID: "gulf-of-aden", Name: "Gulf of Aden", Kind: sitrep.KindRegion, Lat: 12.5, Lon: 48,
		Precision: sitrep.GeoProvince}
	aden := site("aden", 12.19, 44.43)
	mukalla := site("mukalla", 14.54, 49.12)
	hodeidah := site("hodeidah", 14.8, 42.95) // on the Red Sea, outside the gulf's box
	areas := storetest.BoxAreas{"gulf-of-aden": {10.4, 43.3, 15.0, 51.3}}
	f := cluster.New()
	f.Areas = areas
	missile := cat(sitrep.CategoryMissile)
	area := report(t, "centcom", 0, at(gulf), on(day(t, "2024-03-06")), missile)
	for _, tc := range []struct {
		name   string
		points []sitrep.Report
		areas  sitrep.Areas
		joins  string // the point report the area report joins, or ""
	}{
		{"OneInside", []sitrep.Report{report(t, "ukmto", 0, at(aden), on(day(t, "2024-03-06")), missile)}, areas, "ukmto#0"},
		{"TwoInside", []sitrep.Report{
			report(t, "ukmto", 0, at(aden), on(day(t, "2024-03-06")), missile),
			report(t, "wire", 0, at(mukalla), on(day(t, "2024-03-06")), missile),
		}, areas, ""},
		{"OneInsideOneOutside", []sitrep.Report{
			report(t, "ukmto", 0, at(aden), on(day(t, "2024-03-06")), missile),
			report(t, "wire", 0, at(hodeidah), on(day(t, "2024-03-06")), missile),
		}, areas, "ukmto#0"},
		{"Outside", []sitrep.Report{report(t, "wire", 0, at(hodeidah), on(day(t, "2024-03-06")), missile)}, areas, ""},
		{"OtherDay", []sitrep.Report{report(t, "ukmto", 0, at(aden), on(day(t, "2024-03-07")), missile)}, areas, ""},
		{"OtherWeapon", []sitrep.Report{report(t, "ukmto", 0, at(aden), on(day(t, "2024-03-06")), cat(sitrep.CategoryDrone))}, areas, ""},
		{"WeekLong", []sitrep.Report{report(t, "ukmto", 0, at(aden), on(days(t, "2024-03-01", "2024-03-07", sitrep.PrecisionWeek)), missile)}, areas, ""},
		{"SameIDOtherPoint", []sitrep.Report{
			// "near Aden", 200 km west of it and outside the box, comes first.
			report(t, "a-near", 0, at(eastOf(aden, "aden", -200)), on(day(t, "2024-03-06")), cat(sitrep.CategoryDrone)),
			report(t, "ukmto", 0, at(aden), on(day(t, "2024-03-06")), missile),
		}, areas, "ukmto#0"},
		{"NoAreas", []sitrep.Report{report(t, "ukmto", 0, at(aden), on(day(t, "2024-03-06")), missile)}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f.Areas = tc.areas
			rs := append([]sitrep.Report{area}, tc.points...)
			incs := f.Fuse(rs, docsOf(rs))
			for _, p := range tc.points {
				if got, want := together(incs, area.Key(), p.Key()), p.Key() == tc.joins; got != want {
					t.Errorf("%s with %s: together %v, want %v: %v", area.Key(), p.Key(), got, want, keys(incs))
				}
			}
			for _, inc := range incs {
				if len(inc.Reports) > 1 && inc.Place.ID == gulf.ID {
					t.Errorf("incident %s of %v placed in the gulf: want the precise place", inc.ID, keys([]sitrep.Incident{inc}))
				}
			}
		})
	}
}

// A report told at a country ("U.S. forces carried out strikes in Iraq")
// joins the one incident of its day inside the country; not one of
// another attacker, and it does not date the incident it joins: a
// statement dated by Washington's clock does not move the strike's day.
func TestFuseCountryArea(t *testing.T) {
	iraq := sitrep.Place{ID: "iq", Name: "Iraq", Kind: sitrep.KindCountry, Country: "IQ", Lat: 33, Lon: 44,
		Precision: sitrep.GeoCountry}
	qaim := site("qaim", 34.37, 41.09)
	akashat := site("akashat", 33.8, 40.6)
	f := cluster.New()
	f.Areas = storetest.BoxAreas{"iq": {29.0, 38.8, 37.4, 48.6}}
	strike := cat(sitrep.CategoryAirstrike)
	us := func(r *sitrep.Report) { r.Perpetrator = "United States forces" }
	israel := func(r *sitrep.Report) { r.Perpetrator = "Israel" }
	country := report(t, "statement", 0, at(iraq), on(day(t, "2024-02-03")), strike, us)
	for _, tc := range []struct {
		name   string
		points []sitrep.Report
		joins  string
	}{
		{"OneInside", []sitrep.Report{report(t, "wire", 0, at(qaim), on(day(t, "2024-02-03")), strike)}, "wire#0"},
		{"TwoInside", []sitrep.Report{
			report(t, "wire", 0, at(qaim), on(day(t, "2024-02-03")), strike),
			report(t, "local", 0, at(akashat), on(day(t, "2024-02-03")), strike),
		}, ""},
		{"OtherAttacker", []sitrep.Report{report(t, "wire", 0, at(qaim), on(day(t, "2024-02-03")), strike, israel)}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := append([]sitrep.Report{country}, tc.points...)
			incs := f.Fuse(rs, docsOf(rs))
			for _, p := range tc.points {
				if got, want := together(incs, country.Key(), p.Key()), p.Key() == tc.joins; got != want {
					t.Errorf("%s with %s: together %v, want %v: %v", country.Key(), p.Key(), got, want, keys(incs))
				}
			}
		})
	}
	// The statement dates the strikes a day early, by Washington's clock;
	// a report of the night joins them; the day of the strike's own
	// reports stands.
	early := report(t, "a-statement", 0, at(iraq), on(day(t, "2024-02-02")), strike, us)
	rs := []sitrep.Report{early, report(t, "wire", 0, at(qaim), on(days(t, "2024-02-02", "2024-02-03", sitrep.PrecisionDay)), strike),
		report(t, "local", 0, at(qaim), on(day(t, "2024-02-03")), strike)}
	incs := f.Fuse(rs, docsOf(rs))
	if len(incs) != 1 {
		t.Fatalf("got %v, want one incident", keys(incs))
	}
	if got := incs[0].When.Start.String(); got != "2024-02-03" {
		t.Errorf("incident dated %s, want the strike's own day 2024-02-03", got)
	}
}
