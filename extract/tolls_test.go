package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep"
)

// Who was killed or hurt, told in the ways wires, officials and machine
// translations tell it: nobody ("its staff were safe", "no member of its
// crew had been injured", "did not result in any human losses", "nobody was
// hurt in either attack"); a count after the noun ("led to the martyrdom
// of 7 citizens", "the injury of its driver", "the martyrdom of a woman and
// her two children"); a toll in the sentence after the attack whose other
// clause names where launchers were found or where the crew were taken;
// a toll shared by two places, which is neither's alone; a toll broken
// down by place after a colon ("two in Khiam and one in Kfar Kila"); "without
// recording any losses" as the Arabic press writes nobody hurt, but not
// "material losses"; "killed one man and wounded several" counts no one
// wounded; headlines' "kills three ... and wounds more than 40" count,
// "his wounds" does not; "killed a senior commander" counts the victim
// named until "Three people were killed"; the depots of militias "in the vicinity of" a city are
// there. The texts are
// written for this test.
func TestTolls(t *testing.T) {
	x := MustExtractor(t)
	brief := func(r sitrep.Report) string {
		return r.Place.Name + " " + r.When.Start.String() + " killed " + count(r.Fatalities) + " hurt " + count(r.Injuries)
	}
	for _, c := range []struct{ name, published, text, want string }{
		{"StaffSafe", "2025-07-18",
			"Two drones struck the Tawke oil field near Zakho on Thursday, setting a storage tank on fire. " +
				"The operator said its staff were safe.",
			"Tawke oil field 2025-07-17 killed 0 hurt 0"},
		{"CrewEvacuatedSafely", "2024-02-19",
			"A Houthi missile hit a bulk carrier in the Gulf of Aden on Sunday evening. All 24 crew were evacuated safely.",
			"Gulf of Aden 2024-02-18 killed 0 hurt 0"},
		{"SafeHouseIsNoToll", "2024-02-19",
			"U.S. jets struck a safe house near Mayadin on Sunday.",
			"Al-Mayadin 2024-02-18 killed - hurt -"},
		{"NoMemberOfItsCrew", "2023-12-31",
			"A missile struck a container ship in the Red Sea on Saturday. The ship said no member of its crew had been injured.",
			"Red Sea 2023-12-30 killed 0 hurt 0"},
		{"DidNotResultIn", "2024-01-14",
			"Warplanes raided the al-Dailami air base north of Sanaa at dawn on Saturday. A security source said the raid " +
				"did not result in any human losses.",
			"Al-Dailami Air Base 2024-01-13 killed 0 hurt 0"},
		{"EitherAttack", "2023-11-18",
			"ERBIL - A drone hit the Harir air base late on Friday and another was downed near Erbil airport early on " +
				"Saturday, officials said.\n\nThe counter-terrorism service said the Harir drone damaged a hangar and that " +
				"air defences brought down the Erbil drone at 3 a.m. Nobody was hurt in either attack, it said.",
			"Harir Air Base 2023-11-17 killed 0 hurt 0; Erbil Air Base 2023-11-18 killed 0 hurt 0"},
		{"MartyrdomOf", "2024-02-15",
			"Enemy warplanes launched this evening a raid on a residential building in the city of Nabatieh, which led " +
				"to the martyrdom of 7 citizens from one family and the wounding of others.",
			"Nabatieh 2024-02-15 killed 7 hurt -"},
		{"MartyrdomOfAWomanAndHerChildren", "2024-02-15",
			"A hostile drone targeted a house in the town of Kfar Kila this afternoon, which resulted in the martyrdom " +
				"of a woman and her two children.",
			"Kfar Kila 2024-02-15 killed 3 hurt -"},
		{"InjuryOfItsDriver", "2023-11-16",
			"An explosive device exploded last evening on a supply convoy near Diwaniyah, and it led to the burning of " +
				"one truck and the injury of its driver, without deaths.",
			"Diwaniyah 2023-11-15 killed 0 hurt 1"},
		{"KillingAndWoundingOfSix", "2024-03-15",
			"Fighters attacked a checkpoint near al-Sukhnah on Thursday, which led to the killing and wounding of six of them.",
			"As Sukhnah 2024-03-14 killed - hurt -"},
		{"LaunchersFoundElsewhere", "2023-11-17",
			"A rocket attack targeted the Ain al-Asad air base in Anbar on Thursday. The security cell said that two " +
				"rockets landed inside the base, causing no casualties, and that forces found the launcher, loaded with " +
				"three more rockets, near the town of al-Baghdadi.",
			"Ain al-Asad Air Base 2023-11-16 killed 0 hurt 0"},
		{"CrewLandedElsewhere", "2024-02-20",
			"A Houthi missile struck a cargo ship near Mokha late on Sunday, the maritime agency said. The master reported " +
				"a blast that holed the hull. They were taken aboard a tanker and landed in Djibouti, where port officials " +
				"said all of them were unhurt.",
			"Mokha 2024-02-18 killed 0 hurt 0"},
		{"LaterToll", "2023-12-13",
			"An Israeli drone struck a car on the eastern outskirts of Yaroun yesterday afternoon. Lebanon's news agency " +
				"later gave a toll of two dead, and said that a third man, a passer-by, had been wounded.",
			"Yaroun 2023-12-12 killed 2 hurt 1"},
		{"OtherSideUnhurt", "2023-12-13",
			"Israeli jets struck a house in Yaroun on Tuesday. No injuries were reported on the Israeli side.",
			"Yaroun 2023-12-12 killed - hurt -"},
		{"TheDroneThenNobodyHurt", "2023-12-17",
			"QAMISHLO - A drone was shot down yesterday evening as it approached the Rumalyn Landing Zone, an SDF source " +
				"said.\nThe source said air defences at the airstrip, which is also known as Kharab al-Jir, engaged the " +
				"drone at about 18:35 on Saturday and that it fell in an empty field.\n\"Nobody was hurt,\" said the source.",
			"Rmelan Landing Zone 2023-12-16 killed 0 hurt 0"},
		{"TollOfTheMotive", "2023-12-20",
			"The Islamic Resistance in Iraq targeted, in the early hours of today, Wednesday, the base at Ain al-Asad with " +
				"a drone. In a statement, it said the operation came \"in response to the crime of the American occupation " +
				"which killed five heroes of the Popular Mobilisation near Kirkuk on the 3rd of this month\".",
			"Ain al-Asad Air Base 2023-12-20 killed - hurt -"},
		{"NoneOfOneSideSomeOfAnother", "2024-02-06",
			"On Sunday, a one-way attack drone struck near Mission Support Site Euphrates in Syria. No U.S. personnel were " +
				"injured; however, the attack killed six Syrian Democratic Forces fighters.",
			"Mission Support Site Euphrates 2024-02-04 killed 6 hurt 0"},
		{"OutpostOnTheSyrianSide", "2024-01-29",
			"AMMAN - Jordan's spokesman said on Monday that the drone attack that killed three American soldiers on " +
				"Sunday targeted the Tower 22 outpost on the Syrian side of the border.",
			"Tower 22 2024-01-28 killed 3 hurt -"},
		{"OneTollOfTwoPlaces", "2023-12-27",
			"Baghdad - The spokesman said that American forces carried out at dawn yesterday a bombardment that targeted " +
				"a position in the district of Hilla and a site near al-Iskandariya, which led to the martyrdom of one member " +
				"and the wounding of 18 others.",
			"Hillah 2023-12-26 killed - hurt -; Iskandariya 2023-12-26 killed - hurt -"},
		{"WithoutRecordingLosses", "2024-07-26",
			"Two drones fell inside the Ain al-Asad base on Tuesday without recording any losses, a security source said.",
			"Ain al-Asad Air Base 2024-07-23 killed 0 hurt 0"},
		{"LossesInTheLives", "2023-11-16",
			"Two Katyusha rockets fell inside the Ain al-Asad base at dawn today, without causing losses in the lives.",
			"Ain al-Asad Air Base 2023-11-16 killed 0 hurt 0"},
		{"MaterialLossesOnly", "2024-07-26",
			"A drone hit a warehouse at the Ain al-Asad base on Tuesday, without causing material losses.",
			"Ain al-Asad Air Base 2024-07-23 killed - hurt -"},
		{"KilledOneAndWoundedSeveral", "2024-07-19",
			"The drone that hit a residential building in central Tel Aviv early on Friday killed one man and wounded several other people.",
			"Tel Aviv 2024-07-19 killed 1 hurt -"},
		{"KilledThreeAndTwoWereInjured", "2024-03-29",
			"Israeli jets struck the outskirts of Yaroun at dawn today. Hezbollah said the strike killed 3 fighters and 2 were injured.",
			"Yaroun 2024-03-29 killed 3 hurt 2"},
		{"DepotsOfMilitiasInTheVicinity", "2024-03-29",
			"Israeli missile strikes targeted, at dawn today, positions and weapons depots of Hezbollah and Iranian-backed " +
				"militias in the vicinity of the city of Aleppo, killing 38 people.",
			"Aleppo 2024-03-29 killed 38 hurt -"},
		{"PresentTense", "2024-01-29",
			"January 28: A drone attack kills three US soldiers and wounds more than 40 at Tower 22, a small base in Jordan.",
			"Tower 22 2024-01-28 killed 3 hurt 40"},
		{"HisWoundsAreNoCount", "2024-01-29",
			"A drone attack hit Tower 22 on Sunday. A soldier treated for his wounds 2 days later was flown to Germany.",
			"Tower 22 2024-01-28 killed - hurt -"},
		{"AbbreviationInTheObject", "2024-08-06",
			"On Aug. 5, rockets fired at Ain al-Asad air base in western Iraq wounded five U.S. service members and two contractors.",
			"Ain al-Asad Air Base 2024-08-05 killed - hurt 7"},
		{"TollByPlace", "2024-08-25",
			"16:20 GMT - Lebanon's health ministry says three people were killed in Israeli strikes in the south today: two " +
				"in Khiam and one in Kfar Kila. The ministry's figure for Khiam is two dead and two wounded.",
			"Khiam 2024-08-25 killed 2 hurt 2; Kfar Kila 2024-08-25 killed 1 hurt -"},
		{"NamedThenWhole", "2024-02-08",
			"A U.S. drone strike on a vehicle in eastern Baghdad on Wednesday night killed a senior commander of the militia, " +
				"officials said. Three people were killed, among them the commander.",
			"Baghdad 2024-02-07 killed 3 hurt -"},
		{"Martyring", "2024-01-21",
			"Earlier on Saturday, the Zionist regime carried out an airstrike on a residential building in Damascus, martyring " +
				"five Iranian military advisors.",
			"Damascus 2024-01-20 killed 5 hurt -"},
		{"WithoutMakingVictims", "2024-03-11",
			"This Monday morning, another drone has struck a checkpoint of the Asayish in the outskirts of Amouda, without " +
				"making victims, according to local sources.",
			"Amuda 2024-03-11 killed 0 hurt 0"},
		{"TollFromDaysStrike", "2024-02-19", "The death toll from Sunday's strike on Nabatieh rose to seven.",
			"Nabatieh 2024-02-18 killed 7 hurt -"},
		{"FamilyOfFive", "2024-02-19", "Sunday's strike on Nabatieh killed a family of five.", "Nabatieh 2024-02-18 killed 5 hurt -"},
		{"IncludingIsAPart", "2024-02-19", "Seven people, including three children, died in Sunday's strike on Nabatieh.",
			"Nabatieh 2024-02-18 killed 7 hurt -"},
		{"TollRoseTo", "2024-02-19", "An Israeli strike hit Nabatieh on Sunday. The death toll from the strike on Nabatieh rose to seven, the ministry said.",
			"Nabatieh 2024-02-18 killed 7 hurt -"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := toldOn(t, x, c.published, c.text, brief); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}
