package id.go.bartim.pelatihan.platform.web;

import id.go.bartim.pelatihan.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ETagsTest {

    @Test
    void passes_without_if_match_and_with_the_current_version_in_any_usual_form() {
        assertDoesNotThrow(() -> ETags.requireMatch(null, 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
    }

    @Test
    void refuses_a_stale_version_with_412() {
        ProblemException e = assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3));
        assertEquals(412, e.status());
    }

    @Test
    void the_refusal_names_the_current_version_and_never_repeats_the_header() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ETags.requireMatch("\"2\", \"Budi 6204011503900001\"", 3));
        assertEquals("If-Match does not name the current version \"3\"", e.getMessage());
    }
}
