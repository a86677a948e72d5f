package id.go.bartim.pelatihan.platform.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.bartim.pelatihan.contract.program.ProgramUpserted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the strict mapper refuses that Jackson's defaults took, and what it still reads. */
class StrictJsonTest {

    enum Sex { MALE, FEMALE }

    record Body(String text, Integer count, Boolean active, LocalDate date,
                @JsonFormat(pattern = "HH:mm") LocalTime time, OffsetDateTime at, Sex sex, UUID id, List<String> list) {
    }

    /** As Quarkus makes it (dates written as text), then made strict. */
    private static final ObjectMapper MAPPER = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE));

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"date\": 12345}", "{\"date\": [2003, 10, 20]}", "{\"date\": []}", "{\"date\": 1.5}", "{\"date\": \"\"}",
        "{\"date\": \"2026-01-01T10:00:00Z\"}", "{\"date\": \"2026-02-30\"}",
        "{\"time\": 510}", "{\"time\": [8, 30]}", "{\"time\": \"08:30:15\"}", "{\"time\": \"\"}",
        "{\"at\": 12345}", "{\"at\": 1.5}", "{\"at\": \"\"}",
        "{\"count\": 1.5}", "{\"count\": 1.0}", "{\"count\": \"10\"}", "{\"count\": true}", "{\"count\": \"\"}",
        "{\"active\": \"true\"}", "{\"active\": 1}", "{\"active\": \"\"}",
        "{\"text\": 42}", "{\"text\": true}", "{\"text\": 1.5}", "{\"text\": [\"a\"]}", "{\"text\": {}}",
        "{\"text\": \"a\\u0000b\"}", "{\"text\": \"\\ud800\"}", "{\"list\": [\"\\u0000\"]}", "{\"list\": [1]}",
        "{\"sex\": 0}", "{\"sex\": \"0\"}", "{\"sex\": \"\"}", "{\"sex\": \"male\"}",
        "{\"id\": 42}", "{\"id\": \"\"}",
        "{\"text\": \"a\", \"text\": \"b\"}", "{\"list\": [{\"x\": 1, \"x\": 2}]}",
        "[1, 2, 3]", "42", "\"x\"", "true"})
    void refuses_what_jackson_would_coerce(String json) {
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(json, Body.class));
    }

    @Test
    void reads_every_type_from_its_own_json_form() throws Exception {
        Body body = MAPPER.readValue("""
                {"text": "Budi \\uD83D\\uDD27", "count": 10, "active": true, "date": "2026-03-15", "time": "08:30",
                 "at": "2026-01-05T09:00:00+07:00", "sex": "FEMALE", "id": "3f9c2a4e-8d1b-4c5e-9a7f-2b6d8e1c0f45",
                 "list": ["a", ""]}""", Body.class);

        assertEquals(new Body("Budi \uD83D\uDD27", 10, true, LocalDate.of(2026, 3, 15), LocalTime.of(8, 30),
                OffsetDateTime.parse("2026-01-05T09:00:00+07:00"), Sex.FEMALE,
                UUID.fromString("3f9c2a4e-8d1b-4c5e-9a7f-2b6d8e1c0f45"), List.of("a", "")), body);
        assertEquals(new Body(null, null, null, null, null, null, null, null, null),
                MAPPER.readValue("{\"text\": null, \"count\": null, \"date\": null, \"sex\": null}", Body.class));
    }

    @Test
    void reads_the_events_as_their_producer_writes_them() throws Exception {
        ProgramUpserted program = new ProgramUpserted("PTK-01", "Pertukangan Kayu", "Konstruksi", null, 160, 80,
                List.of("F.45KKK00.001.1"), true, 3, OffsetDateTime.parse("2026-01-05T09:00:00+07:00"));

        String json = MAPPER.writeValueAsString(program);

        assertEquals(program, MAPPER.readValue(json, ProgramUpserted.class));
    }
}
