package id.go.bartim.pelatihan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.bartim.pelatihan.testing.CheckTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code deploy/prometheus/alerts.yml} (SPEC 12): valid for promtool, each alert's expression unit-tested by
 * {@code alerts.test.yml}, each reading only metrics our services export; and the checks are real (a broken copy
 * fails them).
 */
class AlertRulesTest {

    private static final Path PROMETHEUS = CheckTools.projectRoot().resolve("deploy/prometheus");

    @Test
    void the_rules_pass_promtool_check_rules() {
        CheckTools.Result result = promtool(PROMETHEUS, "check", "rules", "alerts.yml");
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void every_alert_fires_as_its_unit_tests_expect() {
        CheckTools.Result result = promtool(PROMETHEUS, "test", "rules", "alerts.test.yml");
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void every_alert_is_covered_by_a_unit_test() throws IOException {
        Set<String> tested = new TreeSet<>();
        for (JsonNode test : yaml("alerts.test.yml").path("tests")) {
            test.path("alert_rule_test").forEach(t -> tested.add(t.path("alertname").asText()));
        }
        assertEquals(alerts().keySet(), tested);
    }

    @Test
    void a_rule_file_with_a_broken_expression_fails_promtool(@TempDir Path dir) throws IOException {
        String rules = Files.readString(PROMETHEUS.resolve("alerts.yml"))
                .replace("max by (job) (outbox_oldest_age_seconds) > 300", "max by (job) (outbox_oldest_age_seconds >");
        Files.writeString(dir.resolve("alerts.yml"), rules);
        CheckTools.Result result = promtool(dir, "check", "rules", "alerts.yml");
        assertNotEquals(0, result.exitCode(), result.output());
    }

    @Test
    void a_rule_with_the_wrong_threshold_fails_its_unit_test(@TempDir Path dir) throws IOException {
        String rules = Files.readString(PROMETHEUS.resolve("alerts.yml"))
                .replace("max by (job) (enrollments_pending_oldest_age_seconds) > 900",
                        "max by (job) (enrollments_pending_oldest_age_seconds) > 9000");
        Files.writeString(dir.resolve("alerts.yml"), rules);
        Files.copy(PROMETHEUS.resolve("alerts.test.yml"), dir.resolve("alerts.test.yml"));
        CheckTools.Result result = promtool(dir, "test", "rules", "alerts.test.yml");
        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("EnrollmentsPendingTooLong"), result.output());
    }

    @Test
    void every_alert_reads_only_metrics_and_labels_the_selected_service_exports() throws IOException {
        alerts().forEach((alert, expr) -> {
            assertTrue(!ExportedMetrics.usedBy(expr).isEmpty(), alert + " reads no metric: " + expr);
            assertEquals(List.of(), ExportedMetrics.problems(expr), alert + ": " + expr);
        });
    }

    @Test
    void the_export_check_sees_a_metric_of_the_other_service_and_an_unknown_label() {
        assertEquals(List.of(), ExportedMetrics.problems(
                "sum by (job, topic) (increase(events_dlq_total{job=~\"rutan-service|disnaker-service\"}[15m])) > 0"));
        assertEquals(List.of("enrollments_pending_oldest_age_seconds selects job disnaker-service, which does not export it"),
                ExportedMetrics.problems("max(enrollments_pending_oldest_age_seconds{job=\"disnaker-service\"}) > 900"));
        assertEquals(List.of("outbox_published_total has no label outcome"),
                ExportedMetrics.problems("sum(rate(outbox_published_total{outcome=\"applied\"}[5m]))"));
        assertEquals(List.of("by (topc): no metric of the expression has that label"),
                ExportedMetrics.problems("sum by (job, topc) (increase(events_dlq_total[15m]))"));
        assertEquals(List.of("by (outcome): no metric of the expression has that label"),
                ExportedMetrics.problems("sum by (outcome) (rate(outbox_published_total[5m]))"));
    }

    @Test
    void the_metric_name_reader_sees_through_labels_and_functions() {
        assertEquals(Set.of("events_dlq_total"),
                ExportedMetrics.usedBy("sum by (job, topic) (increase(events_dlq_total{job=~\"a|b\"}[15m])) > 0"));
        assertEquals(Set.of("a_bucket", "a_count"), ExportedMetrics.usedBy(
                "histogram_quantile(0.95, sum by (le) (rate(a_bucket[10m]))) > 6e1 and sum(rate(a_count[1m])) > 0"));
    }

    /** Alert name to expression. */
    private static java.util.Map<String, String> alerts() throws IOException {
        java.util.Map<String, String> alerts = new java.util.TreeMap<>();
        for (JsonNode group : yaml("alerts.yml").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                alerts.put(rule.path("alert").asText(), rule.path("expr").asText());
            }
        }
        return alerts;
    }

    private static JsonNode yaml(String file) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(PROMETHEUS.resolve(file).toFile());
    }

    private static CheckTools.Result promtool(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(CheckTools.binary("promtool").toString()));
        command.addAll(List.of(args));
        return CheckTools.run(dir, command);
    }
}
