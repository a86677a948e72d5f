package id.go.bartim.pelatihan.disnaker.participant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * SPEC 9's retention of a participant's identity, a function over facts already loaded: who is due for
 * anonymisation. {@link ParticipantRetention} applies it, again after locking the people it found.
 */
public final class RetentionRules {

    private RetentionRules() {
    }

    /**
     * Due when the end of their last quota year (1 January of the next year, 00:00 WIB) lies more than
     * {@code period} before {@code now}, and not anonymised yet. Someone with no decision has no last year: never due.
     */
    public static boolean due(RetentionFacts participant, OffsetDateTime now, Period period) {
        if (participant.anonymised() || participant.lastYear() == null) {
            return false;
        }
        return endOfYear(participant.lastYear()).plus(period).toInstant().isBefore(now.toInstant());
    }

    private static ZonedDateTime endOfYear(int year) {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(WIB);
    }
}
