package gazetteer_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/normalize"
)

// In a text whose case says nothing (all lower case, all capitals), only
// countries, regions, curated places, capitals and large cities match by
// themselves; towns and divisions need "in", "near"... or a keyword, so
// that common words and surnames stay words. The texts are written for
// this test.
func TestCaseless(t *testing.T) {
	g := MustLoad(t)
	for _, c := range []struct {
		text string
		want []string // matched texts, in order
	}{
		{"the army said today that guerrillas attacked a farm in guatemala and fled toward the mountains of el salvador. " +
			"president duarte said the drug trade funds them, and police in san miguel arrested two men near the border with honduras on monday.",
			[]string{"guatemala", "el salvador", "san miguel", "honduras"}},
		{"DRONES HIT ERBIL AIRPORT AND THE AIN AL-ASAD AIR BASE IN WESTERN IRAQ ON TUESDAY, OFFICIALS SAID, " +
			"ADDING THAT NO ONE WAS HURT AND THAT THE ATTACKS WOULD BE ANSWERED AT A TIME OF THEIR CHOOSING.",
			[]string{"ERBIL AIRPORT", "AIN AL-ASAD AIR BASE", "WESTERN IRAQ"}},
	} {
		var got []string
		for _, m := range g.Match(c.text, normalize.Tokens(c.text)) {
			got = append(got, c.text[m.Start:m.End])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%.40q...:\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}
