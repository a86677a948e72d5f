-- SPEC 10: an attendance record carries a reason when the trainee was EXCUSED or ABSENT (OTHER needs a note), and
-- every change of a record, the first recording too, is kept as a line of its history: who, when, from what to what,
-- and the correction note a change after the edit window needs. The code refuses a wrong record with a 400 naming
-- the entry; these checks make it impossible whatever path a write takes.
create domain attendance_reason_code as varchar(13)
    check (value in ('COURT_HEARING', 'FAMILY_VISIT', 'MEDICAL', 'WORK_DUTY', 'DISCIPLINE', 'OTHER'));

alter table attendance_record
    add column reason attendance_reason_code,
    add constraint attendance_record_reason_only_when_excused_or_absent
        check (reason is null or status in ('EXCUSED', 'ABSENT')),
    add constraint attendance_record_other_has_note
        check (reason is distinct from 'OTHER' or btrim(coalesce(note, '')) <> '');

-- A line per change of one record, oldest first by id. The "from" columns are empty for a first recording; the "to"
-- columns are empty when a record was removed (an excusal taken back removes the records it made).
create table attendance_change (
    id               bigint        generated always as identity primary key,
    session_id       uuid          not null references class_session (id),
    enrollment_id    uuid          not null references enrollment (id),
    changed_at       timestamptz   not null,
    changed_by       varchar(200)  not null,
    from_status      attendance_status_code,
    from_reason      attendance_reason_code,
    from_note        varchar(500),
    to_status        attendance_status_code,
    to_reason        attendance_reason_code,
    to_note          varchar(500),
    correction_note  varchar(500),
    check (from_status is not null or (from_reason is null and from_note is null)),
    check (to_status is not null or (to_reason is null and to_note is null)),
    check (from_status is not null or to_status is not null)
);
create index attendance_change_session on attendance_change (session_id, id);
create index attendance_change_enrollment on attendance_change (enrollment_id);
