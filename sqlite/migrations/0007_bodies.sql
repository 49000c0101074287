-- 0007_bodies: each document version's text and mentions move to a table
-- of their own. They are most of a document's bytes, and SQLite reads and
-- rewrites a row whole up to the column it needs: with them in documents,
-- listing signatures or heads and recording copies went through every
-- text's overflow pages.
CREATE TABLE document_bodies (
	id       TEXT    NOT NULL,
	version  INTEGER NOT NULL,
	text     TEXT    NOT NULL,
	mentions TEXT    NOT NULL, -- JSON array of sitrep.Mention
	PRIMARY KEY (id, version),
	FOREIGN KEY (id, version) REFERENCES documents (id, version)
) STRICT, WITHOUT ROWID;

INSERT INTO document_bodies (id, version, text, mentions)
	SELECT id, version, text, mentions FROM documents;

ALTER TABLE documents DROP COLUMN text;
ALTER TABLE documents DROP COLUMN mentions;
