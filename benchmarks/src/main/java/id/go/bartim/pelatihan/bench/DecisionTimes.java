package id.go.bartim.pelatihan.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Each enrollment's journey, from the timestamps the services wrote in their own databases (read after the
 * fact, never by polling the API): requested on rutan, published by rutan's relay, picked up by disnaker, decided,
 * published by disnaker's relay, applied on rutan. All clocks are this machine's, so they compare.
 */
final class DecisionTimes {

    /** Epoch nanoseconds of each step; 0 where a step left no trace. */
    record Journey(String enrollmentId, String status, long requested, long requestPublished, long pickedUp,
            long decided, long decisionPublished, long applied) {
    }

    private DecisionTimes() {
    }

    /** Blocks until rutan has no PENDING enrollment left, or the deadline; returns whether all were decided. */
    static boolean awaitNoPending(BenchSystem system, long deadlineNanos) throws SQLException, InterruptedException {
        try (Connection rutan = system.connect("rutan"); Statement st = rutan.createStatement()) {
            while (System.nanoTime() < deadlineNanos) {
                try (ResultSet rs = st.executeQuery("select count(*) from enrollment where status = 'PENDING'")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return true;
                    }
                }
                Thread.sleep(50);
            }
        }
        return false;
    }

    static Map<String, Journey> of(BenchSystem system, Set<String> enrollmentIds) throws SQLException {
        Map<String, Object[]> enrollments = new HashMap<>();
        Map<String, Long> requestPublished = new HashMap<>();
        Map<String, String> requestEvent = new HashMap<>();
        Map<String, Long> processedOnDisnaker = new HashMap<>();
        Map<String, long[]> decisionEvent = new HashMap<>();
        Map<String, String> decisionEventId = new HashMap<>();
        Map<String, Long> processedOnRutan = new HashMap<>();
        try (Connection rutan = system.connect("rutan"); Statement st = rutan.createStatement()) {
            query(st, "select id::text, status, requested_at, decided_at from enrollment", rs -> {
                enrollments.put(rs.getString(1), new Object[] {rs.getString(2), nanos(rs, 3), nanos(rs, 4)});
            });
            query(st, "select message_key, event_id::text, published_at from outbox_message"
                    + " where event_type = 'rutan.enrollment.requested.v1'", rs -> {
                requestEvent.put(rs.getString(1), rs.getString(2));
                requestPublished.put(rs.getString(1), nanos(rs, 3));
            });
            query(st, "select event_id::text, processed_at from processed_event", rs ->
                    processedOnRutan.put(rs.getString(1), nanos(rs, 2)));
        }
        try (Connection disnaker = system.connect("disnaker"); Statement st = disnaker.createStatement()) {
            query(st, "select event_id::text, processed_at from processed_event", rs ->
                    processedOnDisnaker.put(rs.getString(1), nanos(rs, 2)));
            query(st, "select message_key, event_id::text, occurred_at, published_at from outbox_message"
                    + " where event_type in ('disnaker.enrollment.accepted.v1', 'disnaker.enrollment.rejected.v1')",
                    rs -> {
                        decisionEventId.put(rs.getString(1), rs.getString(2));
                        decisionEvent.put(rs.getString(1), new long[] {nanos(rs, 3), nanos(rs, 4)});
                    });
        }
        Map<String, Journey> journeys = new LinkedHashMap<>();
        for (String id : enrollmentIds) {
            Object[] e = enrollments.get(id);
            if (e == null) {
                continue;
            }
            long[] decision = decisionEvent.getOrDefault(id, new long[2]);
            journeys.put(id, new Journey(id, (String) e[0], (Long) e[1],
                    requestPublished.getOrDefault(id, 0L),
                    processedOnDisnaker.getOrDefault(requestEvent.get(id), 0L),
                    (Long) e[2], decision[1],
                    processedOnRutan.getOrDefault(decisionEventId.get(id), 0L)));
        }
        return journeys;
    }

    /** Percentiles of {@code to - from} over the journeys where both steps happened. */
    static Latencies between(Collection<Journey> journeys, ToLongFunction<Journey> from, ToLongFunction<Journey> to) {
        List<Long> values = new ArrayList<>();
        for (Journey j : journeys) {
            long a = from.applyAsLong(j);
            long b = to.applyAsLong(j);
            if (a != 0 && b != 0) {
                values.add(b - a);
            }
        }
        return new Latencies(values.stream().mapToLong(Long::longValue).toArray());
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Statement st, String sql, Row row) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    private static long nanos(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? 0 : Clock.epochNanos(t);
    }
}
