// Package feeds polls RSS and Atom feeds for sitrep watch: conditional
// requests (ETag, If-Modified-Since), new items only (the ids seen are
// remembered), backing off on errors, and each feed's state kept in a JSON
// file so that a restart goes on where it stopped and sitrep feeds can show
// it.
package feeds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
)

// MaxSeen is how many item ids a feed remembers: more than a feed lists.
const MaxSeen = 2000

// Feed is one feed's state.
type Feed struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Seen         []string  `json:"seen,omitempty"` // ids of the items taken, oldest first
	Status       string    `json:"status"`         // "new", "ok", "not modified", "error: ..."
	LastPoll     time.Time `json:"last_poll,omitzero"`
	NextPoll     time.Time `json:"next_poll,omitzero"`
	Failures     int       `json:"failures"` // in a row
	Items        int       `json:"items"`    // new items taken in all
	// Refused counts the refusals by a limit (sitrep.LimitNames): a
	// response too large, too deep, with too many items.
	Refused map[string]int `json:"refused,omitempty"`
}

// refused counts a refusal by limit.
func (f *Feed) refused(limit string) {
	if f.Refused == nil {
		f.Refused = map[string]int{}
	}
	f.Refused[limit]++
}

// State is the state of every feed watched, by URL.
type State struct {
	Feeds map[string]*Feed `json:"feeds"`
}

// Load reads the state file at path; a missing file is an empty state.
func Load(path string) (*State, error) {
	s := &State{Feeds: map[string]*Feed{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, s); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if s.Feeds == nil {
		s.Feeds = map[string]*Feed{}
	}
	return s, nil
}

// Save writes the state to path atomically (a temporary file renamed).
func (s *State) Save(path string) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".feeds-*.json")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Watch makes sure every URL has a feed, due now when new.
func (s *State) Watch(urls []string) {
	for _, u := range urls {
		if s.Feeds[u] == nil {
			s.Feeds[u] = &Feed{URL: u, Status: "new"}
		}
	}
}

// List returns the feeds by URL.
func (s *State) List() []*Feed {
	out := make([]*Feed, 0, len(s.Feeds))
	for _, f := range s.Feeds {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out
}

// Poller fetches feeds.
type Poller struct {
	Client   *http.Client // default ingest.Client(false): public addresses only
	Reader   *ingest.Reader
	Interval time.Duration // between polls of a feed that answers (default 5 minutes)
	// MaxBackoff bounds the wait after failures, which doubles from
	// Interval (default 1 hour).
	MaxBackoff time.Duration
	UserAgent  string
	Now        func() time.Time
}

func (p *Poller) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

// Poll fetches f, calls emit with each item not seen before, and updates
// f. It returns the number of new items and the problems of the items that
// could not be read; a failed fetch is recorded in f (and backs off), not
// returned. emit's error stops it and is returned.
func (p *Poller) Poll(ctx context.Context, f *Feed, emit func(sitrep.Document) error) (int, []sitrep.Problem, error) {
	reader := p.Reader
	if reader == nil {
		reader = ingest.New()
	}
	interval, maxBackoff, maxBytes := p.Interval, p.MaxBackoff, reader.Limits.Or().FeedBytes
	if interval <= 0 {
		interval = 5 * time.Minute
	}
	if maxBackoff <= 0 {
		maxBackoff = time.Hour
	}
	now := p.now()
	f.LastPoll = now
	fail := func(msg string) (int, []sitrep.Problem, error) {
		f.Failures++
		f.Status = "error: " + msg
		wait := interval
		for i := 0; i < f.Failures && wait < maxBackoff; i++ {
			wait *= 2
		}
		f.NextPoll = now.Add(min(wait, maxBackoff))
		return 0, nil, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return fail(err.Error())
	}
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
	if p.UserAgent != "" {
		req.Header.Set("User-Agent", p.UserAgent)
	}
	if f.ETag != "" {
		req.Header.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		req.Header.Set("If-Modified-Since", f.LastModified)
	}
	client := p.Client
	if client == nil {
		client = ingest.Client(false)
	}
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return 0, nil, ctx.Err()
		}
		return fail(err.Error())
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		f.Status, f.Failures, f.NextPoll = "not modified", 0, now.Add(interval)
		return 0, nil, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return fail("HTTP " + resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return fail(err.Error())
	}
	if int64(len(data)) > maxBytes {
		f.refused(sitrep.LimitFeedBytes)
		return fail(fmt.Sprintf("response over the feed_bytes limit of %d bytes", maxBytes))
	}
	seen := make(map[string]bool, len(f.Seen))
	for _, id := range f.Seen {
		seen[id] = true
	}
	n, parsed := 0, 0
	problems, err := reader.ReadFeed(ctx, f.URL, data, func(d sitrep.Document) error {
		parsed++
		if seen[d.ID] {
			return nil
		}
		if err := emit(d); err != nil {
			return err
		}
		seen[d.ID] = true
		f.Seen = append(f.Seen, d.ID)
		n++
		return nil
	})
	for _, pr := range problems {
		if pr.Limit != "" {
			f.refused(pr.Limit)
		}
	}
	if err != nil {
		return n, problems, err
	}
	if len(f.Seen) > MaxSeen {
		f.Seen = append([]string(nil), f.Seen[len(f.Seen)-MaxSeen:]...)
	}
	if parsed == 0 && len(problems) > 0 {
		return fail(problems[0].Msg) // not a feed, or no item readable
	}
	f.ETag, f.LastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	f.Status, f.Failures, f.NextPoll = "ok", 0, now.Add(interval)
	f.Items += n
	return n, problems, nil
}
