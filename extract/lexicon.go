package extract

import "github.com/sitrep/sitrep"

// weaponWords maps folded words to the attack category they denote. Multi-
// word forms are matched by the trigger scanner in triggers.go.
var weaponWords = map[string]string{
	"drone": sitrep.CategoryDrone, "drones": sitrep.CategoryDrone,
	"uav": sitrep.CategoryDrone, "uavs": sitrep.CategoryDrone, "uas": sitrep.CategoryDrone, // unmanned aerial system
	"quadcopter": sitrep.CategoryDrone, "quadcopters": sitrep.CategoryDrone,
	"shahed": sitrep.CategoryDrone, "shaheds": sitrep.CategoryDrone,
	"missile": sitrep.CategoryMissile, "missiles": sitrep.CategoryMissile,
	"rocket": sitrep.CategoryRocket, "rockets": sitrep.CategoryRocket,
	"katyusha": sitrep.CategoryRocket, "katyushas": sitrep.CategoryRocket,
	"mortar": sitrep.CategoryMortar, "mortars": sitrep.CategoryMortar,
	"artillery": sitrep.CategoryArtillery, "shelling": sitrep.CategoryArtillery, "shellfire": sitrep.CategoryArtillery,
	"shelled":   sitrep.CategoryArtillery,
	"airstrike": sitrep.CategoryAirstrike, "airstrikes": sitrep.CategoryAirstrike,
	"warplanes": sitrep.CategoryAirstrike, "warplane": sitrep.CategoryAirstrike,
	"jets": sitrep.CategoryAirstrike, "bombers": sitrep.CategoryAirstrike,
	"gunship": sitrep.CategoryAirstrike, "gunships": sitrep.CategoryAirstrike,
	"ied": sitrep.CategoryIED, "ieds": sitrep.CategoryIED, "vbied": sitrep.CategoryIED,
	"landmine": sitrep.CategoryIED, "landmines": sitrep.CategoryIED,
	"clashes": sitrep.CategoryClash, "clashed": sitrep.CategoryClash,
	"firefight": sitrep.CategoryClash, "gunfight": sitrep.CategoryClash,
	"gunmen": sitrep.CategoryShooting, "gunfire": sitrep.CategoryShooting, "sniper": sitrep.CategoryShooting,
	"snipers": sitrep.CategoryShooting, "assassinated": sitrep.CategoryShooting,
	"shooting": sitrep.CategoryShooting, "shootings": sitrep.CategoryShooting,
	"ambush": sitrep.CategoryClash, "ambushed": sitrep.CategoryClash, "skirmishes": sitrep.CategoryClash,
	"grenades": sitrep.CategoryClash,
	"rpg":      sitrep.CategoryRocket, "rpgs": sitrep.CategoryRocket, "grad": sitrep.CategoryRocket,
	"atgm": sitrep.CategoryMissile, "atgms": sitrep.CategoryMissile, "howitzer": sitrep.CategoryArtillery,
	"bombarded": sitrep.CategoryArtillery, "shells": sitrep.CategoryArtillery, "shell": sitrep.CategoryArtillery,
}

