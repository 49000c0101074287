package corpus

import (
	"strings"
	"time"
)

// swaps are the small edits an outlet makes when it rewrites another's story.
var swaps = [][2]string{
	{" said ", " stated "}, {"attack", "assault"}, {"targeted", "hit"},
	{"officials", "authorities"}, {"U.S.", "US"}, {"drones", "UAVs"},
	{"according to", "citing"}, {"injured", "hurt"}, {"statement", "communique"},
}

// nearCopy rewrites src lightly under another outlet, as aggregators do.
func (g *Generator) nearCopy(src Record, id string) Record {
	o := outlets[g.rng.IntN(len(outlets))]
	for o.name == src.Outlet {
		o = outlets[g.rng.IntN(len(outlets))]
	}
	pub, _ := time.Parse(time.DateOnly, src.Published)
	if g.rng.IntN(10) < 3 {
		pub = pub.AddDate(0, 0, 1)
	}
	text := strings.ReplaceAll(src.Text, src.Outlet, o.name)
	for _, s := range swaps {
		if g.rng.IntN(2) == 0 {
			text = strings.ReplaceAll(text, s[0], s[1])
		}
	}
	switch g.rng.IntN(3) {
	case 0:
		text += "\n\n(" + o.name + ", with agencies)"
	case 1:
		if i := strings.LastIndex(text, "\n\n"); i > 0 && i >= MinText {
			text = text[:i]
		}
	}
	title := src.Title
	switch g.rng.IntN(4) {
	case 0:
		title = "UPDATE 1-" + title
	case 1:
		title += " - report"
	case 2:
		title = strings.ReplaceAll(title, "U.S.", "US")
	}
	return Record{
		ID:        id,
		URL:       makeURL(o.slug, pub, title, id),
		Outlet:    o.name,
		Title:     title,
		Published: pub.Format(time.DateOnly),
		Text:      text,
	}
}
