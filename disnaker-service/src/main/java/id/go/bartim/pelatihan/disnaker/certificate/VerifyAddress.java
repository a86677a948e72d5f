package id.go.bartim.pelatihan.disnaker.certificate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a certificate's paper sends whoever checks it (SPEC 11): the verification page with the number and code
 * filled in (the QR code), and the page's short form a person types by hand, without scheme, to enter the printed
 * number and code themselves.
 *
 * @param full      {@code {base}/verify?number=<url-encoded>&code=<code>}
 * @param shortForm {@code pelatihan.bartim.go.id/verify}: the base without {@code http://} or {@code https://}
 */
public record VerifyAddress(String full, String shortForm) {

    static final String PATH = "/verify";

    /** The address on the service at {@code baseUrl}; trailing slashes of the base are dropped, so none doubles. */
    public static VerifyAddress of(String baseUrl, String number, String code) {
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String full = base + PATH + "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        String shortForm = base.replaceFirst("^(?i)https?://", "") + PATH;
        return new VerifyAddress(full, shortForm);
    }
}
