package id.go.bartim.pelatihan.disnaker.quota;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.YearMonth;
import java.util.List;

/**
 * The public progress of "1.000 Tenaga Kerja Terlatih" (SPEC 11), as {@code GET /api/v1/public/quota/{year}} and the
 * page {@code /progress} both show it: counts of people only, small ones suppressed ({@link Suppression}), nothing per
 * partner (a partner's share would tell who is in detention).
 */
@Schema(name = "PublicQuota")
public record PublicQuotaView(
        @Schema(example = "2026") int year,
        @Schema(description = "People to train this year", example = "1000") int target,
        @Schema(description = "People trained (a COMPETENT completion) this year") Count trained,
        @Schema(description = "People holding a slot through an accepted enrollment, not yet trained") Count reserved,
        List<ProgramCount> byProgram,
        @Schema(description = "People trained, by the month of their first certificate of the year")
        List<MonthCount> trainedByMonth,
        List<SexCount> bySex) {

    /** A count of people: shown, or suppressed when from 1 to 4 or hidden with them ({@link Suppression}). */
    @Schema(name = "PublicCount")
    public record Count(
            @Schema(description = "null when suppressed", example = "12", nullable = true) Integer count,
            @Schema(description = "true for a count from 1 to 4, or one hidden so that such a count cannot be "
                    + "derived from the total", example = "false") boolean suppressed,
            @Schema(description = "Only when suppressed: SMALL_COUNT (1 to 4), or COMPLEMENT (5 or more, hidden "
                    + "with the small ones)")
            @JsonInclude(JsonInclude.Include.NON_NULL) Hidden reason) {

        public static final Count SMALL = new Count(null, true, Hidden.SMALL_COUNT);
        public static final Count COMPLEMENT = new Count(null, true, Hidden.COMPLEMENT);

        public static Count of(int count) {
            return new Count(count, false, null);
        }
    }

    /** Why a count is hidden. */
    public enum Hidden {
        SMALL_COUNT,
        COMPLEMENT
    }

    /** People reserved and trained in one program. */
    public record ProgramCount(@Schema(example = "PTK-01") String programCode,
                               @Schema(example = "Pertukangan Kayu") String programName,
                               Count trained, Count reserved) {
    }

    /** People trained in one month. */
    public record MonthCount(@Schema(implementation = String.class, type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$",
            example = "2026-04") YearMonth month, Count trained) {
    }

    /** People trained, of one sex (MALE, FEMALE). */
    public record SexCount(@Schema(example = "FEMALE") String sex, Count trained) {
    }
}
