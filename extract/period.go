package extract

import (
	"strings"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/normalize"
)

// headReach is how far into the text a digest states the week it covers.
const headReach = 400

// periodEnd returns the last day of the week a digest says it covers, in
// its title or first lines, when that week ended before the day it was
// published: "Week 32 (4-10 August 2024)", "The week of May 12-18". A
// digest published on Sunday 11 August that says "on Sunday" means the
// Sunday its week began, not the day it appeared. The zero Date when the
// text states no such week.
func periodEnd(title, text string, pub sitrep.Date) sitrep.Date {
	if !pub.HasYear() {
		return sitrep.Date{}
	}
	head := text
	if len(head) > headReach {
		head = head[:headReach]
	}
	var best sitrep.Date
	titled := false // a title that names a review of a past week (weekTitle)
	for i, s := range [2]string{title, head} {
		if !strings.Contains(s, "week") && !strings.Contains(s, "Week") && !strings.Contains(s, "WEEK") &&
			(i == 1 || !strings.Contains(strings.ToLower(s), "seven days")) {
			continue
		}
		toks := normalize.Tokens(s)
		if i == 0 {
			titled = weekTitle(toks)
		}
		week := false
		for _, t := range toks {
			if t.Norm == "week" || t.Norm == "weekly" {
				week = true
			}
		}
		if !week {
			continue
		}
		d := &dater{text: s, toks: toks, pub: pub}
		for _, e := range d.find(0, len(toks)) {
			end := e.When.End
			if e.Since || !end.HasYear() || !end.Before(pub) || end.Before(pub.AddDays(-7)) {
				continue
			}
			// A review's "The last week of August began ...", not "the
			// last week of the 60-day period".
			if e.When.Precision == sitrep.PrecisionWeek && titled && i == 1 && e.Last+1 < len(toks) &&
				toks[e.Last].Norm == "of" && months[toks[e.Last+1].Norm] == end.Month {
				if best.IsZero() || best.Before(end) {
					best = end
				}
				continue
			}
			if e.When.Precision != sitrep.PrecisionDay {
				continue
			}
			// A week's range: "May 12-18" (one expression), "4-10 August
			// 2024" (its end after a day and a dash), "4 to 10 August".
			days := end.Days() - e.When.Start.Days()
			ranged := days >= 4 && days <= 7 ||
				e.First >= 2 && toks[e.First-2].Kind == normalize.Number && (toks[e.First-1].Norm == "-" || toks[e.First-1].Norm == "to")
			if !ranged {
				continue
			}
			if best.IsZero() || best.Before(end) {
				best = end
			}
		}
	}
	if best.IsZero() && titled && pub.Weekday() <= time.Wednesday {
		// "The week in Yemen: ...", "Week in review", "A week of two
		// missiles ...", published on the Sunday after the week it
		// reviews, or early in the next: its seven days end the day
		// before, so its "on Sunday" is the week's first day, not the day
		// it appeared.
		best = pub.AddDays(-1)
	}
	return best
}

// reviewNouns follow "weekly" in a review's title: "Weekly digest".
var reviewNouns = map[string]bool{"review": true, "digest": true, "round": true, "roundup": true, "wrap": true}

// notReview follow "The week" in a title that reviews no past week: "The
// Week Ahead", "The Week Before the Vote". ("The Week In Review" is one,
// read below.)
var notReview = map[string]bool{"ahead": true, "after": true, "before": true, "to": true, "of": true, "that": true, "when": true}

// weekTitle reports whether the tokens of a title name a review of a
// past week: "The week in Yemen", "Week in review", "This week in
// Lebanon", "Weekly round-up"; not "a week after", "the week ahead".
func weekTitle(toks []normalize.Token) bool {
	for i, t := range toks {
		if t.Norm == "weekly" && i+1 < len(toks) && reviewNouns[toks[i+1].Norm] {
			return true
		}
		// "A week of two missiles", "Khan Younis to Sanaa: a week of
		// strikes", "what seven days of strikes changed"; not "after a
		// week of calm", "declares seven days of mourning".
		if i >= 1 && i+1 < len(toks) && toks[i+1].Norm == "of" && (t.Norm == "week" && toks[i-1].Norm == "a" ||
			t.Norm == "days" && toks[i-1].Norm == "seven") && (i == 1 || toks[i-2].Norm == ":" || toks[i-2].Norm == "what") {
			return true
		}
		// "The week Washington joined the war": a title that opens on the
		// week and tells what it brought; not "The Week Ahead".
		if t.Norm == "week" && i == 1 && toks[0].Norm == "the" && i+1 < len(toks) && toks[i+1].Upper && toks[i+1].Kind == normalize.Word &&
			!notReview[toks[i+1].Norm] {
			return true
		}
		if t.Norm != "week" || i+1 >= len(toks) || toks[i+1].Norm != "in" {
			continue
		}
		if i == 0 || toks[i-1].Norm == "the" || toks[i-1].Norm == "this" || toks[i-1].Norm == "a" {
			return true
		}
	}
	return false
}
