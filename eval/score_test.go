package eval_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
)

func fp(v float64) *float64 { return &v }
func intp(n int) *int       { return &n }

// omar returns a required gold drone attack at Al-Omar oil field on
// 2023-10-23, reported in docs.
func omar(id string, docs ...string) eval.Gold {
	return eval.Gold{
		ID: id, Docs: docs, DateStart: "2023-10-23", DateEnd: "2023-10-23",
		Place: "Al-Omar oil field", Aliases: []string{"al-Omar oilfield", "Koniko"},
		Country: "SY", Admin1: "Deir ez-Zor", Lat: fp(35.152), Lon: fp(40.576), GeoPrecision: sitrep.GeoSite,
		Category: sitrep.CategoryDrone, ClaimedBy: "Islamic Resistance in Iraq", Status: sitrep.StatusClaimed,
	}
}

// predOf returns g as a prediction named id.
func predOf(g eval.Gold, id string) sitrep.Incident {
	inc := g.Incident()
	inc.ID = id
	return inc
}

// dated sets the dates of inc; "" leaves it undated.
func dated(tb testing.TB, inc sitrep.Incident, start, end string) sitrep.Incident {
	tb.Helper()
	s, err := sitrep.ParseDate(start)
	if err != nil {
		tb.Fatal(err)
	}
	e, err := sitrep.ParseDate(end)
	if err != nil {
		tb.Fatal(err)
	}
	inc.When = sitrep.When{Start: s, End: e, Precision: sitrep.PrecisionDay}
	return inc
}

// named moves inc to a place without coordinates.
func named(inc sitrep.Incident, name string) sitrep.Incident {
	inc.Place = sitrep.Place{Name: name, Country: inc.Place.Country}
	return inc
}

// pairs writes the matches as "G=P G=P".
func pairs(r eval.Result) string {
	var s []string
	for _, m := range r.Matches {
		s = append(s, m.Gold+"="+m.Pred)
	}
	return strings.Join(s, " ")
}

func field(tb testing.TB, r eval.Result, name string) eval.FieldScore {
	tb.Helper()
	for _, f := range r.Fields {
		if f.Field == name {
			return f
		}
	}
	tb.Fatalf("no field %s in %+v", name, r.Fields)
	return eval.FieldScore{}
}

func TestScorePlace(t *testing.T) {
	g := omar("G", "d1")
	anbar := eval.Gold{
		ID: "A", Docs: []string{"d1"}, DateStart: "--12-27", Place: "Al Anbar", Aliases: []string{"Anbar province"},
		Country: "IQ", Admin1: "Al Anbar", Lat: fp(33.4), Lon: fp(42.0), GeoPrecision: sitrep.GeoProvince, Category: sitrep.CategoryRocket,
	}
	siteAnbar := anbar
	siteAnbar.GeoPrecision = sitrep.GeoSite
	inAnbar := func(name string) sitrep.Incident {
		p := predOf(anbar, "P")
		// Al-Qaim, some 135 km from the gold point.
		p.Place = sitrep.Place{Name: name, Country: "IQ", Admin1: "Anbar Governorate", Lat: 34.37, Lon: 41.09, Precision: sitrep.GeoSite}
		return p
	}
	for _, c := range []struct {
		name string
		gold eval.Gold
		pred sitrep.Incident
		want bool
	}{
		{"SameName", g, named(predOf(g, "P"), "Al-Omar oil field"), true},
		{"FoldedName", g, named(predOf(g, "P"), "AL ʿŌMAR Oil-Field"), true},
		{"ArticleAndGeneric", g, named(predOf(g, "P"), "the Omar gas field"), true},
		{"Alias", g, named(predOf(g, "P"), "Koniko gas field"), true},
		{"OtherName", g, named(predOf(g, "P"), "Shaddadi"), false},
		{"GenericOnly", g, named(predOf(g, "P"), "the oil field"), false},
		{"Within40km", g, func() sitrep.Incident {
			p := predOf(g, "P")
			p.Place.Name, p.Place.Lat = "Somewhere", 35.152+0.3 // 33 km north
			return p
		}(), true},
		{"Beyond40km", g, func() sitrep.Incident {
			p := predOf(g, "P")
			p.Place.Name, p.Place.Lat = "Somewhere", 35.152+0.4 // 44 km north
			return p
		}(), false},
		{"ProvinceAdmin1", anbar, inAnbar("Unnamed base"), true},
		{"SiteGoldNoAdmin1", siteAnbar, inAnbar("Unnamed base"), false},
		{"ProvinceName", siteAnbar, named(inAnbar(""), "Anbar Governorate"), true},
		{"CountryDiffers", g, func() sitrep.Incident { p := predOf(g, "P"); p.Place.Country = "IQ"; return p }(), false},
		{"CountryUnknown", g, func() sitrep.Incident { p := predOf(g, "P"); p.Place.Country = ""; return p }(), true},
		{"NoSharedDoc", g, func() sitrep.Incident {
			p := predOf(g, "P")
			p.Sources = []sitrep.Source{{Doc: "d2"}}
			return p
		}(), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := eval.Score([]eval.Gold{c.gold}, []sitrep.Incident{c.pred})
			if got := r.Matched == 1; got != c.want {
				t.Errorf("matched: got %v, want %v (%q vs %q)", got, c.want, c.pred.Place.Name, c.gold.Place)
			}
		})
	}
}

