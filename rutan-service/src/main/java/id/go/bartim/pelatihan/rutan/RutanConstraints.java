package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.platform.problem.ConstraintProblems;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The problems for rutan's unique constraints, the same the code gives when its own check sees the duplicate:
 * two requests racing past that check get, the second of them, the specific 409 too.
 */
@ApplicationScoped
public class RutanConstraints implements ConstraintProblems {

    @Override
    public ProblemException forConstraint(String name) {
        return switch (name) {
            case "inmate_registration_number_key" -> duplicateRegistrationNumber();
            case "enrollment_one_per_class" -> ProblemException.conflict("already-enrolled",
                    "The inmate is already enrolled in this class");
            default -> null;
        };
    }

    /** The 409 for a registration number another inmate has, from the constraint or from a check before it. */
    public static ProblemException duplicateRegistrationNumber() {
        return ProblemException.conflict("duplicate-registration-number", "Another inmate has this registration number");
    }
}
