package id.go.bartim.pelatihan.infra;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** deploy/kafka/acls.txt is read as written, and a line that could be misread is refused. */
class KafkaAclsTest {

    @Test
    void a_line_becomes_one_allow_binding_per_operation() {
        List<KafkaAcls.Grant> grants = KafkaAcls.parse(List.of(
                "# comment", "", "rutan-service  topic  rutan.enrollments.v1  Write,AlterConfigs  # trailing"));

        List<AclBinding> bindings = grants.get(0).bindings();

        assertEquals(Set.of(AclOperation.WRITE, AclOperation.ALTER_CONFIGS),
                Set.copyOf(bindings.stream().map(b -> b.entry().operation()).toList()));
        bindings.forEach(b -> {
            assertEquals("User:rutan-service", b.entry().principal());
            assertEquals(ResourceType.TOPIC, b.pattern().resourceType());
            assertEquals("rutan.enrollments.v1", b.pattern().name());
        });
    }

    @Test
    void a_fifth_column_holds_operations_only_provisioning_needs() {
        KafkaAcls.Grant grant = KafkaAcls.parse(List.of(
                "rutan-service  topic  rutan.enrollments.v1  Write  Create,AlterConfigs")).get(0);

        assertEquals(Set.of("Write"), grant.operations());
        assertEquals(Set.of("Create", "AlterConfigs"), grant.provisioning());
        assertEquals(Set.of(AclOperation.WRITE, AclOperation.CREATE, AclOperation.ALTER_CONFIGS),
                Set.copyOf(grant.bindings().stream().map(b -> b.entry().operation()).toList()));
        assertEquals(Set.of(), grant.withoutProvisioning().provisioning());
    }

    @Test
    void refuses_an_unknown_operation_or_resource_type_or_a_short_line() {
        assertThrows(IllegalArgumentException.class, () -> KafkaAcls.parse(List.of("u topic t Wirte")));
        assertThrows(IllegalArgumentException.class, () -> KafkaAcls.parse(List.of("u topic t WRITE")));
        assertThrows(IllegalArgumentException.class, () -> KafkaAcls.parse(List.of("u cluster kafka-cluster Alter")));
        assertThrows(IllegalArgumentException.class, () -> KafkaAcls.parse(List.of("u topic Write")));
        assertThrows(IllegalArgumentException.class, () -> KafkaAcls.parse(List.of("u topic t Write Create Read")));
    }

    @Test
    void the_repository_file_grants_both_services() {
        List<KafkaAcls.Grant> grants = KafkaAcls.read(ProjectRoot.locate());

        assertFalse(KafkaAcls.of(grants, "rutan-service").isEmpty());
        assertFalse(KafkaAcls.of(grants, "disnaker-service").isEmpty());
    }
}
