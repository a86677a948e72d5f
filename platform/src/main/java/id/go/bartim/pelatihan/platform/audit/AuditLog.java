package id.go.bartim.pelatihan.platform.audit;

import id.go.bartim.pelatihan.platform.security.CurrentActor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * Records reads of a single person's record and every write. Joins the caller's transaction, so a
 * write and its audit line commit (or roll back) together.
 */
@ApplicationScoped
public class AuditLog {


    @Inject
    CurrentActor actor;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, Object resourceId) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now(WIB);
        event.actor = actor.name();
        event.action = action;
        event.resourceType = resourceType;
        event.resourceId = resourceId == null ? null : resourceId.toString();
        event.persist();
        Log.debugf("audit %s %s %s by %s", action, resourceType, event.resourceId, event.actor);
    }

    /** For reads, which run without a transaction of their own. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void read(String resourceType, Object resourceId) {
        record("READ", resourceType, resourceId);
    }
}
