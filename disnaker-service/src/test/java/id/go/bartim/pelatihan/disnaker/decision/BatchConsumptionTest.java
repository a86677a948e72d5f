package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.disnaker.quota.QuotaInvariants;
import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.kafka;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.quota;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.requestedJson;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.target;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch path of the enrollment consumer, driven with polled records as the Kafka connector hands
 * them over: a batch is one transaction, the quota rules hold inside it, and a poison record or a
 * repeated event in a batch neither stops the others nor counts twice.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class BatchConsumptionTest {

    private static final AtomicLong OFFSET = new AtomicLong(1_000_000);

    @Inject
    EventProcessor processor;

    @Inject
    EnrollmentEventConsumer consumer;

    @Inject
    EntityManager em;

    @Test
    void a_batch_of_thirty_requests_is_decided_in_one_transaction() {
        int year = freshYear();
        String code = program();
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        List<UUID> ceIds = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID ceId = UUID.randomUUID();
            ceIds.add(ceId);
            batch.add(requested(ceId, UUID.randomUUID().toString(), code, year));
        }

        processor.processBatch(EnrollmentEventConsumer.CONSUMER, batch, consumer);

        assertEquals(30, count("select count(*) from enrollment_decision where year = ?1 and status = 'ACCEPTED'", year));
        // now() is the transaction's start: one value for thirty events means one transaction
        assertEquals(1, count("select count(distinct processed_at) from processed_event where consumer = ?1"
                + " and event_id in (" + quoted(ceIds) + ")", EnrollmentEventConsumer.CONSUMER));
        assertEquals(30, quota(year).getInt("reserved"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void the_quota_counts_the_slots_reserved_earlier_in_the_same_batch() {
        int year = freshYear();
        target(year, 3);
        String code = program();
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            batch.add(requested(UUID.randomUUID(), UUID.randomUUID().toString(), code, year));
        }

        processor.processBatch(EnrollmentEventConsumer.CONSUMER, batch, consumer);

        assertEquals(3, count("select count(*) from enrollment_decision where year = ?1 and status = 'ACCEPTED'", year));
        assertEquals(5, count("select count(*) from enrollment_decision where year = ?1"
                + " and rejection_reason = 'QUOTA_EXHAUSTED'", year));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void poison_in_a_batch_is_parked_and_the_rest_applied_once() {
        int year = freshYear();
        String code = program();
        String first = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();
        UUID repeated = UUID.randomUUID();
        ConsumerRecord<String, String> poison = record(UUID.randomUUID().toString(), EventTypes.ENROLLMENT_REQUESTED,
                UUID.randomUUID(), requestedJson(UUID.randomUUID().toString(), person(true), code, year, "RUTAN-TML"));
        ConsumerRecord<String, String> unreadable = new ConsumerRecord<>(Topics.ENROLLMENTS, 0,
                OFFSET.incrementAndGet(), UUID.randomUUID().toString(), "{}");
        List<ConsumerRecord<String, String>> batch = List.of(
                requested(UUID.randomUUID(), first, code, year),
                poison,
                requested(repeated, last, code, year),
                unreadable,
                requested(repeated, last, code, year));

        processor.processBatch(EnrollmentEventConsumer.CONSUMER, batch, consumer);

        assertEquals(2, count("select count(*) from enrollment_decision where year = ?1", year));
        assertEquals(2, quota(year).getInt("reserved"));
        for (ConsumerRecord<String, String> parked : List.of(poison, unreadable)) {
            ConsumerRecord<String, String> inDlq = await().atMost(Duration.ofSeconds(20))
                    .until(() -> kafka().readByKey(Topics.dlq(Topics.ENROLLMENTS), parked.key()), l -> !l.isEmpty())
                    .get(0);
            assertEquals(parked.value(), inDlq.value());
            assertEquals(Topics.ENROLLMENTS, KafkaTopics.header(inDlq, "dead-letter-topic"));
            assertEquals(Long.toString(parked.offset()), KafkaTopics.header(inDlq, "dead-letter-offset"));
            assertFalse(KafkaTopics.header(inDlq, "dead-letter-reason").isBlank());
        }
        assertTrue(kafka().readByKey(Topics.dlq(Topics.ENROLLMENTS), first).isEmpty());
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void two_requests_of_one_person_in_a_batch_share_one_slot_even_after_the_last_is_taken() {
        int year = freshYear();
        target(year, 2);
        String code = program();
        Person first = person(true);
        Person second = person(true);
        List<String> firstOfFirst = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String third = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> batch = List.of(
                requested(UUID.randomUUID(), firstOfFirst.get(0), first, code, year),
                requested(UUID.randomUUID(), UUID.randomUUID().toString(), second, code, year),
                requested(UUID.randomUUID(), third, person(true), code, year),
                // The quota is full now, but this person holds a slot already
                requested(UUID.randomUUID(), firstOfFirst.get(1), first, program(), year));

        processor.processBatch(EnrollmentEventConsumer.CONSUMER, batch, consumer);

        assertEquals(3, count("select count(*) from enrollment_decision where year = ?1 and status = 'ACCEPTED'", year));
        assertEquals("QUOTA_EXHAUSTED", text("select rejection_reason from enrollment_decision where enrollment_id = ?1",
                UUID.fromString(third)));
        assertEquals(1, count("select count(distinct participant_id) from enrollment_decision where enrollment_id in ("
                + quoted(firstOfFirst.stream().map(UUID::fromString).toList()) + ") and year = ?1", year));
        assertEquals(1, count("select count(*) from participant where partner_ref = ?1", first.partnerRef()));
        assertEquals(2, quota(year).getInt("reserved"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void a_batch_crossing_the_target_accepts_exactly_the_slots_left() {
        int year = freshYear();
        target(year, 5);
        String code = program();
        List<ConsumerRecord<String, String>> before = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            before.add(requested(UUID.randomUUID(), UUID.randomUUID().toString(), code, year));
        }
        processor.processBatch(EnrollmentEventConsumer.CONSUMER, before, consumer);
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            batch.add(requested(UUID.randomUUID(), id.toString(), code, year));
        }

        processor.processBatch(EnrollmentEventConsumer.CONSUMER, batch, consumer);

        // The first three of the batch, in consume order, take the three slots left
        for (int i = 0; i < 6; i++) {
            assertEquals(i < 3 ? "ACCEPTED" : "REJECTED",
                    text("select status from enrollment_decision where enrollment_id = ?1", ids.get(i)), "request " + i);
        }
        assertEquals(5, quota(year).getInt("reserved"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void a_nik_taken_earlier_in_the_batch_is_a_conflict_and_a_correction_is_seen_by_the_next_request() {
        int year = freshYear();
        String code = program();
        Person owner = person(true);
        Person other = person(true);
        Person otherCorrected = new Person(other.partnerRef(), other.fullName() + " Baru", other.nik());
        Person otherWithOwnersNik = new Person(other.partnerRef(), other.fullName(), owner.nik());
        String conflicting = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> batch = List.of(
                requested(UUID.randomUUID(), UUID.randomUUID().toString(), owner, code, year),
                requested(UUID.randomUUID(), UUID.randomUUID().toString(), other, code, year),
                requested(UUID.randomUUID(), UUID.randomUUID().toString(), otherCorrected, code, year),
                requested(UUID.randomUUID(), conflicting, otherWithOwnersNik, code, year),
                requested(UUID.randomUUID(), last, otherCorrected, code, year));

        processor.processBatch(EnrollmentEventConsumer.CONSUMER, batch, consumer);

        assertEquals("INVALID_REQUEST", text("select rejection_reason from enrollment_decision where enrollment_id = ?1",
                UUID.fromString(conflicting)));
        assertEquals(1, count("select count(*) from participant_conflict where enrollment_id = ?1",
                UUID.fromString(conflicting)));
        assertEquals(owner.nik(), text("select nik from participant where partner_ref = ?1", owner.partnerRef()));
        assertEquals(other.nik(), text("select nik from participant where partner_ref = ?1", other.partnerRef()));
        assertEquals(otherCorrected.fullName(),
                text("select full_name from participant where partner_ref = ?1", other.partnerRef()));
        // One correction (the name), the last request changing nothing
        assertEquals(1, count("select count(*) from audit_event a join participant p on a.resource_id = p.id::text"
                + " where a.action = 'UPDATE' and p.partner_ref = ?1", other.partnerRef()));
        assertEquals(4, count("select count(*) from enrollment_decision where year = ?1 and status = 'ACCEPTED'", year));
        assertEquals(2, quota(year).getInt("reserved"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void an_enrollment_requested_twice_in_a_batch_is_decided_once_and_each_line_names_its_event() {
        int year = freshYear();
        String code = program();
        String enrollment = UUID.randomUUID().toString();
        UUID firstCe = UUID.randomUUID();
        UUID otherCe = UUID.randomUUID();
        String second = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> batch = List.of(
                requested(firstCe, enrollment, code, year),
                requested(UUID.randomUUID(), enrollment, code, year),
                requested(otherCe, second, code, year));

        processor.processBatch(EnrollmentEventConsumer.CONSUMER, batch, consumer);

        assertEquals(2, count("select count(*) from enrollment_decision where year = ?1", year));
        assertEquals(1, count("select count(*) from outbox_message where message_key = ?1", enrollment));
        assertEquals(firstCe.toString(), text("select event_id::text from audit_event where resource_id = ?1"
                + " and resource_type = 'enrollment-decision'", enrollment));
        assertEquals(otherCe.toString(), text("select event_id::text from audit_event where resource_id = ?1"
                + " and resource_type = 'enrollment-decision'", second));
        assertEquals(2, quota(year).getInt("reserved"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void a_withdrawal_after_its_request_in_one_batch_finds_it_decided_and_frees_the_slot_for_the_next() {
        int year = freshYear();
        target(year, 1);
        String code = program();
        String withdrawn = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        List<UUID> ceIds = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<ConsumerRecord<String, String>> batch = List.of(
                requested(ceIds.get(0), withdrawn, code, year),
                record(withdrawn, EventTypes.ENROLLMENT_WITHDRAWN, ceIds.get(1),
                        """
                        {"enrollmentId": "%s", "reason": "HEALTH", "withdrawnOn": "2026-03-01"}""".formatted(withdrawn)),
                requested(ceIds.get(2), next, code, year));

        processor.processBatch(EnrollmentEventConsumer.CONSUMER, batch, consumer);

        // Held requests are decided before the withdrawal, in the batch's one transaction (no fallback needed)
        assertEquals(1, count("select count(distinct processed_at) from processed_event where consumer = ?1"
                + " and event_id in (" + quoted(ceIds) + ")", EnrollmentEventConsumer.CONSUMER));
        assertEquals("WITHDRAWN", text("select status from enrollment_decision where enrollment_id = ?1",
                UUID.fromString(withdrawn)));
        assertEquals("ACCEPTED", text("select status from enrollment_decision where enrollment_id = ?1",
                UUID.fromString(next)));
        assertEquals(1, quota(year).getInt("reserved"));
        QuotaInvariants.assertHold(em, year);
    }

    private static ConsumerRecord<String, String> requested(UUID ceId, String enrollmentId, Person person, String code,
                                                            int year) {
        return record(enrollmentId, EventTypes.ENROLLMENT_REQUESTED, ceId,
                requestedJson(enrollmentId, person, code, year, "RUTAN-TML"));
    }

    private static ConsumerRecord<String, String> requested(UUID ceId, String enrollmentId, String code, int year) {
        return record(enrollmentId, EventTypes.ENROLLMENT_REQUESTED, ceId,
                requestedJson(enrollmentId, person(true), code, year, "RUTAN-TML"));
    }

    /** A record as the connector delivers it: the CloudEvent headers a producer of the contract writes. */
    private static ConsumerRecord<String, String> record(String key, String type, UUID ceId, String json) {
        ProducerRecord<String, String> sent = KafkaTopics.cloudEvent(Topics.ENROLLMENTS, key, type, ceId, json);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.ENROLLMENTS, 0, OFFSET.incrementAndGet(),
                key, json);
        sent.headers().forEach(h -> record.headers().add(h));
        return record;
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql.replace("?1", ":p"))
                .setParameter("p", parameter).getSingleResult()).longValue());
    }

    private String text(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(sql.replace("?1", ":p"))
                .setParameter("p", parameter).getSingleResult());
    }

    private static String quoted(List<UUID> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }
}
