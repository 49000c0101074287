package main

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep/sqlite"
)

// TestExamples scores the example reports that ship with the repository
// against their gold incidents and tallies: a guard on extraction and
// fusion over text written apart from the seeds.
func TestExamples(t *testing.T) {
	res, store := MustScore(t, "../../examples/reports", "../../examples/gold.jsonl")
	wantScore(t, res, 0.97, 0, 0.75)
	wantTallies(t, store, "../../examples/tallies.jsonl", 1)
	wantCopies(t, store, map[string]string{"ex-02": "ex-01"})
}

// TestCorpus scores the second corpus (testdata/corpus, written apart from
// the extractor's development) as a guard against regressions. Measured:
// F1 0.961 (0.938 before the Kalsu base and Iskandariya of Babil were
// curated: "near Iskandariya" was Alexandria, Egypt), no false merge. Its
// weakest fields are fatalities (0.70: tolls revised between outlets, victims counted as "a commander and
// two others") and status (0.80: this corpus codes statements of the SDF as
// reports where the other sets count them as the target side's
// confirmation).
func TestCorpus(t *testing.T) {
	res, store := MustScore(t, "../../testdata/corpus/reports.jsonl", "../../testdata/corpus/gold.jsonl")
	wantScore(t, res, 0.95, 0, 0.68)
	wantCopies(t, store, map[string]string{"tc-07": "tc-06"})
}

// TestFresh scores the fourth corpus (testdata/fresh: Red Sea shipping,
// the Lebanon border, Kurdistan's oil fields, maritime advisories, live
// blogs), written apart from the extractor by a helper. Measured: F1 0.935
// (a week's log dated by its "MONDAY"... headings), no false merge, fr-05 a
// syndicated copy of fr-04.
func TestFresh(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh/reports.jsonl", "../../testdata/fresh/gold.jsonl")
	wantScore(t, res, 0.90, 0, 0.7)
	wantCopies(t, store, map[string]string{"fr-05": "fr-04"})
}

// TestFresh2 scores the fifth corpus (testdata/fresh2: Tower 22 and the
// strikes after it, Iran's strikes on Erbil, Pakistan and Israel, Hodeidah;
// briefing transcripts, Telegram claims, Persian machine translation,
// monitor lists, round-ups, a correction), written by a helper and first
// scored at F1 0.665. Measured after the fixes it prompted: F1 0.79, no
// false merge, f2-10 a syndicated copy of f2-08 (the paraphrase f2-04 is not
// found).
func TestFresh2(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh2/reports.jsonl", "../../testdata/fresh2/gold.jsonl")
	wantScore(t, res, 0.76, 0, 0.6)
	wantCopies(t, store, map[string]string{"f2-10": "f2-08"})
}

// TestFresh3 scores the sixth corpus (testdata/fresh3: the Red Sea and
// Yemen, Israel and Hezbollah, 2023-24; CENTCOM and IDF statements,
// numbered Hezbollah communiques, a UKMTO advisory, a live blog, a monitor's
// round-up, a syndication and a paraphrase), written by a helper and first
// scored at F1 0.541. Measured after the fixes it prompted: F1 0.81, no
// false merge, f3-03 a syndicated copy of f3-02 (the paraphrase f3-20 is
// not found). Since nested seas join (tenth session), two reports that
// matched nothing, a claim of attacks "in the Red Sea on Feb. 19" (f3-11)
// and the Rubymar "in the southern Red Sea" (f3-12), are one incident,
// which the scorer counts as a false merge of K11 and K13.
func TestFresh3(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh3/reports.jsonl", "../../testdata/fresh3/gold.jsonl")
	wantScore(t, res, 0.78, 1, 0.4)
	wantCopies(t, store, map[string]string{"f3-03": "f3-02"})
}

// TestFresh4 scores the seventh corpus (testdata/fresh4: September to
// December 2024, Masyaf, U.S. strikes in Syria, Iran's attack of 1 October
// and Israel's of 26 October, drones from Iraq, Turkey after TUSAS, the
// Houthis and Israel; Iranian agencies with Persian dates, SANA, a
// Turkish ministry, a Kurdish outlet, an IDF log, a Pentagon briefing, a
// terse feed, a weekly summary, a correction, a syndication and a
// paraphrase), written by a helper and first scored at F1 0.690, blind.
// Measured after the fixes it prompted: F1 0.74, one false merge (Tel Nof
// and a school in Gedera 5 km away, hit in one barrage), f4-07 a
// syndicated copy of f4-06 (the paraphrase f4-21 is not found).
func TestFresh4(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh4/reports.jsonl", "../../testdata/fresh4/gold.jsonl")
	wantScore(t, res, 0.72, 1, 0.6)
	wantCopies(t, store, map[string]string{"f4-07": "f4-06"})
}

// TestFresh5 scores the eighth corpus (testdata/fresh5: attacks on U.S.
// forces in Iraq and Syria and the U.S. answers in November 2023 and
// November-December 2024), written blind by a helper and held out: it
// guards against regressions and nothing is tuned on it. Measured once:
// F1 0.735 (P 0.61, R 0.93); the three false merges the eval lists are
// single reports of documents telling two incidents; f5-05 a syndicated
// copy of f5-03 (the paraphrase f5-08 is not found).
func TestFresh5(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh5/reports.jsonl", "../../testdata/fresh5/gold.jsonl")
	wantScore(t, res, 0.70, 3, 0.6)
	wantCopies(t, store, map[string]string{"f5-05": "f5-03"})
}

// TestFresh6 scores the ninth corpus (testdata/fresh6: 2024 events, the
// Ain al-Asad missiles of 20 January, the Rubymar and the True Confidence,
// Iran's attack of 13-14 April and Isfahan, Tel Aviv and Hodeidah, Majdal
// Shams, Haret Hreik, Musayyib and Tehran; CENTCOM and IDF statements, a
// Pentagon briefing, translated claims, a maritime bulletin, Telegram
// posts, a live blog, a round-up, a syndication and a paraphrase), written
// blind by a helper and first scored at F1 0.589 (P 0.45, R 0.86), no false
// merge. Measured after the general fixes it prompted: F1 0.62; 0.664 since
// what an attack punishes is context and "Yemen's internationally recognised
// government" is no place; 0.719 since what a strike's target is blamed
// for ("the commander it blames for Saturday's rocket attack") is context.
// Its predicted incidents beyond gold are mostly ship attacks told once at
// a sea and once at a point, and background attacks retold.
func TestFresh6(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh6/reports.jsonl", "../../testdata/fresh6/gold.jsonl")
	wantScore(t, res, 0.70, 0, 0.4)
	wantCopies(t, store, map[string]string{"f6-12": "f6-11"})
}

// TestFresh7 scores the tenth corpus (testdata/fresh7: the core domain of
// 17 October 2023 to 10 February 2024, attacks on U.S. forces in Iraq,
// Syria and Jordan and the U.S. strikes that answered them; wire stories,
// Pentagon transcripts, CENTCOM releases relayed by an archive, translated
// claims with numbered targets, Telegram posts, a monitor, a state-media
// rewrite, a weekly, a syndication and a paraphrase), written blind by a
// helper and first scored at F1 0.750 (P 0.60, R 1.00), no false merge.
// Measured after the general fixes it prompted: F1 0.857 (P 0.75, R 1.00).
// Its predicted incidents beyond gold are country-level summaries of
// strikes told in detail elsewhere, background retold, and an undated
// channel's posts.
func TestFresh7(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh7/reports.jsonl", "../../testdata/fresh7/gold.jsonl")
	wantScore(t, res, 0.82, 0, 0.55)
	wantCopies(t, store, map[string]string{"f7-09": "f7-08"})
}

// TestFresh8 scores the eleventh corpus (testdata/fresh8: the smaller
// attacks of November-December 2023 and August-September 2024 on U.S.
// forces in Syria and Iraq and U.S. strikes in Deir ez-Zor; a Pentagon
// briefing, CENTCOM, claims with numbered targets, a monitor, a Kurdish
// outlet, a weekly, a state-media rewrite, a syndication, a denial, a
// correction), written blind by a helper and first scored at F1 0.651
// (P 0.50, R 0.93), no false merge. Measured after the general fixes it
// prompted: F1 0.718; 0.757 since an undated statement is read as
// published on the day it is signed with; 0.824 since a condemnation of an
// attack told elsewhere is no attack, and what an escalation followed is
// context. Its predicted incidents beyond gold are mostly items
// placed only by a province, a region or a country that other reports
// place precisely, and undated posts.
func TestFresh8(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh8/reports.jsonl", "../../testdata/fresh8/gold.jsonl")
	wantScore(t, res, 0.78, 0, 0.5)
	wantCopies(t, store, map[string]string{"f8-12": "f8-10"})
}

// TestFresh9 scores the twelfth corpus (testdata/fresh9: Lebanon and Israel
// in February 2024, Sayyida Zeinab, the Gulf of Aden and Eilat in 2024, Ras
// Isa in April 2025, the Bekaa and the drones on Kurdistan's oil fields in
// July 2025; ministry statements and a letterhead, Hijri dates, Telegram
// flashes, a round-up, a paraphrase and a syndication), written blind by a
// helper and first scored at F1 0.737 (P 0.67, R 0.82), one false merge
// (a round-up line naming two fields), status right for 5 of 16. Measured
// after the general fixes it prompted: F1 0.816, status 12 of 18, no false
// merge. The rewrite (f9-12 of f9-11, "the ARP news agency reported") is
// recognised by the agency it names, since rewrites are sought so.
func TestFresh9(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh9/reports.jsonl", "../../testdata/fresh9/gold.jsonl")
	wantScore(t, res, 0.78, 0, 0.55)
	wantCopies(t, store, map[string]string{"f9-20": "f9-19", "f9-12": "f9-11"})
}

// TestFresh10 scores the thirteenth corpus (testdata/fresh10: Houthi
// attacks on ships and U.S.-British strikes in Yemen, attacks on U.S.
// forces in Iraq and Syria after Tower 22, Israel and Hezbollah in 2024;
// UKMTO positions, Hijri-dated statements, a weekly round-up, a syndication
// and a rewrite), written blind by a helper and first scored at F1 0.649
// (P 0.52, R 0.88), no false merge. Measured after the three general fixes
// it prompted (a month of the Islamic calendar is no place; "six martyrs"
// are dead; where a crew was "brought to" is no place attacked): F1 0.677;
// 0.807 after those of the next session ("Hodeidah province"; "the European
// Union's Aspides naval mission" is no place; an undated warning in the
// present perfect is of the day or the day before; an offset from "the
// Yemeni port of Hodeidah"; an unknown village beside a town); 0.827 since
// what an attack answers is context. The rewrite (f10-04 of f10-03,
// "according to the Two Rivers Wire news agency") is recognised by the
// agency it names.
func TestFresh10(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh10/reports.jsonl", "../../testdata/fresh10/gold.jsonl")
	wantScore(t, res, 0.89, 0, 0.5)
	wantCopies(t, store, map[string]string{"f10-18": "f10-17", "f10-04": "f10-03"})
}

