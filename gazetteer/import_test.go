package gazetteer_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
)

// gnRow writes one GeoNames dump row of 19 columns.
func gnRow(id, name, alternates, lat, lon, class, code, cc, admin1, pop string) string {
	return strings.Join([]string{id, name, name, alternates, lat, lon, class, code, cc, "", admin1, "", "", "", pop, "", "0", "Asia/Damascus", "2024-01-01"}, "\t")
}

func TestReadGeoNames(t *testing.T) {
	dump := strings.Join([]string{
		gnRow("900001", "Tell Baydar", "Tal Bidar,تل بيدر,TB,http://x.org/a,Tell 2", "36.7811", "40.5530", "P", "PPL", "SY", "07", "1200"),
		gnRow("900002", "Kharab al Jir Airstrip", "Kharab al-Jir", "37.0167", "41.9833", "S", "AIRF", "SY", "07", "0"),
		gnRow("900003", "Old Fort Town", "", "36.1", "40.1", "P", "PPLH", "SY", "07", "0"),
		gnRow("900004", "Wadi Test", "", "36.1", "40.1", "H", "WAD", "SY", "07", "0"),
		gnRow("900005", "Al Hasakah District", "", "36.5", "40.7", "A", "ADM2", "SY", "07", "0"),
		gnRow("900006", "Broken", "", "north", "40.1", "P", "PPL", "SY", "07", "0"),
		"900007\tShort row\t1\t2",
		"",
		"# a comment",
		gnRow("900008", "Omar Oilfield", "Omar's", "35.0", "40.5", "L", "OILF", "SY", "09", "0"),
		gnRow("900009", "Earl's", "", "51.0", "0.1", "P", "PPL", "GB", "ENG", "0"),
	}, "\n")
	admin1 := func(cc, code string, lat, lon float64) string { return cc + "." + code }
	es, skipped, problems := gazetteer.ReadGeoNames(strings.NewReader(dump), "SY.txt", admin1, nil)
	var got []string
	for _, e := range es {
		got = append(got, e.ID+" "+e.Kind+" "+e.Admin1)
	}
	want := []string{"gn-900001 town SY.07", "gn-900002 site SY.07", "gn-900005 region SY.07", "gn-900008 region SY.09"}
	if !slices.Equal(got, want) {
		t.Errorf("entries: got %q, want %q", got, want)
	}
	if n := len(es); n > 0 && len(es[n-1].Aliases) != 0 {
		t.Errorf("an alias that cannot match must be dropped: got %q", es[n-1].Aliases)
	}
	if skipped["feature P.PPLH"] != 1 || skipped["feature H.WAD"] != 1 || skipped["name cannot be matched"] != 1 {
		t.Errorf("skipped: got %v, want one P.PPLH and one H.WAD", skipped)
	}
	var lines []int
	for _, p := range problems {
		if p.File != "SY.txt" {
			t.Errorf("problem %v: want file SY.txt", p)
		}
		lines = append(lines, p.Line)
	}
	if !slices.Equal(lines, []int{6, 7}) {
		t.Errorf("problem lines: got %v, want [6 7] (%v)", lines, problems)
	}
	if len(es) > 0 {
		if want := []string{"Tal Bidar", "تل بيدر"}; !slices.Equal(es[0].Aliases, want) {
			t.Errorf("aliases: got %q, want %q (codes, links and names with digits left out)", es[0].Aliases, want)
		}
		if es[0].Population != 1200 || es[0].Lat != 36.7811 {
			t.Errorf("population, lat: got %d, %v", es[0].Population, es[0].Lat)
		}
	}

	kept, skipped, _ := gazetteer.ReadGeoNames(strings.NewReader(dump), "SY.txt", nil,
		func(e *gazetteer.Entry) bool { return e.Kind == gazetteer.KindSite })
	if len(kept) != 1 || kept[0].ID != "gn-900002" || skipped["not kept"] != 3 {
		t.Errorf("keep sites only: got %d entries, skipped %v", len(kept), skipped)
	}
}

func TestReadAlternateNames(t *testing.T) {
	text := strings.Join([]string{
		"1\t900001\tar\tتل بيدر الكبيرة\t\t\t\t",
		"2\t900001\tlink\thttps://en.wikipedia.org/x\t\t\t\t",
		"3\t900001\ten\tOld Baydar\t\t\t\t1",
		"4\t900001\ten\tBaydar Hill\t\t\t\t",
		"5\t900002\ten\tNot wanted\t\t\t\t",
		"6\tx\ten\tBad id",
		"7\t900001",
	}, "\n")
	got, problems := gazetteer.ReadAlternateNames(strings.NewReader(text), "alternateNamesV2.txt", func(id int64) bool { return id == 900001 })
	if want := []string{"تل بيدر الكبيرة", "Baydar Hill"}; !slices.Equal(got[900001], want) || len(got) != 1 {
		t.Errorf("got %v, want only 900001: %q", got, want)
	}
	if len(problems) != 2 || problems[0].Line != 6 || problems[1].Line != 7 {
		t.Errorf("problems: got %v, want lines 6 and 7", problems)
	}
}

