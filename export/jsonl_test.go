package export_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
)

func mustJSONL(tb testing.TB, incs []sitrep.Incident) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := export.WriteJSONL(&buf, incs); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteJSONL(t *testing.T) {
	t.Run("Golden", func(t *testing.T) {
		checkGolden(t, "incidents.jsonl.golden", mustJSONL(t, incidents()))
	})
	t.Run("Stable", func(t *testing.T) {
		a, b := mustJSONL(t, incidents()), mustJSONL(t, incidents())
		if !bytes.Equal(a, b) {
			t.Errorf("two runs differ: got\n%s\nwant\n%s", b, a)
		}
	})
	t.Run("Nulls", func(t *testing.T) {
		lines := strings.Split(string(mustJSONL(t, incidents())), "\n")
		for _, c := range []struct {
			line int
			want string
		}{
			{2, `{"id":"inc-undated","date_start":null,"date_end":null,"date_precision":"unknown","place":{"name":"an unnamed base","country":"","admin1":"","lat":null,"lon":null,"geo_precision":null},`},
			{2, `"claimed_by":[],"perpetrator":null,"target":null,"vessel":null,"weapons":[],"fatalities":null,"injuries":null,`},
			{2, `"outlet":null,"url":null,"published":null,`},
			{2, `"contradictions":[]}`},
			{1, `"date_start":"--12-27","date_end":"--12-27"`},
			{0, `{"kind":"rocket","count":null,"system":null}`},
			{0, `"lon":40.576,`},
			{3, `"lon":0,`},
		} {
			if !strings.Contains(lines[c.line], c.want) {
				t.Errorf("line %d: got %s, want it to contain %s", c.line+1, lines[c.line], c.want)
			}
		}
	})
	t.Run("Empty", func(t *testing.T) {
		if got := mustJSONL(t, nil); len(got) != 0 {
			t.Errorf("got %q, want no output", got)
		}
	})
}

func TestReadJSONL(t *testing.T) {
	t.Run("RoundTrip", func(t *testing.T) {
		first := mustJSONL(t, incidents())
		got, err := export.ReadJSONL(bytes.NewReader(first))
		if err != nil {
			t.Fatal(err)
		}
		want := incidents()
		if len(got) != len(want) {
			t.Fatalf("got %d incidents, want %d", len(got), len(want))
		}
		for i := range want {
			if w := canonical(want[i]); !reflect.DeepEqual(got[i], w) {
				t.Errorf("incident %d: got\n%+v\nwant\n%+v", i, got[i], w)
			}
		}
		if again := mustJSONL(t, got); !bytes.Equal(again, first) {
			t.Errorf("rewrite: got\n%s\nwant\n%s", again, first)
		}
	})
	t.Run("BlankLinesAndBOM", func(t *testing.T) {
		in := "\xef\xbb\xbf{\"id\":\"a\"}\n\n  \r\n{\"id\":\"b\"}"
		got, err := export.ReadJSONL(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != "a" || got[1].ID != "b" {
			t.Errorf("got %+v, want incidents a and b", got)
		}
	})
	for _, c := range []struct{ name, in, want string }{
		{"ErrSyntax", "{\"id\":\"a\"}\n{\"id\":\n", "line 2:"},
		{"ErrNotObject", "\n\n[1,2]\n", "line 3: want a JSON object"},
		{"ErrDate", `{"id":"a","date_start":"27/12/2023"}`, "line 1: date_start: bad date"},
		{"ErrType", `{"id":"a","fatalities":"two"}`, "line 1:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := export.ReadJSONL(strings.NewReader(c.in))
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got %v, want an error starting %q", err, c.want)
			}
			if got != nil {
				t.Errorf("got %d incidents with the error, want none", len(got))
			}
		})
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(string(mustJSONL(f, incidents())))
	f.Add(`{"id":"x","date_start":"--02-30","place":{"lat":1e400}}`)
	f.Add(`{"weapons":[{"count":null}],"contradictions":[{"values":null}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		incs, err := export.ReadJSONL(strings.NewReader(in))
		if err != nil {
			return
		}
		// What was read must write, and read back to the same output.
		first := mustJSONL(t, incs)
		again, err := export.ReadJSONL(bytes.NewReader(first))
		if err != nil {
			t.Fatalf("reread: %v\n%s", err, first)
		}
		if second := mustJSONL(t, again); !bytes.Equal(first, second) {
			t.Errorf("got\n%s\nwant\n%s", second, first)
		}
	})
}
