package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.web.ETags;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/** Inmate admissions, changes and releases; every write joins the caller's transaction with its audit line. */
@ApplicationScoped
public class InmateService {

    @Inject
    AuditLog audit;

    @Inject
    InmateStore store;

    @Inject
    EntityManager em;

    @Inject
    PlainStatements statements;

    @Inject
    Validator validator;

    @Inject
    Event<InmateReleased> released;

    @Transactional(Transactional.TxType.MANDATORY)
    public Inmate admit(InmateRequest request) {
        // No select first: the unique constraint is the check. A duplicate fails the insert, which RutanProblems
        // answers with the same 409 (duplicate-registration-number), and nothing is written. The row and its audit
        // line go to the database in one round trip; nothing reads the row back in this transaction, so it is not
        // managed by Hibernate (the response is made from this object).
        Inmate inmate = Inmate.admit(request);
        PlainStatements.Round round = statements.round();
        store.insert(round, inmate);
        audit.record(round, "CREATE", RutanAudit.INMATE, inmate.id);
        round.send();
        Log.debugf("inmate %s admitted", inmate.id);
        return inmate;
    }

    /** Changes the inmate's record as {@code change} makes it, then holds the result to the rules of a new admission. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Inmate patch(UUID id, UnaryOperator<InmateRequest> change, String ifMatch) {
        Inmate inmate = find(id);
        InmateRules.refusalOfChange(id, inmate.anonymisedAt).ifPresent(refused -> {
            throw refused;
        });
        ETags.requireMatch(ifMatch, inmate.version);
        InmateRequest current = InmateRequest.of(inmate);
        InmateRequest merged = change.apply(current);
        Set<ConstraintViolation<InmateRequest>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (merged.equals(current)) {
            return inmate;
        }
        requireUniqueRegistration(merged.registrationNumber(), id);
        inmate.apply(merged);
        audit.record("UPDATE", RutanAudit.INMATE, id, current.changedFields(merged));
        return inmate;
    }

    /** Observers of {@link InmateReleased} act in this transaction, before the release is saved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Inmate release(UUID id, ReleaseRequest request) {
        // Locked before the observers look for the inmate's enrollments: an enrollment going in holds the inmate's
        // row for share, so this waits for it to commit and then finds it (Enrollments.enroll)
        Inmate inmate = find(id, LockModeType.PESSIMISTIC_WRITE);
        inmate.release(request.reason(), request.releaseDate(), LocalDate.now(WIB));
        released.fire(new InmateReleased(id, request.reason().name(), request.releaseDate()));
        audit.record("RELEASE", RutanAudit.INMATE, id);
        Log.debugf("inmate %s left: %s on %s", id, request.reason(), request.releaseDate());
        return inmate;
    }

    /**
     * One person's full record, read with one plain select and returned once the line of its read (SPEC 7) is
     * committed ({@link InmateStore#readAudited}).
     */
    public InmateView read(UUID id) {
        return store.readAudited(id).orElseThrow(() -> new NotFound("Inmate", id));
    }

    public Inmate find(UUID id) {
        return find(id, LockModeType.NONE);
    }

    /** One person's full record, for a caller that records the read itself (a person's own data). */
    public InmateView viewOf(UUID id) {
        return InmateView.of(find(id));
    }

    private Inmate find(UUID id, LockModeType lock) {
        Inmate inmate = Inmate.findById(id, lock);
        if (inmate == null) {
            throw new NotFound("Inmate", id);
        }
        return inmate;
    }

    /** By name, then id; {@code q} matches part of the name or of the registration number, any case. */
    public PageView<InmateSummary> list(String status, String q, PageQuery paging) {
        StringBuilder where = new StringBuilder(" from Inmate i where 1 = 1");
        InmateStatus wanted = parseStatus(status);
        if (wanted != null) {
            where.append(" and i.status = :status");
        }
        String pattern = q == null || q.isBlank()
                ? null : "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%";
        if (pattern != null) {
            where.append(" and (lower(i.fullName) like :q escape '!'")
                    .append(" or lower(i.registrationNumber) like :q escape '!')");
        }
        var page = em.createQuery("select i" + where + " order by lower(i.fullName), i.id", Inmate.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size());
        var count = em.createQuery("select count(i)" + where, Long.class);
        if (wanted != null) {
            page.setParameter("status", wanted);
            count.setParameter("status", wanted);
        }
        if (pattern != null) {
            page.setParameter("q", pattern);
            count.setParameter("q", pattern);
        }
        return new PageView<>(page.getResultList().stream().map(InmateSummary::of).toList(),
                paging.page(), paging.size(), count.getSingleResult());
    }

    private void requireUniqueRegistration(String registrationNumber, UUID self) {
        // A plain select with a cached plan: Panache's count() builds a new count query every call
        boolean taken = !em.createQuery("select i.id from Inmate i where i.registrationNumber = :number", UUID.class)
                .setParameter("number", registrationNumber)
                .setMaxResults(2).getResultList().stream().filter(id -> !id.equals(self)).toList().isEmpty();
        if (taken) {
            throw duplicateRegistrationNumber();
        }
    }

    /** Another inmate has the registration number: from the check before a change or from the unique constraint. */
    public static Refused duplicateRegistrationNumber() {
        return new Refused(RutanRefusal.DUPLICATE_REGISTRATION_NUMBER, "Another inmate has this registration number");
    }

    private static InmateStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return InmateStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw Refused.field(RutanRefusal.INVALID_FIELD, "status",
                    "must be one of " + Arrays.toString(InmateStatus.values()));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
