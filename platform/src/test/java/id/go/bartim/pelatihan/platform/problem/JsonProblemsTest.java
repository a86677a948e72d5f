package id.go.bartim.pelatihan.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.bartim.pelatihan.platform.json.StrictJson;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonProblemsTest {

    enum Sex { MALE, FEMALE }

    record Person(String name, Sex sex, Integer age, LocalDate born, List<String> notes) {
    }

    private static final ObjectMapper MAPPER = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [1,2,3]                                  | body    | must be a JSON object
            42                                       | body    | must be a JSON object
            '"x"'                                    | body    | must be a JSON object
            true                                     | body    | must be a JSON object
            {"name": ["a"]}                          | name    | must be a string
            {"name": {"first": "Ani"}}               | name    | must be a string
            {"name": 42}                             | name    | must be a string
            {"age": true}                            | age     | must be an integer
            {"age": 1.5}                             | age     | must be an integer
            {"age": "10"}                            | age     | must be an integer
            {"age": 99999999999}                     | age     | is out of range
            {"born": 12345}                          | born    | must be a date (YYYY-MM-DD)
            {"born": "15-03-1990"}                   | born    | must be a date (YYYY-MM-DD)
            {"sex": 0}                               | sex     | must be one of [MALE, FEMALE]
            {"sex": "OTHER"}                         | sex     | must be one of [MALE, FEMALE]
            {"notes": "a"}                           | notes   | must be a JSON array
            {"notes": [1]}                           | notes[0] | must be a string
            {"name": "Ani\\u0000"}  | name     | must not contain a NUL character or an unpaired UTF-16 surrogate
            {"notes": ["\\udc00"]}  | notes[0] | must not contain a NUL character or an unpaired UTF-16 surrogate
            {"name": "Ani", "name": "Budi"}          | name    | appears more than once
            {"caseNumber": "1"}                      | caseNumber | unknown field
            {"6204011503900001": 1}                  | …       | unknown field
            {"Budi Santoso": 1}                      | …       | unknown field
            """)
    void names_the_field_and_what_it_must_be(String body, String field, String message) {
        Problem problem = problemOf(body);

        assertEquals(400, problem.status());
        assertTrue(problem.type().endsWith("/validation-failed"), problem.type());
        assertEquals(List.of(new Problem.FieldError(field, message)), problem.errors());
    }

    @Test
    void malformed_json_is_a_400_that_does_not_echo_what_the_body_held() {
        // An unquoted NIK with a typo (letter O for zero) is a bare token the parser would quote back.
        Problem problem = problemOf("{\"nik\": O204011503900001}");

        assertTrue(problem.type().endsWith("/malformed-json"), problem.type());
        assertEquals("The request body is not valid JSON (line 1, column 9)", problem.detail());
    }

    @Test
    void no_answer_repeats_a_value_of_the_body() {
        for (String body : List.of("{\"name\": 6204011503900001}", "{\"age\": \"6204011503900001\"}",
                "{\"sex\": \"6204011503900001\"}", "{\"born\": \"6204011503900001\"}", "\"6204011503900001\"")) {
            Problem problem = problemOf(body);
            assertFalse(problem.toString().contains("204011503900001"), problem.toString());
        }
    }

    private static Problem problemOf(String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readValue(body, Person.class));
        Response response = JsonProblems.answer(e);
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        return (Problem) response.getEntity();
    }
}
