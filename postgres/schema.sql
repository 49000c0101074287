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
	mentions    jsonb   NOT NULL,
	signature   bytea,
	PRIMARY KEY (id, version)
);

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
