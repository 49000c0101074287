package corpus

// site is a place an incident can happen at. Bases are attacked with drones,
// rockets and missiles; towns are hit by airstrikes or shaken by unexplained
// blasts.
type site struct {
	names    []string // ways outlets write it, the usual one first
	translit string   // how a machine-translated Arabic outlet writes it
	where    string   // "in western Anbar province"
	whereTr  string   // the same, as a translated outlet writes it
	country  string   // ISO 3166-1 alpha-2
	region   string   // "Deir ez-Zor", used in monitor phrasing
	dateline string
	base     bool
}

var sites = []site{
	// Sites holding U.S. or coalition forces.
	{[]string{"Ain al-Asad air base", "Al-Asad Airbase", "Ain al-Asad"}, "Ain al-Assad",
		"in western Anbar province", "in the west of al-Anbar", "IQ", "Anbar", "BAGHDAD", true},
	{[]string{"the Al-Tanf garrison", "the At-Tanf base", "Al-Tanf"}, "al-Tanf",
		"near the Syrian-Jordanian-Iraqi border", "at the triangle of the borders", "SY", "Homs desert", "BEIRUT", true},
	{[]string{"Erbil Air Base", "the coalition base at Erbil International Airport", "Erbil airport"}, "Erbil airport base",
		"in Iraq's Kurdistan region", "in the province of Arbil", "IQ", "Erbil", "ERBIL", true},
	{[]string{"Harir air base", "the Harir base", "Harir"}, "Harir",
		"north-east of Erbil", "in the north of Arbil", "IQ", "Erbil", "ERBIL", true},
	{[]string{"the Al-Omar oil field", "Al-Omar oilfield", "the Omar oil field base"}, "al-Omar field",
		"in Syria's Deir ez-Zor province", "in the countryside of Dayr al-Zawr", "SY", "Deir ez-Zor", "BEIRUT", true},
	{[]string{"the Conoco gas field", "the Conoco base", "Conoco"}, "Koniko field",
		"north of Deir ez-Zor city", "in the eastern countryside of Dayr al-Zawr", "SY", "Deir ez-Zor", "BEIRUT", true},
	{[]string{"the Al-Shaddadi base", "Al-Shaddadi", "Shaddadi"}, "al-Shaddadi",
		"in southern Hasakah province", "in the south of al-Hasaka", "SY", "Hasakah", "QAMISHLI", true},
	{[]string{"the Rmelan landing zone", "Rmelan airstrip", "Rmelan"}, "Rumeilan airport",
		"in the far northeast of Syria", "in the countryside of al-Hasaka", "SY", "Hasakah", "QAMISHLI", true},
	{[]string{"Tower 22", "the Tower 22 outpost", "the Tower 22 logistics base"}, "Rukban",
		"in northeastern Jordan", "on the border of Jordan with Syria", "JO", "Jordanian desert", "AMMAN", true},
	{[]string{"Mission Support Site Green Village", "Green Village", "Green Village"}, "Green Village",
		"east of the Euphrates in Deir ez-Zor", "in the countryside of Dayr al-Zawr", "SY", "Deir ez-Zor", "BEIRUT", true},
	{[]string{"Mission Support Site Euphrates", "the Euphrates support site"}, "al-Furat support site",
		"in Deir ez-Zor province", "in Dayr al-Zawr", "SY", "Deir ez-Zor", "BEIRUT", true},
	{[]string{"the Qasrak base", "Qasrak"}, "Qasrak",
		"in Hasakah province", "in the countryside of al-Hasaka", "SY", "Hasakah", "QAMISHLI", true},
	{[]string{"the Tal Baydar base", "Tal Baydar"}, "Tal Baidar",
		"north of Hasakah city", "in the north of al-Hasaka", "SY", "Hasakah", "QAMISHLI", true},
	{[]string{"the Lafarge cement plant base", "the coalition base near Kobani"}, "the Lafarge factory",
		"south of Kobani", "in the countryside of Ain al-Arab", "SY", "Aleppo", "BEIRUT", true},
	{[]string{"the Baghdad Diplomatic Support Center", "the BDSC near Baghdad airport"}, "the airport of Baghdad",
		"near Baghdad International Airport", "near the airport of Baghdad", "IQ", "Baghdad", "BAGHDAD", true},
	{[]string{"the U.S. Embassy in Baghdad", "the American embassy compound"}, "the Green Zone",
		"in Baghdad's Green Zone", "in the Green Zone of Baghdad", "IQ", "Baghdad", "BAGHDAD", true},
	{[]string{"the Victory base complex", "Victory base"}, "Victoria",
		"beside Baghdad airport", "near the airport of Baghdad", "IQ", "Baghdad", "BAGHDAD", true},
	{[]string{"Balad air base", "the Balad base"}, "Balad",
		"in Salahuddin province", "in Salah al-Din", "IQ", "Salahuddin", "BAGHDAD", true},
	{[]string{"the Union III base", "Union III"}, "Union 3",
		"in central Baghdad", "in the center of Baghdad", "IQ", "Baghdad", "BAGHDAD", true},
	{[]string{"the K1 base near Kirkuk", "K1 air base"}, "K1",
		"west of Kirkuk", "in Kirkuk", "IQ", "Kirkuk", "KIRKUK", true},
	{[]string{"the Mosul airport base", "a coalition position at Mosul airport"}, "Mosul airport",
		"in Nineveh province", "in Nineveh", "IQ", "Nineveh", "MOSUL", true},
	{[]string{"the Kharab al-Jir airstrip", "Kharab al-Jir"}, "Kharab al-Jir airport",
		"near Rmelan in Hasakah province", "in the countryside of al-Hasaka", "SY", "Hasakah", "QAMISHLI", true},

	// Towns and districts: airstrikes, blasts.
	{[]string{"Abu Kamal", "Al-Bukamal", "Albu Kamal"}, "al-Bukamal",
		"on the Syrian-Iraqi border", "at the border with Iraq", "SY", "Deir ez-Zor", "BEIRUT", false},
	{[]string{"Mayadin", "Al-Mayadin"}, "al-Mayadeen",
		"on the Euphrates in Deir ez-Zor province", "in the countryside of Dayr al-Zawr", "SY", "Deir ez-Zor", "BEIRUT", false},
	{[]string{"Deir ez-Zor city", "the city of Deir ez-Zor"}, "the city of Dayr al-Zawr",
		"in eastern Syria", "in the east of Syria", "SY", "Deir ez-Zor", "BEIRUT", false},
	{[]string{"Al-Qaim", "the Al-Qaim area"}, "al-Qaim",
		"near the Syrian border in Anbar province", "in the west of al-Anbar", "IQ", "Anbar", "BAGHDAD", false},
	{[]string{"Akashat", "the Akashat area"}, "Akashat",
		"in the western Anbar desert", "in the desert of al-Anbar", "IQ", "Anbar", "BAGHDAD", false},
	{[]string{"Jurf al-Sakhar", "Jurf al-Nasr"}, "Jurf al-Sakhar",
		"south of Baghdad", "in the north of Babil", "IQ", "Babil", "BAGHDAD", false},
	{[]string{"Hillah", "the outskirts of Hillah"}, "al-Hilla",
		"in Babil province", "in Babil", "IQ", "Babil", "BAGHDAD", false},
	{[]string{"eastern Baghdad", "Baghdad's Mashtal district", "Palestine Street in Baghdad"}, "the east of Baghdad",
		"in the Iraqi capital", "in the capital Baghdad", "IQ", "Baghdad", "BAGHDAD", false},
	{[]string{"Kirkuk", "the city of Kirkuk"}, "Kirkuk",
		"in northern Iraq", "in the north of Iraq", "IQ", "Kirkuk", "KIRKUK", false},
	{[]string{"Mosul", "the outskirts of Mosul"}, "al-Mosul",
		"in Nineveh province", "in Nineveh", "IQ", "Nineveh", "MOSUL", false},
	{[]string{"Hasakah", "the city of Hasakah"}, "al-Hasaka",
		"in northeastern Syria", "in the north-east of Syria", "SY", "Hasakah", "QAMISHLI", false},
	{[]string{"Qamishli", "the outskirts of Qamishli"}, "al-Qamishli",
		"near the Turkish border", "at the border of Turkey", "SY", "Hasakah", "QAMISHLI", false},
	{[]string{"Sayyida Zeinab", "the Sayyida Zeinab district south of Damascus"}, "al-Sayyida Zainab",
		"south of Damascus", "in the countryside of Damascus", "SY", "Damascus", "DAMASCUS", false},
	{[]string{"Palmyra", "the Palmyra desert"}, "Tadmur",
		"in central Syria", "in the desert of Homs", "SY", "Homs", "DAMASCUS", false},
	{[]string{"Rutba", "the Rutba area"}, "al-Rutba",
		"near the Jordanian border", "in the west of al-Anbar", "IQ", "Anbar", "BAGHDAD", false},
	{[]string{"Al-Hasakah countryside", "rural Hasakah"}, "the countryside of al-Hasaka",
		"in northeastern Syria", "in the north-east of Syria", "SY", "Hasakah", "QAMISHLI", false},
	{[]string{"Tikrit", "the outskirts of Tikrit"}, "Tikrit",
		"in Salahuddin province", "in Salah al-Din", "IQ", "Salahuddin", "BAGHDAD", false},
}

