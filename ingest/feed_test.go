package ingest_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

func TestReadFeed(t *testing.T) {
	t.Run("RSS", func(t *testing.T) {
		path := filepath.Join("testdata", "reports", "feed.rss")
		docs, probs := MustRead(t, ingest.New(), path)
		if len(probs) != 0 || len(docs) != 2 {
			t.Fatalf("got %d docs %v, want 2 docs and no problems", len(docs), probs)
		}
		want := []sitrep.Document{{
			ID:        "lm-2023-10-19-tanf",
			URL:       "https://levantmonitor.example/2023/10/19/al-tanf-drone",
			Title:     "Drone attack reported on Al-Tanf garrison",
			Published: date(2023, 10, 19),
			Text: "Two drones targeted the Al-Tanf garrison in southern Syria on Thursday, a coalition official said.\n" +
				"One was shot down; the other caused minor injuries to coalition personnel.",
		}, {
			ID:        "https://levantmonitor.example/2023/10/20/baghdad-airport-rocket",
			URL:       "https://levantmonitor.example/2023/10/20/baghdad-airport-rocket",
			Title:     "Rocket lands near Baghdad airport",
			Published: date(2023, 10, 20),
			Text:      "A rocket landed near the Victory base complex at Baghdad International Airport early on Friday, Iraqi police said. No casualties were reported.",
		}}
		for i, w := range want {
			d := docs[i]
			if d.ID != w.ID || d.URL != w.URL || d.Title != w.Title || d.Published != w.Published || d.Text != w.Text ||
				d.Outlet != "Levant Monitor" || d.Origin != path {
				t.Errorf("item %d: got\n%+v\nwant\n%+v", i+1, d, w)
			}
		}
	})
	t.Run("Atom", func(t *testing.T) {
		docs, probs := MustRead(t, ingest.New(), filepath.Join("testdata", "reports", "feed.atom"))
		if len(probs) != 0 || len(docs) != 2 {
			t.Fatalf("got %d docs %v, want 2 docs and no problems", len(docs), probs)
		}
		if got, want := ids(docs), []string{"urn:nfn:2023-10-25-shaddadi", "urn:nfn:2023-10-26-harir"}; !slices.Equal(got, want) {
			t.Errorf("got IDs %q, want %q", got, want)
		}
		a, b := docs[0], docs[1]
		if a.Text != "Several mortar rounds struck near a coalition outpost at Shaddadi in Hasakah province on Wednesday evening.\nLocal sources said there were no casualties." {
			t.Errorf("got text %q, want the content as two lines of text", a.Text)
		}
		if a.Published != date(2023, 10, 25) || b.Published != date(2023, 10, 26) {
			t.Errorf("got dates %v %v, want the published date, else the updated one", a.Published, b.Published)
		}
		if b.Outlet != "Northern Front Notes" || b.URL != "https://northernfront.example/posts/harir-drone" {
			t.Errorf("got outlet %q URL %q, want the feed title and the entry link", b.Outlet, b.URL)
		}
	})
	t.Run("Sniffed", func(t *testing.T) {
		data := `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Blast</title><description>A blast hit a convoy near Baiji.</description></item>
<item><title>Empty</title></item></channel></rss>`
		path := MustWrite(t, t.TempDir(), "latest", []byte(data))
		docs, probs := MustRead(t, ingest.New(), path)
		if len(docs) != 1 || docs[0].ID[:5] != "feed-" || docs[0].Outlet != "Desk" {
			t.Fatalf("got %+v, want 1 doc with a hash ID", docs)
		}
		WantProblem(t, probs, path, 0, `feed item 2 "Empty" has no text`)
	})
}