// phrases are multi-word triggers: folded words, category ("" for a
// generic attack word) and whether they are weapons that can be counted.
var phrases = []struct {
	words    []string
	category string
}{
	{[]string{"unmanned", "aerial", "vehicle"}, sitrep.CategoryDrone},
	{[]string{"unmanned", "aerial", "vehicles"}, sitrep.CategoryDrone},
	{[]string{"unmanned", "aircraft"}, sitrep.CategoryDrone},
	// CENTCOM's "one uncrewed aerial system", "unmanned aerial systems".
	{[]string{"unmanned", "aerial", "system"}, sitrep.CategoryDrone},
	{[]string{"unmanned", "aerial", "systems"}, sitrep.CategoryDrone},
	{[]string{"uncrewed", "aerial", "system"}, sitrep.CategoryDrone},
	{[]string{"uncrewed", "aerial", "systems"}, sitrep.CategoryDrone},
	{[]string{"uncrewed", "aerial", "vehicle"}, sitrep.CategoryDrone},
	{[]string{"uncrewed", "aerial", "vehicles"}, sitrep.CategoryDrone},
	{[]string{"loitering", "munition"}, sitrep.CategoryDrone},
	{[]string{"loitering", "munitions"}, sitrep.CategoryDrone},
	// "the Israeli drone missile that hit his car": a drone's strike.
	{[]string{"drone", "missile"}, sitrep.CategoryDrone},
	{[]string{"drone", "missiles"}, sitrep.CategoryDrone},
	{[]string{"bombs", "fell"}, sitrep.CategoryAirstrike}, // "bombs fell on al-Dailami air base"
	{[]string{"dropped", "bombs"}, sitrep.CategoryAirstrike},
	{[]string{"air", "strike"}, sitrep.CategoryAirstrike},
	{[]string{"air", "strikes"}, sitrep.CategoryAirstrike},
	{[]string{"air", "raid"}, sitrep.CategoryAirstrike},
	{[]string{"air", "raids"}, sitrep.CategoryAirstrike},
	// "carried out an air aggression", the Syrian and Iraqi state media's
	// air strike.
	{[]string{"air", "aggression"}, sitrep.CategoryAirstrike},
	{[]string{"aerial", "aggression"}, sitrep.CategoryAirstrike},
	{[]string{"aerial", "strike"}, sitrep.CategoryAirstrike},
	{[]string{"aerial", "strikes"}, sitrep.CategoryAirstrike},
	{[]string{"aerial", "bombardment"}, sitrep.CategoryAirstrike},
	{[]string{"fighter", "jets"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "fired"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "struck"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "attacked"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "bombed"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "targeted"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "hit"}, sitrep.CategoryAirstrike},
	// "American aircraft are striking the city", as a live page tells it.
	{[]string{"aircraft", "are", "striking"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "were", "striking"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "have", "struck"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "had", "struck"}, sitrep.CategoryAirstrike},
	{[]string{"aircraft", "are", "bombing"}, sitrep.CategoryAirstrike},
	{[]string{"roadside", "bomb"}, sitrep.CategoryIED},
	{[]string{"car", "bomb"}, sitrep.CategoryIED},
	{[]string{"improvised", "explosive"}, sitrep.CategoryIED},
	{[]string{"explosive", "device"}, sitrep.CategoryIED},
	{[]string{"suicide", "bomber"}, sitrep.CategorySuicide},
	{[]string{"truck", "bomb"}, sitrep.CategoryIED},
	{[]string{"motorcycle", "bomb"}, sitrep.CategoryIED},
	{[]string{"sticky", "bomb"}, sitrep.CategoryIED},
	{[]string{"bomb", "exploded"}, sitrep.CategoryIED},
	{[]string{"bomb", "went", "off"}, sitrep.CategoryIED},
	{[]string{"bomb", "blast"}, sitrep.CategoryIED},
	{[]string{"bomb", "blasts"}, sitrep.CategoryIED},
	{[]string{"bomb", "explosion"}, sitrep.CategoryIED},
	{[]string{"bomb", "attack"}, sitrep.CategoryIED},
	{[]string{"bomb", "planted"}, sitrep.CategoryIED},
	{[]string{"bombs", "planted"}, sitrep.CategoryIED},
	{[]string{"planted", "bomb"}, sitrep.CategoryIED},
	{[]string{"planted", "a", "bomb"}, sitrep.CategoryIED},
	{[]string{"bomb", "detonated"}, sitrep.CategoryIED},
	{[]string{"mortar", "shells"}, sitrep.CategoryMortar},
	{[]string{"mortar", "shell"}, sitrep.CategoryMortar},
	{[]string{"machine", "guns"}, sitrep.CategoryClash},
	{[]string{"machine", "gun"}, sitrep.CategoryClash},
	{[]string{"small", "arms"}, sitrep.CategoryClash},
	{[]string{"hand", "grenades"}, sitrep.CategoryClash},
	{[]string{"mortar", "rounds"}, sitrep.CategoryMortar},
	{[]string{"anti", "tank", "missile"}, sitrep.CategoryMissile},
	{[]string{"rocket", "propelled", "grenade"}, sitrep.CategoryRocket},
	{[]string{"suicide", "drone"}, sitrep.CategoryDrone},
	// Machine translations of the Arabic for drones: "pilotless planes",
	// "the marches aircraft" (masirat).
	{[]string{"pilotless", "planes"}, sitrep.CategoryDrone},
	{[]string{"pilotless", "plane"}, sitrep.CategoryDrone},
	{[]string{"pilotless", "aircraft"}, sitrep.CategoryDrone},
	{[]string{"marches", "aircraft"}, sitrep.CategoryDrone},
	{[]string{"marching", "aircraft"}, sitrep.CategoryDrone},
	{[]string{"uncrewed", "aircraft"}, sitrep.CategoryDrone},
	{[]string{"kamikaze", "drone"}, sitrep.CategoryDrone},
	{[]string{"kamikaze", "drones"}, sitrep.CategoryDrone},
	{[]string{"suicide", "bombing"}, sitrep.CategorySuicide},
	{[]string{"suicide", "bombings"}, sitrep.CategorySuicide},
	{[]string{"suicide", "bombers"}, sitrep.CategorySuicide},
	{[]string{"suicide", "attack"}, sitrep.CategorySuicide},
	{[]string{"suicide", "attacks"}, sitrep.CategorySuicide},
	{[]string{"suicide", "blast"}, sitrep.CategorySuicide},
	{[]string{"suicide", "car", "bomb"}, sitrep.CategorySuicide},
	{[]string{"suicide", "car", "bombs"}, sitrep.CategorySuicide},
	{[]string{"suicide", "car", "bombing"}, sitrep.CategorySuicide},
	{[]string{"suicide", "car", "bombings"}, sitrep.CategorySuicide},
	{[]string{"car", "bombs"}, sitrep.CategoryIED},
	{[]string{"car", "bombing"}, sitrep.CategoryIED},
	{[]string{"car", "bombings"}, sitrep.CategoryIED},
	{[]string{"truck", "bombs"}, sitrep.CategoryIED},
	{[]string{"roadside", "bombs"}, sitrep.CategoryIED},
	{[]string{"explosive", "laden", "vehicle"}, sitrep.CategoryIED},
	{[]string{"explosive", "laden", "vehicles"}, sitrep.CategoryIED},
	{[]string{"explosives", "laden", "vehicle"}, sitrep.CategoryIED},
	{[]string{"explosives", "laden", "vehicles"}, sitrep.CategoryIED},
	{[]string{"explosive", "laden", "car"}, sitrep.CategoryIED},
	{[]string{"explosives", "laden", "car"}, sitrep.CategoryIED},
	{[]string{"came", "under", "fire"}, ""},
	{[]string{"come", "under", "fire"}, ""},
	{[]string{"came", "under", "attack"}, ""},
	{[]string{"come", "under", "attack"}, ""},
	{[]string{"under", "rocket", "fire"}, sitrep.CategoryRocket},
	{[]string{"opened", "fire"}, sitrep.CategoryShooting},
	{[]string{"opened", "the", "fire"}, sitrep.CategoryShooting}, // translated from French ("ouvert le feu")
	{[]string{"open", "fire"}, sitrep.CategoryShooting},
	{[]string{"opens", "fire"}, sitrep.CategoryShooting},
	{[]string{"opening", "fire"}, sitrep.CategoryShooting},
	// "forces, who responded with fire and eliminated him"
	{[]string{"responded", "with", "fire"}, sitrep.CategoryShooting},
	{[]string{"returned", "fire"}, sitrep.CategoryShooting},
	{[]string{"shot", "dead"}, sitrep.CategoryShooting},
	{[]string{"gunned", "down"}, sitrep.CategoryShooting},
	// "settlers fired live ammunition at residents": gunfire.
	{[]string{"live", "ammunition"}, sitrep.CategoryShooting},
	{[]string{"live", "rounds"}, sitrep.CategoryShooting},
	{[]string{"live", "bullets"}, sitrep.CategoryShooting},
	{[]string{"brought", "down"}, ""},
	{[]string{"blew", "themselves", "up"}, sitrep.CategorySuicide},
	{[]string{"blew", "himself", "up"}, sitrep.CategorySuicide},
	{[]string{"blew", "herself", "up"}, sitrep.CategorySuicide},
	{[]string{"blew", "up"}, ""},
	{[]string{"shot", "down"}, ""},
	{[]string{"shooting", "down"}, ""},
}

