package extract

import (
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/normalize"
)

// datelineSpan returns where a wire dateline starts and ends ("BAGHDAD,
// Jan 20 (Levant Wire) -", "TAMPA, Fla. -", a first line "Baghdad -
// Al-Rafidain"), or 0, 0 when the text has none. It opens the text or one
// of its first three paragraphs (after an editor's note: "CORRECTION: An
// earlier version ... \n\nSANAA, April 19 -"). A dateline names where and
// when the story was filed, not where or when anything happened.
func datelineSpan(text string, toks []normalize.Token) (int, int) {
	if len(toks) == 0 {
		return 0, 0
	}
	// A short first line with a dash: "Baghdad - Al-Rafidain".
	if nl := strings.IndexByte(text, '\n'); nl > 0 {
		n, dash := 0, false
		for _, t := range toks {
			if t.Start >= nl {
				break
			}
			n++
			if isDash(t.Norm) {
				dash = true
			}
		}
		if dash && n <= 6 && toks[0].Upper {
			return 0, nl
		}
	}
	// "Rawalpindi, 4 March 2025:", "Niamey, March 21, 2025 -": a press
	// release's place and date.
	if end := releaseDateline(toks); end > 0 {
		return 0, end
	}
	// "Baghdad - The official spokesman of the government said ...": an
	// agency's dateline in title case, opening the text.
	if k := titleDateline(toks); k > 0 {
		return 0, toks[k].End
	}
	paras := 0
	titles := true // every paragraph before is a title line
	// Under a release's letterhead of short lines ("U.S. CENTRAL COMMAND",
	// "Dec. 3, 2023", "Release No. ...", "FOR IMMEDIATE RELEASE"), further
	// down.
	for i := 0; i < len(toks) && (paras < 3 || titles && paras < 8); i++ {
		if i > 0 && !strings.Contains(text[toks[i-1].End:toks[i].Start], "\n") {
			continue
		}
		paras++
		// Past the first paragraph, only "CITY, Month Day -": a heading
		// such as "SUNDAY - ..." opens a section, not a story. Under a
		// title alone, "BAGHDAD - ..." opens the story.
		needComma := i > 0 && (!titles || weekdayName(toks[i].Norm))
		if end := wireDatelineAt(text, toks[i:], needComma); end > 0 {
			return toks[i].Start, end
		}
		titles = titles && titleLine(text, toks, i)
	}
	return 0, 0
}

// laterDatelines returns the datelines after byte from that open a
// paragraph under a heading: a statement followed by a command's release,
// "U.S. CENTRAL COMMAND UPDATE\n\nTAMPA, Fla. - At 4:00 p.m. ...".
func laterDatelines(text string, toks []normalize.Token, from int) [][2]int {
	var out [][2]int
	prev := -1 // the first token of the paragraph before
	for i := range toks {
		if i > 0 && !strings.Contains(text[toks[i-1].End:toks[i].Start], "\n") {
			continue
		}
		if toks[i].Start >= from && prev >= 0 && titleLine(text, toks, prev) {
			if end := wireDatelineAt(text, toks[i:], true); end > 0 {
				out = append(out, [2]int{toks[i].Start, end})
			}
		}
		prev = i
	}
	return out
}

// titleLine reports whether the paragraph at toks[i] is one short line
// that ends without a sentence's stop: "## A week of drones: militias test
// U.S. bases".
func titleLine(text string, toks []normalize.Token, i int) bool {
	j := i
	for j+1 < len(toks) && !strings.Contains(text[toks[j].End:toks[j+1].Start], "\n") {
		j++
	}
	switch toks[j].Norm {
	case ".", "!", "?", ":", ";", ",":
		return false
	}
	return j-i < 25
}

func weekdayName(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// releaseDateline returns the end of a release's opening "Place, date:"
// or "Place, date -", or 0: up to three capitalised words, a comma, then
// only a day, a month and a year before the colon or dash.
func releaseDateline(toks []normalize.Token) int {
	k := 0
	for k < len(toks) && k < 3 && toks[k].Kind == normalize.Word && toks[k].Upper {
		k++
	}
	if k == 0 || k >= len(toks) || toks[k].Norm != "," {
		return 0
	}
	month := false
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := toks[j]
		switch {
		case t.Norm == ":" || isDash(t.Norm):
			if month {
				return t.End
			}
			return 0
		case t.Kind == normalize.Number || t.Norm == ",":
		case t.Kind == normalize.Word && months[t.Norm] != 0:
			month = true
		default:
			return 0
		}
	}
	return 0
}

