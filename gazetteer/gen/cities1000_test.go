package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A place of cities1000 near a cities500 row of its country is that row,
// whose names it may add to; a place farther off, or in another country,
// is a new row with a made-up id; a place given twice is one row; bad
// data is an error naming the place.
func TestCities1000(t *testing.T) {
	rows := []geoRow{
		{id: 1, name: "Ath Thawrah", ascii: "Ath Thawrah", lat: 35.8376, lon: 38.5483, country: "SY"},
		{id: 2, name: "Jbail", ascii: "Jbail", alternates: []string{"Byblos"}, lat: 34.1211, lon: 35.6481, country: "LB"},
	}
	write := func(data string) string {
		p := filepath.Join(t.TempDir(), "cities.json")
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	path := write(`[
{"name":"Al-Tabqa","lat":"35.83758","lng":"38.54828","country":"SY","admin1":"04","admin2":""},
{"name":"Byblos","lat":"34.12111","lng":"35.64806","country":"LB","admin1":"05","admin2":""},
{"name":"Qâna","lat":"33.20899","lng":"35.29932","country":"LB","admin1":"04","admin2":""},
{"name":"Qâna","lat":"33.20899","lng":"35.29932","country":"LB","admin1":"04","admin2":""},
{"name":"Innisfail","lat":"52.02688","lng":"-113.95071","country":"CA","admin1":"01","admin2":"4808008"},
{"name":"Tabqa Farm","lat":"35.8376","lng":"38.5483","country":"IQ","admin1":"01","admin2":""}]`)
	more, renamed, err := readCities1000(path, rows)
	if err != nil {
		t.Fatal(err)
	}
	if renamed != 1 || strings.Join(rows[0].alternates, "|") != "Al-Tabqa" || strings.Join(rows[1].alternates, "|") != "Byblos" {
		t.Errorf("renamed %d, alternates %q and %q; want 1: Al-Tabqa added to Ath Thawrah, Byblos not twice", renamed, rows[0].alternates, rows[1].alternates)
	}
	var got []string
	for _, r := range more {
		got = append(got, r.gid+" "+r.name+" "+r.admin1+" "+rowID(r)+" "+rowSource(r))
	}
	want := []string{
		"gj-ca-52.0269--113.9507 Innisfail 01 gj-ca-52.0269--113.9507 " + source1000,
		"gj-iq-35.8376-38.5483 Tabqa Farm 01 gj-iq-35.8376-38.5483 " + source1000,
		"gj-lb-33.209-35.2993 Qâna 04 gj-lb-33.209-35.2993 " + source1000,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("new rows:\n got  %q\n want %q", got, want)
	}
	if id := rowID(rows[0]); id != "gn-1" {
		t.Errorf("rowID of a cities500 row: got %q, want gn-1", id)
	}
	_, _, err = readCities1000(write(`[{"name":"Nowhere","lat":"95","lng":"10","country":"XX"}]`), nil)
	if err == nil || !strings.Contains(err.Error(), `place 1 ("Nowhere")`) {
		t.Errorf("bad point: got %v, want an error naming place 1", err)
	}
}
