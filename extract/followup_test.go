package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/extract"
)

// A sentence that refers back to the attack just told gives it its
// casualties, though it also dates a statement and names "the strikes";
// "the second strike" tells another attack, which the next sentence
// places. The texts are written for this test.
func TestFollowUp(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct {
		published, text string
		want            []string // "place start killed/injured" of each report
	}{
		{"2024-02-03", "In Iraq, the bombers hit positions in and around Al-Qaim, a town on the Syrian border. " +
			"An Iraqi government spokesman said on Saturday that 16 people were killed there and 25 were wounded, " +
			"and condemned the strikes as a violation of sovereignty.",
			[]string{"Al-Qaim 2024-01-27 16/25"}},
		{"2023-10-19", "American troops came under drone fire twice this week. On Tuesday two drones were shot down over " +
			"Ain al-Asad air base. The second strike followed on Wednesday in the Syrian desert. Two one-way attack drones " +
			"were sent toward At-Tanf, the US garrison near the Jordanian border.",
			[]string{"Ain al-Asad Air Base 2023-10-17 -/-", "Al-Tanf Garrison 2023-10-18 -/-"}},
		// The paragraphs after a lede that sums up a day's attacks tell
		// some of them, on that day.
		{"2024-10-25", "Turkish warplanes and drones carried out dozens of strikes across northeast Syria on Thursday, " +
			"the Syrian Democratic Forces said on Friday.\n\nAnkara said the strikes answered an attack on its soil.\n\n" +
			"In Kobani, warplanes struck a bakery in the city centre, killing four civilians and wounding six.",
			[]string{"Kobani 2024-10-24 4/6"}},
		// A maritime advisory: headings first, an incident at sea placed
		// from a port, the vessel hit at a 24-hour time; "has received":
		// the day or the day before.
		{"2024-01-26", "MARITIME SECURITY ADVISORY | GULF OF ADEN\n\nCompiled: 26 JAN 2024, 2230 UTC\n\n" +
			"UKMTO has received a report of an incident 60NM southeast of Aden, Yemen.\n\n" +
			"The master of a merchant tanker reports that at 1945 local time the vessel was hit by a missile.",
			[]string{"Aden 2024-01-25 -/-"}},
		// "A second missile" is another attack, though at a place inside
		// the first one's; a ship "operating in" a sea was attacked there.
		{"2024-01-27", "At 1330Z on 26 JAN, Houthi militants launched an anti-ship ballistic missile toward USS Carney, " +
			"which was operating in the Gulf of Aden. Carney shot it down.\n\n" +
			"At 1645Z the same day, the Houthis fired a second anti-ship ballistic missile, which struck the tanker " +
			"Marlin Luanda about 60 nautical miles southeast of Aden.",
			[]string{"Gulf of Aden 2024-01-26 -/-", "Aden 2024-01-26 -/-"}},
		// A toll at one of the places just told is that attack's alone.
		{"2024-01-26", "In the early hours of Wednesday, U.S. aircraft struck facilities used by Kataib Hezbollah at Jurf " +
			"al-Sakhar and near al-Qaim. The group said two of its fighters were killed at Jurf al-Sakhar.",
			[]string{"Jurf al-Sakhar 2024-01-24 2/-", "Al-Qaim 2024-01-24 -/-"}},
		// A country's forces act elsewhere: the place is where they struck;
		// "its jets struck" refers to no attack told before.
		{"2024-01-19", "Jordan's air force struck drug smugglers in southern Syria on Tuesday.",
			[]string{"southern Syria 2024-01-16 -/-"}},
		{"2024-01-19", "The Turkish Defence Ministry said its jets struck targets in northern Iraq on Tuesday.",
			[]string{"northern Iraq 2024-01-16 -/-"}},
		// "Other strikes hit ...": more of the raid just told, its parts
		// on its day with its weapon; "the airport of" a town is the town's
		// airport when the gazetteer knows it; where a statement was issued
		// is no place attacked.
		{"2024-01-12", "Bombs fell on al-Dailami air base early Friday, Al-Masirah said. Other strikes hit the airport of " +
			"the Red Sea port city of Hodeidah and positions near Saada, witnesses said. In a statement issued late on " +
			"Thursday in Washington, the president said he had ordered the strikes.",
			[]string{"Al-Dailami Air Base 2024-01-12 -/-", "Hodeidah International Airport 2024-01-12 -/-", "Sa'dah 2024-01-12 -/-"}},
		// A background paragraph that names its day tells an incident.
		{"2024-06-01", "On 31 MAY, the Houthis claimed that they had fired missiles at a carrier in the Red Sea. " +
			"For context: on 30 MAY, U.S. forces conducted strikes against Houthi targets. The targets included " +
			"military sites near Sanaa.",
			[]string{"Red Sea 2024-05-31 -/-", "Sanaa 2024-05-30 -/-"}},
		// A round-up: "In the afternoon" is the day just told; drones that
		// watch attack nothing; strikes "more frequent" are a pattern.
		{"2024-08-18", "Daily round-up for Saturday 17 August.\n\nWADI AL-KFOUR. In the early hours of Saturday an Israeli " +
			"air strike destroyed a building in Wadi al-Kfour, killing ten people.\n\nAYELET HASHACHAR. In the afternoon " +
			"Hezbollah said it had fired dozens of Katyusha rockets at the kibbutz of Ayelet HaShachar.\n\nNOT COUNTED. " +
			"Israeli reconnaissance drones flew low over Tyre for much of the day. Strikes around Nabatieh had already " +
			"become more frequent last week, residents say.",
			[]string{"Wadi al-Kfour 2024-08-17 10/-", "Ayelet HaShachar 2024-08-17 -/-"}},
		// One sentence, two attacks: each toll and weapon goes to the place
		// it stands by; "a Druze town" says what Majdal Shams is. (What
		// a strike's target is blamed for is context: see TestBlamedFor.)
		{"2024-07-31", "An Israeli strike hit a building in Beirut's southern suburbs on Tuesday evening, and " +
			"a rocket killed 12 children in Majdal Shams on Saturday, a rocket that hit a Druze town in the " +
			"Golan Heights.",
			[]string{"Beirut 2024-07-30 -/-", "Majdal Shams 2024-07-27 12/-"}},
		// A running statement: clock times head its entries, nobody speaks
		// them; "a short while ago" is its own day.
		{"2023-10-08", "IDF statement, updated through the day.\n\n08:10\nA short while ago, a number of launches of " +
			"artillery shells were identified from Lebanese territory toward three IDF posts in the Har Dov area.",
			[]string{"Shebaa Farms 2023-10-08 -/-"}},
		// "this Druze town" is the dateline's; where a statement or a rally
		// was held is no place attacked; a count goes to the attack of its
		// own clause.
		{"2024-07-28", "MAJDAL SHAMS, Golan Heights (MNS) - A rocket struck a football pitch in this Druze town on " +
			"Saturday, killing 12 children and teenagers. In Washington, a spokesperson " +
			"called the attack horrific. Earlier on Saturday Hezbollah had claimed rocket fire at the barracks at Ramot " +
			"Naftali, after four of its fighters were killed in an Israeli strike on the village of Kfar Kila.",
			[]string{"Majdal Shams 2024-07-27 12/-", "Ramot Naftali 2024-07-27 -/-", "Kfar Kila 2024-07-27 4/-"}},
		{"2023-10-09", "A Hezbollah official said in a rally in the southern suburb of Beirut on Sunday that \"our rifles " +
			"and our rockets are with you\".", nil},
		// A briefing: the day a sentence gives its paragraph dates the attack
		// told next there.
		{"2024-01-29", "Q: Were there any other attacks over the weekend?\n\nMS. SINGH: There was one other attempt " +
			"over the weekend. A one-way attack drone was launched at Al-Asad Air Base in Iraq, and it was shot down.",
			[]string{"Ain al-Asad Air Base 2024-01-27 -/-"}},
		// A state agency's dateline in title case; where an attack came from
		// is no place attacked; "the southern region" is the dateline
		// country's.
		{"2024-08-07", "Damascus, SANA - At about 11:20 p.m. yesterday, the Israeli enemy carried out an air aggression " +
			"from the direction of the occupied Syrian Golan targeting some military points in the southern region, " +
			"the losses were limited to material, a military source said.",
			[]string{"southern Syria 2024-08-06 -/-"}},
		// An Iranian agency: "10 Mehr 1403" is a date, not the town of Mohr;
		// the statement quoted in the next paragraph names the bases of the
		// attack dated before it, hit with missiles; what "is to be
		// reminded" is background.
		{"2024-10-01", "Tehran - IPN - The IRGC announced in a statement that its aerospace force, tonight, Tuesday " +
			"10 Mehr 1403, targeted the important military centres in the occupied territories with tens of ballistic " +
			"missiles.\n\nThe text of the statement: \"The aerospace force of the IRGC targeted the air bases of Nevatim, " +
			"Hatzerim and Tel Nof, which are the places of the F-35 fighters, by the Fattah hypersonic missiles.\"\n\nIt is to be reminded that the martyr Nasrallah was " +
			"martyred on Friday 6 Mehr in the attack of the regime on the southern suburb of Beirut.",
			[]string{"Nevatim Airbase 2024-10-01 -/-", "Hatzerim Airbase 2024-10-01 -/-", "Tel Nof Airbase 2024-10-01 -/-"}},
		// A ministry dating by both calendars: "14 Muharram 1446" is a date,
		// not the Syrian village of Mukharram.
		{"2024-07-21", "The Ministry of Health announces that the toll of the aggression which targeted the oil " +
			"facilities in the port of Hodeidah, in the afternoon of Saturday 14 Muharram 1446 corresponding to " +
			"20-7-2024, has risen to six martyrs and 83 wounded.",
			[]string{"Hodeidah port 2024-07-20 6/83"}},
		// Where a ship's crew was brought is no place attacked.
		{"2024-02-19", "DJIBOUTI (ESP) - The crew of a cargo ship hit by a Houthi missile near the southern entrance " +
			"to the Red Sea late on Sunday were brought to Djibouti on Monday after abandoning the vessel, port " +
			"officials said.\nThe British military's UKMTO agency said the ship was struck about 35 nautical miles " +
			"south of the Yemeni port of Mokha.",
			[]string{"Mokha 2024-02-18 -/-"}},
		// A village the gazetteer lacks, placed beside a town ("the village
		// of Wadi Tuffah, south-west of Baalbek"): near the town, the attack
		// the lede told.
		{"2024-03-11", "Israeli jets struck near the city of Baalbek on Monday, killing three Hezbollah members, " +
			"security sources said.\nThe raid hit a warehouse near the village of Wadi Tuffah, south-west of Baalbek, " +
			"the sources said.",
			[]string{"Baalbek 2024-03-11 3/-"}},
		// An undated warning in the present perfect tells an incident of
		// the day or the day before, not of the week; a crew "reported
		// safe" came to no harm.
		{"2024-08-21", "UKMTO WARNING 090/AUG/2024\n1. UKMTO has received a report of an incident 40NM west of " +
			"Hodeidah, Yemen.\n2. The master reports that the vessel was struck by two projectiles and is on fire. " +
			"The crew are reported safe.",
			[]string{"Al Hudaydah 2024-08-20 0/0"}},
		// A cruiser that "mistakenly shot down" a jet of its own side: no
		// attack.
		{"2024-12-23", "U.S. jets struck a missile storage site in Sanaa on Saturday. Early on Sunday, the cruiser " +
			"USS Gettysburg mistakenly shot down a U.S. Navy jet over the Red Sea, Central Command said.",
			[]string{"Sanaa 2024-12-21 -/-"}},
		// "after the January 20 missile attack on Ain al-Assad base": an
		// attack told as what came before, no attack of the sentence.
		{"2024-02-05", "On January 24 U.S. jets hit Kataib Hezbollah sites in Jurf al-Sakhar after the January 20 " +
			"missile attack on Ain al-Assad base.",
			[]string{"Jurf al-Sakhar 2024-01-24 -/-"}},
		// The toll in a relative clause of a motive is the toll of what
		// the motive names.
		{"2024-04-15", "Iran launched drones and missiles at Israel late on Saturday in retaliation for the strike " +
			"on its consulate in Damascus on April 1, which killed seven officers.",
			[]string{"Israel 2024-04-13 -/-"}},
		// A condemnation of the attack told before is no attack of its
		// own day, nor at the place of the round-up's entry.
		{"2024-08-12", "Weekly review.\n\nAnbar province, Mon 5 Aug: Two Katyusha rockets struck Ain al-Asad air " +
			"base, wounding several U.S. personnel.\n\nBaghdad, Tue 6 Aug: The Prime Minister's office condemned the " +
			"Ain al-Asad attack and announced an investigation.",
			[]string{"Ain al-Asad Air Base 2024-08-05 -/3"}},
		// "Yemen's internationally recognised government" said: Yemen is no
		// place of the sinking's strike; the sea is.
		{"2024-03-04", "A cargo ship struck by a Houthi missile on February 18 sank in the southern Red Sea on " +
			"Saturday, Yemen's internationally recognised government said.",
			[]string{"southern Red Sea 2024-02-18 -/-"}},
		// A region owning a mission ("the European Union's Aspides naval
		// mission") is no place attacked; the sea is.
		{"2024-08-22", "A French frigate taking part in the European Union's Aspides naval mission took off the 25 " +
			"crew members of the Greek-flagged tanker Sounion on Wednesday, after an attack in the Red Sea left the " +
			"ship on fire.",
			[]string{"Red Sea 2024-08-21 -/-"}},
		// Where a rocket was fired from is no place attacked.
		{"2024-07-28", "A rocket struck a football pitch in Majdal Shams on Saturday. The military said the rocket was " +
			"fired by Hezbollah from an area north of the Lebanese village of Chebaa.",
			[]string{"Majdal Shams 2024-07-27 -/-"}},
		// What strikes were "meant to degrade" is attacks in general; a jet
		// lost to friendly fire is no attack; a "missile storage facility"
		// is what was struck.
		{"2024-12-22", "On Saturday evening, U.S. forces struck a missile storage facility in Sanaa, Central Command said, " +
			"adding that the strikes were meant to degrade Houthi attacks on merchant vessels in the Red Sea and Gulf of " +
			"Aden.\n\nHours later, early Sunday, a U.S. Navy jet was shot down over the Red Sea in what Central Command " +
			"called an apparent case of friendly fire.",
			[]string{"Sanaa 2024-12-21 -/-"}},
		// "the attack in Ankara", after Turkish drone strikes in Syria, is
		// another attack: it takes neither their day nor their weapon.
		{"2024-10-25", "Turkish drones struck a gas plant near Qamishli on Thursday.\n\nThe Syrian Democratic Forces " +
			"said they had no connection to the attack in Ankara.",
			[]string{"Qamishli 2024-10-24 -/-", "Ankara 2024-10-18 -/-"}},
		// A terse feed: "Umm al-Rashrash (Eilat)"; the claim on "a target in
		// the occupied Golan" is the attack on the base in the northern Golan
		// told before it; what will come "if Israel strikes Iraq" is none.
		{"2024-10-05", "03 Oct 21:47 - Islamic Resistance in Iraq claims it attacked a vital target in Umm al-Rashrash " +
			"(Eilat) with drones.\n\n04 Oct 06:15 - IDF confirms two soldiers killed when a drone launched from Iraq " +
			"struck a base in the northern Golan.\n\n04 Oct 06:58 - Islamic Resistance in Iraq claims a dawn drone attack " +
			"on a target in the occupied Golan.\n\n04 Oct 19:10 - Kataib Hezbollah statement: operations against Israel " +
			"will escalate if Israel strikes Iraq.",
			[]string{"Eilat 2024-10-03 -/-", "northern Golan Heights 2024-10-04 2/-"}},
		// The countryside of a town holds the site struck there; the town
		// itself is another attack's place.
		{"2024-10-25", "In the countryside of Derik (al-Malikiyah), Turkish warplanes bombed the Swediyah gas plant on " +
			"Thursday. In Derik city itself, a Turkish drone struck a bakery on Thursday, killing three civilians.",
			[]string{"Swediyah gas plant 2024-10-24 -/-", "Al-Malikiyah 2024-10-24 3/-"}},
		// "In Sanaa, strikes on X": a place opening the sentence, then what
		// happened there, "before dawn" a time and no recall; the year of a
		// closing "second attack this year" dates no part.
		{"2024-12-19", "Israeli warplanes bombed ports and power stations in Yemen early on Thursday, the group's media " +
			"said.\n\nIn Sanaa, strikes on the Hezyaz power station south of the capital cut electricity before dawn, " +
			"residents said.\n\nIt was Israel's second attack on Yemen this year.",
			[]string{"Hezyaz power station 2024-12-19 -/-"}},
		// A toll shared out in prose over the places of the raid just told.
		{"2024-12-19", "Israeli warplanes bombed ports in Yemen early on Thursday, killing nine people, the group's " +
			"media said.\n\nSeven of the dead were workers at the port of Salif, and two were killed at the Ras Isa oil " +
			"terminal, the channel said.",
			[]string{"As Salif 2024-12-19 7/-", "Ras Isa port 2024-12-19 2/-"}},
		// The answer to an attack, told without a day, is on the attack's.
		{"2024-01-25", "Explosions rocked the US base at Al-Omar oil field on Wednesday evening, after it was targeted " +
			"by several rockets fired by militias from areas west of the Euphrates. Sources said the coalition " +
			"responded by shelling the sources of fire near Al-Mayadin city.",
			[]string{"Al-Omar oil field 2024-01-24 -/-", "Al-Mayadin 2024-01-24 -/-"}},
		// "overnight Saturday into Sunday": Saturday's night, not the night
		// before the report.
		{"2024-01-22", "A drone struck Ain al-Asad overnight Saturday into Sunday.",
			[]string{"Ain al-Asad Air Base 2024-01-20 -/-"}},
		// "the night of 12-13 January": both days.
		{"2024-01-22", "Rockets hit the Conoco base on the night of 12-13 January.",
			[]string{"Conoco gas field 2024-01-12 -/-"}},
		// The day of a statement counts only when no other is given.
		{"2024-01-24", "Iraqi security sources said on Saturday that an unidentified drone struck a vehicle near the " +
			"Akashat area in Anbar's western desert late Friday, killing two of the group's members.",
			[]string{"Akashat 2024-01-19 2/-"}},
		// Counts further back than the noun next to the verb.
		{"2024-08-23", "Twenty-three soldiers of the Syrian government forces were killed on Thursday when IS cells ambushed a bus west of al-Mayadin.",
			[]string{"Al-Mayadin 2024-08-22 23/-"}},
		{"2024-08-23", "Two members of the Sinjar Resistance Units (YBS) were killed on 20 August when a Turkish drone struck their truck in Sinjar.",
			[]string{"Sinjar 2024-08-20 2/-"}},
		// An editor's note before the dateline; the dateline's day is the
		// filing day; "the deadliest attack since" compares, it counts nothing.
		{"2025-04-19", "CORRECTION: An earlier version of this story gave a death toll of 38.\n\n" +
			"SANAA, April 19 - U.S. strikes on the Ras Isa fuel port late on Thursday killed 74 people and wounded 171, " +
			"the health ministry said, making it the deadliest single attack since Washington began its campaign in mid-March.",
			[]string{"Ras Isa port 2025-04-17 74/171"}},
		// The wounded "taken to hospitals in" places that only describe.
		{"2024-08-23", "Gunmen ambushed a bus west of al-Mayadin on Thursday. Ten soldiers were wounded, some of them " +
			"seriously, and were taken to hospitals in al-Mayadin and Deir ez-Zor city.",
			[]string{"Al-Mayadin 2024-08-22 -/10"}},
		// "came two days after" the attack it names: that attack is two
		// days before the day told, not after it.
		{"2024-01-18", "Pakistan carried out strikes early on Thursday on militant hideouts near the Iranian town of " +
			"Saravan, killing nine people, Iranian state media said. The strikes came two days after Iran hit what it " +
			"called bases of the Jaish al-Adl group near Panjgur in Pakistan's Balochistan province, killing two children.",
			[]string{"Saravan 2024-01-18 9/-", "Panjgur 2024-01-16 2/-"}},
		// A source's account of the attack just told is no new attack.
		{"2023-04-08", "An explosion struck near the outer fence of Sulaimani International Airport on Friday evening.\n\n" +
			"The Sulaimani Asayish said in a statement that a Turkish drone had fired on the airport perimeter. " +
			"It said there were no casualties.",
			[]string{"Sulaymaniyah International Airport 2023-04-07 0/0"}},
		// A day inside "in response to ..." is another event's.
		{"2024-05-31", "Houthi military spokesman Yahya Saree says the group's forces fired a number of ballistic missiles at the " +
			"USS Dwight D. Eisenhower in the northern Red Sea on Friday, in response to Thursday's strikes.",
			[]string{"northern Red Sea 2024-05-31 -/-"}},
		// The ends of a road only name the road; a village in "the countryside
		// of" a city lies in the city's province; "martyred" soldiers were killed.
		{"2024-08-14", "Nine soldiers were martyred and four others were wounded on Tuesday when gunmen ambushed a bus " +
			"on the Deir Ezzor-Palmyra international road, near the village of al-Shoula in the south-western " +
			"countryside of Deir Ezzor, local sources said.",
			[]string{"al-Shoula 2024-08-13 9/4"}},
		// "one of the deadliest attacks of its kind": a comparison, which
		// neither tells another attack nor hides this one; the people
		// counted may hold an "and".
		{"2024-04-20", "Twenty-two members of the Syrian army and allied forces were killed on Friday in an ambush " +
			"carried out by cells of the Daesh organization in the Syrian desert near the town of al-Sukhnah, east " +
			"of Homs, in one of the deadliest attacks of its kind this year.",
			[]string{"As Sukhnah 2024-04-19 22/-"}},
		// The toll of one dated attack is no running count: the sites the
		// list after it names are that attack's, on its day, and the list
		// distributes the toll.
		{"2024-02-05", "The Observatory has documented the rise of the death toll of the American strikes that targeted, " +
			"on Friday night, positions of the militias in the eastern countryside of Deir Ezzor, to 29 killed. " +
			"They are distributed as follows:\n\n" +
			"- 14 in Albukamal city, where the strikes destroyed a militia headquarters.\n\n" +
			"- 9 in Al-Mayadin city, where the strikes hit a building used by militias.",
			[]string{"Abu Kamal 2024-02-02 14/-", "Al-Mayadin 2024-02-02 9/-"}},
		// An item without an attack word is a part too; the toll it shares
		// out sums the parts, whoever the strikes targeted.
		{"2024-02-05", "The monitor raised the toll of the American strikes that targeted, on Friday night, positions of " +
			"the Iranian-backed militias and the Iranian Revolutionary Guard in the eastern countryside of Deir Ezzor, " +
			"to 20 killed. They are distributed as follows:\n\n" +
			"- 14 in Albukamal city, where the strikes destroyed a militia headquarters.\n\n" +
			"- 6 in the weapon depots in the area of Al-Ayyash, west of Deir Ezzor city.",
			[]string{"Abu Kamal 2024-02-02 14/-", "Deir ez-Zor 2024-02-02 6/-"}},
		// The places of the attackers' proxies, a list, are not attacked.
		{"2024-04-14", "On Saturday night, Iran launched a direct attack on Israel from its own territory, with some " +
			"support from its proxies in Iraq, Syria, Yemen and Lebanon.",
			[]string{"Israel 2024-04-13 -/-"}},
		// An attack on a country, summed up with other weapons than those
		// that fell at a base inside it on that day, is the base's attack.
		// (The first paragraphs of testdata/fresh2/f2-19.)
		{"2024-04-14", "IDF Spokesperson's statement, Sunday 14 April 2024\n\n" +
			"Overnight, the Iranian regime launched a direct attack against the State of Israel from its own territory, with some support from its proxies in Iraq, Syria, Lebanon and Yemen.\n\n" +
			"In total, Iran launched approximately 170 drones, more than 30 cruise missiles and more than 120 ballistic missiles toward Israel. About 99 percent of the threats were intercepted by the Israeli Air Force, the Aerial Defense Array and our partners. Not one of the drones or cruise missiles entered Israeli territory.\n\n" +
			"A small number of ballistic missiles fell at the Nevatim Air Force base in southern Israel, causing light damage to infrastructure. The base continues to operate normally, and aircraft took off and landed throughout the night. There were no casualties at the base.",
			[]string{"Nevatim Airbase 2024-04-13 0/0"}},
		// "Iran and Pakistan said": governments, not places, after strikes
		// of which no place is told.
		{"2024-01-22", "A rocket landed inside the Victory base complex at Baghdad airport on Monday. Also on Monday, Iran " +
			"and Pakistan said their ambassadors would return, closing the row that followed last week's cross-border strikes.",
			[]string{"Victory Base Complex 2024-01-22 -/-"}},
		// "the sites" of an attack told without a place: each is a part of
		// it, on its day; with no attack told, "the sites" are none.
		{"2024-01-26", "In the early hours of Wednesday, U.S. aircraft struck three facilities used by armed groups. Two of " +
			"the sites were at Jurf al-Sakhar, south-west of Baghdad, and near al-Qaim on the Syrian border.",
			[]string{"Jurf al-Sakhar 2024-01-24 -/-", "Al-Qaim 2024-01-24 -/-"}},
		{"2024-01-26", "Tourists returned to the ancient city on Wednesday. The sites in Palmyra reopened to visitors.",
			nil},
		// A thread's lede names the night and the areas; its entries carry
		// only clock times.
		{"2024-04-19", "1/ Thread on the overnight events in Iran, Iraq and Syria. Times are local.\n\n" +
			"2/ Around 04:05, users in Isfahan reported loud explosions to the north-east of the city.",
			[]string{"Isfahan 2024-04-18 -/-"}},
		// "over the weekend": Saturday and Sunday before a Monday's report.
		{"2024-01-29", "A one-way attack drone was shot down over Ain al-Asad air base over the weekend.",
			[]string{"Ain al-Asad Air Base 2024-01-27 -/-"}},
		// Where an envoy sits is no place of the attack.
		{"2024-01-16", "Ballistic missiles hit a house in Erbil on Monday night. Four civilians lost their lives in this " +
			"attack, and the government of Iraq called its ambassador in Tehran for consultation.",
			[]string{"Erbil 2024-01-15 4/-"}},
		// What a correction takes back is no attack.
		{"2024-01-31", "CORRECTION: An earlier version of this article said that the drone attack took place at the " +
			"al-Tanf garrison in Syria. The attack hit Tower 22, a U.S. outpost in Jordan, on Sunday.",
			[]string{"Tower 22 2024-01-28 -/-"}},
		// Casualties stated as none.
		{"2024-05-30", "A drone struck the Conoco gas field on Wednesday. An official said none of them had been hurt.",
			[]string{"Conoco gas field 2024-05-29 0/0"}},
		{"2024-05-30", "A missile hit a tanker in the Gulf of Aden on Wednesday. None of the crew was hurt.",
			[]string{"Gulf of Aden 2024-05-29 0/0"}},
		{"2024-05-30", "A drone struck the Conoco gas field on Wednesday. No crew members were injured.",
			[]string{"Conoco gas field 2024-05-29 0/0"}},
	} {
		pub, err := sitrep.ParseDate(c.published)
		if err != nil {
			t.Fatal(err)
		}
		ex := x.Extract(&sitrep.Document{ID: "t", Published: pub, Text: c.text})
		var got []string
		for _, r := range ex.Reports {
			n := func(p *int) string {
				if p == nil {
					return "-"
				}
				return fmt.Sprint(*p)
			}
			got = append(got, r.Place.Name+" "+r.When.Start.String()+" "+n(r.Fatalities)+"/"+n(r.Injuries))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// An official who says or admits that the attack happened confirms it:
// "officials say", "the Pentagon admitted". The texts are written for this
// test.
func TestOfficialsConfirm(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct{ published, text, want string }{
		{"2023-10-19", "Two drones were sent toward At-Tanf on Wednesday. American officials say one was shot down, " +
			"while the other reached the compound and caused minor injuries.", sitrep.StatusConfirmed},
		{"2023-11-22", "On Tuesday, a gunship fired on a vehicle near Abu Ghraib, killing one fighter. The Pentagon later " +
			"admitted that its aircraft had carried out the strike.", sitrep.StatusConfirmed},
		{"2023-11-22", "On Tuesday, a drone hit a vehicle near Abu Ghraib, residents said.", sitrep.StatusReported},
		// A claim by a group the text does not name, which an official
		// denies having any record of.
		{"2024-01-24", "Pro-Iranian groups claimed to have struck the Rmelan base in Hasakah province on Friday, but the " +
			"Pentagon said it had no record of such an attack.", sitrep.StatusDisputed},
		// "in what X called": X speaks; elsewhere "called" names.
		{"2024-01-26", "U.S. aircraft struck a facility at Jurf al-Sakhar on Wednesday, in what the Pentagon called a " +
			"response to Saturday's attack.", sitrep.StatusConfirmed},
		{"2024-01-26", "A group called Ashab al-Kahf fired rockets at Ain al-Asad on Wednesday.", sitrep.StatusReported},
	} {
		pub, err := sitrep.ParseDate(c.published)
		if err != nil {
			t.Fatal(err)
		}
		ex := x.Extract(&sitrep.Document{ID: "t", Published: pub, Text: c.text})
		if len(ex.Reports) != 1 || ex.Reports[0].Status != c.want {
			var got []string
			for _, r := range ex.Reports {
				got = append(got, r.Place.Name+" "+r.Status)
			}
			t.Errorf("%q: got %q, want one report %s", c.text, got, c.want)
		}
	}
}

// The parts of an attack told without a place ("Two of the sites were at
// ...") are told by whoever told the attack, on its day, even when the
// attack follows others told without a place on another day. The text is
// written for this test.
func TestPartsToldBy(t *testing.T) {
	x := MustExtractor(t)
	text := "- On Monday, a rocket landed inside the Victory base complex at Baghdad airport, a security source said. " +
		"Also on Monday, Iran and Pakistan said their ambassadors would return, closing the row that followed last " +
		"week's cross-border strikes.\n\n- In the early hours of Wednesday, U.S. aircraft struck three facilities used " +
		"by armed groups, in what the Pentagon called a response to Saturday's attack. Two of the sites were at Jurf " +
		"al-Sakhar and near al-Qaim."
	ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 1, Day: 26}, Text: text})
	var got []string
	for _, r := range ex.Reports {
		got = append(got, r.Place.Name+" "+r.When.Start.String()+" "+r.Status)
	}
	want := []string{"Victory Base Complex 2024-01-22 reported", "Jurf al-Sakhar 2024-01-24 confirmed", "Al-Qaim 2024-01-24 confirmed"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// "The resistance said" names the armed group named last whose name has
// the word, not the group named last: here the Islamic Resistance in
// Iraq, not Kataib Hezbollah. The texts are written for this test.
func TestArmedReferent(t *testing.T) {
	x := MustExtractor(t)
	text := "The Islamic Resistance in Iraq has stepped up its campaign, people close to it said.\n\n" +
		"Kataib Hezbollah mourned one of its fighters on Monday.\n\n" +
		"At dawn on Tuesday, the resistance said that its drones had struck the base at al-Shaddadi in Hasakah province."
	ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2023, Month: 11, Day: 21}, Text: text})
	var got []string
	for _, r := range ex.Reports {
		got = append(got, r.Place.Name+" "+strings.Join(r.ClaimedBy, ","))
	}
	if want := "Al-Shaddadi Islamic Resistance in Iraq"; strings.Join(got, "; ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A name whose only place in the gazetteer lies in another country than
// the province, country or part of one named right after it is not that
// place ("Arman" is also a name of Kaymas, in Turkey). The texts are
// written for this test.
func TestForeignNamesake(t *testing.T) {
	x := MustExtractor(t)
	for _, text := range []string{
		"On Thursday, air strikes hit the village of Arman in the south of Syria's Suwayda province.",
		"On Thursday, air strikes hit the village of Arman, in Syria's Suwayda province.",
	} {
		ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 1, Day: 19}, Text: text})
		var got []string
		for _, r := range ex.Reports {
			got = append(got, r.Place.Name+" "+r.Place.Country)
		}
		if want := "Arman SY"; strings.Join(got, "; ") != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// An undated statement of Hezbollah's armed wing: the full date after