// phrasesByFirst indexes phrases by their first word.
var phrasesByFirst = func() map[string][]struct {
	words    []string
	category string
} {
	m := map[string][]struct {
		words    []string
		category string
	}{}
	for _, p := range phrases {
		m[p.words[0]] = append(m[p.words[0]], p)
	}
	return m
}()

// byFirst indexes word sequences by their first word.
func byFirst(seqs [][]string) map[string][][]string {
	m := map[string][][]string{}
	for _, s := range seqs {
		m[s[0]] = append(m[s[0]], s)
	}
	return m
}

var (
	debunkByFirst  = byFirst(debunkPhrases)
	genericByFirst = byFirst(genericSentence)
)

// attackWords are generic attack triggers: they say something happened but
// not with what.
var attackWords = map[string]bool{
	"attack": true, "attacks": true, "attacked": true, "attacking": true,
	"strike": true, "strikes": true, "struck": true, "striking": true,
	"targeted": true, "targeting": true, "targetted": true, "target": false,
	"hit": true, "hits": true, "bombed": true, "bombing": true, "bombings": true, "bombardment": true,
	"stormed": true, "massacre": true, "massacred": true,
	"assault": true, "assaults": true, "raid": true, "raids": true,
	"explosion": true, "explosions": true, "blast": true, "blasts": true,
	"detonations": true, "detonation": true, "exploded": true,
	"shot": true, "intercepted": true, "downed": true, "targets": true,
	// A projectile is a rocket to one army, a missile to another.
	"projectile": true, "projectiles": true,
	// "UKMTO has received a report of an incident 60NM southeast of Aden"
	"incident": true,
}

