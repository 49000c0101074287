package export

import "strings"

// countryNames holds the English names, as ACLED writes them, of the
// countries sitrep's sources report on most.
var countryNames = [...]struct{ code, name string }{
	{"AE", "United Arab Emirates"},
	{"BH", "Bahrain"},
	{"EG", "Egypt"},
	{"IL", "Israel"},
	{"IQ", "Iraq"},
	{"IR", "Iran"},
	{"JO", "Jordan"},
	{"KW", "Kuwait"},
	{"LB", "Lebanon"},
	{"OM", "Oman"},
	{"PS", "Palestine"},
	{"QA", "Qatar"},
	{"SA", "Saudi Arabia"},
	{"SY", "Syria"},
	{"TR", "Turkey"},
	{"US", "United States"},
	{"YE", "Yemen"},
}

// CountryName returns the English name of an ISO 3166-1 alpha-2 code, in
// any case. Codes outside its small table are returned unchanged, and ""
// gives "".
func CountryName(code string) string {
	up := strings.ToUpper(code)
	for _, c := range countryNames {
		if c.code == up {
			return c.name
		}
	}
	return code
}