// titleDateline returns the index of the dash after one to three
// capitalised words that open the text and come before another
// capitalised word ("Baghdad - The ...", "Deir Ezzor - Local ..."), or 0.
func titleDateline(toks []normalize.Token) int {
	k := 0
	for k < len(toks) && k < 3 && toks[k].Kind == normalize.Word && toks[k].Upper {
		k++
	}
	if k == 0 || k+1 >= len(toks) || !isDash(toks[k].Norm) || toks[k+1].Start == toks[k].End ||
		toks[k].Start == toks[k-1].End || !toks[k+1].Upper {
		return 0
	}
	return k
}

// wireDatelineAt returns the end of a dateline that opens toks, or 0: a word
// in capitals, then words in capitals or numbers up to a dash, with a comma
// among them when needComma.
func wireDatelineAt(text string, toks []normalize.Token, needComma bool) int {
	// "Damascus, SANA - ": a state agency's dateline, the city in title
	// case, the agency in capitals.
	if len(toks) > 4 && toks[0].Upper && toks[1].Norm == "," && toks[2].Kind == normalize.Word &&
		allCaps(text[toks[2].Start:toks[2].End]) && toks[2].End-toks[2].Start >= 2 && isDash(toks[3].Norm) {
		return toks[3].End
	}
	if end := titleCaseDateline(text, toks); end > 0 {
		return end
	}
	if !allCaps(text[toks[0].Start:toks[0].End]) || toks[0].End-toks[0].Start < 3 {
		return 0
	}
	// "MONDAY 27 NOVEMBER - 01:41 Sanaa time": a day heading a timeline,
	// no place's dateline.
	if _, ok := weekdays[toks[0].Norm]; ok {
		return 0
	}
	comma := false
	for k := 1; k < len(toks) && k < 16; k++ {
		t := toks[k]
		comma = comma || t.Norm == ","
		if isDash(t.Norm) && k+1 < len(toks) && toks[k+1].Start > t.End {
			if needComma && !comma {
				return 0
			}
			return t.End
		}
		// "MUMBAI: The crew of the Norwegian tanker ...": an Indian
		// paper's dateline, a word or three in capitals and a colon.
		if t.Norm == ":" && !needComma && !comma && k <= 3 && allCapsWords(text, toks[:k]) && !labelWords[toks[0].Norm] {
			return t.End
		}
		// "ERBIL (Kurdistan Region of Iraq) -": the region in brackets,
		// in any case.
		// Only after the place's words in capitals, and a dash after it.
		if t.Norm == "(" && allCapsWords(text, toks[:k]) {
			if c := closingBracket(toks, k, 10); c > 0 && c+1 < len(toks) && isDash(toks[c+1].Norm) {
				k = c
				continue
			}
		}
		if t.Kind == normalize.Word && !t.Upper {
			return 0
		}
	}
	return 0
}

// closingBracket returns the index of the ")" that closes the "(" at
// token k within n tokens, or 0.
func closingBracket(toks []normalize.Token, k, n int) int {
	for j := k + 1; j < len(toks) && j <= k+n; j++ {
		switch toks[j].Norm {
		case ")":
			return j
		case "(", ".", ";":
			return 0
		}
	}
	return 0
}

// titleCaseDateline returns the end of a dateline with the city in title
// case, a date and the agency's code in brackets: "Damascus, 3 June (QSW)
// -", "Aleppo, June 3 (QSW) -"; or 0.
func titleCaseDateline(text string, toks []normalize.Token) int {
	k := 0
	for k < len(toks) && k < 3 && toks[k].Kind == normalize.Word && toks[k].Upper {
		k++
	}
	if k == 0 || k+6 >= len(toks) || toks[k].Norm != "," {
		return 0
	}
	k++
	switch {
	case toks[k].Kind == normalize.Number && months[toks[k+1].Norm] != 0:
	case months[toks[k].Norm] != 0 && toks[k+1].Kind == normalize.Number:
	default:
		return 0
	}
	k += 2
	if toks[k].Norm == "," && toks[k+1].Kind == normalize.Number {
		k += 2 // the year
	}
	if k+3 >= len(toks) || toks[k].Norm != "(" || toks[k+2].Norm != ")" || !allCaps(text[toks[k+1].Start:toks[k+1].End]) || !isDash(toks[k+3].Norm) {
		return 0
	}
	return toks[k+3].End
}

