package corpus_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/bench/corpus"
)

// MustGenerate returns n reports for seed as JSON Lines.
func MustGenerate(tb testing.TB, n int, seed int64) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := corpus.Generate(&buf, n, seed); err != nil {
		tb.Fatalf("Generate(%d, %d): %v", n, seed, err)
	}
	return buf.Bytes()
}

// MustDecode parses JSON Lines into records, failing on any bad line.
func MustDecode(tb testing.TB, data []byte) []corpus.Record {
	tb.Helper()
	var out []corpus.Record
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var r corpus.Record
		if err := dec.Decode(&r); err != nil {
			tb.Fatalf("line %d: %v", line, err)
		}
		if dec.More() {
			tb.Fatalf("line %d: more than one value", line)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestGenerate(t *testing.T) {
	t.Run("Deterministic", func(t *testing.T) {
		a := MustGenerate(t, 300, 42)
		b := MustGenerate(t, 300, 42)
		if !bytes.Equal(a, b) {
			t.Fatal("two runs with seed 42 differ")
		}
		if c := MustGenerate(t, 300, 43); bytes.Equal(a, c) {
			t.Fatal("seeds 42 and 43 give the same corpus")
		}
		// A shorter run is a prefix of a longer one.
		if short := MustGenerate(t, 100, 42); !bytes.HasPrefix(a, short) {
			t.Fatal("100 reports are not a prefix of 300 with the same seed")
		}
	})

	t.Run("Lines", func(t *testing.T) {
		const n = 2000
		data := MustGenerate(t, n, 1)
		if got := bytes.Count(data, []byte("\n")); got != n {
			t.Fatalf("got %d lines, want %d", got, n)
		}
		first := time.Date(2023, 10, 1, 0, 0, 0, 0, time.UTC)
		last := time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC) // a copy may be a day late
		ids := map[string]bool{}
		for i, r := range MustDecode(t, data) {
			if want := fmt.Sprintf("bench-%06d", i+1); r.ID != want {
				t.Fatalf("record %d: got id %q, want %q", i, r.ID, want)
			}
			if ids[r.URL] {
				t.Errorf("%s: duplicate url %s", r.ID, r.URL)
			}
			ids[r.URL] = true
			if r.Outlet == "" || r.Title == "" || r.Text == "" || !strings.HasPrefix(r.URL, "https://example.org/") {
				t.Errorf("%s: empty or bad field: %+v", r.ID, r)
			}
			p, err := time.Parse(time.DateOnly, r.Published)
			if err != nil {
				t.Errorf("%s: published: %v", r.ID, err)
			} else if p.Before(first) || p.After(last) {
				t.Errorf("%s: got published %s, want Oct 2023 to Mar 2024", r.ID, r.Published)
			}
			if strings.Contains(r.Text, "{") {
				t.Errorf("%s: unfilled placeholder in %q", r.ID, r.Text)
			}
		}
	})

	t.Run("Sizes", func(t *testing.T) {
		recs := MustDecode(t, MustGenerate(t, 2000, 7))
		in := 0
		for _, r := range recs {
			if n := len(r.Text); n >= corpus.MinText && n <= corpus.MaxText {
				in++
			}
		}
		if got := float64(in) / float64(len(recs)); got < 0.9 {
			t.Fatalf("got %.1f%% of texts within %d..%d bytes, want at least 90%%", 100*got, corpus.MinText, corpus.MaxText)
		}
	})

	t.Run("Copies", func(t *testing.T) {
		// A near-copy shares most word 4-grams with a recent report;
		// unrelated reports share few.
		recs := MustDecode(t, MustGenerate(t, 1000, 3))
		grams := make([][]uint64, len(recs))
		copies := 0
		for i, r := range recs {
			grams[i] = shingles(r.Text)
			for j := max(0, i-70); j < i; j++ { // copies come from the last 64
				if jaccard(grams[i], grams[j]) > 0.5 {
					copies++
					break
				}
			}
		}
		t.Logf("%d near-copies in %d reports", copies, len(recs))
		if got := float64(copies) / float64(len(recs)); got < 0.07 || got > 0.14 {
			t.Fatalf("got %.1f%% near-copies, want about 10%%", 100*got)
		}
	})

	t.Run("Empty", func(t *testing.T) {
		if got := MustGenerate(t, 0, 1); len(got) != 0 {
			t.Fatalf("got %d bytes for n=0, want none", len(got))
		}
	})

	t.Run("ErrNegative", func(t *testing.T) {
		if err := corpus.Generate(io.Discard, -1, 1); err == nil {
			t.Fatal("got nil error for n=-1")
		}
	})

	t.Run("ErrWrite", func(t *testing.T) {
		if err := corpus.Generate(failWriter{}, 100, 1); err == nil {
			t.Fatal("got nil error from a failing writer")
		}
	})
}

// shingles returns the sorted, distinct hashes of the word 4-grams of text.
func shingles(text string) []uint64 {
	words := strings.Fields(strings.ToLower(text))
	var set []uint64
	for i := 0; i+4 <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+4], " ")))
		set = append(set, h.Sum64())
	}
	slices.Sort(set)
	return slices.Compact(set)
}

func jaccard(a, b []uint64) float64 {
	both := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	if all := len(a) + len(b) - both; all > 0 {
		return float64(both) / float64(all)
	}
	return 0
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

func BenchmarkGenerate(b *testing.B) {
	const n = 1000
	b.SetBytes(int64(len(MustGenerate(b, n, 1))))
	b.ReportAllocs()
	for b.Loop() {
		if err := corpus.Generate(io.Discard, n, 1); err != nil {
			b.Fatal(err)
		}
	}
}
