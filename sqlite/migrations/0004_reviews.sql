-- 0004_reviews: the analysts' audit log, applied again after every fusion
-- (json is the whole sitrep.Review), and every incident id ever published
-- with the key of its first report then, so that an id that fusion or a
-- merge retires redirects to the incident now holding that report.
CREATE TABLE reviews (
	seq      INTEGER NOT NULL PRIMARY KEY,
	at       TEXT    NOT NULL, -- RFC 3339, UTC
	incident TEXT    NOT NULL, -- the incident id it was made on
	json     TEXT    NOT NULL
) STRICT;

CREATE TABLE published (
	id     TEXT NOT NULL PRIMARY KEY,
	anchor TEXT NOT NULL -- "doc#seq" of its first report when published
) STRICT, WITHOUT ROWID;

CREATE TABLE redirects (
	id     TEXT NOT NULL PRIMARY KEY,
	target TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The grade (claimed_only, single_source, ...) and whether an analyst
-- rejected the incident, to filter on.
ALTER TABLE incidents ADD COLUMN grade TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
