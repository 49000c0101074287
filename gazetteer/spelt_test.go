package gazetteer_test

import (
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
)

// Transliterations of one Arabic name share a skeleton; Spelt finds the
// region's town by another spelling, and nothing for short or far names.
func TestSpelt(t *testing.T) {
	for _, c := range [][2]string{
		{"Bint Jbeil", "bnt jbl"}, {"Bent Jbail", "bnt jbl"},
		{"Meiss el-Jabal", "ms jbl"}, {"Mays al Jabal", "ms jbl"},
		{"Nabatieh", "nbt"}, {"Nabatiyeh", "nbt"},
		{"Chebaa", "shb"}, {"Shebaa", "shb"}, {"Qusayr", "ksr"}, {"Kusair", "ksr"},
	} {
		k, err := gazetteer.Key(c[0])
		if err != nil {
			t.Fatal(err)
		}
		if got := gazetteer.Skeleton(k); got != c[1] {
			t.Errorf("Skeleton(%q) = %q, want %q", k, got, c[1])
		}
	}
	g := MustLoad(t)
	if es := g.Spelt("Jdeidet al-Matn"); len(es) == 0 || es[0].ID != "gn-279854" {
		t.Errorf("Spelt(Jdeidet al-Matn) = %v, want Jdaidet el Matn, gn-279854", es)
	}
	if es := g.Spelt("Kfar Tibnit"); len(es) == 0 || es[0].ID != "kfar-tebnit" {
		t.Errorf("Spelt(Kfar Tibnit) = %v, want Kfar Tebnit", es)
	}
	for _, name := range []string{"Kafr Sousa", "Kfar Dounine", "Boston", "Houla"} {
		if es := g.Spelt(name); len(es) > 0 {
			t.Errorf("Spelt(%q) = %s (%s), want nothing: too short, or too unlike", name, es[0].Name, es[0].Country)
		}
	}
}
