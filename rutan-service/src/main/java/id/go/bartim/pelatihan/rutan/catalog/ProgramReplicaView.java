package id.go.bartim.pelatihan.rutan.catalog;

import java.time.OffsetDateTime;
import java.util.List;

/** A replicated program as rutan's API shows it; {@code version} is the catalog's version. */
public record ProgramReplicaView(String code, String name, String sector, String description, int trainingHours,
                                 int minAttendancePercent, List<String> competencyUnits, boolean active,
                                 long version, OffsetDateTime updatedAt, OffsetDateTime receivedAt) {

    static ProgramReplicaView of(ProgramReplica p) {
        return new ProgramReplicaView(p.code, p.name, p.sector, p.description, p.trainingHours,
                p.minAttendancePercent, List.copyOf(p.competencyUnits), p.active, p.sourceVersion,
                p.sourceUpdatedAt, p.receivedAt);
    }
}
