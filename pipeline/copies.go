package pipeline

import (
	"context"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/copies"
)

// copyStore is a store that keeps documents' copies signatures and where
// each copies from (the SQLite store does).
type copyStore interface {
	EachSignature(ctx context.Context, fn func(id string, published sitrep.Date, sig []byte, copyOf string) error) error
	SetCopies(ctx context.Context, changes map[string]string) error
}

// found is what storedCopies found: the origin of each copy, by id, and
// the origins the store had recorded.
type found struct {
	origins, recorded map[string]string
	err               error
}

// storedCopies reads the stored signatures and finds which document copies
// which. It writes nothing, so it may run beside other reads.
func storedCopies(ctx context.Context, s copyStore) found {
	var list []copies.Doc
	recorded := map[string]string{}
	err := s.EachSignature(ctx, func(id string, published sitrep.Date, b []byte, copyOf string) error {
		if copyOf != "" {
			recorded[id] = copyOf
		}
		sig, err := copies.Decode(b)
		if err != nil {
			return nil // a signature of another build: the document is compared once re-extracted
		}
		list = append(list, copies.Doc{ID: id, Published: published, Sig: sig})
		return nil
	})
	if err != nil {
		return found{err: err}
	}
	return found{origins: copies.Origins(list), recorded: recorded}
}

// apply sets CopyOf in docs and records what changed in the store (when
// write).
func (f found) apply(ctx context.Context, s copyStore, docs map[string]sitrep.Document, write bool) error {
	for id, d := range docs {
		d.CopyOf = f.origins[id]
		docs[id] = d
	}
	if !write {
		return nil
	}
	changes := map[string]string{}
	for id, o := range f.origins {
		if f.recorded[id] != o {
			changes[id] = o
		}
	}
	for id := range f.recorded {
		if _, ok := f.origins[id]; !ok {
			changes[id] = ""
		}
	}
	return s.SetCopies(ctx, changes)
}
