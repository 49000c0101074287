package gazetteer_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/normalize"
)

// benchText is a news-like text of about 2.5 KB, written for the benchmark.
var benchText = func() string {
	const p = "Several drones were launched overnight at the US base at the Al-Omar oil field in eastern Syria, " +
		"according to local sources in Deir ez-Zor province, who said that air defences fired for almost an hour. " +
		"A second attack targeted the Conoco gas field, while residents of Al-Mayadin reported loud explosions. " +
		"In Iraq, the Islamic Resistance said it had hit Ain al-Asad Air Base in western Anbar with rockets, " +
		"and officials at Erbil International Airport said a drone was shot down near the runway on Tuesday. " +
		"The Pentagon said troops at Al-Tanf, in the south of Syria near the border with Jordan, were unhurt. " +
		"Militia leaders in Baghdad warned of more strikes, and security was tightened in Kirkuk and Mosul. "
	return strings.Repeat(p, 4)[:2560]
}()

func BenchmarkMatch(b *testing.B) {
	g := MustLoad(b)
	toks := normalize.Tokens(benchText)
	if n := len(g.Match(benchText, toks)); n < 40 {
		b.Fatalf("got %d matches, want at least 40", n)
	}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		g.Match(benchText, toks)
	}
}

// BenchmarkTokensMatch includes tokenizing, as a caller without tokens pays.
func BenchmarkTokensMatch(b *testing.B) {
	g := MustLoad(b)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		g.Match(benchText, normalize.Tokens(benchText))
	}
}

// BenchmarkLoad loads the curated data and the GeoNames layer, as sitrep
// does at start-up (budget: 200 ms for everything).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gazetteer.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadCurated(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gazetteer.LoadCurated(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNamesakes loads the gazetteer and looks up its first namesakes,
// which reads data/namesakes.tsv.gz: what the first document that needs
// them pays, once.
func BenchmarkNamesakes(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		g, err := gazetteer.Load()
		if err != nil {
			b.Fatal(err)
		}
		if len(g.Namesakes("Edmonton")) == 0 {
			b.Fatal("no namesakes of Edmonton")
		}
	}
}
