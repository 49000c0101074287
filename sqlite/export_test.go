package sqlite

import "database/sql"

// DB returns the connection pool of s, for tests that look under the store.
func DB(s *Store) *sql.DB { return s.db }
