package sitrep

import "time"

// Limits bound what sitrep reads and the requests it serves, so that no
// input can take unbounded memory or time. A zero field takes its default
// (see DefaultLimits). Each refusal is a Problem naming its limit, and a
// count on /metrics where there is one.
type Limits struct {
	DocumentBytes int64         // a file, document, JSON line or fetched page
	FeedBytes     int64         // a fetched feed
	ExpandedBytes int64         // what a compressed (.gz) input may expand to
	Depth         int           // nesting of JSON values, and of XML and HTML elements
	FeedItems     int           // items read from one feed; the rest are left
	BodyBytes     int64         // an HTTP request's body
	RequestTime   time.Duration // an HTTP request, from its headers to its last byte
}

// Names of the limits, for Problem.Limit and the metrics' labels.
const (
	LimitDocumentBytes = "document_bytes"
	LimitFeedBytes     = "feed_bytes"
	LimitExpandedBytes = "expanded_bytes"
	LimitDepth         = "depth"
	LimitFeedItems     = "feed_items"
	LimitBodyBytes     = "body_bytes"
	LimitRequestTime   = "request_time"
)

// LimitNames lists every limit's name.
var LimitNames = []string{LimitDocumentBytes, LimitFeedBytes, LimitExpandedBytes, LimitDepth,
	LimitFeedItems, LimitBodyBytes, LimitRequestTime}

// DefaultLimits returns the limits sitrep uses unless told otherwise.
func DefaultLimits() Limits {
	return Limits{
		DocumentBytes: 16 << 20,
		FeedBytes:     16 << 20,
		ExpandedBytes: 256 << 20,
		Depth:         256,
		FeedItems:     1000,
		BodyBytes:     32 << 20,
		RequestTime:   60 * time.Second,
	}
}

// Or returns l with every zero field set from DefaultLimits.
func (l Limits) Or() Limits {
	d := DefaultLimits()
	if l.DocumentBytes <= 0 {
		l.DocumentBytes = d.DocumentBytes
	}
	if l.FeedBytes <= 0 {
		l.FeedBytes = d.FeedBytes
	}
	if l.ExpandedBytes <= 0 {
		l.ExpandedBytes = d.ExpandedBytes
	}
	if l.Depth <= 0 {
		l.Depth = d.Depth
	}
	if l.FeedItems <= 0 {
		l.FeedItems = d.FeedItems
	}
	if l.BodyBytes <= 0 {
		l.BodyBytes = d.BodyBytes
	}
	if l.RequestTime <= 0 {
		l.RequestTime = d.RequestTime
	}
	return l
}
