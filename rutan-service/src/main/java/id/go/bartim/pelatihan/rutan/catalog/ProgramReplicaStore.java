package id.go.bartim.pelatihan.rutan.catalog;

import id.go.bartim.pelatihan.contract.program.ProgramUpserted;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/**
 * The hand-written SQL of the program replica (docs/persistence.md): applying a program of disnaker's catalog in one
 * statement, so two consumers racing on the same code cannot both insert, and an older or equal version changes
 * nothing. Everything else reads the {@link ProgramReplica} entity.
 */
@ApplicationScoped
public class ProgramReplicaStore {

    private static final String UPSERT_IF_NEWER = """
            insert into program_replica (code, name, sector, description, training_hours,
                min_attendance_percent, competency_units, active, source_version, source_updated_at,
                received_at)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
            on conflict (code) do update set
                name = excluded.name, sector = excluded.sector, description = excluded.description,
                training_hours = excluded.training_hours,
                min_attendance_percent = excluded.min_attendance_percent,
                competency_units = excluded.competency_units, active = excluded.active,
                source_version = excluded.source_version,
                source_updated_at = excluded.source_updated_at, received_at = excluded.received_at
            where program_replica.source_version < excluded.source_version""";

    @Inject
    PlainStatements statements;

    /**
     * Stores {@code program} unless the replica holds the same or a newer version of it; {@code competencyUnits} is
     * its list as JSON. True when it was stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsertIfNewer(ProgramUpserted program, String competencyUnits, OffsetDateTime receivedAt) {
        return statements.execute(UPSERT_IF_NEWER, program.code(), program.name(), program.sector(),
                program.description(), program.trainingHours(), program.minAttendancePercent(), competencyUnits,
                program.active(), program.version(), program.updatedAt(), receivedAt) == 1;
    }
}
