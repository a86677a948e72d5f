package id.go.bartim.pelatihan.platform.messaging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of a DLQ, partition by partition in offset order; {@code next} is where the following page starts. */
@Schema(description = "Parked messages, partition by partition in offset order")
public record DlqPage(
        String topic,
        List<ParkedMessage> messages,
        @Schema(description = "Ask with ?partition=&offset= of this for the next page; null at the end") Cursor next) {

    /** Where a page starts. */
    public record Cursor(int partition, long offset) {
    }
}
