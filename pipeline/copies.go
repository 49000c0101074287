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

// findCopies finds which stored documents copy which, records what changed
// in the store (when write) and sets CopyOf in docs.
func findCopies(ctx context.Context, s copyStore, docs map[string]sitrep.Document, write bool) error {
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
		return err
	}
	origins := copies.Origins(list)
	for id, d := range docs {
		d.CopyOf = origins[id]
		docs[id] = d
	}
	changes := map[string]string{}
	for id, o := range origins {
		if recorded[id] != o {
			changes[id] = o
		}
	}
	for id := range recorded {
		if _, ok := origins[id]; !ok {
			changes[id] = ""
		}
	}
	if !write {
		return nil
	}
	return s.SetCopies(ctx, changes)
}
