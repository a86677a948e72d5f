package id.go.bartim.pelatihan.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock of rules that depend on the day (an attendance edit window, say), injected so that a test can replace it
 * with one it controls: a bean of type {@link Clock} in the tests takes the place of this default, the system clock in
 * WIB.
 */
@Dependent
public class BusinessClock {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.system(BusinessTime.WIB);
    }
}
