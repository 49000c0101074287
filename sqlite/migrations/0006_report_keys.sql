-- 0006_report_keys: the keys ("doc#seq") of each incident's reports, one a
-- line, so that incremental fusion finds what an incident holds without
-- decoding it.
ALTER TABLE incidents ADD COLUMN report_keys TEXT NOT NULL DEFAULT '';

UPDATE incidents SET report_keys = coalesce((
	SELECT group_concat(json_extract(value, '$.doc') || '#' || json_extract(value, '$.seq'), char(10))
	FROM json_each(incidents.json, '$.reports')), '');
