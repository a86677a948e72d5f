package id.go.bartim.pelatihan.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on POST (SPEC 2). The key is claimed and the first response stored in the
 * same transaction as the write, so a repeat replays that response and never acts twice; a
 * concurrent repeat waits on the key's row until the first commits. Keys are scoped to the caller, and kept a day
 * ({@link IdempotencyRetention}).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** Claims the caller's key; a repeat finds it claimed (and waits while the first is not committed). */
    private static final String CLAIM = """
            insert into idempotency_record (actor, idem_key, request_hash, created_at)
            values (?, ?, ?, now()) on conflict do nothing""";

    /** The first response, stored with its claim for the repeats to replay. */
    private static final String STORE_RESPONSE = """
            update idempotency_record set status = ?, location = ?, etag = ?, body = ?
            where actor = ? and idem_key = ?""";

    /** What a repeat replays, and the request it must match. */
    private static final String STORED = """
            select request_hash, status, location, etag, body from idempotency_record
            where actor = ? and idem_key = ?""";

    /** A row of {@link #STORED}; {@code status} is null if no response was stored with the claim. */
    private record Stored(String requestHash, Integer status, String location, String etag, String body) {

        static Stored read(ResultSet row) throws SQLException {
            return new Stored(row.getString(1), row.getObject(2, Integer.class), row.getString(3), row.getString(4),
                    row.getString(5));
        }
    }

    @Inject
    PlainStatements statements;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    CurrentVertxRequest request;

    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String key, Object body, Supplier<Response> action) {
        return execute(key, body, null, action);
    }

    /**
     * As {@link #execute(String, Object, Supplier)}, for a response that holds one person's data: a replay serves
     * that data again, so it is recorded as a read of {@code auditType} with the {@code id} of the stored body
     * (SPEC 9), before anything is served.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String key, Object body, String auditType, Supplier<Response> action) {
        return execute(key, body, auditType, "id", action);
    }

    /**
     * As {@link #execute(String, Object, String, Supplier)}, for a response whose record is named by the field
     * {@code idField} of the stored body rather than {@code id} (a certificate by its {@code number}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String key, Object body, String auditType, String idField, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.badRequest("invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 200 characters");
        }
        String operation = request.getCurrent().request().method() + " " + request.getCurrent().request().path();
        String hash = hash(operation, body);
        int claimed = statements.execute(CLAIM, actor.name(), key, hash);
        if (claimed == 0) {
            return replay(key, hash, auditType, idField);
        }
        Response response = action.get();
        statements.execute(STORE_RESPONSE, response.getStatus(), header(response, HttpHeaders.LOCATION),
                header(response, HttpHeaders.ETAG), toJson(response.getEntity()), actor.name(), key);
        return response;
    }

    private Response replay(String key, String hash, String auditType, String idField) {
        Stored stored = statements.query(STORED, Stored::read, actor.name(), key).get(0);
        if (!hash.equals(stored.requestHash()) || stored.status() == null) {
            throw ProblemException.rule("idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request");
        }
        Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            replay.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body() != null) {
            if (auditType != null) {
                audit.read(auditType, idOf(stored.body(), idField));
            }
            replay.entity(stored.body()).type(MediaType.APPLICATION_JSON);
        }
        return replay.build();
    }

    /** The field {@code idField} of a stored response body: the id of the record it holds. */
    private String idOf(String body, String idField) {
        try {
            return mapper.readTree(body).path(idField).asText(null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored response is not JSON", e);
        }
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
