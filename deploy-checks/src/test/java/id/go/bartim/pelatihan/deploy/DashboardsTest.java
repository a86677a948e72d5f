package id.go.bartim.pelatihan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.testing.CheckTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code deploy/grafana/*.json} (SPEC 12): each dashboard parses, has a title and a uid, each panel a query; each
 * query is valid PromQL (promtool checks it as a recording rule) and reads only metrics our services export.
 */
class DashboardsTest {

    private static final Path GRAFANA = CheckTools.projectRoot().resolve("deploy/grafana");

    @Test
    void every_dashboard_parses_and_every_panel_has_a_query() throws IOException {
        List<Path> dashboards = dashboards();
        assertFalse(dashboards.isEmpty(), "no dashboard in " + GRAFANA);
        for (Path file : dashboards) {
            JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
            assertFalse(dashboard.path("title").asText().isBlank(), file + " has a title");
            assertFalse(dashboard.path("uid").asText().isBlank(), file + " has a uid");
            assertTrue(dashboard.path("panels").size() > 0, file + " has panels");
            for (JsonNode panel : dashboard.path("panels")) {
                assertTrue(panel.path("targets").size() > 0, panel.path("title") + " has a query");
            }
        }
    }

    @Test
    void every_query_reads_only_metrics_and_labels_the_selected_service_exports() throws IOException {
        queries().forEach((where, expr) -> {
            assertFalse(ExportedMetrics.usedBy(expr).isEmpty(), where + " reads no metric: " + expr);
            assertEquals(List.of(), ExportedMetrics.problems(expr), where + ": " + expr);
        });
    }

    @Test
    void the_journey_shows_decision_latency_quantiles_over_histogram_buckets() throws IOException {
        assertTrue(queries().values().stream().anyMatch(q -> q.contains("histogram_quantile(0.95")
                && q.contains("enrollment_decision_latency_seconds_bucket")));
    }

    @Test
    void the_dead_letters_panel_counts_the_first_message_a_replica_parks(@TempDir Path dir) throws IOException {
        String query = queries().entrySet().stream().filter(q -> q.getKey().contains("Dead letters"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        // A's counter appears at its first park already at 1; b's has been at 3 for more than an hour
        String test = """
                tests:
                  - interval: 1m
                    input_series:
                      - series: 'events_dlq_total{job="rutan-service",instance="a",topic="t",type="x"}'
                        values: '_x62 1x30'
                      - series: 'events_dlq_total{job="rutan-service",instance="b",topic="t",type="x"}'
                        values: '3x100'
                    promql_expr_test:
                      - expr: %s
                        eval_time: 70m
                        exp_samples:
                          - labels: '{job="rutan-service",topic="t"}'
                            value: 1
                """.formatted(new ObjectMapper().writeValueAsString(query));
        Files.writeString(dir.resolve("panel.test.yml"), test);
        CheckTools.Result result = CheckTools.run(dir,
                List.of(CheckTools.binary("promtool").toString(), "test", "rules", "panel.test.yml"));
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void every_query_is_valid_promql(@TempDir Path dir) throws IOException {
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
        int n = 0;
        for (String expr : queries().values()) {
            rules.append("      - record: dashboard:query_").append(n++).append('\n')
                    .append("        expr: ").append(new ObjectMapper().writeValueAsString(expr)).append('\n');
        }
        Files.writeString(dir.resolve("queries.yml"), rules);
        CheckTools.Result result = CheckTools.run(dir,
                List.of(CheckTools.binary("promtool").toString(), "check", "rules", "queries.yml"));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains(n + " rules found"), result.output());
    }

    /** "file / panel / refId" to the query's expression. */
    private static Map<String, String> queries() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Path file : dashboards()) {
            for (JsonNode panel : new ObjectMapper().readTree(file.toFile()).path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.put(file.getFileName() + " / " + panel.path("title").asText() + " / "
                            + target.path("refId").asText(), target.path("expr").asText());
                }
            }
        }
        return queries;
    }

    private static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(GRAFANA)) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
    }
}
