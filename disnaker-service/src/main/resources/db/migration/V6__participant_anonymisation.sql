-- SPEC 9: a participant is anonymised by the retention job APP_RETENTION_PARTICIPANT after the end of their last
-- quota year: name replaced, NIK and birth date removed, partner reference replaced (so a later request from the
-- partner is a new person); sex and education level stay for the counts. Once anonymised, that cannot be undone.
alter table participant add column anonymised_at timestamptz;
alter table participant
    add constraint participant_anonymised_holds_no_identity
        check (anonymised_at is null
               or (full_name = 'Anonim' and nik is null and birth_date is null
                   and partner_ref = 'anon-' || id::text));

-- SPEC 11: a certificate stays verifiable (nameMatches) after its holder's name is gone, through a salted SHA-256 of
-- the name as nameMatches compares it: lower case, every whitespace character removed (certificate/HolderName does
-- the same for certificates issued from now on). PostgreSQL's lower() and [[:space:]] follow the database's
-- LC_CTYPE; for the letters and spaces of names in a UTF-8 database they agree with Java's.
alter table certificate
    add column holder_name_salt char(32),
    add column holder_name_hash char(64);
update certificate set holder_name_salt = replace(gen_random_uuid()::text, '-', '');
update certificate c
set holder_name_hash = encode(sha256(convert_to(
        c.holder_name_salt || regexp_replace(lower(p.full_name), '[[:space:]]', '', 'g'), 'UTF8')), 'hex')
from participant p
where p.id = c.participant_id;
alter table certificate
    alter column holder_name_salt set not null,
    alter column holder_name_hash set not null;
