package gazetteer_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/gazetteer"
)

func TestLookup(t *testing.T) {
	g := MustLoad(t)
	for _, c := range []struct{ name, want string }{
		{"Al-Omar oil field", "al-omar"},
		{"al-Omar oilfield", "al-omar"},
		{"Omar oil field", "al-omar"},
		{"Al Omar gas field", "al-omar"},
		{"the Al-Omar field", "al-omar"},
		{"Koniko gas field", "conoco"},
		{"Conoco", "conoco"},
		{"Branit barracks", "biranit"}, // Israeli army barracks on the Lebanese border (fresh22)
		{"Biranit", "biranit"},
		{"Ain al-Asad", "ain-al-asad"},
		{"Ain al-Assad", "ain-al-asad"},
		{"Al Asad Airbase", "ain-al-asad"},
		{"Erbil Airport", "erbil-air-base"},
		{"Erbil International Airport", "erbil-air-base"},
		{"Erbil", "erbil"},
		{"Kiev", "gn-703448"},    // an exonym late in GeoNames' list of Kyiv's names
		{"Bombay", "gn-1275339"}, // Mumbai
		{"Al-Tanf", "al-tanf"},
		{"At-Tanf", "al-tanf"},
		{"Al Tanf Garrison", "al-tanf"},
		{"tanf", "al-tanf"},
		{"Al-Shaddadi", "al-shaddadi"},
		{"Al-Shadadi", "al-shaddadi"},
		{"Deir ez-Zor", "deir-ez-zor"},
		{"Deir-ez-Zor", "deir-ez-zor"},
		{"Dayr al-Zawr", "deir-ez-zor"},
		{"Deir ez-Zor province", "sy-deir-ez-zor"},
		{"Hasakah", "hasakah"},
		{"Hasakah province", "sy-hasakah"},
		{"Anbar", "iq-anbar"},
		{"Anbar province", "iq-anbar"},
		{"Damascus", "damascus"},
		{"hit", "hit"},
		{"Rmelan", "rmelan"},
		{"Rumeilan landing zone", "rmelan-lz"},
		{"Iraq’s", "iq"},
		{"العراق", "iq"},
		{"southwest Syria", "sy#southwest"},
		{"eastern Syria", "sy#east"},
		{"western Anbar", "iq-anbar#west"},
	} {
		got := g.Lookup(c.name)
		if len(got) == 0 || got[0].ID != c.want {
			t.Errorf("Lookup(%q): got %s, want %s first", c.name, ids(got), c.want)
		}
	}
	for _, name := range []string{"", "Atlantis", "Anbar desert", "al", "the"} {
		if got := g.Lookup(name); len(got) != 0 {
			t.Errorf("Lookup(%q): got %s, want nothing", name, ids(got))
		}
	}
}

func TestGet(t *testing.T) {
	g := MustLoad(t)
	if e := g.Get("al-omar"); e == nil || e.Name != "Al-Omar oil field" {
		t.Errorf("Get(al-omar): got %+v, want the Al-Omar oil field", e)
	}
	if e := g.Get("nowhere"); e != nil {
		t.Errorf("Get(nowhere): got %s, want nil", e.ID)
	}
	r := g.Get("sy#southwest")
	if r == nil || r.Kind != gazetteer.KindRegion || !g.Contains(r, g.Get("al-tanf")) {
		t.Errorf("Get(sy#southwest): got %+v, want the region holding al-Tanf", r)
	}
	if e := g.Get("sy#nowhere"); e != nil {
		t.Errorf("Get(sy#nowhere): got %s, want nil", e.ID)
	}
	if c := g.Country("iq"); c == nil || c.Name != "Iraq" {
		t.Errorf("Country(iq): got %+v, want Iraq", c)
	}
	if a := g.Admin1("SY", "Deir al-Zour"); a == nil || a.ID != "sy-deir-ez-zor" {
		t.Errorf("Admin1(SY, Deir al-Zour): got %+v, want sy-deir-ez-zor", a)
	}
	if a := g.Admin1("IQ", "Deir ez-Zor"); a != nil {
		t.Errorf("Admin1(IQ, Deir ez-Zor): got %s, want nil", a.ID)
	}
}

