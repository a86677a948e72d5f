package id.go.bartim.pelatihan.bench;

import java.nio.file.Path;

/** The benchmark's parameters ({@code ./bench.sh --help}); defaults keep a run under ten minutes on 2 cores. */
record BenchOptions(
        double steadyRate,
        int steadySeconds,
        int warmupSeconds,
        int jitWarmup,
        int burst,
        int burstConcurrency,
        int restSeconds,
        int restConcurrency,
        double restRateFraction,
        int baselineSamples,
        String serviceJvmOpts,
        boolean jfr,
        boolean pgFsyncOff,
        boolean pgStatements,
        boolean restOnly,
        int batchSize,
        int batches,
        int batchRepeats,
        int batchWarmup,
        boolean batchesOnly,
        Path output) {

    static final String USAGE = """
            usage: bench.sh [--no-build] [options]
              --rate <n/s>            steady enrollment rate (50)
              --steady <s>            steady phase length, seconds (60)
              --warmup <s>            warm-up before each measured phase, seconds (10)
              --jit-warmup <n>        enrollments per warm-up round, posted as fast as taken before any
                                      measured phase; rounds repeat (at most 5) until the services' JIT
                                      compilers took under 10% of their CPU in one (3000; 0: cold)
              --burst <n>             enrollments of distinct people in the burst (2000)
              --burst-concurrency <n> requests in flight while posting the burst (32)
              --rest <s>              length of each REST phase, seconds (20)
              --rest-concurrency <n>  connections of the fixed-concurrency REST phases (16)
              --rest-rate-fraction <f> fixed arrival rate of the latency phases, as a share of what
                                      the same endpoint took at fixed concurrency (0.7)
              --baseline-samples <n>  Kafka and PostgreSQL round trips measured (1000)
              --service-jvm-opts <s>  JAVA_TOOL_OPTIONS for both services (none: production flags)
              --jfr                   record both services with JFR: steady + burst into
                                      <service>-decisions.jfr, the batch phase into
                                      <service>-batches.jfr, the REST phases into <service>-rest.jfr
                                      (benchmarks/target/bench-run/)
              --pg-fsync-off          PostgreSQL without fsync (throwaway, as the tests run it)
              --pg-statements         PostgreSQL with pg_stat_statements: the statements each service
                                      sent per enrollment in the burst and the batch phase and per
                                      request in each REST phase, and the busiest of them
              --rest-only             cost and REST phases only (no baselines, warm-up, steady, burst,
                                      batches): a quick loop while working on the REST figures
              --batch-size <n>        enrollments per batch of the batch phase, 1-500 (500)
              --batches <n>           batches posted in a row, one class each: the end-to-end
                                      decisions/s is over these (10)
              --batch-repeats <n>     runs of --batches in a row; the batch answer time's
                                      percentiles are over all of their batches (5: 50 batches)
              --batch-warmup <n>      batches per JIT warm-up round before the batch phase, rounds
                                      repeating as for --jit-warmup (10; 0: cold)
              --batches-only          the batch phase only (no cost, baselines, steady, burst, REST):
                                      ./bench.sh --batches-only [--pg-statements] [--jfr]
              --out <file>            JSON results (benchmarks/target/bench-results.json)""";

    static BenchOptions parse(String[] args) {
        double rate = 50;
        int steady = 60;
        int warmup = 10;
        int jitWarmup = 3000;
        int burst = 2000;
        int burstConcurrency = 32;
        int rest = 20;
        int restConcurrency = 16;
        double fraction = 0.7;
        int samples = 1000;
        String jvmOpts = null;
        boolean jfr = false;
        boolean fsyncOff = false;
        boolean pgStatements = false;
        boolean restOnly = false;
        int batchSize = 500;
        int batches = 10;
        int batchRepeats = 5;
        int batchWarmup = 10;
        boolean batchesOnly = false;
        Path out = Path.of("benchmarks/target/bench-results.json");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--rate" -> rate = Double.parseDouble(value(args, ++i));
                case "--steady" -> steady = Integer.parseInt(value(args, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--jit-warmup" -> jitWarmup = Integer.parseInt(value(args, ++i));
                case "--burst" -> burst = Integer.parseInt(value(args, ++i));
                case "--burst-concurrency" -> burstConcurrency = Integer.parseInt(value(args, ++i));
                case "--rest" -> rest = Integer.parseInt(value(args, ++i));
                case "--rest-concurrency" -> restConcurrency = Integer.parseInt(value(args, ++i));
                case "--rest-rate-fraction" -> fraction = Double.parseDouble(value(args, ++i));
                case "--baseline-samples" -> samples = Integer.parseInt(value(args, ++i));
                case "--service-jvm-opts" -> jvmOpts = value(args, ++i);
                case "--jfr" -> jfr = true;
                case "--pg-fsync-off" -> fsyncOff = true;
                case "--pg-statements" -> pgStatements = true;
                case "--rest-only" -> restOnly = true;
                case "--batch-size" -> batchSize = Integer.parseInt(value(args, ++i));
                case "--batches" -> batches = Integer.parseInt(value(args, ++i));
                case "--batch-repeats" -> batchRepeats = Integer.parseInt(value(args, ++i));
                case "--batch-warmup" -> batchWarmup = Integer.parseInt(value(args, ++i));
                case "--batches-only" -> batchesOnly = true;
                case "--out" -> out = Path.of(value(args, ++i));
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (rate <= 0 || steady < 1 || burst < 1 || rest < 1 || fraction <= 0 || samples < 10 || jitWarmup < 0) {
            throw new IllegalArgumentException("rates, lengths and sizes must be positive");
        }
        if (batchSize < 1 || batchSize > 500 || batches < 1 || batchRepeats < 1 || batchWarmup < 0) {
            throw new IllegalArgumentException("a batch holds 1-500 enrollments; batches and repeats must be positive");
        }
        if (restOnly && batchesOnly) {
            throw new IllegalArgumentException("--rest-only and --batches-only exclude each other");
        }
        return new BenchOptions(rate, steady, warmup, jitWarmup, burst, burstConcurrency, rest, restConcurrency, fraction,
                samples, jvmOpts, jfr, fsyncOff, pgStatements, restOnly, batchSize, batches, batchRepeats, batchWarmup,
                batchesOnly, out);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
