package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

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

// Holders of a place ("militants in western Iraq") do not hold the target
// named after "at": a command's account of missiles "launched by
// Iranian-backed militants in western Iraq at Al-Asad Airbase" tells the
// attack on the base and confirms it. The text is written for this test.
func TestHoldersThenTarget(t *testing.T) {
	wantTold(t, "Ain al-Asad Air Base 2024-01-20 confirmed", "2024-01-21",
		"An Iraqi outlet said a number of US soldiers were wounded at a base in Iraq. "+
			"The US Central Command said in a statement that ballistic missiles and rockets were launched by Iranian-backed "+
			"militants in western Iraq at Al-Asad Airbase on Saturday at approximately 6:30 p.m.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() + " " + r.Status })
}

// Fighters or militants that a strike killed "in" a place were killed
// there; they are no holders speaking from it. The texts are written for
// this test.
func TestVictimsIn(t *testing.T) {
	x := MustExtractor(t)
	brief := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + " killed " + count(r.Fatalities)
	}
	for _, c := range []struct{ text, want string }{
		{"An Israeli strike on Tuesday night killed three fighters in the town of Yaroun.", "Yaroun 2024-06-11 killed 3"},
		{"A US strike killed two militants in Jurf al-Sakhar on Tuesday, officials said.", "Jurf al-Sakhar 2024-06-11 killed 2"},
		{"An Israeli strike on Tuesday night killed a senior Hezbollah field commander and three other fighters in the " +
			"south Lebanon town of Yaroun, a source close to the group said.", "Yaroun 2024-06-11 killed 4"},
	} {
		if got := toldOn(t, x, "2024-06-12", c.text, brief); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// Two villages 7 km apart struck hours apart are two attacks; a time of
// day past the lede with no day of its own is the lede's day; a drone
// that fires a missile makes a drone strike; "killing its rider" is one
// dead; the village a road leads to is no place of the attack. The texts
// are written for this test.
func TestVillagesHoursApart(t *testing.T) {
	x := MustExtractor(t)
	brief := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + " " + r.Category + " killed " + count(r.Fatalities)
	}
	for _, c := range []struct{ text, want string }{
		{"Israeli warplanes struck the outskirts of dozens of villages in the south at dawn today, Sunday.\n" +
			"In Khiam, an Israeli air strike destroyed a house at about 4:30 a.m., killing two people.\n" +
			"At about 1:10 p.m., an Israeli drone fired a missile at a motorcycle at the entrance of Kfar Kila, killing its rider.",
			"Khiam 2024-08-25 airstrike killed 2; Kfar Kila 2024-08-25 drone killed 1"},
		{"An Israeli drone struck a car on the outskirts of the village of Yaroun this afternoon, killing three people. " +
			"The car was hit at about 2:15 p.m. near the junction leading to the neighbouring village of Maroun al-Ras.",
			"Yaroun 2024-08-25 drone killed 3"},
	} {
		if got := toldOn(t, x, "2024-08-25", c.text, brief); got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A capital or country after "backed by" or "loyal to" is the government
// behind a force, no place: "tribal fighters backed by Damascus". The text
// is written for this test.
func TestBackedByCapital(t *testing.T) {
	wantTold(t, "Conoco gas field 2024-08-24", "2024-08-25",
		"A drone struck the coalition base at the Conoco gas field on Saturday evening, "+
			"the SDF said. The SDF, which controls most of north-east Syria, also faces periodic Turkish drone strikes and "+
			"clashes with tribal fighters backed by Damascus.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
}

// Weapons found after the fact, made or left unfired are no attack: "after
// the rockets were found", "parts that could be used to assemble drones",
// "two rockets which were not launched". The texts are written for this
// test.
func TestWeaponsFoundOrMade(t *testing.T) {
	x := MustExtractor(t)
	brief := func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() }
	for _, c := range []struct{ text, want string }{
		{"Rockets hit the coalition base at Rumalyn on Saturday evening, the SDF said. Hours later, SDF units found a " +
			"minibus fitted with a launch rack burnt out near Girke Lege.\n\nLocal sources said the SDF imposed a night curfew " +
			"on Girke Lege and several nearby villages after the rockets were found.", "Rmelan 2024-08-31"},
		{"Two drones were found near the Harir base on Tuesday. Two rockets had been discovered near the Conoco field on " +
			"Wednesday, the security cell said.", ""},
		{"A drone was shot down near the Harir base on Thursday. The directorate said security forces had arrested two " +
			"men near the town of Kalak on Monday who were carrying parts that could be used to assemble drones.",
			"Harir Air Base 2024-08-29"},
		{"Two rockets hit the Ain al-Asad base on Wednesday. A security source said forces found a burnt pickup on a road " +
			"near Haditha, and on it two rockets which were not launched.", "Ain al-Asad Air Base 2024-08-28"},
	} {
		if got := toldOn(t, x, "2024-09-01", c.text, brief); got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.text, got, c.want)
		}
	}
}

// Weapons that someone is blamed for or accused of launching, bare and
// plural, are what they are blamed for over time, not one attack: "blamed
// outlaw groups ... for drones fired at Harir", "has accused the groups of
// launching drones at Erbil airport". The text is written for this test.
func TestBlamedForDrones(t *testing.T) {
	wantTold(t, "Khor Mor gas field 2024-08-22", "2024-08-23",
		"A drone hit the Khor Mor gas field late on Thursday, officials said. Kurdish "+
			"authorities have in the past blamed what they call outlaw groups operating outside the region for drones fired at "+
			"Harir. In previous statements the ministry has accused \"outlaw groups\" of launching drones at the coalition base "+
			"at Erbil airport.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
}

// Attacks that "continued" are a pattern, and so are "the strikes" of the
// next sentence: no attack of their own, no toll for the one just told.
// The texts are written for this test.
func TestAttacksContinued(t *testing.T) {
	x := MustExtractor(t)
	brief := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + " killed " + count(r.Fatalities) + " hurt " + count(r.Injuries)
	}
	for _, c := range []struct{ text, want string }{
		{"Attacks on sites hosting U.S.-led coalition forces continued at a low rate in Anbar, Homs (al-Tanf) and the " +
			"north-east of Syria.", ""},
		{"A Turkish drone struck a military vehicle near the town of Tal Tamr on Sunday, wounding three fighters. Turkish " +
			"drone strikes on the region have continued throughout the summer, targeting vehicles and checkpoints. The " +
			"administration says the strikes have killed dozens of people this year.", "Tell Tamr 2024-08-11 killed - hurt 3"},
	} {
		if got := toldOn(t, x, "2024-08-12", c.text, brief); got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.text, got, c.want)
		}
	}
}

