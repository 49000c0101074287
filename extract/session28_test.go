package extract_test

// Rule tests of the twenty-eighth session (7 December): each text is
// written for its test, and each test failed on the build before its rule.

import (
	"testing"
)

// The people killed after the animals are the toll: "30 sheep and a
// shepherd" is one dead; "dozens of goats" alone is none.
func TestPeopleAfterAnimals(t *testing.T) {
	wantEach(t, "2025-06-10", placeCategoryDead, []toldCase{
		{"Shebaa airstrike 1", "An Israeli strike on the outskirts of Shebaa killed 30 sheep and a shepherd on Tuesday, the state news agency said."},
		{"Kfarchouba artillery 2", "Israeli shelling near Kfarchouba killed dozens of goats and two farmers on Tuesday."},
		{"Shebaa airstrike -", "An Israeli strike near Shebaa killed dozens of sheep on Tuesday."},
		{"Shebaa airstrike 3", "An Israeli strike near Shebaa killed a flock of sheep on Tuesday. Three people were also killed."},
	})
}

// A monitor's running count of incursions since a date is a tally, not an
// attack in each province it names.
func TestIncursionsSince(t *testing.T) {
	wantEach(t, "2025-09-27", placeDayCategory, []toldCase{
		{"", "The Centre has recorded 31 Israeli incursions into towns and villages of the Quneitra and Daraa countryside since the start of September 2025."},
		{"", "Monitors have counted 12 raids on villages near Jenin since the start of the month."},
	})
}

// Of two namesakes, the one near the town a name is told beside wins:
// "al-Mazraa, west of Sweida" is not the Mazra'a of Galilee (both are
// curated now; the relative place alone decides). A town GeoNames spells
// with the feminine "-ah" is found without it: "Tabariyya" (Tabariyyah)
// is Tiberias (TestWhichWasCarriedOut).
func TestFeminineEndingNearTown(t *testing.T) {
	wantEach(t, "2025-10-14", placeDayCategory, []toldCase{
		{"Al-Mazraa 2025-10-13 drone", "A drone struck a government position near al-Mazraa, west of Sweida, on Monday, the National Guard said."},
		{"Al-Mazraa 2025-10-13 drone", "A drone hit a car near al-Mazraa, west of Sweida, on Monday."},
	})
}

// "Wadi Omran" is a valley, not the town of Amran; the town the text
// places the valley by stands.
func TestValleyNotTown(t *testing.T) {
	wantEach(t, "2025-10-16", placeDayCategory, []toldCase{
		{"Mudiyah 2025-10-15 ied", "Two soldiers were killed on Wednesday when a roadside bomb exploded under their patrol vehicle in Wadi Omran, east of Mudiyah, a military spokesman said."},
		{"Mudiyah 2025-10-15 ied", "Two soldiers were killed on Wednesday when a roadside bomb exploded in Wadi al-Omran, east of Mudiyah, a military spokesman said."},
	})
}

// A date in the relative clause that tells when the operation was carried
// out, or announced, is the operation's.
func TestWhichWasCarriedOut(t *testing.T) {
	wantEach(t, "2024-09-21", placeDayCategory, []toldCase{
		{"Tiberias 2024-09-19 drone", "The group publishes scenes of the operation of targeting a military site in Tabariyya by the drones, which was carried out at dawn on Thursday."},
		{"Tiberias 2024-09-19 drone", "The group publishes scenes of the operation of targeting a military site in Tiberias by the drones, which was announced at dawn on Thursday."},
	})
}

// "Khan Younis, al-Amal": a quarter of the town, not a village of Yemen
// named alike; the aid crossing of Zikim is on the Gaza side.
func TestQuarterAfterTownZikimCrossing(t *testing.T) {
	wantEach(t, "2025-08-04", placeDayCategory, []toldCase{
		{"Khan Yunis 2025-08-02 artillery", "On Saturday an Israeli shell hit the Red Crescent headquarters in Khan Younis, al-Amal, killing one staff member."},
		{"Zikim crossing 2025-07-30 shooting", "Israeli forces opened fire on people waiting for aid lorries near the Zikim crossing in the northern Gaza Strip on Wednesday evening, killing 31."},
	})
}

