-- SPEC 11: an officer may revoke a certificate, with a reason and the date, once. A revoked certificate stays
-- revoked, and its number is never given to another one: numbers come from the per-year counter
-- (certificate_sequence), which only counts up, and no certificate row is ever deleted (retention anonymises the
-- holder and keeps every certificate, so that it stays verifiable). revoked_by is the officer's token subject, as
-- the audit log and rutan's attendance records keep actors.
create domain certificate_status_code as varchar(7) check (value in ('VALID', 'REVOKED'));

alter table certificate
    add column status            certificate_status_code not null default 'VALID',
    add column revoked_on        date,
    add column revocation_reason varchar(500),
    add column revoked_by        varchar(200),
    -- A revocation is whole (date, reason, who) exactly when the certificate is REVOKED; the reason says something.
    add constraint certificate_revocation_whole
        check ((status = 'REVOKED') = (revoked_on is not null)
               and (status = 'REVOKED') = (revocation_reason is not null)
               and (status = 'REVOKED') = (revoked_by is not null)
               and btrim(coalesce(revocation_reason, 'x')) <> '');
-- Every certificate issued from now on says its status; the default served the rows above.
alter table certificate alter column status drop default;

-- A revocation is final: a revoked certificate never becomes valid again, and its date, reason and officer stay as
-- they were written. The backstop of 409 certificate-already-revoked, whatever path a write takes. The one change
-- allowed is retention's: the reason, free text that may speak of the holder, becomes '[dihapus]' when the holder is
-- anonymised (SPEC 9); that there was a reason stays.
create function certificate_revocation_final() returns trigger language plpgsql as $$
begin
    if old.status = 'REVOKED' and (new.status is distinct from 'REVOKED'
            or new.revoked_on is distinct from old.revoked_on
            or (new.revocation_reason is distinct from old.revocation_reason
                and new.revocation_reason is distinct from '[dihapus]')
            or new.revoked_by is distinct from old.revoked_by) then
        raise exception 'a revoked certificate stays revoked'
            using errcode = '23514', constraint = 'certificate_revocation_final';
    end if;
    return new;
end $$;
create trigger certificate_revocation_final before update on certificate
    for each row execute function certificate_revocation_final();

-- A certificate is never deleted, so its number is never free for another one (revoked or not).
create function certificate_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception 'a certificate is never deleted'
        using errcode = '23514', constraint = 'certificate_never_deleted';
end $$;
create trigger certificate_never_deleted before delete or truncate on certificate
    for each statement execute function certificate_never_deleted();
