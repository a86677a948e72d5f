package id.go.bartim.pelatihan.rutan.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/** A session as the API shows it: its status, and its cancellation while it is cancelled. */
public record SessionView(UUID id, UUID classId, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime,
                          int hours, String topic, SessionStatus status,
                          @Schema(description = "Present only while the session is cancelled") Cancellation cancellation) {

    /** Why, by whom and when a session was cancelled. */
    public record Cancellation(CancellationReason reason, String note, String cancelledBy, OffsetDateTime cancelledAt) {
    }

    /** {@code held}: the session has at least one attendance record. */
    static SessionView of(ClassSession s, boolean held) {
        Cancellation cancellation = s.isCancelled()
                ? new Cancellation(s.cancellationReason, s.cancellationNote, s.cancelledBy,
                s.cancelledAt.atZoneSameInstant(WIB).toOffsetDateTime())
                : null;
        return new SessionView(s.id, s.classId, s.date, s.startTime, s.hours, s.topic,
                SessionStatus.of(s.isCancelled(), held), cancellation);
    }
}
