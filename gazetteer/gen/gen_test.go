package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cities is a cities500 excerpt written for this test: the 19 GeoNames
// columns, with made-up rows beside shapes of real ones.
var cities = strings.Join([]string{
	// A town curated files lack, with codes, lowercase transliterations,
	// Arabic and more names than are kept.
	row("1001", "Abū Test", "Abu Test", "ABT,Abou Test,Abu Test,Abu-Test,Abu Tist,Aboo Test,Abu Tesst,Abu Testt,Abou Tesst,Abu Tast,Abu Tost,Abu Tust,Abu Tyst,abw tst,أبو تست,ابو تست,http://x,Muhafazat Abu Test",
		"33.30556", "44.18483", "PPLA2", "IQ", "07", "900000"),
	// A governorate named the GeoNames way.
	row("1002", "Qaryat Mithal", "Qaryat Mithal", "", "35.2", "40.5", "PPL", "SY", "07", "0"),
	// An admin1 spelt apart from the curated one, and an unknown admin1.
	row("1003", "Karyat Tafila", "Karyat Tafila", "", "30.8", "35.6", "PPL", "JO", "12", "100"),
	row("1004", "Nowhere Town", "Nowhere Town", "", "33.5", "36.2", "PPL", "SY", "99", "100"),
	// The curated Erbil, repeated: left out.
	row("1005", "Arbīl", "Erbil", "Arbil,Hawler", "36.19", "44.01", "PPLA", "IQ", "11", "1612700"),
	// A far homonym of a curated town: renamed, its curated names dropped.
	row("1006", "Sinjār", "Sinjar", "Sendjar,Shingal,Sinjar", "35.8", "36.6", "PPL", "SY", "12", "0"),
	// Outside the region: small towns out, cities in.
	row("1007", "Smallville", "Smallville", "", "40", "-90", "PPL", "US", "IL", "5000"),
	row("1008", "Bigton", "Bigton", "American,Big Town,Gotham,Illinois", "40", "-91", "PPLA2", "US", "IL", "250000"),
	// Another place's name among Bigton's: it stays that place's.
	row("1013", "Gotham", "Gotham", "", "43", "-80", "PPL", "CA", "08", "20000"),
	// A city named with its river: its short form stays its own, first,
	// though a larger town bears it.
	row("1016", "Testcastle upon Tyne", "Testcastle upon Tyne", "Testcastle Town,Testcastle,Testcastle-upon-Tyne", "54.9", "-1.6", "PPLA2", "GB", "ENG", "300000"),
	row("1017", "Testcastle", "Testcastle", "", "-32.9", "151.7", "PPL", "AU", "02", "400000"),
	// Two words run together in the ASCII name, apart in an alias.
	row("1018", "QiryatTesta", "QiryatTesta", "Qiryat Testa,Kiryat Testa", "33.2", "35.57", "PPL", "IQ", "07", "20000"),
	// ‘ayn in the ASCII name.
	row("1009", "Tall Mif‘at", "Tall Mif`at", "", "36.4", "37.1", "PPLA3", "SY", "09", "1000"),
	// Two small towns of one county, and one of a division named without
	// a designator.
	strings.Replace(row("1010", "Westburg", "Westburg", "", "41", "-88", "PPL", "CA", "08", "5000"), "\t08\t\t", "\t08\t031\t", 1),
	strings.Replace(row("1011", "Eastburg", "Eastburg", "", "42", "-87", "PPL", "CA", "08", "6000"), "\t08\t\t", "\t08\t031\t", 1),
	strings.Replace(row("1012", "Plainton", "Plainton", "", "39", "-89", "PPL", "CA", "08", "700"), "\t08\t\t", "\t08\t099\t", 1),
	// Counties of Great Britain go bare, but not one a town names.
	strings.Replace(row("1014", "Wintown", "Wintown", "", "51", "-1.3", "PPLA2", "GB", "ENG", "40000"), "\tENG\t\t", "\tENG\tF2\t", 1),
	strings.Replace(row("1015", "Readton", "Readton", "", "51.4", "-1", "PPLA2", "GB", "ENG", "160000"), "\tENG\t\t", "\tENG\tR1\t", 1),
}, "")

