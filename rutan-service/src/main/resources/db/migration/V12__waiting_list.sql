-- A class's waiting list (SPEC 10): inmates in line for a seat that frees. A place on the list is not a seat: the
-- class's seats_taken counts enrollments only. An entry WAITING becomes ENROLLED (with the enrollment made for it) or
-- SKIPPED (with the code of the rule that refused it) when a seat frees; DELETE removes a WAITING entry.
create table waiting_list_entry (
    id              uuid          primary key,
    class_id        uuid          not null references training_class (id),
    inmate_id       uuid          not null references inmate (id),
    position        integer       not null check (position > 0),
    status          varchar(10)   not null check (status in ('WAITING', 'ENROLLED', 'SKIPPED')),
    added_at        timestamptz   not null,
    skip_reason     varchar(60),
    enrollment_id   uuid          references enrollment (id),
    settled_at      timestamptz,
    unique (class_id, position),
    check ((status = 'SKIPPED') = (skip_reason is not null)),
    check ((status = 'ENROLLED') = (enrollment_id is not null)),
    check ((status = 'WAITING') = (settled_at is null))
);
-- Once in line per class at a time; after being enrolled or skipped an inmate may be put on the list again.
create unique index waiting_list_one_waiting on waiting_list_entry (class_id, inmate_id) where status = 'WAITING';
create index waiting_list_inmate on waiting_list_entry (inmate_id);
