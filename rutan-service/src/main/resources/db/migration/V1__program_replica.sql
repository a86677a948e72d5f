-- Rutan's read-only replica of disnaker's program catalog, fed by disnaker.programs.v1.
create table program_replica (
    code                    varchar(11)   primary key check (code ~ '^[A-Z]{2,6}-[0-9]{2,4}$'),
    name                    varchar(120)  not null,
    sector                  varchar(60)   not null,
    description             varchar(2000),
    training_hours          integer       not null check (training_hours > 0),
    min_attendance_percent  integer       not null check (min_attendance_percent between 50 and 100),
    competency_units        jsonb         not null default '[]'::jsonb,
    active                  boolean       not null,
    source_version          bigint        not null check (source_version >= 0),
    source_updated_at       timestamptz   not null,
    received_at             timestamptz   not null
);