// "this morning, Sunday" dates the attack, and "the Islamic Resistance" of
// a story of Lebanon is Hezbollah. The text is written for this test.
func TestUndatedStatement(t *testing.T) {
	x := MustExtractor(t)
	text := "Statement No. (1)\n\nIn solidarity with the Palestinian people, the groups of the Islamic Resistance attacked " +
		"at eight o'clock of this morning, Sunday 8-10-2023, three positions of the occupation in the occupied Lebanese " +
		"Shebaa Farms with artillery shells and guided missiles."
	ex := x.Extract(&sitrep.Document{ID: "t", Text: text})
	var got []string
	for _, r := range ex.Reports {
		got = append(got, r.Place.Name+" "+r.When.Start.String()+" "+strings.Join(r.ClaimedBy, ","))
	}
	if want := []string{"Shebaa Farms 2023-10-08 Hezbollah"}; strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A machine translation: "the targets of yesterday" are whose day, not
// when; CENTCOM's account is of the raid just told, and gives its weapon.
// The text is written for this test.
func TestTargetsOfYesterday(t *testing.T) {
	x := MustExtractor(t)
	text := "The aggression launched at the dawn of today, Saturday, a new raid that targeted the al-Dailami air base " +
		"in the north of the capital Sanaa.\n\nA source in the security said that the raid did not result in any human " +
		"losses.\n\nAnd the Central Command had announced in a statement that its destroyer launched missiles of the " +
		"type (Tomahawk) on a site of radar, and it described the strike as a follow-up action connected with the " +
		"targets of yesterday."
	ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 1, Day: 13}, Text: text})
	var got []string
	for _, r := range ex.Reports {
		got = append(got, r.Place.Name+" "+r.When.Start.String()+" "+r.Category)
	}
	if want := []string{"Al-Dailami Air Base 2024-01-13 missile"}; strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "the strikes, which hit military sites in Tehran" are parts of the raid
