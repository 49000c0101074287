package export_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/export"
)

func TestWriteCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := export.WriteCSV(&buf, incidents()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "incidents.csv.golden", buf.Bytes())

	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatalf("reread: %v", err)
	}
	if got, want := len(rows), len(incidents())+1; got != want {
		t.Fatalf("got %d rows, want %d", got, want)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	for _, c := range []struct {
		row          int
		column, want string
	}{
		{1, "event_date", "2023-10-23"},
		{1, "time_precision", "1"},
		{1, "actor1", "Islamic Resistance in Iraq"},
		{1, "assoc_actor_1", "Example Brigades"},
		{1, "country", "Syria"},
		{1, "longitude", "40.576"},
		{1, "source", "Example Wire; مثال نيوز"},
		{1, "fatalities", "0"},
		{1, "fatalities_stated", "true"},
		{2, "event_date", "--12-27"},
		{2, "year", ""},
		{2, "actor1", "Iraqi armed groups"},
		{2, "assoc_actor_1", "Example Brigades"},
		{2, "actor2", `US forces, "coalition" advisers`},
		{2, "location", `Camp "Victory", Baghdad`},
		{2, "notes", `Rocket attack on 27 December (year not stated) at Camp "Victory", Baghdad, Baghdad, Iraq; claimed by Example Brigades; attributed to Iraqi armed groups; target: US forces, "coalition" advisers; vessel: M/V Example Star; 2 killed, 5 injured; status: reported.`},
		{3, "event_date", ""},
		{3, "time_precision", ""},
		{3, "latitude", ""},
		{3, "geo_precision", ""},
		{3, "fatalities", "0"},
		{3, "fatalities_stated", "false"},
		{3, "date_precision", "unknown"},
		{4, "time_precision", "2"},
		{4, "country", "Jordan"},
		{4, "source", "Example Wire"},
		{4, "sources_n", "2"},
		{4, "source_docs", "doc-e; doc-f"},
	} {
		if got := rows[c.row][col[c.column]]; got != c.want {
			t.Errorf("row %d %s: got %q, want %q", c.row, c.column, got, c.want)
		}
	}
	if !strings.HasSuffix(buf.String(), "\r\n") {
		t.Errorf("got line end %q, want CRLF", buf.String()[buf.Len()-2:])
	}
}

func TestCountryName(t *testing.T) {
	for _, c := range []struct{ code, want string }{
		{"SY", "Syria"}, {"iq", "Iraq"}, {"AE", "United Arab Emirates"}, {"FR", "FR"}, {"", ""},
	} {
		if got := export.CountryName(c.code); got != c.want {
			t.Errorf("CountryName(%q): got %q, want %q", c.code, got, c.want)
		}
	}
}

func TestDefuse(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Conoco gas field", "Conoco gas field"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"-98.5", "-98.5"},
		{"+3", "+3"},
		{"a=b", "a=b"},
	} {
		if got := export.Defuse(tc.in); got != tc.want {
			t.Errorf("Defuse(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
