-- SPEC 8: the requests still waiting for disnaker's decision, oldest first: GET /api/v1/enrollments?status=PENDING
-- and the enrollments_pending_oldest_age_seconds metric (sampled every 5 s). Few rows wait at any time, so the partial
-- index stays small however many enrollments there are.
create index enrollment_pending on enrollment (requested_at, id) where status = 'PENDING';
