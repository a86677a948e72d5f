package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.disnaker.catalog.ProgramCatalog;
import id.go.bartim.pelatihan.disnaker.certificate.CertificateRules;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.problem.ProblemTable;
import jakarta.enterprise.context.ApplicationScoped;

import static id.go.bartim.pelatihan.platform.problem.ProblemException.conflict;
import static id.go.bartim.pelatihan.platform.problem.ProblemException.invalid;
import static id.go.bartim.pelatihan.platform.problem.ProblemException.rule;

/** disnaker's refusals as problem types (SPEC 2, 4): the one place where a rule of the domain meets an HTTP status. */
@ApplicationScoped
public class DisnakerProblems implements ProblemTable {

    @Override
    public ProblemException problemFor(Refused refused) {
        return switch ((DisnakerRefusal) refused.refusal()) {
            case INVALID_FIELD -> invalid(refused);
            case DUPLICATE_PROGRAM, CODE_IMMUTABLE, TARGET_BELOW_USAGE, ALLOCATION_BELOW_USAGE,
                 CERTIFICATE_ALREADY_REVOKED, CERTIFICATE_REVOKED -> conflict(refused);
            case HOLDER_NAME_REMOVED -> new ProblemException(410, refused.refusal().code(), "Gone",
                    refused.getMessage());
            case UNPRINTABLE_TEXT -> rule(refused, "Cannot be printed");
        };
    }

    @Override
    public Refused forConstraint(String name) {
        return switch (name) {
            case "program_pkey" -> ProgramCatalog.duplicateProgram("The program already exists");
            case "certificate_revocation_final" -> CertificateRules.alreadyRevoked();
            default -> null;
        };
    }
}