func TestScoreDates(t *testing.T) {
	yearless := omar("G", "d1")
	yearless.DateStart, yearless.DateEnd = "--12-27", "--12-27"
	undated := omar("G", "d1")
	undated.DateStart, undated.DateEnd = "", ""
	p := predOf(omar("G", "d1"), "P")
	for _, c := range []struct {
		name        string
		gold        eval.Gold
		start, end  string
		match, date bool
	}{
		{"Same", omar("G", "d1"), "2023-10-23", "2023-10-23", true, true},
		{"OneDaySlack", omar("G", "d1"), "2023-10-24", "2023-10-24", true, false},
		{"TwoDaysOff", omar("G", "d1"), "2023-10-25", "2023-10-25", false, false},
		{"OtherYear", omar("G", "d1"), "2022-10-23", "2022-10-23", false, false},
		{"IntervalOverlaps", omar("G", "d1"), "2023-10-20", "2023-10-26", true, false},
		{"NoEnd", omar("G", "d1"), "2023-10-23", "", true, true},
		{"YearlessGold", yearless, "2023-12-27", "2023-12-27", true, true},
		{"YearlessGoldOtherYear", yearless, "2021-12-27", "2021-12-27", true, true},
		{"YearlessGoldSlack", yearless, "2023-12-28", "2023-12-28", true, false},
		{"YearlessGoldOff", yearless, "2023-12-30", "2023-12-30", false, false},
		{"YearlessPred", omar("G", "d1"), "--10-23", "--10-23", true, false},
		{"YearlessBoth", yearless, "--12-27", "--12-27", true, true},
		{"UndatedGold", undated, "2023-10-23", "2023-10-23", true, false},
		{"UndatedPred", omar("G", "d1"), "", "", true, false},
		{"UndatedBoth", undated, "", "", true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := eval.Score([]eval.Gold{c.gold}, []sitrep.Incident{dated(t, p, c.start, c.end)})
			if got := r.Matched == 1; got != c.match {
				t.Fatalf("matched: got %v, want %v", got, c.match)
			}
			if !c.match {
				return
			}
			if f := field(t, r, eval.FieldDate); (f.Right == 1) != c.date {
				t.Errorf("date right: got %v, want %v (errors %+v)", f.Right == 1, c.date, r.Errors)
			}
		})
	}
}

