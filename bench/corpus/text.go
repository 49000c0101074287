package corpus

// Templates use {key} placeholders filled per incident: {When}/{when} the
// date expression, {place}, {where}, {weapons}/{Weapons}, {claimant}/
// {Claimant}, {officials}/{Officials}, {group}, {killed}/{Killed},
// {injured}/{Injured}, {n}, {region}, {outlet}, {date}.

// leads open the paragraph of an attack on a base, by style.
var leads = [numStyles][]string{
	styleWire: {
		"{Weapons} struck at U.S. forces stationed at {place} {where} {when}, {officials}.",
		"U.S. and coalition troops at {place} came under attack from {weapons} {when}, {officials}.",
		"{Officials} said {weapons} were launched at {place} {where} {when}, the latest in a string of attacks on American forces in the region.",
		"An attack with {weapons} targeted {place} {when}, {officials}, as tensions over the war in Gaza kept spilling across the region.",
		"{When}, {weapons} were fired at {place} {where}, {officials}.",
		"Militants went after {place} {where} with {weapons} {when}, {officials}.",
	},
	styleOfficial: {
		"{When}, U.S. and Coalition forces at {place} engaged {weapons}.",
		"{When}, {weapons} targeted U.S. forces at {place} {where}.",
		"U.S. forces at {place} were attacked with {weapons} {when}.",
		"On {date}, Coalition forces at {place} engaged and destroyed {weapons}.",
	},
	styleClaim: {
		"The mujahideen of {claimant} targeted {when} the occupation base at {place} with {weapons}, achieving direct hits, the group said on Telegram.",
		"{Claimant} said it had struck the American occupation base at {place} {where} with {weapons} {when}, calling the hits direct and accurate.",
		"In a statement posted on its Telegram channel, {claimant} announced that its fighters targeted {place} {when} using {weapons}.",
		"\"Continuing our path of resisting the occupation, our fighters targeted {place} with {weapons} {when},\" {claimant} said in a post relayed by affiliated channels.",
	},
	styleMonitor: {
		"Local sources reported hearing violent explosions at {place} {where} {when}, after {weapons} targeted the base.",
		"The Observatory's activists documented an attack with {weapons} on {place} {when}, according to reliable sources.",
		"Explosions were heard {when} inside {place}, in the {region} countryside, amid reports of an attack with {weapons}.",
		"Residents near {place} told the Observatory they heard several blasts {when} after {weapons} were launched at the base.",
	},
	styleTranslated: {
		"The base of the American occupation in {place} {where} was exposed {when} to an attack by {weapons}, according to informed sources.",
		"{Claimant} announced {when} the targeting of the base of the occupation in {place} by {weapons}, and it said that the hits were accurate.",
		"A security source said to the agency that {weapons} fell {when} on the base of {place}, and the sirens sounded in the base.",
		"The local sources reported {when} the hearing of the sounds of strong explosions inside the base of {place} of the American forces.",
	},
}

// strikes open the paragraph of an airstrike on a town, by style.
var strikes = [numStyles][]string{
	styleWire: {
		"U.S. aircraft struck facilities used by {group} near {place} {where} {when}, the Pentagon said.",
		"{When}, U.S. warplanes hit {n} sites linked to {group} in {place}, {officials}.",
	},
	styleOfficial: {
		"{When}, U.S. forces conducted precision strikes against {n} facilities used by {group} near {place}.",
		"U.S. Central Command forces struck {group} targets in {place} {where} {when}, in response to attacks on U.S. personnel.",
	},
	styleClaim: {
		"{Claimant} said that the American aggression hit the positions of the brothers in {place} {when}, and vowed that the response would come.",
	},
	styleMonitor: {
		"Unidentified aircraft, believed to belong to the international coalition, struck positions of {group} in {place} {when}, the Observatory's sources said.",
		"The Observatory documented {n} airstrikes on headquarters of {group} in {place} {when}.",
	},
	styleTranslated: {
		"The aircraft of the American occupation bombed {when} the headquarters of {group} in {place}, according to the sources.",
	},
}

// blasts open the paragraph of an unexplained explosion in a town.
var blasts = []string{
	"A strong explosion was heard {when} in {place} {where}, and its cause was not immediately known, {officials}.",
	"Blasts shook {place} {when}; security sources spoke of a drone but gave no further details.",
}

