-- The W3C trace context of the span that wrote each outbox row (SPEC 12): the relay sends it on as the record's
-- traceparent/tracestate headers, so a trace runs from a request through the other service and back.
-- Null for rows written outside any span (scheduled jobs) and for rows written before this migration.
alter table outbox_message
    add column traceparent text
        constraint outbox_message_traceparent_w3c
        check (traceparent ~ '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$'),
    add column tracestate text;
