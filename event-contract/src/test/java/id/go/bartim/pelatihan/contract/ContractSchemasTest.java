package id.go.bartim.pelatihan.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import id.go.bartim.pelatihan.contract.decision.CertificateRevoked;
import id.go.bartim.pelatihan.contract.enrollment.ClassDates;
import id.go.bartim.pelatihan.contract.program.ProgramRetired;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the payload records, the JSON Schemas and the AsyncAPI document in step. */
class ContractSchemasTest {

    private static final String SCHEMA_DIR = "contract/schemas/";
    private static final String ASYNCAPI = "contract/asyncapi.yaml";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Schema {@code $id}s (and so cross-schema {@code $ref}s) live under this prefix. */
    private static final String SCHEMA_ID_PREFIX = "https://pelatihan.bartim.go.id/contract/schemas/";
    /** Resolves our own {@code $id}s from the classpath, so no schema is fetched over the network. */
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID_PREFIX, "classpath:" + SCHEMA_DIR)));
    private static final SchemaValidatorsConfig ASSERT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static Stream<String> eventTypes() {
        return EventTypes.PAYLOADS.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void sample_payload_of_each_type_is_valid_against_its_schema(String type) throws IOException {
        assertValid(type, serialize(SampleEvents.of(type)));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void payload_of_each_type_reads_back_into_an_equal_record(String type) throws IOException {
        Object sample = SampleEvents.of(type);
        assertEquals(sample, JSON.treeToValue(serialize(sample), EventTypes.PAYLOADS.get(type)));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void examples_in_each_schema_are_valid_against_it(String type) {
        JsonNode examples = readResource(SCHEMA_DIR + type + ".json", JSON).path("examples");
        assertFalse(examples.isEmpty(), type + " schema has no examples");
        examples.forEach(example -> assertValid(type, example));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void each_schema_is_a_valid_draft_2020_12_schema(String type) {
        JsonSchema metaSchema = SCHEMAS.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), ASSERT_FORMATS);
        Set<ValidationMessage> errors = metaSchema.validate(readResource(SCHEMA_DIR + type + ".json", JSON));
        assertTrue(errors.isEmpty(), () -> type + ": " + errors);
    }

    @Test
    void requested_payload_with_an_extra_inmate_field_is_rejected() throws IOException {
        ObjectNode payload = (ObjectNode) serialize(SampleEvents.of(EventTypes.ENROLLMENT_REQUESTED));
        payload.put("custodyStatus", "DETAINEE");

        assertFalse(validate(EventTypes.ENROLLMENT_REQUESTED, payload).isEmpty());
    }

    @Test
    void requested_participant_with_an_extra_field_is_rejected() throws IOException {
        ObjectNode payload = (ObjectNode) serialize(SampleEvents.of(EventTypes.ENROLLMENT_REQUESTED));
        ((ObjectNode) payload.get("participant")).put("cellBlock", "Blok B");

        assertFalse(validate(EventTypes.ENROLLMENT_REQUESTED, payload).isEmpty());
    }

    @Test
    void requested_payload_of_an_inmate_without_nik_is_valid_and_carries_an_explicit_null() throws IOException {
        JsonNode payload = serialize(SampleEvents.requested(SampleEvents.participant(null)));

        assertTrue(payload.get("participant").get("nik").isNull());
        assertValid(EventTypes.ENROLLMENT_REQUESTED, payload);
    }

    @Test
    void requested_payload_with_a_malformed_nik_is_rejected() throws IOException {
        JsonNode payload = serialize(SampleEvents.requested(SampleEvents.participant("62040152039")));

        assertFalse(validate(EventTypes.ENROLLMENT_REQUESTED, payload).isEmpty());
    }

    @Test
    void revoked_payload_with_a_blank_or_over_long_reason_is_rejected() throws IOException {
        ObjectNode payload = (ObjectNode) serialize(SampleEvents.of(EventTypes.CERTIFICATE_REVOKED));
        payload.put("reason", "   ");
        assertFalse(validate(EventTypes.CERTIFICATE_REVOKED, payload).isEmpty());
        payload.put("reason", "x".repeat(CertificateRevoked.REASON_MAX_LENGTH + 1));
        assertFalse(validate(EventTypes.CERTIFICATE_REVOKED, payload).isEmpty());
        payload.put("reason", "x".repeat(CertificateRevoked.REASON_MAX_LENGTH));
        assertValid(EventTypes.CERTIFICATE_REVOKED, payload);
    }

    @Test
    void revoked_payload_without_its_reason_or_date_is_rejected() throws IOException {
        ObjectNode payload = (ObjectNode) serialize(SampleEvents.of(EventTypes.CERTIFICATE_REVOKED));
        payload.putNull("reason");
        assertFalse(validate(EventTypes.CERTIFICATE_REVOKED, payload).isEmpty());
        payload = (ObjectNode) serialize(SampleEvents.of(EventTypes.CERTIFICATE_REVOKED));
        payload.remove("revokedOn");
        assertFalse(validate(EventTypes.CERTIFICATE_REVOKED, payload).isEmpty());
    }

    @Test
    void a_certificate_is_revoked_on_the_topic_it_was_issued_on() {
        assertEquals(EventTypes.topicOf(EventTypes.CERTIFICATE_ISSUED), EventTypes.topicOf(EventTypes.CERTIFICATE_REVOKED));
    }

    @Test
    void requested_payload_of_a_class_dated_on_the_edges_of_class_dates_is_valid() throws IOException {
        assertValid(EventTypes.ENROLLMENT_REQUESTED, serialize(SampleEvents.requested(ClassDates.EARLIEST,
                ClassDates.LATEST, SampleEvents.participant(null))));
    }

    @Test
    void requested_payload_of_a_class_dated_outside_class_dates_is_rejected() throws IOException {
        LocalDate before = ClassDates.EARLIEST.minusDays(1);
        LocalDate after = ClassDates.LATEST.plusDays(1);
        LocalDate inside = LocalDate.parse("2026-02-02");
        for (LocalDate[] dates : new LocalDate[][] {{before, inside}, {after, after}, {inside, after},
                {LocalDate.parse("2150-01-01"), LocalDate.parse("2150-03-01")}}) {
            JsonNode payload = serialize(SampleEvents.requested(dates[0], dates[1], SampleEvents.participant(null)));
            assertFalse(validate(EventTypes.ENROLLMENT_REQUESTED, payload).isEmpty(), () -> payload.toString());
        }
    }

    @Test
    void class_dates_hold_2000_to_2100_and_nothing_else() {
        assertTrue(ClassDates.holds(LocalDate.parse("2000-01-01")));
        assertTrue(ClassDates.holds(LocalDate.parse("2100-12-31")));
        assertFalse(ClassDates.holds(LocalDate.parse("1999-12-31")));
        assertFalse(ClassDates.holds(LocalDate.parse("2101-01-01")));
        assertFalse(ClassDates.holds(null));
        assertEquals("must be between 2000-01-01 and 2100-12-31", ClassDates.RULE);
    }

    @Test
    void retired_payload_without_the_program_is_rejected() throws IOException {
        ObjectNode payload = (ObjectNode) serialize(SampleEvents.of(EventTypes.PROGRAM_RETIRED));
        payload.remove("program");

        assertFalse(validate(EventTypes.PROGRAM_RETIRED, payload).isEmpty());
    }

    @Test
    void retired_payload_with_a_null_program_is_rejected() throws IOException {
        ObjectNode payload = (ObjectNode) serialize(SampleEvents.of(EventTypes.PROGRAM_RETIRED));
        payload.putNull("program");

        assertFalse(validate(EventTypes.PROGRAM_RETIRED, payload).isEmpty());
    }

    @Test
    void retired_payload_with_an_incomplete_program_is_rejected() throws IOException {
        // proves the $ref to the upserted schema is resolved and applied, not silently skipped
        ObjectNode payload = (ObjectNode) serialize(SampleEvents.of(EventTypes.PROGRAM_RETIRED));
        ((ObjectNode) payload.get("program")).remove("minAttendancePercent");

        assertFalse(validate(EventTypes.PROGRAM_RETIRED, payload).isEmpty());
    }

    @Test
    void retired_payload_with_an_active_program_is_rejected() throws IOException {
        ObjectNode payload = (ObjectNode) serialize(SampleEvents.of(EventTypes.PROGRAM_RETIRED));
        ((ObjectNode) payload.get("program")).put("active", true);

        assertFalse(validate(EventTypes.PROGRAM_RETIRED, payload).isEmpty());
    }

    @Test
    void retired_sample_carries_the_program_as_it_stood_when_retired() {
        ProgramRetired retired = (ProgramRetired) SampleEvents.of(EventTypes.PROGRAM_RETIRED);

        assertEquals(retired.code(), retired.program().code());
        assertEquals(retired.version(), retired.program().version());
        assertFalse(retired.program().active());
    }

    @Test
    void every_schema_file_belongs_to_an_event_type() {
        assertEquals(new TreeSet<>(EventTypes.PAYLOADS.keySet()), schemaFileTypes());
    }

    @Test
    void every_schema_file_is_referenced_by_asyncapi() {
        Set<String> referenced = asyncApiMessages().stream()
                .map(message -> message.path("payload").path("$ref").asText())
                .collect(Collectors.toSet());

        schemaFileTypes().forEach(type -> assertTrue(referenced.contains("./schemas/" + type + ".json"),
                () -> "asyncapi.yaml does not reference " + type));
    }

    @Test
    void each_asyncapi_message_named_after_a_type_references_that_type_schema() {
        asyncApiMessages().stream()
                .filter(message -> EventTypes.PAYLOADS.containsKey(message.path("name").asText()))
                .forEach(message -> assertEquals("./schemas/" + message.path("name").asText() + ".json",
                        message.path("payload").path("$ref").asText()));
    }

    @Test
    void asyncapi_has_a_channel_for_every_topic_and_its_dead_letter_topic() {
        Set<String> addresses = readResource(ASYNCAPI, YAML).path("channels").findValuesAsText("address")
                .stream().collect(Collectors.toSet());

        EventTypes.PAYLOADS.keySet().stream().map(EventTypes::topicOf).distinct().forEach(topic -> {
            assertTrue(addresses.contains(topic), topic);
            assertTrue(addresses.contains(Topics.dlq(topic)), Topics.dlq(topic));
        });
    }

    @Test
    void an_unknown_event_type_has_no_topic() {
        assertThrows(IllegalArgumentException.class, () -> EventTypes.topicOf("rutan.inmate.created.v1"));
    }

    private static List<JsonNode> asyncApiMessages() {
        List<JsonNode> messages = new ArrayList<>();
        readResource(ASYNCAPI, YAML).path("components").path("messages").elements().forEachRemaining(messages::add);
        return messages;
    }

    private static void assertValid(String type, JsonNode payload) {
        Set<ValidationMessage> errors = validate(type, payload);
        assertTrue(errors.isEmpty(), () -> type + " " + payload + ": " + errors);
    }

    private static Set<ValidationMessage> validate(String type, JsonNode payload) {
        JsonNode schema = readResource(SCHEMA_DIR + type + ".json", JSON);
        return SCHEMAS.getSchema(schema, ASSERT_FORMATS).validate(payload);
    }

    /** Serializes to text and parses it back, so the schema sees exactly what goes on the wire. */
    private static JsonNode serialize(Object payload) throws IOException {
        return JSON.readTree(JSON.writeValueAsString(payload));
    }

    private static Set<String> schemaFileTypes() {
        try (Stream<Path> files = Files.list(Path.of(ContractSchemasTest.class.getClassLoader().getResource(SCHEMA_DIR).toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + SCHEMA_DIR, e);
        }
    }

    private static JsonNode readResource(String name, ObjectMapper mapper) {
        try (InputStream in = ContractSchemasTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