// TestFresh11 scores the fourteenth corpus (testdata/fresh11: Somalia in
// October 2022, Pakistan in February-March 2025, Port Sudan's drone attacks
// of May 2025 and the Sahel in 2024-2025; AFRICOM, ISPR, Sudanese and
// Nigerien statements, claims relayed, machine translations from Arabic,
// Urdu and French, live blogs, round-ups, a syndication and a rewrite),
// written blind by a helper and first scored at F1 0.444 (P 0.50, R 0.40),
// no false merge: the first corpus outside the Middle East. Most of its
// towns are only in the namesake layer (Bannu, Wana, Noshki, Barsalogho,
// Fambita, Tinzaouaten), and car bombs, bombings in the plural and suicide
// bombers were no attack or an air strike. Measured after the general fixes
// it prompted (those words; a town of the namesake layer after "in" in the
// one country a text names): F1 0.421 (P 0.44, R 0.40), category 4 of 8
// right instead of 1: the bombings now found at a province ("the Hiiraan
// regional administration") join no town's incident. The rewrite (f11-08
// of f11-06, "according to the Horn of Africa Wire news agency") is
// recognised by the agency it names. F1 0.565 since a communique's scene
// sentence places the attack told next, round-up items and live-blog
// entries carry their day, a release opens with "Rawalpindi, 4 March
// 2025:" and "Bannu Cantonment" is at Bannu; 0.553 since fighters who killed
// are an attack: Barsalogho's massacre is now found, at the country's
// point, apart from the report that places it in its province; 0.622 since
// a town the gazetteer lacks keeps its name in the division the text
// places it in, and such names fuse across reports of one country.
func TestFresh11(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh11/reports.jsonl", "../../testdata/fresh11/gold.jsonl")
	wantScore(t, res, 0.58, 0, 0.35)
	wantCopies(t, store, map[string]string{"f11-05": "f11-04", "f11-08": "f11-06"})
}

// TestFresh12 scores the fifteenth corpus (testdata/fresh12: Russia and
// Ukraine in 2024, north-east Nigeria in 2024, eastern DR Congo in 2024-2025
// and Myanmar in 2024; air force and defence ministry counts of drones
// downed, governors on Telegram, machine translations from Ukrainian,
// Russian, French and Burmese, a police release, an army communique, a UN
// flash update, a live blog, round-ups, a syndication, a rewrite that names
// its source and one that does not), written blind by a helper. First
// scored at F1 0.456 (P 0.33, R 0.72) by the build of 5 December that
// preceded it, and at 0.516 (P 0.36, R 0.89) by the fixes fresh11 had
// prompted since, made before fresh12 was read: no false merge. Measured
// after the general fixes it prompted (counts of drones downed over regions
// place no attack; "air defences destroyed" is an interception; the town
// that names a facility; who speaks after the comma; fighters who killed;
// "claimed 32 lives"; a statement's subject before its commas): F1 0.762
// (P 0.67, R 0.89); 0.842 since towns the gazetteer lacks (Komanda, Ntoyo,
// Mafa of Yobe, Kanan) keep their names and fuse across reports. Its predicted
// incidents beyond gold are mostly one event told at a region and at its
// town, and background retold.
func TestFresh12(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh12/reports.jsonl", "../../testdata/fresh12/gold.jsonl")
	wantScore(t, res, 0.78, 0, 0.35)
	wantCopies(t, store, map[string]string{"f12-13": "f12-12", "f12-06": "f12-05"})
}

// TestFresh13 scores the sixteenth corpus (testdata/fresh13: the core
// domain again, attacks on U.S. forces in Iraq and Syria in late October,
// early November and late December 2023 and the U.S. strikes of 26
// December; a Kurdish outlet, an Iraqi state agency and a militia channel
// in machine translation, an Iranian outlet, an opposition monitor, a
// defence newsletter, a briefing transcript, a CENTCOM release, a live
// blog, a weekly digest, a syndication and two rewrites), written blind by
// a helper. First scored at F1 0.727 (P 0.57, R 1.00) by the build of the
// morning of 5 December and at 0.696 by that of the afternoon (a digest's
// items now read, with an alias in brackets and a future "more attacks"
// among them), no false merge; 0.941 (P 0.89, R 1.00) after the fixes it
// prompted (a list item with its own weapon takes the list's date and
// claim; "(Green Village)" names the place before it; "Victoria" alone is
// the "Victoria base" named before, not Australia's state; "they expect
// more attacks" and "No confirmed attack" tell none; a claim of the next
// day; where an explosion was heard; "hours after a drone attack on a base
// in Erbil"; a participle's toll; a masthead; a dateline in title case;
// "sites such as"; "warned ... against targeting"); 0.970 since a drone
// "shot down over eastern Syria" tells no attack.
func TestFresh13(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh13/reports.jsonl", "../../testdata/fresh13/gold.jsonl")
	wantScore(t, res, 0.93, 0, 0.75)
	wantCopies(t, store, map[string]string{"f13-21": "f13-20"})
}

// TestFresh14 scores the seventeenth corpus (testdata/fresh14: the core
// domain in 2-8 January, 13-19 January and 18-26 July 2024, with strikes
// in south Lebanon, a Houthi drone in the Gulf of Aden and a Turkish drone
// near Sidakan; a state agency in machine translation, a Kurdish
// counter-terrorism statement, a monitor, a briefing transcript, a live
// blog, a weekly brief, an analysis, two syndications with new leads, a
// rewrite that names its source and one that does not), written blind by
// a helper. First scored at F1 0.789 (P 0.65, R 1.00) by the build of the
// evening of 5 December, 0.737 by that of its morning, no false merge;
// 0.938 (P 0.88, R 1.00) after the fixes it prompted: "the Batas area" is
// not Bath, England; the countryside of al-Hasakah holds the airstrip it
// names, "known to the coalition as" another name of it; "next to Baghdad
// airport" only locates the base; "9 p.m. in Sanaa" is a clock, "leave for
// Soran" a departure; a clause keeps its own day; launchers found and a
// counter-rocket system fire nothing; "on the fourth" is a day. Its copies:
// f14-06 copies f14-04 and f14-12 f14-11 under new leads (found by their
// content words), f14-02 names f14-01's outlet, "Cedar Horizon TV", without
// its "(English website)". The predicted incidents beyond gold are the
// claim on Erbil airport that the Kurdistan Region calls false (which
// gold leaves out) and the month's Turkish shelling in Amadiya.
func TestFresh14(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh14/reports.jsonl", "../../testdata/fresh14/gold.jsonl")
	wantScore(t, res, 0.9, 0, 0.6)
	wantCopies(t, store, map[string]string{"f14-06": "f14-04", "f14-12": "f14-11", "f14-02": "f14-01"})
}

// TestFresh15 scores the eighteenth corpus (testdata/fresh15: 10-22
// December 2023, the core domain with the Lebanese border village of
// Yaroun and two ships in the Red Sea; an IRI relay in machine translation,
// a Syrian monitor, state agencies, a CENTCOM release, a Pentagon briefing, a
// live blog, a correction and its uncorrected syndicated copy, a weekly
// round-up whose item headings stand alone on their lines, an op-ed and an
// analysis), written blind by a helper. First scored at F1 0.667 (P 0.50,
// R 1.00, one false merge) by the build the fifth session of 5 December
// started from and by the one of the hour it was written alike; 0.833 (P 0.71, R 1.00, no false merge) after the fixes it
// prompted: vague areas ("a number of villages in the Bint Jbeil and
// Marjayoun districts", "several areas of southern Lebanon") and launches
// toward a region place no attack; the site a drone was heading for, not
// the town it fell near; the residents who heard it, analysts in a capital
// and an outlet named after a town place nothing; the claim posted the day
// after joins the attack; item headings date their items; "the southern
// Red Sea" holds the ship west of Hodeidah. Its copies: f15-02 copies
// f15-01 and f15-22 f15-21 under new leads, f15-17 names f15-15's outlet;
// f15-10, a rewrite of f15-08 that names no source, is not found. The
// predicted incidents beyond gold are two attacks of the analysis dated to
// the day before "between the two", the Houthi claim on a ship that was in
// the Gulf of Suez, the Victory claim called false, the controlled
// detonation at Ain al-Asad and a second report of the Al Jasrah 46 km from
// the first.
func TestFresh15(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh15/reports.jsonl", "../../testdata/fresh15/gold.jsonl")
	wantScore(t, res, 0.8, 0, 0.75)
	wantCopies(t, store, map[string]string{"f15-02": "f15-01", "f15-22": "f15-21", "f15-17": "f15-15"})
}

// TestFresh16 scores the seventeenth blind corpus (testdata/fresh16: 28
// reports of 19 August to 2 September 2024, the summer resumption of
// attacks on U.S. bases in Iraq and Syria, with south Lebanon and the Red
// Sea: wires and their copies, CENTCOM releases, a Pentagon briefing,
// Telegram relays of the Islamic Resistance in Iraq in machine
// translation, Iraqi, Syrian and Iranian state agencies, a monitor, a
// humanitarian security digest, a live blog, a round-up, an analysis and an
// op-ed), written blind by a helper. First scored at F1 0.717 (P 0.58,
// R 0.93, no false merge) by the build the sixth session of 5 December
// started from and by the one of the hour it was written alike; 0.909 (P
// 0.83, R 1.00) after the fixes it prompted: two villages 7 km apart are
// two attacks; a time of day past the lede takes the lede's day; weapons
// found, made or left unfired are no attack; an accusation over time is
// no attack; a group's statement with the time between the group and its
// verb is its claim; a toll broken down by place goes to each place;
// "eight kilometres from the Harir base" is no origin; a port after a sea
// and a bearing places the ship in the sea. Its copies: f16-02 copies
// f16-01 and f16-16 f16-15 under new leads, f16-08 names f16-07's outlet;
// f16-19, the same outlet's correction of f16-15, keeps nearly all its
// words and is taken as a copy (one origin, its values still counted);
// f16-06 (a paraphrase naming no source) and f16-17 (a machine
// translation) are not found. The predicted incidents beyond gold are
// Hezbollah's Glilot claim and the militia claim on Harir, both called
// false, and the drone that a state agency tells at the Rumalyn airstrip
// where the monitor tells rockets (gold: one attack, its weapon
// contested).
func TestFresh16(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh16/reports.jsonl", "../../testdata/fresh16/gold.jsonl")
	// One false merge since Hodeidah is curated (eighteenth session):
	// "the Houthis hit two tankers north-west of Hodeidah" is one report
	// for the two ships the gold codes apart (the generated layer's Al
	// Hudaydah had been left out of that document as a stray town).
	wantScore(t, res, 0.85, 1, 0.75)
	wantCopies(t, store, map[string]string{"f16-02": "f16-01", "f16-16": "f16-15", "f16-08": "f16-07", "f16-19": "f16-15"})
}

// TestFresh17 scores the eighteenth blind corpus (testdata/fresh17: 28
// reports of 28 October to 1 November 2023, the first weeks of the
// attacks on U.S. bases in Iraq and Syria, with the Lebanese border and
// Houthi fire at Eilat), written blind by a helper in the same session as
// the fixes fresh16 prompted. First scored at F1 0.625 (P 0.45, R 1.00,
// one false merge) by the build of the hour it was written (0.667 by the
// build the session started from: that hour's build made three more
// predictions); 0.750 (P 0.60, R 1.00, one false merge) after the fixes it
// prompted: a group's preamble ("in resisting the occupation forces in
// Iraq") places nothing; "one drone was shot down and a second struck" is
// one attack; "al-Tanaf" is al-Tanf; a village the gazetteer lacks beside
// a site it knows only says where the drone fell; "on the road to
// al-Jawadiyah" tells where a road goes; the weapon and side of a relative
// clause are the target's; "began on 17 October, ten days after" dates
// the earlier attack. Its copies: f17-02 copies f17-01 and f17-14 f17-13,
// f17-19 names f17-10's outlet, f17-17, the same outlet's correction of
// f17-16, is taken as its copy; f17-07 (a paraphrase naming no source) and
// f17-18 (a machine translation) are not found. The predicted incidents
// beyond gold include a claim on Ain al-Asad that names drones where the
// others tell rockets, the uncorrected date of the Victory rockets in the
// correction's copies, a country-level Houthi salvo, the false claim on
// Erbil and the Hamas attack of 7 October told as background.
func TestFresh17(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh17/reports.jsonl", "../../testdata/fresh17/gold.jsonl")
	wantScore(t, res, 0.72, 1, 0.75)
	wantCopies(t, store, map[string]string{"f17-02": "f17-01", "f17-14": "f17-13", "f17-19": "f17-10", "f17-17": "f17-16"})
}

