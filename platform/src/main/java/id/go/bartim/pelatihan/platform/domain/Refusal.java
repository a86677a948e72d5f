package id.go.bartim.pelatihan.platform.domain;

import java.util.Locale;

/**
 * The name of a rule that refused something, as a service's domain states it (an enum constant such as
 * {@code CLASS_FULL}). The domain knows nothing of HTTP: each service maps its refusals to problem types in one table
 * at the edge.
 */
public interface Refusal {

    String name();

    /** The rule in kebab case ({@code class-full}): the last part of the problem type. */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
