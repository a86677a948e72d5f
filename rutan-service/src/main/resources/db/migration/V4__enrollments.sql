-- Enrollments as the rutan sees them (SPEC 3). The checks tie each status to the fields it implies.
create table enrollment (
    id                  uuid          primary key,
    class_id            uuid          not null references training_class (id),
    inmate_id           uuid          not null references inmate (id),
    program_code        varchar(11)   not null,
    status              varchar(20)   not null
        check (status in ('PENDING', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'NOT_COMPETENT', 'WITHDRAWN')),
    rejection_reason    varchar(60),
    requested_at        timestamptz   not null,
    requested_on        date          not null,
    decided_at          timestamptz,
    outcome             varchar(20)   check (outcome in ('COMPETENT', 'NOT_YET_COMPETENT')),
    assessed_on         date,
    assessor_name       varchar(150),
    certificate_number  varchar(80)   unique,
    withdrawal_reason   varchar(20)
        check (withdrawal_reason in ('RELEASED', 'TRANSFERRED', 'HEALTH', 'DISCIPLINE', 'OTHER')),
    withdrawal_note     varchar(500),
    withdrawn_on        date,
    version             bigint        not null default 0,
    check ((status = 'REJECTED') = (rejection_reason is not null)),
    check ((status = 'WITHDRAWN') = (withdrawal_reason is not null and withdrawn_on is not null)),
    check ((status in ('COMPLETED', 'NOT_COMPETENT')) = (outcome is not null and assessed_on is not null)),
    check (status <> 'COMPLETED' or outcome = 'COMPETENT'),
    check (status <> 'NOT_COMPETENT' or outcome = 'NOT_YET_COMPETENT'),
    check (certificate_number is null or status = 'COMPLETED')
);
-- One live enrollment per inmate and class; after a rejection or withdrawal the inmate may ask again.
create unique index enrollment_one_per_class on enrollment (class_id, inmate_id)
    where status in ('PENDING', 'ACCEPTED', 'COMPLETED', 'NOT_COMPETENT');
create index enrollment_inmate on enrollment (inmate_id, status);
create index enrollment_class on enrollment (class_id, status);
