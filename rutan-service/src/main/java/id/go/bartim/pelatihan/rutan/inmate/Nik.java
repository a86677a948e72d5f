package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.platform.privacy.NikMask;
import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nomor Induk Kependudukan: the 16-digit population number. Digits 1-2 are the province, 7-12 the
 * birth date as DDMMYY (women add 40 to the day), 13-16 a serial that is never 0000. These rules
 * catch a mistyped or borrowed NIK before it travels to disnaker with an enrollment.
 */
public final class Nik {

    static final String FIELD = "nik";
    private static final int FEMALE_DAY_OFFSET = 40;

    private Nik() {
    }

    /** What is wrong with {@code nik} for a person born on {@code birthDate} of {@code sex}; empty when none. */
    public static List<FieldError> violations(String nik, LocalDate birthDate, Sex sex) {
        List<FieldError> errors = new ArrayList<>();
        if (nik == null) {
            return errors;
        }
        if (!nik.matches("[0-9]{16}")) {
            errors.add(error("must be exactly 16 digits"));
            return errors;
        }
        int province = number(nik, 0);
        if (province < 11 || province > 94) {
            errors.add(error("digits 1-2 must be a province code from 11 to 94"));
        }
        Optional<LocalDate> encoded = encodedBirthDate(nik);
        if (encoded.isEmpty()) {
            errors.add(error("digits 7-12 must be a valid date DDMMYY (women add 40 to DD)"));
        }
        if (nik.endsWith("0000")) {
            errors.add(error("digits 13-16 must not be 0000"));
        }
        if (encoded.isPresent() && birthDate != null && !sameDayMonthAndYear(encoded.get(), birthDate)) {
            errors.add(error("digits 7-12 must encode birthDate as DDMMYY"));
        }
        if (encoded.isPresent() && sex != null && encodesFemale(nik) != (sex == Sex.FEMALE)) {
            errors.add(error(sex == Sex.FEMALE
                    ? "must agree with sex FEMALE: a woman's NIK has 40 added to the day (digits 7-8 from 41)"
                    : "must agree with sex MALE: a man's NIK has the plain day (digits 7-8 up to 31)"));
        }
        return errors;
    }

    /** {@code 6204**********12}: enough to tell two people apart in a list, not enough to use the NIK. */
    public static String mask(String nik) {
        return NikMask.mask(nik);
    }

    /**
     * The birth date digits 7-12 stand for. The century is not encoded; a date is valid when it
     * exists in 19YY or 20YY (so 29 February of YY=00 stands, 2000 being a leap year).
     */
    private static Optional<LocalDate> encodedBirthDate(String nik) {
        int day = number(nik, 6);
        if (day > FEMALE_DAY_OFFSET) {
            day -= FEMALE_DAY_OFFSET;
        }
        int month = number(nik, 8);
        int year = number(nik, 10);
        for (int century : new int[] {2000, 1900}) {
            try {
                return Optional.of(LocalDate.of(century + year, month, day));
            } catch (DateTimeException invalidInThisCentury) {
                // try the other century
            }
        }
        return Optional.empty();
    }

    private static boolean encodesFemale(String nik) {
        return number(nik, 6) > FEMALE_DAY_OFFSET;
    }

    private static boolean sameDayMonthAndYear(LocalDate encoded, LocalDate birthDate) {
        return encoded.getDayOfMonth() == birthDate.getDayOfMonth()
                && encoded.getMonthValue() == birthDate.getMonthValue()
                && encoded.getYear() % 100 == birthDate.getYear() % 100;
    }

    private static int number(String nik, int from) {
        return Integer.parseInt(nik, from, from + 2, 10);
    }

    private static FieldError error(String message) {
        return new FieldError(FIELD, message);
    }
}