const admin2JSON = `[{"code":"CA.08.031","name":"Cook County"},{"code":"CA.08.099","name":"Plainton"},
{"code":"CA.08.555","name":"Empty County"},{"code":"GB.ENG.F2","name":"County of Hampshire"},
{"code":"GB.ENG.R1","name":"Borough of Readton"}]`

func row(id, name, ascii, alt, lat, lon, code, cc, admin1, pop string) string {
	return strings.Join([]string{id, name, ascii, alt, lat, lon, "P", code, cc, "", admin1, "", "", "", pop, "", "", "Asia/Baghdad", "2024-01-01"}, "\t") + "\n"
}

const admin1JSON = `[{"code":"IQ.07","name":"Baghdad"},{"code":"SY.07","name":"Dayr az Zawr"},
{"code":"JO.12","name":"Tafielah"},{"code":"SY.12","name":"Idlib"},{"code":"IQ.11","name":"Erbil"},
{"code":"US.IL","name":"Illinois"},{"code":"GB.ENG","name":"England"},{"code":"CA.08","name":"Ontario"},{"code":"SY.09","name":"Muhafazat Halab"}]`

// atlasJSON is a TopoJSON topology written for this test: the United
// States as the square 30..40°N, 100..90°W, quantised and delta-encoded.
const atlasJSON = `{"type":"Topology","transform":{"scale":[0.001,0.001],"translate":[-180,-90]},
"arcs":[[[80000,120000],[10000,0],[0,10000],[-10000,0],[0,-10000]]],
"objects":{"countries":{"type":"GeometryCollection","geometries":[
{"type":"Polygon","id":"840","arcs":[[0]],"properties":{"name":"United States of America"}}]}}}`

const countriesTSV = "# countries written for this test\ncode\tatlas\tname\taliases\n" +
	"US\t840\tUnited States\tUSA|US|U.S.|America's\n" +
	"IQ\t368\tIraq\n" + // curated: no row
	"AQ\t\tAntarctica\n" // no shape, no place: no row

const regionsTSV = "id\tname\taliases\tlat\tlon\tbbox\tmembers\n" +
	"rg-fixed\tTestia\tTest Land\t10\t20\t0,10,20,30\t\n" +
	"rg-members\tUS Region\t\t\t\t\tUS\n" +
	"rg-pointed\tPointed Region\t\t33\t-97\t\tUS\n"

const countryPointsTSV = "code\tgeonameid\tlat\tlon\nUS\t6252001\t36.5\t-94.5\n"

// admin1PointsTSV places Ontario inside the box of its places, by its
// GeoNames-style name, and Illinois far outside its own (as when a name
// matched another division).
const admin1PointsTSV = "country\tname\tgn_name\tlat\tlon\nCA\tOntário\tOntario Province\t42.1\t-85.2\nUS\tIllinois\t\t50.1\t-10\n"

// gbDump is a GeoNames country dump of two lines written for this test:
// England's ADM1 feature, and a town the generator must pass over.
const gbDump = "6269131\tEngland\tEngland\tEngland\t52.16045\t-0.70312\tA\tADM1\tGB\t\tENG\t\t\t\t0\t\t0\tEurope/London\t2020-01-01\n" +
	"9999001\tTestford\tTestford\t\t51.0\t-1.0\tP\tPPL\tGB\t\tENG\t\t\t\t900\t\t0\tEurope/London\t2020-01-01\n"

const demonymsTSV = "id\tdemonyms\nus\tAmerican|Americans\n"

