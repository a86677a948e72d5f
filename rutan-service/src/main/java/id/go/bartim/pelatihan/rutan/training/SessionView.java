package id.go.bartim.pelatihan.rutan.training;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A session as the API shows it. */
public record SessionView(UUID id, UUID classId, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime,
                          int hours, String topic) {

    static SessionView of(ClassSession s) {
        return new SessionView(s.id, s.classId, s.date, s.startTime, s.hours, s.topic);
    }
}