// "Explosions were heard" at a site tell its attack even after a comma,
// and a town "in the northern countryside of" which a site lies only
// places the site. The text is written for this test.
func TestExplosionsHeardAtSite(t *testing.T) {
	wantTold(t, "Rmelan 2024-08-31 rocket; Conoco gas field 2024-08-31 drone", "2024-09-01",
		"Rockets fell near the coalition airstrip at Rumalyn yesterday evening, Saturday, "+
			"at about 19:45.\nLater in the evening, at about 21:10, explosions were heard inside the coalition base at the "+
			"Conoco gas field in the northern countryside of Deir ez-Zor, amid reports of a drone attack.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() + " " + r.Category })
}

// A port after a sea and a bearing places a ship in the sea: "in the Red
// Sea north-west of Hodeidah" is no attack at Hodeidah. The text is
// written for this test.
func TestSeaBearingOfPort(t *testing.T) {
	wantTold(t, "Red Sea 2024-09-02", "2024-09-02",
		"On Sept. 2, Houthi forces launched two anti-ship ballistic missiles at M/T Blue "+
			"Lagoon I, a Panama-flagged crude oil tanker, in the Red Sea north-west of Hodeidah.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
}

// A group's statement in translation puts the time between the group and
// its verb: "the mujahideen of the Islamic Resistance in Iraq at the night
// of Saturday 31-8-2024 targeted the base ... by a drone" is the group's
// claim. The text is written for this test.
func TestTimeBetweenGroupAndVerb(t *testing.T) {
	wantTold(t, "Conoco gas field 2024-08-31 Islamic Resistance in Iraq claimed", "2024-09-01",
		"Statement (4) - posted 23:40 Saturday\nIn continuation of our approach ... the "+
			"mujahideen of the Islamic Resistance in Iraq at the night of Saturday 31-8-2024 targeted the base of the American "+
			"occupation in the Conoco field in the land of Syria, by a drone, and they achieved a direct hit.",
		func(r sitrep.Report) string {
			return r.Place.Name + " " + r.When.Start.String() + " " + strings.Join(r.ClaimedBy, ",") + " " + r.Status
		})
}

// "Eight kilometres from the Harir base" measures a distance from the
// base the drone was flying at; it is not where the drone came from. The
// text is written for this test.
func TestDistanceFromSite(t *testing.T) {
	wantTold(t, "Harir Air Base 2024-08-22", "2024-08-23",
		"A drone was shot down late on Thursday over fields close to the village of Batas, "+
			"some eight kilometres from the Harir base north-east of Erbil, Kurdish officials said.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
}

// "No attacks ... since Feb. 4" and "not tracking any attack" tell none;
// an official saying so confirms no attack a reporter asks about. The
// text is written for this test.
func TestNoAttacksSince(t *testing.T) {
	wantTold(t, "Erbil reported", "2024-03-14",
		"GEN. RYDER: Since Oct. 17, there have been approximately 170 attacks on U.S. "+
			"forces in Iraq, Syria and Jordan. There have been no attacks on U.S. forces in Iraq and Syria since Feb. 4.\n\n"+
			"Q: There were reports of a rocket attack near Erbil last night. Can you confirm?\n\n"+
			"GEN. RYDER: I'm not tracking any attack on U.S. forces near Erbil last night.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.Status })
}

// A group's list of "the following operations" dates and claims each
// item by its opening sentence; "the border with a drone" names a weapon,
// not a country across. The text is written for this test.
func TestListOfOperations(t *testing.T) {
	x := MustExtractor(t)
	got := toldOn(t, x, "2024-01-30", "The Islamic Resistance in Iraq announced in three statements on Monday that its "+
		"fighters carried out the following operations against the bases of the American occupation:\n\n"+
		"1- At 09:20, targeting the Shaddadi base in the Syrian territory with a drone.\n"+
		"2- At 14:00, targeting the Rukban base on the Syrian-Jordanian border with a drone.\n"+
		"3- At 21:45, targeting the Al-Tanf base with two drones.",
		func(r sitrep.Report) string {
			return r.Place.Name + " " + r.When.Start.String() + " " + r.Category + " " + strings.Join(r.ClaimedBy, ",")
		})
	want := "Al-Shaddadi base 2024-01-29 drone Islamic Resistance in Iraq; Tower 22 2024-01-29 drone Islamic Resistance in Iraq; " +
		"Al-Tanf Garrison 2024-01-29 drone Islamic Resistance in Iraq"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// "In the past hours" dates what a statement of the hour tells: the day
// before publication to publication. The text is written for this test.
func TestPastHours(t *testing.T) {
	wantTold(t, "Gulf of Aden 2024-06-12..2024-06-13", "2024-06-13",
		"The naval forces carried out a military operation in the past hours that targeted "+
			"the ship VERBENA in the Gulf of Aden with a number of naval missiles.",
		func(r sitrep.Report) string {
			return r.Place.Name + " " + r.When.Start.String() + ".." + r.When.End.String()
		})
}

// "and the third at the Conoco gas field early on Sunday" leaves its verb
// out: one more attack, at its own place and day. The text is written for
// this test.
func TestThirdAtElsewhere(t *testing.T) {
	wantTold(t, "Al-Omar oil field 2024-02-03 drone; Conoco gas field 2024-02-04 drone", "2024-02-05",
		"A monitoring group said two of the drones were aimed at the al-Omar oil field base "+
			"in Deir ez-Zor province on Saturday night and the third at the Conoco gas field early on Sunday.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() + " " + r.Category })
}

// An armed group counting its own dead from a state's strike is the
// target side confirming it. The text is written for this test.
func TestTargetGroupCountsItsDead(t *testing.T) {
	wantTold(t, "Jurf al-Sakhar confirmed killed 8", "2024-02-05",
		"Kataib Hezbollah said eight of its fighters were killed in U.S. strikes on Jurf "+
			"al-Sakhar on Sunday.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.Status + " killed " + count(r.Fatalities) })
}

// ", it said in a statement" after a sentence that opens with a group is
// the group speaking, and "responded by firing 60 rockets" makes it the
// attacker: its claim. The text is written for this test.
func TestItSaidOfTheSubject(t *testing.T) {
	wantTold(t, "Baalbek ; Metulla Hezbollah", "2024-02-26",
		"Israeli jets struck near Baalbek early on Monday, two security sources said. "+
			"Hezbollah responded by firing 60 rockets at an Israeli army base in Metula on Monday, it said in a statement.",
		func(r sitrep.Report) string { return r.Place.Name + " " + strings.Join(r.ClaimedBy, ",") })
}

// "Weekly Incident Overview" heads a table; it tells no incident of its
// own. The text is written for this test.
func TestIncidentOverviewHeading(t *testing.T) {
	wantTold(t, "Al-Shaddadi 2024-07-18", "2024-07-20",
		"# Weekly Incident Overview: NE Syria, 13-19 July 2024\n\n"+
			"| Date | Location | Incident | Casualties |\n|---|---|---|---|\n"+
			"| 18 Jul | Ash Shaddadi, Al-Hasakah | IED targeting SDF patrol | 3 SDF injured |\n",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
}

// Weapons a target stores are no weapons of the strike on it, and an
// attack answered in an aside ("saying it was retaliation for the U.S.
// strikes") names no attacker of the claimed one. The text is written for
// this test.
func TestStoredWeaponsAndAnsweredStrikes(t *testing.T) {
	x := MustExtractor(t)
	got := toldOn(t, x, "2024-01-24", "U.S. forces carried out strikes early on Wednesday on a facility near al-Qaim "+
		"that Kataib Hezbollah used to store drones and missiles, the Pentagon said. The Islamic Resistance in Iraq "+
		"claimed responsibility for a drone attack on Erbil air base later on Wednesday, saying it was retaliation for "+
		"the U.S. strikes.",
		func(r sitrep.Report) string {
			return r.Place.Name + " " + r.Category + " " + r.Perpetrator + " " + strings.Join(r.ClaimedBy, ",")
		})
	want := "Al-Qaim airstrike United States forces ; Erbil Air Base drone  Islamic Resistance in Iraq"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A place assertion's evidence is the words that name the place, not a
// province before it that holds it. The text is written for this test.
func TestPlaceEvidenceNamesThePlace(t *testing.T) {
	x := MustExtractor(t)
	text := "Correspondents in the north-eastern countryside of al-Hasakah reported that several rockets fell near the " +
		"perimeter of the coalition airstrip at Rumalyn yesterday evening."
	ex := x.Extract(&sitrep.Document{ID: "t", Published: sitrep.Date{Year: 2024, Month: 9, Day: 1}, Text: text})
	var got []string
	for _, r := range ex.Reports {
		for _, a := range r.Assertions {
			if a.Field == sitrep.FieldPlace {
				got = append(got, text[a.Evidence.Start:a.Evidence.End])
			}
		}
	}
	if g := strings.Join(got, "; "); g != "Rumalyn" {
		t.Errorf("got %q, want %q", g, "Rumalyn")
	}
}

// An attack told as some days after another ("weeks after the Hamas
// attack on Israel", "only days after U.S. jets bombed sites near Abu
// Kamal") places and dates only the one the sentence tells (with a count,
// "two days after Iran hit", the earlier one is dated and told); "parts of
// what officials described as a drone" are no drone attack. The texts are
// written for this test.
func TestDaysAfterAnother(t *testing.T) {
	x := MustExtractor(t)
	brief := func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() }
	for _, c := range []struct{ text, want string }{
		{"The attacks on U.S. forces began in mid-October, weeks after the Hamas attack on Israel and the start of " +
			"Israel's war in Gaza.", ""},
		{"Iran-aligned factions launched two drones at Ain al-Asad air base early on Sunday, only days after U.S. jets " +
			"bombed sites near Abu Kamal, a U.S. official said.", "Ain al-Asad Air Base 2023-10-29"},
		{"A drone was shot down near Harir on Monday. Security forces arrested two men near Makhmour who were carrying " +
			"parts of what officials described as a drone.", "Harir Air Base 2023-10-30"},
	} {
		if got := toldOn(t, x, "2023-11-01", c.text, brief); got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A group's preamble ("in resisting the American occupation forces in
// Iraq and the region") places nothing; "al-Tanaf" is al-Tanf; "one drone
// was shot down and a second struck near a hangar" counts the drones of
// one attack. The texts are written for this test.
func TestStatementPreambleAndSecondDrone(t *testing.T) {
	x := MustExtractor(t)
	brief := func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() }
	for _, c := range []struct{ text, want string }{
		{"In continuation of our approach in resisting the American occupation forces in Iraq and the region, the " +
			"mujahideen of the Islamic Resistance in Iraq targeted, at the evening of Saturday 28-10-2023, the base of the " +
			"American occupation in al-Tanaf with a drone.", "Al-Tanf Garrison 2023-10-28"},
		{"Statement (2) - posted 06:15\nThe mujahideen targeted, at dawn of today Sunday 29-10-2023, the base of Ain " +
			"al-Assad in the west of Iraq with two drones.\nRelay note: A U.S. defense official told a foreign news agency " +
			"on Sunday that at Ain al-Asad one drone was shot down and a second struck near a hangar, causing minor damage.",
			"Ain al-Asad Air Base 2023-10-29"},
	} {
		if got := toldOn(t, x, "2023-10-30", c.text, brief); got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A village the gazetteer lacks, beside a site it knows, only says where
// the drone fell: "the drone attack on Harir air base ..., when a drone
// was shot down near the village of Bardasur". The text is written for
// this test.
func TestUnknownVillageBesideSite(t *testing.T) {
	wantTold(t, "Harir Air Base 2023-10-30", "2023-11-01",
		"The CTD did confirm the drone attack on Harir air base two days ago, when a drone "+
			"was shot down near the village of Bardasur at 23:05 on Monday.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
}

// "on the road to al-Jawadiyah" tells where a road goes, not where a
// drone was downed. The text is written for this test.
func TestOnTheRoadTo(t *testing.T) {
	wantTold(t, "Al-Shaddadi 2023-10-29", "2023-10-30",
		"A drone attacked the coalition base at al-Shaddadi yesterday evening, Sunday. "+
			"According to the Observatory's sources, a drone was shot down over farmland east of the base, on the road to "+
			"al-Jawadiyah.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
}

// The weapon and the side in a relative clause are the target's: "a drone
// struck the Hezbollah cell that had fired the missile" is a drone strike
// by no Hezbollah. The text is written for this test.
func TestRelativeClauseTarget(t *testing.T) {
	wantTold(t, "Aitaroun drone Israel Defense Forces", "2023-10-31",
		"Shortly afterwards, the military said, an Israeli drone struck the Hezbollah cell "+
			"that had fired the missile, on the outskirts of the Lebanese village of Aitaroun on Monday.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.Category + " " + r.Perpetrator })
}

// "began on 17 October, ten days after the Hamas attack on southern
// Israel": the attack named after is ten days before the day told. The
// text is written for this test.
func TestDaysAfterTheDayTold(t *testing.T) {
	wantTold(t, "southern Israel 2023-10-07", "2023-10-30",
		"The wave of attacks began on 17 October, ten days after the Hamas attack on "+
			"southern Israel set off the war in Gaza.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.When.Start.String() })
}

// A place in a part after a semicolon with no attack word of its own is
// none of the attack's: "last week's U.S. strikes near Abu Kamal ...; and a
// long read on why Eilat's port has gone quiet". The text is written for
// this test.
func TestSemicolonPart(t *testing.T) {
	wantTold(t, "Abu Kamal", "2023-11-01",
		"Coming next week: a think-tank argument that last week's U.S. strikes near Abu "+
			"Kamal were \"signals, not punishment\"; a profile of Iraq's Security Media Cell; and a long read on why "+
			"Eilat's port has gone quiet.",
		func(r sitrep.Report) string { return r.Place.Name })
}

// "near the town of Sinune in the Sinjar district": the district locates
// the town; one attack, its toll the town's. The text is written for this
// test.
func TestTownInDistrict(t *testing.T) {
	wantTold(t, "Sinuni killed 2", "2024-08-15",
		"A Turkish drone struck a car near the town of Sinune in the Sinjar district on "+
			"Wednesday afternoon, killing two members of the Sinjar Resistance Units, local officials said.",
		func(r sitrep.Report) string { return r.Place.Name + " killed " + count(r.Fatalities) })
}

// "the Israeli enemy carried out an air aggression" names Israel's forces
// as the other side calls them; "terrorist organizations in Idleb ...
// with drones on the city of Aleppo" sit in Idleb, they strike Aleppo. The
// text is written for this test.
func TestEnemyAndOrganizationsIn(t *testing.T) {
	wantTold(t, "Aleppo Israel Defense Forces", "2024-03-29",
		"Damascus, SANA - At about 01:45 a.m. today, the Israeli enemy carried out an air "+
			"aggression from the direction of Athriya, southeast of Aleppo, targeting a number of points in Aleppo countryside, "+
			"a military source said. The aggression coincided with an aggression by terrorist organizations in Idleb with "+
			"drones on the city of Aleppo.",
		func(r sitrep.Report) string { return r.Place.Name + " " + r.Perpetrator })
}