// anaphorWords are nouns that refer back to an incident already told when
// they follow "the", "this", "that" or a possessive.
var anaphorWords = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "assault": true,
	"incident": true, "explosions": true, "explosion": true, "blasts": true, "blast": true,
	"base": true, "facility": true, "installation": true, "outpost": true, "engagement": true,
	"operation": true, "raid": true, "barrage": true, "salvo": true, "bombing": true, "bombings": true,
	"massacre": true, "siege": true, "shooting": true, "ambush": true, "bomb": true,
	"targets": true, "drones": true, "missiles": true, "rockets": true, "drone": true,
	"vessel": true, "ship": true, "tanker": true, // "the vessel was hit by a missile"
}

// genericBefore marks a trigger as generic (a pattern, not one incident)
// when it appears in the few words before it.
var genericBefore = map[string]bool{
	"series": true, "wave": true, "spate": true, "string": true, "campaign": true,
	"pattern": true, "other": true, "previous": true, "previously": true, "recent": true,
	"ongoing": true, "repeated": true, "repeatedly": true, "frequent": true, "such": true,
	"these": true, "those": true, "past": true, "since": true, "future": true, "further": true,
	"continue": true, "continuing": true, "continued": true,
	"possible": true, "potential": true, "historically": true, "routinely": true,
	// "the constant sound of drones", "near-daily rocket fire": what goes on
	"constant": true, "constantly": true, "regular": true, "regularly": true, "daily": true,
	"nightly": true, "incessant": true, "persistent": true,
	// "mock raids by jets over Beirut", "sonic booms from Israeli jets",
	// "leaflets dropped by an Israeli drone": no attack
	"mock": true, "simulated": true, "sonic": true, "leaflets": true,
	// "strikes meant to degrade Houthi attacks on shipping": attacks in general
	"degrade": true, "deter": true, "prevent": true, "curb": true, "halt": true, "stop": true, "cease": true,
	// "operations will escalate if Israel strikes Iraq": what may come
	"if": true, "unless": true,
	"none": false, "retaliatory": false, "any": true,
	// "they expect more attacks on Harir", "vowed further strikes": what is
	// feared or promised, not what happened.
	"expect": true, "expects": true, "expected": true, "anticipate": true, "anticipates": true,
	"vowed": true, "vows": true, "vow": true, "threatened": true, "threatens": true, "threaten": true,
	"promised": true, "promises": true, "planned": true, "planning": true, "plans": true,
	// "it would keep targeting those it holds responsible": what will be.
	"would": true, "will": true, "keep": true, "keeps": true,
}

