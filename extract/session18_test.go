package extract_test

// Rule tests of the eighteenth session (6 December): each text is written
// for its test, and each test failed on the build before its rule.

import (
	"strconv"
	"testing"

	"github.com/sitrep/sitrep"
)

// A toll given place by place with the verb left out: each place its own
// count, not their sum at the first.
func TestGappedTolls(t *testing.T) {
	wantEach(t, "2024-11-24", placeTolls, []toldCase{
		{"Tyre 4/-; Nabatieh 3/-", "Israeli strikes killed four people in Tyre and three in Nabatieh on Sunday."},
		{"Tyre 2/-; Sidon 3/-; Nabatieh 1/-", "Israeli strikes killed two people in Tyre, three in Sidon and one in Nabatieh on Sunday."},
		{"Qiryat Bialik -/2; Petah Tiqva -/5", "Rockets hit Israel on Sunday: two people were wounded in Kiryat Bialik in the morning and five in Petah Tikva in the afternoon."},
		{"Tyre 7/-", "An Israeli strike on Tyre on Sunday killed five soldiers and two civilians."},
	})
}

// A day right after the place a claim names is that attack's day, though
// the verb of speech comes before it.
func TestClaimedPlaceDays(t *testing.T) {
	wantEach(t, "2024-11-23", placeDayCategory, []toldCase{
		{"Tiberias 2024-11-19 drone; Eilat 2024-11-22 drone", "The Islamic Resistance in Iraq claimed a drone on Tiberias on Tuesday and one on Eilat on Friday."},
		{"Tiberias 2024-11-19 drone; Eilat 2024-11-21 drone", "The Islamic Resistance in Iraq claimed drone attacks on Tiberias on Tuesday and on Eilat on Thursday, and the army said nothing."},
		{"Tiberias 2024-11-19 drone", "The Islamic Resistance in Iraq claimed on Friday a drone attack on Tiberias on Tuesday."},
	})
}

// A town of a province split from an older one, placed in the older one
// as the press still does: one place, the town.
func TestFormerProvince(t *testing.T) {
	wantEach(t, "2024-11-23", placeTolls, []toldCase{
		{"El Hermel 3/-", "An Israeli strike on Hermel, in the Bekaa, killed three people on Friday."},
		{"Chmistar 2/-", "On Friday a drone hit a car in Shmustar, in the Bekaa, killing two men."},
	})
}

// A trend of attacks, a campaign told by its length, what weapons are
// used for, a strike that did not follow: no attack.
func TestNoOneAttack(t *testing.T) {
	wantEach(t, "2025-01-06", placeDayCategory, []toldCase{
		{"", "Israeli raids in the West Bank have intensified since the start of the Gaza war."},
		{"", "The army ended a weeks-long raid on Tulkarm on Monday."},
		{"", "The facilities held weapons that the Houthis have used to attack U.S. Navy warships transiting the waters between the Suez route and the Bab al-Mandeb."},
		{"", "An Israeli drone flew low over Beirut's southern suburbs after dark on Friday. It dropped nothing and no strike followed, but schools in Haret Hreik cancelled classes."},
		{"", "4. Drone over Beirut."},
	})
}

// "forces carried out several strikes on two facilities": one operation,
// told as done; its forces named with their acronym in brackets.
func TestSeveralStrikesCarriedOut(t *testing.T) {
	perp := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + " " + r.Category + " " + r.Perpetrator
	}
	wantEach(t, "2025-01-09", perp, []toldCase{
		{"Yemen 2025-01-08 airstrike United States forces", "On Jan. 8, U.S. Central Command (CENTCOM) forces carried out several precision strikes on two underground storage facilities in Houthi-controlled territory of Yemen."},
		{"", "Israel has carried out several strikes on Syria since December."},
	})
}

// The places where sirens sounded: one missile, at the first of them.
func TestSirensList(t *testing.T) {
	wantEach(t, "2025-01-07", placeDayCategory, []toldCase{
		{"Hadera 2025-01-07 missile", "A ballistic missile fired from Yemen was destroyed before it crossed into Israeli territory before dawn on Tuesday, the army said, after sirens sent residents of Hadera, Netanya and the northern Sharon into shelters."},
	})
}

