package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dumpRow writes one GeoNames dump row of 19 columns.
func dumpRow(id, name, alternates, lat, lon, class, code, pop string) string {
	return strings.Join([]string{id, name, name, alternates, lat, lon, class, code, "SY", "", "07", "", "", "", pop, "", "0", "Asia/Damascus", "2024-01-01"}, "\t") + "\n"
}

func TestGazetteerImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "g.db")
	dump := dumpRow("990001", "Khirbet Qaryat Zubaydi", "Qaryat az-Zubaydi", "36.61", "40.95", "P", "PPL", "40") +
		dumpRow("990002", "Tall Dhiyab Airstrip", "", "36.95", "41.40", "S", "AIRF", "0") +
		dumpRow("990003", "Broken", "", "x", "40.1", "P", "PPL", "0")
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	for name, text := range map[string]string{"SY.txt": dump, "readme.txt": "GeoNames readme\n"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(text))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zipPath := mustWriteFile(t, dir, "SY.zip", zbuf.Bytes())
	alts := mustWriteFile(t, dir, "alternateNamesV2.txt", []byte("1\t990002\ten\tDhiyab Landing Strip\t\t\t\t\n2\t990002\tlink\thttps://x\t\t\t\t\n"))
	csv := mustWriteFile(t, dir, "sites.csv", []byte("name,aliases,country,lat,lon,admin1\nObservation Post Tango,OP Tango,SY,35.95,40.21,Deir ez-Zor\nNowhere,,SY,91,40,\n"))
	junk := mustWriteFile(t, dir, "notes.txt", []byte("just some notes\n"))

	// Alternate names are given first: they still reach the dump's places.
	stdout, stderr, err := runCmd(t, nil, "--db", db, "gazetteer", "import", "--json", alts, zipPath, csv, junk, filepath.Join(dir, "missing.txt"))
	wantExit(t, err, 1)
	var sum importSummary
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatalf("summary %q: %v", stdout, err)
	}
	if sum.Places != 3 || sum.New != 3 || sum.Names != 1 || sum.Problems != 4 || sum.Files != 5 {
		t.Errorf("summary: got %+v, want 3 places, 3 new, 1 name, 4 problems, 5 files", sum)
	}
	for _, want := range []string{"SY.zip:SY.txt:3:", "sites.csv:3:", "notes.txt:1:", "missing.txt"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q: want a problem naming %q", stderr, want)
		}
	}

	stdout, _, err = runCmd(t, nil, "--db", db, "gazetteer", "lookup", "Dhiyab Landing Strip", "OP Tango", "Qaryat az-Zubaydi")
	if err != nil {
		t.Fatalf("lookup: %v", err)
	}
	for _, want := range []string{"gn-990002", "user-observation-post-tango-sy", "gn-990001", "Al-Hasakah", "Deir ez-Zor"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("lookup output %q: want %q", stdout, want)
		}
	}

	// Ingest uses the imported places.
	report := mustWriteFile(t, dir, "r.txt", []byte("---\ntitle: Drone attack\npublished: 2024-02-06\noutlet: Test Wire\n---\n"+
		"A drone attacked US forces at Observation Post Tango in eastern Syria on Monday, a US official said. No injuries were reported.\n"))
	if _, stderr, err := runCmd(t, nil, "--db", db, "ingest", report); err != nil {
		t.Fatalf("ingest: %v %s", err, stderr)
	}
	stdout, _, err = runCmd(t, nil, "--db", db, "incidents", "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout, `"name":"Observation Post Tango"`) || !strings.Contains(stdout, `"lat":35.95`) {
		t.Errorf("incidents: want the imported site, got %s", stdout)
	}

	// Importing again adds nothing new and keeps the alternate names.
	stdout, _, err = runCmd(t, nil, "--db", db, "gazetteer", "import", "--json", zipPath)
	wantExit(t, err, 1) // the broken row is still broken
	sum = importSummary{}
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Places != 2 {
		t.Errorf("second import: got %+v, want 2 places, none new", sum)
	}
	if stdout, _, err := runCmd(t, nil, "--db", db, "gazetteer", "lookup", "Dhiyab Landing Strip"); err != nil || !strings.Contains(stdout, "gn-990002") {
		t.Errorf("alternate name lost on re-import: %q %v", stdout, err)
	}

	// Without a database, lookup uses the embedded gazetteer and creates none.
	none := filepath.Join(dir, "none.db")
	if _, _, err := runCmd(t, nil, "--db", none, "gazetteer", "lookup", "OP Tango"); err == nil {
		t.Error("lookup of an imported name without its database: want exit 1")
	}
	if _, err := os.Stat(none); err == nil {
		t.Error("lookup created a database")
	}
}

// A GeoNames country or first-level division row gives the embedded entry
// GeoNames' own point (the convention of GeoNames-based gold sets), and no
// second entry of that name.
func TestGazetteerImportPoints(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "g.db")
	row := func(id, name, lat, lon, code, cc, adm1 string) string {
		return strings.Join([]string{id, name, name, "", lat, lon, "A", code, cc, "", adm1, "", "", "", "1000", "", "0", "UTC", "2024-01-01"}, "\t") + "\n"
	}
	dump := mustWriteFile(t, dir, "allCountries.txt", []byte(row("900001", "Syria", "35.1", "38.1", "PCLI", "SY", "00")+
		row("900002", "Muhafazat Dayr az Zawr", "35.2", "40.1", "ADM1", "SY", "07")))
	stdout, _, err := runCmd(t, nil, "--db", db, "gazetteer", "import", "--json", dump)
	if err != nil {
		t.Fatal(err)
	}
	var sum importSummary
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil || sum.Points != 2 || sum.Places != 0 {
		t.Fatalf("summary %q (%v): want 2 points, no places", stdout, err)
	}
	in := mustWriteFile(t, dir, "r.txt", []byte("Drones struck bases in Syria and in Deir ez-Zor province on Monday.\n"))
	stdout, _, err = runCmd(t, nil, "--db", db, "places", in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"name":"Syria","lat":35.1,"lon":38.1`, `"lat":35.2,"lon":40.1`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("places:\n%s\nwant %s", stdout, want)
		}
	}
	stdout, _, _ = runCmd(t, nil, "--db", db, "gazetteer", "lookup", "Syria")
	if n := strings.Count(stdout, "\n"); n != 1 {
		t.Errorf("lookup Syria: %d candidates, want the one entry:\n%s", n, stdout)
	}
}
