-- SPEC 8: a request disnaker could read but not decide is rejected INVALID_REQUEST instead of only parked on the DLQ.
-- Its participant data broke a rule, so no participant is matched or stored for it: participant_id stays empty, and
-- only on such a rejection.
alter domain rejection_reason_code drop constraint rejection_reason_code_check;
alter domain rejection_reason_code add constraint rejection_reason_code_check
    check (value in ('QUOTA_EXHAUSTED', 'PARTNER_ALLOCATION_EXHAUSTED', 'PROGRAM_INACTIVE', 'PROGRAM_UNKNOWN',
                     'INVALID_REQUEST'));

alter table enrollment_decision
    alter column participant_id drop not null,
    add constraint enrollment_decision_participant_known
        check (participant_id is not null or rejection_reason is not distinct from 'INVALID_REQUEST');
