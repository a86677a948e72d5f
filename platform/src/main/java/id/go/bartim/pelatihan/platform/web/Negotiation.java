package id.go.bartim.pelatihan.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation of the operations that also answer in a second format (a CSV report, a PDF). */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * Whether the client asked for {@code other} ahead of JSON, in the order of its Accept header (quality first): a
     * wildcard, or no Accept at all, gets JSON, the API's default.
     */
    public static boolean prefers(HttpHeaders headers, MediaType other) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(other)) {
                return true;
            }
        }
        return false;
    }
}
