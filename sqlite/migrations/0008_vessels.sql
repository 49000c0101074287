-- 0008_vessels: the ship a report names (sitrep.VesselKey of its vessel),
-- so that incremental fusion finds the reports of one ship wherever each
-- places it. Reports stored before have none: no earlier build read ships'
-- names.
ALTER TABLE reports ADD COLUMN vessel TEXT;
CREATE INDEX reports_vessel ON reports (vessel, day_key) WHERE vessel IS NOT NULL;
