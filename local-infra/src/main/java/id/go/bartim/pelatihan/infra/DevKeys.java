package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** An RSA key pair for signing and checking JWTs in local runs and tests, kept as PEM files. */
public final class DevKeys {

    private static final String PRIVATE_PEM = "PRIVATE KEY";
    private static final String PUBLIC_PEM = "PUBLIC KEY";

    private final Path privateKeyPath;
    private final Path publicKeyPath;

    private DevKeys(Path privateKeyPath, Path publicKeyPath) {
        this.privateKeyPath = privateKeyPath;
        this.publicKeyPath = publicKeyPath;
    }

    /** The key pair in {@code dir} (privateKey.pem, publicKey.pem), generated the first time. */
    public static synchronized DevKeys ensure(Path dir) {
        DevKeys keys = new DevKeys(dir.resolve("privateKey.pem"), dir.resolve("publicKey.pem"));
        if (!Files.exists(keys.privateKeyPath) || !Files.exists(keys.publicKeyPath)) {
            keys.generate();
        }
        return keys;
    }

    public Path privateKeyPath() {
        return privateKeyPath;
    }

    public Path publicKeyPath() {
        return publicKeyPath;
    }

    public PrivateKey privateKey() {
        try {
            return rsa().generatePrivate(new PKCS8EncodedKeySpec(readPem(privateKeyPath, PRIVATE_PEM)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA PKCS#8 private key: " + privateKeyPath, e);
        }
    }

    public PublicKey publicKey() {
        try {
            return rsa().generatePublic(new X509EncodedKeySpec(readPem(publicKeyPath, PUBLIC_PEM)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA X.509 public key: " + publicKeyPath, e);
        }
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privateKeyPath.getParent());
            writePem(privateKeyPath, PRIVATE_PEM, pair.getPrivate().getEncoded());
            writePem(publicKeyPath, PUBLIC_PEM, pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot generate RSA keys", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write keys to " + privateKeyPath.getParent(), e);
        }
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n",
                StandardCharsets.US_ASCII);
        if (PRIVATE_PEM.equals(type) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static byte[] readPem(Path file, String type) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            String body = pem.replace("-----BEGIN " + type + "-----", "")
                    .replace("-----END " + type + "-----", "");
            return Base64.getMimeDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}