func TestScoreOneToOne(t *testing.T) {
	a := omar("A", "d1")
	b := omar("B", "d1")
	b.DateStart, b.DateEnd = "2023-10-24", "2023-10-24"
	t.Run("ExactDateFirst", func(t *testing.T) {
		// Both predictions fit both gold with a day's slack; the exact
		// dates decide, whatever the input order.
		p1 := dated(t, predOf(a, "P1"), "2023-10-24", "2023-10-24")
		p2 := dated(t, predOf(a, "P2"), "2023-10-23", "2023-10-23")
		r := eval.Score([]eval.Gold{a, b}, []sitrep.Incident{p1, p2})
		if got, want := pairs(r), "A=P2 B=P1"; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	})
	t.Run("OnePredictionPerGold", func(t *testing.T) {
		p1 := dated(t, predOf(a, "P1"), "2023-10-22", "2023-10-22")
		p2 := predOf(a, "P2")
		r := eval.Score([]eval.Gold{a}, []sitrep.Incident{p1, p2})
		if got, want := pairs(r), "A=P2"; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
		if r.Precision != 0.5 || r.Recall != 1 || len(r.UnmatchedPred) != 1 || r.UnmatchedPred[0] != "P1" {
			t.Errorf("got P %v R %v unmatched %v, want 0.5 1 [P1]", r.Precision, r.Recall, r.UnmatchedPred)
		}
	})
	t.Run("CategoryThenDistance", func(t *testing.T) {
		wrongCat := predOf(a, "P1")
		wrongCat.Category = sitrep.CategoryMissile
		far := predOf(a, "P2")
		far.Place.Lat += 0.2 // 22 km
		near := predOf(a, "P3")
		near.Place.Lat += 0.05
		r := eval.Score([]eval.Gold{a}, []sitrep.Incident{wrongCat, far, near})
		if got, want := pairs(r), "A=P3"; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
		r = eval.Score([]eval.Gold{a}, []sitrep.Incident{wrongCat, far})
		if got, want := pairs(r), "A=P2"; got != want {
			t.Errorf("without P3: got %s, want %s", got, want)
		}
	})
	t.Run("EmptyIDs", func(t *testing.T) {
		p := predOf(a, "")
		r := eval.Score([]eval.Gold{a, b}, []sitrep.Incident{dated(t, p, "2023-10-10", ""), p})
		if got, want := pairs(r), "A=#2"; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	})
}

func TestScoreFalseMerge(t *testing.T) {
	a := omar("A", "d1")
	b := omar("B", "d2")
	b.DateStart, b.DateEnd = "2023-10-27", "2023-10-27"
	tanf := omar("T", "d2")
	tanf.Place, tanf.Aliases, tanf.Lat, tanf.Lon = "Al-Tanf", nil, fp(33.5), fp(38.66)
	t.Run("MatchedTakesOtherDoc", func(t *testing.T) {
		p := predOf(a, "P")
		p.Sources = append(p.Sources, sitrep.Source{Doc: "d2"})
		r := eval.Score([]eval.Gold{a, b}, []sitrep.Incident{p})
		if got, want := pairs(r), "A=P"; got != want {
			t.Fatalf("got %s, want %s", got, want)
		}
		if len(r.FalseMerges) != 1 {
			t.Fatalf("got %d false merges, want 1", len(r.FalseMerges))
		}
		fm := r.FalseMerges[0]
		if fm.Pred != "P" || fm.Gold != "A" || strings.Join(fm.Others, ",") != "B" || strings.Join(fm.Docs, ",") != "d2" {
			t.Errorf("got %+v, want P matched A taking in B from d2", fm)
		}
	})
	t.Run("OtherDocElsewhere", func(t *testing.T) {
		p := predOf(a, "P")
		p.Sources = append(p.Sources, sitrep.Source{Doc: "d2"})
		r := eval.Score([]eval.Gold{a, tanf}, []sitrep.Incident{p})
		if len(r.FalseMerges) != 0 {
			t.Errorf("got %+v, want no false merge: T is at another place", r.FalseMerges)
		}
	})
	t.Run("SameDocIsNoMerge", func(t *testing.T) {
		a2 := omar("A2", "d1")
		a2.DateStart, a2.DateEnd = "2023-10-29", "2023-10-29"
		r := eval.Score([]eval.Gold{a, a2}, []sitrep.Incident{predOf(a, "P")})
		if len(r.FalseMerges) != 0 {
			t.Errorf("got %+v, want no false merge: d1 is A's own document", r.FalseMerges)
		}
	})
	t.Run("UnmatchedFitsTwo", func(t *testing.T) {
		b1 := omar("B1", "d1")
		b1.DateStart, b1.DateEnd = "2023-10-24", "2023-10-24"
		p1, p2 := predOf(a, "P1"), predOf(b1, "P2")
		both := dated(t, predOf(a, "P3"), "2023-10-23", "2023-10-24")
		r := eval.Score([]eval.Gold{a, b1}, []sitrep.Incident{p1, p2, both})
		if got, want := pairs(r), "A=P1 B1=P2"; got != want {
			t.Fatalf("got %s, want %s", got, want)
		}
		if len(r.FalseMerges) != 1 {
			t.Fatalf("got %d false merges, want 1", len(r.FalseMerges))
		}
		fm := r.FalseMerges[0]
		if fm.Pred != "P3" || fm.Gold != "" || strings.Join(fm.Others, ",") != "A,B1" || strings.Join(fm.Docs, ",") != "d1" {
			t.Errorf("got %+v, want unmatched P3 fitting A and B1 in d1", fm)
		}
	})
	t.Run("UnmatchedFitsOne", func(t *testing.T) {
		r := eval.Score([]eval.Gold{a}, []sitrep.Incident{predOf(a, "P1"), predOf(a, "P2")})
		if len(r.FalseMerges) != 0 {
			t.Errorf("got %+v, want no false merge for a duplicate", r.FalseMerges)
		}
	})
}