var claims = [numStyles][]string{
	styleWire: {
		"{Claimant} claimed responsibility in a statement on Telegram.",
		"{Claimant} said it was behind the attack, calling it retaliation for U.S. support for Israel.",
		"A claim of responsibility by {claimant} could not be independently verified.",
	},
	styleOfficial: {
		"Militia groups supported by Iran have claimed similar attacks.",
	},
	styleClaim: {
		"{Claimant} vowed more operations until the occupier leaves the land of Iraq.",
	},
	styleMonitor: {
		"{Claimant} later adopted the attack on its Telegram channel.",
	},
	styleTranslated: {
		"And {claimant} adopted the operation in a statement spread on its channels.",
	},
}

var unharmed = [numStyles][]string{
	styleWire: {
		"There were no immediate reports of casualties or damage.",
		"No one was hurt, {officials}.",
		"It was not clear whether the attack caused any damage.",
	},
	styleOfficial: {
		"There were no injuries or damage.",
		"No injuries or damage were reported.",
		"Minor damage to infrastructure was reported; there were no casualties.",
	},
	styleClaim: {
		"The group did not publish footage of the attack.",
	},
	styleMonitor: {
		"There has been no information on human losses so far.",
		"Ambulances were not seen, and no losses have been reported yet.",
	},
	styleTranslated: {
		"And no information about the losses until the moment of writing the news.",
	},
}

var hurt = [numStyles][]string{
	styleWire: {
		"{Injured} U.S. service members were injured, {officials}.",
		"{Injured} American troops suffered light injuries, {officials}.",
	},
	styleOfficial: {
		"{Injured} U.S. service members sustained minor injuries and have returned to duty.",
		"{Injured} personnel are being evaluated for traumatic brain injuries.",
	},
	styleClaim: {
		"The group said the enemy suffered losses, without giving figures.",
	},
	styleMonitor: {
		"{Injured} people inside the base were wounded, according to the Observatory's sources.",
	},
	styleTranslated: {
		"And {injured} of the soldiers of the occupation were injured by wounds of varying degrees.",
	},
}

// tolls report the dead of an airstrike, by style.
var tolls = [numStyles][]string{
	styleWire: {
		"{Killed} fighters were killed, {officials}.",
		"At least {killed} people were killed, according to a local official.",
	},
	styleOfficial: {
		"We are still assessing the results of the strikes.",
	},
	styleClaim: {
		"The group mourned {killed} of its fighters.",
	},
	styleMonitor: {
		"{Killed} members of the militias were killed, according to the Observatory's sources.",
	},
	styleTranslated: {
		"And the bombing led to the martyrdom of {killed} of the fighters.",
	},
}

// details add colour to an attack on a base, by style.
var details = [numStyles][]string{
	styleWire: {
		"Sirens sounded across the base and air defences were activated, {officials}.",
		"Smoke could be seen rising from inside the perimeter, according to witnesses.",
		"Coalition aircraft flew over the area for several hours afterwards.",
	},
	styleOfficial: {
		"The attack is the latest in a series by Iran-backed militia groups.",
		"Coalition air defenses responded.",
	},
	styleClaim: {
		"The statement came with a short video whose date and place could not be checked.",
		"The group described the operation as a response to the massacres in Gaza.",
	},
	styleMonitor: {
		"Coalition helicopters were seen flying over the area after the explosions.",
		"The SDF imposed a security cordon around the base and closed nearby roads.",
	},
	styleTranslated: {
		"And the helicopters of the occupation flew in the sky of the area after the attack.",
		"And the sirens of the warning sounded in the base for a long time.",
	},
}

var strikeDetails = []string{
	"The strikes targeted weapons depots, a command centre and vehicles.",
	"Ambulances rushed to the site and the roads around it were closed.",
	"Residents said the blasts shook windows several kilometres away.",
}

var hedges = []string{
	"The report could not be independently verified.",
	"U.S. officials did not immediately comment.",
	"The coalition declined to comment on the report.",
	"Details of the attack could not be confirmed.",
}

var officialsSaid = []string{
	"U.S. officials said", "two security sources said", "a U.S. defense official said",
	"Iraqi security officials said", "officials said", "a coalition spokesman said",
	"local security sources said", "a source in the Syrian Democratic Forces said",
}