// Attacks told as repeated over a period are no attack: "several times
// since July 2024" (the month a period starts from is no day of an
// attack), "for most of the past two years"; "for two hours on Tuesday"
// stays.
func TestRepeatedOverPeriod(t *testing.T) {
	wantEach(t, "2025-09-17", placeDayCategory, []toldCase{
		{"", "Israel has struck Hodeidah and the nearby ports of Ras Isa and Salif several times since July 2024."},
		{"", "The Houthis, who control Yemen's capital Sanaa and most of the populous north-west, have fired missiles and drones at Israel for most of the past two years in what they describe as support for Palestinians in Gaza."},
		{"Qiryat Shmona 2025-09-16 rocket", "Hezbollah fired rockets at Kiryat Shmona for two hours on Tuesday."},
	})
}

// "the week before", "a week earlier", "the previous week": the seven days
// before the day told; not "a week before the start of ..." (TempEval).
func TestWeekBefore(t *testing.T) {
	wantEach(t, "2025-09-17", placeDayCategory, []toldCase{
		{"Hodeidah port 2025-09-16 airstrike; Sanaa 2025-09-09 airstrike",
			"Israel struck the port of Hodeidah on Tuesday, and hit targets in Sanaa the week before, the health ministry said."},
		{"Hodeidah port 2025-09-16 airstrike; Sanaa 2025-09-09 unknown",
			"Israeli jets struck the port of Hodeidah on Tuesday. They had bombed targets in Sanaa a week earlier."},
	})
}

// A reaction to the attack on a town names the attack told at the town's
// port, not one more on the day of the reaction.
func TestReactionToSiteOfTown(t *testing.T) {
	wantEach(t, "2025-09-19", placeDayCategory, []toldCase{
		{"Hodeidah port 2025-09-16 unknown",
			"The fighters of the Zionist regime had on Tuesday attacked the port of Hodeidah with 12 raids. " +
				"The spokesman of the ministry of foreign affairs of Iran, on Wednesday, condemned the attack on Hodeidah."},
	})
}

// A digest's scope ("attacks ... in Gaza, Israel, the West Bank, Lebanon,
// Syria and Yemen") and its legend ("Each row is one incident") tell no
// attack; rockets fired near "the borders with Turkey and Iraq" do.
func TestScopeAndLegend(t *testing.T) {
	wantEach(t, "2025-09-22", placeDayCategory, []toldCase{
		{"", "Geneva, 22 September 2025\n\nScope: attacks with weapons in Gaza, Israel, the West Bank, Lebanon, Syria and Yemen reported in our sources this week. Each row is one incident."},
		{"Rmelan Landing Zone 2025-09-20 rocket", "On Saturday, rockets were fired at the Rmelan landing zone, a U.S. airstrip in the far northeast of Hasakah province near the borders with Turkey and Iraq."},
	})
}

// Aid "for the Gaza Strip" is where the lorry was going; "Thursday's
// shooting" is the shooting's day even in a sentence of the crossing's
// reopening; "in response to Thursday's strikes" is not the day of the
// missiles fired.
func TestAidDestinationOwnedDay(t *testing.T) {
	wantEach(t, "2025-09-22", placeDayCategory, []toldCase{
		{"Allenby Bridge 2025-09-18 shooting", "Two soldiers were killed around midday on Thursday when a truck driver who had crossed from Jordan with a cargo of aid for the Gaza Strip opened fire at the Allenby crossing, the military said."},
		{"Allenby Bridge 2025-09-18 shooting", "The King Hussein Bridge reopened to passengers on Sunday morning after a closure of three days that followed Thursday's shooting on the Israeli side of the crossing, officials said on Monday."},
		{"northern Red Sea 2025-09-19 missile", "The Houthis said they fired ballistic missiles at a ship in the northern Red Sea on Friday, in response to Thursday's strikes."},
	})
}

