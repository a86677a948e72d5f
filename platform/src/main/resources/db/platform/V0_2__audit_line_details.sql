-- SPEC 9. A write made by a consumer names the event it applied (ce_id); a correction lists the fields it
-- changed (their names, never the old values). Applied after the services' own migrations (Flyway out-of-order,
-- see docs/persistence.md).
alter table audit_event add column event_id uuid;
alter table audit_event add column changed_fields varchar(500);
-- A person's own data lists the lines about their records. No index by time: every write inserts a line, and only
-- the daily retention delete would read it (a scan once a day).
create index audit_event_resource on audit_event (resource_type, resource_id);
