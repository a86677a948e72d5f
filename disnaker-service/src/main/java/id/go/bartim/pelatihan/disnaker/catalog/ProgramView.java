package id.go.bartim.pelatihan.disnaker.catalog;

import java.time.OffsetDateTime;
import java.util.List;

/** A program as the API shows it. */
public record ProgramView(String code, String name, String sector, String description, int trainingHours,
                          int minAttendancePercent, List<String> competencyUnits, boolean active, long version,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ProgramView of(Program p) {
        return new ProgramView(p.code, p.name, p.sector, p.description, p.trainingHours, p.minAttendancePercent,
                List.copyOf(p.competencyUnits), p.active, p.version, p.createdAt, p.updatedAt);
    }
}
