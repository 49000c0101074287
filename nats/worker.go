package nats

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/pipeline"
)

// Locker serializes fusion across workers: LockFusion blocks until the
// caller may fuse and returns the release; TryLockFusion returns at once,
// with ok false when another holds the lock. SinceFusion tells how long ago
// the lock was last released (a day when it never was), so that workers
// fuse in turn rather than each on its own clock.
type Locker interface {
	LockFusion(ctx context.Context) (unlock func(), err error)
	TryLockFusion(ctx context.Context) (unlock func(), ok bool, err error)
	SinceFusion(ctx context.Context) (time.Duration, error)
}

// LocalLock serializes fusion within one process.
type LocalLock struct {
	mu   sync.Mutex
	last atomic.Int64 // unix nanoseconds of the last release
}

// LockFusion takes the mutex.
func (l *LocalLock) LockFusion(ctx context.Context) (func(), error) {
	l.mu.Lock()
	return l.unlock, nil
}

// TryLockFusion takes the mutex if it is free.
func (l *LocalLock) TryLockFusion(ctx context.Context) (func(), bool, error) {
	if !l.mu.TryLock() {
		return nil, false, nil
	}
	return l.unlock, true, nil
}

func (l *LocalLock) unlock() {
	l.last.Store(time.Now().UnixNano())
	l.mu.Unlock()
}

// SinceFusion returns the time since the mutex was last released.
func (l *LocalLock) SinceFusion(ctx context.Context) (time.Duration, error) {
	last := l.last.Load()
	if last == 0 {
		return 24 * time.Hour, nil
	}
	return time.Since(time.Unix(0, last)), nil
}

// Worker takes documents off the queue into Pipeline's store.
type Worker struct {
	Queue    *Queue
	Pipeline *pipeline.Pipeline
	Lock     Locker
	// Batch is how many messages a fetch takes (default 64); Wait how long
	// a fetch waits for them (default 500 ms).
	Batch int
	Wait  time.Duration
	// MaxDeliver is how often a message is tried before it is set aside
	// (default 5).
	MaxDeliver int
	// AckWait is how long a message taken and not acknowledged stays with
	// its worker before the server delivers it again, to another worker
	// when this one died (default 2 minutes).
	AckWait time.Duration
	// FuseEvery is how often a worker that stores documents fuses (default
	// 250 ms): messages are acknowledged once stored (a stored document is
	// never lost: the next fusion, by any worker, takes it in), and fusion
	// runs that often (less often while documents pour in and a fusion
	// takes more than a third of it), counted from the last fusion by any
	// worker.
	FuseEvery time.Duration
	// Log, when set, gets a line per batch and per message set aside.
	Log io.Writer
	// Done counts the documents stored and acknowledged. (Pipeline.Fused
	// tells which documents each fusion took in.)
	Done func(n int)
}

// DefaultFuseEvery is how often a worker fuses unless told otherwise.
const DefaultFuseEvery = 250 * time.Millisecond

// Run works until ctx ends, then returns nil; or returns an error that
// stops it (the consumer cannot be made).
func (w *Worker) Run(ctx context.Context) error {
	batch, wait, maxDeliver := w.Batch, w.Wait, w.MaxDeliver
	if batch <= 0 {
		batch = 64
	}
	if wait <= 0 {
		wait = 500 * time.Millisecond
	}
	if maxDeliver <= 0 {
		maxDeliver = 5
	}
	ackWait := w.AckWait
	if ackWait <= 0 {
		ackWait = 2 * time.Minute
	}
	cons, err := w.Queue.stream.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{Durable: Durable,
		AckPolicy: jetstream.AckExplicitPolicy, FilterSubject: Subject, MaxDeliver: maxDeliver,
		AckWait: ackWait, MaxAckPending: 4 * batch})
	if err != nil {
		return fmt.Errorf("worker: consumer %s: %w", Durable, err)
	}
	fuseEvery := w.FuseEvery
	if fuseEvery <= 0 {
		fuseEvery = DefaultFuseEvery
	}
	// gap is the least time between two fusions while documents pour in
	// (the last fetch filled its batch): fuseEvery, or three times what the
	// last fusion took, so that fusing takes at most a quarter of the
	// worker's time. While the worker keeps up with the queue, it fuses
	// every fuseEvery, so that documents are soon queryable.
	// A worker due to fuse while another fuses goes on storing: the other's
	// fusion takes in what was stored before it began, and this worker
	// tries again after the gap. Fusions then never wait on each other
	// while there is work. While documents pour in, the gap runs from the
	// last fusion by any worker (SinceFusion): workers take turns, and
	// fusion takes the same share of the time however many they are.
	dirty, lastFuse, gap, busy := false, time.Now(), fuseEvery, false
	// untilDue returns how long until this worker is to fuse (0: now):
	// while busy, gap after the last fusion, its own or another's; else
	// fuseEvery after its own, so that while the workers keep up, one
	// fusion follows another and documents wait little.
	untilDue := func() time.Duration {
		if !busy {
			return max(0, fuseEvery-time.Since(lastFuse))
		}
		if since := time.Since(lastFuse); since < gap {
			return gap - since
		}
		if others, err := w.Lock.SinceFusion(ctx); err == nil && others < gap {
			return gap - others
		}
		return 0
	}
	fuse := func(wait bool) {
		start := time.Now()
		done, err := w.fuse(ctx, wait)
		lastFuse = time.Now()
		if err != nil {
			w.logf("worker: fuse: %v", err) // tried again after fuseEvery
			return
		}
		if done {
			dirty = false
			gap = max(fuseEvery, 3*lastFuse.Sub(start))
		}
	}
	// What this worker stored is fused before it stops, a failed fusion
	// (the store restarting) tried again a few times; what stays unfused
	// is taken in by the next fusion of any worker.
	defer func() {
		for try := range 5 {
			if !dirty {
				return
			}
			time.Sleep(time.Duration(try) * 200 * time.Millisecond)
			fuse(true)
		}
	}()
	for ctx.Err() == nil {
		fetchWait := min(wait, fuseEvery)
		if dirty {
			if untilDue() == 0 {
				fuse(false)
			}
			if dirty {
				// When the queue is idle, the fusion comes due while
				// the fetch waits.
				fetchWait = min(fetchWait, untilDue())
			}
		}
		take, err := fetch(cons, batch, fetchWait)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			w.logf("worker: fetch: %v", err)
			if len(take) == 0 {
				time.Sleep(wait)
				continue
			}
		}
		busy = len(take) == batch
		if len(take) > 0 && w.handle(ctx, take, maxDeliver) {
			dirty = true
		}
	}
	return nil
}

