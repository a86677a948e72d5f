package id.go.bartim.pelatihan.rutan.operations;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.accept;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** What operators see: metrics of the exchange and the state of the outbox and consumers in health. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class OperationsVisibilityTest {

    @Test
    void metrics_show_published_consumed_backlog_and_decision_latency() {
        accept(enrolled(runningClass(program(80), 5), inmate()));

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("outbox_published_total{"))
                .body(containsString("events_consumed_total{"))
                .body(containsString("outbox_backlog "))
                .body(containsString("outbox_oldest_age_seconds "))
                // A histogram with fixed buckets (aggregatable across replicas), not client-side percentiles
                .body(anyOf(containsString("enrollment_decision_latency_seconds_bucket{le=\"60.0\",outcome=\"accepted\"}"),
                        containsString("enrollment_decision_latency_seconds_bucket{outcome=\"accepted\",le=\"60.0\"}")));
    }

    @Test
    void readiness_reports_outbox_backlog_kafka_and_consumers() {
        accept(enrolled(runningClass(program(80), 5), inmate()));

        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.data.backlog", notNullValue())
                .body("checks.find { it.name == 'kafka' }.data.reachable", org.hamcrest.Matchers.equalTo(true))
                .body("checks.find { it.name == 'consumers' }.data.'rutan.enrollment-decisions.lastEventAt'",
                        notNullValue());
    }
}
