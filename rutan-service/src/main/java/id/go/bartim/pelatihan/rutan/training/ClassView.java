package id.go.bartim.pelatihan.rutan.training;

import java.time.LocalDate;
import java.util.UUID;

/** A class as the API shows it; {@code seatsTaken} counts PENDING and ACCEPTED enrollments. */
public record ClassView(UUID id, String programCode, String name, LocalDate startDate, LocalDate endDate,
                        int capacity, int seatsTaken, String location, String instructorName, long version) {

    static ClassView of(TrainingClass c) {
        return new ClassView(c.id, c.programCode, c.name, c.startDate, c.endDate, c.capacity, c.seatsTaken,
                c.location, c.instructorName, c.version);
    }
}
