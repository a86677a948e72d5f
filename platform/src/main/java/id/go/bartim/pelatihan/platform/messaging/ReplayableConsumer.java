package id.go.bartim.pelatihan.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A consumer whose parked records {@link DlqReplayer} can run again through its own handler (with
 * {@link EventProcessor#replay}), so a replay never writes to the topic, which belongs to the other service.
 */
public interface ReplayableConsumer {

    /** The topic it consumes; its DLQ is {@code <topic>.dlq}. */
    String topic();

    /** Runs one record of the topic (taken back from the DLQ) through the handler. */
    EventProcessor.Outcome replay(ConsumerRecord<String, String> record);
}
