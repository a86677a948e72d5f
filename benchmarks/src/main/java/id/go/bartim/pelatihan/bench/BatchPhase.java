package id.go.bartim.pelatihan.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The batch phase (SPEC 10, {@code POST /api/v1/classes/{classId}/enrollment-batches}): batches posted one after
 * another, each into a class of its own (a class has 500 seats), one in flight, as an officer's tool would send
 * them. Each batch's answer time is measured from the send to the whole answer read; the enrollments it made are
 * read back from rutan's database for their journeys.
 */
final class BatchPhase {

    private final BenchSystem system;
    private final Api api;
    private final DecisionPhases decisions;

    /** One run of batches in a row: each batch's answer time, when the first was sent, what was accepted. */
    record Run(long[] answerNanos, long startEpochNanos, int accepted, int refused, Set<String> enrollmentIds) {
    }

    BatchPhase(BenchSystem system, Api api, DecisionPhases decisions) {
        this.system = system;
        this.api = api;
        this.decisions = decisions;
    }

    /** Inmates and classes for {@code count} batches of {@code size} (not timed): one class per batch. */
    record Prepared(List<String> inmates, List<String> classes, int size) {
    }

    Prepared prepare(int count, int size) throws InterruptedException {
        List<String> inmates = decisions.inmates(count * size);
        List<String> classes = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            classes.addAll(decisions.classes(size));
        }
        return new Prepared(inmates, classes, size);
    }

    /** Posts the prepared batches in a row, each once the previous one was answered. */
    Run run(Prepared p) throws SQLException {
        long[] answers = new long[p.classes().size()];
        int accepted = 0;
        int refused = 0;
        long startEpoch = Clock.epochNanos();
        for (int b = 0; b < answers.length; b++) {
            HttpRequest request = api.postEnrollmentBatch(p.classes().get(b),
                    p.inmates().subList(b * p.size(), (b + 1) * p.size()));
            long begin = System.nanoTime();
            HttpResponse<String> response = api.send(request);
            answers[b] = System.nanoTime() - begin;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("batch " + b + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            accepted += (int) Api.field(response.body(), "accepted");
            refused += (int) Api.field(response.body(), "refused");
        }
        return new Run(answers, startEpoch, accepted, refused, enrollmentsOf(p.classes()));
    }

    private Set<String> enrollmentsOf(List<String> classes) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = system.connect("rutan");
                PreparedStatement st = c.prepareStatement("select id::text from enrollment where class_id = any(?)")) {
            st.setArray(1, c.createArrayOf("uuid", classes.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