// A drone that is the subject of "targeted" struck with its own weapon:
// a drone strike, though the state's forces fly it.
func TestDroneTargeted(t *testing.T) {
	wantEach(t, "2025-01-07", placeDayCategory, []toldCase{
		{"Batifa 2025-01-07 drone", "On Tuesday a drone of the Turkish army targeted a vehicle on the road near Batifa, killing two."},
	})
}

// A name told relative to a place ("north of Damascus") is the namesake
// near that place, though a larger one lies elsewhere.
func TestRelativeToPlace(t *testing.T) {
	wantEach(t, "2025-01-11", placeDayCategory, []toldCase{
		{"An Nabk 2025-01-09 unknown", "Blasts shook an arms depot in al-Nabk, north of Damascus, late on Thursday."},
	})
}

// "a power station near Yemen's capital Sanaa", then "the Hezyaz power
// station south of Sanaa": near the capital, one strike.
func TestNearTheCapital(t *testing.T) {
	wantEach(t, "2025-01-10", placeDayCategory, []toldCase{
		{"Sanaa 2025-01-10 airstrike", "Israeli warplanes struck a power station near Yemen's capital Sanaa on Friday."},
		{"Hezyaz power station 2025-01-10 airstrike", "Israeli warplanes struck a power station near Yemen's capital Sanaa on Friday. The army said it hit the Hezyaz power station south of Sanaa."},
	})
}

// Places of the Euphrates front of early 2025.
func TestTishrinDam(t *testing.T) {
	wantEach(t, "2025-01-11", placeDayCategory, []toldCase{
		{"Tishrin Dam 2025-01-09 drone", "A Turkish drone struck a civilian convoy at the Tishrin Dam on Thursday, killing four."},
		{"Qara Qozak 2025-01-11 artillery", "Turkish artillery shelled the village of Qara Qozak, east of the Euphrates, on Saturday."},
	})
}

// Aircraft over a list of places, mock raids, fire across whole fronts:
// no attack. A drone destroyed over the sea still is one.
func TestFlightsAndFronts(t *testing.T) {
	wantEach(t, "2024-12-06", placeDayCategory, []toldCase{
		{"", "Tuesday to Friday brought drones over Tyre, Nabatieh and the Bekaa and mock raids by jets over Beirut on Thursday, but no deaths."},
		{"", "Lebanese media reported drones over the Tyre area, but no strike with victims."},
		{"", "The statement said the aerial raids and artillery fire across the fronts of the northern Hama countryside killed dozens of terrorists."},
		{"Red Sea 2024-12-05 drone", "The destroyer Thomas Hudner destroyed a Houthi one-way attack drone over the Red Sea on Thursday."},
	})
}

// Namesakes told apart by the district they are in; a count in brackets
// after a place is its; a weapon told with "with" across a semicolon is
// another part's.
func TestHarisAndTallousa(t *testing.T) {
	wantEach(t, "2024-12-04", placeTolls, []toldCase{
		{"Haris 5/-", "The deadliest strike hit a house in Haris, in the Bint Jbeil district, on Monday, killing five people."},
		{"Haris 5/2; Tallousa 4/-", "On Monday Israel struck Haris (five dead, two wounded) and Tallousa (four dead)."},
	})
	country := func(r sitrep.Report) string { return r.Place.Name + " " + r.Place.Country }
	wantEach(t, "2024-12-04", country, []toldCase{
		{"Haris LB", "From about 21:20 on Monday Israel struck the town of Haris in the Bint Jbeil district, killing five."},
		{"Haris PS", "Settlers attacked Haris, near Salfit, on Monday, wounding two."},
	})
	wantEach(t, "2024-12-04", placeDayCategory, []toldCase{
		{"Marjayoun 2024-12-02 drone; Shebaa Farms 2024-12-02 mortar; Haris 2024-12-02 airstrike; Tallousa 2024-12-02 airstrike",
			"On Monday around 08:30 an Israeli drone killed a sergeant on his motorbike between Marjayoun and Burj al-Muluk; at 19:40 Hezbollah answered with two mortar rounds on the post at Har Dov; from about 21:20 Israel struck Haris (five dead, two wounded) and Tallousa (four dead)."},
	})
	wantEach(t, "2024-12-08", placeDayCategory, []toldCase{
		{"Beit Lif 2024-12-07 drone", "A bulldozer driver was wounded on Saturday when an Israeli drone fired a missile at his machine on the eastern edge of Beit Lif, in the Bint Jbeil district."},
	})
}

