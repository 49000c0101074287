-- 0002_places: places imported into the gazetteer ("sitrep gazetteer import"),
-- each as one row of the gazetteer TSV format, added to the embedded
-- gazetteer whenever sitrep extracts with this database.
CREATE TABLE places (
	id       TEXT    NOT NULL PRIMARY KEY,
	geonames INTEGER NOT NULL CHECK (geonames IN (0, 1)), -- 1: ranked with the GeoNames layer
	row      TEXT    NOT NULL,                            -- gazetteer.Entry.Row()
	file     TEXT    NOT NULL                             -- the file it was imported from
) WITHOUT ROWID;
