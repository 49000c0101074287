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
	// Not an air strike, which is confirmed when told as a fact whoever
	// tells it: a drone shot down.
	body := "At 4:00 p.m. (Eastern Time) on Feb. 2, U.S. Central Command forces shot down a one-way attack drone near Al-Qaim."
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
	// The curated village is As-Sawana since 5 December (evening).
	if !strings.Contains(got, "Sawana 2024-02-14") {
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
