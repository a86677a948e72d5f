-- Training classes held inside the rutan and their sessions (SPEC 3).
create table training_class (
    id               uuid          primary key,
    program_code     varchar(11)   not null,
    name             varchar(150)  not null check (char_length(name) between 1 and 150),
    start_date       date          not null,
    end_date         date          not null,
    capacity         integer       not null check (capacity between 1 and 500),
    -- PENDING + ACCEPTED enrollments, kept in the same transaction as their changes; the check
    -- makes an overfull class impossible whatever the code does.
    seats_taken      integer       not null default 0,
    location         varchar(150),
    instructor_name  varchar(150),
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    check (end_date >= start_date),
    check (seats_taken between 0 and capacity)
);
create index training_class_program on training_class (program_code);
create index training_class_start on training_class (start_date desc);

create table class_session (
    id            uuid          primary key,
    class_id      uuid          not null references training_class (id),
    session_date  date          not null,
    start_time    time          not null,
    hours         integer       not null check (hours between 1 and 8),
    topic         varchar(200),
    created_at    timestamptz   not null
);
create index class_session_class on class_session (class_id, session_date);

-- A session lies within its class's dates (the API says so first, with a clearer answer).
create function class_session_within_class() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from training_class c
                   where c.id = new.class_id and new.session_date between c.start_date and c.end_date) then
        raise exception 'session date outside the dates of its class' using errcode = '23514';
    end if;
    return new;
end $$;
create trigger class_session_within_class before insert or update on class_session
    for each row execute function class_session_within_class();
