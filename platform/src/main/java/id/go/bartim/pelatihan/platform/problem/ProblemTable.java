package id.go.bartim.pelatihan.platform.problem;

import id.go.bartim.pelatihan.platform.domain.Refused;

/**
 * A service's one table from its domain's refusals to problem types: the only place a rule's name meets an HTTP status.
 * It also names the service's unique constraints: when two requests race past a rule, the database's constraint catches
 * the second one, and its client gets the same problem as when the rule did.
 */
public interface ProblemTable {

    /** The problem for one of this service's refusals. */
    ProblemException problemFor(Refused refused);

    /** The refusal a violation of the constraint or unique index {@code name} stands for, or null if it names none. */
    Refused forConstraint(String name);
}
