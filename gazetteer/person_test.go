package gazetteer_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/normalize"
)

// A given name that places bear, before a surname that ends the name, is
// a person's: "Israel Katz said" names no country. Places stay places
// before the words of organisations and titles, before a second place
// and after "in".
func TestGivenName(t *testing.T) {
	g := MustLoad(t)
	for _, c := range []struct {
		text string
		want []string // "text=id" of each match
	}{
		{"Defence Minister Israel Katz said the strike hit Hodeidah.", []string{"Hodeidah=hodeidah"}},
		{"Vladimir Putin called Ali Khamenei on Monday.", nil},
		{"Nine-year-old Georgia Stevens, 9, skates in Alberta.", []string{"Alberta=adm1-ca.01"}},
		{"Jordan Peterson's talk was cancelled.", nil},
		{"Aid reached Jordan Thursday.", []string{"Jordan=jo"}},
		{"Israel Defense Forces said rockets were fired from Gaza.", []string{"Israel=il", "Gaza=ps-gaza"}},
		{"Georgia Governor Brian Kemp spoke.", []string{"Georgia=adm1-us.ga"}},
		{"The talks in Georgia Stevens attended went well.", []string{"Georgia=adm1-us.ga"}},
		{"Texas Rangers beat them.", []string{"Texas=adm1-us.tx"}},
	} {
		toks := normalize.Tokens(c.text)
		got := []string{}
		for _, m := range g.Match(c.text, toks) {
			got = append(got, fmt.Sprintf("%s=%s", c.text[m.Start:m.End], m.Entries[0].ID))
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q:\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}
