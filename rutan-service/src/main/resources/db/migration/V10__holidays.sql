-- SPEC 10: national holidays and cuti bersama change every year, so they are rows an officer keeps, not code. One
-- row per day: the date is the key the API addresses.
create table holiday (
    holiday_date  date          primary key,
    name          varchar(100)  not null check (char_length(name) between 1 and 100),
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);

-- SPEC 10: a session plan skips a day that already has a session at that time. The plan checks first (and answers
-- with what it skipped); this makes a second session of a class at the same date and start time impossible
-- whatever two concurrent requests decide. A database that already holds such a pair stops here with a message
-- rather than a bare unique violation: the pair needs an officer to merge it (attendance may hang on both).
do $$
begin
    if exists (select 1 from class_session group by class_id, session_date, start_time having count(*) > 1) then
        raise exception 'class_session holds two sessions of one class at the same date and start time; merge them, then migrate again';
    end if;
end $$;
alter table class_session
    add constraint class_session_one_per_start unique (class_id, session_date, start_time);
-- The unique key's index starts with (class_id, session_date) and serves every read the old index served.
drop index class_session_class;
