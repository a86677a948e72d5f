-- Inmates (WBP), SPEC 3. The checks repeat the API's rules so no path around the API can store
-- an inmate the contract forbids; the NIK's inner structure (province, date, sex) is left to the
-- API, which explains each failure.
create table inmate (
    id                     uuid          primary key,
    registration_number    varchar(40)   not null check (char_length(registration_number) between 3 and 40),
    register_class         varchar(5)    check (register_class in
                                             ('A.I', 'A.II', 'A.III', 'A.IV', 'A.V', 'B.I', 'B.IIa', 'B.IIb', 'B.III')),
    full_name              varchar(150)  not null check (char_length(full_name) between 1 and 150),
    nik                    varchar(16)   check (nik ~ '^[0-9]{16}$'),
    birth_date             date          not null,
    sex                    varchar(6)    not null check (sex in ('MALE', 'FEMALE')),
    custody_status         varchar(8)    not null check (custody_status in ('DETAINEE', 'CONVICT')),
    admission_date         date          not null,
    expected_release_date  date,
    cell_block             varchar(40),
    education_level        varchar(4)    check (education_level in ('NONE', 'SD', 'SMP', 'SMA', 'D3', 'S1', 'S2')),
    status                 varchar(11)   not null default 'ACTIVE'
                                         check (status in ('ACTIVE', 'RELEASED', 'TRANSFERRED')),
    release_date           date,
    release_reason         varchar(11)   check (release_reason in ('RELEASED', 'TRANSFERRED')),
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    -- The registration number changes on conviction, so it is unique but never the key.
    constraint inmate_registration_number_key unique (registration_number),
    constraint inmate_expected_release_not_before_admission
        check (expected_release_date is null or expected_release_date >= admission_date),
    -- A.* registers hold detainees (tahanan), B.* convicts (narapidana).
    constraint inmate_register_class_matches_custody
        check (register_class is null
               or (custody_status = 'DETAINEE' and register_class like 'A.%')
               or (custody_status = 'CONVICT' and register_class like 'B.%')),
    -- An active inmate has no release; one who left has a release whose reason is the status.
    constraint inmate_release_matches_status
        check ((status = 'ACTIVE' and release_date is null and release_reason is null)
               or (status <> 'ACTIVE' and release_date is not null and release_reason = status)),
    constraint inmate_release_not_before_admission
        check (release_date is null or release_date >= admission_date)
);
-- Lists sort by name then id, optionally per status. The search is a contains match (leading
-- wildcard), which these indexes cannot serve; at a rutan's size a scan is fine, and pg_trgm
-- is not assumed to be installed.
create index inmate_name on inmate (lower(full_name), id);
create index inmate_status_name on inmate (status, lower(full_name), id);