// labelWords open a text in capitals and a colon without being a place:
// "CORRECTION: An earlier version of this story ...".
var labelWords = map[string]bool{"correction": true, "corrections": true, "update": true, "updated": true,
	"breaking": true, "summary": true, "editor": true, "editors": true, "note": true, "urgent": true, "flash": true,
	"analysis": true, "exclusive": true, "live": true, "watch": true, "warning": true, "alert": true, "advisory": true,
	"statement": true, "q": true, "a": true, "re": true, "subject": true, "from": true, "to": true, "date": true,
	"bottom": true, "background": true, "context": true, "incident": true, "ref": true, "reference": true,
	"source": true, "sources": true, "scope": true, "key": true, "notes": true, "photo": true, "video": true}

// allCapsWords reports words all in capitals.
func allCapsWords(text string, toks []normalize.Token) bool {
	for _, t := range toks {
		if t.Kind != normalize.Word || !allCaps(text[t.Start:t.End]) {
			return false
		}
	}
	return true
}

func isDash(s string) bool { return s == "-" || s == "—" || s == "–" }

func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// labelSpeaker reads a transcript label at the start of a paragraph:
// "**MAJ. GEN. PAT RYDER:**" or "Q:". It returns the speaker and ok false
// when the paragraph has no label.
func labelSpeaker(text string, toks []normalize.Token, lo, hi int) (speaker, bool) {
	k := lo
	for k < hi && toks[k].Kind == normalize.Punct && toks[k].Norm == "*" {
		k++
	}
	start := k
	for ; k < hi && k < start+8; k++ {
		t := toks[k]
		if t.Norm == ":" {
			break
		}
		if t.Kind == normalize.Word && !allCaps(text[t.Start:t.End]) {
			return speaker{}, false
		}
	}
	if k >= hi || k == start || toks[k].Norm != ":" {
		return speaker{}, false
	}
	// "MONDAY 27 NOVEMBER - 01:41 Sanaa time": the colon of a clock, and
	// "RECAP:", a heading; nobody speaking.
	if toks[k-1].Kind == normalize.Number && k+1 < hi && toks[k+1].Kind == normalize.Number && toks[k+1].Start == toks[k].End {
		return speaker{}, false
	}
	for j := start; j < k; j++ {
		if _, ok := weekdays[toks[j].Norm]; ok {
			return speaker{}, false
		}
		if _, ok := months[toks[j].Norm]; ok {
			return speaker{}, false
		}
	}
	// "08:10": a clock time heading an entry, nobody speaking.
	words := false
	for j := start; j < k; j++ {
		words = words || toks[j].Kind == normalize.Word
	}
	if !words {
		return speaker{}, false
	}
	name := strings.TrimSpace(text[toks[start].Start:toks[k-1].End])
	// "FILE PHOTO:", "VIDEO:", "WATCH:": a caption or a link, nobody speaking.
	for j := start; j < k; j++ {
		switch toks[j].Norm {
		case "photo", "photos", "video", "videos", "image", "images", "watch", "read", "caption", "file", "picture":
			return speaker{}, false
		}
	}
	if name == "Q" {
		return speaker{Name: "a reporter", Kind: SpeakerMedia, Verb: -1, Label: true}, true
	}
	kind := SpeakerMedia
	// "MS. SINGH:", "GEN. RYDER:": a briefing's briefer, by title.
	if hasOfficialWord(toks, start, k) || briefingTitles[toks[start].Norm] && k-start >= 2 {
		kind = SpeakerOfficial
	}
	return speaker{Name: name, Kind: kind, Verb: -1, Label: true}, true
}

// briefingTitles open the label of a briefer in a transcript.
var briefingTitles = map[string]bool{"mr": true, "ms": true, "mrs": true, "gen": true, "adm": true, "col": true,
	"lt": true, "maj": true, "secretary": true, "general": true, "admiral": true, "ambassador": true}
