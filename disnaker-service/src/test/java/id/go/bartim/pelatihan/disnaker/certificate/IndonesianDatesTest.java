package id.go.bartim.pelatihan.disnaker.certificate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates as a certificate writes them, in Bahasa Indonesia. */
class IndonesianDatesTest {

    @Test
    void writes_day_month_name_and_year() {
        assertEquals("24 April 2026", IndonesianDates.format(LocalDate.of(2026, 4, 24)));
        assertEquals("1 Januari 2027", IndonesianDates.format(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void names_every_month_in_bahasa_indonesia() {
        List<String> names = Arrays.stream(Month.values())
                .map(m -> IndonesianDates.format(LocalDate.of(2026, m, 1)).split(" ")[1]).toList();
        assertEquals(List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                "Oktober", "November", "Desember"), names);
    }

    @Test
    void writes_a_month_as_its_name_and_year() {
        assertEquals("Agustus 2041", IndonesianDates.format(YearMonth.of(2041, 8)));
    }
}