// quantityWords before a plural attack noun speak of many attacks
// ("several attacks", "most of the attacks"); before weapons they count a
// salvo ("multiple ballistic missiles") and leave the attack specific.
var quantityWords = map[string]bool{
	"several": true, "numerous": true, "dozens": true, "multiple": true, "many": true, "most": true,
	"tens": true, "scores": true, "none": true, "all": true, "each": true, "hundreds": true,
}

// genericSentence marks a whole sentence as talking about many incidents.
var genericSentence = [][]string{
	{"for", "context"}, {"almost", "daily"}, {"nearly", "daily"}, {"every", "day"}, {"on", "a", "daily", "basis"},
	{"almost", "nightly"}, {"nearly", "nightly"}, {"every", "night"},
	{"so", "far"}, {"to", "date"}, {"in", "recent", "weeks"}, {"in", "recent", "days"},
	{"in", "recent", "months"}, {"over", "the", "past"}, {"a", "total", "of"},
	// A jet "shot down ... in an apparent case of friendly fire", a
	// cruiser that "mistakenly shot down" a jet: no attack.
	{"friendly", "fire"}, {"mistakenly", "shot", "down"}, {"accidentally", "shot", "down"},
	{"mistakenly", "downed"}, {"accidentally", "downed"},
	// "It is to be reminded that ... were martyred on Friday": background.
	{"to", "be", "reminded"}, {"worth", "recalling"}, {"worth", "reminding"},
	{"in", "total"}, {"more", "frequent"}, {"less", "frequent"}, {"increasingly", "frequent"},
	// "An earlier version of this article said ...": what a correction
	// takes back.
	{"earlier", "version"}, {"previous", "version"},
	// "Sites such as Conoco and the nearby Green Village ...": places of a
	// kind, not of an attack.
	{"sites", "such", "as"}, {"bases", "such", "as"}, {"places", "such", "as"}, {"targets", "such", "as"},
	// "Scope: attacks by drones, rockets and missiles on military sites in
	// Iraq and Syria": what a report covers.
	{"scope", ":"}, {"coverage", ":"}, {"methodology", ":"}, {"criteria", ":"}, {"definitions", ":"},
	// "Two men detained for flying a camera drone near Erbil": an arrest;
	// "arrest of two men with an unlicensed pistol"; "a fuel truck
	// overturned": an accident.
	{"detained", "for"}, {"arrested", "for"}, {"arrest", "of"}, {"arrests", "of"}, {"arrests", "for"},
	{"overturned"},
}

// speechVerbs introduce what a source says.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "stated": true, "states": true,
	"confirmed": true, "confirms": true, "confirm": true, "announced": true, "announces": true,
	"reported": true, "reports": true, "revealed": true, "added": true, "noted": true,
	"told": true, "acknowledged": true, "indicated": true, "claimed": true, "claims": true,
	"asserted": true, "wrote": true, "posted": true, "tweeted": true, "declared": true,
	"denied": true, "denies": true, "according": true, "cited": true, "citing": true,
	"quoted": true, "admitted": true, "admits": true, "admit": true, "acknowledges": true,
	"acknowledge": true, "informed": true, "informs": true, "inform": true,
	// Only in "in what the Pentagon called a response" (findSpeaker).
	"called": true, "described": true, "termed": true,
}

