-- SPEC 11: each certificate has a verification code, 10 characters from ABCDEFGHJKLMNPQRSTUVWXYZ23456789 (no I, O, 0,
-- 1), random; certificate/VerificationCodes draws it for certificates issued from now on. Certificates issued before
-- get one here, from the strong randomness of gen_random_uuid(): each symbol is the low 5 bits of one of its bytes,
-- skipping byte 6 (version nibble) and byte 8 (variant bits), so every symbol is uniform over the 32. The subquery
-- refers to the row, so PostgreSQL draws a new UUID per certificate instead of one for all.
alter table certificate add column verification_code char(10);
update certificate c
set verification_code = (
    select string_agg(substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', (get_byte(r.b, i) & 31) + 1, 1), '' order by i)
    from (select uuid_send(gen_random_uuid()) as b where c.number is not null) r,
         unnest(array[0, 1, 2, 3, 4, 5, 7, 9, 10, 11]) as i);
alter table certificate
    alter column verification_code set not null,
    add constraint certificate_verification_code_format
        check (verification_code ~ '^[A-HJ-NP-Z2-9]{10}$');
