package id.go.bartim.pelatihan.platform.persistence;

import org.hibernate.exception.ConstraintViolationException;

import java.sql.SQLException;

/** How a failure may be written to a log: never its message, which for a database error quotes a row's values. */
public final class Failures {

    private Failures() {
    }

    /**
     * The failure's class and, for a database error, its SQLState and the constraint it broke:
     * {@code PersistenceException (23505 participant_nik)}.
     */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return text.append(" (").append(violation.getSQLState()).append(' ')
                        .append(violation.getConstraintName()).append(')').toString();
            }
            if (t instanceof SQLException sql) {
                return text.append(" (").append(sql.getSQLState()).append(')').toString();
            }
        }
        return text.toString();
    }
}
