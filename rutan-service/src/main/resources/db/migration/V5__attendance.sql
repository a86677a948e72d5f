-- Attendance per session and enrollment (SPEC 3); a bulk PUT replaces a session's records.
create table attendance_record (
    session_id     uuid          not null references class_session (id),
    enrollment_id  uuid          not null references enrollment (id),
    status         varchar(10)   not null check (status in ('PRESENT', 'LATE', 'EXCUSED', 'SICK', 'ABSENT')),
    note           varchar(500),
    recorded_at    timestamptz   not null,
    recorded_by    varchar(200)  not null,
    primary key (session_id, enrollment_id)
);
create index attendance_record_enrollment on attendance_record (enrollment_id);
