package cluster_test

import (
	"strconv"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/cluster"
)

// A state's "the strike killed a commander" counts the victims it names:
// confirmed, it still does not outrank the fuller count of a later report.
func TestNamedCountOutranked(t *testing.T) {
	named := report(t, "centcom", 0, status(sitrep.StatusConfirmed), killed(1), func(r *sitrep.Report) {
		r.Accounts = []sitrep.Account{{Field: sitrep.FieldFatalities, Value: "1", Qualifier: sitrep.QualifierNamed,
			Source: "CENTCOM", Stance: sitrep.StanceConfirms}}
	})
	fuller := report(t, "wire", 0, killed(3), func(r *sitrep.Report) {
		r.Accounts = []sitrep.Account{{Field: sitrep.FieldFatalities, Value: "3", Source: "security officials",
			Stance: sitrep.StanceReports}}
	})
	rs := []sitrep.Report{named, fuller}
	docs := docsOf(rs)
	d := docs["wire"]
	d.Published = d.Published.AddDays(1)
	docs["wire"] = d
	incs := cluster.New().Fuse(rs, docs)
	if len(incs) != 1 || incs[0].Fatalities == nil || *incs[0].Fatalities != 3 {
		t.Fatalf("got %v, want one incident with 3 killed", incs)
	}
	for _, c := range incs[0].Contradictions {
		for _, v := range c.Values {
			if v.Value == "named 1" {
				t.Errorf("contradiction shows the qualifier: %+v", c)
			}
		}
	}
}

// Two confirmed counts of one day: the fuller stands ("killed nine ...,
// raising an earlier figure of six"); of unconfirmed ones, the first.
func TestSameDayFullerCount(t *testing.T) {
	ministry := func(n int, stance string) func(*sitrep.Report) {
		return func(r *sitrep.Report) {
			r.Accounts = []sitrep.Account{{Field: sitrep.FieldFatalities, Value: strconv.Itoa(n), Source: "ministry", Stance: stance}}
		}
	}
	for _, tc := range []struct {
		name   string
		status string
		stance string
		want   int
	}{
		{"Confirmed", sitrep.StatusConfirmed, sitrep.StanceConfirms, 9},
		{"Reported", sitrep.StatusReported, sitrep.StanceStates, 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := report(t, "a-first", 0, status(tc.status), killed(6), ministry(6, tc.stance))
			later := report(t, "b-later", 0, status(tc.status), killed(9), ministry(9, tc.stance))
			rs := []sitrep.Report{first, later}
			incs := cluster.New().Fuse(rs, docsOf(rs))
			if len(incs) != 1 || incs[0].Fatalities == nil || *incs[0].Fatalities != tc.want {
				t.Fatalf("got %v, want one incident with %d killed", incs, tc.want)
			}
		})
	}
}

// Sources that count the wounded and no dead report no death: 0 killed, as
// ACLED codes it, with no range since no source states it. Without any
// count, or with the dead counted, nothing is made up.
func TestWoundedOnlyNoDeath(t *testing.T) {
	count := func(p *int) string {
		if p == nil {
			return "-"
		}
		return strconv.Itoa(*p)
	}
	for _, tc := range []struct {
		name string
		opts []func(*sitrep.Report)
		want string
	}{
		{"WoundedOnly", []func(*sitrep.Report){wounded(3)}, "0/3 range false"},
		{"Dead", []func(*sitrep.Report){killed(2), wounded(3)}, "2/3 range false"},
		{"NoCount", nil, "-/- range false"},
		{"DeadUncounted", []func(*sitrep.Report){wounded(12), func(r *sitrep.Report) {
			r.Quote = "The strike killed and wounded people in the market; 12 were wounded."
		}}, "-/12 range false"},
		{"DeadCountedElsewhere", []func(*sitrep.Report){wounded(35), func(r *sitrep.Report) {
			r.Quote = "Raids on the port (two hurt) and the factory (four dead and 35 wounded)."
		}}, "0/35 range false"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := []sitrep.Report{report(t, "wire", 0, tc.opts...)}
			incs := cluster.New().Fuse(rs, docsOf(rs))
			if len(incs) != 1 {
				t.Fatalf("got %d incidents, want 1", len(incs))
			}
			got := count(incs[0].Fatalities) + "/" + count(incs[0].Injuries) + " range " + strconv.FormatBool(incs[0].FatalitiesRange != nil)
			if got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}
