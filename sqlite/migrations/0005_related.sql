-- 0005_related: what incremental fusion needs to find, without reading
-- every report, the reports that may tell the same event as a new one.
-- day_key is the start day of a report (days since 1970-01-01) when its
-- dates have a year and span at most 31 days, -1000000000 when they span
-- more or lack a year (such reports are always candidates), NULL when it is
-- undated (it never fuses). A report at a precise point (geo_precision 1
-- or 2) has the 0.25-degree grid cell of its point in cell; block is its
-- place id, or "name:" and its name when it has no id and no precise point.
ALTER TABLE reports ADD COLUMN day_key INTEGER;
ALTER TABLE reports ADD COLUMN cell INTEGER;
ALTER TABLE reports ADD COLUMN block TEXT;

UPDATE reports SET
	day_key = CASE
		WHEN date_start IS NULL THEN NULL
		WHEN date_start LIKE '--%' OR date_end LIKE '--%'
			OR julianday(date_end) - julianday(date_start) > 31 THEN -1000000000
		ELSE CAST(julianday(date_start) - 2440587.5 AS INTEGER)
	END,
	cell = CASE WHEN json_extract(json, '$.place.geo_precision') IN (1, 2)
		THEN (CAST(floor(json_extract(json, '$.place.lat') * 4) AS INTEGER) + 1000) * 10000
			+ CAST(floor(json_extract(json, '$.place.lon') * 4) AS INTEGER) + 1000
	END,
	block = CASE
		WHEN place_id != '' THEN place_id
		WHEN json_extract(json, '$.place.geo_precision') NOT IN (1, 2)
			THEN 'name:' || json_extract(json, '$.place.name')
	END;

CREATE INDEX reports_cell ON reports (cell, day_key) WHERE cell IS NOT NULL;
CREATE INDEX reports_block ON reports (block, day_key) WHERE block IS NOT NULL;

-- Signatures of the documents published near a new one, and the ids whose
-- first report a fusion changed.
CREATE INDEX documents_published ON documents (published);
CREATE INDEX published_anchor ON published (anchor);
CREATE INDEX documents_copy_of ON documents (copy_of) WHERE copy_of != '';

-- The documents stored or re-extracted since the last fusion that took
-- them in: what the next incremental fusion starts from, also after a
-- crash between storing and fusing.
CREATE TABLE unfused (
	doc TEXT NOT NULL PRIMARY KEY
) STRICT, WITHOUT ROWID;
