package id.go.bartim.pelatihan.platform.messaging;

/**
 * A message that can never be processed as it is (bad JSON, unknown type, missing fields, unknown
 * enrollment). Thrown by a consumer, it sends the record to {@code <topic>.dlq} and the consumer
 * carries on. Messages never carry personal data, only the reason.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason, null, false, false);
    }
}