// TestHeldout scores the third corpus (testdata/heldout: long, opinion-laden
// reports of state media, partisan outlets, trackers and live blogs, written
// last and looked at least): the nearest of the three to reports sitrep has
// not seen. Measured: F1 0.947, no false merge (0.80 before the fixes of
// the session that wrote testdata/fresh2, 0.922 on the morning of 5
// December).
func TestHeldout(t *testing.T) {
	res, store := MustScore(t, "../../testdata/heldout/reports.jsonl", "../../testdata/heldout/gold.jsonl")
	wantScore(t, res, 0.90, 0, 0.7)
	wantCopies(t, store, map[string]string{})
}

// wantCopies checks what each stored document copies: the README's copies
// (ex-02 is ex-01 edited sentence by sentence, tc-07 a near-verbatim copy
// of tc-06) and no other, though many of the documents tell the same
// attacks.
func wantCopies(t *testing.T, store *sqlite.Store, want map[string]string) {
	t.Helper()
	heads, err := store.DocumentHeads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for id, d := range heads {
		if d.CopyOf != want[id] {
			t.Errorf("%s copies %q, want %q", id, d.CopyOf, want[id])
		}
	}
}

// TestFresh18 scores the nineteenth blind corpus (testdata/fresh18: 28
// reports of 22-30 April 2024, when the attacks on U.S. bases in Iraq and
// Syria resumed after the February pause, with the Khor Mor gas field,
// the Lebanese border, the Gulf of Aden and Eilat), written blind by a
// helper in the seventh session of 5 December. First scored at F1 0.619
// (P 0.45, R 1.00, no false merge) both by the build the session started
// from and by that of the hour it was written; 0.813 (P 0.68, R 1.00)
// after the fixes it prompted: denied claims ("called a claimed drone
// strike ... \"not accurate\"", "MS. SINGH: There was no attack on
// Harir") are no longer confirmed by a summary; "here in Washington" and
// "local time in Iraq" tell a clock; drones that "flew at low altitude
// over Tyre" or were "sighted" attacked nothing; two towns across a
// border are two places and each clause keeps its side; attacks "from
// October to February" are a pattern; "announced, on Tuesday," and "a
// statement issued early on Saturday" date the statement, "in the night
// of yesterday" the attack; an attack told back on another day is no
// part of the last one. Its copies: f18-02 copies f18-01, f18-11 f18-10
// (its lead rewritten); f18-16, which rewrites f18-15 naming it
// ("Straitline Maritime said in its daily bulletin"), shares too few
// content words by the estimate (copies.MinWordsCited), and f18-09 (a
// paraphrase naming no source) and f18-12 (a machine translation) are not
// found. The predicted
// incidents beyond gold are three denied claims (Harir twice, a second
// Khor Mor attack), graded discounted; a duplicate of the MQ-9 downing; the
// Khor Mor strike placed at Chamchamal, whose sub-district holds it; a
// newsletter item dated by its issue; and the interception over the Gulf
// of Eilat apart from the militia's claim on the city.
func TestFresh18(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh18/reports.jsonl", "../../testdata/fresh18/gold.jsonl")
	// Status 9/13 since the thirtieth session: a habitual sentence ("often
	// naming targets that the army says were never hit") no longer
	// confirms the Eilat claim by accident.
	wantScore(t, res, 0.76, 0, 0.68)
	wantCopies(t, store, map[string]string{"f18-02": "f18-01", "f18-11": "f18-10"})
}

// TestFresh19 scores the twentieth blind corpus (testdata/fresh19: 28
// reports of 25 November to 2 December 2023, the Gaza truce week and the
// day after it, with the Red Sea, the Lebanese border and Israeli strikes
// in Syria), written blind by a second helper in the seventh session of 5
// December, after that session's fixes for fresh18. First scored at F1
// 0.546 (P 0.41, R 0.83, no false merge) by the build the session started
// from and by that of the hour it was written alike: the fresh18 fixes
// changed nothing here. 0.817 (P 0.74, R 0.92) after the fixes it
// prompted: a drone "also seen flying low" attacked nothing; "(7:10 p.m.
// Wednesday in Washington)" tells a clock; "Baghdad and Washington say"
// names speakers; a launching platform found "at the dawn of today,
// Thursday," fired nothing; "an aerial aggression with a salvo of
// missiles" is an air strike; a timeline heading ("MONDAY 27 NOVEMBER -
// 01:41 Sanaa time (22:41 GMT on Sunday)") is no dateline nor label and
// its day outranks the clock and the bracketed conversion; "and another
// near the al-Tanf garrison early on Thursday" has its own day; "since
// the truce took effect a week ago" bounds a period; "at 00:20 local
// time on Saturday (21:20 GMT)" in a blog of Friday is the next day;
// "early last Wednesday, in response to attacks" is the strike's day;
// drones that "had circled ... without incident" attacked nothing; "had
// published nothing about Harir" places no attack there; "western Iraq"
// holds Ain al-Asad (a cardinal part is two fifths of the box, not a
// third), and an area told at the lede takes the one attack told inside
// it, "a second drone" or not.
// Status (0.57) and place (0.71) stay below the other corpora's floor:
// Lebanon's Blida is taken for Algeria's. The eighth session's rules took
// Kani Qirzhala, where a drone's wreckage fell near Erbil, off Kani in
// Japan, and put "shortly after midnight" after an evening on the next day
// (0.817 -> 0.868). Its copies: f19-02 copies f19-01 and f19-20
// f19-19 (its lead rewritten); f19-06, a rewrite naming its source, f19-09
// (naming none) and f19-23 (a machine translation) are not found.
func TestFresh19(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh19/reports.jsonl", "../../testdata/fresh19/gold.jsonl")
	wantScore(t, res, 0.85, 0, 0.55)
	wantCopies(t, store, map[string]string{"f19-02": "f19-01", "f19-20": "f19-19"})
}

// TestFresh20 scores the blind corpus testdata/fresh20 (11-17 February
// 2024), written by a helper that read no code: F1 0.605 (precision 0.43)
// on the eighth session's first build, 0.903 after the rules it prompted
// (in extract/session8_test.go): a French machine translation's districts
// ("the caza of Marjayoun"), drones that "overflew", "in riposte to";
// Washington's clock and "12:40 a.m. local (2140 GMT Tuesday)"; "Burkan
// missiles" that are rockets; a drone that "flew at a low altitude"; "No
// party has claimed responsibility"; the video "traced ... to a wedding in
// Duhok"; and fusion's air strike told as missiles. Status (0.64) stays
// low: a claim the Kurdish CTD denied stays an incident (fresh20's gold,
// like fresh16-19's, codes none), and the monitor's hedged reports read
// "unverified" where gold reads "reported". Its copies: f20-02 copies
// f20-01, f20-29 f20-06, and f20-09, a rewrite naming its source, f20-08;
// f20-24, a rewrite from French naming none, is not found.
func TestFresh20(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh20/reports.jsonl", "../../testdata/fresh20/gold.jsonl")
	wantScore(t, res, 0.87, 0, 0.60)
	wantCopies(t, store, map[string]string{"f20-02": "f20-01", "f20-29": "f20-06", "f20-09": "f20-08"})
}

// TestFresh21 scores the blind corpus testdata/fresh21 (29 December 2023 -
// 1 January 2024), written after the fresh20 rules by a helper that read
// no code: F1 0.619 on the eighth session's first build and 0.634 on the
// build of its hour, so the fresh20 rules did little for it; 0.788 after
// the rules it prompted: military date-time groups ("010035C JAN24"), a
// ticker in capitals, celebratory gunfire, "CLAIM ONLY" as a table label,
// "About twenty hours earlier" counted from the day the sentence before
// told, drones "overhead". Claimant (0.69) and injuries (0.67) stay low.
// Its copies: f21-02 copies f21-01 and f21-24 f21-16; f21-09, f21-11 and
// f21-23 (rewrites, the last from Turkish) are not found.
func TestFresh21(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh21/reports.jsonl", "../../testdata/fresh21/gold.jsonl")
	wantScore(t, res, 0.76, 0, 0.65)
	wantCopies(t, store, map[string]string{"f21-02": "f21-01", "f21-24": "f21-16"})
}

// TestFresh22 scores the blind corpus testdata/fresh22 (11-15 September
// 2024), written last in the eighth session by a helper that read no code:
// F1 0.563 on the session's first build and 0.577 on the build of its hour
// (after the fresh20 and fresh21 rules); 0.731 after the rules it
// prompted: a launcher holding its rockets and "Drone sightings" tell no
// attack; "Race director Dilshad Omar" names no oil field, nor "the Jazira
// Field Monitor" a town; "Some
// residents of Shaqlawa ... heard" are witnesses; the Biranit barracks is
// in the gazetteer, and a site and a town across the Israeli-Lebanese front
// are two places, in fusion too (one side's drone and the other's air
// strike). Fatalities (0.70) and injuries (0.80) stay the lowest. Its
// copies: f22-04 copies f22-02, f22-18 f22-17, and f22-09, a rewrite
// naming its source, f22-05; f22-03 (naming none) and f22-12 (a machine
// translation from Russian) are not found.
func TestFresh22(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh22/reports.jsonl", "../../testdata/fresh22/gold.jsonl")
	wantScore(t, res, 0.70, 0, 0.65)
	wantCopies(t, store, map[string]string{"f22-04": "f22-02", "f22-18": "f22-17", "f22-09": "f22-05"})
}

// TestFresh23 scores the blind corpus testdata/fresh23 (3-9 December 2023),
// written in the ninth session by a helper that read no code, with all five
// statuses of the seeds: F1 0.714 on the session's first build and on the
// build of its hour; 0.857 after the rules it prompted: a release's
// dateline under its letterhead ("TAMPA, Fla."), transliterations of
// machine translations (Herir, Ein al-Asad, Harab el-Cir, Seddadi), a
// place a ship is tied to ("linked to Israel"), a war or truce ("the Gaza
// truce"), a weekday on a named local clock ("Friday, Baghdad time"),
// "the most frequently targeted site". Place (0.73) and injuries (0.75)
// stay the lowest; one false merge (f23-25 tells two Rumalyn drones and
// al-Shaddadi). Its copies: f23-05 copies f23-04 and f23-22 f23-21; the
// rewrites f23-10 and f23-15, which name no source, are not found.
func TestFresh23(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh23/reports.jsonl", "../../testdata/fresh23/gold.jsonl")
	wantScore(t, res, 0.87, 1, 0.70)
	wantCopies(t, store, map[string]string{"f23-05": "f23-04", "f23-22": "f23-21"})
}

// TestFresh24 scores the blind corpus testdata/fresh24 (2-8 November 2023),
// written beside fresh23: F1 0.558 on the session's first build and on the
// build of its hour; 0.753 after the rules it prompted: a week's log of
// weekday entries runs in order, a time "in Washington" is no place, a
// town where something was done "after the attack" is no new attack,
// Ainata of the Bint Jbeil district is curated. Fatalities (0.67) stay the
// lowest. Its copies: f24-03 copies f24-02 and f24-24 f24-21; the rewrites
// f24-07 and f24-11 (from French), which name no source, and f24-25, which
// names the monitor it retells, are not found.
func TestFresh24(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh24/reports.jsonl", "../../testdata/fresh24/gold.jsonl")
	wantScore(t, res, 0.82, 0, 0.65)
	wantCopies(t, store, map[string]string{"f24-03": "f24-02", "f24-24": "f24-21"})
}

// TestFresh25 scores the blind corpus testdata/fresh25 (20-27 October 2023,
// the campaign's first week), written in the ninth session after the
// fresh23 and fresh24 rules: F1 0.757 on the session's first build and
// 0.824 on the build of its hour (the session's earlier rules gave it
// +0.067); 0.933 after the rules it prompted: "the count had reached no
// fewer than 19" is a running count, "as long as the aggression on Gaza
// continues" places nothing, the al-Nasr base is the Victory base, the
// Hamdan airfield by Abu Kamal is curated, "a THAAD missile-defense
// battery" fires nothing. Status (0.71) stays the lowest. Its copies:
// f25-03 copies f25-01 and f25-21 f25-20; the rewrites f25-12 and f25-16,
// which name no source, are not found.
func TestFresh25(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh25/reports.jsonl", "../../testdata/fresh25/gold.jsonl")
	wantScore(t, res, 0.90, 0, 0.70)
	wantCopies(t, store, map[string]string{"f25-03": "f25-01", "f25-21": "f25-20"})
}

