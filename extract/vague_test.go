package extract_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// An untold number of targets in an area is no incident ("the outskirts of
// a number of villages in the Bint Jbeil and Marjayoun districts",
// "infrastructure in several areas of southern Lebanon"); "several sites
// around the town of Masyaf" still places the raid at Masyaf, and "as many
// as three locations" is a count. The texts are written for this test.
func TestVagueAreas(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct{ name, published, text, want string }{
		{"NumberOfVillages", "2023-12-12",
			"Israeli artillery shelled the outskirts of a number of villages in the Bint Jbeil and Marjayoun " +
				"districts on Tuesday, residents said.", ""},
		{"SeveralAreas", "2023-12-13",
			"The army said its jets struck Hezbollah infrastructure in several areas of southern Lebanon overnight.", ""},
		{"LaunchesToward", "2023-12-13",
			"The army said its fighter jets had struck Hezbollah infrastructure overnight, and that troops had identified " +
				"a number of launches toward northern Israel during the day.", ""},
		{"PreparingToFireAt", "2023-12-13",
			"The army said a drone struck two operatives in southern Lebanon yesterday afternoon, after troops spotted " +
				"them preparing to fire at the Avivim area.",
			"southern Lebanon 2023-12-12 drone"},
		{"DidNotAttackAnything", "2023-12-12",
			"A drone struck the coalition base at al-Shaddadi late on Monday. In a separate development, drones were " +
				"seen circling over the al-Hol camp on Monday afternoon. They did not attack anything, and an official " +
				"said they were probably surveillance drones.",
			"Al-Shaddadi 2023-12-11 drone reported"},
		{"SeveralSitesAroundATown", "2024-09-09",
			"Israeli strikes hit several sites around the town of Masyaf in western Syria late on Sunday, state media said.",
			"Masyaf 2024-09-08 airstrike"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := placeDayCategory
			if strings.HasSuffix(c.want, " reported") {
				f = func(r sitrep.Report) string { return placeDayCategory(r) + " " + r.Status }
			}
			if got := toldOn(t, x, c.published, c.text, f); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// A claim posted on a day after an attack told at the same place is the
// claim of that attack, not another one on the day of posting. The text is
// written for this test.
func TestClaimPostedNextDay(t *testing.T) {
	x := MustExtractor(t)
	text := "Monitors reported that loud explosions shook the area around the coalition base in al-Shaddadi late " +
		"yesterday, Monday. An SDF source said two drones had been shot down near the perimeter.\n\nIn the early " +
		"hours of Tuesday, channels close to the factions published a statement in the name of the \"Islamic " +
		"Resistance in Iraq\" claiming an attack with drones on \"the occupation base in al-Shaddadi\".\n\nWith this " +
		"attack, the number of attacks on coalition bases in Syria counted by the monitors since 19 October rises to 49."
	if got, want := toldOn(t, x, "2023-12-12", text, placeDayCategory), "Al-Shaddadi 2023-12-11 drone"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The subject of a speech verb is the one before an apposition set off by
// commas, not a name inside it: "The Popular Mobilization Forces, the
// umbrella to which Kataib Hezbollah belongs, said one of its members was
// killed". The text is written for this test.
func TestSpeakerBeforeApposition(t *testing.T) {
	x := MustExtractor(t)
	text := "A U.S. gunship fired on a vehicle near Abu Ghraib on Tuesday evening. The Popular Mobilization Forces, " +
		"the umbrella to which Kataib Hezbollah belongs, said one of its members was killed in that strike."
	pub, _ := sitrep.ParseDate("2023-11-22")
	ex := x.Extract(&sitrep.Document{ID: "t", Published: pub, Text: text})
	if len(ex.Reports) != 1 {
		t.Fatalf("got %d reports, want 1", len(ex.Reports))
	}
	for _, a := range ex.Reports[0].Assertions {
		if a.Field == sitrep.FieldFatalities && !strings.Contains(a.Source, "Popular Mobilization") {
			t.Errorf("the toll is said by %q, want the Popular Mobilization Forces", a.Source)
		}
	}
}

// What an outlet could not verify: the attack ("could not confirm the
// reports") leaves it unverified; a detail of it ("whether there were
// casualties", "the extent of the damage", "the claim") does not. The
// texts are written for this test.
func TestDoubtedDetail(t *testing.T) {
	x := MustExtractor(t)
	status := func(r sitrep.Report) string { return r.Place.Name + " " + r.Status }
	for _, c := range []struct{ name, text, want string }{
		{"Reports", "Unconfirmed reports on social media spoke of drones approaching the al-Tanf garrison late on " +
			"Monday. We could not confirm the reports.", "Al-Tanf Garrison unverified"},
		{"Casualties", "Monitors said explosions shook the Conoco gas field base late on Monday after a drone attack. " +
			"The monitors could not confirm whether there were casualties.", "Conoco gas field reported"},
		{"Damage", "A rocket struck near the Green Village base on Monday evening, residents said. Neither the coalition " +
			"nor the SDF commented, and the extent of any damage could not be independently verified.",
			"Mission Support Site Green Village reported"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, "2024-01-09", c.text, status); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// Places that are not where the attack was: the town near which a drone
// heading for a base fell, the village whose residents heard it, the
// capital under pressure, the outlet named after a town; and several
// explosions heard at a base are one attack's. The texts are written for
// this test.
func TestNotThePlace(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct{ name, outlet, published, text, want string }{
		{"HeadingFor", "", "2023-12-14",
			"At 23:10 on Wednesday, a drone was brought down by coalition air defences over the hills near the town of " +
				"Khalifan while it was heading toward Harir base, the directorate said.",
			"Harir Air Base 2023-12-13 drone"},
		{"ResidentsHeard", "", "2023-12-17",
			"A drone was shot down yesterday evening as it approached the Rumalyn Landing Zone, an SDF source said. " +
				"Residents of the village of al-Jawadiyah, about ten kilometres to the west, said they heard a loud " +
				"explosion followed by machine-gun fire.",
			"Rmelan Landing Zone 2023-12-16 drone"},
		{"PressureOnTheCapital", "", "2023-12-16",
			"A drone aimed at the Victory military complex was brought down early on Friday. The pressure on Baghdad " +
				"has grown since Washington said it would act against the groups behind the attacks.",
			"Victory Base Complex 2023-12-15 drone"},
		{"OutletNamedAfterATown", "Qamishlo Voice", "2023-12-17",
			"A drone was shot down yesterday evening as it approached the Rumalyn Landing Zone, a military source in the " +
				"SDF told Qamishlo Voice.",
			"Rmelan Landing Zone 2023-12-16 drone"},
		{"ExplosionsHeard", "", "2023-12-23",
			"Correspondents reported that several explosions were heard yesterday, Friday, at about 8 p.m., inside the " +
				"coalition base in the Conoco gas field, amid reports that a drone had targeted the base.",
			"Conoco gas field 2023-12-22 drone"},
	} {
		t.Run(c.name, func(t *testing.T) {
			pub, err := sitrep.ParseDate(c.published)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range x.Extract(&sitrep.Document{ID: "t", Outlet: c.outlet, Published: pub, Text: c.text}).Reports {
				got = append(got, placeDayCategory(r))
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("got %q, want %q", g, c.want)
			}
		})
	}
}

// A round-up whose item headings stand alone on their lines ("SUN 17 DEC -
// DEIR EZ-ZOR (SYRIA)") dates the items under them; "No incident was
// reported" and "attacks would continue" tell none. The text is written
// for this test.
func TestRoundUpHeadings(t *testing.T) {
	x := MustExtractor(t)
	text := "Our weekly digest of security events. Items are listed by the local date of the event.\n" +
		"SUN 17 DEC - DEIR EZ-ZOR (SYRIA)\n" +
		"A one-way attack drone targeted Mission Support Site Green Village in the evening. The Pentagon confirmed " +
		"the attack on Tuesday: no injuries, no damage.\n" +
		"MON 18 DEC - HOMS DESERT (SYRIA)\n" +
		"Two one-way attack drones were engaged near al-Tanf garrison. No injuries, no damage (Pentagon).\n" +
		"THU 21 DEC - BAGHDAD (IRAQ)\n" +
		"Faction leaders said attacks would continue. No incident was reported in Baghdad this week.\n"
	got := toldOn(t, x, "2023-12-23", text, func(r sitrep.Report) string {
		return placeDayCategory(r) + " " + count(r.Fatalities) + "/" + count(r.Injuries)
	})
	want := "Mission Support Site Green Village 2023-12-17 drone 0/0; Al-Tanf Garrison 2023-12-18 drone 0/0"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// "In Syria, the strikes targeted positions in Al-Mayadeen": more places of
// the strikes the lede told, on their day; lawmakers in Washington who say
// the strikes should have hit Iran place none. The text is written for this
// test.
func TestTheStrikesOfTheLede(t *testing.T) {
	x := MustExtractor(t)
	text := "American warplanes carried out a wave of strikes late on Friday night on positions along the border.\n\n" +
		"A second group of strikes targeted a position in the desert near Akashat, close to the Syrian border.\n\n" +
		"In Syria, the strikes targeted weapon depots in Al-Mayadeen.\n\n" +
		"In Washington, lawmakers said the strikes should have targeted Iran directly."
	got := toldOn(t, x, "2024-02-03", text, func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
	if want := "Akashat 2024-02-02; Al-Mayadin 2024-02-02"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// "Shortly after midnight" or "at dawn" opening an undated lede is the
// night before publication and its morning, as "overnight"; after a day
// already told ("Sunday 4 May - Port Sudan"), it is that day's. The texts
// are written for this test.
func TestLedeClock(t *testing.T) {
	x := MustExtractor(t)
	when := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + ".." + r.When.End.String()
	}
	for _, c := range []struct{ name, published, text, want string }{
		{"AfterMidnight", "2024-08-06",
			"Two rockets fell inside the perimeter of the coalition base at the al-Omar oil field shortly after midnight, " +
				"the Monitor's sources reported.",
			"Al-Omar oil field 2024-08-05..2024-08-06"},
		{"DawnOfADayTold", "2025-05-10",
			"Sunday 4 May - Port Sudan, Osman Digna air base. Suicide drones hit the air base at dawn.",
			"Port Sudan 2025-05-04..2025-05-04"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, c.published, c.text, when); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// "The Israeli enemy carried out an air aggression ... targeting the
// building", the Syrian and Iraqi state media's air strike. The text is
// written for this test.
func TestAirAggression(t *testing.T) {
	x := MustExtractor(t)
	text := "Damascus, SANA - At about 5 pm today, the Israeli enemy carried out an air aggression from the direction " +
		"of the occupied Syrian Golan targeting a building in the Mezzeh neighborhood of Damascus, a military source said."
	if got, want := toldOn(t, x, "2024-04-01", text, placeDayCategory), "Mezzeh 2024-04-01 airstrike"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "The fighters also targeted the Meron base ... at 17:30": on the day of
// the attack just told; "in order to remove threats to the residents of
// northern Israel" is what a strike is for, not where. The texts are
// written for this test.
func TestAlsoAndInOrderTo(t *testing.T) {
	x := MustExtractor(t)
	when := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + ".." + r.When.End.String()
	}
	text := "The fighters on Wednesday 12-06-2024 targeted the barracks of Kiryat Shmona with Katyusha rockets.\n" +
		"The fighters also targeted the Meron air traffic control base with a salvo of missiles at 17:30."
	got := toldOn(t, x, "2024-06-13", text, when)
	if want := "Qiryat Shmona 2024-06-12..2024-06-12; Mount Meron 2024-06-12..2024-06-12"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	text = "IDF aircraft struck a weapons depot in Nabatieh on Saturday. During the day, IDF aircraft also struck " +
		"launch posts in several areas of southern Lebanon, in order to remove threats to the residents of northern Israel."
	if got, want := toldOn(t, x, "2024-08-18", text, placeDayCategory), "Nabatieh 2024-08-17 airstrike"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "bombed positions of Iranian militias in the town of al-Bukamal": where
// the positions were; a claim told before ", and after the American
// aggression targeted positions ... in Albukamal" is not that strike's, nor
// are the drones of the claimed attack its weapon. The texts are written
// for this test.
func TestPositionsOfHolders(t *testing.T) {
	x := MustExtractor(t)
	text := "Unidentified aircraft, believed to be American, bombed at dawn today, Friday, positions of Iranian militias " +
		"in the town of al-Bukamal on the Syrian-Iraqi border, local sources said."
	if got, want := toldOn(t, x, "2024-03-15", text, func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() }),
		"Abu Kamal 2024-03-15"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	text = "These developments come after the Islamic Resistance in Iraq announced yesterday its targeting of the " +
		"base of the occupation in Al-Tanf with drones, and after the American aggression on Sunday targeted " +
		"positions of the resistance factions in Albukamal."
	claims := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.Category + " " + strings.Join(r.ClaimedBy, ",")
	}
	got := toldOn(t, x, "2023-11-16", text, claims)
	if want := "Al-Tanf Garrison drone Islamic Resistance in Iraq; Abu Kamal unknown "; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
