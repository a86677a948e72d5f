package id.go.bartim.pelatihan.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table-driven refusals of bad request bodies (SPEC 2, 8): each case is one request that must get a 4xx problem
 * document, naming the field when it is one, and store nothing, which the row counts of the tables a write touches
 * show.
 */
public final class BadInput {

    /** Over the 1 MiB a body may have. */
    public static final String OVERSIZE = "{\"x\": \"" + "a".repeat(1024 * 1024 + 16) + "\"}";

    private BadInput() {
    }

    /**
     * One request: {@code path} may name fixtures as {@code {inmate}}, filled in when it is sent; {@code field} is the
     * field the problem's {@code errors} must name, or null when none is checked.
     */
    public record Case(String name, String method, String path, String contentType, String body, int status,
                       String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** JSON written with single quotes, to keep a table of cases readable. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /**
     * {@code valid} with the member {@code name} replaced by {@code rawValue} (JSON text as sent: a wrong type, an
     * escape), or left out when {@code rawValue} is null.
     */
    public static String with(Map<String, String> valid, String name, String rawValue) {
        Map<String, String> members = new LinkedHashMap<>(valid);
        if (rawValue == null) {
            members.remove(name);
        } else {
            members.put(name, rawValue);
        }
        StringBuilder body = new StringBuilder("{");
        members.forEach((key, value) -> body.append(body.length() > 1 ? ", " : "")
                .append('"').append(key).append("\": ").append(value));
        return body.append('}').toString();
    }

    /** JSON text of a string value. */
    public static String quoted(String text) {
        return '"' + text + '"';
    }

    /** Sends the case and checks the answer: its status, a problem document, the field named. */
    public static void assertRefused(Supplier<RequestSpecification> client, Case c, Map<String, String> fixtures) {
        String path = c.path();
        for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
            path = path.replace("{" + fixture.getKey() + "}", fixture.getValue());
        }
        RequestSpecification request = client.get().contentType(c.contentType());
        if (c.body() != null) {
            request.body(c.body().getBytes(StandardCharsets.UTF_8));
        }
        Response response = request.request(c.method(), path);
        String answer = response.asString();
        assertEquals(c.status(), response.statusCode(), c + ": " + answer);
        assertTrue(response.contentType().startsWith("application/problem+json"), c + ": " + response.contentType());
        assertEquals(c.status(), response.jsonPath().getInt("status"), c + ": " + answer);
        if (c.field() != null) {
            List<String> fields = response.jsonPath().getList("errors.field");
            assertTrue(fields != null && fields.contains(c.field()), c + ": " + answer);
        }
    }

    /** The result of each counting query (one {@code ?}, bound to {@code actor}, where a query has one). */
    public static Map<String, Long> rowCounts(DataSource dataSource, List<String> queries, String actor) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String sql : queries) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    if (sql.contains("?")) {
                        s.setString(1, actor);
                    }
                    try (ResultSet rows = s.executeQuery()) {
                        rows.next();
                        counts.put(sql, rows.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
