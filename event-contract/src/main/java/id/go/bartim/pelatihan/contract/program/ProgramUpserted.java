package id.go.bartim.pelatihan.contract.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A program (program pelatihan) was created or changed in disnaker's catalog; carries the full
 * program. {@code version} is the catalog's monotonically increasing row version: a consumer
 * applies the event only when it is newer than what it holds.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProgramUpserted(
        String code,
        String name,
        String sector,
        String description,
        int trainingHours,
        int minAttendancePercent,
        List<String> competencyUnits,
        boolean active,
        long version,
        OffsetDateTime updatedAt) {

    public ProgramUpserted {
        // an absent list and an empty one mean the same; consumers should not have to tell them apart
        competencyUnits = competencyUnits == null ? List.of() : List.copyOf(competencyUnits);
    }
}
