package id.go.bartim.pelatihan.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * The load tool: a fixed pool of platform threads sending HTTP/1.1 requests. With a rate, request i is due at
 * {@code start + i / rate} and its latency counts from that intended time, not from when a thread got round to
 * sending it, so a stalled server shows up in the percentiles (no coordinated omission). Without a rate (0) the
 * threads send back to back: a fixed concurrency, for the most the endpoint takes.
 */
final class Load {

    /** What a run sends and how it ends: whichever of {@code maxRequests} and {@code duration} comes first. */
    record Spec(String name, int threads, double rate, long maxRequests, Duration duration, int expectedStatus,
            LongFunction<HttpRequest> request, Sink sink) {
    }

    /** Sees every answer; called from the sending threads. */
    interface Sink {
        void accept(long index, HttpResponse<String> response, long receivedEpochNanos);
    }

    record Result(String name, int threads, double targetRate, long requests, long errors, double seconds,
            Latencies latencies, String firstError, long startEpochNanos) {

        double requestsPerSecond() {
            return requests / seconds;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("threads", threads);
            m.put("mode", targetRate > 0 ? "fixed arrival rate, latency from intended send time" : "fixed concurrency");
            if (targetRate > 0) {
                m.put("target_rate_per_s", targetRate);
            }
            m.put("requests", requests);
            m.put("errors", errors);
            m.put("seconds", seconds);
            m.put("requests_per_s", requestsPerSecond());
            m.put("latency", latencies.json());
            if (firstError != null) {
                m.put("first_error", firstError);
            }
            return m;
        }
    }

    static final Sink IGNORE = (index, response, at) -> { };

    private final HttpClient http;

    Load(HttpClient http) {
        this.http = http;
    }

    Result run(Spec spec) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[][] samples = new long[spec.threads()][];
        int[] counts = new int[spec.threads()];
        long intervalNanos = spec.rate() > 0 ? (long) (1e9 / spec.rate()) : 0;
        long start = System.nanoTime() + 20_000_000; // every thread is parked and ready by then
        long startEpoch = Clock.epochNanos() + 20_000_000;
        long end = start + spec.duration().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < spec.threads(); t++) {
            int slot = t;
            samples[slot] = new long[1024];
            Thread thread = new Thread(() -> {
                parkUntil(start);
                while (true) {
                    long i = next.getAndIncrement();
                    if (i >= spec.maxRequests()) {
                        return;
                    }
                    long intended = intervalNanos > 0 ? start + i * intervalNanos : System.nanoTime();
                    if (intended >= end) {
                        return;
                    }
                    parkUntil(intended);
                    long latency;
                    try {
                        HttpResponse<String> response = http.send(spec.request().apply(i),
                                HttpResponse.BodyHandlers.ofString());
                        latency = System.nanoTime() - intended;
                        if (response.statusCode() != spec.expectedStatus()) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "HTTP " + response.statusCode() + " " + response.body());
                        }
                        spec.sink().accept(i, response, Clock.epochNanos());
                    } catch (IOException e) {
                        latency = System.nanoTime() - intended;
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (counts[slot] == samples[slot].length) {
                        samples[slot] = Arrays.copyOf(samples[slot], samples[slot].length * 2);
                    }
                    samples[slot][counts[slot]++] = latency;
                }
            }, "load-" + spec.name() + "-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = IntStream.range(0, samples.length).mapToObj(t -> Arrays.copyOf(samples[t], counts[t]))
                .flatMapToLong(Arrays::stream).toArray();
        return new Result(spec.name(), spec.threads(), spec.rate(), all.length, errors.get(), seconds,
                new Latencies(all), firstError.get(), startEpoch);
    }

    private static void parkUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
