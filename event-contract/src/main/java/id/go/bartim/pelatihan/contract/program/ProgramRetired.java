package id.go.bartim.pelatihan.contract.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * A program was retired (no longer open for new classes); accepted enrollments carry on.
 *
 * <p>{@code program} is the full program as it stood when retired: {@code active=false} and the
 * same {@code code} and {@code version} as this event. It is there because
 * {@code disnaker.programs.v1} is <b>compacted</b>: only the last record per program code
 * survives, so when a program's last event is this one, the earlier
 * {@code disnaker.program.upserted.v1} events are gone and a consumer reading the topic from
 * scratch would otherwise never learn the program's name, hours or minimum attendance. A
 * consumer can therefore treat a retired event as an upsert of {@code program}.
 *
 * @param code      program code; also the record key
 * @param version   catalog row version after retiring (equals {@code program.version()})
 * @param retiredAt when the program was retired (equals {@code program.updatedAt()})
 * @param program   the full program as it stood when retired, {@code active=false}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProgramRetired(String code, long version, OffsetDateTime retiredAt, ProgramUpserted program) {
}
