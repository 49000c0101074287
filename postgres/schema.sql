-- sitrep's PostgreSQL schema. Keys and dates compare byte by byte
-- (COLLATE "C"), as in the SQLite store. Every statement may run again on a store
-- that has it: Open applies the file in one transaction.

CREATE TABLE IF NOT EXISTS documents (
	id          text    COLLATE "C" NOT NULL,
	version     integer NOT NULL,
	hash        text    NOT NULL,
	url         text    NOT NULL,
	outlet      text    NOT NULL,
	title       text    NOT NULL,
	published   text,             -- YYYY-MM-DD or --MM-DD; NULL when unknown
	language    text    NOT NULL,
	text        text    NOT NULL,
	origin      text    NOT NULL,
	copy_of     text    NOT NULL DEFAULT '',
	ingested_at timestamptz NOT NULL DEFAULT now(),
	mentions    text    NOT NULL, -- JSON; see below
	signature   bytea,
	PRIMARY KEY (id, version)
);

-- Mentions are kept as the JSON the extractor wrote: nothing looks inside
-- them here, and parsing them into jsonb took a third of PostgreSQL's CPU
-- per stored document. A store made before holds jsonb: turned to text
-- once.
DO $$ BEGIN
	IF (SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema()
			AND table_name = 'documents' AND column_name = 'mentions') = 'jsonb' THEN
		ALTER TABLE documents ALTER COLUMN mentions TYPE text;
	END IF;
END $$;

-- The reports and tallies of the latest version of each document.
CREATE TABLE IF NOT EXISTS reports (
	doc     text    COLLATE "C" NOT NULL,
	seq     integer NOT NULL,
	version integer NOT NULL,
	json    text    NOT NULL,
	PRIMARY KEY (doc, seq)
);

CREATE TABLE IF NOT EXISTS tallies (
	doc     text    COLLATE "C" NOT NULL,
	seq     integer NOT NULL,
	version integer NOT NULL,
	json    text    NOT NULL,
	PRIMARY KEY (doc, seq)
);

CREATE TABLE IF NOT EXISTS incidents (
	id          text    COLLATE "C" NOT NULL PRIMARY KEY,
	date_start  text    COLLATE "C", -- YYYY-MM-DD or --MM-DD; NULL when undated
	date_end    text    COLLATE "C",
	date_sort   text    COLLATE "C" NOT NULL, -- a date; "~MM-DD" without year; "~~" undated
	country     text    NOT NULL,
	place_fold  text    NOT NULL, -- place name, lower-cased
	actors_fold text    NOT NULL, -- claimants, perpetrator and target, lower-cased
	category    text    NOT NULL,
	status      text    NOT NULL,
	grade       text    NOT NULL,
	rejected    boolean NOT NULL,
	json        text    NOT NULL
);

CREATE INDEX IF NOT EXISTS incidents_order ON incidents (date_sort, id);

-- What incremental fusion needs (the SQLite store's migrations 0003 to 0006).
-- day_key is a report's start day (days since 1970-01-01) when its dates have
-- a year and span at most 31 days, -1000000000 when they span more or lack a
-- year (such reports are always candidates), NULL when it is undated. A
-- report at a precise point (geo_precision 1 or 2) has the 0.25-degree grid
-- cell of its point in cell; block is its place id, or "name:" and its name
-- when it has no id and no precise point. Rows of a store made before these
-- columns are filled by Open (see migrate).
ALTER TABLE reports ADD COLUMN IF NOT EXISTS day_key integer;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS cell    bigint;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS block   text COLLATE "C";
CREATE INDEX IF NOT EXISTS reports_cell ON reports (cell, day_key) WHERE cell IS NOT NULL;
CREATE INDEX IF NOT EXISTS reports_block ON reports (block, day_key) WHERE block IS NOT NULL;
-- vessel is the ship a report names (sitrep.VesselKey), so that the reports
-- of one ship are found wherever each places it (the SQLite store's
-- migration 0008).
ALTER TABLE reports ADD COLUMN IF NOT EXISTS vessel text COLLATE "C";
CREATE INDEX IF NOT EXISTS reports_vessel ON reports (vessel, day_key) WHERE vessel IS NOT NULL;

-- Signatures of the documents published near a new one; who copies whom.
CREATE INDEX IF NOT EXISTS documents_published ON documents ((published COLLATE "C"));
CREATE INDEX IF NOT EXISTS documents_copy_of ON documents (copy_of) WHERE copy_of <> '';

-- The keys ("doc#seq") of each incident's reports, one a line, and the
-- documents each incident was fused from.
ALTER TABLE incidents ADD COLUMN IF NOT EXISTS report_keys text NOT NULL DEFAULT '';
-- A digest of the record (json): a fusion rewrites only the incidents
-- whose digest changed ('' in a store made before it: rewritten once).
ALTER TABLE incidents ADD COLUMN IF NOT EXISTS digest text NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS incident_docs (
	doc         text COLLATE "C" NOT NULL,
	incident_id text COLLATE "C" NOT NULL,
	PRIMARY KEY (doc, incident_id)
);
CREATE INDEX IF NOT EXISTS incident_docs_incident ON incident_docs (incident_id);

-- The analysts' audit log (json is the whole sitrep.Review), every incident
-- id ever published with the key of its first report then, and where each
-- retired id points now.
CREATE TABLE IF NOT EXISTS reviews (
	seq      integer NOT NULL PRIMARY KEY,
	at       text    NOT NULL, -- RFC 3339, UTC
	incident text    NOT NULL,
	json     text    NOT NULL
);
CREATE TABLE IF NOT EXISTS published (
	id     text COLLATE "C" NOT NULL PRIMARY KEY,
	anchor text COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS published_anchor ON published (anchor);
CREATE TABLE IF NOT EXISTS redirects (
	id     text COLLATE "C" NOT NULL PRIMARY KEY,
	target text COLLATE "C" NOT NULL
);

-- The documents stored or re-extracted since the last fusion that took them
-- in. Every write of a document gives its row a new stamp, so that a fusion
-- marks fused only the writes it read (another process may store a new
-- version of a document meanwhile).
CREATE SEQUENCE IF NOT EXISTS unfused_stamp;
CREATE TABLE IF NOT EXISTS unfused (
	doc   text   COLLATE "C" NOT NULL PRIMARY KEY,
	stamp bigint NOT NULL DEFAULT nextval('unfused_stamp')
);

-- When the fusion lock was last released (LockFusion): workers fuse in
-- turn, each waiting a while after anyone's fusion.
CREATE TABLE IF NOT EXISTS fusion_clock (
	one boolean     NOT NULL PRIMARY KEY DEFAULT true CHECK (one),
	at  timestamptz NOT NULL
);
