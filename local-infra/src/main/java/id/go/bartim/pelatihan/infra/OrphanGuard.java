package id.go.bartim.pelatihan.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * Stops a process we started once the JVM that started it is gone, even when that JVM died without running its
 * shutdown hooks (SIGKILL, the kernel's OOM killer, a CI job's timeout). Without it a killed test JVM leaves its
 * PostgreSQL server, its Kafka broker and its service JVMs running, holding memory and ports until someone notices.
 * <p>
 * The watchdog is a small shell loop in a session of its own (so that signals sent to our process group spare
 * it): once a second it checks, with {@code kill -0}, that the owner still lives; when the owner does not, it sends
 * the guarded process the given signal. It exits by itself as soon as the guarded process ends, so a process that
 * was stopped the normal way leaves nothing behind. (Should that process's pid be reused within the second before
 * the watchdog notices, and this JVM then die, the new process would get the signal: not worth the start-time
 * bookkeeping that would prevent it, for processes of a test or a local run.)
 */
final class OrphanGuard {

    private static final Logger LOG = Logger.getLogger(OrphanGuard.class);
    private static final Path[] SETSID = {Path.of("/usr/bin/setsid"), Path.of("/bin/setsid")};

    private OrphanGuard() {
    }

    /** Sends {@code signal} (a name such as {@code KILL} or {@code QUIT}) to {@code guardedPid} once this JVM is gone. */
    static Process guard(long guardedPid, String signal) {
        return guard(ProcessHandle.current().pid(), guardedPid, signal);
    }

    /** As {@link #guard(long, String)}, for another owner than this JVM (tests). */
    static Process guard(long ownerPid, long guardedPid, String signal) {
        if (!signal.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("Not a signal name: " + signal);
        }
        // kill with 0 or a negative number signals a whole process group; 1 is init
        if (ownerPid <= 1 || guardedPid <= 1) {
            throw new IllegalArgumentException("Not a process to guard: owner " + ownerPid + ", guarded " + guardedPid);
        }
        String script = """
                while kill -0 %1$d 2>/dev/null && kill -0 %2$d 2>/dev/null; do sleep 1; done
                if kill -0 %2$d 2>/dev/null; then kill -%3$s %2$d 2>/dev/null; fi
                exit 0""".formatted(ownerPid, guardedPid, signal);
        List<String> command = new ArrayList<>();
        for (Path setsid : SETSID) {
            if (Files.isExecutable(setsid)) {
                command.add(setsid.toString());
                break;
            }
        }
        if (command.isEmpty()) {
            LOG.warnf("No setsid here: the watchdog of process %d shares our process group, so a signal sent to the "
                    + "whole group (a terminal's Ctrl-C, a CI job's kill) ends it too", guardedPid);
        }
        command.addAll(List.of("sh", "-c", script));
        try {
            return new ProcessBuilder(command)
                    .redirectInput(Redirect.from(new File("/dev/null")))
                    .redirectOutput(Redirect.DISCARD)
                    .redirectError(Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the watchdog of process " + guardedPid, e);
        }
    }
}
