package id.go.bartim.pelatihan.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The enrollment phases: set-up data, the steady rate (decision latency) and the burst (decisions per second). */
final class DecisionPhases {

    static final String PROGRAM = "BEN-01";
    private static final Pattern METRIC = Pattern.compile(
            "enrollment_decision_latency_seconds\\{([^}]*)\\}\\s+([0-9.eE+-]+)");

    private final BenchSystem system;
    private final Api api;
    private final Load load;
    private int classSeq;

    /** Enrollments posted: id → epoch nanos at which the 202 arrived. */
    record Posted(Map<String, Long> acceptedAt, Load.Result result) {
    }

    DecisionPhases(BenchSystem system, Api api, Load load) {
        this.system = system;
        this.api = api;
        this.load = load;
    }

    /** The program (waited for on rutan) and a quota target no phase can exhaust. */
    void prepare() throws InterruptedException {
        api.program(PROGRAM);
        api.quotaTarget(Api.CLASS_START.getYear(), 100_000);
    }

    /** {@code n} new inmates, created through the API at fixed concurrency (not timed). */
    List<String> inmates(int n) throws InterruptedException {
        String[] ids = new String[n];
        Load.Result r = load.run(new Load.Spec("create-inmates", 8, 0, n, Duration.ofHours(1), 201,
                api::postInmate, (i, response, at) -> ids[(int) i] = Api.idFromLocation(response)));
        if (r.errors() > 0) {
            throw new IllegalStateException("Creating inmates failed: " + r.firstError());
        }
        return List.of(ids);
    }

    /** Enough classes of 500 seats for {@code n} enrollments. */
    List<String> classes(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < (n + Api.CLASS_CAPACITY - 1) / Api.CLASS_CAPACITY; i++) {
            ids.add(api.trainingClass(PROGRAM, "Kelas benchmark " + (++classSeq)));
        }
        return ids;
    }

    /**
     * Enrolls {@code inmates} (each once, spread over {@code classes}), at {@code rate} per second, or as fast as
     * the API takes them with {@code threads} in flight when the rate is 0.
     */
    Posted post(String name, List<String> inmates, List<String> classes, double rate, int threads)
            throws InterruptedException {
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        Load.Result result = load.run(new Load.Spec(name, threads, rate, inmates.size(), Duration.ofHours(1), 202,
                i -> api.postEnrollment(classes.get((int) (i % classes.size())), inmates.get((int) i)),
                (i, response, at) -> {
                    if (response.statusCode() == 202) {
                        acceptedAt.put(Api.idFromLocation(response), at);
                    }
                }));
        return new Posted(acceptedAt, result);
    }

    /** rutan's own timer {@code enrollment_decision_latency_seconds}, outcome → quantile → milliseconds. */
    Map<String, Object> decisionLatencyMetric() {
        HttpResponse<String> response = api.send(api.metrics());
        Map<String, Object> byOutcome = new LinkedHashMap<>();
        Matcher m = METRIC.matcher(response.body());
        while (m.find()) {
            Map<String, String> labels = labels(m.group(1));
            if (labels.containsKey("quantile")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> q = (Map<String, Object>) byOutcome.computeIfAbsent(labels.get("outcome"),
                        k -> new LinkedHashMap<>());
                q.put("p" + Math.round(Double.parseDouble(labels.get("quantile")) * 100) + "_ms",
                        Double.parseDouble(m.group(2)) * 1000);
            }
        }
        return byOutcome;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(text);
        while (m.find()) {
            labels.put(m.group(1), m.group(2));
        }
        return labels;
    }

    /** The year's quota next to what both databases hold: exact when they all agree. */
    Map<String, Object> quotaCheck(long expectedAccepted) throws SQLException {
        int year = Api.CLASS_START.getYear();
        String quota = api.quota(year);
        long reserved = Api.field(quota, "reserved");
        long trained = Api.field(quota, "trained");
        long target = Api.field(quota, "target");
        long available = Api.field(quota, "available");
        long rutanAccepted = count("rutan", "select count(*) from enrollment where status = 'ACCEPTED'");
        long rutanPending = count("rutan", "select count(*) from enrollment where status = 'PENDING'");
        long disnakerAccepted = count("disnaker", "select count(*) from enrollment_decision where status = 'ACCEPTED'");
        long disnakerRejected = count("disnaker", "select count(*) from enrollment_decision where status = 'REJECTED'");
        long slots = count("disnaker", "select count(*) from quota_slot where year = " + year);
        boolean exact = reserved == expectedAccepted && rutanAccepted == expectedAccepted
                && disnakerAccepted == expectedAccepted && slots == expectedAccepted && trained == 0
                && rutanPending == 0 && disnakerRejected == 0 && available == target - reserved - trained;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("expected_accepted", expectedAccepted);
        m.put("quota_target", target);
        m.put("quota_reserved", reserved);
        m.put("quota_trained", trained);
        m.put("quota_available", available);
        m.put("quota_slot_rows", slots);
        m.put("rutan_accepted", rutanAccepted);
        m.put("rutan_pending", rutanPending);
        m.put("disnaker_accepted", disnakerAccepted);
        m.put("disnaker_rejected", disnakerRejected);
        m.put("exact", exact);
        return m;
    }

    private long count(String database, String sql) throws SQLException {
        try (Connection c = system.connect(database); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Set<String> ids(Posted posted) {
        return new HashSet<>(posted.acceptedAt().keySet());
    }
}
