package id.go.bartim.pelatihan.contract;

/**
 * Headers that describe the error on a record in a {@code <topic>.dlq} topic. The names are
 * those the SmallRye Kafka {@code dead-letter-queue} failure strategy writes, so a hand-written
 * DLQ producer and the framework one look the same to whoever reads the DLQ.
 */
public final class DeadLetterHeaders {

    /** Human-readable reason (the exception message). */
    public static final String REASON = "dead-letter-reason";
    /** Message of the root cause, when there is one. */
    public static final String CAUSE = "dead-letter-cause";
    /** Class name of the exception. */
    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    /** Class name of the root cause, when there is one. */
    public static final String CAUSE_CLASS_NAME = "dead-letter-cause-class-name";
    /** Topic the record was consumed from. */
    public static final String TOPIC = "dead-letter-topic";
    /** Partition the record was consumed from. */
    public static final String PARTITION = "dead-letter-partition";
    /** Offset of the record in that partition. */
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
