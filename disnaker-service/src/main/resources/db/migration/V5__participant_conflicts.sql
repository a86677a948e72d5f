-- SPEC 9: corrections travel. A request whose NIK belongs to another participant than the one its partner's reference
-- names is rejected INVALID_REQUEST, changes neither participant, and is kept here for an officer to resolve. No NIK is
-- stored: the two participants' rows say whose it is.
create table participant_conflict (
    id                    bigint        generated always as identity primary key,
    enrollment_id         uuid          not null unique,
    partner_code          varchar(40)   not null,
    partner_ref           varchar(64)   not null,
    participant_id        uuid          not null references participant (id),
    other_participant_id  uuid          not null references participant (id),
    detected_at           timestamptz   not null,
    check (participant_id <> other_participant_id)
);
-- A person's own data lists the conflicts they are part of, on either side.
create index participant_conflict_participant on participant_conflict (participant_id);
create index participant_conflict_other on participant_conflict (other_participant_id);
