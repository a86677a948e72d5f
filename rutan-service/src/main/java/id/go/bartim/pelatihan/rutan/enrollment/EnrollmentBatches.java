package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.training.TrainingClassStore;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Many enrollment requests into one class at once (SPEC 10): the facts of every inmate in one query, the class's seats
 * locked in a second, each item judged by {@link EnrollmentBatchRules}, and the accepted ones written with their
 * events, audit lines and seats in one round trip of four statements (one per table), in the caller's transaction.
 * Refused items write nothing.
 */
@ApplicationScoped
public class EnrollmentBatches {

    @Inject
    EnrollmentStore store;

    @Inject
    TrainingClassStore classes;

    @Inject
    TrainingClasses trainingClasses;

    @Inject
    EnrollmentEvents events;

    @Inject
    AuditLog audit;

    @Inject
    PlainStatements statements;

    /** The verdict of each item, in order, and the enrollment made for each accepted one, by inmate id. */
    public record Batched(List<EnrollmentBatchRules.Verdict> verdicts, Map<UUID, Enrollments.Requested> enrolled) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Batched enroll(UUID classId, List<UUID> inmateIds) {
        OffsetDateTime now = BusinessTime.now();
        // Inmates first, then the class: the order a single request and a release lock them in
        Map<UUID, RequestFacts> facts = store.batchFacts(classId, inmateIds, now.toLocalDate());
        int seatsTaken = classes.lockSeats(classId).orElseGet(() -> {
            trainingClasses.find(classId);
            throw new IllegalStateException("class " + classId + " exists but its row was not found");
        });
        List<EnrollmentBatchRules.Verdict> verdicts =
                EnrollmentBatchRules.judge(inmateIds, facts, seatsTaken, now.toLocalDate());
        Map<UUID, Enrollments.Requested> enrolled = new LinkedHashMap<>();
        for (EnrollmentBatchRules.Verdict verdict : verdicts) {
            if (verdict instanceof EnrollmentBatchRules.Accepted accepted) {
                RequestFacts f = accepted.facts();
                Enrollment e = Enrollment.request(classId, f.inmateId(), f.programCode(), now);
                enrolled.put(f.inmateId(), new Enrollments.Requested(e, f.newAttendance()));
            }
        }
        if (enrolled.isEmpty()) {
            return new Batched(verdicts, enrolled);
        }
        // One statement per table for the whole batch: as many per item cost the database most of the request
        List<Enrollment> rows = enrolled.values().stream().map(Enrollments.Requested::enrollment).toList();
        PlainStatements.Round round = statements.round();
        store.insertAll(round, rows);
        events.requestedAll(round, List.copyOf(enrolled.values()), facts);
        audit.recordAll(round, "CREATE", RutanAudit.ENROLLMENT, rows.stream().map(e -> e.id).toList());
        // The class's row is locked since the rule counted its seats, so this finds them free; it stays the backstop
        int seats = classes.takeSeats(round, classId, enrolled.size());
        if (round.send()[seats] != 1) {
            throw EnrollmentRules.classFull(facts.values().iterator().next().capacity());
        }
        return new Batched(verdicts, enrolled);
    }
}
