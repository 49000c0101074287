package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// A name that small towns share with a larger place resolves to the town
// the document's context points to: its division after a comma, for every
// mention of the name; a place the document names next to it; or else the
// larger place.
func TestNamesakeContext(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct {
		text string
		want map[string]string // mention text -> id, for every mention
	}{
		{"LONDON, Ky. (WKYT) - London Police arrested two people at the Wal-Mart.",
			map[string]string{"LONDON": "gn-4298960", "London": "gn-4298960"}},
		{"For the residents of Edmonton, just outside Cairns, the last months were hard. Shops in Edmonton were vandalised.",
			map[string]string{"Edmonton": "gn-2167744", "Cairns": "gn-2172797"}},
		{"Edmonton police said the road was closed after a crash.",
			map[string]string{"Edmonton": "gn-5946768"}},
		{"Protesters gathered in London and in Manchester on Saturday.",
			map[string]string{"London": "gn-2643743"}},
		// Its country named again and again, and no other, outweighs the
		// larger place's size; a town named once beside it does not.
		{"A London vigil for the victims thanked Canada for its aid. Speakers said Canada's stand mattered and asked Canada to do more.",
			map[string]string{"London": "gn-6058560"}},
		{"Flights from Toronto to London were cancelled on Friday.",
			map[string]string{"London": "gn-2643743", "Toronto": "gn-6167865"}},
		// A small town alone, found by its province or a place near it.
		{"HINTON - The skater trains in Edmonton and Hinton, and competed for Alberta last week.",
			map[string]string{"HINTON": "gn-5975503", "Hinton": "gn-5975503"}},
		{"Farm workers in Immokalee went on strike, Florida officials said.",
			map[string]string{"Immokalee": "gn-4159553"}},
		{"The skater trains in Hinton most days.", map[string]string{"Hinton": "-"}},
		// Places of GeoNames' newer cities1000 that cities500 lacks: a
		// town of Alberta beside the Australian one, villages of Lebanon
		// beside Qena, Egypt.
		{"INNISFAIL - The skater trains in Red Deer and Innisfail, and competed for Alberta last week.",
			map[string]string{"INNISFAIL": "gj-ca-52.0269--113.9507", "Innisfail": "gj-ca-52.0269--113.9507"}},
		// Two provinces named, the town near a place named wins, found
		// after it like Red Deer, a namesake itself ("skated down under").
		{"INNISFAIL - She skated down under, in Queensland, Australia, for four years. Today she trains in Red Deer, Innisfail and Edmonton, and in Alberta's clubs.",
			map[string]string{"INNISFAIL": "gj-ca-52.0269--113.9507", "Innisfail": "gj-ca-52.0269--113.9507"}},
		// "Gov." calls for the state: the city near it does not pull.
		{"Former New York Gov. Mario Cuomo, who grew up in Queens, died on Thursday.",
			map[string]string{"New York": "adm1-us.ny", "Queens": "gn-5133273"}},
		{"Israeli strikes hit Qana and Tebnine in southern Lebanon on Tuesday.",
			map[string]string{"Qana": "gj-lb-33.209-35.2993", "Tebnine": "gj-lb-33.194-35.4097"}},
		// Iskandariya of Babil, not Alexandria (Al-Iskandariyah), Egypt.
		{"The blast hit the Kalsu base near Iskandariya, about 50 km south of Baghdad.",
			map[string]string{"Kalsu base": "kalsu", "Iskandariya": "iskandariya", "Baghdad": "baghdad"}},
		// Or by the country most of the document's places lie in.
		{"Britain expelled diplomats. British officials said the attack in Salisbury used a nerve agent. London and Britain blamed Moscow.",
			map[string]string{"Salisbury": "gn-2638664"}},
		{"Officials in Moscow said the attack in Salisbury was staged.", map[string]string{"Salisbury": "-"}},
		// Or spelt otherwise in a country the document names.
		{"A blast hit a warehouse in Jdeidet al-Matn, east of Beirut, Lebanese media said.", map[string]string{"Jdeidet al-Matn": "gn-279854"}},
		{"A blast hit a warehouse in Jdeidet al-Matn, the company said in Paris.", map[string]string{"Jdeidet al-Matn": "-"}},
		// A name whose only place lies in another country than the one
		// that qualifies it is not that place; a country in the next
		// sentence qualifies nothing.
		{"Clashes broke out near Caracas, in Malta's north.", map[string]string{"Caracas": "-", "Malta's north": "mt#north"}},
		{"Caracas reacted. Malta was calm.", map[string]string{"Caracas": "gn-3646738", "Malta": "mt"}},
		{"The soldier served with US forces in Manbij near the Turkish border.", map[string]string{"Manbij": "manbij"}},
		{"During efforts to oust ISIS from Sirte, the US gave air support.", map[string]string{"Sirte": "gn-2210554"}},
		// A part of a major place, or the place itself when it is far
		// larger than its namesakes, places the small towns near it.
		{"Pupils from a school in Edmonton, north London, planted a garden. Edmonton residents helped.",
			map[string]string{"Edmonton": "gn-2650209"}},
		{"Pupils from a school in Edmonton planted a garden; the borough council in London paid for the bulbs.",
			map[string]string{"Edmonton": "gn-2650209"}},
		{"Pupils from a school in Edmonton planted a garden, the Alberta school board said.",
			map[string]string{"Edmonton": "gn-5946768"}},
		// A county named without doubt places the towns in it; a name
		// placed once by its state beside it is that place everywhere;
		// a name with and without its designator vouches for neither.
		{"The Plymouth County sheriff said a trailer was stolen near Hinton. The suspect, 49, of Waterloo, was arrested by Black Hawk County deputies. Iowa counties that lost equipment: Dallas County, Plymouth County.",
			map[string]string{"Waterloo": "gn-4880889", "Plymouth County": "adm2-us.ia.149"}},
		{"PLYMOUTH CO. - A man suspected of stealing a trailer at a farm sale has been arrested.\nOn Feb. 4, the Plymouth County Sheriff's Office looked into the theft of a trailer and two mowers from a farm sale.\nIn April the office heard of a similar theft at a sale in another state, and deputies compared the lists of missing tools. They found that the same buyer had registered at both sales under a false name and paid in cash.\nSales in five Iowa counties were hit: Allamakee County, Dallas County and Plymouth County among them.",
			map[string]string{"Plymouth County": "adm2-us.ia.149"}},
		// A district named after a town of the story is that town's, not
		// a namesake district of a country the story never names.
		{"Gunmen opened fire on police in the town of Karak in southern Jordan on Sunday. Jordanian security forces later sealed off roads across the Karak district.",
			map[string]string{"Karak district": "karak"}},
		// A part of a place is a part of the place the context favours.
		{"Drivers raced at Thruxton in Hampshire on Sunday; next month the series goes to West Surrey, then back to Hampshire near Andover.",
			map[string]string{"West Surrey": "adm2-gb.eng.n7#west"}},
		// Other mentions of a name do not vouch for one of its places; the
		// countries named around another do.
		{"Georgia wants Azerbaijan to clear the mines along their border, Georgian officials said. Azerbaijan says the mines keep fighters away from Armenia, but Georgia disagrees. A US envoy visited Georgia last week.",
			map[string]string{"Georgia": "ge"}},
		{"Storms hit Atlanta and Savannah. Georgia officials closed schools, and Georgia's governor thanked the US Army.",
			map[string]string{"Georgia": "adm1-us.ga"}},
		// A county named with its designator is the county its bare name
		// means; elsewhere the bare name keeps its own.
		{"Deputies in Suffolk County closed two beaches on Sunday. Suffolk officials said the storm had passed east of Riverhead.",
			map[string]string{"Suffolk County": "adm2-us.ny.103", "Suffolk": "adm2-us.ny.103"}},
		{"Police in Suffolk said the lorry overturned near Ipswich on the A14.", map[string]string{"Suffolk": "adm2-gb.eng.n5"}},
	} {
		seen := map[string]bool{}
		for _, tp := range x.Places(&sitrep.Document{ID: "t", Text: c.text}) {
			want, ok := c.want[tp.Text]
			if !ok {
				continue
			}
			seen[tp.Text] = true
			if want == "-" {
				t.Errorf("%q: %q at %d: got %s (%s, %s), want no place", c.text, tp.Text, tp.Start, tp.ID, tp.Name, tp.Country)
				continue
			}
			if tp.ID != want {
				t.Errorf("%q: %q at %d: got %s (%s, %s), want %s", c.text, tp.Text, tp.Start, tp.ID, tp.Name, tp.Country, want)
			}
		}
		for text := range c.want {
			if !seen[text] && c.want[text] != "-" {
				t.Errorf("%q: %q not found", c.text, text)
			}
		}
	}
}
