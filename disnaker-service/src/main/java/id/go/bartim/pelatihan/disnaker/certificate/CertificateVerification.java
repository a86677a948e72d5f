package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.catalog.Program;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Locale;

/**
 * Checks a certificate for anyone holding its number and code (SPEC 11). An unknown number and a wrong code take the
 * same path, a code comparison included, and get the same answer, so the answer does not tell which numbers exist. A
 * revoked certificate is told as such, to whoever holds its number and code, without the reason.
 * Not audited per request: no personal data leaves (the name is compared, never returned); see
 * docs/data-protection.md.
 */
@ApplicationScoped
public class CertificateVerification {

    /** The longest certificate number and holder's name a check accepts (the code is {@link VerificationCodes#LENGTH}). */
    public static final int MAX_NUMBER = 64;
    public static final int MAX_NAME = 200;

    /** Compared with the given code when the number is unknown, so that case costs what a wrong code costs. */
    private static final String NO_CODE = "ZZZZZZZZZZ";

    /** The answer for {@code number} and {@code code}; {@code name}, when not null, is checked against the holder. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VerificationAnswer verify(String number, String code, String name) {
        Certificate certificate = Certificate.findById(number.strip());
        String expected = certificate == null ? NO_CODE : certificate.verificationCode;
        boolean codeMatches = Certificate.codesEqual(expected, asPrinted(code));
        if (certificate == null || !codeMatches) {
            return VerificationAnswer.INVALID;
        }
        Program program = Program.findById(certificate.programCode);
        return VerificationAnswer.of(certificate, program == null ? null : program.name, name);
    }

    /** The code as the paper prints it: its alphabet has one case, so a code typed in lower case is the same code. */
    static String asPrinted(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }
}