var tallies = []string{
	"U.S. forces have been attacked {n} times since October 17, {iq} times in Iraq and {sy} in Syria, according to the Pentagon.",
	"According to Pentagon figures, there have been more than {n} attacks on U.S. troops in Iraq and Syria since mid-October.",
	"As of this week, U.S. and coalition forces had been attacked approximately {n} times since Oct. 17.",
}

var titles = [numStyles][]string{
	styleWire:       {"{Weapons} target U.S. forces at {short}", "U.S. troops at {short} attacked, officials say", "Attack on {short} adds to pressure on U.S. bases"},
	styleOfficial:   {"Statement on attack against U.S. forces at {short}", "Update on attacks against U.S. and Coalition forces"},
	styleClaim:      {"{Claimant} claims attack on {short}", "Resistance says it hit occupation base at {short}"},
	styleMonitor:    {"Explosions heard at {short}", "Attack reported on {short}, sources say"},
	styleTranslated: {"The resistance targets the base of occupation in {short}", "Attack by the drones on {short}"},
}

var strikeTitles = []string{
	"U.S. strikes militia sites near {short}",
	"Airstrikes hit {group} positions in {short}",
	"Strikes reported on militia headquarters in {short}",
}

var closers = [numStyles][]string{
	styleWire:       {"(Reporting by {outlet} staff; Editing by the regional desk)", "Additional reporting by correspondents in Baghdad and Beirut."},
	styleOfficial:   {"Further information will be released as it becomes available.", "Questions about this statement may be sent to the press office."},
	styleClaim:      {"The group has claimed dozens of similar attacks since October.", "Affiliated channels shared the statement within minutes."},
	styleMonitor:    {"The Observatory continues to follow developments in the area.", "The Observatory calls on all parties to spare civilians."},
	styleTranslated: {"It is worth to mention that the resistance carried out tens of the operations since the month of October.", "And the American side did not comment until now."},
}

