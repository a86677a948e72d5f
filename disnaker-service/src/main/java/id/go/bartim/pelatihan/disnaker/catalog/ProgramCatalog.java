package id.go.bartim.pelatihan.disnaker.catalog;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.disnaker.DisnakerRefusal;
import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.contract.program.ProgramCode;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.outbox.Outbox;
import id.go.bartim.pelatihan.platform.web.ETags;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Catalog changes: each one writes its event to the outbox and an audit line in one transaction. */
@ApplicationScoped
public class ProgramCatalog {

    static final String AUDIT_TYPE = "program";

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Program create(ProgramRequest request) {
        if (request.code() == null) {
            throw Refused.field(DisnakerRefusal.INVALID_FIELD, "code", "must not be null");
        }
        if (Program.findById(request.code()) != null) {
            throw duplicateProgram("Program " + request.code() + " already exists");
        }
        Program program = Program.create(request);
        program.persist();
        em.flush();
        publishUpserted(program);
        audit.record("CREATE", AUDIT_TYPE, program.code);
        Log.debugf("program %s created", program.code);
        return program;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Program update(String code, ProgramRequest request, String ifMatch) {
        if (request.code() != null && !request.code().equals(code)) {
            // request.code() passed its pattern; the code of the address did not, and is not repeated
            throw new Refused(DisnakerRefusal.CODE_IMMUTABLE, "The code of a program cannot change: the body names "
                    + request.code() + ", another code than the address");
        }
        Program program = find(code);
        ETags.requireMatch(ifMatch, program.version);
        program.apply(request);
        em.flush();
        publishUpserted(program);
        audit.record("UPDATE", AUDIT_TYPE, code);
        return program;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void retire(String code, String ifMatch) {
        Program program = find(code);
        ETags.requireMatch(ifMatch, program.version);
        if (program.retire()) {
            em.flush();
            outbox.append(Topics.PROGRAMS, code, EventTypes.PROGRAM_RETIRED, program.toRetired());
            audit.record("RETIRE", AUDIT_TYPE, code);
        }
    }

    /** The program exists already: from the check before a create or from the primary key. */
    public static Refused duplicateProgram(String detail) {
        return new Refused(DisnakerRefusal.DUPLICATE_PROGRAM, detail);
    }

    public Program find(String code) {
        Program program = Program.findById(code, LockModeType.NONE);
        if (program == null) {
            throw NotFound.of("Program", code, ProgramCode.matches(code));
        }
        return program;
    }

    private void publishUpserted(Program program) {
        outbox.append(Topics.PROGRAMS, program.code, EventTypes.PROGRAM_UPSERTED, program.toUpserted());
    }
}
