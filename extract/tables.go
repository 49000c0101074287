package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// A monitor's or an NGO's weekly table tells each incident on a row of
// cells between pipes, under a header that names the columns:
//
//	| date | place | what | killed | injured | grade |
//	| 31/03 | Shtula (Israel) | anti-tank missile hits empty house | 0 | 0 | A |
//
// A row's words are read as a sentence; its numbers mean what their
// column's header says: the dead, the hurt, both ("2 / 24", "1 k, 2 w"),
// or the day ("31/03", which no sentence would write alone).

// Column roles a header's cell names.
const (
	colNone = iota
	colDate
	colKilled
	colInjured
	colToll // both: "toll", "casualties", "killed / injured"
)

// cell is a table cell: its text's byte span, trimmed.
type cell struct{ start, end int }

// tableRow returns the cells of the table row that holds byte offset at
// (none when it is on no table's line) and, when the table has a header
// that names its columns, their roles (ok).
func tableRow(text string, at int) (cells []cell, roles []int, ok bool) {
	ls, le := lineAt(text, at)
	cells = rowCells(text, ls, le)
	if len(cells) < 3 {
		return nil, nil, false
	}
	// The header is the first line of the table, above the row, past a
	// rule line under it ("|---|---|").
	hs := ls
	for hs > 0 {
		ps := strings.LastIndexByte(text[:hs-1], '\n') + 1
		if len(rowCells(text, ps, hs-1)) < 3 && !ruleLine(text[ps:hs-1]) {
			break
		}
		hs = ps
	}
	if hs == ls {
		return cells, nil, false
	}
	_, he := lineAt(text, hs)
	header := rowCells(text, hs, he)
	if len(header) != len(cells) {
		return cells, nil, false
	}
	roles = make([]int, len(header))
	named := false
	for k, h := range header {
		name := strings.ToLower(text[h.start:h.end])
		if strings.ContainsAny(name, "0123456789") {
			return cells, nil, false // a row, not a header
		}
		roles[k] = columnRole(name)
		named = named || roles[k] != colNone
	}
	if !named {
		return cells, nil, false
	}
	return cells, roles, true
}

// ruleLine reports a table's rule line: "|---|:---:|", "+----+----+".
func ruleLine(s string) bool {
	return strings.Count(s, "-") >= 3 && strings.Trim(s, "|-:+ \t\r") == ""
}

// lineAt returns the bounds [ls, le) of the line that holds byte offset at.
func lineAt(text string, at int) (ls, le int) {
	ls = strings.LastIndexByte(text[:at], '\n') + 1
	if n := strings.IndexByte(text[at:], '\n'); n >= 0 {
		return ls, at + n
	}
	return ls, len(text)
}

// rowCells splits line [ls, le) into its cells when it is a table's line:
// "| a | b | c |" or "a | b | c". A rule line ("|---|---|") has none.
func rowCells(text string, ls, le int) []cell {
	s := text[ls:le]
	if strings.Count(s, "|") < 2 || strings.Trim(s, "|-:+ \t") == "" {
		return nil
	}
	var out []cell
	start := ls
	for i := ls; i <= le; i++ {
		if i < le && text[i] != '|' {
			continue
		}
		a, b := start, i
		for a < b && (text[a] == ' ' || text[a] == '\t') {
			a++
		}
		for b > a && (text[b-1] == ' ' || text[b-1] == '\t' || text[b-1] == '\r') {
			b--
		}
		// The pipes that open and close the line bound no cell.
		if !(a == b && (start == ls || i == le)) {
			out = append(out, cell{a, b})
		}
		start = i + 1
	}
	return out
}

// columnRole reads a header's cell.
func columnRole(name string) int {
	words := strings.FieldsFunc(name, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'')
	})
	kill, hurt, both, date := false, false, false, false
	for _, w := range words {
		switch w {
		case "killed", "dead", "deaths", "fatalities", "martyrs", "k":
			kill = true
		case "injured", "wounded", "hurt", "injuries", "w", "wia":
			hurt = true
		case "toll", "casualties", "victims", "kia":
			both = true
		case "date", "day", "when":
			date = true
		}
	}
	switch {
	case both || kill && hurt:
		return colToll
	case kill:
		return colKilled
	case hurt:
		return colInjured
	case date:
		return colDate
	}
	return colNone
}

// tableTolls reads the dead and the hurt of the table row that sentence
// [lo, hi) is.
//
// columns reports counts read from columns a header names, which outrank
// the counts the row's words tell ("| 1 | 6 | B | the health office gave 1
// dead and 4 injured; the ministry raised the injured to 6 |").
func tableTolls(text string, toks []normalize.Token, lo, hi int) (out []casualty, columns bool) {
	if lo >= hi {
		return nil, false
	}
	cells, roles, ok := tableRow(text, toks[lo].Start)
	if !ok {
		// "Row 45-05 | Wed 08 Nov | near Maysalun | killed 9 (monitor) |
		// hurt ?": a table without a header labels its counts.
		for _, c := range cells {
			out = append(out, labelledCounts(text[c.start:c.end], c.start)...)
		}
		return out, false
	}
	for k, c := range cells {
		v := text[c.start:c.end]
		switch roles[k] {
		case colKilled, colInjured:
			field := sitrep.FieldFatalities
			if roles[k] == colInjured {
				field = sitrep.FieldInjuries
			}
			if n, ok := cellCount(v); ok {
				out = append(out, casualty{field, n, sitrep.Span{Start: c.start, End: c.end}, ""})
			}
		case colToll:
			out = append(out, tollCell(v, c.start)...)
		}
	}
	return out, true
}