func TestPlace(t *testing.T) {
	g := MustLoad(t)
	for id, want := range map[string]int{
		"al-omar": sitrep.GeoSite, "damascus": sitrep.GeoSite, "iq-anbar": sitrep.GeoProvince,
		"sy": sitrep.GeoCountry, "sy#east": sitrep.GeoProvince, "iq-anbar#west": sitrep.GeoNear,
		"kurdistan-region": sitrep.GeoProvince,
	} {
		e := g.Get(id)
		if e == nil {
			t.Errorf("Get(%s): got nil", id)
			continue
		}
		p := e.Place()
		if p.Precision != want || p.ID != id || !p.HasCoords() {
			t.Errorf("%s: got place %+v, want precision %d", id, p, want)
		}
	}
	p := g.Get("ain-al-asad").Place()
	if p.Country != "IQ" || p.Admin1 != "Al Anbar" || p.Lat != 33.8 || p.Lon != 42.441 {
		t.Errorf("ain-al-asad: got %+v, want IQ, Al Anbar, 33.8, 42.441", p)
	}
}

func TestContains(t *testing.T) {
	g := MustLoad(t)
	for _, c := range []struct {
		outer, inner string
		want         bool
	}{
		{"sy", "al-omar", true},
		{"sy", "sy-hasakah", true},
		{"sy", "ain-al-asad", false},
		{"sy", "sy", true},
		{"sy", "iq", false},
		{"iq-anbar", "ain-al-asad", true},
		{"iq-anbar", "hit", true},
		{"iq-anbar", "erbil-air-base", false},
		{"iq-anbar", "iq", false},
		{"sy-deir-ez-zor", "conoco", true},
		{"sy-deir-ez-zor", "deir-ez-zor", true},
		{"sy-hasakah", "al-shaddadi", true},
		{"sy-hasakah", "al-omar", false},
		{"sy-homs", "al-tanf", true},
		{"sy-deir-ez-zor", "sy-deir-ez-zor#east", true},
		{"kurdistan-region", "erbil-air-base", true},
		{"kurdistan-region", "iq-duhok", true},
		{"kurdistan-region", "ain-al-asad", false},
		{"damascus", "mezzeh-air-base", false},
		{"sy#southwest", "al-tanf", true},
		{"sy#southwest", "al-omar", false},
		{"sy#southwest", "damascus", true},
		{"sy#east", "al-omar", true},
		{"sy#east", "al-tanf", false},
		{"sy#east", "tower-22", false},
		{"iq#north", "mosul", true},
		{"iq#north", "basra", false},
		{"iq#west", "al-qaim", true},
		{"iq#west", "ain-al-asad", true}, // 0.37 of Iraq's width from its western edge
		{"iq#west", "baghdad", false},
		{"iq-anbar#west", "rutba", true},
		{"iq-anbar#west", "fallujah", false},
		{"jo#northeast", "tower-22", true},
	} {
		outer, inner := g.Get(c.outer), g.Get(c.inner)
		if outer == nil || inner == nil {
			t.Errorf("Get(%s), Get(%s): got nil", c.outer, c.inner)
			continue
		}
		if got := g.Contains(outer, inner); got != c.want {
			t.Errorf("Contains(%s, %s): got %v, want %v", c.outer, c.inner, got, c.want)
		}
	}
	if g.Contains(nil, g.Get("sy")) || g.Contains(g.Get("sy"), nil) {
		t.Error("Contains with nil: got true, want false")
	}
}

