package sitrep_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// Shellfire is one kind of attack told two ways: mortar rounds are
// "shelling" to one source; a drone and shells are two attacks.
func TestCategoryCompatible(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{sitrep.CategoryMortar, sitrep.CategoryArtillery, true},
		{sitrep.CategoryArtillery, sitrep.CategoryMortar, true},
		{sitrep.CategoryDrone, sitrep.CategoryAirstrike, true},
		{sitrep.CategoryAirstrike, sitrep.CategoryMissile, true},
		{sitrep.CategoryDrone, sitrep.CategoryArtillery, false},
		{sitrep.CategoryMortar, sitrep.CategoryRocket, false},
		{sitrep.CategoryUnknown, sitrep.CategoryRocket, true},
	} {
		if got := sitrep.CategoryCompatible(c.a, c.b); got != c.want {
			t.Errorf("CategoryCompatible(%s, %s): got %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