// cellCount reads a cell that holds a count alone: "0", "13", "none".
func cellCount(v string) (int, bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "none" || v == "nil" || v == "no" {
		return 0, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n >= 0 && n < 100000
}

// tollCell reads a cell of both tolls: "2 / 24 (soldiers)" (the dead,
// then the hurt), "1 k, 2 w", "2 k", "3 killed, 5 injured", "0".
func tollCell(v string, at int) []casualty {
	span := sitrep.Span{Start: at, End: at + len(v)}
	lower := strings.ToLower(v)
	if n, ok := cellCount(lower); ok {
		return []casualty{{sitrep.FieldFatalities, n, span, ""}, {sitrep.FieldInjuries, n, span, ""}}
	}
	if a, b, ok := strings.Cut(lower, "/"); ok {
		k, ok1 := cellCount(a)
		w, ok2 := leadingCount(b)
		if ok1 && ok2 {
			return []casualty{{sitrep.FieldFatalities, k, span, ""}, {sitrep.FieldInjuries, w, span, ""}}
		}
	}
	return labelledCounts(v, at)
}

// labelledCounts reads the counts a cell labels: "1 k, 2 w", "3 killed",
// "killed 9 (monitor)", "hurt 0".
func labelledCounts(v string, at int) []casualty {
	span := sitrep.Span{Start: at, End: at + len(v)}
	var out []casualty
	for _, part := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ',' || r == ';' }) {
		f := strings.Fields(part)
		if len(f) < 2 {
			continue
		}
		word, num := f[1], f[0]
		if _, err := strconv.Atoi(num); err != nil {
			word, num = f[0], f[1]
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			continue
		}
		switch word {
		case "k", "killed", "dead", "kia", "deaths", "fatalities":
			out = append(out, casualty{sitrep.FieldFatalities, n, span, ""})
		case "w", "wounded", "injured", "hurt", "wia", "injuries":
			out = append(out, casualty{sitrep.FieldInjuries, n, span, ""})
		}
	}
	return out
}

// leadingCount reads the count that opens v: "24 (soldiers)".
func leadingCount(v string) (int, bool) {
	f := strings.Fields(v)
	if len(f) == 0 {
		return 0, false
	}
	return cellCount(f[0])
}

// tableDate reads the day of a table row's date column when it is written
// as numbers without a year ("31/03", "01.04."), which no sentence would
// write alone: day first, as the tables of the region write it, unless
// only month first makes a day; the year that puts it nearest before
// publication.
func (d *dater) tableDate(lo, hi int) (dateExpr, bool) {
	if lo >= hi {
		return dateExpr{}, false
	}
	cells, roles, ok := tableRow(d.text, d.toks[lo].Start)
	if !ok {
		return dateExpr{}, false
	}
	for k, c := range cells {
		if roles[k] != colDate {
			continue
		}
		v := strings.TrimSuffix(d.text[c.start:c.end], ".")
		sep := strings.IndexAny(v, "/.")
		if sep < 0 {
			return dateExpr{}, false
		}
		a, err1 := strconv.Atoi(v[:sep])
		b, err2 := strconv.Atoi(v[sep+1:])
		if err1 != nil || err2 != nil || a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12 {
			return dateExpr{}, false
		}
		day, month := a, b
		if month > 12 {
			day, month = b, a
		}
		first, last := -1, -1
		for j := lo; j < hi; j++ {
			if d.toks[j].Start >= c.start && d.toks[j].End <= c.end {
				if first < 0 {
					first = j
				}
				last = j + 1
			}
		}
		if first < 0 {
			return dateExpr{}, false
		}
		e := d.dayExpr(first, last, sitrep.Date{Month: time.Month(month), Day: day}, false)
		e.Span = sitrep.Span{Start: c.start, End: c.end}
		return e, true
	}
	return dateExpr{}, false
}

// cellLocators marks the places that locate the one before them in a
// table's cell: "| Qabatiya, Jenin |", "| Majdal Zoun, Tyre |" are one
// place each, the second the district or city it lies in.
func cellLocators(text string, places []placeRef) {
	for i := 1; i < len(places); i++ {
		q, p := places[i-1], places[i]
		if q.Locator || q.End > p.Start {
			continue
		}
		gap := text[q.End:p.Start]
		if !strings.Contains(gap, ",") || strings.ContainsAny(gap, "|\n") || len(gap) > 4 {
			continue
		}
		ls, le := lineAt(text, q.Start)
		for _, c := range rowCells(text, ls, le) {
			if c.start <= q.Start && p.End <= c.end {
				places[i].Locator = true
				break
			}
		}
	}
}
