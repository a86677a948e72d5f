-- Disnaker's training program catalog (SPEC 4). The checks repeat the API's validation so
-- no path around the API can store a program the contract forbids.
create table program (
    code                    varchar(11)   primary key check (code ~ '^[A-Z]{2,6}-[0-9]{2,4}$'),
    name                    varchar(120)  not null check (char_length(name) between 3 and 120),
    sector                  varchar(60)   not null check (char_length(sector) between 2 and 60),
    description             varchar(2000),
    training_hours          integer       not null check (training_hours between 8 and 1000),
    min_attendance_percent  integer       not null default 80 check (min_attendance_percent between 50 and 100),
    competency_units        jsonb         not null default '[]'::jsonb check (jsonb_typeof(competency_units) = 'array'),
    active                  boolean       not null default true,
    version                 bigint        not null default 0,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null
);
create index program_active on program (active, code);
