-- 0007_country_days: what incremental fusion needs to find the reports
-- that name only a province of an event placed precisely in it, and the
-- reverse (cluster's attach): area is the province key ("SY/Deir ez-Zor")
-- of a report that names only a province (storesql.AreaKey), place_area
-- that of a report at a precise point (storesql.PlaceAreaKey), by day.
ALTER TABLE reports ADD COLUMN area TEXT;
ALTER TABLE reports ADD COLUMN place_area TEXT;

UPDATE reports SET area = country || '/' || json_extract(json, '$.place.admin1')
	WHERE country != '' AND json_extract(json, '$.place.admin1') != ''
		AND json_extract(json, '$.place.geo_precision') >= 3 AND json_extract(json, '$.place.kind') = 'admin1';
UPDATE reports SET place_area = country || '/' || json_extract(json, '$.place.admin1')
	WHERE country != '' AND json_extract(json, '$.place.admin1') != ''
		AND json_extract(json, '$.place.geo_precision') IN (1, 2);

CREATE INDEX reports_area ON reports (area, day_key) WHERE area IS NOT NULL;
CREATE INDEX reports_place_area ON reports (place_area, day_key) WHERE place_area IS NOT NULL;
