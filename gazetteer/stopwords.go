package gazetteer

import (
	"maps"
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// stopWords are common English words, month and weekday names and the
// words of attack reports, as folded keys. A name of the GeoNames layer
// made only of them, of stopNames and of commonWords ("Salt", "Most",
// "Hero", "Bar", "Independence", "May") is not indexed: GeoNames has towns
// named like them, and text means the word.
var stopWords = wordSet(`
a about above across act action after again against age ago agreed ahead aid air all almost
alone along already also although always am among an and another any anyone anything are area
areas arid army around arrived as ask asked at attack attacked attacks away back bad bank bar
bare be became because become been before began behind being believe below best better between
beyond big black blast blood blue board body bomb border both bottom break bridge bring brought
build building built burn business but by call called came camp can capital car care carried
case cause central centre center certain chance change charge chief child children choose church
city civil claim claimed clear close coast cold college come command common company control
cost could council country course court cover cross crossing cut damage dark date day days dead
deal death deep defence defense department desert did die died different district do does dog
done door down drone drones drive during each early earth east eastern economy else end enemy
enough even evening event ever every eye face fact fair fall family far farm fast father fear
few field fight fighting figure fire fired first five floor fly follow food for force forces
foreign form former forward found four free friend from front full game gas gate gave general
get girl give given go going gold gone good got government great green ground group grow guard
gulf had half hall hand hard has have he head health hear heard heart heavy held help her here
hero high hill him his hit hold home hope horse hospital hot hour hours house how however human
hundred i idea if important in inside into iron is island it its job join just keep kept key
kill killed kind king knew know land large last late later law lay lead leader leaders least
leave led left less let letter level lie life light like line list little live local long look
lost lot love low made main major make man many march mark market matter may me mean member men
middle might mile military mind minister minute miss missile missiles mission money month more
morning most mother mount mountain move much must my name nation national near need never new
news next night nine no none north northern not note nothing now number of off office officer
official officials often oil old on once one only open or order other our out outside over own
page paper park part party pass past peace people per person place plain plan plant play point
police port power press price prison problem public put quarter question quite raid rain ran
rather reach read ready real reason red region remain report reported reports rest result
return right river road rock rocket rockets room round rule run safe said salt same saw say sea
second security see seen send sent service set seven several shall she ship shot should show
side sign since six size small so soldier soldiers some someone something son soon sound source
sources south southern space speak special spring square staff stand star start state station
stay still stone stop story street strike strikes strong such summer sun support sure system
take taken talk team tell ten than that the their them then there these they thing think third
this those though thought thousand three through time to today together told too took top
toward towards town trade tree troops true try turn two under union unit united until up upon
us use used valley very victory village voice wait walk wall want war was watch water way we
week well went were west western what when where which while white who whole why wide will
wind winter with within without woman women wood word work world would year years yes yet you
young your
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun
yesterday tonight tomorrow overnight dawn dusk noon midnight weekend
christmas easter thanksgiving halloween ramadan eid nowruz
northeast northwest southeast southwest northeastern northwestern southeastern southwestern
upper lower greater little grand old new
president prime king queen prince emir sheikh general colonel commander spokesman spokesperson
ministry minister secretary senator governor mayor ambassador envoy
congress parliament senate assembly legislature arab arabs
islamic resistance coalition militia militias brigade brigades division battalion regiment
revolutionary republic kingdom republican democratic popular federal royal supreme
agency reuters associated times post daily herald tribune journal network channel
hospital university school college mosque shrine palace tower towers bridge highway airport
airfield airbase base bases harbour harbor bay lake island islands mountains hills springs falls
beach port ports canal dam dams plant plants refinery pipeline factory
independence liberty freedom justice victory providence concord unity hope glory paradise
surprise reading mobile orange split nice bath temple normal marine eagle
`)

// stopNames are names that news text uses for other things than GeoNames
// towns: armed groups and the words of their names, people, and Arabic
// words for kinds of place ("Wadi", "Tall", "Ras"). A GeoNames name made
// only of them and of stopWords is not indexed either, but a capitalised
// stopName before a name marks it as the end of a longer name ("Kata'ib
// Sayyid al-Shuhada").
var stopNames = wordSet(`
hamas hezbollah hizbollah hizballah houthi houthis ansar ansarallah kataib kataeb hashd nujaba
asaib badr quds daesh isis isil jaish jabhat nusra tahrir ahrar faylaq harakat saraya qassam
fatemiyoun zainabiyoun wagner taliban mossad centcom pentagon kremlin
assad sadr sistani khamenei soleimani nasrallah haniyeh sinwar netanyahu biden trump erdogan
putin austin blinken kirby ryder abbas hussein saddam maliki sudani muhandis raisi lloyd
wadi jabal jebel jbel tall tal tel tell ras ain ayn bir kafr kfar deir dayr khan qasr umm abu
bani beni bab sheikh shaykh sayyid hay hayy harat suq souq nahr bahr marj qaryat madinat
mazraat mazraa hammam birkat bayt beit
shuhada shuhadaa imam mahdi zahra zaynab zainab fadl kafeel
ali hasan hassan husayn hussain muhammad mohammed mohammad ahmad ahmed mahmoud mahmud khalid
khaled omar umar uthman abdullah abdallah ibrahim ismail yusuf yousef salah saleh salih karim
jamal mustafa mostafa hamza hamid hamad rashid said saeed sultan fahd faisal nasser nasir qasim
qassem kazem jafar jaafar musa isa issa yahya zaid zayd bakr
`)

// arabicStopWords are common Arabic words that GeoNames also has as
// names, as keys: victory, peace, freedom, revolution, army, the new
// one...
var arabicStopWords = wordSet(`
النصر السلام الحرية الثورة الجيش المقاومة الإسلامية الدولة الشعب الجديدة الجديد المدينة القرية
الشرقية الغربية الشمالية الجنوبية الوسطى الكبرى الصغرى العربية الوطنية الأمن الحرس القوات
الحزب المطار القاعدة الحقل المعبر المخيم السجن الجسر الشارع السوق المستشفى المسجد الجامعة
المدرسة المنطقة المحافظة البلدة الحي الشرق الغرب الشمال الجنوب الوسط اليوم أمس غدا القصف
هجوم غارة طائرة مسيرة صاروخ صواريخ مقتل قتلى جرحى المركز الرئيس الوزير العاصمة الحدود
`)

// wordSet returns the keys of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[tokenKey(normalize.Fold(w))] = true
	}
	return m
}

// stopKeys joins stopWords, stopNames, arabicStopWords and commonWords.
var stopKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{stopWords, stopNames, arabicStopWords, commonWords} {
		maps.Copy(m, set)
	}
	return m
}()

// isStopName reports whether every word of a joined key is a stop word or
// a common word.
func isStopName(joined string) bool {
	for {
		w, rest, more := strings.Cut(joined, " ")
		if !stopKeys[w] {
			return false
		}
		if !more {
			return true
		}
		joined = rest
	}
}