// TestFresh26 scores the blind corpus testdata/fresh26 (15-21 January
// 2024: Iran's missiles on Erbil and Idlib, the Gibraltar Eagle, the
// missiles on Ain al-Asad, Mezzeh), written beside fresh25: F1 0.683 on the
// session's first build and 0.700 on the build of its hour; 0.933 after
// the rules it prompted: a place's name inside a ship's ("the U.S.-owned
// Gibraltar Eagle", "the ship of America (Gibraltar Eagle)"), "local
// (Baghdad) time", "Iran's Iraqi allies", "a severe risk of being
// targeted", a raid that arrests, the text naming its own outlet
// ("Levant Incident Observatory") tell no attack's place. Claimant (0.57),
// fatalities and injuries (0.56) stay the lowest. Its copies: f26-06
// copies f26-05 and f26-25 f26-24; the rewrites f26-12 (from Turkish) and
// f26-16 are not found.
func TestFresh26(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh26/reports.jsonl", "../../testdata/fresh26/gold.jsonl")
	wantScore(t, res, 0.90, 0, 0.55)
	wantCopies(t, store, map[string]string{"f26-06": "f26-05", "f26-25": "f26-24"})
}

// TestFresh27 and TestFresh28 score the blind corpora testdata/fresh27
// (8-14 January 2024: the Houthi attack of 9 January, the U.S.-UK strikes on
// Yemen) and testdata/fresh28 (23-29 December 2023: Erbil on Christmas Day,
// Hilla, Sayyida Zeinab), written last in the ninth session: F1 0.681 and
// 0.615 on the session's first build, 0.711 and 0.615 on the build of
// their hour; 0.762 and 0.727 after the few rules they prompted before the
// session ended (a clock "Christmas Day, in Washington", "targeted the
// most often", mines left by a war, raids "in search of cells", "a vessel
// supporting Israel", "6:30 p.m. Eastern Thursday", "the Christmas drone
// attack"). Their leftovers are in the README's Measured.
func TestFresh27(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh27/reports.jsonl", "../../testdata/fresh27/gold.jsonl")
	wantScore(t, res, 0.74, 2, 0.15)
	wantCopies(t, store, map[string]string{"f27-09": "f27-08", "f27-29": "f27-25"})
}

func TestFresh28(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh28/reports.jsonl", "../../testdata/fresh28/gold.jsonl")
	wantScore(t, res, 0.70, 1, 0.10)
	wantCopies(t, store, map[string]string{"f28-10": "f28-09", "f28-27": "f28-24"})
}

// TestFresh29 to TestFresh32 score the blind corpora of the tenth session
// (5 December, night): testdata/fresh29 (28 January - 3 February 2024:
// Tower 22, the U.S. strikes of 2-3 February, the USS Gravely), fresh30
// (12-18 November 2023: the strikes near Abu Kamal and Mayadin, Dovev,
// Ain al-Asad at midnight), fresh31 (5-11 February 2024: al-Omar, Mashtal,
// the Star Nasia) and fresh32 (27 November - 3 December 2023: the Central
// Park, the three ships of 3 December, Kirkuk). Blind F1 on the session's
// first build: 0.686, 0.743, 0.581 and 0.757; the floors hold the scores
// after the rules they prompted (see the README's Measured).
func TestFresh29(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh29/reports.jsonl", "../../testdata/fresh29/gold.jsonl")
	wantScore(t, res, 0.76, 0, 0.60)
	wantCopies(t, store, map[string]string{"f29-04": "f29-03", "f29-25": "f29-24"})
}

func TestFresh30(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh30/reports.jsonl", "../../testdata/fresh30/gold.jsonl")
	wantScore(t, res, 0.87, 0, 0.85)
	wantCopies(t, store, map[string]string{"f30-08": "f30-05", "f30-21": "f30-20"})
}

func TestFresh31(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh31/reports.jsonl", "../../testdata/fresh31/gold.jsonl")
	wantScore(t, res, 0.68, 0, 0.70)
	wantCopies(t, store, map[string]string{"f31-04": "f31-03", "f31-23": "f31-22"})
}

func TestFresh32(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh32/reports.jsonl", "../../testdata/fresh32/gold.jsonl")
	wantScore(t, res, 0.80, 0, 0.45)
	wantCopies(t, store, map[string]string{"f32-03": "f32-02", "f32-25": "f32-22"})
}

// TestFresh33 and TestFresh34 score the last pair of the tenth session:
// testdata/fresh33 (15-21 October 2023: the campaign's first drones on Ain
// al-Asad, Harir and al-Tanf, the USS Carney, Shtula) and fresh34 (18-24
// February 2024: the Rubymar, the MQ-9, Kafr Sousa, the strikes of 24
// February on Yemen). Blind F1 0.788 and 0.636 on the session's first
// build, 0.813 and 0.651 on the build they were started from.
func TestFresh33(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh33/reports.jsonl", "../../testdata/fresh33/gold.jsonl")
	wantScore(t, res, 0.87, 0, 0.50)
	wantCopies(t, store, map[string]string{"f33-10": "f33-09", "f33-20": "f33-18"})
}

func TestFresh34(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh34/reports.jsonl", "../../testdata/fresh34/gold.jsonl")
	wantScore(t, res, 0.90, 0, 0.70)
	wantCopies(t, store, map[string]string{"f34-07": "f34-04", "f34-13": "f34-12"})
}

func TestFresh35(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh35/reports.jsonl", "../../testdata/fresh35/gold.jsonl")
	wantScore(t, res, 0.74, 1, 0.70)
	wantCopies(t, store, map[string]string{"f35-06": "f35-03", "f35-17": "f35-14"})
}

func TestFresh36(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh36/reports.jsonl", "../../testdata/fresh36/gold.jsonl")
	wantScore(t, res, 0.85, 2, 0.45)
	wantCopies(t, store, map[string]string{"f36-10": "f36-09", "f36-20": "f36-18"})
}

func TestFresh37(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh37/reports.jsonl", "../../testdata/fresh37/gold.jsonl")
	wantScore(t, res, 0.85, 0, 0.50)
	wantCopies(t, store, map[string]string{"f37-08": "f37-07", "f37-20": "f37-19"})
}

func TestFresh38(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh38/reports.jsonl", "../../testdata/fresh38/gold.jsonl")
	// A third false merge since Hodeidah is curated (eighteenth session):
	// f38-30's "two ships hit off Yemen ... north-west of Hodeidah" is one
	// report for the two ships the gold codes apart. A fourth since the
	// review's weekdays count in its own week (twenty-sixth session): the
	// ships are dated right, but "Hours later ... Hodeidah airport" takes
	// the day of the Kola apartment told before "Friday began, ...",
	// matches no gold, and its one document tells both ships.
	wantScore(t, res, 0.72, 4, 0.15)
	wantCopies(t, store, map[string]string{"f38-11": "f38-10", "f38-16": "f38-15"})
}

// TestFresh39 scores a blind corpus of the twelfth session (testdata/fresh39:
// 30 reports of 31 March-6 April 2024: the Damascus consulate, Eilat, the
// Sable Meridian, Jwaya, al-Azraq), written by a helper that read no code.
// First scored at F1 0.623 (P 0.47) by the build the session started from;
// 0.780 after the rules it prompted (a table's cells, Persian dates,
// "achieved martyrdom", "of this day", drones aloft, a state's "military
// source").
func TestFresh39(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh39/reports.jsonl", "../../testdata/fresh39/gold.jsonl")
	wantScore(t, res, 0.76, 0, 0.40)
	wantCopies(t, store, map[string]string{"f39-05": "f39-04", "f39-09": "f39-08"})
}

// TestFresh40 scores a blind corpus of the twelfth session (testdata/fresh40:
// 25-31 August 2024: Ein Shemer, Houla, al-Far'a, Gush Etzion, the
// Sounion). First scored at F1 0.696 (P 0.53); 0.762 after the rules it
// prompted (a table's tolls, a clause's own day and weapon).
func TestFresh40(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh40/reports.jsonl", "../../testdata/fresh40/gold.jsonl")
	wantScore(t, res, 0.74, 0, 0.50)
	wantCopies(t, store, map[string]string{"f40-11": "f40-10", "f40-25": "f40-24"})
}

// TestFresh41 scores a blind corpus of the twelfth session (testdata/fresh41:
// 16-22 June 2024: Metula, Bint Jbeil, the Marlowe Star, al-Kiswah),
// started after the session's first rules landed. First scored at F1 0.632
// by the session's first build, 0.664 by the build of its hour; 0.681
// after the rules it prompted (two statements of one formula are no copies).
func TestFresh41(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh41/reports.jsonl", "../../testdata/fresh41/gold.jsonl")
	wantScore(t, res, 0.66, 1, 0.50)
	wantCopies(t, store, map[string]string{"f41-08": "f41-06", "f41-26": "f41-24"})
}

// TestFresh42 scores a blind corpus of the twelfth session (testdata/fresh42:
// 3-9 March 2024: the MSC Sky II, the True Confidence, Blida, al-Kiswah).
// First scored at F1 0.665 (P 0.52) by the session's first build and by the
// build of its hour; 0.744 after the rules it prompted (sixteen-point
// bearings, a distance from a port after its sea, drills).
func TestFresh42(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh42/reports.jsonl", "../../testdata/fresh42/gold.jsonl")
	wantScore(t, res, 0.72, 2, 0.60)
	wantCopies(t, store, map[string]string{"f42-12": "f42-11", "f42-19": "f42-18"})
}

// TestFresh43 scores the last blind corpus of the twelfth session
// (testdata/fresh43: 5-11 November 2023: Ain al-Asad twice, Eilat's school
// and the missile over the Red Sea, Kharab al-Jir, Harir, Mokha), scored
// blind by the session's final build: F1 0.598 (P 0.44, R 0.93; 0.564 on
// the session's first build); 0.650 after the rules it prompted (a table
// without a header, a heart attack, a town named Hit, old landmines).
func TestFresh43(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh43/reports.jsonl", "../../testdata/fresh43/gold.jsonl")
	wantScore(t, res, 0.63, 1, 0.55)
	wantCopies(t, store, map[string]string{"f43-08": "f43-07", "f43-21": "f43-20"})
}

// TestFresh44 scores the other last blind corpus of the twelfth session
// (testdata/fresh44: 8-14 September 2024: Masyaf, the Allenby Bridge,
// Aita al-Shaab twice, the Marietta Star, Qabatiya), scored blind by the
// session's final build: F1 0.679 (P 0.54, R 0.93; the same on the
// session's first build), four false merges.
func TestFresh44(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh44/reports.jsonl", "../../testdata/fresh44/gold.jsonl")
	wantScore(t, res, 0.66, 4, 0.50)
	wantCopies(t, store, map[string]string{"f44-05": "f44-04", "f44-19": "f44-18"})
}

// TestFresh46 scores a blind corpus of the thirteenth session
// (testdata/fresh46: 11-17 February 2024: Safed, Nabatieh, al-Sawana, the
// Pollux, Beit Ummar, Amerli), scored blind by the build of its hour: F1
// 0.721 (P 0.67, R 0.79); 0.909 after the session's rules (a recap's far
// place, "hit back for", "the town", "shooting", Amerli).
func TestFresh46(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh46/reports.jsonl", "../../testdata/fresh46/gold.jsonl")
	wantScore(t, res, 0.88, 0, 0.45)
	wantCopies(t, store, map[string]string{"f46-10": "f46-09", "f46-19": "f46-18"})
}

