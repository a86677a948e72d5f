package id.go.bartim.pelatihan.platform.web;

/** A request's path as the REST endpoints match it, for the route filters that act on paths before them. */
public final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * {@code path} without matrix parameters: Quarkus REST drops {@code ;...} from each segment before it matches an
     * endpoint, so {@code /verify;x} reaches {@code /verify}. A filter that compared the path as sent would let such a
     * request past (a rate limit, the headers of personal data); compared as matched, it cannot.
     */
    public static String asMatched(String path) {
        if (path == null || path.indexOf(';') < 0) {
            return path;
        }
        return path.replaceAll(";[^/]*", "");
    }
}