func TestRegion(t *testing.T) {
	g := MustLoad(t)
	sy := g.Country("SY")
	sw := g.Region(sy, "south-west")
	if sw == nil {
		t.Fatal("Region(SY, south-west): got nil")
	}
	if sw.ID != "sy#southwest" || sw.Kind != gazetteer.KindRegion || sw.Name != "southwestern Syria" {
		t.Errorf("Region(SY, south-west): got %s %s %q, want sy#southwest region \"southwestern Syria\"", sw.ID, sw.Kind, sw.Name)
	}
	if lat, lon := (sw.BBox[0]+sw.BBox[2])/2, (sw.BBox[1]+sw.BBox[3])/2; sw.Lat != lat || sw.Lon != lon {
		t.Errorf("sy#southwest point: got %g,%g, want the centre of its box %g,%g", sw.Lat, sw.Lon, lat, lon)
	}
	east := g.Region(sy, "eastern")
	if h := east.BBox[3] - east.BBox[1]; h < (sy.BBox[3]-sy.BBox[1])*2/5-1e-9 || h > (sy.BBox[3]-sy.BBox[1])*2/5+1e-9 {
		t.Errorf("sy#east: got width %g, want two fifths of Syria's", h)
	}
	if east.BBox[0] != sy.BBox[0] || east.BBox[2] != sy.BBox[2] || east.BBox[3] != sy.BBox[3] {
		t.Errorf("sy#east: got box %v, want the east two fifths of %v", east.BBox, sy.BBox)
	}
	c := g.Region(g.Get("iq-anbar"), "central")
	if c.Admin1 != "Al Anbar" || c.Place().Precision != sitrep.GeoNear {
		t.Errorf("iq-anbar#central: got admin1 %q precision %d, want Al Anbar, 2", c.Admin1, c.Place().Precision)
	}
	if r := g.Region(g.Get("damascus"), "north"); r != nil {
		t.Errorf("Region(town, north): got %s, want nil", r.ID)
	}
	if r := g.Region(sy, "up"); r != nil {
		t.Errorf("Region(SY, up): got %s, want nil", r.ID)
	}
	if r := g.Region(nil, "north"); r != nil {
		t.Errorf("Region(nil, north): got %s, want nil", r.ID)
	}
}

func TestParse(t *testing.T) {
	const header = "id\tkind\tsubkind\tname\taliases\tcountry\tadmin1\tlat\tlon\tpopulation\tbbox\tsource\n"
	const ok = "xx\tcountry\tcountry\tExample\tExampleland\tXX\t\t10\t20\t0\t9,19,11,21\tmade up\n"
	t.Run("OK", func(t *testing.T) {
		g, err := gazetteer.Parse(strings.NewReader(header + "# a comment\n\n" + ok +
			"x-town\ttown\tcity\tSample Town\tAl-Sample|Samplo\tXX\t\t10.5\t20.5\t1200\t\tmade up\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := g.Lookup("as-Sample"); len(got) != 1 || got[0].ID != "x-town" || got[0].Population != 1200 {
			t.Errorf("Lookup(as-Sample): got %s, want x-town", ids(got))
		}
		if c := g.Country("XX"); c == nil || c.BBox != [4]float64{9, 19, 11, 21} {
			t.Errorf("Country(XX): got %+v, want bbox 9,19,11,21", c)
		}
	})
	t.Run("OnlyRequiredColumns", func(t *testing.T) {
		g, err := gazetteer.Parse(strings.NewReader("name\tid\tkind\tcountry\tlat\tlon\nPlace\tp\tsite\tXX\t1\t2\n"))
		if err != nil {
			t.Fatal(err)
		}
		if e := g.Get("p"); e == nil || e.Name != "Place" || e.Lon != 2 {
			t.Errorf("Get(p): got %+v, want Place at 1,2", e)
		}
	})
	for _, c := range []struct{ name, input, want string }{
		{"ErrNoHeader", "", "no header row"},
		{"ErrUnknownColumn", "id\tkind\tname\tcountry\tlat\tlon\tcolour\n", "line 1: unknown column"},
		{"ErrMissingColumn", "id\tkind\tname\tcountry\tlat\n", "line 1: header has no column \"lon\""},
		{"ErrFields", header + ok + "yy\tcountry\n", "line 3: got 2 fields, want 12"},
		{"ErrLat", header + strings.Replace(ok, "\t10\t", "\t100\t", 1), "line 2: xx: lat"},
		{"ErrLon", header + strings.Replace(ok, "\t20\t", "\tabc\t", 1), "line 2: xx: lon"},
		{"ErrKind", header + strings.Replace(ok, "\tcountry\tcountry\t", "\tcity\tcountry\t", 1), "line 2: xx: unknown kind"},
		{"ErrCountry", header + strings.Replace(ok, "\tXX\t", "\tXXX\t", 1), "line 2: xx: country"},
		{"ErrBBox", header + strings.Replace(ok, "9,19,11,21", "11,19,9,21", 1), "line 2: xx: bbox"},
		{"ErrPopulation", header + strings.Replace(ok, "\t0\t", "\t-5\t", 1), "line 2: xx: population"},
		{"ErrDuplicate", header + ok + ok, "line 3: duplicate id \"xx\" (first on line 2)"},
		{"ErrArticleOnly", header + strings.Replace(ok, "Exampleland", "Al-El", 1), "line 2: xx: name \"Al-El\": no word but articles"},
		{"ErrPunctuation", header + strings.Replace(ok, "Exampleland", "Example (land)", 1), "line 2: xx: name \"Example (land)\": punctuation"},
		{"ErrID", header + strings.Replace(ok, "xx\t", "x#x\t", 1), "line 2: bad id"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := gazetteer.Parse(strings.NewReader(c.input))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v, want one containing %q", err, c.want)
			}
		})
	}
}