// TestFresh47 scores the other blind corpus of the thirteenth session
// (testdata/fresh47: 22-27 January 2024: the U.S.-U.K. strikes of 22
// January, Jurf al-Nasr and al-Qaim, the Marlin Luanda, Ashdod), scored
// blind by the build of its hour: F1 0.680 (P 0.54, R 0.92), no false
// merge; 0.715 after the session's rules.
func TestFresh47(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh47/reports.jsonl", "../../testdata/fresh47/gold.jsonl")
	wantScore(t, res, 0.69, 0, 0.55)
	wantCopies(t, store, map[string]string{"f47-12": "f47-11", "f47-24": "f47-23"})
}

// TestFresh48 scores a blind corpus of the fourteenth session
// (testdata/fresh48: 7-13 April 2024: al-Sultaniyeh, Aita al-Shaab twice,
// Beit Hillel, Eilat twice, al-Mughayyir, the Gulf of Aden), scored blind
// by the build of its hour: F1 0.632 (P 0.50, R 0.86), three false
// merges; 0.699 after the session's rules, 0.717 after the fifteenth's
// (the villages of a settler raid are no longer joined by their areas).
func TestFresh48(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh48/reports.jsonl", "../../testdata/fresh48/gold.jsonl")
	wantScore(t, res, 0.70, 2, 0.40)
	wantCopies(t, store, map[string]string{"f48-05": "f48-03", "f48-25": "f48-24"})
}

// TestFresh49 scores the other blind corpus of the fourteenth session
// (testdata/fresh49: 21-27 July 2024: Eilat, Yater, the Amber Coast,
// Tulkarm, al-Kiswah, Kamaran, Majdal Shams), scored blind by the build
// of its hour: F1 0.661 (P 0.54, R 0.86), no false merge; 0.786 after the
// session's rules. Majdal Shams stays unmatched: this gold codes the Golan
// IL, the gazetteer (and most other sets) SY, and the scorer wants the
// countries to agree.
func TestFresh49(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh49/reports.jsonl", "../../testdata/fresh49/gold.jsonl")
	wantScore(t, res, 0.76, 0, 0.60)
	wantCopies(t, store, map[string]string{"f49-11": "f49-10", "f49-25": "f49-24"})
}

// TestFresh50 scores a blind corpus of the fifteenth session
// (testdata/fresh50: 8-14 October 2024: Mezzeh, Kiryat Shmona, Beirut,
// the Lyra Cascade, Katzrin, the Hermel road, Binyamina, Aitou), scored
// blind by the build of its hour: F1 0.730 (P 0.64, R 0.86), no false
// merge; 0.771 after the session's rules. The Lyra Cascade ("82NM SE of
// ADEN") lands at Aden, 150 km from the ship, and Katzrin is coded IL by
// this gold, SY by the gazetteer.
func TestFresh50(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh50/reports.jsonl", "../../testdata/fresh50/gold.jsonl")
	wantScore(t, res, 0.74, 0, 0.25)
	wantCopies(t, store, map[string]string{"f50-06": "f50-04", "f50-24": "f50-23"})
}

// TestFresh51 scores the other blind corpus of the fifteenth session
// (testdata/fresh51: 17-23 December 2023: Aitaroun, Azzun, the Swan
// Atlantic and the MSC Clara, Shtula, Harir, Beit Ummar, Houla, the Chem
// Pluto), scored blind by the build of its hour: F1 0.717 (P 0.58, R
// 0.93), one false merge; 0.811 after the session's rules.
func TestFresh51(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh51/reports.jsonl", "../../testdata/fresh51/gold.jsonl")
	wantScore(t, res, 0.78, 1, 0.30)
	wantCopies(t, store, map[string]string{"f51-09": "f51-08", "f51-22": "f51-21"})
}

// TestFresh52 scores a blind corpus of the sixteenth session
// (testdata/fresh52: 12-18 May 2024: Taybeh twice, Ma'ayan Baruch,
// Jayyus, Beit She'an, Abbassiyeh, the Kela camp, Yaafour, Khanasor, Even
// Menachem, Muhassan, the MQ-9 over Marib, the tanker Wind), scored blind
// by the build of its hour: F1 0.698 (P 0.54, R 1.00), no false merge;
// 0.732 after the session's rules (a weekly review's "on Sunday" is the
// Sunday its week began). The Kela camp is in no gazetteer.
func TestFresh52(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh52/reports.jsonl", "../../testdata/fresh52/gold.jsonl")
	wantScore(t, res, 0.72, 0, 0.55)
	wantCopies(t, store, map[string]string{"f52-08": "f52-07", "f52-24": "f52-23"})
}

// TestFresh53 scores the other blind corpus of the sixteenth session
// (testdata/fresh53: 4-10 August 2024: Beit Hillel, Khanasor, Anabta,
// Abbasiyeh, Mazra'a, al-Sukhnah, Mayfadoun, al-Busayrah, Kafr Dan, the
// Marita Grace, Zar'it, Eilat, al-Jabbanah, Sidon), scored blind by the
// build of its hour: F1 0.610 (P 0.45, R 0.93), no false merge; 0.821
// after the session's rules (an advisory's "Time of event:", "Position:"
// and vessel lines place the Marita Grace; forces that kill attack; "a
// white Toyota" is a car). One false merge remains: an IDF statement that
// tells three strikes on two days; the seventeenth session's "following
// the strike in Mayfadoun ... soon afterwards" rule removed it (0.842).
func TestFresh53(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh53/reports.jsonl", "../../testdata/fresh53/gold.jsonl")
	wantScore(t, res, 0.83, 0, 0.45)
	wantCopies(t, store, map[string]string{"f53-10": "f53-09", "f53-27": "f53-25"})
}

// TestFresh54 scores a blind corpus of the seventeenth session
// (testdata/fresh54: 17-23 March 2025: al-Qasr, Daraa, the Truman claims,
// Gaza's 18 March, Deir al-Balah, the missiles from Yemen, al-Hali, T4,
// Palmyra, Nasser hospital, Ya'bad, Qatana), scored blind by the build of
// its hour: F1 0.571 (P 0.41, R 0.93), no false merge; 0.638 after the
// session's rules (a hospital struck is the place; "an attack on the rule
// of law" and an old landmine are no attacks).
func TestFresh54(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh54/reports.jsonl", "../../testdata/fresh54/gold.jsonl")
	wantScore(t, res, 0.62, 0, 0.40)
	wantCopies(t, store, map[string]string{"f54-08": "f54-07", "f54-27": "f54-26"})
}

// TestFresh55 scores the other blind corpus of the seventeenth session
// (testdata/fresh55: 18-24 November 2024: Chiyah, Safed, Tammun, Tiberias,
// Palmyra, Yohmor al-Shaqif, Tyre, al-Qaryatayn, Eilat, the Aurora Kestrel,
// Shmustar, Basta, Petah Tikva, Kiryat Bialik, Khiam, Jibchit), scored
// blind by the build of its hour: F1 0.665 (P 0.52, R 0.93), no false
// merge; 0.769 after the session's rules (Yohmor al-Shaqif and Sohmor in
// the gazetteer, a day's toll "distributed over the governorates" and an
// arrest raid with "no shooting reported" no attacks).
func TestFresh55(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh55/reports.jsonl", "../../testdata/fresh55/gold.jsonl")
	wantScore(t, res, 0.76, 0, 0.45)
	wantCopies(t, store, map[string]string{"f55-08": "f55-07", "f55-23": "f55-22"})
}

// TestFresh56 scores a blind corpus of the eighteenth session
// (testdata/fresh56: 5-11 January 2025: al-Zawayda, al-Funduq, Orot Rabin,
// Batifa, Bani Hayyan, Tammun, the CENTCOM strikes in Yemen, the Tishrin
// Dam, al-Nabk, Ashkelon, Shoham, Hezyaz, Hodeidah, Qara Qozak, Ras Isa,
// Sderot), scored blind by the build of its hour: F1 0.667 (P 0.50, R
// 1.00), no false merge; 0.800 after the session's rules (the places where
// sirens sounded make one attack; "U.S. Central Command (CENTCOM) forces
// carried out several precision strikes"; the Tishrin Dam and Qara Qozak in
// the gazetteer).
func TestFresh56(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh56/reports.jsonl", "../../testdata/fresh56/gold.jsonl")
	wantScore(t, res, 0.78, 0, 0.40)
	wantCopies(t, store, map[string]string{"f56-06": "f56-05", "f56-25": "f56-24"})
}

// TestFresh57 scores the other blind corpus of the eighteenth session
// (testdata/fresh57: 1-7 December 2024: Idlib, Mount Dov, Haris, Tallousa,
// Marjayoun, al-Furqan, Jabal Zain al-Abidin, al-Rastan, al-Mawasi,
// al-Yamun, Tel Aviv, the AZURE MERIDIAN, Green Village, Beit Lif,
// Talbiseh, al-Bureij), scored blind by the build of its hour: F1 0.636
// (P 0.48, R 0.93), four false merges; 0.821 after the session's rules
// (drones over a list of places fly; Haris of Lebanon in the gazetteer and
// told apart by its district; a count in brackets after a place is its).
// The nineteenth session's al-Mawasi gave the West Bank one vote more in
// its digest f57-29, and Haris went there; a place listed with it that lies
// near counts more now (0.821 -> 0.842).
func TestFresh57(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh57/reports.jsonl", "../../testdata/fresh57/gold.jsonl")
	wantScore(t, res, 0.84, 2, 0.50)
	wantCopies(t, store, map[string]string{"f57-08": "f57-07", "f57-17": "f57-14"})
}

// TestFresh58 scores a third blind corpus of the eighteenth session
// (testdata/fresh58: 9-15 February 2025: Nur Shams, Jousiyeh, Deir Hafer,
// al-Shouka, Janta, al-Far'a, Zawtar al-Sharqiyah, Kani Masi, Kuwaya,
// Talkalakh, Sarrin, Jabalia, Aynata, Kafr Shouba, Chwarta), scored blind
// by the build of its hour: F1 0.732 (P 0.58, R 1.00), one false merge;
// 0.857 after the session's rules (Nur Shams camp, Janta and Zawtar
// al-Sharqiyah in the gazetteer; an operation "later widened" is a
// campaign; "W of al-Qusayr" only locates).
func TestFresh58(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh58/reports.jsonl", "../../testdata/fresh58/gold.jsonl")
	wantScore(t, res, 0.84, 1, 0.55)
	wantCopies(t, store, map[string]string{"f58-05": "f58-04", "f58-29": "f58-28"})
}

// TestFresh59 scores the fourth blind corpus of the eighteenth session
// (testdata/fresh59: 6-12 April 2025: Turmus Ayya, Ashkelon, Jabal Nuqm,
// Qarara, Zawtar al-Sharqiyah, Marib, Dahyan, Shujaiya, Ben Gurion, Sayqal,
// Sheikh Maskin, Zabid, Jubata al-Khashab, Khirbet al-Adas), scored blind
// by the build of its hour: F1 0.596 (P 0.42, R 1.00), no false merge;
// 0.737 after the session's rules (a digest's "Wed 9" dated; sonic booms
// and leaflets no attacks; Sayqal and Shujaiya in the gazetteer), 0.938
// after the nineteenth session's (a round-up's next item; "the only deadly
// one in the Nabatieh district"; "the airport of Lod"). Status floor 0.65
// since the twentieth session made the Houthi channel's "American
// aggression" on Zabid a U.S. air strike, which sitrep confirms and the
// gold holds reported.
func TestFresh59(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh59/reports.jsonl", "../../testdata/fresh59/gold.jsonl")
	wantScore(t, res, 0.90, 0, 0.65)
	wantCopies(t, store, map[string]string{"f59-06": "f59-05", "f59-15": "f59-13"})
}

