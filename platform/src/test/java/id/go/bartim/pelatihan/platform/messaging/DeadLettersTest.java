package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.contract.DeadLetterHeaders;
import jakarta.persistence.PersistenceException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLettersTest {

    private static final String NIK = "6204011503900001";

    @Test
    void headers_name_a_database_failure_by_class_and_sqlstate_never_by_its_message() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("rutan.enrollments.v1", 2, 41L, "key", "{}");
        var failure = new PersistenceException("could not execute statement",
                new SQLException("ERROR: duplicate key value; Key (nik)=(" + NIK + ") already exists", "23505"));

        var headers = DeadLetters.headers(record, failure);

        for (var header : headers) {
            assertFalse(new String(header.value(), StandardCharsets.UTF_8).contains(NIK), header.key());
        }
        String reason = new String(headers.lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith(PersistenceException.class.getName()), reason);
        assertTrue(reason.contains("SQLState 23505"), reason);
        assertEquals("41", new String(headers.lastHeader(DeadLetterHeaders.OFFSET).value(), StandardCharsets.UTF_8));
    }

    @Test
    void headers_keep_the_message_of_our_own_poison_messages() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("rutan.enrollments.v1", 0, 7L, "key", "{}");
        var headers = DeadLetters.headers(record, new PoisonMessageException("ce_type header is missing"));
        assertEquals("ce_type header is missing",
                new String(headers.lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8));
    }
}
