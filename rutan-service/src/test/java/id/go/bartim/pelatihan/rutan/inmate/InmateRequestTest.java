package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The inmate field rules of SPEC 3 that relate two fields, or a field to today ({@link InmateRequest#crossFieldViolations}).
 * The NIK's own rules are {@link NikTest}'s.
 */
class InmateRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate BIRTH = LocalDate.of(1990, 3, 15);
    private static final String NIK = "6204011503900001";

    @Test
    void a_correction_lists_the_names_of_the_fields_it_changed_and_nothing_else() {
        InmateRequest before = request(RegisterClass.A_I, CustodyStatus.DETAINEE, NIK, BIRTH, Sex.MALE);
        InmateRequest after = request(RegisterClass.A_I, CustodyStatus.DETAINEE, "6204011503900002",
                BIRTH.plusDays(1), Sex.MALE);
        assertEquals(List.of("nik", "birthDate"), before.changedFields(after));
        assertEquals(List.of(), before.changedFields(before));
    }

    @Test
    void a_consistent_record_breaks_no_rule() {
        assertEquals(List.of(), request(RegisterClass.A_I, CustodyStatus.DETAINEE, NIK, BIRTH, Sex.MALE)
                .crossFieldViolations(TODAY));
    }

    @Test
    void register_class_agrees_with_custody_status_a_registers_for_detainees_b_registers_for_convicts() {
        for (RegisterClass register : RegisterClass.values()) {
            CustodyStatus agreeing = register.code().startsWith("A.") ? CustodyStatus.DETAINEE : CustodyStatus.CONVICT;
            assertEquals(List.of(), request(register, agreeing, NIK, BIRTH, Sex.MALE).crossFieldViolations(TODAY),
                    register.code());
        }
    }

    @Test
    void a_register_class_that_disagrees_with_custody_status_is_refused_on_register_class() {
        assertEquals(List.of(new FieldError("registerClass", "register A.II is for DETAINEE, not CONVICT")),
                request(RegisterClass.A_II, CustodyStatus.CONVICT, NIK, BIRTH, Sex.MALE).crossFieldViolations(TODAY));
        assertEquals(List.of(new FieldError("registerClass", "register B.IIa is for CONVICT, not DETAINEE")),
                request(RegisterClass.B_IIA, CustodyStatus.DETAINEE, NIK, BIRTH, Sex.MALE)
                        .crossFieldViolations(TODAY));
    }

    @Test
    void register_class_is_optional() {
        assertEquals(List.of(), request(null, CustodyStatus.CONVICT, NIK, BIRTH, Sex.MALE)
                .crossFieldViolations(TODAY));
    }

    @Test
    void a_nik_that_disagrees_with_birth_date_is_refused_on_nik() {
        assertEquals(List.of(new FieldError("nik", "digits 7-12 must encode birthDate as DDMMYY")),
                request(RegisterClass.A_I, CustodyStatus.DETAINEE, NIK, BIRTH.plusDays(1), Sex.MALE)
                        .crossFieldViolations(TODAY));
    }

    @Test
    void a_nik_that_disagrees_with_sex_is_refused_on_nik() {
        assertEquals(List.of(new FieldError("nik",
                        "must agree with sex FEMALE: a woman's NIK has 40 added to the day (digits 7-8 from 41)")),
                request(RegisterClass.A_I, CustodyStatus.DETAINEE, NIK, BIRTH, Sex.FEMALE)
                        .crossFieldViolations(TODAY));
    }

    @Test
    void birth_date_must_be_in_the_past() {
        assertEquals(List.of(new FieldError("birthDate", "must be a date in the past")),
                withDates(TODAY, TODAY.minusDays(1), null).crossFieldViolations(TODAY));
    }

    @Test
    void admission_date_must_not_be_in_the_future() {
        assertEquals(List.of(), withDates(BIRTH, TODAY, null).crossFieldViolations(TODAY));
        assertEquals(List.of(new FieldError("admissionDate", "must not be in the future")),
                withDates(BIRTH, TODAY.plusDays(1), null).crossFieldViolations(TODAY));
    }

    @Test
    void expected_release_date_must_not_be_before_admission_date() {
        LocalDate admitted = TODAY.minusMonths(2);
        assertEquals(List.of(), withDates(BIRTH, admitted, admitted).crossFieldViolations(TODAY));
        assertEquals(List.of(new FieldError("expectedReleaseDate", "must not be before admissionDate")),
                withDates(BIRTH, admitted, admitted.minusDays(1)).crossFieldViolations(TODAY));
    }

    private static InmateRequest request(RegisterClass register, CustodyStatus custody, String nik,
                                         LocalDate birthDate, Sex sex) {
        return new InmateRequest("AI.2026.0123", register, "Budi Santoso", nik, birthDate, sex, custody,
                TODAY.minusMonths(2), TODAY.plusMonths(10), "Blok B-3", EducationLevel.SMP);
    }

    /** Without a NIK, so only the dates are judged. */
    private static InmateRequest withDates(LocalDate birthDate, LocalDate admissionDate, LocalDate expectedRelease) {
        return new InmateRequest("AI.2026.0123", RegisterClass.A_I, "Budi Santoso", null, birthDate, Sex.MALE,
                CustodyStatus.DETAINEE, admissionDate, expectedRelease, null, null);
    }
}
