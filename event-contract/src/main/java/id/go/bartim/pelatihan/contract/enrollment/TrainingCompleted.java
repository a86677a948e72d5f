package id.go.bartim.pelatihan.contract.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The rutan assessed an accepted participant at the end of training (kompeten or belum kompeten). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TrainingCompleted(
        UUID enrollmentId,
        String outcome,
        LocalDate assessedOn,
        Attendance attendance) {

    public static final String COMPETENT = "COMPETENT";
    public static final String NOT_YET_COMPETENT = "NOT_YET_COMPETENT";

    /** Kehadiran: hours (jam pelajaran) attended of the hours that counted; rate 0–100, one decimal. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Attendance(int hoursTotal, int hoursAttended, BigDecimal rate) {
    }
}