// backgrounds are topics of context a report may carry. A paragraph takes
// two to four sentences of one topic, in order, so that unrelated reports
// rarely share whole paragraphs.
var backgrounds = [][]string{
	{
		"The attacks began in mid-October, days after the Hamas raid on southern Israel and the start of Israel's campaign in Gaza.",
		"Armed groups aligned with Iran say they are punishing Washington for its military support to Israel.",
		"They have promised to keep going until a ceasefire is reached in Gaza and American forces leave the region.",
		"Before October, attacks on U.S. sites in Iraq had been rare for more than a year, under an informal truce.",
		"The pace has varied from week to week, with lulls after each round of American retaliation.",
	},
	{
		"The United States keeps about 2,500 troops in Iraq, where they advise and assist Iraqi forces at the invitation of the government.",
		"About 900 more are deployed in north-eastern Syria, where they operate alongside the Kurdish-led Syrian Democratic Forces.",
		"Their stated mission is to prevent a comeback by the Islamic State group, whose cells still stage ambushes in the desert.",
		"Most of the troops are concentrated at a handful of large sites, with smaller outposts used for supply and surveillance.",
		"Rotations of units have continued despite the attacks, officials say.",
	},
	{
		"Most of the drones used in the campaign are small, cheap and launched from a short distance.",
		"Flying low and slow, they are hard to pick up on radar until the last moment.",
		"U.S. officials say the bulk of them have been shot down or have failed to hit anything.",
		"Still, dozens of service members have been treated for traumatic brain injuries after blasts near their quarters.",
		"Rockets, by contrast, are usually fired from improvised launchers on the back of trucks, often on timers.",
	},
	{
		"Iraqi Prime Minister Mohammed Shia al-Sudani has condemned both the attacks on coalition sites and the American strikes that followed them.",
		"He says both violate Iraqi sovereignty and risk dragging the country into a regional war.",
		"His government has opened talks with Washington on a timetable for ending the mission of the international coalition.",
		"Several of the parties in his governing coalition have armed wings that are close to Tehran.",
		"Parliament voted in 2020 for the departure of foreign troops, a decision never carried out.",
	},
	{
		"The oil and gas fields east of the Euphrates in Deir ez-Zor have hosted U.S. troops since the defeat of the Islamic State group there in 2019.",
		"Damascus describes the American presence as an occupation and accuses Washington of taking Syria's resources.",
		"The fields produce only a fraction of what they did before the war, and most of the output is refined locally.",
		"Workers at the Conoco gas plant and the Al-Omar field say production has been cut several times because of damage to pipelines and power lines.",
	},
	{
		"Across the river, on the western bank of the Euphrates, Syrian government forces share the towns of Mayadin and Abu Kamal with militias backed by Iran.",
		"The militias include Iraqi, Afghan and Syrian fighters, and have run their own checkpoints since 2017.",
		"Residents say armed men often move at night and that launch sites are hard to find.",
		"The river has become a front line of sorts, with the coalition and its Kurdish-led allies on the eastern bank.",
	},
	{
		"Washington holds Tehran responsible for the attacks, saying it funds, arms and trains the groups involved.",
		"Iranian officials deny directing them and say the factions take their own decisions.",
		"Analysts say that position gives Tehran room to deny involvement while keeping pressure on the United States.",
		"The White House has repeatedly said it does not seek a war with Iran.",
	},
	{
		"The Islamic Resistance in Iraq is a banner used since October by several armed factions, among them Kataib Hezbollah and Harakat al-Nujaba.",
		"Its statements appear on Telegram, usually within hours of an attack.",
		"They rarely include footage or details that can be checked, and some have named bases that were not hit.",
		"The banner lets the factions act together while none of them takes responsibility alone.",
	},
	{
		"Al-Tanf sits on the highway between Baghdad and Damascus, close to the point where Syria, Jordan and Iraq meet.",
		"Across the border in Jordan, the small Tower 22 outpost supports the garrison and other coalition positions in the desert.",
		"A 55-kilometre exclusion zone around the garrison is patrolled by U.S. troops and a Syrian opposition force they train.",
		"The Rukban camp for displaced Syrians lies inside the zone, cut off from most aid.",
	},
	{
		"Kurdish officials in Erbil have complained that many launches come from areas of Nineveh and Kirkuk held by factions of the Popular Mobilization Forces.",
		"The PMF, an umbrella of mostly Shiite armed groups, is formally part of the Iraqi state.",
		"The Kurdistan Region hosts coalition forces at Erbil airport and at Harir.",
		"Regional authorities have asked the coalition for more air defences around Erbil.",
	},
	{
		"Sirens and the rattle of air defence guns have become familiar to people who live near the bases.",
		"Shopkeepers in towns close to Ain al-Asad say business has slowed as families avoid travelling at night.",
		"Farmers near the Syrian fields complain about debris falling on their land.",
		"In Erbil, some residents now check the news before driving past the airport road.",
	},
	{
		"Pentagon officials have said they want to avoid a wider war, but that they will strike back when American troops are hurt.",
		"After each round of U.S. strikes, the militias have usually paused for a few days before launching new attacks.",
		"Officials who track the groups say the pauses have grown shorter since December.",
		"Critics in Congress have called for a stronger response, while others want the troops brought home.",
	},
	{
		"The Syrian Democratic Forces, who guard the perimeter of most U.S. sites in the northeast, have also suffered losses.",
		"The Kurdish-led force says the attacks endanger its fighters and the civilians who work in the oil fields.",
		"It also faces Turkish drone strikes in the north and Islamic State cells in the desert.",
		"Its commanders fear that a U.S. withdrawal would leave them exposed on several fronts at once.",
	},
	{
		"Iraqi security forces have announced several arrests of people suspected of firing rockets.",
		"Launch platforms have been found abandoned in orchards and on farmland around Baghdad and in Anbar.",
		"Nobody has been publicly tried, and officials admit that pressure from powerful parties makes prosecutions difficult.",
		"Some launchers were rigged with timers so that the crews could leave before they fired.",
	},
	{
		"Analysts say the campaign is designed to raise the cost of the American presence without provoking a response that would threaten the militias themselves.",
		"\"They calibrate carefully,\" said a researcher who follows the groups.",
		"\"Most of these attacks are meant to be seen, not to kill.\"",
		"That calculation, they warn, can fail with a single lucky hit.",
	},
	{
		"The Red Sea and Lebanon have seen their own escalation since October, with Houthi attacks on shipping and daily fire across the Israeli-Lebanese border.",
		"Officials in Washington worry that the fronts feed each other.",
		"Regional diplomats have shuttled between Baghdad, Tehran and Gulf capitals to try to contain the fighting.",
		"So far, none of the sides has shown much sign of backing down.",
	},
}