// just told, with its weapon and day, though a statement of the next day
// reports them; "the correspondent of Shahed" is an agency's, no drone.
// The text is written for this test.
func TestStrikesWhichHit(t *testing.T) {
	x := MustExtractor(t)
	text := "Israeli warplanes struck military sites in Iran early on Saturday, Israel's military said.\n\n" +
		"State media said on Sunday that a civilian had also died. Iranian officials said the strikes, which hit " +
		"military sites in Tehran and Ilam provinces, had caused only limited damage.\n\nAn informed source said to " +
		"the correspondent of Shahed that the sounds of explosions were heard in Tehran."
	ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 10, Day: 27}, Text: text})
	var got []string
	for _, r := range ex.Reports {
		got = append(got, r.Place.Name+" "+r.When.Start.String()+" "+r.Category)
	}
	want := []string{"Tehran 2024-10-26 airstrike", "Ilam Province 2024-10-26 airstrike"} // the provinces the text names
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A group's statement of its own "operations", listed after a colon, claims
// each; "the most recent attack came on Sunday" is one attack, on its day.
// The texts are written for this test.
func TestOwnOperations(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"In a statement on Telegram, the Islamic Resistance in Iraq said it had carried out two operations on " +
			"Wednesday: a drone attack on the al-Shaddadi base in Syria and a rocket attack on Erbil airport.",
			[]string{"Al-Shaddadi base 2024-01-17 claimed", "Erbil Air Base 2024-01-17 claimed"}},
		{"U.S. forces have been attacked 151 times since Oct. 17, a Pentagon official said. The most recent attack " +
			"came on Sunday, when a one-way attack drone targeted troops at Mission Support Site Euphrates.",
			[]string{"Mission Support Site Euphrates 2024-01-21 reported"}},
	} {
		ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 1, Day: 22}, Text: c.text})
		var got []string
		for _, r := range ex.Reports {
			got = append(got, r.Place.Name+" "+r.When.Start.String()+" "+r.Status)
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A claim in a relative clause after one of several attacks is that
// attack's alone. The text is written for this test.
func TestClaimOfOne(t *testing.T) {
	x := MustExtractor(t)
	text := "Iran-backed militias conducted at least three attacks on US forces on January 10: a drone attack on Erbil " +
		"airport, which the Islamic Resistance in Iraq claimed; a rocket attack on Ain al-Asad airbase; and a one-way " +
		"drone attack on the al-Tanf garrison."
	ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 1, Day: 12}, Text: text})
	var got []string
	for _, r := range ex.Reports {
		got = append(got, r.Place.Name+" "+strings.Join(r.ClaimedBy, ","))
	}
	want := []string{"Erbil Air Base Islamic Resistance in Iraq", "Ain al-Asad Air Base ", "Al-Tanf Garrison "}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "the 151st attack since Oct. 17" is a running count of 151, from then.