// TestFresh60 scores the first blind corpus of the nineteenth session
// (testdata/fresh60: 4-10 May 2025: Ben Gurion Airport, Sanhan, Hodeidah,
// Bajil, the Hizyaz power station, Bureij, Yohmor al-Shaqif, Kafr Qaddum,
// east of Homs, Khuza'a), scored blind by the build of its hour: F1 0.667
// (P 0.50, R 1.00); 0.789 after the session's rules (Sanhan and Khuza'a in
// the gazetteer; "Yafa" drones; leaflets and sightings over a place).
// Since the twenty-seventh session (the army's "threw an explosive
// device" no weapon of a raid) F1 0.833, one false incident fewer, and
// one injuries value fewer right (8/12).
func TestFresh60(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh60/reports.jsonl", "../../testdata/fresh60/gold.jsonl")
	wantScore(t, res, 0.80, 2, 0.65)
	wantCopies(t, store, map[string]string{"f60-04": "f60-03", "f60-20": "f60-18"})
}

// TestFresh61 scores the second blind corpus of the nineteenth session
// (testdata/fresh61: 27 October-2 November 2024: Sarafand, Eilat port,
// Maqneh, Beit Lahia, Majd al-Krum, Qaryut, Rablah, Hisyah, Tira, Sheikh
// Radwan, Kfar Rumman), scored blind by the build of its hour: F1 0.664
// (P 0.52, R 0.92); 0.715 after the session's rules ("the central Israeli
// town of Tira"; "the Ras al-Ain area of Baalbek"; an apposition "between
// Sidon and Tyre").
func TestFresh61(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh61/reports.jsonl", "../../testdata/fresh61/gold.jsonl")
	wantScore(t, res, 0.69, 0, 0.60)
	wantCopies(t, store, map[string]string{"f61-04": "f61-03", "f61-24": "f61-23"})
}

// TestFresh62 scores the third blind corpus of the nineteenth session
// (testdata/fresh62: 2-8 June 2024: Hayyan, Kiryat Shmona, Hurfeish,
// Nuseirat, Houla, al-Maghazi, Baiji, Sheikh Ajlin), scored blind
// by the build of its hour: F1 0.796 (P 0.70, R 0.92); 0.844 after the
// session's rules (a dateline "Damascus, 3 June (QSW) -"; al-Maghazi and
// Hayyan in the gazetteer).
func TestFresh62(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh62/reports.jsonl", "../../testdata/fresh62/gold.jsonl")
	wantScore(t, res, 0.82, 3, 0.55)
	wantCopies(t, store, map[string]string{"f62-12": "f62-11", "f62-29": "f62-28"})
}

// TestFresh63 scores the fourth blind corpus of the nineteenth session
// (testdata/fresh63: 12-18 January 2025: Netiv HaAsara, Tel Aviv, al-Maghazi,
// Jenin, Sa'sa', Sheikh Radwan, Sulaymaniyah, Kfar Hamam, Qizan an-Najjar,
// Kudna), scored blind by the build of its hour: F1 0.667 (P 0.50, R 1.00);
// 0.938 after the session's rules (the Lebanese army's "Taybeh -
// Marjayoun"; houses blown up; an attack given as a motive; sirens past a
// clock).
func TestFresh63(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh63/reports.jsonl", "../../testdata/fresh63/gold.jsonl")
	wantScore(t, res, 0.90, 1, 0.45)
	wantCopies(t, store, map[string]string{"f63-09": "f63-08", "f63-21": "f63-19"})
}

// TestFresh64 scores the first blind corpus of the twentieth session
// (testdata/fresh64: 23-29 June 2024: the Transworld Navigator, Tayr Dibba,
// Dafna, Aqabat Jabr, al-Shati, al-Jabanah in Hodeidah, Sharanish,
// Shujaiya, Jibsheet, Goren), scored blind by the build of its hour: F1
// 0.667 (P 0.52, R 0.92); 0.788 after the session's rules (CENTCOM's
// "self-defense strikes that destroyed"; "uncrewed aerial system"; the
// channel's "Urgent | 02:14 |" bars; "a Hezbollah rocket operative"; the
// curated villages).
func TestFresh64(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh64/reports.jsonl", "../../testdata/fresh64/gold.jsonl")
	wantScore(t, res, 0.78, 0, 0.65)
	wantCopies(t, store, map[string]string{"f64-05": "f64-04", "f64-13": "f64-12"})
}

// TestFresh65 scores the second blind corpus of the twentieth session
// (testdata/fresh65: 19-25 May 2024: Sabra, Adamit, Hanine, Jenin, Karish,
// Nirim, al-Shati, Serghaya, Mhaibib, the Gulf of Aden, Einav junction,
// the Ramim barracks), scored blind by the build of its hour: F1 0.664
// (P 0.69, R 0.64); 0.775 after the session's curated places (Adamit,
// Nirim and the Ramim barracks were unknown) and rules (where the wounded
// are treated is no place of the attack).
func TestFresh65(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh65/reports.jsonl", "../../testdata/fresh65/gold.jsonl")
	wantScore(t, res, 0.76, 1, 0.55)
	wantCopies(t, store, map[string]string{"f65-27": "f65-26"})
}

// TestFresh66 scores the third blind corpus of the twentieth session
// (testdata/fresh66: 2-8 March 2025: al-Fukhari, Hanine, Tartus, Balata,
// al-Zeitoun, Bartella, Beit Ana, Halta, Juhor ad-Dik, Sheladze, Deir
// Kifa, al-Atatra), scored blind by the build of its hour: F1 0.778 (P
// 0.64, R 1.00); unchanged after the session's rules.
//
// Since the twenty-seventh session "a tank shell landed in their yard"
// is an attack: the live blog's Juhor ad-Dik entry joins its incident,
// and the army's IED entry of the next day, which had ridden along with
// it, stands alone (F1 0.757, a second false merge: one blog, two gold).
func TestFresh66(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh66/reports.jsonl", "../../testdata/fresh66/gold.jsonl")
	wantScore(t, res, 0.75, 2, 0.45)
	wantCopies(t, store, map[string]string{"f66-10": "f66-07", "f66-18": "f66-17"})
}

// TestFresh67 scores the fourth blind corpus of the twentieth session
// (testdata/fresh67: 20-26 April 2025: Farwa market in Sanaa, Sabra,
// Baawerta, the Morag axis, Nevatim, Mahin, Beit Rima, Haifa, Zibqin,
// Sheladize, Khan Younis, al-Jawf, al-Shati), scored blind by the build of
// its hour: F1 0.718 (P 0.56, R 1.00); 0.778 after the session's rules
// (a review titled for its week; the curated places).
func TestFresh67(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh67/reports.jsonl", "../../testdata/fresh67/gold.jsonl")
	wantScore(t, res, 0.77, 0, 0.35)
	wantCopies(t, store, map[string]string{"f67-03": "f67-02", "f67-24": "f67-23"})
}

// TestFresh68 scores the first blind corpus of the twenty-first session
// (testdata/fresh68: 11-17 May 2025: the Hodeidah and al-Salif ports, Ben
// Gurion airport, Eilat, the European Gaza Hospital and Nasser, Tal
// al-Zaatar, Izbat Abed Rabbo, Bruchin, Kafr al-Dik, Deir Seryan, the
// Daraa countryside, Shirwan Mazin), scored blind by the session's first
// build: F1 0.718 (P 0.56, R 1.00); 0.800 after the session's rules (a
// truce's day dates no round of strikes; sirens over a list of towns).
func TestFresh68(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh68/reports.jsonl", "../../testdata/fresh68/gold.jsonl")
	wantScore(t, res, 0.79, 1, 0.25)
	wantCopies(t, store, map[string]string{"f68-10": "f68-09", "f68-24": "f68-22"})
}

// TestFresh69 scores the second blind corpus of the twenty-first session
// (testdata/fresh69: 30 June-6 July 2024: Jibbain, al-Sousa, Nir Oz,
// al-Zanna, the Kalliopi Grace, al-Hosh and Ain Baal, Zububa, Rosh Pinna,
// the Gulf of Aden, Ovda, al-Hasrat, Hebbariyeh, Sheikh Nasser), scored
// blind by the session's first build: F1 0.678 (P 0.57, R 0.85); 0.757
// after the session's rules (a live blog's clock-only headings; the kinds
// of counted attacks in brackets; a burial's place; the Ovda air base).
func TestFresh69(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh69/reports.jsonl", "../../testdata/fresh69/gold.jsonl")
	wantScore(t, res, 0.75, 0, 0.5)
	wantCopies(t, store, map[string]string{"f69-06": "f69-05", "f69-20": "f69-18"})
}

// TestFresh70 scores the third blind corpus of the twenty-first session
// (testdata/fresh70: 23 February-1 March 2025: Froun, Aqqaba, Kafr Shams,
// Deir Ali, the Tishreen Dam road, Maaroub, Hakurk, Kesta hill, Qusaya,
// Salah al-Din, al-Mughraqa, Suwaysa, Abu Qalqal), scored blind by the
// session's first build: F1 0.811 (P 0.68, R 1.00); 0.882 after the
// session's rules (a funeral's place told after the attack; the SDF's and
// the HPG's claims; "Akaba in the sector of Tubas").
func TestFresh70(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh70/reports.jsonl", "../../testdata/fresh70/gold.jsonl")
	wantScore(t, res, 0.87, 0, 0.55)
	wantCopies(t, store, map[string]string{"f70-13": "f70-11", "f70-26": "f70-23"})
}

// TestFresh71 scores the fourth blind corpus of the twenty-first session
// (testdata/fresh71: 10-16 November 2024: Almat, Bab al-Mandab, Ashdot
// Ya'akov, Nahariya, the Arabian Sea, Hamad Town, Tuqu', Qudsaya and
// Mezzeh, Bednayel, Taji, Laylaki, Ben Ami), scored blind by the session's
// first build: F1 0.737 (P 0.58, R 1.00); 0.757 after the session's rules
// (sirens over a list of towns; a strike "by Israel" is not in Israel).
func TestFresh71(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh71/reports.jsonl", "../../testdata/fresh71/gold.jsonl")
	wantScore(t, res, 0.75, 1, 0.5)
	wantCopies(t, store, map[string]string{"f71-04": "f71-03", "f71-12": "f71-11"})
}

// TestFresh72 scores the first blind corpus of the twenty-second session
// (testdata/fresh72: 15-21 December 2024: Tartus, Tel Aviv, Sanaa's
// al-Nahdain, Ashkelon, Eilat, Hamad City twice, Arab Salim, Dura, the
// Tishrin Dam, Maariyah, Zormikhar, Jebbayn), scored blind by the
// session's first build: F1 0.750 (P 0.63, R 0.92); 0.839 after the
// session's rules (a count before a list of kinds; Maariyah of Daraa).
func TestFresh72(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh72/reports.jsonl", "../../testdata/fresh72/gold.jsonl")
	wantScore(t, res, 0.82, 0, 0.45)
	wantCopies(t, store, map[string]string{"f72-08": "f72-07", "f72-20": "f72-19"})
}

// TestFresh73 scores the second blind corpus of the twenty-second session
// (testdata/fresh73: 9-15 June 2024: Tapuah, the Istrian Breeze, Ashdod,
// Ramyah twice, Sheikh Radwan, Jouaiya, Ami'ad, Nabi Chit, Dishon, Dhubab,
// Kamaran, Umm Safa, Tel al-Sultan), scored blind by the session's first
// build: F1 0.774 (P 0.67, R 0.92); 0.833 after the session's rules (a
// statement's openings; the Dishon barracks).
func TestFresh73(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh73/reports.jsonl", "../../testdata/fresh73/gold.jsonl")
	wantScore(t, res, 0.82, 0, 0.45)
	wantCopies(t, store, map[string]string{"f73-09": "f73-08", "f73-29": "f73-28"})
}

// TestFresh74 scores the third blind corpus of the twenty-second session
// (testdata/fresh74: 11-17 August 2024: the Mehola junction, Matat, Kfar
// Sir twice, Tel Aviv, off Hodeidah, Eilon, the Lafarge factory, Qaladze,
// Jit, the Aegean Mistral, Qasrak, al-Zawayda, Kani Balav), scored blind by
// the session's first build: F1 0.614 (P 0.48, R 0.85); 0.882 after the
// session's rules (the junction, Jit and Matat, a victim's home, a
// statement's openings, "with the drones", a protest against strikes).
func TestFresh74(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh74/reports.jsonl", "../../testdata/fresh74/gold.jsonl")
	wantScore(t, res, 0.86, 0, 0.45)
	wantCopies(t, store, map[string]string{"f74-04": "f74-03", "f74-24": "f74-23"})
}

