package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// versioner keeps one connection for PRAGMA data_version, which changes
// when another connection, of this process or another, commits.
type versioner struct {
	mu   sync.Mutex
	conn *sql.Conn
}

// Version returns a number that changes whenever the store's content may
// have changed since the last call: readers cache what they computed from
// the store under it.
func (s *Store) Version(ctx context.Context) (int64, error) {
	v := &s.version
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.conn == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return 0, fmt.Errorf("data version: %w", err)
		}
		v.conn = c
	}
	var n int64
	if err := v.conn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&n); err != nil {
		v.conn.Close()
		v.conn = nil
		return 0, fmt.Errorf("data version: %w", err)
	}
	return n, nil
}
