package storesql_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

// TestDecodeHead: a report decodes to the same head whether its
// assertions come last (read up to them only) or anywhere else, are null,
// or hold strings with brackets, quotes and the key itself.
func TestDecodeHead(t *testing.T) {
	r := sitrep.Report{Doc: "d1", Seq: 2, Category: "drone", Status: "claimed",
		Quote: `He said "the base," [sic] {hit}: ,"assertions":[ ]}`, Span: sitrep.Span{Start: 3, End: 40},
		ClaimedBy:  []string{"Islamic Resistance in Iraq"},
		Assertions: []sitrep.Assertion{{Field: "place", Value: `x"],"y":{`, Doc: "d1", Source: `a\b`}}}
	want := r
	want.Assertions = nil
	last, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(last, &m); err != nil {
		t.Fatal(err)
	}
	sorted, _ := json.Marshal(m) // keys in order: assertions first
	null := []byte(`{"doc":"d1","seq":2,"category":"drone","status":"claimed","assertions":null}`)
	trailing := []byte(`{"doc":"d1","assertions":[{"field":"x"}],"status":"claimed"}`)
	nested := []byte(`{"doc":"d1","accounts":[{"assertions":[]}]}`)
	for _, c := range []struct {
		name string
		b    []byte
		want sitrep.Report
	}{
		{"assertions last", last, want},
		{"assertions first", sorted, want},
		{"null", null, sitrep.Report{Doc: "d1", Seq: 2, Category: "drone", Status: "claimed"}},
		{"a member after", trailing, sitrep.Report{Doc: "d1", Status: "claimed"}},
		{"nested key", nested, sitrep.Report{Doc: "d1", Accounts: []sitrep.Account{{}}}},
	} {
		got, err := storesql.DecodeHead(c.b)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.name, got, c.want)
		}
	}
	if _, err := storesql.DecodeHead([]byte(`{"doc":"d1","assertions":[`)); err == nil {
		t.Error("truncated report: no error")
	}
}