// "The Syrian Arab air force carried out concentrated strikes": the air
// force, an adjective before its strikes.
func TestConcentratedStrikes(t *testing.T) {
	perp := func(r sitrep.Report) string { return r.Place.Name + " " + r.Category + " " + r.Perpetrator }
	wantEach(t, "2024-12-01", perp, []toldCase{
		{"Idlib airstrike Syrian Arab Air Force", "The Syrian Arab air force carried out concentrated strikes on headquarters of the terrorist organizations in Idlib city on Sunday."},
	})
}

// A namesake listed with a place it lies near is that place's neighbour,
// whatever the other places of the round-up.
func TestListedNeighbour(t *testing.T) {
	country := func(r sitrep.Report) string { return r.Place.Name + " " + r.Place.Country }
	wantEach(t, "2024-12-08", country, []toldCase{
		{"Haris LB; Tallousa LB", "Settlers raided al-Yamun near Jenin and Burqin this week. On Monday 2nd Israeli strikes on Haris (5 dead) and Tallousa (4 dead) were the truce's worst."},
	})
}

// A claim in one part of a sentence cut by semicolons is the attack's of
// that part only.
func TestClaimOfItsPart(t *testing.T) {
	wantEach(t, "2024-12-08", placeClaimants, []toldCase{
		{"Idlib []; Jabal Zain al-Abidin [Military Operations Command]; Tallbisah []",
			"The week's attacks: a raid on a residential block in Idlib city on Sunday 1st (4 dead); a drone attack claimed by the Military Operations Command on an artillery gun on Jabal Zain al-Abidin on Tuesday 3rd; raids on Talbiseh on Thursday 5th (3 dead)."},
	})
}

// "no U.S. personnel hurt" in a release of U.S. air strikes is of the
// striker's own people, no toll; of an attack on a base, it is the toll.
func TestStrikersOwnPeople(t *testing.T) {
	wantEach(t, "2025-01-09", placeTolls, []toldCase{
		{"Yemen -/-", "U.S. forces struck two weapons depots in Yemen on Wednesday. There were no U.S. personnel hurt or equipment lost."},
		{"Al-Tanf Garrison 0/0", "Militants fired two rockets at the al-Tanf garrison on Wednesday. There were no U.S. personnel hurt."},
	})
}

// A table's "W of al-Qusayr" only locates; a campaign launched and
// widened is no attack; places of February 2025.
func TestFebruary2025(t *testing.T) {
	wantEach(t, "2024-10-07", placeDayCategory, []toldCase{
		{"Jousiyeh 2024-10-06 airstrike", "| Date | Time | Place | Event | K / W |\n|---|---|---|---|---|\n" +
			"| Sun 6 Oct | 14:20 | road to Jousieh crossing, W of al-Qusayr (SY) | air strike, road cut | 0 / 2 |"},
	})
	wantEach(t, "2025-02-12", placeDayCategory, []toldCase{
		{"", "The army moved into the camp with bulldozers, extending the operation it launched in Jenin on 21 January and later widened to Tulkarm."},
		{"Nur Shams camp 2025-02-09 shooting", "Two women were shot dead in the Nur Shams camp on Sunday."},
		{"Janta 2025-02-11 airstrike", "Israeli jets struck a smuggling track near Janta in the Bekaa on Tuesday, lightly wounding a shepherd."},
		{"Zawtar al-Sharqiyah 2025-02-12 drone", "On Wednesday an Israeli drone killed a man in a car in Zawtar al-Sharqiyah, north of the Litani."},
	})
}

// Sonic booms, leaflets dropped by a drone, "the first time since" tell
// no attack; "on Wednesday, the day after the drone missile that hit his
// car" dates the attack Tuesday; places of April 2025.
func TestApril2025(t *testing.T) {
	wantEach(t, "2025-04-10", placeDayCategory, []toldCase{
		{"", "Sonic booms from Israeli jets shook windows in Nabatieh and Tyre on Thursday afternoon."},
		{"", "Leaflets dropped by an Israeli drone on Monday evening warned residents of Kfar Sir to keep away from a building."},
		{"", "It was the first time since the truce collapsed on 18 March that rockets hit a built-up area of Ashkelon."},
		{"Zawtar al-Sharqiyah 2025-04-08 drone", "Hundreds of people walked behind the coffin of Hussein Kamal Hijazi in Zawtar al-Sharqiyah on Wednesday, the day after the Israeli drone missile that hit his car at the eastern entrance of the village."},
		{"Sayqal air base 2025-04-10 airstrike", "Israeli warplanes struck the Sayqal military air base in the eastern countryside of Damascus after nightfall on Thursday."},
		{"Shujaiya 2025-04-09 airstrike", "An Israeli air strike flattened a residential block in Shujaiya on Wednesday, killing 23 people."},
	})
}

