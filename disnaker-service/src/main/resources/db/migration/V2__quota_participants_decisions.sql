-- Participants, enrollment decisions, the "1.000 Tenaga Kerja Terlatih" quota ledger and
-- certificates (SPEC 4). The quota counters are maintained by a trigger from the slots, so they
-- always equal what the slots say, and a check makes reserved + trained > target impossible.

create table participant (
    id               uuid          primary key,
    nik              varchar(16)   check (nik ~ '^[0-9]{16}$'),
    partner_code     varchar(40)   not null,
    partner_ref      varchar(64)   not null,
    full_name        varchar(150)  not null,
    birth_date       date,
    sex              varchar(6)    check (sex in ('MALE', 'FEMALE')),
    education_level  varchar(4)    check (education_level in ('NONE', 'SD', 'SMP', 'SMA', 'D3', 'S1', 'S2')),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    unique (partner_code, partner_ref)
);
-- A person is one NIK when there is one.
create unique index participant_nik on participant (nik) where nik is not null;
create index participant_name on participant (lower(full_name), id);

create table quota_year (
    year      integer  primary key check (year between 2000 and 2100),
    target    integer  not null default 1000 check (target >= 0),
    reserved  integer  not null default 0 check (reserved >= 0),
    trained   integer  not null default 0 check (trained >= 0),
    version   bigint   not null default 0,
    check (reserved + trained <= target)
);

create table partner_allocation (
    year          integer      not null references quota_year (year),
    partner_code  varchar(40)  not null,
    allocation    integer      not null check (allocation >= 0),
    primary key (year, partner_code)
);

-- One slot per person per year: RESERVED by an accepted enrollment, TRAINED after a COMPETENT one.
create table quota_slot (
    year            integer      not null references quota_year (year),
    participant_id  uuid         not null references participant (id),
    state           varchar(8)   not null check (state in ('RESERVED', 'TRAINED')),
    program_code    varchar(11)  not null,
    partner_code    varchar(40)  not null,
    primary key (year, participant_id)
);
create index quota_slot_partner on quota_slot (year, partner_code);

create function quota_slot_counts() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update quota_year set reserved = reserved - (old.state = 'RESERVED')::int,
                              trained = trained - (old.state = 'TRAINED')::int
        where year = old.year;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update quota_year set reserved = reserved + (new.state = 'RESERVED')::int,
                              trained = trained + (new.state = 'TRAINED')::int
        where year = new.year;
    end if;
    return null;
end $$;
create trigger quota_slot_counts after insert or update or delete on quota_slot
    for each row execute function quota_slot_counts();

-- Disnaker's record of each enrollment it decided; the id is rutan's enrollment id.
create table enrollment_decision (
    enrollment_id     uuid          primary key,
    participant_id    uuid          not null references participant (id),
    class_id          uuid          not null,
    program_code      varchar(11)   not null,
    class_start_date  date          not null,
    class_end_date    date          not null,
    partner_code      varchar(40)   not null,
    year              integer       not null,
    status            varchar(20)   not null
        check (status in ('ACCEPTED', 'REJECTED', 'COMPLETED', 'NOT_COMPETENT', 'WITHDRAWN')),
    rejection_reason  varchar(40)
        check (rejection_reason in ('QUOTA_EXHAUSTED', 'PARTNER_ALLOCATION_EXHAUSTED', 'PROGRAM_INACTIVE',
                                    'PROGRAM_UNKNOWN')),
    decided_at        timestamptz   not null,
    outcome           varchar(20)   check (outcome in ('COMPETENT', 'NOT_YET_COMPETENT')),
    assessed_on       date,
    hours_total       integer,
    hours_attended    integer,
    attendance_rate   numeric(4, 1),
    withdrawal_reason varchar(20),
    withdrawn_on      date,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    check ((status = 'REJECTED') = (rejection_reason is not null)),
    check ((status in ('COMPLETED', 'NOT_COMPETENT')) = (outcome is not null))
);
create index enrollment_decision_participant on enrollment_decision (participant_id, year, status);
create index enrollment_decision_filter on enrollment_decision (year, status, program_code);

create table certificate_sequence (
    year         integer  primary key,
    last_number  integer  not null check (last_number >= 0)
);

create table certificate (
    number          varchar(80)   primary key,
    year            integer       not null,
    sequence        integer       not null check (sequence >= 1),
    enrollment_id   uuid          not null unique references enrollment_decision (enrollment_id),
    participant_id  uuid          not null references participant (id),
    program_code    varchar(11)   not null,
    issued_on       date          not null,
    unique (year, sequence)
);