// The text is written for this test.
func TestOrdinalTally(t *testing.T) {
	x := MustExtractor(t)
	text := "The drone attack on Sunday was the 151st attack on U.S. forces in Iraq and Syria since Oct. 17, " +
		"according to the Pentagon."
	ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 1, Day: 22}, Text: text})
	if len(ex.Tallies) != 1 || ex.Tallies[0].Count != 151 || ex.Tallies[0].PeriodStart.String() != "2023-10-17" {
		t.Errorf("got tallies %+v, want one of 151 attacks since 2023-10-17", ex.Tallies)
	}
}

// A country named as the subject of an attack verb is its forces doing it
// ("Israel struck", "Pakistan carried out strikes"), not when it is the
// object of a preposition; an attack inside that country told in the
// same sentence is not theirs.
func TestCountrySubject(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Pakistan carried out strikes early on Thursday on militant hideouts near the Iranian town of Saravan.",
			[]string{"Saravan airstrike Pakistan Armed Forces"}},
		{"Israel also struck the port of Hodeidah on Saturday, the Houthis said.",
			[]string{"Hodeidah port airstrike Israel Defense Forces"}},
		{"A missile fired from Yemen at Israel struck a school in Ramat Gan on Saturday.",
			[]string{"Ramat Gan missile "}},
		{"On Saturday, Hezbollah rockets killed two people in Israel and Israel struck Lebanon.",
			[]string{"Israel rocket ", "Lebanon airstrike Israel Defense Forces"}},
	} {
		ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 7, Day: 25}, Text: c.text})
		var got []string
		for _, r := range ex.Reports {
			got = append(got, r.Place.Name+" "+r.Category+" "+r.Perpetrator)
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// An armed group telling of a state's attack reports it; it claims
// nothing. Its own attack it claims.
func TestStateAttackNoClaim(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct{ text, want string }{
		{"The Houthis said Israel had struck the port of Hodeidah on Saturday.",
			"Hodeidah port Israel Defense Forces reported []"},
		{"The Houthis said U.S. and British strikes hit Hodeidah on Friday.",
			"Al Hudaydah United Kingdom forces reported []"},
		{"Kataib Hezbollah said it struck U.S. forces at Ain al-Asad on Saturday.",
			"Ain al-Asad Air Base Kata'ib Hezbollah claimed [Kata'ib Hezbollah]"},
	} {
		ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 1, Day: 22}, Text: c.text})
		var got []string
		for _, r := range ex.Reports {
			got = append(got, fmt.Sprintf("%s %s %s %v", r.Place.Name, r.Perpetrator, r.Status, r.ClaimedBy))
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// told returns the reports x extracts from text published on pub, each
// described by f, joined by "; ".
func told(x *extract.Extractor, pub sitrep.Date, text string, f func(sitrep.Report) string) string {
	var got []string
	for _, r := range x.Extract(&sitrep.Document{ID: "t", Published: pub, Text: text}).Reports {
		got = append(got, f(r))
	}
	return strings.Join(got, "; ")
}

// toldOn is told for a document published on the day written as
// published ("2024-03-02").
func toldOn(t *testing.T, x *extract.Extractor, published, text string, f func(sitrep.Report) string) string {
	t.Helper()
	pub, err := sitrep.ParseDate(published)
	if err != nil {
		t.Fatal(err)
	}
	return told(x, pub, text, f)
}

// count writes a casualty count, "-" when not stated.
func count(n *int) string {
	if n == nil {
		return "-"
	}
	return fmt.Sprint(*n)
}

func placeDayCategory(r sitrep.Report) string {
	return r.Place.Name + " " + r.When.Start.String() + " " + r.Category
}

// A motive goes on after a comma: "in response to X, and to the American
// aggression on our people in Jurf al-Sakhar, the Mujahideen attacked"
// tells one attack, not one at Jurf al-Sakhar. The text is written for
// this test.
func TestMotiveAfterComma(t *testing.T) {
	x := MustExtractor(t)
	text := "In continuation of our resistance, in response to the crimes of the occupation against our people in Gaza, " +
		"and to the American aggression on our brothers in Jurf al-Sakhar and Al-Qa'im, the Mujahideen of the Islamic " +
		"Resistance in Iraq attacked with a drone the base of the occupation at Ain al-Asad at dawn on Tuesday 6-2-2024."
	if got, want := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 6}, text, placeDayCategory), "Ain al-Asad Air Base 2024-02-06 drone"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "since February 4, when a drone killed ...": the day of the period's
