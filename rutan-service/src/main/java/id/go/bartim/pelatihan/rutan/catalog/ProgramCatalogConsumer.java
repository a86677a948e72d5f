package id.go.bartim.pelatihan.rutan.catalog;

import id.go.bartim.pelatihan.contract.program.ProgramCode;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.program.ProgramRetired;
import id.go.bartim.pelatihan.contract.program.ProgramUpserted;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.platform.messaging.IncomingEvent;
import id.go.bartim.pelatihan.platform.messaging.PoisonMessageException;
import id.go.bartim.pelatihan.platform.messaging.ReplayableConsumer;
import id.go.bartim.pelatihan.contract.Topics;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;

/**
 * Keeps the program replica in step with {@code disnaker.programs.v1}: idempotent by {@code ce_id},
 * and a version no newer than the one held changes nothing, so redeliveries and replays of the
 * compacted topic are harmless.
 */
@ApplicationScoped
public class ProgramCatalogConsumer implements ReplayableConsumer {

    static final String CONSUMER = "rutan.program-catalog";

    @Inject
    EventProcessor processor;

    @Inject
    ObjectMapper mapper;

    @Inject
    ProgramReplicaStore store;

    @Inject
    AuditLog audit;

    @Incoming("programs")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, this::apply);
    }

    @Override
    public String topic() {
        return Topics.PROGRAMS;
    }

    @Override
    public EventProcessor.Outcome replay(ConsumerRecord<String, String> record) {
        return processor.replay(CONSUMER, record, this::apply, null);
    }

    void apply(IncomingEvent event) {
        ProgramUpserted program = switch (event.type()) {
            case EventTypes.PROGRAM_UPSERTED -> event.data(mapper, ProgramUpserted.class);
            case EventTypes.PROGRAM_RETIRED -> retiredProgram(event.data(mapper, ProgramRetired.class));
            default -> throw new PoisonMessageException("unknown ce_type " + event.type());
        };
        check(program, event.key());
        boolean applied = store.upsertIfNewer(program, toJson(program), OffsetDateTime.now());
        if (applied) {
            audit.record(EventTypes.PROGRAM_RETIRED.equals(event.type()) ? "RETIRE" : "UPSERT", RutanAudit.PROGRAM_REPLICA,
                    program.code());
        }
        Log.debugf("program %s version %d %s", program.code(), program.version(),
                applied ? "applied" : "not newer, ignored");
    }

    private static ProgramUpserted retiredProgram(ProgramRetired retired) {
        if (retired.program() == null) {
            throw new PoisonMessageException("retired event without program");
        }
        return retired.program();
    }

    private static void check(ProgramUpserted p, String key) {
        if (!ProgramCode.matches(p.code())) {
            throw new PoisonMessageException("program code missing or malformed");
        }
        if (!p.code().equals(key)) {
            throw new PoisonMessageException("record key does not match program code");
        }
        if (p.name() == null || p.sector() == null || p.updatedAt() == null
                || p.trainingHours() <= 0 || p.minAttendancePercent() < 50 || p.minAttendancePercent() > 100) {
            throw new PoisonMessageException("program " + p.code() + " lacks required fields");
        }
    }

    private String toJson(ProgramUpserted p) {
        try {
            return mapper.writeValueAsString(p.competencyUnits());
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("competencyUnits cannot be stored");
        }
    }
}