// outlet is an invented publisher with the style it writes in.
type outlet struct {
	name  string
	slug  string
	style int
}

const (
	styleWire = iota
	styleOfficial
	styleClaim
	styleMonitor
	styleTranslated
	numStyles
)

var outlets = []outlet{
	{"Levant Wire", "levantwire", styleWire},
	{"Global Dispatch Agency", "global-dispatch", styleWire},
	{"Crescent Daily", "crescent-daily", styleWire},
	{"Mesopotamia Post", "mesopotamia-post", styleWire},
	{"The Baghdad Ledger", "baghdad-ledger", styleWire},
	{"Gulf Defense Digest", "gulf-defense-digest", styleWire},
	{"The Frontier Herald", "frontier-herald", styleWire},
	{"Kurdistan Monitor", "kurdistan-monitor", styleWire},
	{"Desert Line News", "desert-line", styleWire},
	{"Operational Statements Desk", "ops-statements", styleOfficial},
	{"Briefing Room Transcripts", "briefing-room", styleOfficial},
	{"Coalition Press Summary", "coalition-press", styleOfficial},
	{"Resistance Media Relay", "resistance-relay", styleClaim},
	{"Axis Dispatch Channel", "axis-dispatch", styleClaim},
	{"Front Statements Digest", "front-statements", styleClaim},
	{"Euphrates Observatory for Human Rights", "euphrates-observatory", styleMonitor},
	{"Deir ez-Zor 24 Monitor", "dez24", styleMonitor},
	{"Hasakah Watch", "hasakah-watch", styleMonitor},
	{"Al-Rafidain News Agency", "alrafidain", styleTranslated},
	{"Al-Furat Press (translated)", "alfurat", styleTranslated},
	{"Dijla Network (auto-translated)", "dijla", styleTranslated},
}

