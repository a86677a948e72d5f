package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.testing.BadInput;
import id.go.bartim.pelatihan.testing.BadInput.Case;
import id.go.bartim.pelatihan.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.testing.BadInput.OVERSIZE;
import static id.go.bartim.pelatihan.testing.BadInput.json;
import static id.go.bartim.pelatihan.testing.BadInput.quoted;
import static id.go.bartim.pelatihan.testing.BadInput.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every body disnaker takes, sent wrong (SPEC 2, 8): the wrong shape, the wrong type, a value out of range, a NUL or an
 * unpaired surrogate, a key twice, an unknown field, too large. Each gets a 4xx problem document naming the field,
 * never a 5xx, and leaves every table a write touches as it was.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class BadInputTest {

    private static final String OFFICER = "bad-input-officer";
    private static final String JSON = "application/json";
    private static final AtomicInteger SEQ = new AtomicInteger();
    /** What a refused request could have written; the audit and idempotency rows of this test's officer only. */
    private static final List<String> TABLES = List.of("select count(*) from program",
            "select count(*) from quota_year", "select count(*) from partner_allocation",
            "select count(*) from quota_slot", "select count(*) from participant",
            "select count(*) from enrollment_decision", "select count(*) from certificate",
            "select count(*) from outbox_message", "select count(*) from idempotency_record where actor = ?",
            "select count(*) from audit_event where actor = ?");

    private static Map<String, String> fixtures;

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void is_refused_with_a_problem_and_changes_nothing(Case c) {
        setUpOnce();
        Map<String, Long> before = BadInput.rowCounts(dataSource, TABLES, OFFICER);

        BadInput.assertRefused(BadInputTest::officer, c, fixtures);

        assertEquals(before, BadInput.rowCounts(dataSource, TABLES, OFFICER), c + " changed a table");
    }

    private synchronized void setUpOnce() {
        if (fixtures != null) {
            return;
        }
        // A year no other test counts in, so a PUT that passed would add its row
        Map<String, String> ids = Map.of("program", program(), "year", Integer.toString(freshYear()));
        fixtures = ids;
    }

    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.forRole("disnaker-officer", OFFICER)).header("Idempotency-Key",
                UUID.randomUUID().toString());
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        programs(cases);
        programUpdates(cases);
        targets(cases);
        allocations(cases);
        return cases;
    }

    private static void programs(List<Case> cases) {
        String path = "/api/v1/programs";
        for (String shape : List.of("[1, 2, 3]", "42", "\"x\"", "true", "[]")) {
            cases.add(new Case("program as " + shape, "POST", path, JSON, shape, 400, "body"));
        }
        cases.add(new Case("program as null", "POST", path, JSON, "null", 400, null));
        cases.add(new Case("program without a body", "POST", path, JSON, null, 400, null));
        cases.add(new Case("program cut short", "POST", path, JSON, "{\"code\": ", 400, null));
        String[][] fields = {
            {"code", "42"}, {"code", "[\"PTK-01\"]"}, {"code", quoted("PTK-\\u0000")}, {"code", quoted("ptk-01")},
            {"name", json("{'id': 1}")}, {"name", quoted("Las\\u0000")}, {"name", quoted("\\ud800 Las")},
            {"name", quoted("N".repeat(121))}, {"sector", "true"}, {"description", quoted("Dasar\\u0000")},
            {"description", quoted("D".repeat(2001))}, {"trainingHours", "1.5"}, {"trainingHours", quoted("160")},
            {"trainingHours", "true"}, {"trainingHours", "7"}, {"trainingHours", "99999999999"},
            {"trainingHours", "[160]"}, {"minAttendancePercent", "80.5"}, {"minAttendancePercent", quoted("80")},
            {"minAttendancePercent", "49"}, {"competencyUnits", quoted("F.45KKK00.001.1")},
            {"active", quoted("true")}, {"active", "1"}, {"active", quoted("")}, {"status", quoted("RETIRED")}};
        for (String[] field : fields) {
            cases.add(new Case("program " + field[0] + " " + field[1], "POST", path, JSON,
                    with(programBody(freshCode()), field[0], field[1]), 400, field[0]));
        }
        String[][] units = {{"[1]", "competencyUnits[0]"}, {"[\"F\\u0000\"]", "competencyUnits[0]"}, {"[\"\"]", null}};
        for (String[] unit : units) {
            cases.add(new Case("program competencyUnits " + unit[0], "POST", path, JSON,
                    with(programBody(freshCode()), "competencyUnits", unit[0]), 400, unit[1]));
        }
        cases.add(new Case("program of 51 units", "POST", path, JSON, with(programBody(freshCode()), "competencyUnits",
                "[" + String.join(", ", Collections.nCopies(51, quoted("F.1"))) + "]"), 400, "competencyUnits"));
        cases.add(new Case("program code twice", "POST", path, JSON,
                with(programBody(freshCode()), "code", quoted(freshCode()) + ", \"code\": " + quoted(freshCode())), 400,
                "code"));
        cases.add(new Case("program over 1 MiB", "POST", path, JSON, OVERSIZE, 413, null));
    }

    private static void programUpdates(List<Case> cases) {
        String path = "/api/v1/programs/{program}";
        cases.add(new Case("program update as [1]", "PUT", path, JSON, "[1]", 400, "body"));
        String[][] fields = {
            {"trainingHours", quoted("160")}, {"active", quoted("false")}, {"name", "42"},
            {"name", quoted("Las\\u0000")}, {"minAttendancePercent", "1.5"}, {"code", "1"},
            {"competencyUnits", json("{'a': 1}")}};
        for (String[] field : fields) {
            cases.add(new Case("program update " + field[0] + " " + field[1], "PUT", path, JSON,
                    with(programBody(null), field[0], field[1]), 400, field[0]));
        }
        cases.add(new Case("program update name twice", "PUT", path, JSON,
                with(programBody(null), "name", quoted("Las") + ", \"name\": " + quoted("Jahit")), 400, "name"));
        cases.add(new Case("program update over 1 MiB", "PUT", path, JSON, OVERSIZE, 413, null));
    }

    private static void targets(List<Case> cases) {
        String path = "/api/v1/quota/{year}";
        String[][] bodies = {
            {"[1000]", "body"}, {"1000", "body"}, {json("{'target': '1000'}"), "target"},
            {json("{'target': 1000.5}"), "target"}, {json("{'target': true}"), "target"},
            {json("{'target': -1}"), "target"}, {json("{'target': 100001}"), "target"},
            {json("{'target': 99999999999}"), "target"}, {json("{'target': 10, 'target': 20}"), "target"},
            {json("{'target': 10, 'extra': 1}"), "extra"}, {json("{'target': null}"), "target"}};
        for (String[] body : bodies) {
            cases.add(new Case("target " + body[0], "PUT", path, JSON, body[0], 400, body[1]));
        }
        cases.add(new Case("target over 1 MiB", "PUT", path, JSON, OVERSIZE, 413, null));
    }

    private static void allocations(List<Case> cases) {
        String path = "/api/v1/quota/{year}/partners/RUTAN-TML";
        String[][] bodies = {
            {json("{'allocation': '150'}"), "allocation"}, {json("{'allocation': 1.5}"), "allocation"},
            {json("{'allocation': false}"), "allocation"}, {json("{'allocation': -1}"), "allocation"},
            {json("{'allocation': [150]}"), "allocation"}, {"[\"150\"]", "body"}, {"\"x\"", "body"},
            {"{}", "allocation"}};
        for (String[] body : bodies) {
            cases.add(new Case("allocation " + body[0], "PUT", path, JSON, body[0], 400, body[1]));
        }
        cases.add(new Case("allocation over 1 MiB", "PUT", path, JSON, OVERSIZE, 413, null));
    }

    private static String freshCode() {
        return "BAD-" + (10 + SEQ.incrementAndGet());
    }

    /** A valid program, each with its own code, so one that passed would be stored and counted. */
    private static Map<String, String> programBody(String code) {
        Map<String, String> body = new LinkedHashMap<>();
        if (code != null) {
            body.put("code", quoted(code));
        }
        body.put("name", quoted("Pengelasan Dasar"));
        body.put("sector", quoted("Manufaktur"));
        body.put("description", quoted("Las listrik"));
        body.put("trainingHours", "160");
        body.put("minAttendancePercent", "80");
        body.put("competencyUnits", "[\"F.45KKK00.001.1\"]");
        return body;
    }
}
