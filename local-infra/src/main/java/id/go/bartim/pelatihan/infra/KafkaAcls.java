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
 * {@code <user> <topic|group> <name> <Operation,Operation> [<Operation,Operation>]}, names literal, {@code #} starts
 * a comment. The optional fifth column holds what only topic provisioning needs ({@code APP_KAFKA_PROVISION} on:
 * Create, AlterConfigs); where the Topic Operator owns the topics (deploy/k8s) the users go without it.
 */
public final class KafkaAcls {

    /** Where the definition lives, relative to the repository root. */
    public static final Path FILE = Path.of("deploy/kafka/acls.txt");

    /**
     * What one user may do on one topic or group: {@code operations} always, {@code provisioning} too where the
     * service provisions its topics; operations as Strimzi and kafka-acls.sh spell them.
     */
    public record Grant(String user, String resourceType, String name, Set<String> operations,
                        Set<String> provisioning) {

        /** A grant without provisioning-only operations. */
        public Grant(String user, String resourceType, String name, Set<String> operations) {
            this(user, resourceType, name, operations, Set.of());
        }

        /** The same grant without its provisioning-only operations (where the Topic Operator owns the topics). */
        public Grant withoutProvisioning() {
            return new Grant(user, resourceType, name, operations);
        }

        /** The ALLOW bindings, one per operation (provisioning ones too), for {@code User:<user>} from any host. */
        public List<AclBinding> bindings() {
            ResourcePattern pattern = new ResourcePattern(
                    "topic".equals(resourceType) ? ResourceType.TOPIC : ResourceType.GROUP, name, PatternType.LITERAL);
            Set<String> all = new TreeSet<>(operations);
            all.addAll(provisioning);
            return all.stream().map(op -> new AclBinding(pattern, new AccessControlEntry(
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
            if (fields.length < 4 || fields.length > 5 || !Set.of("topic", "group").contains(fields[1])) {
                throw new IllegalArgumentException(
                        "Not <user> <topic|group> <name> <operations> [<provisioning operations>]: " + raw);
            }
            Set<String> operations = operations(fields[3]);
            Set<String> provisioning = fields.length == 5 ? operations(fields[4]) : Set.of();
            grants.add(new Grant(fields[0], fields[1], fields[2], operations, provisioning));
        }
        return List.copyOf(grants);
    }

    private static Set<String> operations(String field) {
        Set<String> operations = new TreeSet<>(Arrays.asList(field.split(",")));
        operations.forEach(KafkaAcls::operation);
        return operations;
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
