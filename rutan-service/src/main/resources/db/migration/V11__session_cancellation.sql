-- SPEC 10: a session can be cancelled with a reason (OTHER needs a note) and restored. A cancelled session counts in
-- nobody's attendance rate and takes no attendance; the records it already had are kept (they count again if it is
-- restored). Who cancelled it and when are kept with it; the audit log has every cancellation and restoration.
create domain session_cancellation_reason_code as varchar(17)
    check (value in ('INSTRUCTOR_ABSENT', 'SECURITY', 'FACILITY', 'HOLIDAY', 'OTHER'));

alter table class_session
    add column cancellation_reason session_cancellation_reason_code,
    add column cancellation_note   varchar(500),
    add column cancelled_by        varchar(200),
    add column cancelled_at        timestamptz,
    -- A cancellation is whole (reason, who, when) or absent; a note only with a reason, and OTHER needs one.
    add constraint class_session_cancellation_whole
        check ((cancellation_reason is null) = (cancelled_by is null)
               and (cancellation_reason is null) = (cancelled_at is null)
               and (cancellation_reason is not null or cancellation_note is null)),
    add constraint class_session_cancellation_other_has_note
        check (cancellation_reason is distinct from 'OTHER' or btrim(coalesce(cancellation_note, '')) <> '');

-- The backstop of 409 session-cancelled: no attendance is written on a cancelled session, whatever the code does. The
-- register holds the session's row for share while it writes, and a cancellation locks it for update, so the two
-- take turns and this trigger sees the committed state.
create function attendance_not_on_cancelled_session() returns trigger language plpgsql as $$
begin
    if exists (select 1 from class_session s where s.id = new.session_id and s.cancelled_at is not null) then
        raise exception 'attendance on a cancelled session'
            using errcode = '23514', constraint = 'attendance_on_cancelled_session';
    end if;
    return new;
end $$;
create trigger attendance_not_on_cancelled_session before insert or update on attendance_record
    for each row execute function attendance_not_on_cancelled_session();
