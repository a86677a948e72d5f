package id.go.bartim.pelatihan.testing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Random W3C trace and span ids for tests that send their own {@code traceparent} and find their spans by it. */
public final class TraceIds {

    private TraceIds() {
    }

    /** {@code bytes} random bytes as lower-case hex, never all zero (16 for a trace id, 8 for a span id). */
    public static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1;
        return HexFormat.of().formatHex(random);
    }
}
