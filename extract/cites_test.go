package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/copies"
)

// A desk that retells another outlet's story and names it as its source
// writes a rewrite of it, whichever way it names it; a story that quotes
// an official's statement is no rewrite of the statement. The texts are
// written for this test.
func TestRewriteNamesItsSource(t *testing.T) {
	x := MustExtractor(t)
	thu, fri := sitrep.Date{Year: 2024, Month: 2, Day: 8}, sitrep.Date{Year: 2024, Month: 2, Day: 9}
	signature := func(outlet, title string, pub sitrep.Date, text string) copies.Signature {
		t.Helper()
		doc := &sitrep.Document{ID: outlet, Outlet: outlet, Title: title, Published: pub, Text: text}
		s, err := copies.Decode(x.Extract(doc).Signature)
		if err != nil {
			t.Fatalf("%s: %v", outlet, err)
		}
		return s
	}
	story := signature("Tigris Example Wire", "", thu, "BASRA (TEW) - A roadside bomb struck a convoy of trucks "+
		"carrying supplies for foreign troops on the highway north of Basra late on Wednesday, wounding two "+
		"drivers and setting a tanker on fire, police officers said. The blast tore through the third truck of "+
		"the convoy near the village of Sheeb, the officers said, and firefighters needed two hours to put out "+
		"the flames. No group claimed the attack, the fourth on supply convoys in southern Iraq this month. "+
		"The provincial governor ordered the highway closed and promised an inquiry.")
	for _, c := range []struct {
		name, text string
		rewrite    bool
	}{
		{"according to the agency", "Two truck drivers were hurt when a bomb hit a supply convoy on the road " +
			"north of Basra late on Wednesday, according to the Tigris Example Wire news agency. The agency said the " +
			"third truck blew up near the village of Sheeb and a tanker burned for two hours before firefighters " +
			"put out the flames. Nobody claimed the bombing, the fourth against convoys in southern Iraq this " +
			"month, and the governor closed the highway and ordered an inquiry.", true},
		{"the code of its dateline", "A bomb hidden by the road north of Basra hit a convoy of supply trucks late on " +
			"Wednesday, wounding two drivers, the TEW agency reported, citing police. A tanker burned near the " +
			"village of Sheeb and firefighters fought the flames for two hours. It was the fourth attack on " +
			"supply convoys in southern Iraq this month; the governor closed the highway.", true},
		{"a report by the outlet based somewhere", "Two truck drivers were hurt when a bomb hit a supply convoy " +
			"on the road north of Basra late on Wednesday, according to a report by the Basra-based Tigris " +
			"Example Wire. The third truck blew up near the village of Sheeb and a tanker burned for two hours " +
			"before firefighters put out the flames. Nobody claimed the bombing, the fourth against convoys in " +
			"southern Iraq this month, and the governor closed the highway and ordered an inquiry.", true},
		{"the name's end", "The Iraqi Tigris Example Wire news service reported that a roadside bomb hit a convoy " +
			"of supply trucks north of Basra late on Wednesday, wounding two drivers. A tanker caught fire near " +
			"the village of Sheeb and burned for two hours. No group claimed the attack, the fourth on convoys " +
			"in southern Iraq this month, and the governor closed the highway.", true},
		{"what it said in its bulletin", "Two drivers were hurt when a bomb went off beside a convoy of trucks north " +
			"of Basra late on Wednesday, the Tigris Example Wire said in its daily bulletin. A tanker in the convoy " +
			"caught fire near the village of Sheeb and firefighters took two hours to bring the blaze under control. " +
			"Nobody has claimed the attack, the fourth of its kind in southern Iraq this month.", true},
		{"in its own name", "A roadside bomb hit a supply convoy north of Basra late on Wednesday, wounding two " +
			"drivers, police said. A tanker caught fire near the village of Sheeb and burned for two hours. " +
			"No group claimed the attack, the fourth on convoys in southern Iraq this month, and the governor " +
			"closed the highway.", false},
		{"another story naming the agency", "Rockets fell near the airport of Erbil on Thursday morning " +
			"without causing casualties, a Kurdish security official told the Tigris Example Wire news agency. " +
			"Three launchers were found in a field west of the city and the regional government ordered an " +
			"investigation into the attack, the third this year.", false},
	} {
		s := signature("Gulf Example Ledger", "", fri, c.text)
		if got := copies.Copies(s, story); got != c.rewrite {
			t.Errorf("%s: rewrite %v (content words %.2f), want %v", c.name, got, copies.WordsJaccard(s, story), c.rewrite)
		}
	}

	// An official's release, and a wire story that quotes it.
	release := signature("U.S. Central Command", "", thu, "TAMPA, Fla. - At approximately 9:30 p.m. (Baghdad time) "+
		"on Feb. 7, U.S. Central Command forces conducted a unilateral strike in Iraq in response to the attacks "+
		"on U.S. service members, killing a Kataib Hezbollah commander responsible for directly planning and "+
		"participating in attacks on U.S. forces in the region. There are no indications of collateral damage "+
		"or civilian casualties at this time. The United States will continue to take necessary action.")
	wire := signature("Gulf Example Ledger", "", fri, "A U.S. strike in Baghdad late on Wednesday killed a "+
		"Kataib Hezbollah commander responsible for planning attacks on U.S. forces in the region, according "+
		"to U.S. Central Command, which said there were no indications of civilian casualties. Iraqi officials "+
		"said two more men died in the car, and the government called the strike a violation of sovereignty.")
	if copies.Copies(wire, release) {
		t.Errorf("a story quoting a release rewrites it (content words %.2f)", copies.WordsJaccard(wire, release))
	}

	// An outlet whose name carries its edition in brackets is cited
	// without it.
	edition := signature("Tigris Example Wire (English service)", "", thu, "A roadside bomb struck a convoy of trucks "+
		"carrying supplies for foreign troops on the highway north of Basra late on Wednesday, wounding two "+
		"drivers and setting a tanker on fire, police officers said. The blast tore through the third truck of "+
		"the convoy near the village of Sheeb, the officers said, and firefighters needed two hours to put out "+
		"the flames. No group claimed the attack, the fourth on supply convoys in southern Iraq this month.")
	retold := signature("Gulf Example Ledger", "", fri, "Two truck drivers were hurt when a bomb hit a supply convoy "+
		"on the road north of Basra late on Wednesday, the Tigris Example Wire reported. The third truck blew up "+
		"near the village of Sheeb and a tanker burned for two hours before firefighters put out the flames. "+
		"Nobody claimed the bombing, the fourth against convoys in southern Iraq this month.")
	if !copies.Copies(retold, edition) {
		t.Errorf("a rewrite naming the outlet without its edition is none (content words %.2f)", copies.WordsJaccard(retold, edition))
	}
}
