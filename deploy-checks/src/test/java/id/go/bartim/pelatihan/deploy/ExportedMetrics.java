package id.go.bartim.pelatihan.deploy;

import id.go.bartim.pelatihan.testing.CheckTools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final Pattern WORD = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private ExportedMetrics() {
    }

    static Set<String> all() {
        Set<String> names = new TreeSet<>(FROM_PROMETHEUS);
        try (Stream<Path> lists = Files.list(CheckTools.projectRoot().resolve("deploy/prometheus/metrics"))) {
            for (Path list : lists.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.readAllLines(list).stream().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(names::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
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
