package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The NIK rules of SPEC 3, one rule per test. */
class NikTest {

    private static final LocalDate MALE_BIRTH = LocalDate.of(1990, 3, 15);
    private static final LocalDate FEMALE_BIRTH = LocalDate.of(1992, 8, 15);

    @Test
    void accepts_a_valid_male_nik() {
        assertEquals(List.of(), Nik.violations("6204011503900001", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void accepts_a_valid_female_nik_with_forty_added_to_the_day() {
        assertEquals(List.of(), Nik.violations("6204015508920002", FEMALE_BIRTH, Sex.FEMALE));
    }

    @Test
    void accepts_no_nik_at_all() {
        assertEquals(List.of(), Nik.violations(null, MALE_BIRTH, Sex.MALE));
    }

    @Test
    void accepts_the_29th_of_february_in_a_leap_year() {
        assertEquals(List.of(), Nik.violations("6204012902880003", LocalDate.of(1988, 2, 29), Sex.MALE));
    }

    @Test
    void accepts_the_29th_of_february_2000_as_year_00() {
        assertEquals(List.of(), Nik.violations("6204016902000004", LocalDate.of(2000, 2, 29), Sex.FEMALE));
    }

    @Test
    void accepts_the_last_province_code_94_and_the_first_11() {
        assertEquals(List.of(), Nik.violations("9401011503900001", MALE_BIRTH, Sex.MALE));
        assertEquals(List.of(), Nik.violations("1101011503900001", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void refuses_fewer_than_16_digits() {
        assertOnly("must be exactly 16 digits", Nik.violations("620401150390001", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void refuses_more_than_16_digits() {
        assertOnly("must be exactly 16 digits", Nik.violations("62040115039000011", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void refuses_a_non_digit() {
        assertOnly("must be exactly 16 digits", Nik.violations("62040115039O0001", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void refuses_a_province_code_below_11() {
        assertOnly("digits 1-2 must be a province code from 11 to 94",
                Nik.violations("1004011503900001", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void refuses_a_province_code_above_94() {
        assertOnly("digits 1-2 must be a province code from 11 to 94",
                Nik.violations("9504011503900001", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void refuses_the_31st_of_february_310299() {
        assertOnly("digits 7-12 must be a valid date DDMMYY (women add 40 to DD)",
                Nik.violations("6204013102990001", null, Sex.MALE));
    }

    @Test
    void refuses_the_29th_of_february_in_a_common_year() {
        assertOnly("digits 7-12 must be a valid date DDMMYY (women add 40 to DD)",
                Nik.violations("6204012902890001", null, null));
    }

    @Test
    void refuses_month_13() {
        assertOnly("digits 7-12 must be a valid date DDMMYY (women add 40 to DD)",
                Nik.violations("6204011513900001", null, null));
    }

    @Test
    void refuses_day_00() {
        assertOnly("digits 7-12 must be a valid date DDMMYY (women add 40 to DD)",
                Nik.violations("6204010003900001", null, null));
    }

    @Test
    void refuses_a_day_between_32_and_40_that_is_neither_a_man_s_nor_a_woman_s() {
        assertOnly("digits 7-12 must be a valid date DDMMYY (women add 40 to DD)",
                Nik.violations("6204013503900001", null, null));
    }

    @Test
    void refuses_a_woman_s_day_beyond_71() {
        assertOnly("digits 7-12 must be a valid date DDMMYY (women add 40 to DD)",
                Nik.violations("6204017203900001", null, null));
    }

    @Test
    void refuses_serial_0000() {
        assertOnly("digits 13-16 must not be 0000", Nik.violations("6204011503900000", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void refuses_a_nik_whose_day_differs_from_the_birth_date() {
        assertOnly("digits 7-12 must encode birthDate as DDMMYY",
                Nik.violations("6204011603900001", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void refuses_a_nik_whose_month_differs_from_the_birth_date() {
        assertOnly("digits 7-12 must encode birthDate as DDMMYY",
                Nik.violations("6204011504900001", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void refuses_a_nik_whose_year_differs_from_the_birth_date() {
        assertOnly("digits 7-12 must encode birthDate as DDMMYY",
                Nik.violations("6204011503910001", MALE_BIRTH, Sex.MALE));
    }

    @Test
    void judges_the_year_by_its_last_two_digits_only() {
        assertEquals(List.of(), Nik.violations("6204011503900001", LocalDate.of(1890, 3, 15), Sex.MALE));
    }

    @Test
    void refuses_a_man_s_nik_for_a_woman() {
        assertOnly("must agree with sex FEMALE: a woman's NIK has 40 added to the day (digits 7-8 from 41)",
                Nik.violations("6204011503900001", MALE_BIRTH, Sex.FEMALE));
    }

    @Test
    void refuses_a_woman_s_nik_for_a_man() {
        assertOnly("must agree with sex MALE: a man's NIK has the plain day (digits 7-8 up to 31)",
                Nik.violations("6204015508920002", FEMALE_BIRTH, Sex.MALE));
    }

    @Test
    void reports_every_broken_rule_at_once() {
        List<FieldError> errors = Nik.violations("0004013102990000", MALE_BIRTH, Sex.MALE);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.field().equals("nik")));
    }

    @Test
    void masks_all_but_the_first_four_and_last_two_digits() {
        assertEquals("6204**********01", Nik.mask("6204011503900001"));
        assertNull(Nik.mask(null));
    }

    private static void assertOnly(String message, List<FieldError> errors) {
        assertEquals(List.of(new FieldError("nik", message)), errors);
    }
}