// fetch takes up to batch messages: those waiting, at once; when none
// waits, the first to come within wait (if wait > 0) and those come with
// it. (A fetch of batch messages would wait for all of them: at the end of
// a run, or at a trickle, the worker would idle through wait.)
func fetch(cons jetstream.Consumer, batch int, wait time.Duration) ([]jetstream.Msg, error) {
	var take []jetstream.Msg
	get := func(msgs jetstream.MessageBatch, err error) error {
		if err != nil {
			return err
		}
		for m := range msgs.Messages() {
			take = append(take, m)
		}
		if err := msgs.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) {
			return err
		}
		return nil
	}
	if err := get(cons.FetchNoWait(batch)); err != nil || len(take) > 0 || wait <= 0 {
		return take, err
	}
	if err := get(cons.Fetch(1, jetstream.FetchMaxWait(wait))); err != nil || len(take) == 0 || batch == 1 {
		return take, err
	}
	err := get(cons.FetchNoWait(batch - 1))
	return take, err
}

// handle stores one batch, then acknowledges it, and reports whether it
// stored any; a message that is no document is set aside at once, a batch
// the store refuses is tried again later (and its messages set aside after
// maxDeliver tries).
func (w *Worker) handle(ctx context.Context, msgs []jetstream.Msg, maxDeliver int) bool {
	var docs []sitrep.Document
	var good []jetstream.Msg
	for _, m := range msgs {
		doc, err := decode(m.Data())
		if err != nil {
			w.deadLetter(ctx, m, err.Error())
			continue
		}
		docs = append(docs, doc)
		good = append(good, m)
	}
	if len(docs) == 0 {
		return false
	}
	err := w.store(ctx, docs)
	if err != nil {
		for _, m := range good {
			if md, merr := m.Metadata(); merr == nil && int(md.NumDelivered) >= maxDeliver {
				w.deadLetter(ctx, m, fmt.Sprintf("not stored after %d tries: %v", md.NumDelivered, err))
				continue
			}
			m.NakWithDelay(time.Second)
		}
		w.logf("worker: %d documents not stored, to be tried again: %v", len(good), err)
		return false
	}
	for _, m := range good {
		m.Ack() // a lost ack redelivers a document stored already: stored again unchanged
	}
	if w.Done != nil {
		w.Done(len(good))
	}
	w.logf("worker: stored %d documents", len(good))
	return true
}

// store puts docs in the store.
func (w *Worker) store(ctx context.Context, docs []sitrep.Document) error {
	i := 0
	_, err := w.Pipeline.Ingest(ctx, func() (sitrep.Document, bool) {
		if i == len(docs) {
			return sitrep.Document{}, false
		}
		i++
		return docs[i-1], true
	})
	return err
}

// fuse fuses what is stored, under the fusion lock, and reports whether it
// did: without wait, not when another holds the lock.
func (w *Worker) fuse(ctx context.Context, wait bool) (bool, error) {
	if ctx.Err() != nil {
		ctx = context.WithoutCancel(ctx) // stopping: fuse what was stored all the same
	}
	var unlock func()
	var err error
	if wait {
		unlock, err = w.Lock.LockFusion(ctx)
	} else {
		var ok bool
		unlock, ok, err = w.Lock.TryLockFusion(ctx)
		if err == nil && !ok {
			return false, nil
		}
	}
	if err != nil {
		return false, err
	}
	defer unlock()
	if _, err = w.Pipeline.Update(ctx); err != nil {
		return false, err
	}
	return true, nil
}

// deadLetter sets m aside on DeadSubject with the reason, then terminates
// it so that it is not delivered again.
func (w *Worker) deadLetter(ctx context.Context, m jetstream.Msg, reason string) {
	msg := natsgo.NewMsg(DeadSubject)
	msg.Data = m.Data()
	msg.Header.Set(ErrorHeader, reason)
	if _, err := w.Queue.js.PublishMsg(ctx, msg); err != nil {
		w.logf("worker: dead letter: %v", err)
		m.NakWithDelay(time.Second) // keep it until it can be set aside
		return
	}
	m.Term()
	w.logf("worker: message set aside: %s", reason)
}

func (w *Worker) logf(format string, args ...any) {
	if w.Log != nil {
		fmt.Fprintf(w.Log, format+"\n", args...)
	}
}
