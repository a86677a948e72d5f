package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.SecurityUtils;

/**
 * The services' Kafka ACLs as {@code deploy/kafka/acls.txt} defines them: one line per user and resource,
 * {@code <user> <topic|group> <name> <Operation,Operation>}, names literal, {@code #} starts a comment.
 */
public final class KafkaAcls {

    /** Where the definition lives, relative to the repository root. */
    public static final Path FILE = Path.of("deploy/kafka/acls.txt");

    /** What one user may do on one topic or group; operations as Strimzi and kafka-acls.sh spell them. */
    public record Grant(String user, String resourceType, String name, Set<String> operations) {

        /** The ALLOW bindings, one per operation, for {@code User:<user>} from any host. */
        public List<AclBinding> bindings() {
            ResourcePattern pattern = new ResourcePattern(
                    "topic".equals(resourceType) ? ResourceType.TOPIC : ResourceType.GROUP, name, PatternType.LITERAL);
            return operations.stream().map(op -> new AclBinding(pattern, new AccessControlEntry(
                    "User:" + user, "*", operation(op), AclPermissionType.ALLOW))).toList();
        }
    }

    private KafkaAcls() {
    }

    /** The grants of {@code deploy/kafka/acls.txt} under {@code projectRoot}. */
    public static List<Grant> read(Path projectRoot) {
        Path file = projectRoot.resolve(FILE);
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static List<Grant> parse(List<String> lines) {
        List<Grant> grants = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 4 || !Set.of("topic", "group").contains(fields[1])) {
                throw new IllegalArgumentException("Not <user> <topic|group> <name> <operations>: " + raw);
            }
            Set<String> operations = new TreeSet<>(Arrays.asList(fields[3].split(",")));
            operations.forEach(KafkaAcls::operation);
            grants.add(new Grant(fields[0], fields[1], fields[2], operations));
        }
        return List.copyOf(grants);
    }

    /** The grants of one user. */
    public static List<Grant> of(List<Grant> grants, String user) {
        return grants.stream().filter(g -> g.user().equals(user)).toList();
    }

    private static AclOperation operation(String name) {
        AclOperation operation = SecurityUtils.operation(name);
        if (operation == AclOperation.UNKNOWN || operation == AclOperation.ANY
                || !name.equals(SecurityUtils.operationName(operation))) {
            throw new IllegalArgumentException("Unknown ACL operation " + name + " in " + FILE
                    + " (spelt as Read, Write, Create, AlterConfigs)");
        }
        return operation;
    }
}
