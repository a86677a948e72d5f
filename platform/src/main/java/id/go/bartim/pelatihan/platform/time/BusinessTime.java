package id.go.bartim.pelatihan.platform.time;

import java.time.ZoneId;

/** Business dates of both services are in Asia/Jakarta (WIB), whatever the server's time zone (SPEC 1). */
public final class BusinessTime {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private BusinessTime() {
    }
}
