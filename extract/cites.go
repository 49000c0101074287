package extract

import (
	"strings"

	"github.com/sitrep/sitrep/normalize"
)

// What the copies signature needs to find rewrites: the outlets a text
// cites as its source, and the names others cite the document's own outlet
// by.

// citedOutlets returns the names the text cites an outlet by, as the
// source of what it tells: "according to the Two Rivers Wire news agency",
// "the ARP news agency reported", "Shafaq News reported", "sources told
// Rudaw", "citing Al Mayadeen", "carried by the Damascus Herald". A name
// of several words also gives its ends of two words and more ("The
// American Meridian Wire agency": "Meridian Wire"), full names first.
func (d *docState) citedOutlets() []string {
	toks := d.toks
	var full, ends []string
	for i := 0; i < len(toks); {
		if !toks[i].Upper || toks[i].Kind != normalize.Word {
			i++
			continue
		}
		a, b := nameRun(toks, i)
		i = b
		if toks[a].Norm == "the" {
			a++
		}
		if a == b || !citedAt(toks, a, b) {
			continue
		}
		full = append(full, d.text[toks[a].Start:toks[b-1].End])
		words := 0
		for k := b - 1; k > a; k-- {
			if toks[k].Kind != normalize.Word {
				continue
			}
			words++
			if words >= 2 && toks[k].Upper {
				ends = append(ends, d.text[toks[k].Start:toks[b-1].End])
			}
		}
	}
	return append(full, ends...)
}

// nameRun returns the run of capitalised words from token i, with the
// hyphens and the lower-case "of", "and", "&" between them and the dots
// of initials ("Horn of Africa Wire", "Al-Mayadeen", "U.S. Central
// Command"); a == b when token i opens none.
func nameRun(toks []normalize.Token, i int) (a, b int) {
	upper := func(k int) bool { return k < len(toks) && toks[k].Kind == normalize.Word && toks[k].Upper }
	if !upper(i) {
		return i, i
	}
	b = i + 1
	for {
		switch {
		case upper(b):
			b++
		case b < len(toks) && toks[b].Norm == "." && len(toks[b-1].Norm) == 1 && toks[b-1].Upper:
			b++ // "U.S. Central Command"
		case b+1 < len(toks) && upper(b+1) && (toks[b].Norm == "-" || toks[b].Norm == "&" ||
			toks[b].Kind == normalize.Word && (toks[b].Norm == "of" || toks[b].Norm == "and")):
			b += 2
		default:
			return i, b
		}
	}
}

// citedAt reports whether the name of tokens [a, b) is cited as an
// outlet: a medium's noun after it, a verb of reporting after it, or a
// marker of relay before it.
func citedAt(toks []normalize.Token, a, b int) bool {
	if b < len(toks) {
		next := ""
		if b+1 < len(toks) {
			next = toks[b+1].Norm
		}
		switch w := toks[b].Norm; w {
		case "news", "wire":
			// "news agency", "news service", "wire service"; not "Gaza
			// news" alone.
			return next != "news" && mediumNoun(next) || next == "service"
		case "reported", "reports", "quoted", "recalled":
			return true
		case "said", "says", "wrote", "writes":
			// "Straitline Maritime said in its daily bulletin": a
			// publication of its own.
			if next == "in" && b+2 < len(toks) && (toks[b+2].Norm == "its" || toks[b+2].Norm == "a") {
				for k := b + 3; k < len(toks) && k <= b+5; k++ {
					if publicationNouns[toks[k].Norm] {
						return true
					}
				}
			}
		default:
			if mediumNoun(w) {
				return true
			}
		}
	}
	k := a - 1
	// "by the Erbil-based Kurdistan Frontline": where the outlet is based.
	if k >= 2 && toks[k].Norm == "based" && toks[k-1].Norm == "-" {
		k -= 3
	}
	if k >= 0 && toks[k].Norm == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Norm {
	case "told", "citing", "via":
		return true
	case "to":
		return k > 0 && toks[k-1].Norm == "according"
	case "by":
		if k == 0 {
			return false
		}
		// "as reported by", "distributed by".
		switch toks[k-1].Norm {
		case "cited", "quoted", "reported", "carried", "relayed", "published", "broadcast", "aired",
			"distributed", "supplied",
			// "according to a report by", "in an article by"
			"report", "reports", "article", "story", "dispatch", "interview":
			return true
		}
	}
	return false
}

// mediumNoun reports whether w names a medium after an outlet's name.
// publicationNouns are what an outlet publishes its stories in: "said in
// its daily bulletin".
var publicationNouns = map[string]bool{"bulletin": true, "newsletter": true, "advisory": true, "report": true,
	"update": true, "digest": true, "note": true, "briefing": true}

func mediumNoun(w string) bool { return mediaNouns[w] || outletNouns[w] }

// ownNames returns the names others cite the document's outlet by: the
// outlet's name and the code in its dateline ("BAGHDAD (TRW) -"). An
// official's statement or an armed group's channel has none: a report
// that quotes it is no rewrite of it.
func (d *docState) ownNames() []string {
	if d.outletOfficial || d.outletActor != nil {
		return nil
	}
	// "Cedar Horizon TV (English website)" is cited as "Cedar Horizon TV".
	outlet := d.doc.Outlet
	if i := strings.IndexByte(outlet, '('); i > 0 && strings.TrimSpace(outlet[:i]) != "" {
		outlet = strings.TrimSpace(outlet[:i])
	}
	names := []string{outlet}
	if dl := d.text[:d.dateline]; d.dateline > 0 {
		if i := strings.IndexByte(dl, '('); i >= 0 {
			if j := strings.IndexByte(dl[i:], ')'); j > 1 && len(strings.Fields(dl[i+1:i+j])) <= 4 {
				names = append(names, dl[i+1:i+j])
			}
		}
	}
	return names
}