var claimants = []string{
	"the Islamic Resistance in Iraq",
	"the Islamic Resistance in Iraq",
	"the Islamic Resistance in Iraq",
	"Kataib Hezbollah",
	"Harakat al-Nujaba",
	"Kataib Sayyid al-Shuhada",
	"a little-known group calling itself Ashab al-Kahf",
}

var militias = []string{
	"Kataib Hezbollah", "Iran-backed militias", "Harakat al-Nujaba",
	"Iran's Revolutionary Guards and allied groups", "Kataib Sayyid al-Shuhada",
	"the Fatemiyoun brigade", "Popular Mobilization Forces factions",
}

type weapon struct {
	category string
	one      string // "a drone"
	plural   string // "drones"
	official string // "one-way attack drone" (singular; "s" is added)
}

var weapons = []weapon{
	{"drone", "a drone", "drones", "one-way attack drone"},
	{"drone", "an explosive-laden drone", "explosive-laden drones", "one-way attack drone"},
	{"drone", "a kamikaze drone", "kamikaze drones", "one-way attack drone"},
	{"drone", "an unmanned aerial vehicle", "unmanned aerial vehicles", "one-way attack drone"},
	{"rocket", "a rocket", "rockets", "rocket"},
	{"rocket", "a Katyusha rocket", "Katyusha rockets", "rocket"},
	{"missile", "a ballistic missile", "ballistic missiles", "close-range ballistic missile"},
	{"missile", "a missile", "missiles", "missile"},
	{"mortar", "a mortar round", "mortar rounds", "mortar round"},
}

var numberWords = []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
