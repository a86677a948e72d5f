package id.go.bartim.pelatihan.disnaker.decision;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** SPEC 4's statuses of an enrollment at disnaker and the moves between them, without a database. */
class DecisionStatusTest {

    private static Set<DecisionStatus> nextOf(DecisionStatus status) {
        Set<DecisionStatus> next = EnumSet.noneOf(DecisionStatus.class);
        for (DecisionStatus candidate : DecisionStatus.values()) {
            if (status.canBecome(candidate)) {
                next.add(candidate);
            }
        }
        return next;
    }

    @Test
    void an_accepted_enrollment_is_completed_assessed_not_competent_or_withdrawn() {
        assertEquals(EnumSet.of(DecisionStatus.COMPLETED, DecisionStatus.NOT_COMPETENT, DecisionStatus.WITHDRAWN),
                nextOf(DecisionStatus.ACCEPTED));
    }

    @Test
    void rejected_completed_not_competent_and_withdrawn_are_final() {
        for (DecisionStatus last : EnumSet.of(DecisionStatus.REJECTED, DecisionStatus.COMPLETED,
                DecisionStatus.NOT_COMPETENT, DecisionStatus.WITHDRAWN)) {
            assertEquals(Set.of(), nextOf(last), last.name());
        }
    }

    @Test
    void a_completion_told_again_is_the_same_fact() {
        assertEquals(EnumSet.of(DecisionStatus.COMPLETED, DecisionStatus.NOT_COMPETENT),
                EnumSet.copyOf(Arrays.stream(DecisionStatus.values()).filter(DecisionStatus::isAssessed)
                        .toList()));
        assertFalse(DecisionStatus.ACCEPTED.isAssessed());
    }
}
