package id.go.bartim.pelatihan.deploy;

import id.go.bartim.pelatihan.testing.CheckTools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The series our services export ({@code deploy/prometheus/metrics/*.txt}, each checked against {@code /q/metrics} by
 * that service's MetricsExportTest), and the metric names a PromQL expression reads.
 */
final class ExportedMetrics {

    /** Made by Prometheus itself for every scrape target, not by a service. */
    static final Set<String> FROM_PROMETHEUS = Set.of("up");

    private static final Set<String> PROMQL_WORDS = Set.of("sum", "min", "max", "avg", "count", "stddev", "stdvar",
            "topk", "bottomk", "quantile", "count_values", "group", "by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "bool", "offset", "rate", "irate", "increase", "delta", "idelta",
            "deriv", "histogram_quantile", "abs", "clamp_min", "clamp_max", "time", "vector", "scalar", "absent",
            "changes", "resets", "sort", "sort_desc", "label_replace", "label_join", "avg_over_time",
            "max_over_time", "min_over_time", "sum_over_time", "count_over_time", "last_over_time", "inf", "nan");

    /** Labels every series has (added by Prometheus from the scrape target). */
    static final Set<String> ON_EVERY_SERIES = Set.of("job", "instance");

    /**
     * The other labels our metrics carry, and which metrics carry each (from the Micrometer tags in the services'
     * code; {@code le} on every histogram bucket).
     */
    static final Map<String, Set<String>> LABELS = Map.of(
            "topic", Set.of("events_dlq_total", "events_consumed_total", "outbox_published_total",
                    "outbox_publish_lag_seconds_bucket"),
            "type", Set.of("events_dlq_total", "events_consumed_total", "outbox_published_total"),
            "outcome", Set.of("events_consumed_total", "enrollment_decision_latency_seconds_bucket",
                    "enrollment_decision_latency_seconds_count"),
            "method", Set.of("http_server_requests_seconds_bucket", "http_server_requests_seconds_count"),
            "status", Set.of("http_server_requests_seconds_bucket", "http_server_requests_seconds_count"),
            "uri", Set.of("http_server_requests_seconds_bucket", "http_server_requests_seconds_count"));

    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without)\\s*\\(([^)]*)\\)");

    private static final Pattern WORD = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private ExportedMetrics() {
    }

    static Set<String> all() {
        Set<String> names = new TreeSet<>(FROM_PROMETHEUS);
        services().forEach(service -> names.addAll(of(service)));
        return names;
    }

    /** The services with a list: {@code deploy/prometheus/metrics/<job>.txt}, named as their scrape job. */
    static Set<String> services() {
        try (Stream<Path> lists = Files.list(CheckTools.projectRoot().resolve("deploy/prometheus/metrics"))) {
            Set<String> services = new TreeSet<>();
            lists.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .forEach(n -> services.add(n.substring(0, n.length() - ".txt".length())));
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the service whose scrape job is {@code job} exports, with Prometheus's own {@code up}. */
    static Set<String> of(String job) {
        Set<String> names = new TreeSet<>(FROM_PROMETHEUS);
        names.addAll(id.go.bartim.pelatihan.testing.ExportedMetrics.listed(job));
        return names;
    }

    /**
     * What is wrong with {@code expr}: a metric selected with {@code job="x"} (or {@code job=~"x|y"}) that service x
     * does not export, a metric no service exports, a label name in a selector or in by()/without() that none of the
     * metrics it applies to carries. Empty when nothing is.
     */
    static List<String> problems(String expr) {
        List<String> problems = new ArrayList<>();
        Set<String> exported = all();
        Set<String> used = usedBy(expr);
        for (String metric : used) {
            if (!exported.contains(metric)) {
                problems.add(metric + " is exported by no service");
            }
        }
        Matcher selector = SELECTOR.matcher(expr);
        while (selector.find()) {
            String metric = selector.group(1);
            Matcher matcher = MATCHER.matcher(selector.group(2));
            while (matcher.find()) {
                String label = matcher.group(1);
                if (!carries(metric, label)) {
                    problems.add(metric + " has no label " + label);
                }
                if (label.equals("job") && (matcher.group(2).equals("=") || matcher.group(2).equals("=~"))) {
                    for (String job : matcher.group(3).split("\\|")) {
                        if (!services().contains(job)) {
                            problems.add(metric + " selects job " + job + ", which has no metric list");
                        } else if (!of(job).contains(metric)) {
                            problems.add(metric + " selects job " + job + ", which does not export it");
                        }
                    }
                }
            }
        }
        Matcher grouping = GROUPING.matcher(expr);
        while (grouping.find()) {
            for (String label : grouping.group(2).split(",")) {
                String name = label.strip();
                if (!name.isEmpty() && used.stream().noneMatch(metric -> carries(metric, name))) {
                    problems.add(grouping.group(1) + " (" + name + "): no metric of the expression has that label");
                }
            }
        }
        return problems;
    }

    private static boolean carries(String metric, String label) {
        return ON_EVERY_SERIES.contains(label)
                || label.equals("le") && metric.endsWith("_bucket")
                || LABELS.getOrDefault(label, Set.of()).contains(metric);
    }

    /** The metric names {@code expr} reads: its words less label matchers, grouping labels, ranges and PromQL's own. */
    static Set<String> usedBy(String expr) {
        String bare = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = WORD.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean partOfNumber = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!PROMQL_WORDS.contains(word.toLowerCase()) && !partOfNumber) {
                names.add(word);
            }
        }
        return names;
    }
}
