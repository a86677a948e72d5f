package id.go.bartim.pelatihan.deploy;

import id.go.bartim.pelatihan.testing.CheckTools;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The way the checkers are run: their output whole, and a hung one stopped at the limit. */
class CheckToolsTest {

    @Test
    void a_finished_tool_gives_its_exit_code_and_all_its_output() {
        CheckTools.Result result = CheckTools.run(CheckTools.projectRoot(),
                List.of("bash", "-c", "echo out; echo err >&2; exit 3"));

        assertEquals(3, result.exitCode());
        assertEquals("out\nerr\n", result.output());
    }

    @Test
    void a_tool_that_hangs_with_its_output_open_fails_at_the_limit() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(IllegalStateException.class,
                () -> CheckTools.run(CheckTools.projectRoot(), List.of("bash", "-c", "echo started; sleep 120"),
                        Duration.ofSeconds(2))));
    }
}
