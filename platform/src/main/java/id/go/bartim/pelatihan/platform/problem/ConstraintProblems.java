package id.go.bartim.pelatihan.platform.problem;

/**
 * A service's names for its own unique constraints. When two requests race past the code's check, the database's
 * constraint catches the second one; with this, its client gets the same problem type as when the code caught it,
 * instead of the generic {@code conflict}. A constraint no service names keeps the generic type.
 */
public interface ConstraintProblems {

    /** The problem for a violation of the constraint or unique index {@code name}, or null if this service does not name it. */
    ProblemException forConstraint(String name);
}