// start is the day of what the when-clause tells. The text is written for
// this test.
func TestSinceWhen(t *testing.T) {
	x := MustExtractor(t)
	text := "Officials said no base has been attacked since February 4, when a drone launched from militia territory " +
		"killed six fighters at the al-Omar oil field."
	got := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 20}, text, func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String()
	})
	if want := "Al-Omar oil field 2024-02-04"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A ship's flag is no place of the attack, the war a motive is told
// against is context, and an offset from "the port of Aden" is from Aden,
// one from "the Yemeni port of Hodeidah" from its port.
// The text is written for this test.
func TestShipFlagWarOffset(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2024, Month: 3, Day: 7}
	text := "A Houthi missile struck the Liberia-flagged, Greek-owned bulk carrier Sea Lark about 40 nautical miles " +
		"south-west of the port of Aden on Wednesday, the group's latest attack on shipping over the war in Gaza."
	got := told(x, pub, text, func(r sitrep.Report) string {
		return fmt.Sprintf("%s %s %.1f,%.1f p%d", r.Place.Name, r.When.Start, r.Place.Lat, r.Place.Lon, r.Place.Precision)
	})
	if want := "Aden 2024-03-06 12.3,44.6 p2"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// "the Yemeni port of Hodeidah", a port the gazetteer holds: the
	// offset still applies.
	text = "The bulk carrier Tutor was hit on Wednesday about 68 nautical miles southwest of the Yemeni port of " +
		"Hodeidah by a small unmanned boat."
	got = told(x, pub, text, func(r sitrep.Report) string {
		return fmt.Sprintf("%.1f,%.1f p%d", r.Place.Lat, r.Place.Lon, r.Place.Precision)
	})
	if want := "14.0,42.1 p2"; got != want {
		t.Errorf("the Yemeni port of Hodeidah: got %q, want %q", got, want)
	}
	text = "At about 11:30 a.m. on March 6, Houthi forces launched an anti-ship ballistic missile at M/V Sea Lark, " +
		"a Barbados-flagged, Liberian-owned bulk carrier, in the Gulf of Aden."
	if got, want := told(x, pub, text, func(r sitrep.Report) string { return r.Place.Name }), "Gulf of Aden"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Air defences opening fire defend: the explosions near Isfahan are an
// attack of unknown kind, not a shooting. The text is written for this
// test.
func TestDefencesOpenFire(t *testing.T) {
	x := MustExtractor(t)
	text := "Explosions were reportedly heard near the central Iranian city of Isfahan before dawn on Friday, and air " +
		"defence batteries opened fire, Iranian state media said."
	got := told(x, sitrep.Date{Year: 2024, Month: 4, Day: 19}, text, func(r sitrep.Report) string {
		return r.Place.Name + " " + r.Category
	})
	if want := "Isfahan unknown"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A weapon in a motive is the motive's: "hit on Friday in retaliation for
// the drone attack" tells a hit of unknown kind. The text is written for
// this test.
func TestAsideWeapon(t *testing.T) {
	x := MustExtractor(t)
	text := "A depot near Al-Qaim was hit on Friday in retaliation for the drone attack that killed three soldiers."
	if got, want := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 3}, text, placeDayCategory), "Al-Qaim 2024-02-02 unknown"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "carried out a rare strike", "carried out a wave of retaliatory
