-- SPEC 9. A write made by a consumer names the event it applied (ce_id); a correction lists the fields it
-- changed (their names, never the old values). Applied after the services' own migrations (Flyway out-of-order,
-- see docs/persistence.md).
alter table audit_event add column event_id uuid;
alter table audit_event add column changed_fields varchar(500);
-- A person's own data lists the lines about their records; retention deletes the oldest lines.
create index audit_event_resource on audit_event (resource_type, resource_id);
create index audit_event_occurred on audit_event (occurred_at);
