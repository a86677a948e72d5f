package id.go.bartim.pelatihan.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who is acting: the token's subject for REST calls; for work no token started, whoever {@link #actingAs} names
 * (a consumed event as {@code event:<ce_source>} with its {@code ce_id}, a scheduled job by its name).
 */
@RequestScoped
public class CurrentActor {

    /** Who acted when nothing named an actor: no token, no event, no job. */
    public static final String SYSTEM = "system:event-consumer";

    /** An actor named for work on this thread, and the event it applies, if any. */
    public record Acting(String name, UUID eventId) {

        /** A consumed event: {@code event:<ce_source>} (SPEC 9), with its {@code ce_id}. */
        public static Acting event(String source, UUID eventId) {
            return new Acting("event:" + (source == null || source.isBlank() ? "unknown-source" : source), eventId);
        }

        /** A job of the service itself, such as {@code retention}. */
        public static Acting job(String name) {
            return new Acting(name, null);
        }
    }

    private static final ThreadLocal<Acting> ACTING = new ThreadLocal<>();

    @Inject
    SecurityIdentity identity;

    /** Runs {@code work} on this thread as {@code acting}; the one before is restored afterwards. */
    public static <T> T actingAs(Acting acting, Supplier<T> work) {
        Acting before = ACTING.get();
        ACTING.set(acting);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    /** Runs {@code work} on this thread as {@code acting}. */
    public static void actingAs(Acting acting, Runnable work) {
        actingAs(acting, () -> {
            work.run();
            return null;
        });
    }

    /** The actor {@link #actingAs} named for this thread; empty in a REST call. Needs no request context. */
    public static Optional<Acting> acting() {
        return Optional.ofNullable(ACTING.get());
    }

    public String name() {
        Acting acting = ACTING.get();
        if (acting != null) {
            return acting.name();
        }
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity != null && identity.hasRole(role);
    }
}