// A live blog told newest first that goes back past midnight: the entries
// below the midnight are of the day before its publication.
func TestLiveBlogPastMidnight(t *testing.T) {
	const blog = "Live updates. All times Israel time. Newest first.\n\n" +
		"02:20 - Magen David Adom: three people killed in Bat Yam when a missile hit a building.\n\n" +
		"00:50 - Sirens in Tel Aviv and Holon.\n\n" +
		"23:55 - MDA confirms four women killed in Tamra, in the Galilee, when a missile hit a house.\n\n" +
		"22:50 - Sirens in Haifa and the Galilee."
	wantEach(t, "2025-06-15", placeDayCategory, []toldCase{
		{"Bat Yam 2025-06-15 missile; Tamra 2025-06-14 missile", blog},
	})
}

// "the Saff al-Hawa neighbourhood of the town of Bint Jbeil" is in Bint
// Jbeil, not As Saff in Egypt; a site that "had not been hit" was spared,
// past its apposition too.
func TestNeighbourhoodOfTownNotHit(t *testing.T) {
	wantEach(t, "2025-06-14", placeDayCategory, []toldCase{
		{"Bint Jbeil 2025-06-11 drone", "An Israeli drone targeted, at about 10:20 on Wednesday, a motorcycle in the Saff al-Hawa neighbourhood of the town of Bint Jbeil with a guided missile."},
		{"", "The Fordow site, dug into a mountain near Qom, had not been hit, Grossi said."},
	})
}

// "al-Mazraa, west of Sweida" is the village 12 km from Sweida even in a
// digest whose Lebanese towns lie near the Mazra'a of Galilee.
func TestRelativePlaceOverNeighbours(t *testing.T) {
	wantEach(t, "2025-10-21", placeDayCategory, []toldCase{
		{"Bint Jbeil 2025-10-16 drone; Aitaroun 2025-10-18 drone; Al-Mazraa 2025-10-20 drone",
			"LEBANON\n- Thursday: an Israeli drone fired on a car between Bint Jbeil and Ainata; one dead.\n- Saturday: a drone dropped a grenade near a bulldozer in Aitaroun; the driver was unhurt.\n\n" +
				"SYRIA\n- Monday: a drone struck a government position near al-Mazraa, west of Sweida."},
	})
}

// A drone's attack told in a region, then "the missile" at its place: one
// attack, the drone's; an army unit blowing up a bomb it found is none.
func TestDroneThenItsMissile(t *testing.T) {
	wantEach(t, "2025-10-16", placeDayCategory, []toldCase{
		{"Ainata 2025-10-16 drone", "An Israeli drone hit a car in southern Lebanon on Thursday afternoon, killing the man at the wheel.\n\n" +
			"The missile struck the vehicle shortly after 1 p.m. on a curve of the road that runs from Bint Jbeil to the nearby village of Ainata."},
		{"", "Elsewhere in the south, an army engineering unit blew up a cluster bomb found near Khiam."},
	})
}

// Launchers seized in a raid on smugglers are no rockets fired; a launcher
// struck is a target of the strike.
func TestSeizedLaunchers(t *testing.T) {
	wantEach(t, "2025-07-31", placeDayCategory, []toldCase{
		{"", "Earlier on Thursday evening, the Lebanese army said it had arrested four men in the Hermel area and seized rifles, ammunition and two rocket-propelled grenade launchers during a raid on a smuggling network."},
		{"Sanaa 2025-07-29 airstrike", "Israeli jets struck a ballistic missile launcher near Sanaa on Tuesday."},
	})
}

// "bound for Gaza" says where the aid was going; the aside ends at the
// sentence's verb, which tells the attack.
func TestBoundForEndsAtVerb(t *testing.T) {
	wantEach(t, "2025-09-18", placeDayCategory, []toldCase{
		{"Allenby Bridge 2025-09-18 unknown", "A Jordanian truck driver transporting aid bound for Gaza shot and killed two Israeli soldiers at the Allenby Bridge crossing on Thursday."},
	})
}

