-- Plumbing shared by both services: transactional outbox, idempotent-consumer log,
-- Idempotency-Key store and audit trail. Versions 0.x belong to the platform module;
-- each service numbers its own migrations from 1.

create table outbox_message (
    id            bigint generated always as identity primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    message_key   varchar(200) not null,
    event_type    varchar(200) not null,
    payload       text         not null,
    occurred_at   timestamptz  not null,
    published_at  timestamptz
);
-- The relay reads only unpublished rows, in id order.
create index outbox_message_unpublished on outbox_message (id) where published_at is null;

create table processed_event (
    consumer      varchar(100) not null,
    event_id      uuid         not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);

create table idempotency_record (
    actor         varchar(200) not null,
    idem_key      varchar(200) not null,
    request_hash  char(64)     not null,
    status        integer,
    location      varchar(500),
    etag          varchar(100),
    body          text,
    created_at    timestamptz  not null,
    primary key (actor, idem_key)
);

create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(200) not null,
    action         varchar(60)  not null,
    resource_type  varchar(60)  not null,
    resource_id    varchar(200)
);
create index audit_event_actor on audit_event (actor, id);
