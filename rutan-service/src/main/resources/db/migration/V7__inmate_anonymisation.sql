-- SPEC 9: an inmate released or transferred longer ago than APP_RETENTION_INMATE, with no open enrollment, is
-- anonymised by the retention job: name replaced, NIK, birth date and cell block removed, registration number
-- replaced by one made of the id (docs/data-protection.md says why it is not kept). The birth date may be empty only
-- then; once anonymised, the identifying fields cannot come back, and an active inmate is never anonymised.
alter table inmate alter column birth_date drop not null;
alter table inmate add column anonymised_at timestamptz;

alter table inmate
    add constraint inmate_birth_date_until_anonymised
        check (anonymised_at is not null or birth_date is not null),
    add constraint inmate_anonymised_holds_no_identity
        check (anonymised_at is null
               or (status <> 'ACTIVE'
                   and full_name = 'Anonim'
                   and registration_number = 'ANON-' || replace(id::text, '-', '')
                   and nik is null and birth_date is null and cell_block is null));

-- The daily run looks only at inmates who left and are not anonymised yet.
create index inmate_retention_candidates on inmate (release_date)
    where anonymised_at is null and status <> 'ACTIVE';