// strikes": the country doing it is the perpetrator, and a state's strike
// an air strike. The texts are written for this test.
func TestCarriedOutModified(t *testing.T) {
	x := MustExtractor(t)
	for text, want := range map[string]string{
		"The United States carried out a wave of retaliatory strikes on militia sites near Al-Qaim on Friday.": "Al-Qaim airstrike United States forces",
		"Israel carried out a rare strike on the southern suburbs of Beirut on Tuesday evening.":               "Beirut airstrike Israel Defense Forces",
	} {
		got := told(x, sitrep.Date{Year: 2024, Month: 7, Day: 31}, text, func(r sitrep.Report) string {
			return r.Place.Name + " " + r.Category + " " + r.Perpetrator
		})
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

func placeKilled(r sitrep.Report) string { return r.Place.Name + " " + count(r.Fatalities) }

// "killed Saleh al-Arouri and six other people": seven; a name alone, or
// "and his brother", is no count. The texts are written for this test.
func TestNamedAndOthers(t *testing.T) {
	x := MustExtractor(t)
	for text, want := range map[string]string{
		"On Tuesday evening a drone strike on an office in Beirut killed Saleh al-Arouri and six other people.": "Beirut 7",
		"On Tuesday evening a drone strike on an office in Beirut killed al-Arouri and two others.":             "Beirut 3",
		"On Tuesday evening a drone strike on an office in Beirut killed Saleh al-Arouri.":                      "Beirut -",
	} {
		if got := told(x, sitrep.Date{Year: 2024, Month: 1, Day: 6}, text, placeKilled); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// "a Suwayda news network" is an outlet's name: the toll it gives is the
// attack's just told at Arman, not another attack's in Suwayda. The text
// is written for this test.
func TestOutletNamedForPlace(t *testing.T) {
	x := MustExtractor(t)
	text := "On January 18, air strikes widely attributed to the Jordanian air force hit the village of Arman in the " +
		"south of Syria's Suwayda province. Local activists and a Suwayda news network said ten civilians were killed, " +
		"and that one of the homes struck belonged to a family with no link to smuggling."
	if got, want := told(x, sitrep.Date{Year: 2024, Month: 1, Day: 30}, text, placeKilled), "Arman 10"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "in the early hours of Christmas Day" is a day an incident takes;
// "Christmas" alone is a season. The texts are written for this test.
func TestHolidayDay(t *testing.T) {
	x := MustExtractor(t)
	for text, want := range map[string]string{
		"A drone struck the coalition base at Erbil airport in the early hours of Christmas Day, US officials said.": "2023-12-25",
		"A drone struck the coalition base at Erbil airport over Christmas, US officials said.":                      "2023-12-19",
	} {
		got := told(x, sitrep.Date{Year: 2023, Month: 12, Day: 26}, text, func(r sitrep.Report) string { return r.When.Start.String() })
		if got != want {
			t.Errorf("%q: got %q, want one report from %s", text, got, want)
		}
	}
}

// A weekday alone on its line heads the paragraphs under it, up to the
// next heading: a week's log. The text is written for this test.
func TestStandaloneHeadings(t *testing.T) {
	x := MustExtractor(t)
	text := "How the week went.\n\nMONDAY\n\nA drone was shot down near Erbil International Airport, officials said.\n\n" +
		"It caused no damage.\n\nWEDNESDAY\n\nTwo drones hit the Tawke field near Zakho, damaging a storage tank."
	got := told(x, sitrep.Date{Year: 2025, Month: 7, Day: 19}, text, func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + " " + r.When.Precision
	})
	if want := "Erbil Air Base 2025-07-14 day; Tawke oil field 2025-07-16 day"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "all 22 seafarers, most of them Indian nationals, were unharmed":
// nobody killed or hurt; one bystander unhurt says nothing of the others.
// The texts are written for this test.
func TestUnharmed(t *testing.T) {
	x := MustExtractor(t)
	for text, want := range map[string]string{
		"A missile struck a tanker off Mokha late on Monday. The owner said all 22 seafarers, most of them Indian nationals, were unharmed.": "0/0",
		"A missile struck a tanker off Mokha late on Monday. The owner said the crew escaped unhurt.":                                        "0/0",
		"A missile struck a tanker off Mokha late on Monday. A fisherman nearby was unhurt.":                                                 "-/-",
	} {
		got := told(x, sitrep.Date{Year: 2023, Month: 12, Day: 12}, text, func(r sitrep.Report) string {
			return count(r.Fatalities) + "/" + count(r.Injuries)
		})
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// "no U.S. personnel were injured": the periods of the abbreviation do not
// hide the "no". The text is written for this test.
func TestNoneAbbreviated(t *testing.T) {
	x := MustExtractor(t)
	text := "A drone struck the base at Ain al-Asad on Thursday; no U.S. personnel were injured."
	if got := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 23}, text, func(r sitrep.Report) string { return count(r.Injuries) }); got != "0" {
		t.Errorf("got %q, want one report with no one injured", got)
	}
}

// An age is no count: "a 50-year-old man was killed" is one, "two men
// aged 30" two, "three 20-year-old soldiers" three. The texts are written
// for this test.
func TestAgeNoCount(t *testing.T) {
	x := MustExtractor(t)
	for tail, want := range map[string]string{
		"a 50-year-old man was killed":           "1",
		"two men aged 30 were killed":            "2",
		"three 20-year-old soldiers were killed": "3",
	} {
		text := "A drone struck the base at Ain al-Asad on Thursday; " + tail + "."
		if got := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 23}, text, func(r sitrep.Report) string { return count(r.Fatalities) }); got != want {
			t.Errorf("%q: got %q, want %s killed", tail, got, want)
		}
	}
}

// "the day before yesterday" is two days before publication, not the day
// before an incident told before. The text is written for this test.
func TestDayBeforeYesterday(t *testing.T) {
	x := MustExtractor(t)
	text := "A drone struck the base at Ain al-Asad the day before yesterday, officials said."
	if got := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 6}, text, func(r sitrep.Report) string { return r.When.Start.String() }); got != "2024-02-04" {
		t.Errorf("got %q, want one report of 2024-02-04", got)
	}
}

// An attack told on one side of a town without a distance ("south of
// Baghdad") and then at a place on that side ("The strikes hit sites in
// Jurf al-Sakhar") is one attack at the closer place; a place on another
// side is another attack. The texts are written for this test.
func TestSideThenPlace(t *testing.T) {
	x := MustExtractor(t)
	day := sitrep.Date{Year: 2023, Month: 11, Day: 22}
	text := "BAGHDAD (XYZ) - U.S. jets struck two depots of an armed faction south of Baghdad early on Wednesday, killing five fighters, the faction said.\n\n" +
		"The strikes hit sites in Jurf al-Sakhar, an area the faction has held since 2014, a security source said."
	if got, want := told(x, day, text, placeDayCategory), "Jurf al-Sakhar 2023-11-22 airstrike"; got != want {
		t.Errorf("side, then a place on it:\n got  %q\n want %q", got, want)
	}
	text = "BAGHDAD (XYZ) - U.S. jets struck two depots of an armed faction north of Baghdad early on Wednesday, the faction said.\n\n" +
		"Separately, jets hit a warehouse in Basra on Wednesday, a security source said."
	if got, want := told(x, day, text, placeDayCategory), "Baghdad 2023-11-22 airstrike; Basra 2023-11-22 airstrike"; got != want {
		t.Errorf("side, then a place on another side:\n got  %q\n want %q", got, want)
	}
}

// What an attack follows is past news past the lede: "The strikes follow
// U.S. strikes on Oct. 26" tells no attack of Oct. 26; "followed by"
// tells a later one. The texts are written for this test.
func TestFollowsRecalled(t *testing.T) {
	x := MustExtractor(t)
	day := sitrep.Date{Year: 2023, Month: 11, Day: 12}
	lede := "TAMPA, Fla. - On Nov. 12, U.S. aircraft struck a depot near Abu Kamal in Deir ez-Zor province, officials said.\n\n" +
		"No U.S. personnel were hurt, and the aircraft returned safely.\n\n"
	text := lede + "The strikes follow U.S. strikes on facilities in eastern Syria on Oct. 26."
	if got, want := told(x, day, text, placeDayCategory), "Abu Kamal 2023-11-12 airstrike"; got != want {
		t.Errorf("follow:\n got  %q\n want %q", got, want)
	}
	text = lede + "On Oct. 26, a rocket attack hit the Conoco gas field, followed by drone fire."
	if got := told(x, day, text, placeDayCategory); !strings.Contains(got, "Conoco") {
		t.Errorf("followed by: got %q, want the Conoco attack kept", got)
	}
}

// A place after a comma and a direction or "near" locates the place
// before it: "the Kharab al-Jir airfield, south of the town of Rmelan"
// tells one attack, at the airfield. The texts are written for this test.
func TestLocatorPlace(t *testing.T) {
	x := MustExtractor(t)
	day := sitrep.Date{Year: 2024, Month: 1, Day: 5}
	for _, c := range []struct{ text, want string }{
		{"A drone struck the Kharab al-Jir airfield, south of the town of Rmelan, on Thursday, a local network said.",
			"Rmelan Landing Zone 2024-01-04 drone"},
		{"Rockets hit the Conoco gas field, 10 km north of Deir ez-Zor, on Thursday.", "Conoco gas field 2024-01-04 rocket"},
		// Two places told as two attacks stay two.
		{"Drones struck the Kharab al-Jir airfield on Thursday, and rockets hit Rmelan on Thursday.",
			"Rmelan Landing Zone 2024-01-04 drone; Rmelan 2024-01-04 rocket"},
	} {
		if got := told(x, day, c.text, placeDayCategory); got != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}

// A claim that ends in a colon and lists its targets ("attacked with
// drones two bases of the enemy: 1- the base of al-Rukban ..., 2- the base
// of al-Tanf ...") tells an attack on each item, not on the country of its
// preamble. The text is written for this test.
func TestTargetList(t *testing.T) {
	x := MustExtractor(t)
	text := "In continuation of our resistance to the occupation forces in Iraq and the region, the Islamic Resistance in Iraq " +
		"attacked at dawn on Sunday 28-1-2024 with drones two bases of the enemy:\n" +
		"1- the base of al-Rukban on the Syrian-Jordanian border,\n" +
		"2- the base of al-Tanf in the Syrian land.\n\nThe drones hit their targets directly."
	got := told(x, sitrep.Date{Year: 2024, Month: 1, Day: 28}, text, func(r sitrep.Report) string {
		return placeDayCategory(r) + " " + strings.Join(r.ClaimedBy, ",")
	})
	if want := "Rukban 2024-01-28 drone Islamic Resistance in Iraq; Al-Tanf Garrison 2024-01-28 drone Islamic Resistance in Iraq"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A U.S. Central Command release relayed by an archive confirms the
// strikes it tells, by its dateline ("TAMPA, Fla.") or a title calling it
// the command's statement; the same words from a newspaper report them.
// The texts are written for this test.
func TestReleaseRelayed(t *testing.T) {
	x := MustExtractor(t)
	body := "At 4:00 p.m. (Eastern Time) on Feb. 2, U.S. Central Command forces carried out airstrikes on a depot near Al-Qaim."
	for _, c := range []struct {
		title, text, want string
	}{
		{"Archive item 12", "TAMPA, Fla. - " + body, sitrep.StatusConfirmed},
		{"U.S. Central Command statement on strikes in Iraq", body, sitrep.StatusConfirmed},
		{"Strikes hit Iraq", body, sitrep.StatusReported},
	} {
		doc := &sitrep.Document{ID: "t", Outlet: "Releases Archive", Title: c.title, Published: sitrep.Date{Year: 2024, Month: 2, Day: 3}, Text: c.text}
		rs := x.Extract(doc).Reports
		if len(rs) != 1 || rs[0].Status != c.want {
			var got []string
			for _, r := range rs {
				got = append(got, r.Place.Name+" "+r.Status)
			}
			t.Errorf("title %q: got %q, want one report, %s", c.title, got, c.want)
		}
	}
}

// "said on its Telegram channel on Wednesday that it had targeted Harir":
// the day is the statement's; the attack came before it, on a day the
// sentence does not tell, and the claim joins the attack told before. The
// text is written for this test.
func TestSaidThatHad(t *testing.T) {
	x := MustExtractor(t)
	text := "ERBIL - A drone was shot down near the Harir air base late on Tuesday, the Counter-Terrorism Directorate said on Wednesday.\n\n" +
		"The directorate said the drone caused no damage.\n\n" +
		"A group calling itself the Islamic Resistance in Iraq said on its Telegram channel on Wednesday that it had targeted Harir with drones."
	got := told(x, sitrep.Date{Year: 2023, Month: 10, Day: 18}, text, func(r sitrep.Report) string {
		return placeDayCategory(r) + " " + strings.Join(r.ClaimedBy, ",")
	})
	if want := "Harir Air Base 2023-10-17 drone Islamic Resistance in Iraq"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// "The earlier raids, on October 27 and November 8, also targeted the
// al-Bukamal area": attacks a sentence calls earlier ones are other attacks
// than the one told at that place, and background days before the
// report; "has previously claimed rocket attacks" speaks of a group. The
// text is written for this test.
func TestEarlierRaids(t *testing.T) {
	x := MustExtractor(t)
	text := "American warplanes bombed a depot in al-Bukamal on Sunday night, Syrian media said.\n\n" +
		"Local sources said the raid caused heavy damage.\n\n" +
		"The earlier raids, on October 27 and November 8, also targeted the al-Bukamal area."
	if got, want := told(x, sitrep.Date{Year: 2023, Month: 11, Day: 13}, text, placeDayCategory), "Abu Kamal 2023-11-12 airstrike"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A district the gazetteer lacks, which its sentence does not place, lies
// in the town of the dateline: "BAGHDAD - ... The strike hit a car in the
// Zayouna district" is the Baghdad strike. The text is written for this
// test.
func TestDistrictOfDateline(t *testing.T) {
	x := MustExtractor(t)
	text := "BAGHDAD, Feb 8 (XYZ) - A drone strike on a car in eastern Baghdad late on Wednesday killed two men, officials said.\n\n" +
		"The strike hit a vehicle on a main street in the Zayouna district, setting it on fire."
	if got, want := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 8}, text, placeDayCategory), "Baghdad 2024-02-07 drone"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// "Background: The strike comes after the Feb. 2 airstrikes, in which
// U.S. forces struck targets in Iraq and Syria": what an attack comes after
// is another, earlier one, and background days before the report. The
// text is written for this test.
func TestComesAfter(t *testing.T) {
	x := MustExtractor(t)
	text := "BAGHDAD (XYZ) - On Feb. 7, U.S. aircraft struck a car in Baghdad, killing a commander, officials said.\n\n" +
		"No civilians were hurt, officials said.\n\n" +
		"Background: The strike comes after the Feb. 2 airstrikes, in which U.S. forces struck targets in Al-Qaim."
	if got, want := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 8}, text, placeDayCategory), "Baghdad 2024-02-07 airstrike"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// Where someone arrived or went on a visit is no place of an attack: "The
// attack came hours before the Iranian president arrived in Baghdad". The
// text is written for this test.
func TestArrivedIn(t *testing.T) {
	x := MustExtractor(t)
	text := "Two rockets hit near the Victory base complex at Baghdad airport late on Monday, security sources said.\n\n" +
		"No one was hurt.\n\n" +
		"The attack came hours before the Iranian president arrived in Erbil on his first foreign visit."
	got := told(x, sitrep.Date{Year: 2024, Month: 9, Day: 10}, text, placeDayCategory)
	if strings.Contains(got, "Erbil") {
		t.Errorf("got %q, want no attack in Erbil", got)
	}
}

// "On Friday, Nov. 17, we had two attacks." dates the attacks the
// paragraph then tells one by one, before the day of the heading above it
// (a briefing's "Monday, Nov. 20, 2023"). The text is written for this
// test.
func TestParagraphDayBeforeHeading(t *testing.T) {
	x := MustExtractor(t)
	text := "PRESS BRIEFING\nMonday, Nov. 20, 2023\n\n" +
		"SPOKESMAN: On Friday, Nov. 17, we had two attacks. In northeast Syria, a one-way attack drone targeted our forces at Tal Baydar. " +
		"Separately, a drone was brought down near Harir Air Base. No injuries."
	got := told(x, sitrep.Date{Year: 2023, Month: 11, Day: 20}, text, placeDayCategory)
	if want := "Tal Baydar 2023-11-17 drone; Harir Air Base 2023-11-17 drone"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// "Residents of the nearby village of Khasham said they heard a loud
// explosion": where witnesses live, not another attack; "was destroyed in
// the nearby village of al-Salihiyah" is where one was. The texts are
// written for this test.
func TestWitnessesVillage(t *testing.T) {
	x := MustExtractor(t)
	day := sitrep.Date{Year: 2024, Month: 8, Day: 11}
	text := "A drone struck the Conoco gas field late on Saturday, a Kurdish outlet said.\n\n" +
		"Residents of the nearby village of Zubaydah told the outlet that they heard a loud explosion at around 10 p.m."
	if got, want := told(x, day, text, placeDayCategory), "Conoco gas field 2024-08-10 drone"; got != want {
		t.Errorf("witnesses:\n got  %q\n want %q", got, want)
	}
}

// "the deadliest hit on the city since the fighting began" compares, it
// does not count: the sentence tells one attack, with its toll. The text
// is written for this test.
func TestDeadliestSince(t *testing.T) {
	x := MustExtractor(t)
	text := "A soldier was killed and eight people were wounded on Tuesday when a rocket fired from Lebanon struck a " +
		"military base in Safed, the deadliest hit on the city since the fighting on the border began four months ago."
	if got, want := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 14}, text, placeDayCategory), "Safed 2024-02-13 rocket"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// "The attacks came three days after Iran fired some 180 missiles at
// Israel": what an attack came after is an earlier event, background days
// before the report. The text is written for this test.
func TestCameDaysAfter(t *testing.T) {
	x := MustExtractor(t)
	text := "JERUSALEM (XYZ) - A drone launched from Iraq struck an army base in the Golan Heights early Friday, the military said.\n\n" +
		"The group said it had attacked the base with drones.\n\n" +
		"The attack came three days after Iran fired some 180 ballistic missiles at Israel."
	if got, want := told(x, sitrep.Date{Year: 2024, Month: 10, Day: 4}, text, placeDayCategory), "Golan Heights 2024-10-04 drone"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// Air strikes in one clause do not make an air strike of the rocket of
// another: "Israeli air strikes ... killed eight, hours after a rocket
// fired from Lebanon killed a soldier in Safed". An aircraft firing on
// fighters "who had launched the missile" is still one. The texts are
// written for this test.
func TestAirstrikeOtherClause(t *testing.T) {
	x := MustExtractor(t)
	text := "BEIRUT (XYZ) - Israeli air strikes on south Lebanon killed at least eight people on Wednesday, hours after " +
		"a rocket fired from Lebanon killed an Israeli soldier in the northern town of Safed."
	if got := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 14}, text, placeDayCategory); !strings.Contains(got, "Safed 2024-02-14 rocket") {
		t.Errorf("got %q, want the rocket on Safed", got)
	}
	text = "A U.S. AC-130 gunship fired on a vehicle carrying the fighters who had launched the missile, near Abu Ghraib, on Tuesday evening."
	if got := told(x, sitrep.Date{Year: 2023, Month: 11, Day: 22}, text, placeDayCategory); !strings.Contains(got, "airstrike") {
		t.Errorf("got %q, want an air strike", got)
	}
}

// "since the war in Gaza began on Oct. 7" dates when a period began, not
// the attack the sentence tells. The text is written for this test.
func TestSinceWarBegan(t *testing.T) {
	x := MustExtractor(t)
	text := "BAGHDAD (XYZ) - Two rockets struck the Ain al-Asad air base in western Iraq, in the latest of the attacks " +
		"on U.S. forces since the war in Gaza began on Oct. 7, officials said on Monday."
	if got := told(x, sitrep.Date{Year: 2023, Month: 11, Day: 20}, text, placeDayCategory); got != "Ain al-Asad Air Base 2023-11-20 rocket" {
		t.Errorf("got %q, want the attack on the day the officials spoke, 2023-11-20", got)
	}
}

// A government body's own statement, named by its outlet or by the
// letterhead on its first line, confirms what it tells; a news title
// named after an army does not make a story official. The texts are
// written for this test.
func TestGovernmentStatement(t *testing.T) {
	x := MustExtractor(t)
	day := sitrep.Date{Year: 2025, Month: 7, Day: 16}
	body := "This morning, Wednesday 16 July 2025, the Tawke oil field in Zakho district was attacked by drones. The attack caused damage to the production facilities."
	for _, c := range []struct {
		outlet, text, want string
	}{
		{"Kurdistan Regional Government - Ministry of Natural Resources", body, sitrep.StatusConfirmed},
		{"", "Kurdistan Region - Ministry of Natural Resources\n" + body, sitrep.StatusConfirmed},
		{"Army Times", body, sitrep.StatusReported},
	} {
		rs := x.Extract(&sitrep.Document{ID: "t", Published: day, Outlet: c.outlet, Text: c.text}).Reports
		if len(rs) != 1 || rs[0].Status != c.want {
			var got []string
			for _, r := range rs {
				got = append(got, r.Place.Name+" "+r.Status)
			}
			t.Errorf("outlet %q: got %q, want one report, %s", c.outlet, got, c.want)
		}
	}
}

// "Earlier in the day a strike on a house in the village of X killed ..."
// is an attack of the day just told, not undated background. The text is
// written for this test.
func TestEarlierInTheDay(t *testing.T) {
	x := MustExtractor(t)
	text := "BEIRUT (XYZ) - Israeli air strikes on south Lebanon killed at least eight people on Wednesday.\n" +
		"The heaviest strike hit a building in the city of Nabatieh in the late afternoon, killing five people.\n" +
		"Earlier in the day a strike on a house in the village of al-Sawana killed a woman, the state agency reported."
	got := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 14}, text, placeDayCategory)
	if !strings.Contains(got, "al-Sawana 2024-02-14") {
		t.Errorf("got %q, want an attack at al-Sawana on 2024-02-14", got)
	}
}

