package id.go.bartim.pelatihan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by each part of the system, from {@code /proc/<pid>/stat} (user + system, in clock ticks of
 * 10 ms): the two services, the broker, PostgreSQL (the postmaster, its live backends and those already exited)
 * and the load generator itself. Two snapshots around a phase give the CPU each part spent on it, so a rate
 * can be set against what two cores can give at most.
 */
final class CpuMeter {

    static final String RUTAN = "rutan-service";
    static final String DISNAKER = "disnaker-service";
    static final String BROKER = "Kafka broker";
    static final String POSTGRES = "PostgreSQL";
    static final String LOAD = "load generator";
    private static final double SECONDS_PER_TICK = 0.01;

    private final long rutanPid;
    private final long disnakerPid;
    private final String pgDataDir;

    CpuMeter(BenchSystem system) {
        this.rutanPid = system.rutan.pid();
        this.disnakerPid = system.disnaker.pid();
        this.pgDataDir = system.root.resolve("pg").toAbsolutePath().toString();
    }

    /** CPU seconds used so far by each part. */
    Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String part : new String[] {RUTAN, DISNAKER, BROKER, POSTGRES, LOAD}) {
            seconds.put(part, 0.0);
        }
        long self = ProcessHandle.current().pid();
        long postmaster = -1;
        Map<Long, long[]> stats = new LinkedHashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(d -> d.getFileName().toString().matches("[0-9]+")).toList()) {
                long[] s = stat(p);
                if (s == null) {
                    continue;
                }
                long pid = Long.parseLong(p.getFileName().toString());
                stats.put(pid, s);
                String cmd = cmdline(p);
                if (cmd.contains("postgres") && cmd.contains(pgDataDir)) {
                    postmaster = pid;
                } else if (cmd.contains("KafkaBrokerMain")) {
                    add(seconds, BROKER, s[1] + s[2]);
                } else if (pid == rutanPid) {
                    add(seconds, RUTAN, s[1] + s[2]);
                } else if (pid == disnakerPid) {
                    add(seconds, DISNAKER, s[1] + s[2]);
                } else if (pid == self) {
                    add(seconds, LOAD, s[1] + s[2]);
                }
            }
        } catch (IOException e) {
            return seconds;
        }
        for (Map.Entry<Long, long[]> e : stats.entrySet()) {
            long[] s = e.getValue();
            if (e.getKey() == postmaster) {
                add(seconds, POSTGRES, s[1] + s[2] + s[3] + s[4]);
            } else if (s[0] == postmaster) {
                add(seconds, POSTGRES, s[1] + s[2]);
            }
        }
        return seconds;
    }

    /** CPU seconds the process {@code pid} has used so far (user + system), or -1 if it is gone. */
    static double processSeconds(long pid) {
        long[] s = stat(Path.of("/proc", Long.toString(pid)));
        return s == null ? -1 : (s[1] + s[2]) * SECONDS_PER_TICK;
    }

    /**
     * CPU seconds of each of a service's threads so far, keyed {@code <group>@<tid>}, the group being its name
     * without digits (JIT, GC, workers...): {@link #between} two of them counts each thread alive at the end, and
     * {@link #byGroup} sums them by group. (Keyed by group alone, a thread that ended in between took its whole time
     * out of its group, which could come out negative.)
     */
    static Map<String, Double> threads(long pid) {
        Map<String, Double> seconds = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : tasks.toList()) {
                long[] s = stat(t);
                String name = comm(t).replaceAll("[0-9#-]+", "#");
                if (s != null) {
                    seconds.put(name + "@" + t.getFileName(), (s[1] + s[2]) * SECONDS_PER_TICK);
                }
            }
        } catch (IOException gone) {
            // the process ended
        }
        return seconds;
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).trim();
        } catch (IOException gone) {
            return "?";
        }
    }

    /** Seconds of {@link #threads} summed by thread group. */
    static Map<String, Double> byGroup(Map<String, Double> threads) {
        Map<String, Double> groups = new java.util.TreeMap<>();
        threads.forEach((thread, s) -> groups.merge(thread.substring(0, thread.lastIndexOf('@')), s, Double::sum));
        return groups;
    }

    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((part, s) -> used.put(part, s - before.getOrDefault(part, 0.0)));
        return used;
    }

    private static void add(Map<String, Double> seconds, String part, long ticks) {
        seconds.merge(part, ticks * SECONDS_PER_TICK, Double::sum);
    }

    /** {ppid, utime, stime, cutime, cstime}, or null when the process is gone. */
    private static long[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state=0 ppid=1 ... utime=11 stime=12 cutime=13 cstime=14
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
                Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static String cmdline(Path proc) {
        try {
            return new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
