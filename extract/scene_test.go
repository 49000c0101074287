package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// A communique often sets the scene in one sentence (the village, the day,
// the gunmen) and tells the attack in the next: the attack is at that
// village on that day, and the divisions named after the village ("rural
// commune of ..., department of ...") hold it. A count of nothing known is
// not a count of zero. The texts are written for this test.
func TestSceneThenAttack(t *testing.T) {
	x := MustExtractor(t)
	tollOf := func(r sitrep.Report) string {
		return placeDayCategory(r) + " " + count(r.Fatalities) + "/" + count(r.Injuries) + " " + r.Status
	}
	for _, c := range []struct {
		name, published, text, want string
	}{
		{"TranslatedCommunique", "2024-06-15",
			"Niamey - The Government informed the public that this Friday 14 June 2024, toward 11h00, a group of " +
				"heavily armed bandits encircled the market of the village of Dinara, rural commune of Gotheye, " +
				"department of Tera, region of Tillaberi.\n" +
				"The bandits opened the fire on the traders, killing 12 civilians and making 5 injured.",
			"Dinara 2024-06-14 shooting 12/5 confirmed"},
		{"SceneThenStrike", "2024-02-06",
			"A senior commander of the group was killed on Monday evening in an aggression on the Sayyida Zeinab " +
				"area south of Damascus, the group said. Warplanes had targeted his apartment.",
			"Sayyida Zaynab 2024-02-05 airstrike 1/- reported"},
		{"NoSceneWithoutDay", "2024-06-15",
			"Gunmen roam the countryside around Tahoua. They opened fire on a bus, killing four.",
			""},
		{"NoFiguresIsNotZero", "2024-08-26",
			"Fighters attacked the town of Kaya on Saturday, residents said. The government said the army had " +
				"repelled the attack but gave no casualty figures.",
			"Kaya 2024-08-24 unknown -/- confirmed"},
		{"ReleaseDatelineAndCantonment", "2025-03-05",
			"Rawalpindi, 4 March 2025: On the evening of 4 March 2025, khwarij attempted to breach the perimeter of " +
				"Bannu Cantonment, Khyber Pakhtunkhwa.\nThe khwarij rammed two explosive-laden vehicles into the " +
				"perimeter wall of the cantonment, killing five soldiers.",
			"Bannu 2025-03-04 ied 5/- reported"},
		{"TheTownsCantonment", "2025-03-05",
			"Militants rammed two explosive-laden vehicles into the wall of the Bannu cantonment in Khyber " +
				"Pakhtunkhwa on Tuesday, killing five soldiers.",
			"Bannu 2025-03-04 ied 5/- reported"},
		{"AttackOfADayRecalled", "2025-07-27",
			"Fighters killed at least 21 people in an attack on a church in Bunia, in Congo's Ituri province, " +
				"overnight into Sunday, a civil-society leader said.\nSunday's attack came as Congo, Rwanda and the " +
				"rebels were still negotiating, after a deal signed in Washington in June.",
			"Bunia 2025-07-26 unknown 21/- reported"},
		{"BodiesCounted", "2025-07-28",
			"Fighters attacked a church in Bunia, Ituri, on Sunday. \"We have counted 21 bodies inside the church,\" " +
				"a civil-society leader said.",
			"Bunia 2025-07-27 unknown 21/- reported"},
		{"FightersKilled", "2024-09-02",
			"Suspected Boko Haram fighters on motorcycles killed at least 34 people in the village of Mafa in " +
				"Yobe state late on Sunday, police said.",
			"Mafa 2024-09-01 unknown 34/- confirmed"},
		{"FightersWereKilled", "2024-09-02", "Five fighters were killed in Maiduguri late on Sunday, police said.", ""},
		{"ClaimedLives", "2024-07-02",
			"Three coordinated suicide attacks in Maiduguri on Saturday claimed 32 lives and left 42 persons injured.",
			"Maiduguri 2024-06-29 suicide bomb 32/42 reported"},
		{"VisitedWhere", "2024-09-02",
			"The governor on Monday visited Gwoza, Borno State, where three suicide attacks on Saturday claimed 32 lives.",
			"Gwoza 2024-08-31 suicide bomb 32/- reported"},
		{"TownOfTheAreaToldBefore", "2024-09-04",
			"Insurgents stormed the barracks in northern Borno State on Tuesday. The attack on Dikwa killed five " +
				"soldiers, the army said.",
			"Dikwa 2024-09-03 unknown 5/- confirmed"},
		{"AttackedATown", "2024-09-04",
			"Insurgents attacked Dikwa in northern Borno State on Tuesday, killing five soldiers, the army said.",
			"Dikwa 2024-09-03 unknown 5/- confirmed"},
		{"ArmyInforms", "2024-02-17",
			"The Armed Forces of the Democratic Republic of Congo, FARDC in short, inform the national and " +
				"international opinion that this Saturday 17 February 2024, a drone of the Rwanda Defence Force " +
				"dropped explosive charges on the airport of Goma.",
			"Goma 2024-02-17 drone -/- confirmed"},
		{"ComparedSinceIsNoTally", "2023-12-26",
			"HAWLER - Three American service members were wounded when a drone struck the coalition base at Erbil " +
				"airport on Monday, US officials said, in one of the most serious attacks on international forces in " +
				"the Kurdistan Region since the war in Gaza began.",
			"Erbil Air Base 2023-12-25 drone -/3 confirmed"},
		{"ListItemsWithWeapons", "2023-10-27",
			"The mujahideen of the Islamic Resistance in Iraq targeted, on the day of Thursday 26-10-2023, two " +
				"bases of the occupation, as follows:\n1- Ain al-Assad base in the west of Iraq, with two drones, at " +
				"noon.\n2- The Victoria base near Baghdad airport, with a drone, before midnight.\nAbout Victoria " +
				"there was no statement from the coalition.",
			"Ain al-Asad Air Base 2023-10-26 drone -/- claimed; Victory Base Complex 2023-10-26 drone -/- claimed"},
		{"OtherNameInBrackets", "2023-10-23",
			"Local monitors reported a drone strike on the coalition base at the al-Omar oil field (Green Village) " +
				"on Saturday afternoon.",
			"Al-Omar oil field 2023-10-21 drone -/- reported"},
		{"NextDayClaim", "2023-11-07",
			"ERBIL (KF) - A drone aimed at the Harir air base fell in farmland short of its target late on Monday, " +
				"the Counter-Terrorism Directorate said. The Islamic Resistance in Iraq claimed the attack on Tuesday, " +
				"saying it had hit the occupation base at Harir with a drone.",
			"Harir Air Base 2023-11-06 drone -/- confirmed"},
		{"HeardInTowns", "2023-11-05",
			"A suicide drone targeted yesterday, Saturday, the base of the coalition at the al-Omar oil field in " +
				"the eastern countryside of Deir ez-Zor, sources said. A strong explosion was heard in the afternoon " +
				"in the towns of Dhiban and al-Tayyana, followed by the sound of air defences.",
			"Al-Omar oil field 2023-11-04 drone -/- reported"},
		{"AttackOfTheProvinceToldBefore", "2023-11-05",
			"A drone struck the coalition base at the al-Omar oil field on Saturday, sources said. The attack comes " +
				"at a sensitive time for the SDF in Deir ez-Zor.",
			"Al-Omar oil field 2023-11-04 drone -/- reported"},
		{"FirstStrikeIsAnother", "2023-11-05",
			"A drone struck the coalition base at the al-Omar oil field on Saturday, sources said. The first strike " +
				"hit a house in Deir ez-Zor.",
			"Al-Omar oil field 2023-11-04 drone -/- reported; Deir ez-Zor 2023-11-04 drone -/- reported"},
		{"HoursAfterTheAttackAnswered", "2023-12-26",
			"U.S. aircraft struck three sites used by Kataib Hezbollah in Iraq early on Tuesday, hours after a drone " +
				"attack on a base in Erbil wounded three American service members, U.S. officials said.",
			"Iraq 2023-12-26 airstrike -/- confirmed"},
		{"ParticipleTollOfTheClauseBefore", "2023-12-26",
			"Iraqi officials said one of the strikes hit a headquarters in Hilla, about 100 km south of Baghdad, on " +
				"Tuesday, killing one member of the group, and that another hit a warehouse near al-Iskandariya.",
			"Hillah 2023-12-26 unknown 1/- reported; Iskandariya 2023-12-26 unknown -/- reported"},
		{"MastheadIsNoPlace", "2023-11-08",
			"A drone exploded near the fence of the coalition's airstrip outside Rmeilan on Tuesday evening, a " +
				"military source told the Qamishlo Herald.",
			"Rmelan 2023-11-07 drone -/- reported"},
		{"TitleCaseDateline", "2023-12-27",
			"Baghdad - The official spokesman of the government said today, Wednesday, that the American forces " +
				"carried out a strike on a site in Hilla on Tuesday.",
			"Hillah 2023-12-26 airstrike -/- confirmed"},
		{"SitesSuchAs", "2023-12-27",
			"Sites such as Conoco and the nearby Green Village at the al-Omar oil field sit in open country where " +
				"low-flying drones can be hard to see.",
			""},
		{"WarnedAgainst", "2023-10-27",
			"Officials said on Thursday that options for a response had been presented to the president, who said " +
				"he had warned Iran's leadership against targeting U.S. troops.",
			""},
		{"RoundUpItem", "2025-03-17",
			"Our weekly summary of militant violence for the week of 10 to 16 March.\n" +
				"Fri 14 March, Bannu, Khyber Pakhtunkhwa. A bomb planted inside a mosque went off during prayers, " +
				"wounding four worshippers, police said.\n" +
				"Sun 16 March, Mardan, Khyber Pakhtunkhwa. Gunmen opened fire on a police post, killing two constables.",
			"Bannu 2025-03-14 ied -/4 confirmed; Mardan 2025-03-16 shooting 2/- reported"},
		{"LiveBlogEntry", "2025-05-06",
			"Live updates on the war in Sudan. Times are local; newest first.\n" +
				"18:20 - Two drones struck a fuel depot in Port Sudan, the army says.\n" +
				"11:05 - The army has confirmed that five soldiers were killed in the strike on Kassala.\n" +
				"09:15 - Residents report long queues at petrol stations.",
			"Port Sudan 2025-05-06 drone -/- confirmed"},
		{"ProjectileIsNoWeapon", "2024-10-31",
			"A projectile hit an orchard in Metula on Thursday, killing four farm workers, the army said.",
			"Metulla 2024-10-31 unknown 4/- confirmed"},
		{"OriginThenTarget", "2024-10-31",
			"A rocket fired from Lebanon hit Metula on Thursday.",
			"Metulla 2024-10-31 rocket -/- reported"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, c.published, c.text, tollOf); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