// A division in brackets after a list of places places them: "Tawke and
// Peshkhabour (Zakho district): drones damaged both fields" tells two
// attacks, none in the district as a whole. The text is written for this
// test.
func TestBracketedDivision(t *testing.T) {
	x := MustExtractor(t)
	text := "The attacks of the week:\n- Wed 16 July, Tawke and Peshkhabour (Zakho district): drones damaged facilities at both fields."
	got := told(x, sitrep.Date{Year: 2025, Month: 7, Day: 20}, text, placeDayCategory)
	if strings.Contains(got, "Zakho") || !strings.Contains(got, "Tawke oil field 2025-07-16 drone") {
		t.Errorf("got %q, want the Tawke field and the other, not Zakho District", got)
	}
}

// An undated statement signed with its day ("Sanaa, Wednesday 25 Shaaban
// 1445 of Hijra") tells the operations of that day or the night before.
// The text is written for this test.
func TestSignedStatement(t *testing.T) {
	x := MustExtractor(t)
	text := "In the name of God, the Most Gracious, the Most Merciful.\n" +
		"The naval forces carried out a targeting operation against the ship MARLIN off Mokha with a number of the suitable naval missiles, and the hit was accurate.\n" +
		"Sanaa, Wednesday 25 Shaaban 1445 of Hijra\nIssued by the armed forces"
	rs := x.Extract(&sitrep.Document{ID: "t", Text: text}).Reports
	if len(rs) != 1 || rs[0].Place.Name != "Mokha" || rs[0].When.Start.String() != "2024-03-05" || rs[0].When.End.String() != "2024-03-06" {
		var got []string
		for _, r := range rs {
			got = append(got, r.Place.Name+" "+r.When.Start.String()+"/"+r.When.End.String())
		}
		t.Errorf("got %q, want Mokha 2024-03-05/2024-03-06", got)
	}
}