func TestScoreOptional(t *testing.T) {
	req := omar("R", "d1")
	opt := omar("O", "d2")
	opt.Optional = true
	for _, c := range []struct {
		name      string
		pred      []sitrep.Incident
		p, r      float64
		missedReq string
		missedOpt string
	}{
		{"Both", []sitrep.Incident{predOf(req, "P1"), predOf(opt, "P2")}, 1, 1, "", ""},
		{"RequiredOnly", []sitrep.Incident{predOf(req, "P1")}, 1, 1, "", "O"},
		{"OptionalOnly", []sitrep.Incident{predOf(opt, "P2")}, 1, 0, "R", ""},
		{"None", nil, 0, 0, "R", "O"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := eval.Score([]eval.Gold{req, opt}, c.pred)
			if r.Precision != c.p || r.Recall != c.r {
				t.Errorf("got P %v R %v, want P %v R %v", r.Precision, r.Recall, c.p, c.r)
			}
			if r.GoldRequired != 1 || r.GoldOptional != 1 {
				t.Errorf("got %d required %d optional, want 1 1", r.GoldRequired, r.GoldOptional)
			}
			if got := strings.Join(r.MissedRequired, ","); got != c.missedReq {
				t.Errorf("missed required: got %q, want %q", got, c.missedReq)
			}
			if got := strings.Join(r.MissedOptional, ","); got != c.missedOpt {
				t.Errorf("missed optional: got %q, want %q", got, c.missedOpt)
			}
		})
	}
}

