package id.go.bartim.pelatihan.rutan.holiday;

import java.time.LocalDate;

/** A holiday as the API shows it. */
public record HolidayView(LocalDate date, String name, long version) {

    static HolidayView of(Holiday h) {
        return new HolidayView(h.date, h.name, h.version);
    }
}
