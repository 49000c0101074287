// Package nats is sitrep's ingest queue on NATS JetStream: Publish puts
// documents on a stream (deduplicated by content hash), and a Worker takes
// them off with a durable pull consumer, extracts and stores them,
// acknowledges each once its document is stored (a stored document is
// never lost: the next fusion takes it in), and fuses at most once a
// second and whenever the queue is idle.
// Documents that cannot be read go to a dead-letter subject with the
// reason.
//
// Several workers may share a store: extraction and storing run in
// parallel, fusion is serialized by a lock the store gives (a PostgreSQL
// advisory lock; a process-local mutex for SQLite, which one process
// serves), so that two workers that see reports of one event at once
// never both fuse them: the second fuses after the first has committed,
// and sees its reports.
package nats

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep/sitrep"
)

// Names on the server.
const (
	Stream      = "SITREP"
	Subject     = "sitrep.docs"
	DeadSubject = "sitrep.dead"
	// Durable is the consumer workers share.
	Durable = "sitrep-workers"
	// ErrorHeader says why a dead letter was set aside.
	ErrorHeader = "Sitrep-Error"
	// DedupWindow is how long the server remembers a content hash.
	DedupWindow = 24 * time.Hour
)

// Queue is a connection to the stream.
type Queue struct {
	nc     *natsgo.Conn
	js     jetstream.JetStream
	stream jetstream.Stream
}

// Open connects to the server at url (nats://host:4222) and creates or
// updates the stream.
func Open(ctx context.Context, url string) (*Queue, error) {
	nc, err := natsgo.Connect(url, natsgo.Name("sitrep"), natsgo.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s: %w", url, err)
	}
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{Name: Stream, Subjects: []string{Subject, DeadSubject},
		Storage: jetstream.FileStorage, Duplicates: DedupWindow})
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s: stream %s: %w", url, Stream, err)
	}
	return &Queue{nc: nc, js: js, stream: st}, nil
}

// Close closes the connection.
func (q *Queue) Close() { q.nc.Close() }

// MsgID is the id under which doc is published: the hash of its id, text
// and metadata, so that the same document published twice is stored once.
func MsgID(doc sitrep.Document) string {
	h := sha256.New()
	for _, s := range []string{doc.ID, doc.URL, doc.Outlet, doc.Title, doc.Published.String(), doc.Language, doc.Text} {
		fmt.Fprintf(h, "%d:%s", len(s), s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Publish puts doc on the stream. duplicate is true when the server had it
// already (within DedupWindow).
func (q *Queue) Publish(ctx context.Context, doc sitrep.Document) (duplicate bool, err error) {
	b, err := json.Marshal(message{ID: doc.ID, URL: doc.URL, Outlet: doc.Outlet, Title: doc.Title,
		Published: doc.Published, Language: doc.Language, Text: doc.Text, Origin: doc.Origin})
	if err != nil {
		return false, err
	}
	ack, err := q.js.Publish(ctx, Subject, b, jetstream.WithMsgID(MsgID(doc)))
	if err != nil {
		return false, fmt.Errorf("publish %s: %w", doc.ID, err)
	}
	return ack.Duplicate, nil
}

// message is a document on the stream.
type message struct {
	ID        string      `json:"id"`
	URL       string      `json:"url,omitempty"`
	Outlet    string      `json:"outlet,omitempty"`
	Title     string      `json:"title,omitempty"`
	Published sitrep.Date `json:"published,omitzero"`
	Language  string      `json:"language,omitempty"`
	Text      string      `json:"text"`
	Origin    string      `json:"origin,omitempty"`
}

// decode reads a message into a document, or says why it cannot be one.
func decode(b []byte) (sitrep.Document, error) {
	var m message
	if err := json.Unmarshal(b, &m); err != nil {
		return sitrep.Document{}, fmt.Errorf("not a document: %w", err)
	}
	if m.ID == "" {
		return sitrep.Document{}, errors.New("document without id")
	}
	if m.Text == "" {
		return sitrep.Document{}, fmt.Errorf("document %s without text", m.ID)
	}
	return sitrep.Document{ID: m.ID, URL: m.URL, Outlet: m.Outlet, Title: m.Title, Published: m.Published,
		Language: m.Language, Text: m.Text, Origin: m.Origin}, nil
}

// DeadLetters returns the messages set aside, oldest first, with their
// reasons: for tests and for an operator's look.
func (q *Queue) DeadLetters(ctx context.Context) ([]DeadLetter, error) {
	var out []DeadLetter
	info, err := q.stream.Info(ctx, jetstream.WithSubjectFilter(DeadSubject))
	if err != nil {
		return nil, err
	}
	n := info.State.Subjects[DeadSubject]
	if n == 0 {
		return nil, nil
	}
	c, err := q.stream.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{FilterSubjects: []string{DeadSubject}})
	if err != nil {
		return nil, err
	}
	batch, err := c.Fetch(int(n), jetstream.FetchMaxWait(2*time.Second))
	if err != nil {
		return nil, err
	}
	for m := range batch.Messages() {
		out = append(out, DeadLetter{Data: m.Data(), Reason: m.Headers().Get(ErrorHeader)})
	}
	return out, batch.Error()
}

// DeadLetter is a message that could not be a document.
type DeadLetter struct {
	Data   []byte
	Reason string
}

// PublishRaw puts data on the stream as it is: for tests and tools that
// relay messages.
func (q *Queue) PublishRaw(ctx context.Context, data []byte) error {
	_, err := q.js.Publish(ctx, Subject, data)
	return err
}

// Reset deletes the stream, with its consumers and what it remembers for
// deduplication, and makes it again empty: for benchmarks and tests that
// start over.
func (q *Queue) Reset(ctx context.Context) error {
	if err := q.js.DeleteStream(ctx, Stream); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
		return err
	}
	st, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{Name: Stream, Subjects: []string{Subject, DeadSubject},
		Storage: jetstream.FileStorage, Duplicates: DedupWindow})
	if err != nil {
		return err
	}
	q.stream = st
	return nil
}
