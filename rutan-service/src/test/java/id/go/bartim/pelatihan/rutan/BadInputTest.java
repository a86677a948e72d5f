package id.go.bartim.pelatihan.rutan;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.testing.BadInput.OVERSIZE;
import static id.go.bartim.pelatihan.testing.BadInput.json;
import static id.go.bartim.pelatihan.testing.BadInput.quoted;
import static id.go.bartim.pelatihan.testing.BadInput.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every body rutan takes, sent wrong (SPEC 2, 8): the wrong shape, the wrong type, a value out of range, a NUL or an
 * unpaired surrogate, a key twice, an unknown value, too large. Each gets a 4xx problem document naming the field,
 * never a 5xx, and leaves every table a write touches as it was.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class BadInputTest {

    private static final String OFFICER = "bad-input-officer";
    private static final String JSON = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final AtomicInteger SEQ = new AtomicInteger();
    /** What a refused request could have written; the audit and idempotency rows of this test's officer only. */
    private static final List<String> TABLES = List.of("select count(*) from inmate",
            "select count(*) from training_class", "select count(*) from class_session",
            "select count(*) from holiday",
            "select count(*) from enrollment", "select count(*) from attendance_record",
            "select count(*) from attendance_change", "select count(*) from excusal",
            "select count(*) from program_replica", "select count(*) from outbox_message",
            "select count(*) from idempotency_record where actor = ?",
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
        String classId = runningClass(program(80), 5);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("class", classId);
        ids.put("session", session(classId, today(), 2));
        ids.put("enrollment", acceptedEnrollment(classId));
        ids.put("inmate", inmate());
        fixtures = ids;
    }

    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.forRole("rutan-officer", OFFICER)).header("Idempotency-Key",
                UUID.randomUUID().toString());
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        inmates(cases);
        inmatePatches(cases);
        releases(cases);
        classes(cases);
        sessions(cases);
        sessionPlans(cases);
        holidays(cases);
        enrollments(cases);
        attendance(cases);
        excusals(cases);
        return cases;
    }

    private static void inmates(List<Case> cases) {
        String path = "/api/v1/inmates";
        for (String shape : List.of("[1, 2, 3]", "42", "\"x\"", "true", "[]")) {
            cases.add(new Case("inmate as " + shape, "POST", path, JSON, shape, 400, "body"));
        }
        cases.add(new Case("inmate as null", "POST", path, JSON, "null", 400, null));
        cases.add(new Case("inmate without a body", "POST", path, JSON, null, 400, null));
        cases.add(new Case("inmate cut short", "POST", path, JSON, "{\"fullName\": ", 400, null));
        String[][] fields = {
            {"fullName", "[\"Budi\"]"}, {"fullName", json("{'first': 'Budi'}")}, {"fullName", "42"},
            {"fullName", "true"}, {"fullName", quoted("Budi\\u0000Santoso")}, {"fullName", quoted("Budi \\ud800")},
            {"fullName", quoted("B".repeat(151))}, {"birthDate", "12345"}, {"birthDate", "[1990, 3, 15]"},
            {"birthDate", quoted("1990-03-15T00:00:00Z")}, {"birthDate", quoted("")},
            {"birthDate", quoted("1990-02-30")},
            {"admissionDate", "1.5"}, {"expectedReleaseDate", "20270101"}, {"sex", "0"}, {"sex", quoted("male")},
            {"custodyStatus", quoted("FREE")}, {"registerClass", quoted("C.I")}, {"educationLevel", "3"},
            {"nik", "6204011503900001"}, {"cellBlock", quoted("Blok\\u0000B")}, {"caseNumber", quoted("12/Pid/2026")}};
        for (String[] field : fields) {
            cases.add(new Case("inmate " + field[0] + " " + field[1], "POST", path, JSON,
                    with(registration(), field[0], field[1]), 400, field[0]));
        }
        cases.add(new Case("inmate fullName with a raw NUL", "POST", path, JSON,
                with(registration(), "fullName", quoted("Budi\u0000")), 400, null));
        cases.add(new Case("inmate fullName twice", "POST", path, JSON,
                with(registration(), "fullName", quoted("Budi") + ", \"fullName\": " + quoted("Ani")), 400,
                "fullName"));
        cases.add(new Case("inmate over 1 MiB", "POST", path, JSON, OVERSIZE, 413, null));
    }

    private static void inmatePatches(List<Case> cases) {
        String path = "/api/v1/inmates/{inmate}";
        String[][] patches = {
            {"[1]", "body"}, {"\"x\"", "body"}, {json("{'birthDate': 12345}"), "birthDate"},
            {json("{'expectedReleaseDate': [2027, 1, 1]}"), "expectedReleaseDate"},
            {json("{'fullName': 'Budi\\u0000'}"), "fullName"}, {json("{'fullName': 42}"), "fullName"},
            {json("{'sex': 1}"), "sex"}, {json("{'cellBlock': 'A', 'cellBlock': 'B'}"), "cellBlock"},
            {json("{'status': 'RELEASED'}"), "status"}};
        for (String[] patch : patches) {
            cases.add(new Case("patch " + patch[0], "PATCH", path, MERGE_PATCH, patch[0], 400, patch[1]));
        }
        cases.add(new Case("patch over 1 MiB", "PATCH", path, MERGE_PATCH, OVERSIZE, 413, null));
    }

    private static void releases(List<Case> cases) {
        String path = "/api/v1/inmates/{inmate}/release";
        String today = quoted(today().toString());
        String[][] bodies = {
            {"[]", "body"}, {json("{'releaseDate': 12345, 'reason': 'RELEASED'}"), "releaseDate"},
            {json("{'releaseDate': '', 'reason': 'RELEASED'}"), "releaseDate"},
            {"{\"releaseDate\": " + today + ", \"reason\": 0}", "reason"},
            {"{\"releaseDate\": " + today + ", \"reason\": \"ESCAPED\"}", "reason"}};
        for (String[] body : bodies) {
            cases.add(new Case("release " + body[0], "POST", path, JSON, body[0], 400, body[1]));
        }
    }

    private static void classes(List<Case> cases) {
        String path = "/api/v1/classes";
        cases.add(new Case("class as [1, 2, 3]", "POST", path, JSON, "[1, 2, 3]", 400, "body"));
        String[][] fields = {
            {"capacity", "1.5"}, {"capacity", quoted("10")}, {"capacity", "true"}, {"capacity", "0"},
            {"capacity", "99999999999"}, {"startDate", "12345"}, {"name", quoted("Kelas\\u0000")},
            {"programCode", "[\"PTK-01\"]"}, {"location", quoted("L".repeat(151))},
            {"instructorName", quoted("\\udc00Sutrisno")}};
        for (String[] field : fields) {
            cases.add(new Case("class " + field[0] + " " + field[1], "POST", path, JSON,
                    with(classBody(), field[0], field[1]), 400, field[0]));
        }
        cases.add(new Case("class capacity twice", "POST", path, JSON,
                with(classBody(), "capacity", "5, \"capacity\": 6"), 400, "capacity"));
        cases.add(new Case("class over 1 MiB", "POST", path, JSON, OVERSIZE, 413, null));
    }

    private static void sessions(List<Case> cases) {
        String path = "/api/v1/classes/{class}/sessions";
        cases.add(new Case("session as 42", "POST", path, JSON, "42", 400, "body"));
        String[][] fields = {
            {"startTime", "510"}, {"startTime", "[8, 30]"}, {"startTime", quoted("8:30:15")}, {"hours", "1.5"},
            {"hours", quoted("4")}, {"hours", "9"}, {"topic", quoted("Materi\\u0000")}, {"date", "12345"}};
        for (String[] field : fields) {
            cases.add(new Case("session " + field[0] + " " + field[1], "POST", path, JSON,
                    with(sessionBody(), field[0], field[1]), 400, field[0]));
        }
    }

    private static void sessionPlans(List<Case> cases) {
        String path = "/api/v1/classes/{class}/session-plan";
        cases.add(new Case("session plan as []", "POST", path, JSON, "[]", 400, "body"));
        // {field, value, the field the problem names}: a bad element is named with its index
        String[][] fields = {
            {"weekdays", quoted("MONDAY"), "weekdays"}, {"weekdays", "[\"SENIN\"]", "weekdays[0]"},
            {"weekdays", "[]", "weekdays"}, {"weekdays", "[1]", "weekdays[0]"},
            {"startTime", quoted("8 pagi"), "startTime"}, {"hours", "0", "hours"}, {"hours", quoted("2"), "hours"},
            {"from", "12345", "from"}, {"until", quoted("2026-02-30"), "until"},
            {"topic", quoted("Materi\\u0000"), "topic"}};
        for (String[] field : fields) {
            cases.add(new Case("session plan " + field[0] + " " + field[1], "POST", path, JSON,
                    with(sessionPlanBody(), field[0], field[1]), 400, field[2]));
        }
    }

    private static void holidays(List<Case> cases) {
        String path = "/api/v1/holidays/" + today().plusYears(1);
        cases.add(new Case("holiday as [1]", "PUT", path, JSON, "[1]", 400, "body"));
        String[][] names = {{"42"}, {"[\"Libur\"]"}, {quoted("")}, {quoted("L".repeat(101))},
            {quoted("Libur\\u0000")}};
        for (String[] name : names) {
            cases.add(new Case("holiday name " + name[0], "PUT", path, JSON, "{\"name\": " + name[0] + "}", 400,
                    "name"));
        }
        cases.add(new Case("holiday on no date", "PUT", "/api/v1/holidays/2026-13-01", JSON,
                "{\"name\": \"Libur\"}", 400, "date"));
    }

    private static void enrollments(List<Case> cases) {
        String enroll = "/api/v1/classes/{class}/enrollments";
        String[][] bodies = {
            {json("{'inmateId': 42}"), "inmateId"}, {json("{'inmateId': 'not-a-uuid'}"), "inmateId"},
            {json("{'inmateId': ''}"), "inmateId"}, {json("[{'inmateId': null}]"), "body"},
            {json("{'inmateId': {'id': 1}}"), "inmateId"}, {json("{'inmateId': '\\u0000'}"), "inmateId"}};
        for (String[] body : bodies) {
            cases.add(new Case("enroll " + body[0], "POST", enroll, JSON, body[0], 400, body[1]));
        }
        String withdrawal = "/api/v1/enrollments/{enrollment}/withdrawal";
        String[][] withdrawals = {
            {json("{'reason': 0}"), "reason"}, {json("{'reason': 'BORED'}"), "reason"},
            {json("{'reason': 'HEALTH', 'note': 'Sakit\\u0000'}"), "note"},
            {json("{'reason': 'HEALTH', 'note': 42}"), "note"},
            {json("{'reason': ['HEALTH']}"), "reason"}, {"true", "body"}};
        for (String[] body : withdrawals) {
            cases.add(new Case("withdraw " + body[0], "POST", withdrawal, JSON, body[0], 400, body[1]));
        }
        String completion = "/api/v1/enrollments/{enrollment}/completion";
        String today = today().toString();
        String[][] completions = {
            {json("{'outcome': 1, 'assessedOn': '" + today + "', 'assessorName': 'Hendra'}"), "outcome"},
            {json("{'outcome': 'GOOD', 'assessedOn': '" + today + "', 'assessorName': 'Hendra'}"), "outcome"},
            {json("{'outcome': 'COMPETENT', 'assessedOn': 12345, 'assessorName': 'Hendra'}"), "assessedOn"},
            {json("{'outcome': 'COMPETENT', 'assessedOn': '2026-13-01', 'assessorName': 'Hendra'}"), "assessedOn"},
            {json("{'outcome': 'COMPETENT', 'assessedOn': '" + today + "', 'assessorName': '\\u0000'}"),
                "assessorName"},
            {json("{'outcome': 'COMPETENT', 'assessedOn': '" + today + "', 'assessorName': ''}"), "assessorName"}};
        for (String[] body : completions) {
            cases.add(new Case("complete " + body[0], "POST", completion, JSON, body[0], 400, body[1]));
        }
    }

    private static void attendance(List<Case> cases) {
        String path = "/api/v1/classes/{class}/sessions/{session}/attendance";
        String id = UUID.randomUUID().toString();
        String[][] bodies = {
            {"{}", "body"}, {"\"x\"", "body"}, {"[1]", "[0]"},
            {json("[{'enrollmentId': 42, 'status': 'PRESENT'}]"), "[0].enrollmentId"},
            {json("[{'enrollmentId': '" + id + "', 'status': 0}]"), "[0].status"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'HERE'}]"), "[0].status"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'SICK', 'note': 'Klinik\\u0000'}]"), "[0].note"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'PRESENT', 'reason': 'MEDICAL'}]"), "[0].reason"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'SICK', 'reason': 'MEDICAL'}]"), "[0].reason"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'EXCUSED', 'reason': 'OTHER'}]"), "[0].note"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'ABSENT', 'reason': 'OTHER', 'note': ' '}]"),
                "[0].note"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'EXCUSED', 'reason': 'NAPPING'}]"), "[0].reason"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'EXCUSED', 'reason': 4}]"), "[0].reason"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'LATE', 'correctionNote': '" + "c".repeat(501)
                + "'}]"), "[0].correctionNote"},
            {json("[{'enrollmentId': '" + id + "', 'status': 'LATE', 'correctionNote': 'Koreksi\\u0000'}]"),
                "[0].correctionNote"},
            {"[null]", null}};
        for (String[] body : bodies) {
            cases.add(new Case("attendance " + body[0], "PUT", path, JSON, body[0], 400, body[1]));
        }
        String entry = json("{'enrollmentId': '" + id + "', 'status': 'PRESENT'}");
        cases.add(new Case("attendance of 501 entries", "PUT", path, JSON,
                "[" + String.join(", ", java.util.Collections.nCopies(501, entry)) + "]", 400, null));
        cases.add(new Case("attendance over 1 MiB", "PUT", path, JSON, OVERSIZE, 413, null));
    }

    private static void excusals(List<Case> cases) {
        String path = "/api/v1/enrollments/{enrollment}/excusals";
        String today = today().toString();
        cases.add(new Case("excusal as []", "POST", path, JSON, "[]", 400, "body"));
        String[][] bodies = {
            {json("{'from': 20260309, 'until': '" + today + "', 'reason': 'MEDICAL'}"), "from"},
            {json("{'from': '" + today + "', 'until': '2026-02-30', 'reason': 'MEDICAL'}"), "until"},
            {json("{'from': '" + today + "', 'reason': 'MEDICAL'}"), "until"},
            {json("{'from': '" + today + "', 'until': '" + today().minusDays(1) + "', 'reason': 'MEDICAL'}"),
                "until"},
            {json("{'from': '" + today + "', 'until': '" + today + "', 'reason': 'NAPPING'}"), "reason"},
            {json("{'from': '" + today + "', 'until': '" + today + "', 'reason': ['MEDICAL']}"), "reason"},
            {json("{'from': '" + today + "', 'until': '" + today + "', 'reason': 'OTHER'}"), "note"},
            {json("{'from': '" + today + "', 'until': '" + today + "', 'reason': 'OTHER', 'note': ' '}"), "note"},
            {json("{'from': '" + today + "', 'until': '" + today + "', 'reason': 'MEDICAL', 'note': 'K\\u0000'}"),
                "note"},
            {json("{'from': '" + today + "', 'until': '" + today + "', 'reason': 'MEDICAL', 'note': '"
                + "n".repeat(501) + "'}"), "note"}};
        for (String[] body : bodies) {
            cases.add(new Case("excusal " + body[0], "POST", path, JSON, body[0], 400, body[1]));
        }
        cases.add(new Case("excusal over 1 MiB", "POST", path, JSON, OVERSIZE, 413, null));
    }

    /** A valid registration, each with its own number, so one that passed would be stored and counted. */
    private static Map<String, String> registration() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("registrationNumber", quoted("AI.BAD." + SEQ.incrementAndGet()));
        body.put("registerClass", quoted("A.I"));
        body.put("fullName", quoted("Budi Santoso"));
        body.put("nik", quoted("6204011503900001"));
        body.put("birthDate", quoted("1990-03-15"));
        body.put("sex", quoted("MALE"));
        body.put("custodyStatus", quoted("DETAINEE"));
        body.put("admissionDate", quoted(today().minusMonths(2).toString()));
        body.put("cellBlock", quoted("Blok B-3"));
        return body;
    }

    private static Map<String, String> classBody() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("programCode", quoted("PTK-01"));
        body.put("name", quoted("Kelas Las"));
        body.put("startDate", quoted(today().toString()));
        body.put("endDate", quoted(today().plusDays(30).toString()));
        body.put("capacity", "5");
        return body;
    }

    private static Map<String, String> sessionPlanBody() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("weekdays", "[\"MONDAY\"]");
        body.put("startTime", quoted("10:00"));
        body.put("hours", "2");
        body.put("from", quoted(today().toString()));
        body.put("until", quoted(today().plusDays(6).toString()));
        body.put("topic", quoted("Materi"));
        return body;
    }

    private static Map<String, String> sessionBody() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("date", quoted(today().toString()));
        body.put("startTime", quoted("08:30"));
        body.put("hours", "2");
        body.put("topic", quoted("Materi"));
        return body;
    }
}
