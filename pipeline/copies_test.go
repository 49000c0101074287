package pipeline_test

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep"
)

// A wire story run under two mastheads is one origin: the later copy
// records the earlier, and the incident they tell is one source's until an
// outlet's own account corroborates it. The texts are written for this
// test.
func TestCopiesCorroboration(t *testing.T) {
	const story = "Two drones targeted a base hosting US troops at the Conoco gas field in eastern Syria on Monday, " +
		"residents said, adding that they heard one of them explode near the perimeter and the second crash " +
		"outside it. A local journalist said the attack was the third on the base in a week. An alliance of Iraqi armed groups said in a statement that it had " +
		"launched the drones and promised more operations against the occupation forces in Syria."
	own := "A drone struck the US base at the Conoco gas field in Deir ez-Zor on Monday, local sources told " +
		"our correspondent, and smoke rose over the compound for an hour afterwards."
	mon := sitrep.Date{Year: 2023, Month: 10, Day: 23}
	docs := []sitrep.Document{
		{ID: "wire", Outlet: "Example Wire", Published: mon, Text: story},
		{ID: "paper", Outlet: "Example Paper", Published: mon.AddDays(1), Text: "DAMASCUS - " + story},
	}
	p := MustPipeline(t)
	ctx := context.Background()
	run := func(ds []sitrep.Document) sitrep.Incident {
		t.Helper()
		i := 0
		if _, err := p.Ingest(ctx, func() (sitrep.Document, bool) {
			if i == len(ds) {
				return sitrep.Document{}, false
			}
			i++
			return ds[i-1], true
		}); err != nil {
			t.Fatal(err)
		}
		if _, err := p.Fuse(ctx); err != nil {
			t.Fatal(err)
		}
		incs, err := p.Store.Incidents(ctx, sitrep.IncidentFilter{})
		if err != nil || len(incs) != 1 {
			t.Fatalf("got %d incidents (%v), want 1", len(incs), err)
		}
		return incs[0]
	}
	inc := run(docs)
	if inc.Grade != sitrep.GradeSingle {
		t.Errorf("a copy corroborates: grade %q (%q), want %q", inc.Grade, inc.GradeReasons, sitrep.GradeSingle)
	}
	copies := 0
	for _, s := range inc.Sources {
		if s.Doc == "paper" && s.CopyOf == "wire" {
			copies++
		}
	}
	if copies != 1 {
		t.Errorf("sources %+v: want paper copying wire", inc.Sources)
	}
	d, err := p.Store.Document(ctx, "paper")
	if err != nil || d.CopyOf != "wire" {
		t.Errorf("stored paper: copy_of %q (%v), want wire", d.CopyOf, err)
	}
	inc = run([]sitrep.Document{{ID: "local", Outlet: "Example Local", Published: mon, Text: own}})
	if inc.Grade != sitrep.GradeCorroborated || len(inc.Sources) != 3 {
		t.Errorf("with an own account: grade %q (%q) from %d sources, want corroborated from 3", inc.Grade, inc.GradeReasons, len(inc.Sources))
	}
}
