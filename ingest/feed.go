package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/mmcdole/gofeed"
	"github.com/sitrep/sitrep"
)

// feed reads an RSS or Atom feed, one document per item.
func (rd *run) feed(src *source, data []byte) error {
	lim := rd.r.limits()
	if int64(len(data)) > lim.FeedBytes {
		rd.refuse(src.name, 0, sitrep.LimitFeedBytes, sizeLimit("feed", lim.FeedBytes)+" (feed_bytes)")
		return nil
	}
	if xmlDepth(data, lim.Depth) > lim.Depth {
		rd.refuse(src.name, 0, sitrep.LimitDepth, fmt.Sprintf("XML nested deeper than the limit of %d levels (depth)", lim.Depth))
		return nil
	}
	p := gofeed.NewParser()
	// The image scan parses every item's HTML once more, for nothing we use.
	p.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	f, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			rd.fail(src.name, "not an RSS or Atom feed")
		} else {
			rd.fail(src.name, "not an RSS or Atom feed: "+err.Error())
		}
		return nil
	}
	items := f.Items
	if len(items) > lim.FeedItems {
		rd.refuse(src.name, 0, sitrep.LimitFeedItems, fmt.Sprintf("feed has %d items: read the first %d, the limit (feed_items)", len(items), lim.FeedItems))
		items = items[:lim.FeedItems]
	}
	for i, it := range items {
		doc := sitrep.Document{
			URL:    first(it.Link),
			Outlet: first(f.Title),
			Title:  first(fragmentText(it.Title)),
			Text:   fragmentText(first(it.Content, it.Description)),
			Origin: src.origin,
		}
		if doc.Text == "" {
			rd.fail(src.name, fmt.Sprintf("feed item %d %q has no text", i+1, doc.Title))
			continue
		}
		doc.Published = dateOf(it.PublishedParsed)
		if doc.Published.IsZero() {
			doc.Published = dateOf(it.UpdatedParsed)
		}
		doc.ID = first(it.GUID, it.Link)
		if doc.ID == "" {
			doc.ID = "feed-" + hashText(doc.Text)[:12]
		}
		if src.stdin {
			rd.override(&doc, false)
		}
		if err := rd.send(doc); err != nil {
			return err
		}
	}
	return nil
}

// ReadFeed reads an RSS or Atom feed fetched from url, one document per
// item, as Read does with a feed: for a poller that fetches feeds itself
// (conditional requests). It returns the problems found; emit's error or
// ctx's stops it.
func (r *Reader) ReadFeed(ctx context.Context, url string, data []byte, emit func(sitrep.Document) error) ([]sitrep.Problem, error) {
	rd := &run{r: r, ctx: ctx, emit: emit}
	src := newSource(url, bytes.NewReader(data))
	src.noun, src.id, src.url = "response", url, url
	err := rd.feed(src, data)
	return rd.problems, err
}
