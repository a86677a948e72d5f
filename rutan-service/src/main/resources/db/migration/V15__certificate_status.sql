-- SPEC 11: disnaker may revoke a certificate (disnaker.certificate.revoked.v1); the rutan's enrollment shows its
-- certificateStatus: VALID once issued, REVOKED after a revocation, none before a certificate. The revocation's date
-- and reason are kept for the rutan's officers; the reason is free text about the inmate's certificate and is
-- cleared when the inmate is anonymised (InmateStore.clearNotes), the date stays.
create domain certificate_status_code as varchar(7) check (value in ('VALID', 'REVOKED'));

alter table enrollment
    add column certificate_status            certificate_status_code,
    add column certificate_revoked_on        date,
    add column certificate_revocation_reason varchar(500);

update enrollment set certificate_status = 'VALID' where certificate_number is not null;

alter table enrollment
    -- A status exactly with a certificate; a revocation date exactly when revoked; a reason only then (anonymisation
    -- may have removed it).
    add constraint enrollment_certificate_status_with_number
        check ((certificate_number is null) = (certificate_status is null)),
    add constraint enrollment_certificate_revocation_whole
        check ((certificate_status is not distinct from 'REVOKED') = (certificate_revoked_on is not null)
               and (certificate_revocation_reason is null or certificate_status = 'REVOKED'));