func TestAdd(t *testing.T) {
	g := MustLoad(t)
	n := len(g.Entries())
	if err := g.Add(&gazetteer.Entry{ID: "al-omar", Kind: "site", Name: "Other", Country: "SY"}); err == nil {
		t.Error("Add(duplicate id): got no error, want one")
	}
	if err := g.Add(&gazetteer.Entry{ID: "new-site", Kind: "site", Name: "Al", Country: "SY"}); err == nil {
		t.Error("Add(article-only name): got no error, want one")
	}
	if got := len(g.Entries()); got != n {
		t.Errorf("after failed Adds: got %d entries, want %d", got, n)
	}
	e := &gazetteer.Entry{ID: "hit-2", Kind: "town", Name: "Hit", Country: "IQ", Admin1: "Al Anbar", Lat: 33.6, Lon: 42.8, Population: 60000}
	if err := g.Add(e); err != nil {
		t.Fatal(err)
	}
	// Same kind and population: the entry added first stays first.
	if got := g.Lookup("Hit"); len(got) != 2 || got[0].ID != "hit" || got[1] != e {
		t.Errorf("Lookup(Hit): got %s, want [hit hit-2]", ids(got))
	}
}

func FuzzParse(f *testing.F) {
	const header = "id\tkind\tsubkind\tname\taliases\tcountry\tadmin1\tlat\tlon\tpopulation\tbbox\tsource\n"
	f.Add(header + "xx\tcountry\tcountry\tExample\tExampleland\tXX\t\t10\t20\t0\t9,19,11,21\tmade up\n")
	f.Add(header + "t\ttown\tcity\tAl-Sample\tSamplo|سامبل\tXX\tX\t1\t2\t5\t\t\n# c\n\n")
	f.Add("name\tid\tkind\tcountry\tlat\tlon\r\nPlace\tp\tsite\tXX\t1\t2\r\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := gazetteer.Parse(strings.NewReader(data))
		if err != nil {
			return
		}
		for _, e := range g.Entries() {
			if g.Get(e.ID) != e {
				t.Fatalf("Get(%q): got another entry, want the parsed one", e.ID)
			}
			if got := g.Lookup(e.Name); !slices.Contains(got, e) && len(got) == 0 {
				t.Fatalf("Lookup(%q): got nothing, want %s", e.Name, e.ID)
			}
		}
	})
}
