package id.go.bartim.pelatihan.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    @TempDir
    Path temp;

    @Test
    void signs_a_token_that_the_public_key_verifies() throws Exception {
        DevKeys keys = DevKeys.ensure(temp);
        String token = new TokenIssuer(keys.privateKey(), "dev")
                .issue("https://rutan.local", "petugas1", Set.of("operator"), Duration.ofMinutes(5));

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));

        String header = decode(parts[0]);
        assertTrue(header.contains("\"alg\":\"RS256\""), header);
        assertTrue(header.contains("\"typ\":\"JWT\""), header);
        assertTrue(header.contains("\"kid\":\"dev\""), header);
        String claims = decode(parts[1]);
        assertTrue(claims.contains("\"iss\":\"https://rutan.local\""), claims);
        assertTrue(claims.contains("\"upn\":\"petugas1\""), claims);
        assertTrue(claims.contains("\"groups\":[\"operator\"]"), claims);
        assertTrue(epochClaim(claims, "exp") > Instant.now().getEpochSecond());
    }

    @Test
    void issues_expired_tokens_for_negative_tests() throws Exception {
        String token = new TokenIssuer(DevKeys.ensure(temp).privateKey())
                .issueExpired("https://rutan.local", "petugas1", Set.of());
        String claims = decode(token.split("\\.")[1]);
        assertTrue(epochClaim(claims, "exp") < Instant.now().getEpochSecond(), claims);
    }

    @Test
    void escapes_json_special_characters() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", DemoData.quoted("a\"b\\c\n\u0001"));
    }

    @Test
    void leaves_out_iat_and_aud_when_a_test_asks() throws Exception {
        Instant expiry = Instant.now().plus(Duration.ofMinutes(5));
        String claims = decode(new TokenIssuer(DevKeys.ensure(temp).privateKey())
                .issue("https://rutan.local", "petugas1", Set.of("operator"), null, expiry, null).split("\\.")[1]);
        assertTrue(!claims.contains("\"iat\"") && !claims.contains("\"aud\""), claims);
        assertEquals(expiry.getEpochSecond(), epochClaim(claims, "exp"));
        assertTrue(claims.contains("\"jti\""), claims);
    }

    @Test
    void keeps_existing_keys_instead_of_generating_new_ones() throws Exception {
        DevKeys first = DevKeys.ensure(temp);
        String pem = Files.readString(first.privateKeyPath());
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        assertTrue(Files.readString(first.publicKeyPath()).startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals(pem, Files.readString(DevKeys.ensure(temp).privateKeyPath()));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static long epochClaim(String claims, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(claims);
        assertTrue(matcher.find(), claims);
        return Long.parseLong(matcher.group(1));
    }
}
