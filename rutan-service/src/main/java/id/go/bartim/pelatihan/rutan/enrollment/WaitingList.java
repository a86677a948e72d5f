package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.rutan.inmate.InmateService;
import id.go.bartim.pelatihan.rutan.training.TrainingClassStore;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A class's waiting list (SPEC 10): adding and removing inmates, listing them, and, when a seat frees, enrolling the
 * first still eligible ({@link WaitingListRules}) in the same transaction as the change that freed it.
 */
@ApplicationScoped
public class WaitingList {

    @Inject
    WaitingListStore store;

    @Inject
    EnrollmentStore enrollments;

    @Inject
    TrainingClassStore classes;

    @Inject
    TrainingClasses trainingClasses;

    @Inject
    InmateService inmates;

    @Inject
    EnrollmentEvents events;

    @Inject
    AuditLog audit;

    @Inject
    PlainStatements statements;

    /** The inmate is already in line for the class: from the check or, after a race, from the unique index. */
    public static Refused alreadyWaiting() {
        return new Refused(RutanRefusal.ALREADY_WAITING, "The inmate is already on the class's waiting list");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public WaitingListEntry add(UUID classId, UUID inmateId) {
        trainingClasses.find(classId);
        inmates.find(inmateId);
        // The class's row, locked until the commit, orders the entries added at once: each gets its own position
        classes.lockSeats(classId);
        if (WaitingListEntry.count("classId = ?1 and inmateId = ?2 and status = ?3", classId, inmateId,
                WaitingStatus.WAITING) > 0) {
            throw alreadyWaiting();
        }
        if (store.holdsPlace(classId, inmateId)) {
            throw EnrollmentRules.alreadyEnrolled();
        }
        WaitingListEntry entry = WaitingListEntry.waiting(classId, inmateId, store.nextPosition(classId),
                BusinessTime.now());
        entry.persist();
        audit.record("CREATE", RutanAudit.WAITING_LIST_ENTRY, inmateId);
        return entry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(UUID classId, UUID inmateId) {
        // The class's row first, as a promotion holds it: the removal waits for a promotion that may enroll the
        // inmate, or the promotion finds the entry gone
        classes.lockSeats(classId);
        long removed = WaitingListEntry.delete("classId = ?1 and inmateId = ?2 and status = ?3", classId, inmateId,
                WaitingStatus.WAITING);
        if (removed == 0) {
            trainingClasses.find(classId);
            throw NotFound.because("Inmate " + inmateId + " is not waiting for class " + classId);
        }
        audit.record("DELETE", RutanAudit.WAITING_LIST_ENTRY, inmateId);
    }

    /** Every entry of the list, WAITING or settled, in list order. */
    public PageView<WaitingListEntry> list(UUID classId, PageQuery paging) {
        trainingClasses.find(classId);
        var query = WaitingListEntry.<WaitingListEntry>find("classId", Sort.by("position"), classId)
                .page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list(), paging.page(), paging.size(), query.count());
    }

    /** The inmate's entries on every class's list, WAITING or settled, oldest first (their own data, SPEC 9). */
    public List<WaitingListEntryView> ofInmate(UUID inmateId) {
        return WaitingListEntry.<WaitingListEntry>find("inmateId", Sort.by("addedAt").and("id"), inmateId).list()
                .stream().map(WaitingListEntryView::of).toList();
    }

    /**
     * A seat of the class was just freed in this transaction, its row locked by that update: the first WAITING entry
     * still eligible is enrolled (PENDING, its event through the outbox) and those refused before it are skipped. The
     * lock makes a second seat freed at once wait, and then find this entry settled and the seat taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promote(UUID classId) {
        List<UUID> waiting = store.waiting(classId);
        if (waiting.isEmpty()) {
            return;
        }
        OffsetDateTime now = BusinessTime.now();
        Map<UUID, RequestFacts> facts = enrollments.batchFacts(classId, waiting, now.toLocalDate());
        WaitingListRules.Promotion promotion = WaitingListRules.next(waiting, facts, now.toLocalDate());
        if (promotion.skipped().isEmpty() && promotion.enroll().isEmpty()) {
            return;
        }
        PlainStatements.Round round = statements.round();
        for (WaitingListRules.Skip skip : promotion.skipped()) {
            store.skipped(round, classId, skip.inmateId(), skip.refused().refusal().code(), now);
            audit.record(round, "SKIP", RutanAudit.WAITING_LIST_ENTRY, skip.inmateId());
        }
        int seat = -1;
        if (promotion.enroll().isPresent()) {
            RequestFacts f = promotion.enroll().get();
            Enrollment e = Enrollment.request(classId, f.inmateId(), f.programCode(), now);
            enrollments.insert(round, e);
            events.requested(round, e, f);
            audit.record(round, "CREATE", RutanAudit.ENROLLMENT, e.id);
            store.enrolled(round, classId, f.inmateId(), e.id, now);
            audit.record(round, "ENROLL", RutanAudit.WAITING_LIST_ENTRY, f.inmateId());
            seat = classes.takeSeat(round, classId);
            Log.debugf("waiting list of class %s: enrolled %s as %s", classId, f.inmateId(), e.id);
        }
        int[] counts = round.send();
        if (seat >= 0 && counts[seat] != 1) {
            throw new IllegalStateException("class " + classId + " had a free seat under its lock, then none");
        }
    }
}
