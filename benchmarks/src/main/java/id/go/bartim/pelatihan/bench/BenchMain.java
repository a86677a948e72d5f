package id.go.bartim.pelatihan.bench;

import id.go.bartim.pelatihan.bench.DecisionTimes.Journey;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * The benchmark ({@code ./bench.sh}): starts PostgreSQL, the broker and both services, measures the
 * infrastructure's baselines, decision latency at a steady rate, a burst, the REST API against the framework's
 * own ceiling, and start-up time and memory; prints a table and writes the figures as JSON.
 */
public final class BenchMain {

    private final BenchOptions options;
    private final Report report = new Report();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private BenchSystem system;
    private Api api;
    private Load load;
    private DecisionPhases decisions;
    private long acceptedSoFar;

    private BenchMain(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %5$s%6$s%n");
        System.setProperty("slf4j.internal.verbosity", "ERROR"); // kafka-clients: no SLF4J binding here, on purpose
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        new BenchMain(options).run();
        System.exit(0); // the HTTP client's and Kafka's threads must not keep the JVM alive
    }

    private void run() throws Exception {
        results.put("started_at", Instant.now().toString());
        results.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"),
                "load_average_at_start", Files.readString(Path.of("/proc/loadavg")).trim()));
        results.put("options", options.toString());
        step("Starting PostgreSQL, the Kafka broker, disnaker-service and rutan-service");
        try (BenchSystem started = new BenchSystem(BenchSystem.projectRoot(), options.pgFsyncOff(),
                options.pgStatements(), options.serviceJvmOpts())) {
            system = started;
            api = new Api(Api.client(), system);
            load = new Load(api.http);
            decisions = new DecisionPhases(system, api, load);
            decisions.prepare();
            if (options.batchesOnly()) {
                batches();
            } else {
                startupAndIdleMemory();
                if (!options.restOnly()) {
                    baselines();
                    jitWarmup();
                    steady();
                    burst();
                    results.put("rss_after_burst_mib", rss());
                    batches();
                }
                rest();
            }
            results.put("rss_at_end_mib", rss());
            step("Stopping everything");
        }
        results.put("finished_at", Instant.now().toString());
        results.put("load_average_at_end", Files.readString(Path.of("/proc/loadavg")).trim());
        report.info("machine", "load average at start / end (shared machine)", String.valueOf(
                ((Map<?, ?>) results.get("machine")).get("load_average_at_start")) + " / "
                + results.get("load_average_at_end"));
        Files.createDirectories(options.output().toAbsolutePath().getParent());
        Files.writeString(options.output(), Json.write(results));
        System.out.println();
        System.out.print(report.table());
        System.out.println();
        System.out.println("JSON: " + options.output().toAbsolutePath());
    }

    private void startupAndIdleMemory() throws InterruptedException {
        Map<String, Object> cost = new LinkedHashMap<>();
        for (BenchSystem.Service s : List.of(system.rutan, system.disnaker)) {
            double settledS = awaitIdle(s.pid());
            double rss = BenchSystem.rssMiB(s.pid());
            cost.put(s.process().name(), Map.of("ready_ms", s.readyMs(), "quarkus_started_ms", s.quarkusStartedMs(),
                    "rss_idle_mib", rss, "idle_after_s", settledS, "pid", s.pid()));
            report.check("5 cost", s.process().name() + " launch to /q/health/ready 200",
                    String.format("%.2f s (Quarkus: started in %.2f s)", s.readyMs() / 1000, s.quarkusStartedMs() / 1000),
                    "<= 2 s", s.readyMs() <= 2000);
            report.check("5 cost", s.process().name() + " RSS at idle", String.format(
                    "%.0f MiB (idle: under %.0f%% of a core for %d s in a row, %.0f s after the check began)", rss,
                    IDLE_CPU_SHARE * 100, IDLE_SECONDS, settledS), "<= 250 MB", rss * 1.048576 <= 250);
        }
        results.put("startup_and_idle", cost);
    }

    private static final double IDLE_CPU_SHARE = 0.10;
    private static final int IDLE_SECONDS = 3;
    private static final int IDLE_WAIT_MAX_SECONDS = 60;

    /**
     * Waits until the service is idle: its start-up work done (topic provisioning, first polls, the JIT compiling
     * its start-up code), it uses under 10% of a core for 3 s in a row; at most 60 s. Returns the seconds waited.
     */
    private static double awaitIdle(long pid) throws InterruptedException {
        return awaitQuiet(() -> CpuMeter.processSeconds(pid), IDLE_CPU_SHARE);
    }

    /**
     * Samples {@code cpuSeconds} once a second until it grew by less than {@code share} of a core for
     * {@link #IDLE_SECONDS} seconds in a row, at most {@link #IDLE_WAIT_MAX_SECONDS}. Returns the seconds waited.
     */
    private static double awaitQuiet(java.util.function.DoubleSupplier cpuSeconds, double share)
            throws InterruptedException {
        long begin = System.nanoTime();
        int quiet = 0;
        double before = cpuSeconds.getAsDouble();
        for (int s = 0; s < IDLE_WAIT_MAX_SECONDS && quiet < IDLE_SECONDS; s++) {
            Thread.sleep(1000); // the sampling interval of a harness, not a test waiting for async work
            double now = cpuSeconds.getAsDouble();
            quiet = now - before < share ? quiet + 1 : 0;
            before = now;
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    private Map<String, Object> rss() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (BenchSystem.Service s : List.of(system.rutan, system.disnaker)) {
            m.put(s.process().name(), BenchSystem.rssMiB(s.pid()));
        }
        return m;
    }

    private void baselines() throws Exception {
        step("Baselines: Kafka round trip and PostgreSQL insert+commit, " + options.baselineSamples() + " each");
        Latencies kafka = Baselines.kafkaRoundTrip(system, options.baselineSamples());
        Latencies pg = Baselines.postgresInsertCommit(system, options.baselineSamples());
        results.put("baseline_kafka_round_trip_1kb_acks_all", kafka.json());
        results.put("baseline_postgres_insert_commit", pg.json());
        report.info("1 baseline", "Kafka produce->consume, 1 KB, acks=all", Report.percentiles(kafka));
        report.info("1 baseline", "PostgreSQL one-row insert+commit" + (options.pgFsyncOff() ? " (fsync off)" : ""),
                Report.percentiles(pg));
    }

    /**
     * Not measured: the hot paths compiled before the figures are taken, as in a service that has run a while. On two
     * cores each service has one C2 compiler thread, and one round of the warm-up queues more for it than it can
     * compile meanwhile (measured: 37–45 s of compiling per service during a 3,000-enrollment round, and another
     * 7–10 s during the burst after it, mostly methods moving from C1's profiling code up to C2). So the warm-up
     * runs in rounds, each followed by a wait for the compilers to go quiet, until the compilers took under
     * {@link #WARM_COMPILER_SHARE} of the services' CPU in a round (at most {@link #WARM_MAX_ROUNDS} rounds).
     */
    private void jitWarmup() throws Exception {
        int n = options.jitWarmup();
        if (n == 0) {
            return;
        }
        long begin = System.nanoTime();
        List<Map<String, Object>> rounds = warmUntilCompiled("JIT warm-up", () -> {
            step("JIT warm-up: creating " + n + " inmates and " + (n + 499) / 500 + " classes (not timed)");
            List<String> inmates = decisions.inmates(n);
            List<String> classes = decisions.classes(n);
            step("JIT warm-up: " + n + " enrollments, " + options.burstConcurrency() + " in flight (not measured)");
            enrollAndAwait("jit-warmup", inmates, classes, 0, options.burstConcurrency());
        });
        double seconds = (System.nanoTime() - begin) / 1e9;
        results.put("jit_warmup", Map.of("enrollments_per_round", n, "seconds", seconds, "rounds", rounds));
        report.info("2 steady", "JIT warm-up before measuring (not a figure)", String.format(
                "%d round(s) of %d enrollments in %.0f s; JIT compilers' share of the services' CPU by round: %s",
                rounds.size(), n, seconds, shares(rounds)));
    }

    /** A round of warm-up is done when the compilers took less than this share of the services' CPU in it. */
    private static final double WARM_COMPILER_SHARE = 0.10;
    private static final int WARM_MAX_ROUNDS = 5;

    /** Something that warms the services up; run again until the JIT has compiled what it exercises. */
    private interface WarmUpRound {
        void run() throws Exception;
    }

    /**
     * Runs {@code round} until, counting the wait for the compilers to go quiet after it, the services' JIT compiler
     * threads used under {@link #WARM_COMPILER_SHARE} of their CPU (at most {@link #WARM_MAX_ROUNDS} rounds).
     * Returns each round's figures.
     */
    private List<Map<String, Object>> warmUntilCompiled(String label, WarmUpRound round) throws Exception {
        List<Map<String, Object>> rounds = new ArrayList<>();
        List<Long> pids = List.of(system.rutan.pid(), system.disnaker.pid());
        while (true) {
            double compilersBefore = pids.stream().mapToDouble(BenchMain::compilerSeconds).sum();
            double cpuBefore = pids.stream().mapToDouble(CpuMeter::processSeconds).sum();
            round.run();
            double quietAfter = 0;
            for (long pid : pids) {
                quietAfter += awaitCompilersQuiet(pid);
            }
            double compilers = pids.stream().mapToDouble(BenchMain::compilerSeconds).sum() - compilersBefore;
            double cpu = pids.stream().mapToDouble(CpuMeter::processSeconds).sum() - cpuBefore;
            double share = cpu > 0 ? compilers / cpu : 0;
            rounds.add(Map.of("compiler_cpu_s", compilers, "services_cpu_s", cpu, "compiler_share", share,
                    "compilers_quiet_after_s", quietAfter));
            if (share < WARM_COMPILER_SHARE || rounds.size() >= WARM_MAX_ROUNDS) {
                step(String.format("%s: done after %d round(s) (JIT compilers' share by round: %s)", label,
                        rounds.size(), shares(rounds)));
                return rounds;
            }
        }
    }

    /** The compilers' share of each round, and whether the round cap rather than the target ended the warm-up. */
    private static String shares(List<Map<String, Object>> rounds) {
        String shares = rounds.stream().map(r -> String.format("%.0f%%", 100 * (Double) r.get("compiler_share")))
                .collect(java.util.stream.Collectors.joining(", "));
        double last = (Double) rounds.get(rounds.size() - 1).get("compiler_share");
        return last < WARM_COMPILER_SHARE ? shares : shares + " (stopped at the " + WARM_MAX_ROUNDS + "-round cap)";
    }

    private static final double COMPILERS_QUIET_CPU_SHARE = 0.05;

    /**
     * Waits until the service's JIT compiler threads have worked off their queue: under 5% of a core for 3 s in a
     * row, at most 60 s. Returns the seconds waited.
     */
    private static double awaitCompilersQuiet(long pid) throws InterruptedException {
        return awaitQuiet(() -> compilerSeconds(pid), COMPILERS_QUIET_CPU_SHARE);
    }

    /**
     * CPU seconds of the service's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre") so far. Only threads
     * alive now count: exact on two cores (one C1 and one C2 thread for the JVM's life); with more cores HotSpot
     * starts and stops extra compiler threads, and the time of those that ended would be missed.
     */
    private static double compilerSeconds(long pid) {
        return CpuMeter.threads(pid).entrySet().stream().filter(e -> e.getKey().contains("CompilerThre"))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private void steady() throws Exception {
        int warm = (int) Math.round(options.steadyRate() * options.warmupSeconds());
        int measured = (int) Math.round(options.steadyRate() * options.steadySeconds());
        step("Steady: creating " + (warm + measured) + " inmates and their classes (not timed)");
        List<String> inmates = decisions.inmates(warm + measured);
        List<String> warmClasses = decisions.classes(warm);
        List<String> classes = decisions.classes(measured);
        startJfr();
        step(String.format("Steady: %.0f enrollments/s, %d s warm-up then %d s measured", options.steadyRate(),
                options.warmupSeconds(), options.steadySeconds()));
        enrollAndAwait("steady-warmup", inmates.subList(0, warm), warmClasses, options.steadyRate(), 32);
        DecisionPhases.Posted posted = enrollAndAwait("steady", inmates.subList(warm, warm + measured), classes,
                options.steadyRate(), 32);
        Map<String, Object> metric = decisions.decisionLatencyMetric();
        Collection<Journey> j = DecisionTimes.of(system, DecisionPhases.ids(posted)).values();
        Latencies fromAck = DecisionTimes.between(j, x -> posted.acceptedAt().get(x.enrollmentId()), Journey::applied);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("posts", posted.result().json());
        m.put("ack_202_to_applied_on_rutan", fromAck.json());
        m.put("hops", hops(j));
        m.put("rutan_metric_enrollment_decision_latency_seconds", metric);
        results.put("steady", m);
        boolean p50 = fromAck.percentileMs(0.5) <= 20;
        boolean p99 = fromAck.percentileMs(0.99) <= 100;
        report.info("2 steady", String.format("POST enrollment at %.0f/s (from intended send)", options.steadyRate()),
                Report.percentiles(posted.result().latencies()) + errors(posted.result()));
        report.check("2 steady", "202 -> decision applied on rutan (DB timestamps)", Report.percentiles(fromAck),
                "p50 <= 20 ms, p99 <= 100 ms", p50 && p99);
        report.info("2 steady", "rutan metric, accepted (last window)", String.valueOf(metric.get("accepted")));
        report.info("2 steady", "  hop: request -> rutan relay published", Report.percentiles(
                DecisionTimes.between(j, Journey::requested, Journey::requestPublished)));
        report.info("2 steady", "  hop: published -> disnaker picked up", Report.percentiles(
                DecisionTimes.between(j, Journey::requestPublished, Journey::pickedUp)));
        report.info("2 steady", "  hop: picked up -> decided (disnaker tx)", Report.percentiles(
                DecisionTimes.between(j, Journey::pickedUp, Journey::decided)));
        report.info("2 steady", "  hop: decided -> disnaker relay published", Report.percentiles(
                DecisionTimes.between(j, Journey::decided, Journey::decisionPublished)));
        report.info("2 steady", "  hop: published -> applied on rutan", Report.percentiles(
                DecisionTimes.between(j, Journey::decisionPublished, Journey::applied)));
    }

    private void burst() throws Exception {
        int n = options.burst();
        step("Burst: creating " + n + " inmates and " + (n + 499) / 500 + " classes (not timed)");
        List<String> inmates = decisions.inmates(n);
        List<String> classes = decisions.classes(n);
        step("Burst: " + n + " enrollments, " + options.burstConcurrency() + " in flight");
        PgStatements statements = options.pgStatements() ? new PgStatements(system) : null;
        if (statements != null) {
            statements.reset();
        }
        CpuMeter cpu = new CpuMeter(system);
        Map<String, Double> cpuBefore = cpu.snapshot();
        Map<String, Double> rutanThreads = CpuMeter.threads(system.rutan.pid());
        Map<String, Double> disnakerThreads = CpuMeter.threads(system.disnaker.pid());
        DecisionPhases.Posted posted = enrollAndAwait("burst", inmates, classes, 0, options.burstConcurrency());
        Map<String, Double> cpuUsed = CpuMeter.between(cpuBefore, cpu.snapshot());
        Map<String, Object> statementsUsed = statements == null ? null : statements.perEnrollment(n);
        rutanThreads = CpuMeter.byGroup(CpuMeter.between(rutanThreads, CpuMeter.threads(system.rutan.pid())));
        disnakerThreads = CpuMeter.byGroup(CpuMeter.between(disnakerThreads,
                CpuMeter.threads(system.disnaker.pid())));
        stopJfr("decisions");
        long start = posted.result().startEpochNanos();
        Collection<Journey> j = DecisionTimes.of(system, DecisionPhases.ids(posted)).values();
        double intakeS = (max(j, x -> posted.acceptedAt().get(x.enrollmentId())) - start) / 1e9;
        double disnakerS = (max(j, Journey::decided) - start) / 1e9;
        double rutanS = (max(j, Journey::applied) - start) / 1e9;
        double perSecond = j.size() / rutanS;
        Map<String, Object> quota = decisions.quotaCheck(acceptedSoFar);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", n);
        m.put("posts", posted.result().json());
        m.put("all_202_after_s", intakeS);
        m.put("all_decided_on_disnaker_after_s", disnakerS);
        m.put("all_applied_on_rutan_after_s", rutanS);
        m.put("decisions_per_s_end_to_end", perSecond);
        m.put("decisions_per_s_on_disnaker", j.size() / disnakerS);
        m.put("hops", hops(j));
        m.put("quota", quota);
        m.put("cpu_seconds", cpuUsed);
        results.put("burst", m);
        report.info("3 burst", n + " POSTs answered 202 after", String.format("%.2f s (%.0f/s)%s", intakeS,
                n / intakeS, errors(posted.result())));
        report.info("3 burst", "all decided on disnaker after", String.format("%.2f s (%.0f/s)", disnakerS,
                j.size() / disnakerS));
        report.check("3 burst", "all applied on rutan after (end to end)", String.format("%.2f s = %.0f decisions/s",
                rutanS, perSecond), ">= 2000/s", perSecond >= 2000);
        cpuReport("3 burst", cpuUsed, j.size(), rutanS);
        threadReport("3 burst", "rutan-service", rutanThreads, j.size());
        threadReport("3 burst", "disnaker-service", disnakerThreads, j.size());
        m.put("cpu_seconds_by_thread", Map.of("rutan-service", rutanThreads, "disnaker-service", disnakerThreads));
        if (statementsUsed != null) {
            statementsReport("3 burst", statementsUsed, m);
        }
        report.check("3 burst", "quota counters exact", String.format("reserved %s, expected %d, rejected %s",
                quota.get("quota_reserved"), acceptedSoFar, quota.get("disnaker_rejected")), "exact",
                Boolean.TRUE.equals(quota.get("exact")));
    }

    /**
     * The batch phase (SPEC 10): {@code --batch-repeats} runs of {@code --batches} batches of {@code --batch-size}
     * posted in a row, one class each, after a JIT warm-up of the same batches. A run's end-to-end rate counts from
     * its first batch sent to the last of its enrollments decided on rutan; the answer time's percentiles are over
     * the batches of all runs. The inmates and classes are created before the first run (not timed), so the CPU,
     * the statements and the JFR recording cover the runs alone.
     */
    private void batches() throws Exception {
        BatchPhase phase = new BatchPhase(system, api, decisions);
        int size = options.batchSize();
        int count = options.batches();
        int repeats = options.batchRepeats();
        if (options.batchWarmup() > 0) {
            int warm = options.batchWarmup();
            List<Map<String, Object>> rounds = warmUntilCompiled("Batch JIT warm-up", () -> {
                step("Batch JIT warm-up: creating " + warm * size + " inmates and " + warm + " classes (not timed)");
                BatchPhase.Prepared p = phase.prepare(warm, size);
                step("Batch JIT warm-up: " + warm + " batches of " + size + " in a row (not measured)");
                awaitDecided("batch-warmup", phase.run(p));
            });
            results.put("batch_jit_warmup", Map.of("batches_per_round", warm, "rounds", rounds));
            report.info("3b batches", "JIT warm-up before measuring (not a figure)", String.format(
                    "%d round(s) of %d batches of %d; JIT compilers' share of the services' CPU by round: %s",
                    rounds.size(), warm, size, shares(rounds)));
        }
        step("Batches: creating " + repeats * count * size + " inmates and " + repeats * count
                + " classes (not timed)");
        List<BatchPhase.Prepared> prepared = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            prepared.add(phase.prepare(count, size));
        }
        PgStatements statements = options.pgStatements() ? new PgStatements(system) : null;
        if (statements != null) {
            statements.reset();
        }
        startJfr();
        CpuMeter cpu = new CpuMeter(system);
        Map<String, Double> cpuBefore = cpu.snapshot();
        Map<String, Double> rutanThreads = CpuMeter.threads(system.rutan.pid());
        Map<String, Double> disnakerThreads = CpuMeter.threads(system.disnaker.pid());
        long phaseBegin = System.nanoTime();
        List<Long> answers = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        int decided = 0;
        for (int r = 0; r < repeats; r++) {
            step(String.format("Batches: run %d of %d, %d batches of %d in a row", r + 1, repeats, count, size));
            BatchPhase.Run run = phase.run(prepared.get(r));
            awaitDecided("batches", run);
            Collection<Journey> j = DecisionTimes.of(system, run.enrollmentIds()).values();
            double disnakerS = (max(j, Journey::decided) - run.startEpochNanos()) / 1e9;
            double rutanS = (max(j, Journey::applied) - run.startEpochNanos()) / 1e9;
            Latencies answered = new Latencies(run.answerNanos());
            for (long a : run.answerNanos()) {
                answers.add(a);
            }
            rates.add(j.size() / rutanS);
            decided += j.size();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("accepted", run.accepted());
            m.put("refused", run.refused());
            m.put("batch_answer", answered.json());
            m.put("all_decided_on_disnaker_after_s", disnakerS);
            m.put("all_applied_on_rutan_after_s", rutanS);
            m.put("decisions_per_s_end_to_end", j.size() / rutanS);
            m.put("hops", hops(j));
            runs.add(m);
            report.info("3b batches", String.format("run %d: %d x %d answered, all applied on rutan after", r + 1,
                    count, size), String.format("answers sum %.2f s (max %.0f ms); decided on disnaker %.2f s,"
                    + " applied on rutan %.2f s = %.0f decisions/s%s", sumSeconds(run.answerNanos()),
                    answered.maxMs(), disnakerS, rutanS, j.size() / rutanS,
                    run.refused() > 0 ? " [" + run.refused() + " refused]" : ""));
        }
        double phaseS = (System.nanoTime() - phaseBegin) / 1e9;
        Map<String, Double> cpuUsed = CpuMeter.between(cpuBefore, cpu.snapshot());
        Map<String, Object> statementsUsed = statements == null ? null : statements.perEnrollment(decided);
        rutanThreads = CpuMeter.byGroup(CpuMeter.between(rutanThreads, CpuMeter.threads(system.rutan.pid())));
        disnakerThreads = CpuMeter.byGroup(CpuMeter.between(disnakerThreads,
                CpuMeter.threads(system.disnaker.pid())));
        stopJfr("batches");
        Latencies answered = new Latencies(answers.stream().mapToLong(Long::longValue).toArray());
        double median = rates.stream().sorted().toList().get(rates.size() / 2);
        Map<String, Object> quota = decisions.quotaCheck(acceptedSoFar);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch_size", size);
        m.put("batches_in_a_row", count);
        m.put("runs", runs);
        m.put("batch_answer", answered.json());
        m.put("decisions_per_s_end_to_end_median", median);
        m.put("quota", quota);
        m.put("cpu_seconds", cpuUsed);
        m.put("cpu_seconds_by_thread", Map.of("rutan-service", rutanThreads, "disnaker-service", disnakerThreads));
        results.put("batches", m);
        report.check("3b batches", String.format("%d batches of %d in a row, end to end (median of %d runs)", count,
                size, repeats), String.format("%.0f decisions/s (runs: %s)", median, rates.stream()
                .map(x -> String.format("%.0f", x)).collect(java.util.stream.Collectors.joining(", "))),
                ">= 2000/s", median >= 2000);
        report.check("3b batches", "batch of " + size + " answered (send to whole answer read)", String.format(
                "p50 %s  p95 %s  p99 %s  max %s  (n=%d%s)", Report.ms(answered.percentileMs(0.5)),
                Report.ms(answered.percentileMs(0.95)), Report.ms(answered.percentileMs(0.99)),
                Report.ms(answered.maxMs()), answered.count(), answered.count() < 100 ? ": p99 is the max" : ""),
                "p99 < 1 s", answered.percentileMs(0.99) < 1000);
        cpuReport("3b batches", cpuUsed, decided, phaseS);
        threadReport("3b batches", "rutan-service", rutanThreads, decided);
        threadReport("3b batches", "disnaker-service", disnakerThreads, decided);
        if (statementsUsed != null) {
            statementsReport("3b batches", statementsUsed, m);
        }
        report.check("3b batches", "quota counters exact", String.format("reserved %s, expected %d, rejected %s",
                quota.get("quota_reserved"), acceptedSoFar, quota.get("disnaker_rejected")), "exact",
                Boolean.TRUE.equals(quota.get("exact")));
    }

    /** Counts the run's accepted enrollments and waits until rutan has none PENDING. */
    private void awaitDecided(String name, BatchPhase.Run run) throws Exception {
        acceptedSoFar += run.accepted();
        long deadline = System.nanoTime() + Duration.ofSeconds(120 + run.accepted() / 20).toNanos();
        if (!DecisionTimes.awaitNoPending(system, deadline)) {
            throw new IllegalStateException(name + ": enrollments still PENDING after the deadline");
        }
    }

    private static double sumSeconds(long[] nanos) {
        return java.util.Arrays.stream(nanos).sum() / 1e9;
    }

    /**
     * CPU each part spent per enrollment during the burst, and the rate the machine's cores could carry at
     * most if the system did nothing but this (the load generator excluded): the ceiling of any end-to-end rate.
     */
    private void cpuReport(String phase, Map<String, Double> used, int enrollments, double seconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        double systemMs = 0;
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, Double> e : used.entrySet()) {
            double msEach = e.getValue() * 1000 / enrollments;
            if (!CpuMeter.LOAD.equals(e.getKey())) {
                systemMs += msEach;
            }
            parts.append(String.format("%s%s %.2f", parts.length() == 0 ? "" : ", ", e.getKey(), msEach));
        }
        double busy = used.values().stream().mapToDouble(Double::doubleValue).sum() / (seconds * cores);
        report.info(phase, "CPU ms per enrollment (all hops)", parts.toString());
        report.info(phase, "  system total / what " + cores + " cores allow", String.format(
                "%.2f ms -> at most %.0f enrollments/s; cores %.0f%% busy during the phase", systemMs,
                cores * 1000 / systemMs, busy * 100));
    }

    @SuppressWarnings("unchecked")
    private void statementsReport(String phase, Map<String, Object> perDatabase, Map<String, Object> into) {
        into.put("postgres_statements", perDatabase);
        statementLines(phase, "enrollment", perDatabase);
    }

    /** Statements per unit of work in each database (of those it ran at all), and the busiest of them. */
    @SuppressWarnings("unchecked")
    private void statementLines(String phase, String unit, Map<String, Object> perDatabase) {
        perDatabase.forEach((database, figures) -> {
            Map<String, Object> f = (Map<String, Object>) figures;
            double each = (Double) f.get("statements_per_" + unit);
            if (each < 0.01) {
                return;
            }
            report.info(phase, "  PostgreSQL statements per " + unit + ", " + database, String.format(
                    "%.2f statements, %.3f ms server time", each, (Double) f.get("server_ms_per_" + unit)));
            for (Map<String, Object> q : (List<Map<String, Object>>) f.get("busiest")) {
                String query = (String) q.get("query");
                report.info(phase, "", String.format("%5.2f calls %6.3f ms  %s", (Double) q.get("calls_per_" + unit),
                        (Double) q.get("server_ms_per_" + unit),
                        query.length() > 90 ? query.substring(0, 90) + "..." : query));
            }
        });
    }

    private void threadReport(String phase, String service, Map<String, Double> threads, int enrollments) {
        String top = threads.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue() * 1000 / enrollments))
                .collect(java.util.stream.Collectors.joining(", "));
        report.info(phase, "  " + service + " threads, CPU ms per enrollment", top);
    }

    private DecisionPhases.Posted enrollAndAwait(String name, List<String> inmates, List<String> classes, double rate,
            int threads) throws Exception {
        DecisionPhases.Posted posted = decisions.post(name, inmates, classes, rate, threads);
        if (posted.result().errors() > 0) {
            System.err.println(name + ": " + posted.result().errors() + " POSTs failed, first: "
                    + posted.result().firstError());
        }
        acceptedSoFar += posted.acceptedAt().size();
        long deadline = System.nanoTime() + Duration.ofSeconds(120 + inmates.size() / 20).toNanos();
        if (!DecisionTimes.awaitNoPending(system, deadline)) {
            throw new IllegalStateException(name + ": enrollments still PENDING after the deadline");
        }
        return posted;
    }

    private void rest() throws Exception {
        step("REST: /q/health/live, GET and POST /api/v1/inmates, " + options.restSeconds() + " s each,"
                + " fixed concurrency then fixed arrival rate");
        List<String> ids = decisions.inmates(200);
        Map<String, Object> m = new LinkedHashMap<>();
        startJfr();
        RestFigures health = restPhase("health-live", i -> api.health(), 200, m);
        RestFigures get = restPhase("get-inmate",
                i -> api.getInmate(ids.get(ThreadLocalRandom.current().nextInt(ids.size()))), 200, m);
        RestFigures post = restPhase("post-inmate", api::postInmate, 201, m);
        stopJfr("rest");
        results.put("rest", m);
        double ceiling = health.most().requestsPerSecond();
        double getShare = get.most().requestsPerSecond() / ceiling;
        double postShare = post.most().requestsPerSecond() / ceiling;
        report.info("4 REST", "JIT warm-up rounds: compilers' share", String.format(
                "health %s; GET %s; POST %s", health.warmUpShares(), get.warmUpShares(), post.warmUpShares()));
        report.info("4 REST", "GET /q/health/live (the ceiling)", health.describe());
        report.info("4 REST", "  CPU per request, cores busy", health.cpu());
        report.check("4 REST", "GET /api/v1/inmates/{id}", get.describe() + String.format(" = %.0f%%", 100 * getShare),
                ">= 50% of ceiling", getShare >= 0.5);
        report.info("4 REST", "  CPU per request, cores busy", get.cpu());
        statementLines("4 REST", "request", get.statements());
        report.check("4 REST", "POST /api/v1/inmates", post.describe() + String.format(" = %.0f%%", 100 * postShare),
                ">= 25% of ceiling", postShare >= 0.25);
        report.info("4 REST", "  CPU per request, cores busy", post.cpu());
        statementLines("4 REST", "request", post.statements());
    }

    /**
     * One endpoint: the most it took at fixed concurrency, its latency at a fixed rate below that, and the CPU
     * seconds each part of the machine spent during the fixed-concurrency run.
     */
    private record RestFigures(Load.Result most, Load.Result atRate, Map<String, Double> cpuSeconds,
            List<Map<String, Object>> warmUp, Map<String, Object> statements) {
        String describe() {
            return String.format("%.0f req/s at %d conns (p99 %s); at %.0f/s: p50 %s p99 %s%s",
                    most.requestsPerSecond(), most.threads(), Report.ms(most.latencies().percentileMs(0.99)),
                    atRate.targetRate(), Report.ms(atRate.latencies().percentileMs(0.5)),
                    Report.ms(atRate.latencies().percentileMs(0.99)), errors(most) + errors(atRate));
        }

        /** The compilers' share of the services' CPU in each 5 s warm-up round before the phase. */
        String warmUpShares() {
            return shares(warmUp);
        }

        /** Microseconds of CPU per request of each busy part, and how busy the cores were: is it CPU-bound? */
        String cpu() {
            long requests = Math.max(1, most.requests());
            String parts = cpuSeconds.entrySet().stream().filter(e -> e.getValue() * 1e6 / requests >= 1)
                    .map(e -> String.format("%s %.0f us", e.getKey(), e.getValue() * 1e6 / requests))
                    .collect(java.util.stream.Collectors.joining(", "));
            double busy = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum()
                    / (most.seconds() * Runtime.getRuntime().availableProcessors());
            return String.format("%s; cores %.0f%% busy", parts, busy * 100);
        }
    }

    /** Fixed concurrency for the most it takes, then a fixed arrival rate below that for honest percentiles. */
    private RestFigures restPhase(String name, LongFunction<HttpRequest> request,
            int status, Map<String, Object> into) throws Exception {
        int c = options.restConcurrency();
        List<Map<String, Object>> warmUp = warmUntilCompiled("REST " + name + " warm-up", () -> load.run(
                new Load.Spec(name + "-warmup", c, 0, Long.MAX_VALUE, Duration.ofSeconds(5), status, request,
                        Load.IGNORE)));
        PgStatements statements = options.pgStatements() ? new PgStatements(system) : null;
        if (statements != null) {
            statements.reset();
        }
        CpuMeter meter = new CpuMeter(system);
        Map<String, Double> before = meter.snapshot();
        Load.Result closed = load.run(new Load.Spec(name, c, 0, Long.MAX_VALUE,
                Duration.ofSeconds(options.restSeconds()), status, request, Load.IGNORE));
        Map<String, Double> cpuUsed = CpuMeter.between(before, meter.snapshot());
        Map<String, Object> statementsUsed = statements == null ? Map.of()
                : statements.per((int) Math.max(1, closed.requests()), "request");
        double rate = closed.requestsPerSecond() * options.restRateFraction();
        Load.Result open = load.run(new Load.Spec(name + "-fixed-rate", 4 * c, rate, Long.MAX_VALUE,
                Duration.ofSeconds(options.restSeconds()), status, request, Load.IGNORE));
        into.put(name, Map.of("fixed_concurrency", closed.json(), "fixed_rate", open.json(),
                "cpu_seconds_at_fixed_concurrency", cpuUsed, "warm_up_rounds", warmUp,
                "postgres_statements_at_fixed_concurrency", statementsUsed));
        return new RestFigures(closed, open, cpuUsed, warmUp, statementsUsed);
    }

    private static Map<String, Object> hops(Collection<Journey> j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requested_to_applied_on_rutan", DecisionTimes.between(j, Journey::requested, Journey::applied).json());
        m.put("requested_to_decided_on_disnaker", DecisionTimes.between(j, Journey::requested, Journey::decided).json());
        m.put("requested_to_rutan_relay_published",
                DecisionTimes.between(j, Journey::requested, Journey::requestPublished).json());
        m.put("rutan_published_to_disnaker_picked_up",
                DecisionTimes.between(j, Journey::requestPublished, Journey::pickedUp).json());
        m.put("disnaker_picked_up_to_decided", DecisionTimes.between(j, Journey::pickedUp, Journey::decided).json());
        m.put("decided_to_disnaker_relay_published",
                DecisionTimes.between(j, Journey::decided, Journey::decisionPublished).json());
        m.put("disnaker_published_to_applied_on_rutan",
                DecisionTimes.between(j, Journey::decisionPublished, Journey::applied).json());
        return m;
    }

    private static long max(Collection<Journey> journeys, ToLongFunction<Journey> step) {
        return journeys.stream().mapToLong(step).max().orElse(0);
    }

    private static String errors(Load.Result r) {
        return r.errors() == 0 ? "" : " [" + r.errors() + " errors]";
    }

    private void startJfr() {
        if (options.jfr()) {
            for (BenchSystem.Service s : List.of(system.rutan, system.disnaker)) {
                jcmd(s.pid(), "JFR.start", "name=bench", "settings=profile");
            }
        }
    }

    /** Stops the recording started by {@link #startJfr()} into {@code <service>-<phase>.jfr}. */
    private void stopJfr(String phase) {
        if (options.jfr()) {
            for (BenchSystem.Service s : List.of(system.rutan, system.disnaker)) {
                Path file = system.root.resolve(s.process().name() + "-" + phase + ".jfr");
                jcmd(s.pid(), "JFR.stop", "name=bench", "filename=" + file);
                step("JFR recording: " + file);
            }
        }
    }

    private static void jcmd(long pid, String... command) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<String> args = new ArrayList<>(List.of(jcmd, Long.toString(pid)));
        args.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                System.err.println("jcmd failed: " + out);
            }
        } catch (IOException e) {
            System.err.println("jcmd not available: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void step(String what) {
        System.err.printf("%tT  %s%n", System.currentTimeMillis(), what);
    }
}
