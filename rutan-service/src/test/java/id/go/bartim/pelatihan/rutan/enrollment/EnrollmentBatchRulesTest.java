package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.rutan.inmate.InmateStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** A batch of requests (SPEC 10) judged item by item by the single request's rule, over facts given as values. */
class EnrollmentBatchRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate CLASS_END = LocalDate.of(2026, 4, 24);
    private static final UUID CLASS = UUID.randomUUID();

    private final Map<UUID, RequestFacts> facts = new HashMap<>();

    @Test
    void items_that_no_rule_refuses_are_all_accepted_in_order() {
        UUID a = active();
        UUID b = active();
        List<EnrollmentBatchRules.Verdict> verdicts = EnrollmentBatchRules.judge(List.of(a, b), facts, 0, TODAY);
        assertEquals(List.of(a, b), verdicts.stream().map(EnrollmentBatchRules.Verdict::inmateId).toList());
        verdicts.forEach(v -> assertInstanceOf(EnrollmentBatchRules.Accepted.class, v));
    }

    @Test
    void seats_taken_by_earlier_items_count_so_later_items_meet_class_full() {
        UUID a = active();
        UUID b = active();
        UUID c = active();
        List<EnrollmentBatchRules.Verdict> verdicts = EnrollmentBatchRules.judge(List.of(a, b, c), facts, 1, TODAY);
        assertInstanceOf(EnrollmentBatchRules.Accepted.class, verdicts.get(0));
        assertEquals(2, ((EnrollmentBatchRules.Accepted) verdicts.get(1)).facts().seatsTaken());
        assertRefused(RutanRefusal.CLASS_FULL, verdicts.get(2));
    }

    @Test
    void a_refused_item_takes_no_seat() {
        UUID released = add(InmateStatus.RELEASED, false);
        UUID a = active();
        List<EnrollmentBatchRules.Verdict> verdicts = EnrollmentBatchRules.judge(List.of(released, a), facts, 2, TODAY);
        assertRefused(RutanRefusal.INMATE_NOT_ACTIVE, verdicts.get(0));
        assertInstanceOf(EnrollmentBatchRules.Accepted.class, verdicts.get(1));
    }

    @Test
    void an_inmate_listed_twice_is_refused_the_second_time_as_already_enrolled() {
        UUID a = active();
        List<EnrollmentBatchRules.Verdict> verdicts = EnrollmentBatchRules.judge(List.of(a, a), facts, 0, TODAY);
        assertInstanceOf(EnrollmentBatchRules.Accepted.class, verdicts.get(0));
        assertRefused(RutanRefusal.ALREADY_ENROLLED, verdicts.get(1));
    }

    @Test
    void an_inmate_already_in_the_class_is_refused_as_a_single_request_would_be() {
        UUID enrolled = add(InmateStatus.ACTIVE, true);
        assertRefused(RutanRefusal.ALREADY_ENROLLED,
                EnrollmentBatchRules.judge(List.of(enrolled), facts, 0, TODAY).get(0));
    }

    @Test
    void an_inmate_without_facts_is_unknown() {
        UUID nobody = UUID.randomUUID();
        assertInstanceOf(EnrollmentBatchRules.Unknown.class,
                EnrollmentBatchRules.judge(List.of(nobody), facts, 0, TODAY).get(0));
    }

    private static void assertRefused(RutanRefusal refusal, EnrollmentBatchRules.Verdict verdict) {
        assertEquals(refusal, assertInstanceOf(EnrollmentBatchRules.Rejected.class, verdict).refused().refusal());
    }

    private UUID active() {
        return add(InmateStatus.ACTIVE, false);
    }

    /** An inmate due out after a class of 3 seats; the seats taken in these facts are ignored by the batch. */
    private UUID add(InmateStatus status, boolean alreadyEnrolled) {
        UUID id = UUID.randomUUID();
        facts.put(id, new RequestFacts(CLASS, "PTK-01", LocalDate.of(2026, 2, 2), CLASS_END, 3, 99, 0, 0, 80, id,
                "Budi Santoso", null, LocalDate.of(1990, 3, 15), "MALE", "SMP", status, CLASS_END.plusMonths(6),
                alreadyEnrolled));
        return id;
    }
}
