-- 0001_init: documents with every version of their raw text, the extraction
-- of each document's latest version, and the fused incidents.

-- documents keeps every version of every report, text included, so that all
-- of it can be extracted again, with the mentions last extracted from it as
-- one JSON array. The latest version of id is the one with the greatest
-- version, found on the primary key index.
CREATE TABLE documents (
	id          TEXT    NOT NULL,
	version     INTEGER NOT NULL CHECK (version > 0),
	hash        TEXT    NOT NULL,
	url         TEXT    NOT NULL,
	outlet      TEXT    NOT NULL,
	title       TEXT    NOT NULL,
	published   TEXT,             -- YYYY-MM-DD or --MM-DD; NULL when unknown
	language    TEXT    NOT NULL,
	text        TEXT    NOT NULL,
	origin      TEXT    NOT NULL,
	ingested_at TEXT    NOT NULL, -- RFC 3339, UTC
	mentions    TEXT    NOT NULL, -- JSON array of sitrep.Mention
	PRIMARY KEY (id, version)
) STRICT;

-- reports holds the reports of latest versions only; json is the whole
-- sitrep.Report, the other columns copy fields to filter on. They have no
-- index yet: every index costs each document put a page write, and no query
-- needs one.
CREATE TABLE reports (
	doc        TEXT    NOT NULL,
	seq        INTEGER NOT NULL,
	version    INTEGER NOT NULL,
	date_start TEXT,
	date_end   TEXT,
	country    TEXT    NOT NULL,
	place_id   TEXT    NOT NULL,
	json       TEXT    NOT NULL,
	PRIMARY KEY (doc, seq),
	FOREIGN KEY (doc, version) REFERENCES documents (id, version)
) STRICT;

-- tallies holds the tallies of latest versions only, as reports.
CREATE TABLE tallies (
	doc          TEXT    NOT NULL,
	seq          INTEGER NOT NULL,
	version      INTEGER NOT NULL,
	kind         TEXT    NOT NULL,
	count        INTEGER NOT NULL,
	period_start TEXT,
	period_end   TEXT,
	json         TEXT    NOT NULL,
	PRIMARY KEY (doc, seq),
	FOREIGN KEY (doc, version) REFERENCES documents (id, version)
) STRICT;

-- incidents holds the fused incidents; json is the whole sitrep.Incident
-- with its When and Reports, the other columns copy fields for filtering.
CREATE TABLE incidents (
	id          TEXT    NOT NULL PRIMARY KEY,
	date_start  TEXT,             -- YYYY-MM-DD or --MM-DD; NULL when undated
	date_end    TEXT,             -- same form as date_start
	date_sort   TEXT    NOT NULL, -- dated, then without year, then undated
	country     TEXT    NOT NULL,
	admin1      TEXT    NOT NULL,
	place       TEXT    NOT NULL,
	place_id    TEXT    NOT NULL,
	place_fold  TEXT    NOT NULL, -- place, lower-cased
	lat         REAL,             -- NULL without coordinates
	lon         REAL,
	category    TEXT    NOT NULL,
	status      TEXT    NOT NULL,
	claimed_by  TEXT    NOT NULL, -- claimants, one a line
	perpetrator TEXT    NOT NULL,
	target      TEXT    NOT NULL,
	actors_fold TEXT    NOT NULL, -- claimants, perpetrator and target, lower-cased
	json        TEXT    NOT NULL
) STRICT;

CREATE INDEX incidents_order ON incidents (date_sort, id);
CREATE INDEX incidents_country ON incidents (country, date_sort, id);

-- incident_docs says which documents each incident was fused from.
CREATE TABLE incident_docs (
	doc         TEXT NOT NULL,
	incident_id TEXT NOT NULL REFERENCES incidents (id),
	PRIMARY KEY (doc, incident_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX incident_docs_incident ON incident_docs (incident_id);
