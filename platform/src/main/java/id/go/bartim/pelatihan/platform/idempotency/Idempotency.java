package id.go.bartim.pelatihan.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on POST (SPEC 2). The key is claimed and the first response stored in the
 * same transaction as the write, so a repeat replays that response and never acts twice; a
 * concurrent repeat waits on the key's row until the first commits. Keys are scoped to the caller.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentActor actor;

    @Inject
    CurrentVertxRequest request;

    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String key, Object body, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.badRequest("invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 200 characters");
        }
        String operation = request.getCurrent().request().method() + " " + request.getCurrent().request().path();
        String hash = hash(operation, body);
        int claimed = em.createNativeQuery("""
                        insert into idempotency_record (actor, idem_key, request_hash, created_at)
                        values (:actor, :key, :hash, now()) on conflict do nothing""")
                .setParameter("actor", actor.name()).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, hash);
        }
        Response response = action.get();
        em.createNativeQuery("""
                        update idempotency_record set status = :status, location = :location, etag = :etag, body = :body
                        where actor = :actor and idem_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("location", header(response, HttpHeaders.LOCATION))
                .setParameter("etag", header(response, HttpHeaders.ETAG))
                .setParameter("body", toJson(response.getEntity()))
                .setParameter("actor", actor.name()).setParameter("key", key)
                .executeUpdate();
        return response;
    }

    private Response replay(String key, String hash) {
        List<?> rows = em.createNativeQuery("""
                        select request_hash, status, location, etag, body from idempotency_record
                        where actor = :actor and idem_key = :key""")
                .setParameter("actor", actor.name()).setParameter("key", key)
                .getResultList();
        Object[] row = (Object[]) rows.get(0);
        if (!hash.equals(row[0]) || row[1] == null) {
            throw ProblemException.rule("idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request");
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            replay.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            replay.header(HttpHeaders.ETAG, row[3]);
        }
        if (row[4] != null) {
            replay.entity(row[4]).type(MediaType.APPLICATION_JSON);
        }
        return replay.build();
    }

    /** Keys are kept a day: long enough for any client retry, short enough to stay small. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOldKeys() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_record where created_at < now() - interval '24 hours'").executeUpdate());
    }

    private String hash(String operation, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            String json = toJson(body);
            digest.update(json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }

    private static String header(Response response, String name) {
        Object value = response.getHeaders().getFirst(name);
        return value == null ? null : value.toString();
    }
}
