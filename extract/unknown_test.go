package extract_test

import (
	"fmt"
	"testing"

	"github.com/sitrep/sitrep"
)

// A town the gazetteer lacks keeps its name when the text places it in a
// division or country the gazetteer knows, and takes that division's point
// and precision; a district places it near. A place that names an attack
// told before ("The Rmelan attack followed ...") tells no other attack,
// and a list of the people counted adds up. The texts are written for
// this test.
func TestTownsInDivisions(t *testing.T) {
	x := MustExtractor(t)
	where := func(r sitrep.Report) string {
		p := r.Place
		return fmt.Sprintf("%s [%s %s %d] %s %s %s/%s", p.Name, p.Country, p.Admin1, p.Precision, r.When.Start,
			r.Category, count(r.Fatalities), count(r.Injuries))
	}
	for _, c := range []struct {
		name, published, text, want string
	}{
		{"CommaProvince", "2024-08-28",
			"Gunmen killed 12 villagers in Ntoyo, North Kivu province, on Tuesday, local officials said.",
			"Ntoyo [CD North Kivu 3] 2024-08-27 shooting 12/-"},
		{"CommaInProvince", "2025-07-28",
			"Rebels attacked Komanda, in Ituri province, on Sunday night, killing 40 worshippers in a church.",
			"Komanda [CD Ituri 3] 2025-07-27 unknown 40/-"},
		{"HeadingInBrackets", "2024-08-30",
			"Our weekly digest of political violence in the central Sahel.\n" +
				"BURKINA FASO - Saturday 24 August - Barsalogho (Sanmatenga province, Centre-Nord region). Fighters " +
				"attacked men who were digging a trench around the town, killing at least 200.",
			"Barsalogho [BF Centre-Nord 3] 2024-08-24 unknown 200/-"},
		{"HeadingWithLocalArea", "2024-09-06",
			"Our weekly round-up of violence in north-east Nigeria.\n" +
				"Sun 1 Sep - Mafa, Tarmuwa LGA (Yobe). Gunmen on motorcycles opened fire on the market, killing 34 " +
				"people.",
			"Mafa [NG Yobe State 3] 2024-09-01 shooting 34/-"},
		{"ProvinceOfTheCountry", "2023-11-09",
			"U.S. forces struck a weapons storage facility near Maysalun, in Syria's Deir ez-Zor province, on " +
				"Wednesday.",
			"Maysalun [SY Deir ez-Zor 3] 2023-11-08 airstrike -/-"},
		{"PartOfTheCountry", "2024-08-26",
			"Jihadists shot dead at least 26 people in Barsalogho in north-central Burkina Faso on Saturday, " +
				"residents said.",
			"Barsalogho [BF  4] 2024-08-24 shooting 26/-"},
		{"District", "2025-03-01",
			"A suicide bomber killed six people at a seminary in Akora Khattak, in Nowshera district, on Friday.",
			"Akora Khattak [PK Khyber Pakhtunkhwa 2] 2025-02-28 suicide bomb 6/-"},
		{"SpeakersAreNoPlace", "2024-08-27",
			"Officials in Ituri province said a drone struck a market in Bunia on Monday.",
			"Bunia [CD Ituri 1] 2024-08-26 drone -/-"},
		{"AttackNamedByItsPlace", "2024-08-13",
			"WASHINGTON - A one-way attack drone struck Rmelan Landing Zone, a U.S. base in Syria's Hasakah " +
				"province, on Friday, the Pentagon said, injuring eight. The Rmelan attack followed the Aug. 5 rocket " +
				"attack on Al Asad air base in western Iraq, in which five U.S. service members and two U.S. " +
				"contractors were injured.",
			"Rmelan Landing Zone [SY Al-Hasakah 1] 2024-08-09 drone -/8; Ain al-Asad Air Base [IQ Al Anbar 1] 2024-08-05 rocket -/7"},
		{"BetweenTwoPlaces", "2023-12-26",
			"Three missiles struck a farmhouse between the town of Sayyida Zeinab and the village of al-Hujeira, in " +
				"the Damascus countryside, on Monday, killing two people.",
			"Sayyida Zaynab [SY Rif Dimashq 1] 2023-12-25 missile 2/-"},
		{"ClaimOfAnAttackToldBefore", "2024-10-28",
			"Our brief of the week's incidents.\n" +
				"Wed 23 Oct, Ankara. Two militants attacked the TUSAS headquarters in Kahramankazan; five people were " +
				"killed.\n" +
				"Fri 25 Oct. The HPG claimed the TUSAS attack, saying it had been planned long in advance.",
			"TUSAS headquarters [TR Ankara 1] 2024-10-23 unknown 5/-"},
		{"TodayRestated", "2024-11-28",
			"Urgent | Al-Mayadin: The American aggression bombed, at dawn today, Tuesday 26-11-2024, a warehouse on " +
				"the southern outskirts of the city of al-Mayadin.",
			"Al-Mayadin [SY Deir ez-Zor 1] 2024-11-26 airstrike -/-"},
		{"TownNamedLikeAChannel", "2024-02-03", "US strikes hit a depot in Al-Mayadeen on Friday, Al Mayadeen reported.",
			"Al-Mayadin [SY Deir ez-Zor 1] 2024-02-02 airstrike -/-"},
		{"CountryOfTheStory", "2024-01-08",
			"YANGON - The military said its air force struck a rebel base in the Sagaing Region of north-western " +
				"Myanmar. Residents said two fighter jets bombed Kanan village, in Tamu Township near the border, on " +
				"Sunday, killing 17 people.",
			"Kanan [MM  4] 2024-01-07 airstrike 17/-"},
		{"AppositiveTown", "2025-03-01",
			"A suicide bomber struck a seminary in Akora Khattak, a town in Nowshera district, on Friday, killing eight " +
				"people.",
			"Akora Khattak [PK Khyber Pakhtunkhwa 2] 2025-02-28 suicide bomb 8/-"},
		{"ListOfTheDead", "2024-01-19",
			"Pakistani strikes hit a village near Saravan on Thursday. An official said three women, four children " +
				"and two men had been killed.",
			"Saravan [IR Sistan and Baluchestan 2] 2024-01-18 airstrike 9/-"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, c.published, c.text, where); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// A drone seen over a town is a sighting, unless the text calls it one
// that attacks; a day without a rocket is a pattern. The texts are written
// for this test.
func TestSightingIsNoAttack(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"Seen", "A drone was seen above the city of Hit on Monday night. No explosion was heard.", ""},
		{"Spotted", "Drones were spotted flying over Ramadi on Monday, residents said.", ""},
		{"Kamikaze", "Kamikaze drones were seen over the base at Ain al-Asad on Monday before air defences fired.",
			"Ain al-Asad Air Base 2024-08-05 drone"},
		{"SeenStriking", "A drone was seen striking a house in Hit on Monday.", "Hit 2024-08-05 drone"},
		{"ExplosionsOfInterceptions", "Sirens sounded across the country overnight, and explosions from interceptions lit " +
			"up the sky over Jerusalem on Monday.", ""},
		{"SinceAndMost", "The Houthis have fired missiles and drones at Israel since the start of the war in October, " +
			"but most were aimed at the port city of Eilat and were intercepted or fell short.", ""},
		{"DownedOverARegion", "Coalition forces shot down a drone over eastern Syria on Monday, an official said.", ""},
		{"DayWithout", "On Monday, for the first time in weeks, a day passed without a rocket or a drone being fired at " +
			"U.S. forces in Syria.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, "2024-08-06", c.text, placeDayCategory); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// "called on Baghdad to restrain the armed groups" names a government, not
// a place of attack. The text is written for this test.
func TestCalledOnACapital(t *testing.T) {
	x := MustExtractor(t)
	text := "A drone struck near Erbil airport on Tuesday, the Kurdish counter-terrorism service said. The region's " +
		"interior ministry condemned the attack and called on Baghdad to restrain the armed groups."
	if got, want := toldOn(t, x, "2023-11-15", text, placeDayCategory), "Erbil Air Base 2023-11-14 drone"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// One attack told again in later sentences stays one: by the weapon that
// struck ("The missile hit the vehicle" after a drone strike), in a
// district the gazetteer lacks, in the country that holds it (a
// command's "strike in Iraq"), and at a town the gazetteer lacks, named
// again without its province. The texts are written for this test.
func TestOneAttackRetold(t *testing.T) {
	x := MustExtractor(t)
	tell := func(r sitrep.Report) string {
		return placeDayCategory(r) + " " + count(r.Fatalities) + " " + r.Status
	}
	for _, c := range []struct{ name, published, text, want string }{
		{"WeaponAndDistrict", "2024-02-08",
			"BAGHDAD (TRW) - A U.S. drone strike on a car in eastern Baghdad late on Wednesday killed a senior " +
				"commander of Kataib Hezbollah and two other men, Iraqi security officials said.\n" +
				"The missile hit the vehicle on a main road in the Mashtal district shortly after 9:30 p.m.\n" +
				"U.S. Central Command said its forces had carried out a unilateral strike in Iraq in response to " +
				"attacks on American troops.",
			"Baghdad 2024-02-07 drone 3 confirmed"},
		{"DistrictNamedAfter", "2024-02-09",
			"A U.S. strike killed three members of Kataib Hezbollah in Baghdad late on Wednesday, the Two Rivers " +
				"Wire reported. Iraqi security officials said the drone fired on a car in the eastern Mashtal " +
				"district; one of the dead had led the group's operations in Syria. Analysts said Washington " +
				"would keep targeting those it holds responsible, even after Kataib Hezbollah said it had " +
				"suspended its attacks.",
			"Baghdad 2024-02-07 airstrike 3 confirmed"},
		{"RegionThenTown", "2025-03-01",
			"A suicide bomber blew himself up inside a seminary in north-western Pakistan after Friday prayers, " +
				"killing eight people, police said. The attack struck the Darul Uloom Haqqania in Akora Khattak, a town " +
				"in Nowshera district, as worshippers were leaving.",
			"Akora Khattak 2025-02-28 suicide bomb 8 confirmed"},
		{"NeitherCausedInjuries", "2023-11-13",
			"Early on Friday, a drone was launched at Ain al-Asad air base in western Iraq, and on Saturday a drone was " +
				"shot down as it approached U.S. troops at al-Shaddadi in north-eastern Syria, the official said. " +
				"Neither caused injuries.",
			"Ain al-Asad Air Base 2023-11-10 drone 0 confirmed; Al-Shaddadi 2023-11-11 drone 0 confirmed"},
		{"TownNamedAgain", "2024-08-26",
			"OUAGADOUGOU - Jihadist fighters killed at least 40 people on the outskirts of Barsalogho in " +
				"north-central Burkina Faso on Saturday, residents said.\n" +
				"Fighters on motorbikes fired on them for several hours, three residents said by telephone.\n" +
				"The government said in a statement that a terrorist attack had targeted Barsalogho.",
			"Barsalogho 2024-08-24 unknown 40 confirmed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, c.published, c.text, tell); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// A gunship or a helicopter that opens fire strikes from the air. The text
// is written for this test.
func TestFireFromTheAir(t *testing.T) {
	x := MustExtractor(t)
	text := "In the early hours of Tuesday, a U.S. gunship opened fire on a vehicle on the road near Abu Ghraib, west " +
		"of Baghdad, killing one member of the group, officials said."
	if got, want := toldOn(t, x, "2023-11-22", text, placeDayCategory), "Abu Ghurayb 2023-11-21 airstrike"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An attack named as the motive of another ("in response to the attacks on
// US service members, including the drone attack on Tower 22") is context,
// unless the text gives its day. The texts are written for this test.
func TestIncludedMotive(t *testing.T) {
	x := MustExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"Undated", "CENTCOM announced the strike within hours and said that it had been carried out in response to " +
			"the attacks on U.S. service members, including the drone attack on Tower 22.", ""},
		{"Dated", "The Pentagon said the strikes were a direct response to attacks by Iran-backed groups, including " +
			"Tuesday's attack on Ain al-Asad air base, in which a ballistic missile was fired at the base.",
			"Ain al-Asad Air Base 2024-01-30 missile"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, "2024-02-03", c.text, placeDayCategory); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// A president speaks as an official, and so does a commander named by his
// post a dozen words before the verb. The texts are written for this test.
func TestOfficialTitles(t *testing.T) {
	x := MustExtractor(t)
	tell := func(r sitrep.Report) string { return placeDayCategory(r) + " " + r.Status }
	for _, c := range []struct{ name, text, want string }{
		{"President", "U.S. and British warplanes struck al-Dailami air base early Friday. In a statement issued late on " +
			"Thursday in Washington, President Joe Biden said he had ordered the strikes.",
			"Al-Dailami Air Base 2024-01-12 airstrike confirmed"},
		{"CommanderOf", "U.S. and British warplanes struck al-Dailami air base early Friday. The commander of U.S. air " +
			"forces in the region said the strikes had hit radar sites.",
			"Al-Dailami Air Base 2024-01-12 airstrike confirmed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, "2024-01-12", c.text, tell); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