// confirmVerbs are speech verbs by which an official confirms a fact.
var confirmVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "stated": true, "states": true, "confirmed": true, "confirms": true,
	"confirm": true, "admitted": true, "admits": true, "admit": true, "acknowledges": true, "acknowledge": true,
	"announces": true,
	"announced": true, "revealed": true, "added": true, "acknowledged": true,
	"indicated": true, "claimed": true, "noted": true, "told": true, "reported": true,
	"declared": true, "posted": true, "wrote": true, "according": true,
	"called": true, "described": true, "termed": true, "informed": true, "informs": true, "inform": true,
}

// hedgeWords make a statement second-hand.
var hedgeWords = map[string]bool{
	"reportedly": true, "reported": true, "reports": true, "allegedly": true,
	"alleged": true, "purportedly": true, "sources": true, "source": true,
	"according": true, "rumours": true, "rumors": true, "apparently": true,
	"witnesses": true, "residents": true,
}

// doubtWords cast doubt on a statement.
var doubtWords = map[string]bool{
	"unverified": true, "unconfirmed": true, "unverifiable": true,
	// "a video ... that purports to show an explosion"
	"purports": true, "purported": true, "purporting": true,
}

// debunkPhrases show a claim's evidence to be false.
var debunkPhrases = [][]string{
	{"no", "attack", "took", "place"}, {"no", "attack", "occurred"}, {"there", "was", "no", "attack"},
	{"turned", "out", "to", "be"}, {"old", "footage"}, {"old", "video"}, {"old", "images"},
	{"recycled"}, {"fabricated"}, {"fake"}, {"doctored"}, {"misattributed"},
	{"from", "a", "previous"}, {"actually", "from"},
	// "the Pentagon said it had no record of such an attack"
	{"no", "record", "of"},
	// "called the claim \"not accurate\"", "which the Pentagon says did
	// not happen"
	{"not", "accurate"}, {"did", "not", "happen", "."}, {"did", "not", "happen", ","}, {"didnt", "happen", "."},
	{"never", "happened"}, {"no", "such", "attack"},
	// "I'm not tracking any attack at Al-Asad today", as a Pentagon
	// spokesman answers a claim he has no record of
	{"not", "tracking", "any"},
}

// denyWords state that a claimed fact is false.
var denyWords = map[string]bool{
	"denied": true, "denies": true, "deny": true, "refuted": true, "dismissed": true,
	"false": true, "baseless": true, "rejecting": true, "rejected": true, "refuting": true,
	"dismissing": true, "denying": true, "inaccurate": true, "untrue": true, "unfounded": true, "groundless": true,
}

// negations undo the verb that follows them.
var negations = map[string]bool{
	"dont": true, "doesnt": true, "didnt": true, "cannot": true, "cant": true, "unable": true,
	"not": true, "no": true, "never": true, "yet": true, "declined": true,
	"refused": true, "without": true, "nor": true, "neither": true,
}

// officialWords mark a speaker as an official of a government or military.
var officialWords = map[string]bool{
	"spokesman": true, "spokesperson": true, "spokeswoman": true, "official": true,
	"officials": true, "command": true, "ministry": true, "minister": true,
	"pentagon": true, "military": true, "army": true, "centcom": true, "commander": true,
	"department": true, "government": true, "authorities": true, "statement": false,
	"directorate": true, "secretary": true, "gen": true, "general": true, "colonel": true,
	"presidency": true, "embassy": true, "coalition": true, "cell": true,
	"governor": true, "mayor": true, "prefect": true, "administrator": true,
	"president": true, "premier": true, "chancellor": true, "admiral": true, "brigadier": true,
	// "Israeli rescue services said", "paramedics said": the target
	// side's emergency services.
	"rescue": true, "rescuers": true, "paramedics": true, "ambulance": true,
	// "Kurdish counter-terrorism forces said", "police said": a state's
	// forces speak for it; "a police officer said" is one man's word
	// (speakerIn).
	"forces": true, "counter-terrorism": true, "police": true,
}

