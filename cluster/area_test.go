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
