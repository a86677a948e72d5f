package id.go.bartim.pelatihan.disnaker.catalog;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The field rules of SPEC 4's program catalog, held by the request's annotations, checked without a database. */
class ProgramRequestTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static ProgramRequest program(String code, String name, String sector, String description, Integer hours,
                                          Integer minPercent, List<String> units) {
        return new ProgramRequest(code, name, sector, description, hours, minPercent, units, null);
    }

    private static ProgramRequest valid() {
        return program("PTK-01", "Pertukangan Kayu", "Konstruksi", null, 160, 80, List.of("F.45KKK00.001.1"));
    }

    /** The fields that break a rule. */
    private static Set<String> refused(ProgramRequest request) {
        Set<String> fields = new TreeSet<>();
        for (ConstraintViolation<ProgramRequest> v : VALIDATOR.validate(request)) {
            fields.add(v.getPropertyPath().toString().replaceAll("\\[.*", ""));
        }
        return fields;
    }

    @Test
    void a_complete_program_breaks_no_rule() {
        assertEquals(Set.of(), refused(valid()));
    }

    @Test
    void code_is_two_to_six_capitals_a_dash_and_two_to_four_digits() {
        for (String good : List.of("PT-01", "PERTUK-0001", "OTO-123")) {
            assertEquals(Set.of(), refused(program(good, "Pertukangan", "Konstruksi", null, 160, 80, null)), good);
        }
        for (String bad : List.of("P-01", "PERTUKA-01", "PTK-1", "PTK-12345", "ptk-01", "PTK01", "PTK-01 ")) {
            assertEquals(Set.of("code"), refused(program(bad, "Pertukangan", "Konstruksi", null, 160, 80, null)), bad);
        }
    }

    @Test
    void name_is_3_to_120_characters() {
        assertEquals(Set.of("name"), refused(program("PTK-01", "Ab", "Konstruksi", null, 160, 80, null)));
        assertEquals(Set.of(), refused(program("PTK-01", "Abc", "Konstruksi", null, 160, 80, null)));
        assertEquals(Set.of(), refused(program("PTK-01", "a".repeat(120), "Konstruksi", null, 160, 80, null)));
        assertEquals(Set.of("name"), refused(program("PTK-01", "a".repeat(121), "Konstruksi", null, 160, 80, null)));
    }

    @Test
    void sector_is_2_to_60_characters() {
        assertEquals(Set.of("sector"), refused(program("PTK-01", "Pertukangan", "K", null, 160, 80, null)));
        assertEquals(Set.of(), refused(program("PTK-01", "Pertukangan", "Ko", null, 160, 80, null)));
        assertEquals(Set.of("sector"), refused(program("PTK-01", "Pertukangan", "k".repeat(61), null, 160, 80, null)));
    }

    @Test
    void description_is_optional_and_at_most_2000_characters() {
        assertEquals(Set.of(), refused(program("PTK-01", "Pertukangan", "Konstruksi", "d".repeat(2000), 160, 80, null)));
        assertEquals(Set.of("description"),
                refused(program("PTK-01", "Pertukangan", "Konstruksi", "d".repeat(2001), 160, 80, null)));
    }

    @Test
    void training_hours_are_8_to_1000() {
        for (int hours : new int[] {8, 1000}) {
            assertEquals(Set.of(), refused(program("PTK-01", "Pertukangan", "Konstruksi", null, hours, 80, null)));
        }
        for (Integer hours : new Integer[] {7, 1001, null}) {
            assertEquals(Set.of("trainingHours"),
                    refused(program("PTK-01", "Pertukangan", "Konstruksi", null, hours, 80, null)));
        }
    }

    @Test
    void min_attendance_percent_is_50_to_100_and_defaults_to_80() {
        for (Integer percent : new Integer[] {50, 100, null}) {
            assertEquals(Set.of(), refused(program("PTK-01", "Pertukangan", "Konstruksi", null, 160, percent, null)));
        }
        for (int percent : new int[] {49, 101}) {
            assertEquals(Set.of("minAttendancePercent"),
                    refused(program("PTK-01", "Pertukangan", "Konstruksi", null, 160, percent, null)));
        }
        assertEquals(80, Program.create(program("PTK-01", "Pertukangan", "Konstruksi", null, 160, null, null))
                .minAttendancePercent);
    }

    @Test
    void a_new_program_is_active_unless_it_says_otherwise() {
        assertTrue(Program.create(valid()).active);
        ProgramRequest inactive = new ProgramRequest("PTK-01", "Pertukangan", "Konstruksi", null, 160, 80, null, false);
        assertFalse(Program.create(inactive).active);
    }
}