// pluralTargets are nouns whose counts make a sentence a summary of several
// attacks ("three locations", "two facilities").
var pluralTargets = map[string]bool{
	"locations": true, "facilities": true, "bases": true, "sites": true, "positions": true,
	"installations": true, "outposts": true, "targets": true,
}

// Classes of sentenceWords.
const (
	wordHedge = 1 << iota
	wordDoubt
	wordDeny
	wordVerify
	wordPhrase
	wordPluralTarget
	wordUncertain
)

// sentenceWords classifies the words that colour a whole sentence, so
// that reading a sentence takes one lookup per word.
var sentenceWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range hedgeWords {
		m[w] |= wordHedge
	}
	for w := range doubtWords {
		m[w] |= wordDoubt
	}
	for w := range denyWords {
		m[w] |= wordDeny
	}
	// "could not establish where or when the clips were filmed", "has
	// not been authenticated": no more than a claim.
	for _, w := range []string{"verified", "verify", "confirmed", "confirm", "establish", "authenticate", "authenticated",
		"geolocate", "geolocated"} {
		m[w] |= wordVerify
	}
	for w := range debunkByFirst {
		m[w] |= wordPhrase
	}
	for w := range genericByFirst {
		m[w] |= wordPhrase
	}
	for w := range pluralTargets {
		m[w] |= wordPluralTarget
	}
	for _, w := range []string{"whether", "unclear", "unknown"} {
		m[w] |= wordUncertain
	}
	return m
}()

