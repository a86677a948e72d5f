package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.platform.problem.ConstraintProblems;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The problems for disnaker's unique constraints, the same the code gives when its own check sees the duplicate:
 * two requests racing past that check get, the second of them, the specific 409 too.
 */
@ApplicationScoped
public class DisnakerConstraints implements ConstraintProblems {

    @Override
    public ProblemException forConstraint(String name) {
        return switch (name) {
            case "program_pkey" -> ProblemException.conflict("duplicate-program", "The program already exists");
            default -> null;
        };
    }
}