// TestFresh75 scores the fourth blind corpus of the twenty-second session
// (testdata/fresh75: 27 April-3 May 2025: Hadath, Thaqban in Bani
// al-Harith, Saada, Kfar Sir, Jabalia al-Balad twice, al-Mawasi, Sahnaya,
// Nerwa and Rekan, Yafa, Beit Furik, al-Ufaniyah, the Damascus palace,
// Harasta, Ramat David, Khan Younis), scored blind by the session's first
// build: F1 0.681 (P 0.52, R 1.00); 0.842 after the session's rules
// ("Jabalia al-Balad" is no Balad of Iraq, Bani al-Harith, "Yafa" is
// Jaffa).
func TestFresh75(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh75/reports.jsonl", "../../testdata/fresh75/gold.jsonl")
	wantScore(t, res, 0.82, 0, 0.55)
	wantCopies(t, store, map[string]string{"f75-06": "f75-05", "f75-23": "f75-22"})
}

// TestFresh76 scores the first blind corpus of the twenty-third session
// (testdata/fresh76: 15-21 September 2024: Zebdine, Sde Eliezer, the pager
// and radio blasts, Yir'on, Ali al-Nahri, al-Jamous, the Meron area,
// Tiberias, Ovda, al-Zeitoun, al-Musaddar, Qabatiya, al-Dhayra, Aqraba),
// scored blind by the session's first build: F1 0.718 (P 0.56, R 1.00);
// 0.811 after the session's rules (a formation named for a place, the
// hospital the wounded went to, a day to come, a town opening a sentence).
// The two blasts of two days, each coded once for Lebanon, still merge.
func TestFresh76(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh76/reports.jsonl", "../../testdata/fresh76/gold.jsonl")
	wantScore(t, res, 0.79, 3, 0.55)
	wantCopies(t, store, map[string]string{"f76-07": "f76-06", "f76-21": "f76-20"})
}

// TestFresh77 scores the second blind corpus of the twenty-third session
// (testdata/fresh77: 15-21 October 2024: Safed, Sinwar in Tel al-Sultan,
// Sanaa and Saada, the Abu Hussein school, Ramyeh, Eilat, Caesarea, Beit
// Lahia, the al-Qard al-Hassan raids, Qana, Baalbek, Jnah, Qabatiya, the
// Jenin camp blast), scored blind by the session's first build: F1 0.667
// (P 0.50, R 1.00); 0.800 after the session's rules (Caesarea, the Arava,
// Ramya, a motive's list, "to strike a deal").
func TestFresh77(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh77/reports.jsonl", "../../testdata/fresh77/gold.jsonl")
	wantScore(t, res, 0.78, 1, 0.5)
	wantCopies(t, store, map[string]string{"f77-13": "f77-11", "f77-20": "f77-18"})
}

// TestFresh78 scores the third blind corpus of the twenty-third session
// (testdata/fresh78: 19-25 January 2025: Jenin, Burqin, Tammun, Qabatiya,
// Tulin, Wadi al-Shay, Chamanke, Fahil, al-Dreij, the Tishrin Dam, Qara
// Qozak, the Netzarim corridor, the Hamrin mountains), scored blind by the
// session's first build: F1 0.722 (P 0.59, R 0.93); 0.765 after the
// session's rules ("al-Dreij" and "Dreij" one place, "Tammun (Tubas):",
// the day a campaign began).
func TestFresh78(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh78/reports.jsonl", "../../testdata/fresh78/gold.jsonl")
	wantScore(t, res, 0.74, 3, 0.5)
	wantCopies(t, store, map[string]string{"f78-05": "f78-04", "f78-28": "f78-26"})
}

// TestFresh79 scores the fourth blind corpus of the twenty-third session
// (testdata/fresh79: 30 March-5 April 2025: Bani Suheila, Kitaf, the USS
// Truman, the Tishrin Dam, the Beirut southern suburb, the Jabalia clinic,
// Hama airport, T4, Nawa, Ben Gurion, Dar al-Arqam, Kilo 16, Sidon,
// al-Kisweh, Aqraba, al-Mawasi), scored blind by the session's first
// build: F1 0.800 (P 0.67, R 1.00); 0.821 after the session's rules ("did
// not target Saada ..., but the district of Kitaf").
func TestFresh79(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh79/reports.jsonl", "../../testdata/fresh79/gold.jsonl")
	wantScore(t, res, 0.80, 0, 0.4)
	wantCopies(t, store, map[string]string{"f79-08": "f79-07", "f79-23": "f79-22"})
}

// TestFresh80 scores the first blind corpus of the twenty-fourth session
// (testdata/fresh80: 22-28 September 2024: Kiryat Bialik, Moreshet,
// Saksakiyeh, Bir al-Abed, Ghobeiry, Eilat, the Tel Aviv missile, Beit
// Furik, Younine, Jabalia, Ramat David, Jurf al-Nasr, Haret Hreik, Ben
// Gurion), scored blind by the session's first build: F1 0.699 (P 0.56, R
// 0.93); 0.769 after the session's rules ("a battle of reckoning with
// Israel" is no place; Saksakiyeh curated).
func TestFresh80(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh80/reports.jsonl", "../../testdata/fresh80/gold.jsonl")
	wantScore(t, res, 0.76, 2, 0.5)
	wantCopies(t, store, map[string]string{"f80-04": "f80-03", "f80-27": "f80-26"})
}

// TestFresh81 scores the second blind corpus of the twenty-fourth session
// (testdata/fresh81: 8-14 December 2024: the central Syrian desert, Mezzeh,
// Barzeh, Minet al-Beida, Yavne, Manbij, Tallouseh, al-Khader, the Nuseirat
// post office, Ashkelon, al-Baath city, Kamal Adwan, Jaffa, the Jenin
// camp, Marwahin), scored blind by the session's first build: F1 0.750 (P
// 0.60, R 1.00); 0.909 after the session's rules ("will help Syria's
// neighbours, Jordan, Lebanon", "a \"Palestine 2\" missile", the day a toll
// was given).
func TestFresh81(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh81/reports.jsonl", "../../testdata/fresh81/gold.jsonl")
	wantScore(t, res, 0.90, 0, 0.4)
	wantCopies(t, store, map[string]string{"f81-10": "f81-09", "f81-17": "f81-16"})
}

// TestFresh82 scores the third blind corpus of the twenty-fourth session
// (testdata/fresh82: 2-8 February 2025: Tammun, the Manbij car bomb, Kfar
// Roummane, the Tayasir checkpoint, Rafah, the Tishreen Dam, Mays
// al-Jabal, Nur Shams, Tarmiyah, Juhor ad-Dik, al-Qasr, Bai Hassan),
// scored blind by the session's first build: F1 0.778 (P 0.64, R 1.00);
// 0.875 after the session's rules (a deadline pushed back, a funeral's
// coffins, an unlocated attack of another day).
func TestFresh82(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh82/reports.jsonl", "../../testdata/fresh82/gold.jsonl")
	wantScore(t, res, 0.86, 1, 0.6)
	wantCopies(t, store, map[string]string{"f82-05": "f82-04", "f82-28": "f82-27"})
}

// TestFresh83 scores the fourth blind corpus of the twenty-fourth session
// (testdata/fresh83: 24-30 November 2024: al-Amriyeh, Kafr Yasif, Katzrin,
// Burj al-Barajneh, Nweiri, Glilot, Atarib, al-Bisariyeh, Markaba, Aleppo,
// the Ariel bus, al-Maghazi, Nairab, Ashkelon), scored blind by the
// session's first build: F1 0.561 (P 0.42, R 0.85); 0.715 after the
// session's rules (Ariel no longer Jerusalem, Nweiri apart from Burj
// al-Barajneh, villages pounded in the districts of Tyre). Katzrin is coded under Israel by its gold and under Syria
// by the gazetteer, so it cannot match.
func TestFresh83(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh83/reports.jsonl", "../../testdata/fresh83/gold.jsonl")
	wantScore(t, res, 0.70, 4, 0.5)
	wantCopies(t, store, map[string]string{"f83-09": "f83-08", "f83-25": "f83-24"})
}

// TestFresh84 scores the first blind corpus of the twenty-fifth session
// (testdata/fresh84: 9-15 March 2025: Dummar, Beit Lahia, the U.S. strikes
// on Sanaa and Saada, Majdal Selm, Kfarchouba, Tal al-Harra...). On the
// session's first build: F1 0.769 (P 0.63, R 1.00); 0.790 after its rules
// (the live page tells the Sanaa raid, and the army's "aircraft struck
// militants operating a drone" joins the medics' missile in Beit Lahia).
func TestFresh84(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh84/reports.jsonl", "../../testdata/fresh84/gold.jsonl")
	wantScore(t, res, 0.78, 0, 0.6)
	wantCopies(t, store, map[string]string{"f84-06": "f84-04", "f84-29": "f84-27"})
}

// TestFresh85 scores the second blind corpus of the twenty-fifth session
// (testdata/fresh85: 22-28 December 2024: Houthi missiles at Jaffa and Ben
// Gurion, the Tartus ambush, Kamal Adwan, Majdal Selm...). On the session's
// first build: F1 0.757 (P 0.61, R 1.00); 0.824 after the session's rules
// (the war's cumulative toll no longer the Ben Gurion missile's, the
// ambush at Khirbet al-Maaza one incident, the road towards Shaqra no
// second place).
func TestFresh85(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh85/reports.jsonl", "../../testdata/fresh85/gold.jsonl")
	wantScore(t, res, 0.80, 0, 0.5)
	wantCopies(t, store, map[string]string{"f85-09": "f85-07", "f85-15": "f85-14"})
}

// TestFresh86 scores the third blind corpus of the twenty-fifth session
// (testdata/fresh86: 3-9 November 2024: Tamra, Ain Bourday, Barja, Jiyeh,
// Glilot, al-Qusayr, Eilat...). On the session's first build: F1 0.857
// (P 0.75, R 1.00); 0.889 after the session's rules (the digest's items
// headed by a town); the syndicated copy of the Barja wire is found since
// "in one of the deadliest strikes in recent weeks" no longer hides it.
func TestFresh86(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh86/reports.jsonl", "../../testdata/fresh86/gold.jsonl")
	wantScore(t, res, 0.88, 1, 0.7)
	wantCopies(t, store, map[string]string{"f86-11": "f86-10", "f86-23": "f86-22"})
}

// TestFresh87 scores the fourth blind corpus of the twenty-fifth session
// (testdata/fresh87: 18-24 August 2024: Nabatieh, Sidon, Kfar Roummane,
// al-Mawasi, Qabatiya, the Golan barrage...). On the session's first
// build: F1 0.766 (P 0.65, R 0.93); 0.786 after the session's rules
// (Khalil al-Maqdah no longer Hebron). The Nafah barrage is coded under
// Israel by the gold and under Syria by the gazetteer, so it cannot match.
func TestFresh87(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh87/reports.jsonl", "../../testdata/fresh87/gold.jsonl")
	wantScore(t, res, 0.78, 0, 0.4)
	wantCopies(t, store, map[string]string{"f87-12": "f87-11", "f87-28": "f87-27"})
}

// TestFresh88 scores the first blind corpus of the twenty-sixth session
// (testdata/fresh88: 19-25 May 2025: the Hamdan house in Jabalia, tents in
// al-Mawasi, Houthi missiles at Ben Gurion and Tel Aviv, the Hodeidah port
// strike, the diplomats at the Jenin camp...). On the session's first
// build: F1 0.683 (P 0.52, R 1.00); 0.757 after the session's rules ("a
// man of 19" is one, "drones of type (Yafa)" no place).
func TestFresh88(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh88/reports.jsonl", "../../testdata/fresh88/gold.jsonl")
	wantScore(t, res, 0.75, 3, 0.55)
	wantCopies(t, store, map[string]string{"f88-03": "f88-02", "f88-22": "f88-21"})
}

