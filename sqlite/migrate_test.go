package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/sqlite"
)

// TestMigrateBodies opens a database of schema 6, whose documents kept
// their text and mentions inline, and finds both where 0007 moved them.
func TestMigrateBodies(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	raw := MustRawDB(t, path)
	files, err := filepath.Glob("migrations/*.sql")
	if err != nil || len(files) < 7 {
		t.Fatalf("migrations: %v %v", files, err)
	}
	for _, f := range files[:6] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(b)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	_, err = raw.Exec(`INSERT INTO documents (id, version, hash, url, outlet, title, published, language, text, origin, ingested_at, mentions, signature)
		VALUES ('d1', 1, 'h1', '', 'Wire', 'T', '2024-01-28', 'en', 'old text', '', '2024-01-28T10:00:00Z',
		'[{"kind":"place","span":{"start":0,"end":3},"text":"old","sentence":4}]', NULL),
		('d1', 2, 'h2', '', 'Wire', 'T', '2024-01-28', 'en', 'new text', '', '2024-01-28T11:00:00Z', '[]', NULL);
		PRAGMA user_version = 6`)
	if err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if sqlite.SchemaVersion() < 7 {
		t.Fatalf("schema version %d: want 0007 among the migrations", sqlite.SchemaVersion())
	}
	ctx := context.Background()
	s := MustOpen(t, path)
	defer s.Close()
	d, err := s.Document(ctx, "d1")
	if err != nil || d.Text != "new text" || d.Hash != "h2" {
		t.Errorf("document d1: got %q %q %v, want the text of version 2", d.Text, d.Hash, err)
	}
	var texts []string
	err = s.EachDocument(ctx, func(d sitrep.Document) error {
		texts = append(texts, d.Text)
		return nil
	})
	if err != nil || fmt.Sprint(texts) != "[new text]" {
		t.Errorf("each document: got %q %v", texts, err)
	}
	var old string
	if err := MustRawDB(t, path).QueryRow(`SELECT mentions FROM document_bodies WHERE id = 'd1' AND version = 1`).Scan(&old); err != nil || old == "" || old == "[]" {
		t.Errorf("mentions of version 1: got %q %v, want them kept", old, err)
	}
}