// generate runs the generator on the fixtures and returns its rows by id
// and its report.
func generate(t *testing.T) (map[string][]string, string, []byte) {
	t.Helper()
	dir := t.TempDir()
	in := inputs{places: "../data/places.tsv"}
	for _, f := range []struct {
		path *string
		name string
		data string
	}{
		{&in.cities500, "cities500.txt", cities},
		{&in.admin1, "admin1.json", admin1JSON},
		{&in.admin2, "admin2.json", admin2JSON},
		{&in.atlas, "countries-50m.json", atlasJSON},
		{&in.countries, "countries.tsv", countriesTSV},
		{&in.regions, "regions.tsv", regionsTSV},
		{&in.geonamesPoints, "country-points.tsv", countryPointsTSV},
		{&in.demonyms, "demonyms.tsv", demonymsTSV},
		{&in.admin1Points, "admin1-points.tsv", admin1PointsTSV},
		{nil, "GB.txt", gbDump},
	} {
		if f.path == nil {
			path := filepath.Join(dir, f.name)
			in.dumps = append(in.dumps, path)
			f.path = &path
		}
		*f.path = filepath.Join(dir, f.name)
		if err := os.WriteFile(*f.path, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out.tsv.gz")
	var log bytes.Buffer
	if err := run(in, out, &log); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSuffix(string(text), "\n"), "\n")[1:] {
		f := strings.Split(l, "\t")
		rows[f[0]] = f
	}
	return rows, log.String(), data
}

func TestRun(t *testing.T) {
	rows, log, data := generate(t)
	t.Run("ShortForm", func(t *testing.T) {
		if r := rows["gn-1016"]; r == nil || !strings.HasPrefix(r[4], "Testcastle|") {
			t.Errorf("gn-1016: got %q, want the alias Testcastle first, though gn-1017 bears it", r)
		}
		if r := rows["gn-1008"]; r == nil || strings.Contains(r[4], "Gotham") {
			t.Errorf("gn-1008: got %q, want no Gotham: not a short form of Bigton", r)
		}
	})
	t.Run("OthersNames", func(t *testing.T) {
		if r := rows["gn-1008"]; r == nil || strings.Contains(r[4], "Gotham") || strings.Contains(r[4], "Illinois") || !strings.Contains(r[4], "Big Town") {
			t.Errorf("gn-1008: got %q, want the alias Big Town and not Gotham nor Illinois, another place's and its state's names", r)
		}
	})
	t.Run("Admin1Points", func(t *testing.T) {
		if r := rows["adm1-ca.08"]; r == nil || r[7] != "42.1" || r[8] != "-85.2" || r[11] != sourceAdmin1Centroid {
			t.Errorf("adm1-ca.08: got %q, want the centroid 42.1,-85.2 of admin1-points.tsv", r)
		}
		if r := rows["adm1-us.il"]; r == nil || r[7] != "40" || r[8] != "-90.5" || r[11] != sourceAdmin1 {
			t.Errorf("adm1-us.il: got %q, want the centre of its places' box: the centroid given lies far outside it", r)
		}
	})
	t.Run("ADM1Dump", func(t *testing.T) {
		if r := rows["adm1-gb.eng"]; r == nil || r[7] != "52.1605" || r[8] != "-0.7031" || r[11] != sourceAdmin1GeoNames {
			t.Errorf("adm1-gb.eng: got %q, want the point 52.1605,-0.7031 of its ADM1 feature in GB.txt", r)
		}
	})
	t.Run("Admin2", func(t *testing.T) {
		r := rows["adm2-ca.08.031"]
		want := []string{"adm2-ca.08.031", "region", "county", "Cook County", "", "CA", "Ontario", "41.5", "-87.5", "11000", "41,-88,42,-87", sourceAdmin2}
		if strings.Join(r, "\t") != strings.Join(want, "\t") {
			t.Errorf("adm2-ca.08.031: got %q, want %q", r, want)
		}
		for _, id := range []string{"adm2-ca.08.099", "adm2-ca.08.555"} {
			if rows[id] != nil {
				t.Errorf("%s: got %q, want no row (no designator, or no place)", id, rows[id])
			}
		}
	})
	t.Run("Names", func(t *testing.T) {
		r := rows["gn-1001"]
		if r == nil {
			t.Fatal("gn-1001: got no row")
		}
		aliases := strings.Split(r[4], "|")
		if r[3] != "Abu Test" || len(aliases) != 10 {
			t.Errorf("gn-1001: got name %q, %d aliases %q, want Abu Test with 10", r[3], len(aliases), aliases)
		}
		for _, bad := range []string{"ABT", "abw tst", "http://x", "Muhafazat Abu Test", "Abu-Test", "Abū Test"} {
			for _, a := range aliases {
				if a == bad {
					t.Errorf("gn-1001: got alias %q, want it left out", bad)
				}
			}
		}
		if !strings.HasSuffix(r[4], "|أبو تست") || strings.Contains(r[4], "ابو تست") {
			t.Errorf("gn-1001: got aliases %q, want one Arabic name of the two that fold alike, last", r[4])
		}
		if r[1] != "town" || r[2] != "city" || r[7] != "33.3056" || r[8] != "44.1848" || r[9] != "900000" || r[10] != "" || r[11] != source {
			t.Errorf("gn-1001: got %q, want a city at 33.3056,44.1848 of 900000 from %q", r, source)
		}
		if r := rows["gn-1018"]; r == nil || r[3] != "Qiryat Testa" || !strings.HasPrefix(r[4], "QiryatTesta|") {
			t.Errorf("gn-1018: got %q, want the name Qiryat Testa, the words apart, then QiryatTesta", r)
		}
		if r := rows["gn-1009"]; r == nil || r[3] != "Tall Mif'at" || r[4] != "Tall Mifaat" {
			t.Errorf("gn-1009: got %q, want Tall Mif'at with the variant Tall Mifaat", r)
		}
	})
	t.Run("Governorates", func(t *testing.T) {
		for id, want := range map[string]string{
			"gn-1001": "Baghdad",     // by name
			"gn-1002": "Deir ez-Zor", // "Dayr az Zawr", by key
			"gn-1003": "Tafilah",     // "Tafielah", by consonants
			"gn-1009": "Aleppo",      // "Muhafazat Halab", without "Muhafazat"
			"gn-1004": "Damascus",    // no GeoNames name: by bbox
			"gn-1008": "Illinois",    // elsewhere, the GeoNames name
		} {
			if id == "gn-1008" && rows[id] != nil && rows[id][2] != "city" {
				t.Errorf("gn-1008: got subkind %q, want city", rows[id][2])
			}
			if r := rows[id]; r == nil || r[6] != want {
				t.Errorf("%s: got %q, want admin1 %q", id, r, want)
			}
		}
		if !strings.Contains(log, "gn-1004 Nowhere Town (SY, admin1 SY.99 \"\"): admin1 Damascus by bbox") {
			t.Errorf("report: got\n%s\nwant the row mapped by bbox named", log)
		}
	})
	t.Run("Scope", func(t *testing.T) {
		if rows["gn-1007"] != nil || rows["gn-1008"] == nil {
			t.Errorf("got gn-1007 %v, gn-1008 %v, want the city of 250000 only", rows["gn-1007"] != nil, rows["gn-1008"] != nil)
		}
	})
	t.Run("Curated", func(t *testing.T) {
		if rows["gn-1005"] != nil {
			t.Errorf("gn-1005: got %q, want Erbil left out as the curated erbil", rows["gn-1005"])
		}
		if r := rows["gn-1006"]; r == nil || r[3] != "Sendjar" || strings.Contains(r[4], "Sinjar") {
			t.Errorf("gn-1006: got %q, want Sendjar without the curated name Sinjar", r)
		}
		if !strings.Contains(log, "erbil") || !strings.Contains(log, `gn-1006 Sinjar (SY): name is a curated one's or a demonym; named "Sendjar"`) {
			t.Errorf("report: got\n%s\nwant the left-out and renamed rows", log)
		}
	})
	t.Run("Country", func(t *testing.T) {
		r := rows["us"]
		if r == nil {
			t.Fatalf("us: got no row; report:\n%s", log)
		}
		if r[1] != "country" || r[3] != "United States" || r[4] != "USA|US|U.S." || r[5] != "US" ||
			r[7] != "36.5" || r[8] != "-94.5" || r[9] != "255000" || r[10] != "30,-100,40,-90" || r[11] != sourceGeoNames {
			t.Errorf("us: got %q, want the United States at its GeoNames point 36.5,-94.5 in 30,-100,40,-90 of 255000, without the possessive name", r)
		}
		if rows["iq"] != nil || rows["aq"] != nil {
			t.Errorf("got iq %v, aq %v, want no row for the curated Iraq nor for Antarctica", rows["iq"] != nil, rows["aq"] != nil)
		}
		if !strings.Contains(log, "country AQ Antarctica: no world-atlas shape and no cities500 place; left out") {
			t.Errorf("report: got\n%s\nwant Antarctica left out", log)
		}
	})
	t.Run("Admin1", func(t *testing.T) {
		r := rows["adm1-us.il"]
		if r == nil || r[1] != "admin1" || r[3] != "Illinois" || r[5] != "US" || r[6] != "Illinois" ||
			r[7] != "40" || r[8] != "-90.5" || r[9] != "255000" || r[10] != "40,-91,40,-90" {
			t.Errorf("adm1-us.il: got %q, want Illinois at the centre of its places' box, of 255000", r)
		}
		if rows["adm1-iq.07"] != nil {
			t.Errorf("adm1-iq.07: got %q, want no row: Iraq's governorates are curated", rows["adm1-iq.07"])
		}
	})
	t.Run("Counties", func(t *testing.T) {
		if r := rows["adm2-gb.eng.f2"]; r == nil || r[2] != "county" || r[3] != "Hampshire" || r[4] != "County of Hampshire" {
			t.Errorf("adm2-gb.eng.f2: got %q, want the county Hampshire, its GeoNames name an alias", r)
		}
		if r := rows["adm2-gb.eng.r1"]; r != nil {
			t.Errorf("adm2-gb.eng.r1: got %q, want no row: the town Readton bears the name", r)
		}
	})
	t.Run("Regions", func(t *testing.T) {
		if r := rows["rg-fixed"]; r == nil || r[1] != "region" || r[2] != "continent" || r[5] != "" || r[7] != "10" || r[10] != "0,10,20,30" {
			t.Errorf("rg-fixed: got %q, want a continent at 10,20 without country", r)
		}
		if r := rows["rg-members"]; r == nil || r[7] != "34.8979" || r[8] != "-95" || r[10] != "30,-100,40,-90" {
			t.Errorf("rg-members: got %q, want the point (equal-area centroid) and box of its one member", r)
		}
		if r := rows["rg-pointed"]; r == nil || r[7] != "33" || r[8] != "-97" || r[10] != "30,-100,40,-90" {
			t.Errorf("rg-pointed: got %q, want its own point and the box of its member", r)
		}
	})
	t.Run("Demonyms", func(t *testing.T) {
		if r := rows["gn-1008"]; r == nil || r[4] != "Big Town" {
			t.Errorf("gn-1008: got %q, want the alias American, a demonym, left out", r)
		}
	})
	t.Run("Deterministic", func(t *testing.T) {
		_, _, again := generate(t)
		if !bytes.Equal(data, again) {
			t.Error("second run: got different bytes, want the same file")
		}
	})
}

// TestLabelPoint checks the point of a polygon whose centroid lies
// outside it: a U open to the north.
func TestLabelPoint(t *testing.T) {
	u := polygon{ring{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}, {0, 0}}}
	clat, clon := u.centroid()
	if u.contains(clat, clon) {
		t.Fatalf("centroid %.3f,%.3f: got inside, want outside the U", clat, clon)
	}
	lat, lon := u.labelPoint()
	if !u.contains(lat, lon) {
		t.Errorf("labelPoint: got %.3f,%.3f outside the U, want inside", lat, lon)
	}
}

// TestBBoxCluster checks that far islands stay out of a country's box and
// near ones come in.
func TestBBoxCluster(t *testing.T) {
	sq := func(lon, lat, d float64) polygon {
		return polygon{ring{{lon, lat}, {lon + d, lat}, {lon + d, lat + d}, {lon, lat + d}, {lon, lat}}}
	}
	s := shape{sq(0, 40, 10), sq(11, 45, 1), sq(-60, 0, 2)}
	if got, want := s.bbox(), [4]float64{40, 0, 50, 12}; got != want {
		t.Errorf("bbox: got %v, want %v", got, want)
	}
}