func TestScoreFields(t *testing.T) {
	g := omar("G", "d1")
	t.Run("Claimant", func(t *testing.T) {
		noClaim := omar("G", "d1")
		noClaim.ClaimedBy = ""
		for _, c := range []struct {
			name  string
			gold  eval.Gold
			pred  []string
			right bool
		}{
			{"Same", g, []string{"Islamic Resistance in Iraq"}, true},
			{"Folded", g, []string{"the ISLAMIC RESISTANCE in Iraq."}, true},
			{"Contained", g, []string{"Islamic Resistance"}, true},
			{"Second", g, []string{"Hezbollah", "al-Muqawama al-Islamiya fi al-Iraq / Islamic Resistance in Iraq"}, true},
			{"Other", g, []string{"Hezbollah"}, false},
			{"Missing", g, nil, false},
			{"NoneBoth", noClaim, nil, true},
			{"NoneGold", noClaim, []string{"Hezbollah"}, false},
		} {
			t.Run(c.name, func(t *testing.T) {
				p := predOf(c.gold, "P")
				p.ClaimedBy = c.pred
				r := eval.Score([]eval.Gold{c.gold}, []sitrep.Incident{p})
				if f := field(t, r, eval.FieldClaimant); f.Total != 1 || (f.Right == 1) != c.right {
					t.Errorf("got %+v, want right %v", f, c.right)
				}
			})
		}
	})
	t.Run("NullCountsNotScored", func(t *testing.T) {
		p := predOf(g, "P")
		p.Fatalities, p.Injuries = intp(3), intp(1)
		r := eval.Score([]eval.Gold{g}, []sitrep.Incident{p})
		for _, name := range []string{eval.FieldFatalities, eval.FieldInjuries} {
			if f := field(t, r, name); f.Total != 0 || f.Accuracy != 0 {
				t.Errorf("%s: got %+v, want nothing scored", name, f)
			}
		}
	})
	t.Run("StatedCounts", func(t *testing.T) {
		stated := omar("G", "d1")
		stated.Fatalities, stated.Injuries = intp(0), intp(2)
		p := predOf(stated, "P")
		p.Fatalities, p.Injuries = nil, intp(2)
		r := eval.Score([]eval.Gold{stated}, []sitrep.Incident{p})
		if f := field(t, r, eval.FieldFatalities); f.Right != 0 || f.Total != 1 {
			t.Errorf("fatalities: got %+v, want 0 of 1", f)
		}
		if f := field(t, r, eval.FieldInjuries); f.Right != 1 || f.Total != 1 || f.Accuracy != 1 {
			t.Errorf("injuries: got %+v, want 1 of 1", f)
		}
	})
	t.Run("WrongValues", func(t *testing.T) {
		p := predOf(g, "P")
		p.Category, p.Status = sitrep.CategoryMissile, sitrep.StatusReported
		p.Place.Lat += 0.2
		r := eval.Score([]eval.Gold{g}, []sitrep.Incident{p})
		var got []string
		for _, e := range r.Errors {
			got = append(got, e.Field+" "+e.Gold+"/"+e.Pred+": "+e.GoldValue+" | "+e.PredValue)
		}
		want := []string{
			"place G/P: Al-Omar oil field (35.152, 40.576) | Al-Omar oil field (35.352, 40.576), 22.2 km off",
			"category G/P: drone | missile",
			"status G/P: claimed | reported",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
	t.Run("ProvinceByName", func(t *testing.T) {
		prov := omar("G", "d1")
		prov.Place, prov.Aliases, prov.GeoPrecision = "Khuzestan", []string{"Khuzestan province"}, sitrep.GeoProvince
		prov.Lat, prov.Lon = fp(31.35), fp(49.16)
		p := predOf(prov, "P")
		p.Place.Lat, p.Place.Lon = 31.496, 48.959 // 25 km off: another convention for the province's point
		if f := field(t, eval.Score([]eval.Gold{prov}, []sitrep.Incident{p}), eval.FieldPlace); f.Right != 1 {
			t.Errorf("got %+v, want right: the same province at another point", f)
		}
		town := p
		town.Place.Precision = sitrep.GeoSite
		if f := field(t, eval.Score([]eval.Gold{prov}, []sitrep.Incident{town}), eval.FieldPlace); f.Right != 0 {
			t.Errorf("got %+v, want wrong: a town 25 km off is not the province", f)
		}
		other := p
		other.Place.Name = "Ilam"
		if f := field(t, eval.Score([]eval.Gold{prov}, []sitrep.Incident{other}), eval.FieldPlace); f.Right != 0 {
			t.Errorf("got %+v, want wrong: another province", f)
		}
	})
	t.Run("PlaceWithoutCoords", func(t *testing.T) {
		r := eval.Score([]eval.Gold{g}, []sitrep.Incident{named(predOf(g, "P"), "Omar oil field")})
		if f := field(t, r, eval.FieldPlace); f.Right != 0 || f.Total != 1 {
			t.Errorf("got %+v, want wrong: gold has coordinates and the prediction none", f)
		}
	})
}
