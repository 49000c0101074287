package cluster_test

import (
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
)

// Reports of one ship join wherever each places it when their days meet
// ("the Bab el-Mandeb", "the Gulf of Aden", a point off Mokha; "M/V
// Rubymar", "RUBYMAR"), through Fuse, Related and RelatedIn alike; the
// same ship on the next day is another attack, and so is a report dated
// only to its month.
func TestFuseSameVessel(t *testing.T) {
	gulf := sitrep.Place{ID: "gulf-of-aden", Name: "Gulf of Aden", Kind: sitrep.KindRegion, Lat: 12.5, Lon: 48,
		Precision: sitrep.GeoProvince}
	strait := sitrep.Place{ID: "bab-el-mandeb", Name: "Bab el-Mandeb", Kind: sitrep.KindRegion, Lat: 12.58, Lon: 43.33,
		Precision: sitrep.GeoProvince}
	mokha := sitrep.Place{ID: "mokha", Name: "Mokha", Kind: sitrep.KindTown, Country: "YE", Lat: 12.82, Lon: 43.05,
		Precision: sitrep.GeoNear}
	ship := func(name string) func(*sitrep.Report) { return func(r *sitrep.Report) { r.Vessel = name } }
	missile := cat(sitrep.CategoryMissile)
	for _, tc := range []struct {
		name  string
		a, b  sitrep.Report
		merge bool
	}{
		{"SeaAndStrait", report(t, "a", 0, at(gulf), on(day(t, "2024-02-18")), missile, ship("RUBYMAR")),
			report(t, "b", 0, at(strait), on(day(t, "2024-02-18")), missile, ship("M/V Rubymar")), true},
		{"StraitAndPort", report(t, "a", 0, at(strait), on(day(t, "2024-02-18")), missile, ship("Rubymar")),
			report(t, "b", 0, at(mokha), on(day(t, "2024-02-18")), cat(sitrep.CategoryUnknown), ship("the Rubymar")), true},
		{"NextDay", report(t, "a", 0, at(gulf), on(day(t, "2024-02-18")), missile, ship("Rubymar")),
			report(t, "b", 0, at(strait), on(day(t, "2024-02-19")), missile, ship("Rubymar")), false},
		{"Month", report(t, "a", 0, at(gulf), on(day(t, "2024-02-18")), missile, ship("Rubymar")),
			report(t, "b", 0, at(strait), on(days(t, "2024-02-01", "2024-02-29", sitrep.PrecisionMonth)), missile, ship("Rubymar")), false},
		{"OtherShip", report(t, "a", 0, at(gulf), on(day(t, "2024-02-18")), missile, ship("Rubymar")),
			report(t, "b", 0, at(strait), on(day(t, "2024-02-18")), missile, ship("Sea Champion")), false},
		{"NoShip", report(t, "a", 0, at(gulf), on(day(t, "2024-02-18")), missile, ship("Rubymar")),
			report(t, "b", 0, at(strait), on(day(t, "2024-02-18")), missile), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPair(t, tc.a, tc.b, tc.merge)
			f := cluster.New()
			if got := f.Related(tc.a, tc.b); got != tc.merge {
				t.Errorf("Related = %v, want %v", got, tc.merge)
			}
			got := f.RelatedIn([]sitrep.Report{tc.a})(tc.b, nil)
			if want := tc.merge; slices.Contains(got, 0) != want {
				t.Errorf("RelatedIn = %v, want related %v", got, want)
			}
		})
	}
}