// "The Houthis fired two missiles": the article is the name's, not the
// missiles' (which would refer back to missiles already told); nor is "a
// number of the suitable missiles" a reference. The texts are written for
// this test.
func TestArticleOfName(t *testing.T) {
	x := MustExtractor(t)
	day := sitrep.Date{Year: 2024, Month: 3, Day: 6}
	for _, text := range []string{
		"The Houthis fired two missiles at a ship in the Gulf of Aden on Wednesday.",
		"On Wednesday the naval forces targeted a ship in the Gulf of Aden with a number of the suitable naval missiles.",
	} {
		if got := told(x, day, text, placeDayCategory); got != "Gulf of Aden 2024-03-06 missile" {
			t.Errorf("%q: got %q, want Gulf of Aden 2024-03-06 missile", text, got)
		}
	}
}

// A few strikes at a place are one attack told ("reported two strikes on
// the village of Jarban"); a count of attacks on places in general is not
// ("12 attacks on U.S. bases"). A ship's cargo bound for a port does not
// place the attack there. The texts are written for this test.
func TestFewStrikesAt(t *testing.T) {
	x := MustExtractor(t)
	day := sitrep.Date{Year: 2025, Month: 4, Day: 18}
	text := "ADEN (XYZ) - U.S. air strikes on the Ras Isa fuel port killed at least 38 people late on Thursday, officials said.\n" +
		"The group's television also reported two strikes on the village of Jarban, south of Sanaa, on Thursday."
	if got := told(x, day, text, placeDayCategory); !strings.Contains(got, "Jarban 2025-04-17") {
		t.Errorf("got %q, want an attack at Jarban on 2025-04-17", got)
	}
	text = "ADEN (XYZ) - U.S. air strikes on the Ras Isa fuel port killed at least 38 people late on Thursday, officials said.\n" +
		"The television reported two strikes south of Sanaa on Thursday."
	if got := told(x, day, text, placeDayCategory); !strings.Contains(got, "Sanaa 2025-04-17") {
		t.Errorf("got %q, want an attack south of Sanaa on 2025-04-17", got)
	}
	text = "Militants have carried out 12 attacks on U.S. bases in Iraq, officials said on Thursday."
	if got := told(x, day, text, placeDayCategory); got != "" {
		t.Errorf("got %q, want no attack: a count", got)
	}
	text = "On Feb. 19, Houthi militants launched two anti-ship missiles toward a bulk carrier carrying grain to Aden, in the Gulf of Aden."
	if got := told(x, sitrep.Date{Year: 2024, Month: 2, Day: 20}, text, placeDayCategory); got != "Gulf of Aden 2024-02-19 missile" {
		t.Errorf("got %q, want Gulf of Aden 2024-02-19 missile", got)
	}
}

// "the capital Sanaa" names the city, not its government; "in the north of
// the capital Sanaa" after a base only locates the base. The texts are
// written for this test.
func TestCapitalNamed(t *testing.T) {
	x := MustExtractor(t)
	day := sitrep.Date{Year: 2024, Month: 1, Day: 13}
	if got := told(x, day, "Two air strikes hit the capital Sanaa on Saturday.", placeDayCategory); got != "Sanaa 2024-01-13 airstrike" {
		t.Errorf("got %q, want Sanaa 2024-01-13 airstrike", got)
	}
	text := "The aggression launched at dawn today, Saturday, a new raid that targeted the al-Dailami air base in the north of the capital Sanaa."
	if got := told(x, day, text, placeDayCategory); strings.Contains(got, "Sanaa") || !strings.Contains(got, "2024-01-13") {
		t.Errorf("got %q, want the al-Dailami base alone, on 2024-01-13", got)
	}
}

// Bombings told in the plural, car bombs and suicide bombers: an IED or a
// suicide bomb, not an air strike ("bombers") or nothing. The texts are
// written for this test.
func TestBombings(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2022, Month: 10, Day: 4}
	for _, c := range []struct{ text, want string }{
		{"Twin car bombs in Mogadishu killed 30 people on Monday.", "Mogadishu 2022-10-03 ied"},
		{"Car bombings in Mogadishu killed 30 people on Monday.", "Mogadishu 2022-10-03 ied"},
		{"Suicide car bombings in Mogadishu killed 30 people on Monday.", "Mogadishu 2022-10-03 suicide bomb"},
		{"Two suicide bombers blew themselves up in Mogadishu on Monday, killing 30 people.", "Mogadishu 2022-10-03 suicide bomb"},
		{"The attackers rammed two explosive-laden vehicles into the gate of a hotel in Kismayo on Monday.",
			"Kismayo 2022-10-03 ied"},
		{"Fighters blew up a car at the gate of a hotel in Kismayo on Monday and stormed the building.",
			"Kismayo 2022-10-03 unknown"},
		// A town only the namesake layer holds, in the one country the
		// text names.
		{"A car bomb exploded outside a hotel in Beledweyne, a town in central Somalia, on Monday, killing 20 people.",
			"Beledweyne 2022-10-03 ied"},
	} {
		if got := told(x, pub, c.text, placeDayCategory); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// What an attack punishes or answers ("as punishment for the strike on its
// consulate in Damascus", "how Tehran would respond to the killings in
// Beirut") is context, no attack of its own. The texts are written for
// this test.
func TestPunishmentFor(t *testing.T) {
	x := MustExtractor(t)
	pub := sitrep.Date{Year: 2024, Month: 4, Day: 15}
	for _, c := range []struct{ text, want string }{
		{"Iran launched drones and missiles at Israel late on Saturday, the Israeli military said. Tehran presented " +
			"the attack as punishment for the strike on its consulate in Damascus on April 1.", "Israel 2024-04-13"},
		{"Rockets hit a U.S. base in Syria on Sunday as Iran-aligned groups weighed how Tehran would respond to the " +
			"killings in Beirut.", "Syria 2024-04-14"},
		{"Rockets hit a U.S. base in Syria on Sunday, amid the escalation that followed the killing of a Hamas leader " +
			"in Tehran.", "Syria 2024-04-14"},
	} {
		got := told(x, pub, c.text, func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