// TestFresh89 scores the second (testdata/fresh89: 16-22 June 2025: the
// Israel-Iran war, the U.S. strikes on Fordow, Natanz and Isfahan, Soroka,
// the aid crowd east of Khan Younis...). First build: F1 0.681 (P 0.57,
// R 0.86: Fordow and the Isfahan centre were in no gazetteer); 0.865
// after the session's rules.
func TestFresh89(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh89/reports.jsonl", "../../testdata/fresh89/gold.jsonl")
	wantScore(t, res, 0.86, 0, 0.55)
	wantCopies(t, store, map[string]string{"f89-07": "f89-06", "f89-22": "f89-21"})
}

// TestFresh90 scores the third (testdata/fresh90: 25-31 August 2025:
// Nasser hospital, al-Kiswah, the Houthi cabinet in Sanaa, Ras al-Naqoura,
// al-Rimal...). First build: F1 0.750 (P 0.60, R 1.00); 0.789 after the
// session's rules (a week review out on Tuesday tells the week before).
func TestFresh90(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh90/reports.jsonl", "../../testdata/fresh90/gold.jsonl")
	wantScore(t, res, 0.78, 0, 0.55)
	wantCopies(t, store, map[string]string{"f90-03": "f90-01", "f90-21": "f90-19"})
}

// TestFresh91 scores the fourth (testdata/fresh91: 6-12 October 2025:
// Sheikh Radwan, Msayleh, Maroun al-Ras, the Ramon airport claim, the
// ORION BAY claim, Jurf al-Sakhar...). First build: F1 0.650 (P 0.48,
// R 1.00); 0.703 after the session's rules (Ramon Airport and Msayleh
// curated).
func TestFresh91(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh91/reports.jsonl", "../../testdata/fresh91/gold.jsonl")
	wantScore(t, res, 0.69, 1, 0.6)
	wantCopies(t, store, map[string]string{"f91-08": "f91-07", "f91-27": "f91-26"})
}

// TestFresh92 scores the first blind corpus of the twenty-seventh session
// (testdata/fresh92: 2-8 June 2025: the al-Alam roundabout in Rafah, al-Ahli
// hospital, Beirut's southern suburbs, south-east of Nabatieh, the Ben
// Gurion claim Israel denied, Hodeidah port, Nablus, Qabatiya). First
// build: F1 0.769 (P 0.63, R 1.00); 0.811 after the session's rules (a
// digest's "Not logged:" line; Lod among the towns where sirens sounded).
func TestFresh92(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh92/reports.jsonl", "../../testdata/fresh92/gold.jsonl")
	wantScore(t, res, 0.80, 1, 0.6)
	wantCopies(t, store, map[string]string{"f92-03": "f92-02", "f92-13": "f92-12"})
}

// TestFresh93 scores the second (testdata/fresh93: 4-10 August 2025:
// al-Mawasi, the Zikim aid crowd, Zeitoun, Qabatiya, Bazouriyeh, Tha'la,
// Izraa, Ben Gurion, the al-Shifa journalists' tent). First build: F1
// 0.682 (P 0.54, R 0.93: the tent's strike took the July of "in July last
// year"); 0.833 after the session's rules.
func TestFresh93(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh93/reports.jsonl", "../../testdata/fresh93/gold.jsonl")
	wantScore(t, res, 0.82, 0, 0.7)
	wantCopies(t, store, map[string]string{"f93-07": "f93-06", "f93-29": "f93-27"})
}

// TestFresh94 scores the third (testdata/fresh94: 22-28 September 2025:
// al-Shati camp, Eilat, the Sanaa raids, al-Mawasi, Nuseirat, Yohmor, the
// Harir clip). First build: F1 0.811 (P 0.68, R 1.00); 0.833 after the
// session's rules (Yahmor below the Beaufort castle is Yohmor al-Shaqif);
// 0.844 once the monitor's "31 Israeli incursions ... since the start of
// September" is a tally (its two province-level incidents go, and with
// them the one hit that came from the last line's "the raid on Jubata
// al-Khashab", dated only by the tally's "With Friday's raid").
func TestFresh94(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh94/reports.jsonl", "../../testdata/fresh94/gold.jsonl")
	wantScore(t, res, 0.83, 1, 0.6)
	wantCopies(t, store, map[string]string{"f94-03": "f94-02", "f94-19": "f94-18"})
}

// TestFresh95 scores the fourth (testdata/fresh95: 27 October-2 November
// 2025, after the Gaza ceasefire: Rafah, Beit Lahia, al-Mawasi, Blida,
// Hermel, Kfar Remen, Kafr Qud, Kudna). First build: F1 0.811 (P 0.68,
// R 1.00); 0.833 after the session's rules (a plea to "stop attacking
// civilians" is no attack). Its gold codes Israel's drone strikes in
// Lebanon as air strikes, hence the low category floor.
func TestFresh95(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh95/reports.jsonl", "../../testdata/fresh95/gold.jsonl")
	wantScore(t, res, 0.82, 4, 0.4)
	wantCopies(t, store, map[string]string{"f95-11": "f95-10", "f95-16": "f95-14"})
}

// TestFresh96 scores the first of the twenty-eighth session's blind
// corpora (testdata/fresh96: 9-15 June 2025: aid routes in Gaza, the first
// days of the Israel-Iran war, Tamra, Bat Yam, Bint Jbeil). First build:
// F1 0.842 (P 0.73, R 1.00); 0.889 after the session's rules (a live blog
// told newest first crosses midnight; "the Saff al-Hawa neighbourhood of
// the town of Bint Jbeil" is no town of Egypt).
func TestFresh96(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh96/reports.jsonl", "../../testdata/fresh96/gold.jsonl")
	wantScore(t, res, 0.88, 2, 0.55)
	wantCopies(t, store, map[string]string{"f96-05": "f96-04", "f96-25": "f96-24"})
}

// TestFresh97 scores the second (testdata/fresh97: 28 July-3 August 2025:
// Umm al-Khair, the Zikim aid crowds, the Red Crescent in Khan Younis,
// Shaikan, Brital, al-Mazraa, Busra al-Harir). First build: F1 0.680
// (P 0.54, R 0.92); 0.769 after the session's rules (al-Mazraa of Suwayda,
// the Zikim crossing on the Gaza side, "Khan Younis, al-Amal").
func TestFresh97(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh97/reports.jsonl", "../../testdata/fresh97/gold.jsonl")
	wantScore(t, res, 0.76, 3, 0.6)
	wantCopies(t, store, map[string]string{"f97-03": "f97-02", "f97-12": "f97-11"})
}

// TestFresh98 scores the third (testdata/fresh98: 15-21 September 2025:
// al-Daraj, Hodeidah port, the Allenby crossing, Eilat, Kfar Tebnit,
// Kafr Qaddum, Jubata al-Khashab). First build: F1 0.677 (P 0.56,
// R 0.86); 0.840 after the session's rules ("several times since July
// 2024", "the week before", a digest's scope, aid "for the Gaza Strip").
func TestFresh98(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh98/reports.jsonl", "../../testdata/fresh98/gold.jsonl")
	wantScore(t, res, 0.83, 0, 0.75)
	wantCopies(t, store, map[string]string{"f98-07": "f98-06", "f98-13": "f98-12"})
}

// TestFresh99 scores the fourth (testdata/fresh99: 13-19 October 2025,
// after the Gaza ceasefire: al-Mazraa, Shujaiya, al-Amal, Wadi Omran,
// Ainata, al-Shuhayl, Rafah). First build: F1 0.718 (P 0.56, R 1.00);
// 0.778 after the session's rules ("Wadi Omran" is no town of Amran; the
// drone told in a region and "the missile" at Ainata are one).
func TestFresh99(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh99/reports.jsonl", "../../testdata/fresh99/gold.jsonl")
	wantScore(t, res, 0.77, 2, 0.4)
	wantCopies(t, store, map[string]string{"f99-05": "f99-03", "f99-26": "f99-24"})
}

func TestFresh100(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh100/reports.jsonl", "../../testdata/fresh100/gold.jsonl")
	wantScore(t, res, 0.74, 0, 0.6)
	wantCopies(t, store, map[string]string{"f100-04": "f100-03", "f100-25": "f100-24"})
}

func TestFresh101(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh101/reports.jsonl", "../../testdata/fresh101/gold.jsonl")
	wantScore(t, res, 0.69, 1, 0.6)
	wantCopies(t, store, map[string]string{"f101-05": "f101-04", "f101-19": "f101-17"})
}

func TestFresh102(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh102/reports.jsonl", "../../testdata/fresh102/gold.jsonl")
	wantScore(t, res, 0.9, 0, 0.55)
	wantCopies(t, store, map[string]string{"f102-06": "f102-05", "f102-28": "f102-26"})
}

func TestFresh103(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh103/reports.jsonl", "../../testdata/fresh103/gold.jsonl")
	wantScore(t, res, 0.76, 6, 0.55)
	wantCopies(t, store, map[string]string{"f103-09": "f103-08", "f103-25": "f103-24"})
}

// TestFresh104 scores the first of the thirtieth session's blind corpora
// (testdata/fresh104: 1-7 September 2025: Sheikh Radwan, the Mushtaha and
// al-Soussi towers, Ramon airport, the Eilat port claim, Tubas, Jubata
// al-Khashab). First build: F1 0.717 (P 0.58, R 0.93); 0.776 after the
// session's rules ("the airport of Ramon", sirens over "the Shephelah").
func TestFresh104(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh104/reports.jsonl", "../../testdata/fresh104/gold.jsonl")
	wantScore(t, res, 0.77, 1, 0.55)
	wantCopies(t, store, map[string]string{"f104-02": "f104-01", "f104-13": "f104-12"})
}

// TestFresh105 scores the second (testdata/fresh105: 8-14 September 2025:
// the Ramot junction shooting, the Sanaa and al-Hazm raids, a drone north
// of Eilat, Ben Gurion, Rimal, Zeitoun). First build: F1 0.800 (P 0.67,
// R 1.00); 0.875 after the session's rules ("over the Arava, about 15
// kilometres north of Eilat", "the airport of Lod ... in the region of
// occupied Yafa", drones heard over Tyre, "in junction Ramot").
func TestFresh105(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh105/reports.jsonl", "../../testdata/fresh105/gold.jsonl")
	wantScore(t, res, 0.87, 0, 0.55)
	wantCopies(t, store, map[string]string{"f105-04": "f105-02", "f105-22": "f105-21"})
}

// TestFresh106 scores the third (testdata/fresh106: 7-13 July 2025: the
// Hodeidah, Ras Isa and Salif raids, the Eternity C, Sinjil, Nuseirat,
// al-Maqwas). First build: F1 0.714 (P 0.56, R 1.00); 0.811 after the
// session's rules ("the Red Sea off Yemen", a ship's flag, a clock's
// place, "the highway to Damascus").
func TestFresh106(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh106/reports.jsonl", "../../testdata/fresh106/gold.jsonl")
	wantScore(t, res, 0.8, 0, 0.5)
	wantCopies(t, store, map[string]string{"f106-10": "f106-08", "f106-16": "f106-15"})
}

// TestFresh107 scores the fourth (testdata/fresh107: 3-9 November 2025:
// Bani Suheila, Shujaiya, Kafr Qud, Turmus Ayya, Tayr Debba, Daquq,
// Tammun). First build: F1 0.607 (P 0.45, R 0.92); 0.774 after the
// session's rules (habitual sentences, "the town" facing Metula, the day
// that closes a weapon's clause).
func TestFresh107(t *testing.T) {
	res, store := MustScore(t, "../../testdata/fresh107/reports.jsonl", "../../testdata/fresh107/gold.jsonl")
	wantScore(t, res, 0.77, 1, 0.55)
	wantCopies(t, store, map[string]string{"f107-03": "f107-01", "f107-16": "f107-14"})
}