func TestReadPlaces(t *testing.T) {
	for _, c := range []struct {
		name, text string
		ids        []string
		lines      []int
	}{
		{"csv, minimal columns", "name,country,lat,lon\nPatrol Base Shaddadi,SY,36.06,40.73\n\"Camp Quoted\",IQ,33.1,44.2\n",
			[]string{"user-patrol-base-shaddadi-sy", "user-camp-quoted-iq"}, nil},
		{"tsv with ids and kinds", "id\tkind\tname\taliases\tcountry\tlat\tlon\nmy-site\tsite\tForward Site X\tFSX|Site X\tIQ\t35.5\t44.1\nmy-town\ttown\tNew Town\t\tIQ\t35.6\t44.2\n",
			[]string{"my-site", "my-town"}, nil},
		{"bad rows are named, the rest pass", "name,country,lat,lon,kind\nGood Site,SY,35,40,\nToo North,SY,95,40,\nNo Country,Syria,35,40,\nShort,SY\nOdd Kind,SY,35,40,castle\nGood Site,SY,35.1,40.1,\n",
			[]string{"user-good-site-sy"}, []int{3, 4, 5, 6, 7}},
		{"no header", "", nil, []int{1}},
		{"unknown column", "name,country,lat,lon,colour\nA,SY,1,2,red\n", nil, []int{1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			es, problems := gazetteer.ReadPlaces(strings.NewReader(c.text), "places.csv")
			var ids []string
			for _, e := range es {
				ids = append(ids, e.ID)
			}
			var lines []int
			for _, p := range problems {
				lines = append(lines, p.Line)
			}
			if !slices.Equal(ids, c.ids) || !slices.Equal(lines, c.lines) {
				t.Errorf("got ids %q, problem lines %v (%v); want %q, %v", ids, lines, problems, c.ids, c.lines)
			}
		})
	}
}

func TestRowRoundTrip(t *testing.T) {
	e := &gazetteer.Entry{ID: "x-1", Kind: gazetteer.KindSite, Subkind: "airbase", Name: "Test\tField",
		Aliases: []string{"TF", "bad|alias", "حقل"}, Country: "SY", Admin1: "Deir ez-Zor", Lat: 35.1, Lon: 40.25,
		Population: 3, BBox: [4]float64{35, 40, 35.2, 40.5}, Source: "test"}
	got, err := gazetteer.ParseRow(e.Row())
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Test Field" || !slices.Equal(got.Aliases, []string{"TF", "حقل"}) || got.BBox != e.BBox ||
		got.Lat != e.Lat || got.Lon != e.Lon || got.Admin1 != e.Admin1 || got.Population != 3 || got.Subkind != "airbase" {
		t.Errorf("round trip: got %+v from %q", got, e.Row())
	}
	if _, err := gazetteer.ParseRow("only\tthree\tfields"); err == nil {
		t.Error("ParseRow of a short row: want an error")
	}
}

func TestAddRows(t *testing.T) {
	g := MustLoad(t)
	rows := []string{
		(&gazetteer.Entry{ID: "user-qx", Kind: gazetteer.KindSite, Name: "Qasr Xiyal Outpost", Country: "SY", Lat: 34.5, Lon: 38.9}).Row(),
		(&gazetteer.Entry{ID: "al-tanf", Kind: gazetteer.KindSite, Name: "Somewhere Else", Country: "SY", Lat: 1, Lon: 1}).Row(),
		(&gazetteer.Entry{ID: "user-bad", Kind: gazetteer.KindSite, Name: "Earl's", Country: "GB", Lat: 51, Lon: 0}).Row(),
	}
	if errs := g.AddRows(rows, false); len(errs) != 1 || !strings.Contains(errs[0].Error(), "Earl's") {
		t.Errorf("AddRows: got errors %v, want one for the possessive name", errs)
	}
	if es := g.Lookup("Qasr Xiyal Outpost"); len(es) == 0 || es[0].ID != "user-qx" {
		t.Errorf("Lookup of an added place: got %v", es)
	}
	if e := g.Get("al-tanf"); e == nil || e.Name == "Somewhere Else" {
		t.Errorf("a row with an id the gazetteer holds must be left out: got %+v", e)
	}
}

func TestAdmin1Of(t *testing.T) {
	g := MustLoad(t)
	for _, c := range []struct {
		cc, code string
		lat, lon float64
		want     string
	}{
		{"SY", "07", 36.78, 40.55, "Al-Hasakah"}, // curated governorates: by box
		{"AE", "01", 24.0, 54.0, "Abu Dhabi"},    // GeoNames admin1 code
		{"SY", "", 0.5, 0.5, ""},                 // outside every box
	} {
		if got := g.Admin1Of(c.cc, c.code, c.lat, c.lon); got != c.want {
			t.Errorf("Admin1Of(%s, %s, %v, %v): got %q, want %q", c.cc, c.code, c.lat, c.lon, got, c.want)
		}
	}
}
