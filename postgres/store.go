// Package postgres is sitrep's PostgreSQL store (github.com/jackc/pgx/v5
// with a connection pool): the sitrep.Store of package sqlite for a store
// that several processes and machines share. Open applies the embedded
// schema; the conformance suite of package storetest runs against both.
package postgres

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/storesql"
)

//go:embed schema.sql
var schema string

// Store is a sitrep.Store in a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool

	// stamps holds the stamp of each document's unfused row as Unfused
	// read it: marking it fused deletes that row only if no write came
	// since (see the unfused table).
	mu     sync.Mutex
	stamps map[string]int64
	// heads keeps the reports fusion decoded (see storesql.Heads).
	heads *storesql.Heads
}

var _ sitrep.Store = (*Store)(nil)

// Open connects to the database of url (postgres://user@host:port/db?...;
// a search_path parameter selects a schema) and applies the schema.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(url), err)
	}
	// Ping every connection the pool hands out, not only those idle for a
	// second (pgxpool's default): after PostgreSQL restarts or an
	// administrator ends a backend, the next call would otherwise fail on
	// the dead connection. A ping costs one round trip per call.
	cfg.ShouldPing = func(context.Context, pgxpool.ShouldPingParams) bool { return true }
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(url), err)
	}
	s := &Store{pool: pool, stamps: map[string]int64{}, heads: &storesql.Heads{Max: storesql.DefaultHeads}}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", redact(url), err)
	}
	return s, nil
}

// migrate applies the schema in one transaction, under an advisory lock so
// that processes opening a new store at once do not race. A store made
// before incremental fusion gets its new columns filled (see upgrade).
func (s *Store) migrate(ctx context.Context) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(7315)`); err != nil {
			return err
		}
		var old bool
		if err := tx.QueryRow(ctx, `SELECT to_regclass('reports') IS NOT NULL AND NOT EXISTS (
			SELECT 1 FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = 'reports' AND column_name = 'day_key')`).Scan(&old); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, schema); err != nil {
			return err
		}
		if old {
			return upgrade(ctx, tx)
		}
		return nil
	})
}

// Pool returns the store's connection pool.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Close closes the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// redact hides a password in a connection URL for messages.
func redact(url string) string {
	cfg, err := pgx.ParseConfig(url)
	if err != nil || cfg.Password == "" {
		return url
	}
	return fmt.Sprintf("postgres://%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
}

// notFound turns pgx.ErrNoRows into ENOTFOUND.
func notFound(err error, format string, args ...any) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return sitrep.Errorf(sitrep.ENOTFOUND, format, args...)
	}
	return err
}

// fusionLock is the advisory lock key under which one process at a time
// fuses (package nats); the lock's second key is the hash of the store's
// schema, so that stores in other schemas of the database fuse freely.
const fusionLock = 7316

// LockFusion takes a session advisory lock on a connection of its own,
// blocking until no other process holds it; unlock releases both.
func (s *Store) LockFusion(ctx context.Context) (func(), error) {
	c, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("lock fusion: %w", err)
	}
	if _, err := c.Exec(ctx, `SELECT pg_advisory_lock($1, hashtext(current_schema()))`, fusionLock); err != nil {
		c.Release()
		return nil, fmt.Errorf("lock fusion: %w", err)
	}
	return func() { unlockFusion(c) }, nil
}

// unlockFusion notes the time in fusion_clock, then releases the lock
// and c.
func unlockFusion(c *pgxpool.Conn) {
	ctx := context.Background()
	c.Exec(ctx, `INSERT INTO fusion_clock (at) VALUES (clock_timestamp())
		ON CONFLICT (one) DO UPDATE SET at = excluded.at`)
	c.Exec(ctx, `SELECT pg_advisory_unlock($1, hashtext(current_schema()))`, fusionLock)
	c.Release()
}

// SinceFusion returns how long ago the fusion lock was last released, by
// any process, on the database's clock (a day when it never was).
func (s *Store) SinceFusion(ctx context.Context) (time.Duration, error) {
	var secs float64
	err := s.pool.QueryRow(ctx, `SELECT extract(epoch FROM clock_timestamp() - at)::float8 FROM fusion_clock`).Scan(&secs)
	if errors.Is(err, pgx.ErrNoRows) {
		return 24 * time.Hour, nil
	}
	if err != nil {
		return 0, fmt.Errorf("since fusion: %w", err)
	}
	return time.Duration(secs * float64(time.Second)), nil
}

// TryLockFusion takes the fusion lock as LockFusion does if no other
// process holds it, and reports whether it did.
func (s *Store) TryLockFusion(ctx context.Context) (func(), bool, error) {
	c, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("lock fusion: %w", err)
	}
	var ok bool
	if err := c.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, hashtext(current_schema()))`, fusionLock).Scan(&ok); err != nil || !ok {
		c.Release()
		if err != nil {
			return nil, false, fmt.Errorf("lock fusion: %w", err)
		}
		return nil, false, nil
	}
	return func() { unlockFusion(c) }, true, nil
}