// What a read-only review found the first rules of the session got wrong,
// each now left as it should be.
func TestTwentyEighthLeavesAlone(t *testing.T) {
	wantEach(t, "2025-09-20", placeDayCategory, []toldCase{
		// Another attack told after the one a reaction names.
		{"Hodeidah port 2025-09-16 airstrike; Sanaa International Airport 2025-09-17 airstrike",
			"Israeli jets struck the port of Hodeidah on Tuesday. On Wednesday, as Iran condemned the attack on Hodeidah, Israeli jets struck Sanaa airport, killing two people."},
		// Provinces listed are no scope over countries.
		{"Idlib 2025-09-15 airstrike; Hama 2025-09-15 airstrike; Aleppo 2025-09-15 airstrike",
			"Airstrikes in Idlib, Hama and Aleppo provinces killed 15 civilians on Monday, the civil defence said."},
		// A disposal in a sentence that goes on with shelling.
		{"Khiam 2025-09-16 artillery; Kfarchouba 2025-09-16 artillery",
			"Israeli sappers destroyed a shell found in a field near Khiam on Tuesday, while Israeli artillery shelled the outskirts of Kfarchouba."},
		// Raids of the day are no running count; nor do raids since a
		// month hide a killing told with them.
		{"Jezzine 2025-09-20 airstrike", "Israeli warplanes carried out three raids on the outskirts of Jezzine since noon today, the NNA reported."},
		{"Janin 2025-09-16 unknown", "Israeli forces killed two Palestinians in Jenin on Tuesday; the army has carried out 40 raids in the northern West Bank since the start of the month."},
		// "The missile" after another missile is that one.
		{"southern Israel 2025-09-18 drone; Beersheba 2025-09-18 missile",
			"A Houthi drone struck southern Israel on Thursday, causing damage. Later on Thursday the Houthis fired a ballistic missile at Israel. The missile fell in an open area near Beersheba."},
		// The day owned by another place's attack.
		{"Qabatiyah 2025-09-15 unknown; Jerusalem 2025-09-18 shooting",
			"Israeli forces raided Qabatiya on Monday, the hometown of the gunman behind Thursday's shooting attack in Jerusalem, and arrested his brother."},
		// One shelling "several times" within a few words; a house empty
		// "for months".
		{"Kfarchouba 2025-09-13 artillery", "The Israeli enemy artillery shelled the outskirts of the towns of Kfarchouba and Kfarhamam with phosphorus shells several times, the NNA correspondent reported."},
		{"Khiam 2025-09-13 artillery", "Israeli forces shelled a house in Khiam that had been empty for months."},
		// A valley's or mountain's name that is a province or region.
		{"Hadramawt 2025-09-16 clash", "Clashes between government forces and tribal gunmen in Wadi Hadramout killed four soldiers on Tuesday."},
		{"Qandil Mountains 2025-09-16 drone", "Turkish drones struck a vehicle in Jabal Qandil on Tuesday."},
		// No new short or given-name spellings: "Rabia" is no Rabi'ah.
		{"", "Gunmen opened fire on a checkpoint near Rabia on the Syrian border on Tuesday, killing two soldiers, Iraqi security sources said."},
		// Launchers fired are weapons used.
		{"Tubas 2025-09-16 rocket", "Militants fired rocket-propelled grenade launchers at an Israeli patrol near Tubas on Tuesday."},
	})
	// A 12-hour clock below a later one is no midnight.
	wantEach(t, "2025-06-15", placeDayCategory, []toldCase{
		{"Bat Yam 2025-06-15 missile; Tamra 2025-06-15 missile",
			"Live updates. Newest first.\n\n01:40 - Three people killed in Bat Yam when a missile hit a building.\n\n12:50 - Sirens in Tel Aviv.\n\n11:55 - MDA confirms four women killed in Tamra when a missile hit a house."},
	})
}

// A live blog's clock is no tens of the count after it: "01:30 - Three
// people were killed" is three; "Twenty - three" stays 23.
func TestClockNotTens(t *testing.T) {
	wantEach(t, "2025-06-15", placeCategoryDead, []toldCase{
		{"Bat Yam missile 3", "01:30 - Three people were killed in Bat Yam when a missile hit a building."},
		{"Tyre missile 23", "Twenty - three soldiers were killed when a missile hit a base in Tyre."},
	})
}
