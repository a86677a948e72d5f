package id.go.bartim.pelatihan.platform.web;

import id.go.bartim.pelatihan.platform.problem.ProblemException;

/** Strong ETags derived from a resource's {@code version}, and the {@code If-Match} check (412). */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Passes when there is no {@code If-Match}, or when one of its tags names the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || unquote(t).equals(Long.toString(currentVersion))) {
                return;
            }
        }
        // The header is not repeated: it is the client's text, not a tag we made
        throw ProblemException.preconditionFailed("If-Match does not name the current version " + of(currentVersion));
    }

    private static String unquote(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