// A digest's "Sun 6", "Wed 9": the day of the month on that weekday; an
// agency's checkpoint is no place; "the drone missile" is a drone's; a
// target's deeds in a relative clause tell no attack.
func TestDigestDays(t *testing.T) {
	wantEach(t, "2025-04-13", placeDayCategory, []toldCase{
		{"Jabal Nuqm 2025-04-06 airstrike", "- Sun 6 (late): American raids on Jabal Nuqm, Sanaa (two hurt, Houthi figures); CENTCOM confirmed on Friday."},
		{"Dahyan 2025-04-09 airstrike", "- Wed 9 (before dawn): American raids on a farm near Dahyan (two dead)."},
		{"Zawtar al-Sharqiyah 2025-04-08 drone", "On Tuesday the Israeli drone missile hit his car at the entrance of Zawtar al-Sharqiyah."},
		{"Shujaiya 2025-04-09 unknown", "The IDF published its account of the strike in Shujaiya on Wednesday: the target was a Hamas commander who directed sniper and anti-tank fire at troops."},
	})
	wantEach(t, "2025-02-16", placeTolls, []toldCase{
		{"Tallkalakh 2/1", "- Thu 13, Talkalakh: ambush on General Security checkpoint, 19:40; 2 dead, 1 wounded."},
	})
}

// What the session's rules must leave alone (found in its review): a
// clause with an attack of its own before "the day after"; "the first
// time since" without "that"; a state's forces that "had directed" fire;
// a curfew expanded in another clause; a second count with no place of
// its own; a drone downed over the sea; a count with "people" after its
// place's list.
func TestRulesLeaveAlone(t *testing.T) {
	wantEach(t, "2024-11-21", placeDayCategory, []toldCase{
		{"Tyre 2024-11-20 airstrike", "Israeli jets struck Tyre on Wednesday, the day after the drone strike on Nabatieh."},
		{"Haifa 2024-11-20 rocket", "For the first time since 2006, Hezbollah fired rockets at Haifa on Wednesday."},
		{"Khiam 2024-11-20 artillery", "Israeli forces had directed artillery fire at Khiam on Wednesday."},
		{"Janin 2024-11-20 drone", "In a military operation, Israeli drones struck Jenin on Wednesday, killing five; the army expanded the curfew."},
		{"Red Sea 2024-11-20 drone", "The destroyer destroyed a Houthi one-way drone over the Red Sea on Wednesday."},
	})
	wantEach(t, "2024-11-21", placeTolls, []toldCase{
		{"Jordan 5/-", "A drone strike on Tuesday killed three U.S. soldiers in Jordan and two contractors."},
		{"Tyre 4/-; Nabatieh 3/-", "Israeli strikes killed four people in Tyre and three people in Nabatieh on Wednesday."},
	})
}

// Yemen's governorates are curated with the cities named after them:
// "al-Jawf governorate" is Yemen's, not Saudi Arabia's Al Jawf region;
// "a farm near Dahyan, Saada" is one place.
func TestYemenGovernorates(t *testing.T) {
	country := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.Place.Country + " " + strconv.Itoa(int(r.Place.Precision))
	}
	wantEach(t, "2025-04-10", country, []toldCase{
		{"Al-Jawf YE 3", "U.S. strikes hit positions in al-Jawf governorate on Wednesday."},
		{"Saada YE 3", "CENTCOM confirmed a strike in Saada governorate on Wednesday."},
		{"Dahyan YE 2", "- Wed 9 (before dawn): American raids on a farm near Dahyan, Saada (two dead)."},
		{"Hodeidah YE 1", "U.S. jets struck Hodeidah on Wednesday, killing one."},
	})
}

// "made no mention of Daraa": nothing told there.
func TestNoMentionOf(t *testing.T) {
	wantEach(t, "2025-04-11", placeDayCategory, []toldCase{
		{"Sayqal air base 2025-04-10 unknown", "It had announced strikes on the Sayqal air base east of Damascus on Thursday after dark, a few hours earlier, but made no mention of Daraa."},
	})
}