// asideOpeners start a stretch that describes rather than tells: places in
// it are context ("in response to the massacres in Gaza").
var asideOpeners = [][]string{
	{"in", "response", "to"}, {"in", "retaliation", "for"}, {"in", "revenge", "for"},
	{"in", "solidarity", "with"}, {"in", "support", "of"}, {"support", "for"}, {"backing", "for"},
	// "In triumph for the oppressed Palestinian people and the mujahideen
	// of Gaza", "In victory for ...": a statement's cause, not its place.
	{"in", "triumph", "for"}, {"in", "triumph", "of"}, {"in", "the", "triumph", "for"}, {"in", "victory", "for"},
	{"in", "victory", "of"},
	// "Upon the path of jihad against the occupiers of Iraq", "in backing
	// of our oppressed ones in Gaza", "as answer to the crimes": the
	// openings of a faction's statement in translation.
	{"upon", "the", "path", "of"}, {"in", "backing", "of"}, {"as", "answer", "to"},
	{"in", "defence", "of"}, {"in", "defense", "of"},
	// "U.S. and U.K. forces, with support from Australia, Bahrain, Canada
	// ..., carried out strikes": the allies, not the places struck.
	{"with", "support", "from"}, {"with", "the", "support", "of"}, {"with", "support", "of"},
	{"response", "to"}, {"retaliation", "for"}, {"between"}, {"anniversary", "of"},
	// "in riposte to the fires against Zar'it", "in reply to", "in
	// retaliation to": translated and loose forms of the same.
	{"in", "riposte", "to"}, {"in", "reply", "to"}, {"in", "retaliation", "to"}, {"riposte", "to"},
	// "gave answer to the crime of the Zionist regime in the village of
	// Einata", as a translation from Persian writes "responded to".
	// "The operation was Pakistan's answer to an Iranian strike ... that
	// killed two children" is not: the answered strike is the news there.
	{"gave", "answer", "to"}, {"give", "answer", "to"}, {"in", "answer", "to"},
	// "will continue as long as the aggression on Gaza continues".
	{"as", "long", "as"},
	// "as punishment for the strike on", "to punish it for", "how Tehran
	// would respond to the killings in Beirut": what an attack answers
	{"punishment", "for"}, {"punish"}, {"revenge", "for"}, {"avenge"}, {"respond", "to"}, {"retaliate", "for"},
	// "as Israel hit back for a rocket attack that killed a soldier in
	// Safed": the attack a strike answers.
	{"hit", "back", "for"}, {"hits", "back", "for"}, {"hitting", "back", "for"}, {"struck", "back", "for"},
	{"strikes", "back", "for"}, {"striking", "back", "for"},
	// "in order to remove threats to the residents of northern Israel":
	// what an attack is for.
	{"in", "order", "to"},
	// "The targeting of the ship came because the company that owns it
	// violated the decision of banning the entry to the ports of occupied
	// Palestine": why.
	{"came", "because"}, {"because", "the"},
	// "the escalation that followed the killing of Ismail Haniyeh in
	// Tehran": what came before
	{"that", "followed"}, {"which", "followed"}, {"background", "of"},
	// "the commander it blames for Saturday's rocket attack", "whom it
	// accused of being behind the rocket": the attack a strike answers
	// (blameOpeners)
	{"blames", "for"}, {"blamed", "for"}, {"blaming", "for"}, {"held", "responsible", "for"},
	{"accused", "of", "being", "behind"}, {"accuses", "of", "being", "behind"},
	{"border", "with"}, {"borders", "with"}, {"from"},
	// "attacking shipping over the war in Gaza": the war is context
	{"war", "in"}, {"war", "on"}, {"conflict", "in"},
	// "a missile that was aimed into the Gulf of Aden": where it would have gone
	{"aimed", "into"},
	// "died on the way to the Hebron governmental hospital": where the
	// wounded were going.
	{"on", "the", "way", "to"}, {"on", "his", "way", "to"}, {"on", "her", "way", "to"}, {"on", "their", "way", "to"},
	{"en", "route", "to"},
	// "a boy, who was taken to hospital in Sinuni": where the wounded went
	{"hospital", "in"}, {"taken", "to"}, {"evacuated", "to"}, {"transferred", "to"}, {"rushed", "to"},
	{"brought", "to"}, {"ferried", "to"},
	// "was pronounced dead at the Palestine Medical Complex in Ramallah"
	{"pronounced", "dead"}, {"complex", "in"}, {"clinic", "in"},
	// "hours before the Iranian president arrived in Baghdad": a visit
	{"arrived", "in"}, {"arrives", "in"}, {"arriving", "in"}, {"visit", "to"}, {"trip", "to"},
	// "a bulk carrier bound for Aden": where a ship was going
	{"bound", "for"}, {"destined", "for"}, {"en", "route", "to"}, {"sailing", "to"}, {"sailing", "for"},
}

// blameOpeners are the first words of the asideOpeners that tell what a
// target is blamed for: the toll in such an aside is that attack's.
var blameOpeners = map[string]bool{"blames": true, "blamed": true, "blaming": true, "held": true,
	"accused": true, "accuses": true}

// asideByFirst indexes asideOpeners by their first word.
var asideByFirst = byFirst(asideOpeners)

// holderNouns are people and groups whose location a following "in X"
// gives: "officials in Baghdad", "militias in Deir ez-Zor".
var holderNouns = map[string]bool{
	"officials": true, "sources": true, "authorities": true, "residents": true, "militias": true,
	"fighters": true, "militants": true, "factions": true, "groups": true, "government": true,
	"activists": true, "forces": false, "leaders": true, "correspondent": true, "official": true,
	"proxies": true, "allies": true, "affiliates": true, "partners": true, "ambassador": true,
	"organizations": true, "organisations": true, // "terrorist organizations in Idleb ... with drones on Aleppo"
	"ambassadors": true, "envoy": true, "envoys": true, "consul": true,
	// "Analysts in Baghdad said the timing of Friday's attack": where
	// they sit, not where it struck.
	"analysts": true, "experts": true, "observers": true, "diplomats": true, "journalists": true,
}
