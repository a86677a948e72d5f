-- SPEC 10: an enrollment excused in advance, from one day until another, with a reason (OTHER needs a note). The
-- excusal marks the enrollment EXCUSED in every open, non-cancelled session of its class in the range, and in
-- sessions planned later; the records it made name it until someone changes them by hand (which clears the link), so
-- taking the excusal back removes exactly the records nobody changed since. A record left by an excusal taken back
-- after its session's edit window loses the link and stays.
create table excusal (
    id             uuid          primary key,
    enrollment_id  uuid          not null references enrollment (id),
    from_date      date          not null,
    until_date     date          not null,
    reason         attendance_reason_code not null,
    note           varchar(500),
    created_by     varchar(200)  not null,
    created_at     timestamptz   not null,
    constraint excusal_range check (from_date <= until_date),
    constraint excusal_other_has_note check (reason <> 'OTHER' or btrim(coalesce(note, '')) <> '')
);
create index excusal_enrollment on excusal (enrollment_id, from_date);

alter table attendance_record
    add column excusal_id uuid references excusal (id) on delete set null,
    add constraint attendance_record_excusal_is_excused
        check (excusal_id is null or (status = 'EXCUSED' and reason is not null));
create index attendance_record_excusal on attendance_record (excusal_id) where excusal_id is not null;

-- Which excusal made a change of the history; no foreign key: the history outlives an excusal taken back.
alter table attendance_change add column excusal_id uuid;

-- The trigger of V11 stops attendance being written on a cancelled session; it now looks only at the columns that
-- record attendance. Clearing an anonymised inmate's note, or an excusal taken back unlinking a record it made, is
-- not recording attendance, and on a record of a cancelled session it was refused.
drop trigger attendance_not_on_cancelled_session on attendance_record;
create trigger attendance_not_on_cancelled_session
    before insert or update of session_id, enrollment_id, status, reason on attendance_record
    for each row execute function attendance_not_on_cancelled_session();
